-- A file with status error has at least one ingest_errors row of severity error.
select f.source_path
from source_files f
where f.status = 'error'
  and not exists (select 1 from ingest_errors e
                  where e.source_path = f.source_path and e.severity = 'error')
