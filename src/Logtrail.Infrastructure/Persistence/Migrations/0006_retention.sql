-- Retention (SPEC §6): drops the daily log partitions that end at or before a cutoff — the caller passes a cutoff
-- past which every project's retention has expired. Serialised with ensure_log_partition by the same advisory
-- lock. Detaching needs a brief exclusive lock on logs; lock_timeout keeps the call from queueing ingestion
-- behind it for long (the next run retries what timed out).
CREATE FUNCTION drop_expired_log_partitions(cutoff timestamptz) RETURNS integer
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
          AND child.relname ~ '^logs_[0-9]{8}$'
          AND (to_date(substring(child.relname FROM 6), 'YYYYMMDD') + 1)::timestamp AT TIME ZONE 'UTC' <= cutoff
        ORDER BY child.relname
    LOOP
        EXECUTE format('ALTER TABLE logs DETACH PARTITION %I', partition_name);
        EXECUTE format('DROP TABLE %I', partition_name);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END;
$$;
