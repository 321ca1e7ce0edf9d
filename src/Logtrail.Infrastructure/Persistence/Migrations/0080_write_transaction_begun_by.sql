-- The write-age check of log writes (docs/architecture.md, "Why it stays exact"), run by PostgreSQL inside the write
-- transaction's own batch, just before its COMMIT: a transaction that began (now(): its start, on PostgreSQL's clock —
-- the clock the aggregate cache reads transaction starts on) after the deadline fails with SQLSTATE LT001, rolls
-- back, and the service answers 503 write_too_slow. Done in the service instead, the check needed the transaction
-- to have begun before it, so the COMMIT was a round trip of its own.
CREATE FUNCTION logtrail_require_begun_by(deadline timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF now() > deadline THEN
        RAISE EXCEPTION 'write transaction began at %, after its deadline %', now(), deadline USING ERRCODE = 'LT001';
    END IF;
END
$$;
