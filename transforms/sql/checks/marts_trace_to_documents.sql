-- Every mart row with events rests on at least one document, and every organisation,
-- person and country in a mart exists in its base table.
select 'country_stats' as mart, country_iso3 as id from country_stats
where events > 0 and documents = 0
union all
select 'country_pair_stats', country_a || '-' || country_b from country_pair_stats
where documents = 0
union all
select 'country_activity_monthly', country_iso3 || ' ' || month from country_activity_monthly
where documents = 0
union all
select 'person_current_roles', person_id from person_current_roles
where document_id not in (select document_id from documents)
   or person_id not in (select person_id from persons)
union all
select 'organization_stats', organization_id from organization_stats
where organization_id not in (select organization_id from organizations)
