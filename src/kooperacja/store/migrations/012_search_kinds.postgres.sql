-- The rows of each kind newest first: a full-text match of a common word reads a kind's latest rows
-- (and stops at the ranking window) instead of every row of every kind since a point, or every match.
CREATE INDEX search_fts_entity_recent ON search_fts (rowid) WHERE kind = 'entity';
CREATE INDEX search_fts_event_recent ON search_fts (rowid) WHERE kind = 'event';
CREATE INDEX search_fts_document_recent ON search_fts (rowid) WHERE kind = 'document';
