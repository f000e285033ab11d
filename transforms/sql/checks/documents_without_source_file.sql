-- Every document's source_path is a current file holding that document.
select d.document_id, d.source_path
from documents d
left join source_files f on f.source_path = d.source_path and f.document_id = d.document_id
where f.source_path is null
