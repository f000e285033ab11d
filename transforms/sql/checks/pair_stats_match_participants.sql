-- country_pair_stats agrees with event_participants: pairs are ordered (a < b, so each
-- unordered pair appears once) and each pair's event count is what the participants say.
with participation as (
    select distinct coalesce(e.parent_event_id, e.event_id) as event_id, p.country_iso3
    from event_participants p
    join events e using (event_id)
    where e.status = 'held' and p.country_iso3 is not null
),
expected as (
    select a.country_iso3 as country_a, b.country_iso3 as country_b,
           count(distinct a.event_id) as events
    from participation a
    join participation b on a.event_id = b.event_id and a.country_iso3 < b.country_iso3
    group by 1, 2
)
select coalesce(s.country_a, x.country_a) as country_a,
       coalesce(s.country_b, x.country_b) as country_b, s.events, x.events as expected
from country_pair_stats s
full join expected x using (country_a, country_b)
where s.events is distinct from x.events or s.country_a >= s.country_b
