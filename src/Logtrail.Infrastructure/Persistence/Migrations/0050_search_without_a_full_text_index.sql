-- Search indexes chosen by what they cost at ingestion (docs/architecture.md, "What each search index costs").
--
-- 1. No full-text index. It cost more at ingestion than the two trigram indexes together (a regular expression and
--    to_tsvector for every row written) and bought nothing they cannot: every word of a full-text match is also a
--    substring of the action or the message, so LcqlSql narrows '@' and bare words through the trigram indexes and
--    applies the full-text test to what is left.
DROP INDEX IF EXISTS logs_search_idx;

-- 2. What the planner knew from that index's statistics it now learns from extended statistics on the same
--    expression, which cost nothing at ingestion (ANALYZE computes them). Without them it guesses that a common
--    phrase is rare and sorts every row its trigrams match (1.2 s) instead of walking the newest rows (2 ms).
--    Statistics belong to a table, not to a partitioned parent's children, so every partition gets its own.
CREATE FUNCTION ensure_log_document_statistics() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text;
    created integer := 0;
BEGIN
    FOR partition_name IN
        SELECT child.relname
        FROM pg_inherits
        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'logs'::regclass
          AND NOT EXISTS (
              SELECT 1 FROM pg_statistic_ext WHERE stxrelid = child.oid AND stxname = child.relname || '_document')
    LOOP
        EXECUTE format(
            'CREATE STATISTICS %I ON (to_tsvector(''simple'', regexp_replace(action || '' '' || coalesce(message, ''''), '
            '''[[:punct:]]+'', '' '', ''g''))) FROM %I',
            partition_name || '_document', partition_name);
        created := created + 1;
    END LOOP;
    RETURN created;
END;
$$;

-- Partitions made from now on get their statistics as they are made: ensure_log_partition (migration 0010) keeps its
-- name and meaning for every caller and now also adds them.
ALTER FUNCTION ensure_log_partition(date) RENAME TO create_log_partition;
CREATE FUNCTION ensure_log_partition(day date) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF create_log_partition(day) THEN
        PERFORM ensure_log_document_statistics();
        RETURN true;
    END IF;
    RETURN false;
END;
$$;

SELECT ensure_log_document_statistics();

-- 3. client_timestamp ranges: a BRIN index, nearly free to keep up (one summary per 128 pages), since logs arrive
--    in time order and client clocks follow the server's. A range in the middle of a year of history went from a
--    scan of every partition (490 ms) to 1 ms.
CREATE INDEX logs_client_timestamp_idx ON logs USING brin (client_timestamp) WITH (autosummarize = on);
