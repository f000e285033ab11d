-- Every file that produced a document points at a document that exists.
select f.source_path, f.document_id
from source_files f
left join documents d using (document_id)
where f.document_id is not null and d.document_id is null
