-- The full-text rows get their kind, and one partial GIN index per kind: a search of one kind
-- (entities, events, documents) reads only that kind's postings.
ALTER TABLE search_fts ADD COLUMN kind TEXT;
UPDATE search_fts f SET kind = r.kind FROM search_rows r WHERE r.id = f.rowid;
DELETE FROM search_fts WHERE kind IS NULL;
ALTER TABLE search_fts ALTER COLUMN kind SET NOT NULL;
DROP INDEX search_fts_tsv;
CREATE INDEX search_fts_entity ON search_fts USING GIN (tsv) WHERE kind = 'entity';
CREATE INDEX search_fts_event ON search_fts USING GIN (tsv) WHERE kind = 'event';
CREATE INDEX search_fts_document ON search_fts USING GIN (tsv) WHERE kind = 'document';
