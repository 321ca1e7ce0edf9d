-- Logs (SPEC §4, §5): partitioned by day on server_timestamp so retention can drop whole partitions.
-- Every key leads with (project_id, environment); the primary key also serves the default read order
-- (server_timestamp DESC, id DESC) within a project and environment.

CREATE TABLE logs (
    project_id       uuid             NOT NULL,
    environment      environment_name NOT NULL,
    server_timestamp timestamptz      NOT NULL,
    id               uuid             NOT NULL,
    client_timestamp timestamptz      NOT NULL,
    level            smallint         NOT NULL CHECK (level BETWEEN 0 AND 5),
    action           text             NOT NULL,
    message          text,
    tags             text[]           NOT NULL,
    actor            jsonb,
    target           jsonb,
    context          jsonb,
    metadata         jsonb,
    is_public        boolean,
    api_key_id       uuid             NOT NULL,
    PRIMARY KEY (project_id, environment, server_timestamp, id)
) PARTITION BY RANGE (server_timestamp);

-- Catches any row no daily partition covers, so no insert or COPY ever fails for want of one.
CREATE TABLE logs_default PARTITION OF logs DEFAULT;

-- Creates the partition for one UTC day unless it exists, first moving any rows of that day out of the default
-- partition. Serialised by an advisory lock, so several instances may call it at once.
CREATE FUNCTION ensure_log_partition(day date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := format('logs_%s', to_char(day, 'YYYYMMDD'));
    lower_bound timestamptz := day::timestamp AT TIME ZONE 'UTC';
    upper_bound timestamptz := (day + 1)::timestamp AT TIME ZONE 'UTC';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('logtrail.log_partitions'));
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN false;
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
