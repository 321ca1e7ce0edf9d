-- Indexes for LCQL (issue 4), chosen by measurement (docs/benchmarks.md):
-- * full-text: the exact expression LcqlSql searches, so '@' and bare words can use the index and ANALYZE keeps
--   statistics on it (without them the planner guessed 33 rows for a phrase matching 50,000 and sorted them all);
-- * trigram GIN on action and message for '~' partial matches;
-- * jsonb_path_ops GIN on actor and metadata for '=' on JSON paths, which LcqlSql expresses as containment.
-- GIN cannot lead with the tenant columns without btree_gin; these indexes are combined with the primary key's
-- (project_id, environment, ...) conditions instead.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX logs_search_idx ON logs USING gin (
    to_tsvector('simple', regexp_replace(action || ' ' || coalesce(message, ''), '[[:punct:]]+', ' ', 'g')));
CREATE INDEX logs_action_trgm_idx ON logs USING gin (action gin_trgm_ops);
CREATE INDEX logs_message_trgm_idx ON logs USING gin (message gin_trgm_ops);
CREATE INDEX logs_actor_idx ON logs USING gin (actor jsonb_path_ops);
CREATE INDEX logs_metadata_idx ON logs USING gin (metadata jsonb_path_ops);
