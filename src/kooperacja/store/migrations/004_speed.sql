-- Event candidates by name (resolution looks up a source's normalised name and type).
CREATE INDEX event_sources_name ON event_sources (name, type);
