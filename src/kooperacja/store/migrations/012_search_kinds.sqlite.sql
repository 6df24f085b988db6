-- One full-text table per kind of search row (entities, events, documents) instead of one table with the
-- kind as a column. A search of one kind then reads only the doclists of its words in that kind: with the
-- kind as a column, every query also read the doclist of the kind's token (333,000 entity rows at 100,000
-- documents) to merge it with the words' (a word of no entity still cost 8 ms), and bm25 counted that
-- token's rows for its weight on every call (6-12 ms). Row ids stay those of search_rows.
CREATE VIRTUAL TABLE search_fts_entity USING fts5(lemmas, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_fts_event USING fts5(lemmas, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_fts_document USING fts5(lemmas, tokenize='unicode61 remove_diacritics 2');
INSERT INTO search_fts_entity (rowid, lemmas)
    SELECT f.rowid, f.lemmas FROM search_fts f JOIN search_rows r ON r.id = f.rowid WHERE r.kind = 'entity'
    ORDER BY f.rowid;
INSERT INTO search_fts_event (rowid, lemmas)
    SELECT f.rowid, f.lemmas FROM search_fts f JOIN search_rows r ON r.id = f.rowid WHERE r.kind = 'event'
    ORDER BY f.rowid;
INSERT INTO search_fts_document (rowid, lemmas)
    SELECT f.rowid, f.lemmas FROM search_fts f JOIN search_rows r ON r.id = f.rowid WHERE r.kind = 'document'
    ORDER BY f.rowid;
DROP TABLE search_fts;
