-- The review queue of likely duplicates (entities and events) that the resolver did not merge on its
-- own, with their evidence and score; a decision (merged / rejected) is kept here, and a rejection
-- also as a correction, so that it survives re-ingestion.
CREATE TABLE review_items (
    id {pk},
    kind TEXT NOT NULL,
    a_id BIGINT NOT NULL,
    b_id BIGINT NOT NULL,
    score {real} NOT NULL,
    rule TEXT,
    evidence TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE UNIQUE INDEX review_items_pair ON review_items (kind, a_id, b_id);
CREATE INDEX review_items_status ON review_items (status, kind);

-- Events that one led to: an agreement (or letter of intent) that founds a body and the founding.
CREATE TABLE event_links (
    id {pk},
    from_id BIGINT NOT NULL,
    to_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX event_links_pair ON event_links (from_id, to_id, kind);
CREATE INDEX event_links_to ON event_links (to_id);

-- Folded word stems of each report's evidence sentences (the similarity of two reports' wording).
ALTER TABLE event_sources ADD COLUMN evidence_keys TEXT;
