-- Full-text index over lemmas (rowid = search_rows.id).
CREATE VIRTUAL TABLE search_fts USING fts5(lemmas, tokenize='unicode61 remove_diacritics 2');
