-- Monthly log partitions (docs/architecture.md, "Reads over a long history"). A year of daily partitions made the
-- planner's work grow with the database's age: the newest page of a project planned in 100–400 ms over 373 daily
-- partitions and their indexes, against 0.2 ms when the query names a bounded window. Months keep a year of history
-- in 13 partitions; reads also name a bounded window, so the first page touches one.
--
-- ensure_log_partition(day) keeps its name and meaning — "make sure a partition covers this UTC day" — and now
-- creates the whole month (logs_YYYYMM). A month that already has daily partitions (made before this migration)
-- stays daily to its end, so no new partition ever overlaps an old one.
CREATE OR REPLACE FUNCTION ensure_log_partition(day date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    month_start date := date_trunc('month', day)::date;
    partition_name text;
    lower_bound timestamptz;
    upper_bound timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('logtrail.log_partitions'));
    IF to_regclass(format('logs_%s', to_char(day, 'YYYYMM'))) IS NOT NULL
       OR to_regclass(format('logs_%s', to_char(day, 'YYYYMMDD'))) IS NOT NULL THEN
        RETURN false;
    END IF;
    IF EXISTS (
        SELECT 1 FROM pg_inherits JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'logs'::regclass AND child.relname ~ ('^logs_' || to_char(day, 'YYYYMM') || '[0-9]{2}$')) THEN
        partition_name := format('logs_%s', to_char(day, 'YYYYMMDD'));
        lower_bound := day::timestamp AT TIME ZONE 'UTC';
        upper_bound := (day + 1)::timestamp AT TIME ZONE 'UTC';
    ELSE
        partition_name := format('logs_%s', to_char(day, 'YYYYMM'));
        lower_bound := month_start::timestamp AT TIME ZONE 'UTC';
        upper_bound := (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC';
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE logs INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
    EXECUTE format(
        'WITH moved AS (DELETE FROM logs_default WHERE server_timestamp >= %L AND server_timestamp < %L RETURNING *) '
        'INSERT INTO %I SELECT * FROM moved',
        lower_bound, upper_bound, partition_name);
    EXECUTE format('ALTER TABLE logs ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', partition_name, lower_bound, upper_bound);
    RETURN true;
END;
$$;

-- Drops the log partitions, monthly or daily, that end at or before a cutoff past which every project's retention
-- has expired (unchanged otherwise: the same advisory lock as ensure_log_partition, a short lock_timeout).
CREATE OR REPLACE FUNCTION drop_expired_log_partitions(cutoff timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text;
    dropped integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('logtrail.log_partitions'));
    PERFORM set_config('lock_timeout', '2s', true);
    FOR partition_name IN
        SELECT child.relname
        FROM pg_inherits
        JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'logs'::regclass
          AND CASE
                WHEN child.relname ~ '^logs_[0-9]{8}$' THEN
                    (to_date(substring(child.relname FROM 6), 'YYYYMMDD') + 1)::timestamp AT TIME ZONE 'UTC' <= cutoff
                WHEN child.relname ~ '^logs_[0-9]{6}$' THEN
                    (to_date(substring(child.relname FROM 6), 'YYYYMM') + interval '1 month')::timestamp AT TIME ZONE 'UTC' <= cutoff
                ELSE false
              END
        ORDER BY child.relname
    LOOP
        EXECUTE format('ALTER TABLE logs DETACH PARTITION %I', partition_name);
        EXECUTE format('DROP TABLE %I', partition_name);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END;
$$;
