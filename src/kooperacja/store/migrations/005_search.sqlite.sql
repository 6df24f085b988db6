-- The full-text index gets the row's kind as a column of its own, so that a search of one kind
-- (entities, events, documents) ranks only rows of that kind.
CREATE VIRTUAL TABLE search_fts_kind USING fts5(kind, lemmas, tokenize='unicode61 remove_diacritics 2');
INSERT INTO search_fts_kind (rowid, kind, lemmas)
    SELECT f.rowid, r.kind, f.lemmas FROM search_fts f JOIN search_rows r ON r.id = f.rowid;
DROP TABLE search_fts;
ALTER TABLE search_fts_kind RENAME TO search_fts;
