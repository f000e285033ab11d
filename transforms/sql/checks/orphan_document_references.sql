-- Every document id used anywhere is a row of documents.
select 'person_mentions' as source, document_id from person_mentions
where document_id not in (select document_id from documents)
union all
select 'person_roles', document_id from person_roles
where document_id not in (select document_id from documents)
union all
select 'events', document_id from events
where document_id not in (select document_id from documents)
