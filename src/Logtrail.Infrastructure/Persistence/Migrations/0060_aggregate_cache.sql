-- The aggregate results cache (docs/architecture.md, "Aggregates: closed hours come from a cache").
--
-- aggregate_cache_splits holds the counts of one aggregate (a fingerprint of its normalized LCQL query, its group-by
-- and its split width) for one closed split of time (a minute or an hour, UTC) of one project and environment: the
-- groups' values flattened (as many per group as the aggregate groups by) and their counts. A split is stored only
-- once no write transaction can still add logs to it; every change to already-closed splits — a historical import,
-- an erasure, a plan change (retention) — bumps the project's generation in its own transaction, and only splits of
-- the current generation are read.
CREATE TABLE aggregate_cache_generations (
    project_id uuid   NOT NULL PRIMARY KEY,
    generation bigint NOT NULL
);

CREATE TABLE aggregate_cache_splits (
    project_id   uuid             NOT NULL,
    environment  environment_name NOT NULL,
    fingerprint  bytea            NOT NULL,
    split_start  timestamptz      NOT NULL,
    generation   bigint           NOT NULL,
    group_values text[]           NOT NULL,
    counts       bigint[]         NOT NULL,
    cached_at    timestamptz      NOT NULL,
    PRIMARY KEY (project_id, environment, fingerprint, split_start)
);

-- The size bound evicts the splits cached longest ago first.
CREATE INDEX aggregate_cache_splits_cached_at_idx ON aggregate_cache_splits (cached_at);

-- Both tables grow with projects and their use: distributed by project_id beside logs (migration 0028).
CREATE OR REPLACE FUNCTION logtrail_citus_layout() RETURNS TABLE (table_name text, placement text, step integer)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('organizations', 'reference', 1), ('projects', 'reference', 2), ('api_keys', 'reference', 3),
           ('viewer_tokens', 'reference', 4), ('admin_tokens', 'reference', 5), ('admin_audit', 'reference', 6),
           ('data_protection_keys', 'reference', 7),
           ('logs', 'distributed', 10), ('usage_counters', 'distributed', 11), ('idempotency_records', 'distributed', 12),
           ('action_catalog', 'distributed', 13), ('action_settings', 'distributed', 14), ('key_activity', 'distributed', 15),
           ('aggregate_cache_generations', 'distributed', 16), ('aggregate_cache_splits', 'distributed', 17),
           ('job_leases', 'coordinator', 20), ('rate_limit_buckets', 'coordinator', 21), ('schemaversions', 'coordinator', 22)
$$;
