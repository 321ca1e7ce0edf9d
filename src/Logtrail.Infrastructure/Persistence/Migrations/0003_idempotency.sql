-- Idempotency-Key records (SPEC §4): the response of a successful ingest, kept 24 h, written in the same
-- transaction as the logs it acknowledges, so a remembered response always means stored logs and vice versa.
CREATE TABLE idempotency_records (
    project_id      uuid             NOT NULL,
    environment     environment_name NOT NULL,
    idempotency_key text             NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    bytea            NOT NULL,
    response        text             NOT NULL,
    created_at      timestamptz      NOT NULL,
    PRIMARY KEY (project_id, environment, idempotency_key)
);

CREATE INDEX idempotency_records_created_at_idx ON idempotency_records (created_at);
