-- country_stats: one row per country that took part in a held event or represents a
-- person. Documents, held events (total and by type), partner countries, officials,
-- first and last event date.
with held as (
    select event_id, coalesce(parent_event_id, event_id) as occurrence, document_id,
           event_type, event_date
    from events
    where status = 'held'
),
participation as (
    select distinct p.event_id, p.country_iso3
    from event_participants p
    join held using (event_id)
    where p.country_iso3 is not null
),
events_by_country as (
    select pa.country_iso3,
           count(distinct h.occurrence) as events,
           count(distinct h.event_id) filter (where h.event_type = 'bilateral_meeting')
               as bilateral_meetings,
           count(distinct h.event_id) filter (where h.event_type = 'multilateral_meeting')
               as multilateral_meetings,
           count(distinct h.event_id) filter (where h.event_type = 'signing') as signings,
           count(distinct h.event_id) filter (where h.event_type = 'visit') as visits,
           count(distinct h.event_id) filter (where h.event_type = 'conference')
               as conferences,
           count(distinct h.event_id) filter (where h.event_type = 'other') as other_events,
           count(distinct h.document_id) as documents,
           min(h.event_date) as first_event_date,
           max(h.event_date) as last_event_date
    from participation pa
    join held h using (event_id)
    group by pa.country_iso3
),
partners as (
    select a.country_iso3, count(distinct b.country_iso3) as partner_countries
    from participation a
    join participation b on a.event_id = b.event_id and a.country_iso3 <> b.country_iso3
    group by a.country_iso3
),
officials as (
    select country_iso3, count(*) as officials
    from persons
    where country_iso3 is not null
    group by country_iso3
),
countries as (
    select country_iso3 from events_by_country
    union
    select country_iso3 from officials
)
select c.country_iso3,
       coalesce(e.documents, 0)::integer as documents,
       coalesce(e.events, 0)::integer as events,
       coalesce(e.bilateral_meetings, 0)::integer as bilateral_meetings,
       coalesce(e.multilateral_meetings, 0)::integer as multilateral_meetings,
       coalesce(e.signings, 0)::integer as signings,
       coalesce(e.visits, 0)::integer as visits,
       coalesce(e.conferences, 0)::integer as conferences,
       coalesce(e.other_events, 0)::integer as other_events,
       coalesce(p.partner_countries, 0)::integer as partner_countries,
       coalesce(o.officials, 0)::integer as officials,
       e.first_event_date,
       e.last_event_date
from countries c
left join events_by_country e using (country_iso3)
left join partners p using (country_iso3)
left join officials o using (country_iso3)
order by events desc, c.country_iso3
