-- LCQL range comparisons with an RFC 3339 instant on a JSON path (metadata.expires_at > "2026-01-01T00:00:00Z")
-- compare only JSON strings that are RFC 3339 instants with Z or an offset; every other value is NULL here and so
-- simply does not match. A string shaped like an instant but not one (February 31st) is NULL too, never an error.
CREATE FUNCTION lcql_json_instant(value jsonb) RETURNS timestamptz
    LANGUAGE plpgsql STABLE PARALLEL SAFE STRICT AS
$$
BEGIN
    IF jsonb_typeof(value) <> 'string'
       OR (value #>> '{}') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$' THEN
        RETURN NULL;
    END IF;
    BEGIN
        RETURN (value #>> '{}')::timestamptz;
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format OR invalid_time_zone_displacement_value THEN
        RETURN NULL;
    END;
END
$$;
