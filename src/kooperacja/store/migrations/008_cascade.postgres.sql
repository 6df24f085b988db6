-- Foreign keys with ON DELETE CASCADE for the rows that belong to one document: deleting a document
-- deletes its signature, bands, document entities, mentions, roles, figures, event sources (and through
-- them their participants), search rows and their full-text entries. Rows whose document (or source)
-- is gone are removed first (they cannot satisfy the key).
DELETE FROM doc_signatures WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = doc_signatures.doc_pk);
ALTER TABLE doc_signatures ADD CONSTRAINT doc_signatures_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM doc_bands WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = doc_bands.doc_pk);
ALTER TABLE doc_bands ADD CONSTRAINT doc_bands_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM doc_entities WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = doc_entities.doc_pk);
ALTER TABLE doc_entities ADD CONSTRAINT doc_entities_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM mentions WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = mentions.doc_pk);
ALTER TABLE mentions ADD CONSTRAINT mentions_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM roles WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = roles.doc_pk);
ALTER TABLE roles ADD CONSTRAINT roles_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM figures WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = figures.doc_pk);
ALTER TABLE figures ADD CONSTRAINT figures_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM event_sources WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = event_sources.doc_pk);
ALTER TABLE event_sources ADD CONSTRAINT event_sources_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM participants WHERE NOT EXISTS (SELECT 1 FROM event_sources p WHERE p.id = participants.source_id);
ALTER TABLE participants ADD CONSTRAINT participants_source_id_fk FOREIGN KEY (source_id) REFERENCES event_sources (id) ON DELETE CASCADE;
DELETE FROM search_rows WHERE NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = search_rows.doc_pk);
ALTER TABLE search_rows ADD CONSTRAINT search_rows_doc_pk_fk FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE;
DELETE FROM search_fts WHERE NOT EXISTS (SELECT 1 FROM search_rows p WHERE p.id = search_fts.rowid);
ALTER TABLE search_fts ADD CONSTRAINT search_fts_rowid_fk FOREIGN KEY (rowid) REFERENCES search_rows (id) ON DELETE CASCADE;
-- Each participant row carries its event's type and dates (kept equal to the event's by the writer), so
-- that the events of a participant whose dates may agree are found in one index, whatever its degree.
ALTER TABLE participants ADD COLUMN event_type TEXT;
ALTER TABLE participants ADD COLUMN date_start TEXT;
ALTER TABLE participants ADD COLUMN date_end TEXT;
UPDATE participants p SET event_type = e.type, date_start = e.date_start, date_end = e.date_end FROM events e WHERE e.id = p.event_id;
DROP INDEX participants_entity_event;
CREATE INDEX participants_entity_event ON participants (entity_id, event_id, event_type, date_start, date_end);
-- A counter that every write transaction raises as it begins (under the write lock): a writer that sees
-- it one above its own last value knows nobody wrote in between, and keeps its in-process catalogue cache.
CREATE TABLE write_generation (
    id INTEGER PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO write_generation (id, n) VALUES (1, 0);
