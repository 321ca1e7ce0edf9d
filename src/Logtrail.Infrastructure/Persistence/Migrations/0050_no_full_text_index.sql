-- Ingestion close to what PostgreSQL can absorb (docs/architecture.md, "What each search index costs"): the full-text
-- GIN index cost more at ingestion than the two trigram indexes together — it evaluates a regular expression and
-- to_tsvector for every row written — and bought nothing the trigram indexes cannot: every word of a full-text
-- match is also a substring of the action or the message, so LcqlSql narrows '@' and bare words through the
-- trigram indexes and applies the full-text test to what is left.
DROP INDEX IF EXISTS logs_search_idx;
