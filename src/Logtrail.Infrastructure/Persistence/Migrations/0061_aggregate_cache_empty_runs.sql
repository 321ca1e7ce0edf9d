-- Splits without logs are stored as runs (docs/architecture.md, "Aggregates: closed hours come from a cache"): a row
-- covers [split_start, split_end), one split when it holds groups, any number of consecutive empty ones when it holds
-- none. A year's window of a project that logged for ten days is then ~250 rows instead of 8,760. The cache is only a
-- cache: its rows are dropped here and counted again on demand.
DELETE FROM aggregate_cache_splits;
ALTER TABLE aggregate_cache_splits ADD COLUMN split_end timestamptz NOT NULL;
