-- organization_stats: one row per organisation. Held events it took part in (directly
-- or through its officials), officials (persons with a role at it), partner countries
-- (other states at those events).
with held as (
    select event_id, coalesce(parent_event_id, event_id) as occurrence
    from events where status = 'held'
),
org_events as (
    select distinct p.organization_id, p.event_id, held.occurrence
    from event_participants p
    join held using (event_id)
    where p.organization_id is not null
),
officials as (
    select organization_id, count(distinct person_id) as officials
    from person_roles
    where organization_id is not null
    group by organization_id
),
partners as (
    select oe.organization_id, count(distinct p.country_iso3) as partner_countries
    from org_events oe
    join event_participants p using (event_id)
    join organizations o on o.organization_id = oe.organization_id
    where p.country_iso3 is not null
      and p.country_iso3 is distinct from o.country_iso3
    group by oe.organization_id
),
events_by_org as (
    select organization_id, count(distinct occurrence) as events
    from org_events
    group by organization_id
)
select o.organization_id,
       o.name,
       o.kind,
       o.country_iso3,
       coalesce(e.events, 0)::integer as events,
       coalesce(f.officials, 0)::integer as officials,
       coalesce(pc.partner_countries, 0)::integer as partner_countries
from organizations o
left join events_by_org e using (organization_id)
left join officials f using (organization_id)
left join partners pc using (organization_id)
order by events desc, officials desc, o.name
