-- Core schema. Tokens: {pk} integer primary key, {blob} binary, {real} floating point.
CREATE TABLE documents (
    id {pk},
    doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    sectors TEXT NOT NULL DEFAULT '[]',
    extractor TEXT,
    duplicate_of BIGINT,
    similarity {real},
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (content_hash);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE doc_signatures (
    doc_pk BIGINT PRIMARY KEY,
    signature {blob} NOT NULL
);
CREATE TABLE doc_bands (
    band INTEGER NOT NULL,
    bucket BIGINT NOT NULL,
    doc_pk BIGINT NOT NULL
);
CREATE INDEX doc_bands_bucket ON doc_bands (band, bucket);
CREATE INDEX doc_bands_doc ON doc_bands (doc_pk);

CREATE TABLE entities (
    id {pk},
    type TEXT NOT NULL,
    subtype TEXT,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    country TEXT,
    lat {real},
    lon {real},
    gazetteer_id TEXT,
    doc_count INTEGER NOT NULL DEFAULT 0,
    extractor TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX entities_type ON entities (type, subtype);
CREATE INDEX entities_norm ON entities (norm);
CREATE INDEX entities_gazetteer ON entities (gazetteer_id);

-- Every key under which an entity can be found: kind name | alias | acronym | initials | surname.
CREATE TABLE entity_aliases (
    entity_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    norm TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, kind, norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases (norm);

-- One row per entity of one document's record, linked to the canonical entity it resolved to.
CREATE TABLE doc_entities (
    id {pk},
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
    extractor TEXT
);
CREATE INDEX doc_entities_doc ON doc_entities (doc_pk);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

CREATE TABLE mentions (
    id {pk},
    doc_pk BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    start_off INTEGER NOT NULL,
    end_off INTEGER NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc_pk);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE roles (
    id {pk},
    doc_pk BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    person_de BIGINT NOT NULL,
    title TEXT,
    org_id BIGINT,
    org_de BIGINT,
    extractor TEXT
);
CREATE INDEX roles_doc ON roles (doc_pk);
CREATE INDEX roles_person ON roles (person_id);
CREATE INDEX roles_org ON roles (org_id);

CREATE TABLE events (
    id {pk},
    type TEXT NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    status TEXT NOT NULL DEFAULT 'done',
    place_id BIGINT,
    name TEXT,
    sectors TEXT NOT NULL DEFAULT '[]',
    source_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_sectors (
    event_id BIGINT NOT NULL,
    sector TEXT NOT NULL,
    PRIMARY KEY (event_id, sector)
);
CREATE INDEX event_sectors_sector ON event_sectors (sector);

-- One event, many sources: each is one document's statement of it.
CREATE TABLE event_sources (
    id {pk},
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
    extractor TEXT
);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_doc ON event_sources (doc_pk);

CREATE TABLE participants (
    id {pk},
    event_id BIGINT NOT NULL,
    source_id BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX participants_event ON participants (event_id);
CREATE INDEX participants_entity ON participants (entity_id);
CREATE INDEX participants_source ON participants (source_id);

CREATE TABLE figures (
    id {pk},
    doc_pk BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    doc_entity_id BIGINT NOT NULL,
    metric TEXT NOT NULL,
    value {real},
    unit TEXT,
    qualifier TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    extractor TEXT
);
CREATE INDEX figures_doc ON figures (doc_pk);
CREATE INDEX figures_entity ON figures (entity_id);

CREATE TABLE merges (
    id {pk},
    kind TEXT NOT NULL,
    kept_id BIGINT NOT NULL,
    merged_id BIGINT,
    doc_id TEXT,
    name TEXT,
    reason TEXT NOT NULL,
    rule TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX merges_kept ON merges (kind, kept_id);

-- User decisions consulted by the resolver: kind merge (names forced together) | split (names kept apart).
CREATE TABLE corrections (
    id {pk},
    kind TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    norm_a TEXT NOT NULL,
    norm_b TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Search rows: kind document | entity (a document's entity) | event (a document's event); ref_id per kind.
CREATE TABLE search_rows (
    id {pk},
    kind TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    doc_pk BIGINT NOT NULL
);
CREATE INDEX search_rows_doc ON search_rows (doc_pk);
