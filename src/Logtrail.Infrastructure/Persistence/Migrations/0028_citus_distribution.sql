-- Optional distribution on Citus (a coordinator and workers). Nothing here changes a plain PostgreSQL database.
--
-- logtrail_citus_layout() places every table of the schema (a test keeps it complete):
--   reference   — small tables, a copy on every node; listed so that a table comes after the tables it references;
--   distributed — tables that grow with traffic, distributed by project_id, co-located with logs (logs comes first);
--   coordinator — stay plain tables on the coordinator, which every instance connects to.
-- A migration that adds a table replaces this function with the table placed.
CREATE FUNCTION logtrail_citus_layout() RETURNS TABLE (table_name text, placement text, step integer)
LANGUAGE sql IMMUTABLE AS $$
    VALUES ('organizations', 'reference', 1), ('projects', 'reference', 2), ('api_keys', 'reference', 3),
           ('viewer_tokens', 'reference', 4), ('admin_tokens', 'reference', 5), ('admin_audit', 'reference', 6),
           ('data_protection_keys', 'reference', 7),
           ('logs', 'distributed', 10), ('usage_counters', 'distributed', 11), ('idempotency_records', 'distributed', 12),
           ('action_catalog', 'distributed', 13), ('action_settings', 'distributed', 14), ('key_activity', 'distributed', 15),
           ('job_leases', 'coordinator', 20), ('rate_limit_buckets', 'coordinator', 21), ('schemaversions', 'coordinator', 22)
$$;

-- The operator runs it on the coordinator after the service has migrated the database (and again after every upgrade):
--     SELECT logtrail_distribute_on_citus();
-- Without the citus extension it does nothing and says so. It skips tables already placed, so running it again only
-- places what is new.
CREATE FUNCTION logtrail_distribute_on_citus() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    layout record;
    changed text[] := '{}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
        RETURN 'citus is not installed in this database: nothing distributed';
    END IF;

    FOR layout IN SELECT * FROM logtrail_citus_layout() ORDER BY step LOOP
        CONTINUE WHEN to_regclass(layout.table_name) IS NULL;
        IF layout.placement = 'reference' AND NOT EXISTS (
            SELECT 1 FROM pg_dist_partition WHERE logicalrelid = layout.table_name::regclass AND repmodel = 't') THEN
            PERFORM create_reference_table(layout.table_name);
            changed := changed || layout.table_name;
        ELSIF layout.placement = 'distributed' AND NOT EXISTS (
            SELECT 1 FROM pg_dist_partition WHERE logicalrelid = layout.table_name::regclass AND partmethod = 'h') THEN
            PERFORM create_distributed_table(layout.table_name, 'project_id',
                colocate_with => CASE WHEN layout.table_name = 'logs' THEN 'default' ELSE 'logs' END);
            changed := changed || layout.table_name;
        END IF;
    END LOOP;

    RETURN CASE WHEN cardinality(changed) = 0 THEN 'already distributed' ELSE 'distributed: ' || array_to_string(changed, ', ') END;
END;
$$;
