-- Every person id used anywhere is a row of persons.
select 'person_mentions' as source, person_id from person_mentions
where person_id is not null and person_id not in (select person_id from persons)
union all
select 'person_aliases', person_id from person_aliases
where person_id not in (select person_id from persons)
union all
select 'person_roles', person_id from person_roles
where person_id not in (select person_id from persons)
union all
select 'event_participants', person_id from event_participants
where person_id is not null and person_id not in (select person_id from persons)
union all
select 'person_redirects', person_id from person_redirects
where person_id not in (select person_id from persons)
