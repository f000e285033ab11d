-- country_activity_monthly: one row per country and calendar month with a held event
-- (month = first day of the month of event_date). Events and documents.
with held as (
    select event_id, coalesce(parent_event_id, event_id) as occurrence, document_id,
           date_trunc('month', event_date)::date as month
    from events
    where status = 'held' and event_date is not null
),
participation as (
    select distinct p.event_id, p.country_iso3
    from event_participants p
    where p.country_iso3 is not null
)
select pa.country_iso3,
       h.month,
       count(distinct h.occurrence)::integer as events,
       count(distinct h.document_id)::integer as documents
from participation pa
join held h using (event_id)
group by pa.country_iso3, h.month
order by h.month, pa.country_iso3
