-- Events newest first (the timeline, the events API, an entity's latest events) read in index order:
-- the lists sort by (date_start IS NULL, date_start DESC, id DESC), which the plain date index cannot
-- give, so every page sorted all matching events.
CREATE INDEX events_recent ON events ((date_start IS NULL), date_start DESC, id DESC);
