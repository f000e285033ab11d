-- country_pair_stats: one row per unordered pair of countries (country_a < country_b)
-- that took part in the same held event. Joint events (total and by type), first and
-- last date, documents.
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
pairs as (
    select a.event_id, a.country_iso3 as country_a, b.country_iso3 as country_b
    from participation a
    join participation b on a.event_id = b.event_id and a.country_iso3 < b.country_iso3
)
select pr.country_a,
       pr.country_b,
       count(distinct h.occurrence)::integer as events,
       (count(distinct h.event_id) filter (where h.event_type = 'bilateral_meeting'))::integer
           as bilateral_meetings,
       (count(distinct h.event_id) filter (where h.event_type = 'multilateral_meeting'))::integer
           as multilateral_meetings,
       (count(distinct h.event_id) filter (where h.event_type = 'signing'))::integer
           as signings,
       (count(distinct h.event_id) filter (where h.event_type = 'visit'))::integer as visits,
       (count(distinct h.event_id) filter (where h.event_type = 'conference'))::integer
           as conferences,
       (count(distinct h.event_id) filter (where h.event_type = 'other'))::integer
           as other_events,
       count(distinct h.document_id)::integer as documents,
       min(h.event_date) as first_event_date,
       max(h.event_date) as last_event_date
from pairs pr
join held h using (event_id)
group by pr.country_a, pr.country_b
order by events desc, pr.country_a, pr.country_b
