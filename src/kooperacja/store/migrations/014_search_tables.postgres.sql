-- One full-text table per kind, as on SQLite since migration 012 (search_fts_entity, search_fts_event,
-- search_fts_document; rowid = the id of the search row). In the one table the rows of a kind lay among
-- the others (a document's row, its events', its entity mentions'), so the few thousand matches of an
-- entity search, or a kind's latest rows, were each on a page of their own; in a table of their own
-- the 333,000 entity rows of 100,000 documents fill 1/5 of the pages and stay cached.
DROP INDEX IF EXISTS search_fts_entity;
DROP INDEX IF EXISTS search_fts_event;
DROP INDEX IF EXISTS search_fts_document;
CREATE TABLE search_fts_entity (rowid BIGINT PRIMARY KEY, tsv tsvector NOT NULL);
CREATE TABLE search_fts_event (rowid BIGINT PRIMARY KEY, tsv tsvector NOT NULL);
CREATE TABLE search_fts_document (rowid BIGINT PRIMARY KEY, tsv tsvector NOT NULL);
INSERT INTO search_fts_entity (rowid, tsv) SELECT rowid, tsv FROM search_fts WHERE kind = 'entity' ORDER BY rowid;
INSERT INTO search_fts_event (rowid, tsv) SELECT rowid, tsv FROM search_fts WHERE kind = 'event' ORDER BY rowid;
INSERT INTO search_fts_document (rowid, tsv) SELECT rowid, tsv FROM search_fts WHERE kind = 'document' ORDER BY rowid;
DROP TABLE search_fts;
CREATE INDEX search_fts_entity_tsv ON search_fts_entity USING GIN (tsv);
CREATE INDEX search_fts_event_tsv ON search_fts_event USING GIN (tsv);
CREATE INDEX search_fts_document_tsv ON search_fts_document USING GIN (tsv);
ANALYZE search_fts_entity;
ANALYZE search_fts_event;
ANALYZE search_fts_document;
