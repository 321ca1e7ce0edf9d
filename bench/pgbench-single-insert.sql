-- The raw baseline of bench/single-vs-insert.sh: one autocommitted single-row INSERT of the log wrk-single-log.lua
-- sends, into the minimal table, every value a parameter (pgbench -M prepared: parsed and planned once per
-- connection, the values sent and parsed per row, as the service's write statements are). The id is time-ordered
-- like the service's UUIDv7s (microseconds since the epoch, the client, 48 random bits), built by PostgreSQL.
\set r random(0, 281474976710655)
INSERT INTO bench_scratch_logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message,
    tags, actor, target, context, metadata, is_public, api_key_id)
VALUES (:project, 'production', now(),
    (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000000)::bigint), 16, '0')
        || lpad(to_hex(:client_id::integer), 4, '0') || lpad(to_hex(:r::bigint), 12, '0'))::uuid,
    :client_timestamp, :level, :action, :message, :tags, :actor, NULL, :context, :metadata, NULL, :key);
