-- An entity's profile reads its figures (by metric, largest first) and its latest documents up to a limit:
-- indexes in that order let it stop at the limit instead of reading and sorting all of them. They start
-- with the entity, so they replace the plain entity indexes.
CREATE INDEX figures_entity_metric ON figures (entity_id, metric, value DESC);
DROP INDEX figures_entity;
CREATE INDEX doc_entities_entity_doc ON doc_entities (entity_id, doc_pk);
DROP INDEX doc_entities_entity;
