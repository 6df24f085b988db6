-- The learned scorer's confidence (0-1) of each fact a document states (extract/confidence.py); NULL
-- where the record carries none (records of an extractor without the model, or written by hand).
-- An event's confidence is the highest of its sources'.
ALTER TABLE doc_entities ADD COLUMN confidence {real};
ALTER TABLE event_sources ADD COLUMN confidence {real};
ALTER TABLE participants ADD COLUMN confidence {real};
ALTER TABLE figures ADD COLUMN confidence {real};
ALTER TABLE events ADD COLUMN confidence {real};
