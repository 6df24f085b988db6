-- Covering indexes for the whole-graph queries (network, map, partners): participants by entity or by
-- event without visiting the table.
CREATE INDEX participants_entity_event ON participants (entity_id, event_id);
CREATE INDEX participants_event_entity ON participants (event_id, entity_id);
