-- Participants belong to events; organisation ids used anywhere are organisations.
select 'event_participants.event_id' as source, event_id as id from event_participants
where event_id not in (select event_id from events)
union all
select 'event_participants.organization_id', organization_id from event_participants
where organization_id is not null
  and organization_id not in (select organization_id from organizations)
union all
select 'person_roles.organization_id', organization_id from person_roles
where organization_id is not null
  and organization_id not in (select organization_id from organizations)
union all
select 'events.parent_event_id', e.parent_event_id from events e
left join events p on p.event_id = e.parent_event_id and p.document_id = e.document_id
where e.parent_event_id is not null and p.event_id is null
