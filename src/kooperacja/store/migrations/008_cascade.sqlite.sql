-- Foreign keys with ON DELETE CASCADE for the rows that belong to one document: deleting a document
-- deletes its signature, bands, document entities, mentions, roles, figures, event sources (and through
-- them their participants) and search rows. SQLite adds a foreign key only by rebuilding the table: each
-- is copied into a new table with the key, its AUTOINCREMENT counter carried over, and its indexes made
-- again. Rows whose document (or source) is gone are not copied (they cannot satisfy the key).
-- The migration runs with foreign_keys off; every connection turns them on afterwards.
-- Participants also get their event's type and dates (see below).
CREATE TABLE doc_signatures_new (
    doc_pk BIGINT PRIMARY KEY,
    signature BLOB NOT NULL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO doc_signatures_new (doc_pk, signature)
    SELECT doc_pk, signature FROM doc_signatures WHERE doc_pk IN (SELECT id FROM documents);
DROP TABLE doc_signatures;
ALTER TABLE doc_signatures_new RENAME TO doc_signatures;
CREATE TABLE doc_bands_new (
    band INTEGER NOT NULL,
    bucket BIGINT NOT NULL,
    doc_pk BIGINT NOT NULL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO doc_bands_new (band, bucket, doc_pk)
    SELECT band, bucket, doc_pk FROM doc_bands WHERE doc_pk IN (SELECT id FROM documents);
DROP TABLE doc_bands;
ALTER TABLE doc_bands_new RENAME TO doc_bands;
CREATE INDEX doc_bands_bucket ON doc_bands (band, bucket);
CREATE INDEX doc_bands_doc ON doc_bands (doc_pk);
CREATE TABLE doc_entities_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_pk BIGINT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    type TEXT NOT NULL,
    subtype TEXT,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    country TEXT,
    rule TEXT,
    extractor TEXT,
    confidence REAL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO doc_entities_new (id, doc_pk, local_id, entity_id, type, subtype, name, norm, aliases, country, rule, extractor, confidence)
    SELECT id, doc_pk, local_id, entity_id, type, subtype, name, norm, aliases, country, rule, extractor, confidence FROM doc_entities WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'doc_entities')) WHERE name = 'doc_entities_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'doc_entities_new', seq FROM sqlite_sequence
    WHERE name = 'doc_entities' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'doc_entities_new');
DROP TABLE doc_entities;
ALTER TABLE doc_entities_new RENAME TO doc_entities;
CREATE INDEX doc_entities_doc ON doc_entities (doc_pk);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);
CREATE TABLE mentions_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_pk BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    start_off INTEGER NOT NULL,
    end_off INTEGER NOT NULL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO mentions_new (id, doc_pk, doc_entity_id, entity_id, start_off, end_off)
    SELECT id, doc_pk, doc_entity_id, entity_id, start_off, end_off FROM mentions WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'mentions')) WHERE name = 'mentions_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'mentions_new', seq FROM sqlite_sequence
    WHERE name = 'mentions' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'mentions_new');
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
CREATE INDEX mentions_doc ON mentions (doc_pk);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE TABLE roles_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_pk BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    person_de BIGINT NOT NULL,
    title TEXT,
    org_id BIGINT,
    org_de BIGINT,
    extractor TEXT,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO roles_new (id, doc_pk, person_id, person_de, title, org_id, org_de, extractor)
    SELECT id, doc_pk, person_id, person_de, title, org_id, org_de, extractor FROM roles WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'roles')) WHERE name = 'roles_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'roles_new', seq FROM sqlite_sequence
    WHERE name = 'roles' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'roles_new');
DROP TABLE roles;
ALTER TABLE roles_new RENAME TO roles;
CREATE INDEX roles_doc ON roles (doc_pk);
CREATE INDEX roles_org ON roles (org_id);
CREATE INDEX roles_person ON roles (person_id);
CREATE TABLE figures_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_pk BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    metric TEXT NOT NULL,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    extractor TEXT,
    confidence REAL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO figures_new (id, doc_pk, entity_id, doc_entity_id, metric, value, unit, qualifier, evidence, extractor, confidence)
    SELECT id, doc_pk, entity_id, doc_entity_id, metric, value, unit, qualifier, evidence, extractor, confidence FROM figures WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'figures')) WHERE name = 'figures_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'figures_new', seq FROM sqlite_sequence
    WHERE name = 'figures' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'figures_new');
