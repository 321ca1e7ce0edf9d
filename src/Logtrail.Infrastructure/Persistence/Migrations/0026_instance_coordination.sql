-- Several service instances on one database (they all connect to the same PostgreSQL, or to a Citus coordinator;
-- these tables stay plain tables there).

-- Singleton jobs (retention, partition maintenance): one lease per job. The holder renews it every few seconds; a
-- holder that dies or hangs lets it lapse and another instance takes it over.
CREATE TABLE job_leases (
    job         text        PRIMARY KEY,
    holder      text        NOT NULL,
    acquired_at timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- Shared token buckets: instances lease slices of tokens from a bucket here and spend them in memory, so a limit holds
-- across instances without a database round trip per request. A bucket refills at capacity / 60 tokens a second up to
-- its capacity; a changed capacity (plan change) is another bucket. Rows untouched for a while are full again and
-- are removed by retention.
CREATE TABLE rate_limit_buckets (
    policy     text             NOT NULL,
    subject    text             NOT NULL,
    capacity   integer          NOT NULL CHECK (capacity > 0),
    tokens     double precision NOT NULL,
    updated_at timestamptz      NOT NULL,
    PRIMARY KEY (policy, subject, capacity)
);

-- Takes up to wanted whole tokens from a bucket (created full on first use); returns what was granted and the
-- fractional tokens left.
CREATE FUNCTION lease_rate_limit_tokens(
    bucket_policy text, bucket_subject text, bucket_capacity integer, wanted integer,
    OUT granted integer, OUT remaining double precision)
LANGUAGE plpgsql AS $$
DECLARE
    stored double precision;
    last_update timestamptz;
    at timestamptz;
BEGIN
    INSERT INTO rate_limit_buckets (policy, subject, capacity, tokens, updated_at)
    VALUES (bucket_policy, bucket_subject, bucket_capacity, bucket_capacity, clock_timestamp())
    ON CONFLICT DO NOTHING;
    SELECT tokens, updated_at INTO stored, last_update FROM rate_limit_buckets
    WHERE policy = bucket_policy AND subject = bucket_subject AND capacity = bucket_capacity
    FOR UPDATE;
    at := clock_timestamp();
    stored := LEAST(bucket_capacity, stored + GREATEST(0, extract(epoch FROM at - last_update)) * bucket_capacity / 60.0);
    granted := LEAST(wanted, floor(stored))::integer;
    remaining := stored - granted;
    UPDATE rate_limit_buckets SET tokens = remaining, updated_at = at
    WHERE policy = bucket_policy AND subject = bucket_subject AND capacity = bucket_capacity;
END;
$$;

-- Gives back tokens an instance leased and did not spend (never beyond the capacity).
CREATE FUNCTION return_rate_limit_tokens(bucket_policy text, bucket_subject text, bucket_capacity integer, returned integer)
RETURNS void
LANGUAGE sql AS $$
    UPDATE rate_limit_buckets
    SET tokens = LEAST(capacity, tokens + GREATEST(0, extract(epoch FROM clock_timestamp() - updated_at)) * capacity / 60.0 + returned),
        updated_at = clock_timestamp()
    WHERE policy = bucket_policy AND subject = bucket_subject AND capacity = bucket_capacity;
$$;
