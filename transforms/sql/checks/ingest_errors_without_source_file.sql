-- Errors describe files present in the raw folder now.
select e.source_path, e.error
from ingest_errors e
left join source_files f using (source_path)
where f.source_path is null
