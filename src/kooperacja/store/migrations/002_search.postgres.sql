-- Full-text index over lemmas, the 'simple' configuration (lemmatisation is done before indexing).
CREATE TABLE search_fts (
    rowid BIGINT PRIMARY KEY,
    tsv tsvector NOT NULL
);
CREATE INDEX search_fts_tsv ON search_fts USING GIN (tsv);
