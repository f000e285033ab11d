-- person_current_roles: one row per person with at least one stated role. The latest
-- role (by as_of, undated roles last) with its title, organisation and country, and the
-- number of earlier roles; the full history stays in person_roles.
with roles as (
    select r.person_id, r.document_id, r.title, r.organization_id, r.country_iso3, r.as_of,
           row_number() over (partition by r.person_id
                              order by r.as_of desc nulls last, r.document_id desc) as recency
    from person_roles r
),
latest as (
    select * from roles where recency = 1
),
history as (
    select person_id, (count(*) - 1)::integer as earlier_roles
    from roles
    group by person_id
)
select l.person_id,
       p.name,
       l.title,
       l.organization_id,
       o.name as organization_name,
       coalesce(l.country_iso3, p.country_iso3) as country_iso3,
       l.as_of,
       l.document_id,
       h.earlier_roles
from latest l
join persons p using (person_id)
join history h using (person_id)
left join organizations o using (organization_id)
order by p.name, l.person_id
