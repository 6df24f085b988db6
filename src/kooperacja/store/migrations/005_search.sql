-- A source's document's publication date, kept with the source (the event matcher reads it for every
-- candidate; a document's sources are rewritten whenever the document is).
ALTER TABLE event_sources ADD COLUMN published TEXT;
UPDATE event_sources SET published = (SELECT d.published FROM documents d WHERE d.id = event_sources.doc_pk);