DROP TABLE figures;
ALTER TABLE figures_new RENAME TO figures;
CREATE INDEX figures_doc ON figures (doc_pk);
CREATE INDEX figures_entity ON figures (entity_id);
CREATE TABLE event_sources_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL,
    doc_pk BIGINT NOT NULL,
    local_index INTEGER NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    status TEXT,
    place_id BIGINT,
    place_de BIGINT,
    name TEXT,
    sectors TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL DEFAULT '[]',
    rule TEXT,
    extractor TEXT,
    published TEXT, confidence REAL, evidence_keys TEXT,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO event_sources_new (id, event_id, doc_pk, local_index, type, date, status, place_id, place_de, name, sectors, evidence, rule, extractor, published, confidence, evidence_keys)
    SELECT id, event_id, doc_pk, local_index, type, date, status, place_id, place_de, name, sectors, evidence, rule, extractor, published, confidence, evidence_keys FROM event_sources WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'event_sources')) WHERE name = 'event_sources_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'event_sources_new', seq FROM sqlite_sequence
    WHERE name = 'event_sources' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'event_sources_new');
DROP TABLE event_sources;
ALTER TABLE event_sources_new RENAME TO event_sources;
CREATE INDEX event_sources_doc ON event_sources (doc_pk);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_name ON event_sources (name, type);
CREATE TABLE participants_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL,
    source_id BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    role TEXT NOT NULL,
    confidence REAL,
    event_type TEXT,
    date_start TEXT,
    date_end TEXT,
    FOREIGN KEY (source_id) REFERENCES event_sources (id) ON DELETE CASCADE
);
-- each participant row carries its event's type and dates (kept equal to the event's by the writer), so
-- that the events of a participant whose dates may agree are found in one index, whatever its degree
INSERT INTO participants_new (id, event_id, source_id, entity_id, doc_entity_id, role, confidence, event_type, date_start, date_end)
    SELECT p.id, p.event_id, p.source_id, p.entity_id, p.doc_entity_id, p.role, p.confidence, e.type, e.date_start, e.date_end
    FROM participants p LEFT JOIN events e ON e.id = p.event_id WHERE p.source_id IN (SELECT id FROM event_sources);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'participants')) WHERE name = 'participants_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'participants_new', seq FROM sqlite_sequence
    WHERE name = 'participants' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'participants_new');
DROP TABLE participants;
ALTER TABLE participants_new RENAME TO participants;
CREATE INDEX participants_entity ON participants (entity_id);
CREATE INDEX participants_entity_event ON participants (entity_id, event_id, event_type, date_start, date_end);
CREATE INDEX participants_event ON participants (event_id);
CREATE INDEX participants_event_entity ON participants (event_id, entity_id);
CREATE INDEX participants_source ON participants (source_id);
CREATE TABLE search_rows_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    doc_pk BIGINT NOT NULL,
    FOREIGN KEY (doc_pk) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO search_rows_new (id, kind, ref_id, doc_pk)
    SELECT id, kind, ref_id, doc_pk FROM search_rows WHERE doc_pk IN (SELECT id FROM documents);
-- the copy of rows made a counter already; it gets the old table's when that is higher
UPDATE sqlite_sequence SET seq = MAX(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'search_rows')) WHERE name = 'search_rows_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'search_rows_new', seq FROM sqlite_sequence
    WHERE name = 'search_rows' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'search_rows_new');
DROP TABLE search_rows;
ALTER TABLE search_rows_new RENAME TO search_rows;
CREATE INDEX search_rows_doc ON search_rows (doc_pk);
-- A counter that every write transaction raises as it begins (under the write lock): a writer that sees
-- it one above its own last value knows nobody wrote in between, and keeps its in-process catalogue cache.
CREATE TABLE write_generation (
    id INTEGER PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO write_generation (id, n) VALUES (1, 0);
