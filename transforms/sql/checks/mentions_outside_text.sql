-- Mention offsets lie inside their document's text and the surface is what is there.
select m.mention_id, m.document_id, m.char_start, m.char_end
from person_mentions m
left join documents d using (document_id)
where d.document_id is null
   or m.char_start < 0 or m.char_end > length(d.text) or m.char_start >= m.char_end
   or substring(d.text, m.char_start + 1, m.char_end - m.char_start) <> m.surface
