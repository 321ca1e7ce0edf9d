-- Tenancy, API keys, admin tokens and usage counters (SPEC §1, §2, §6, §8).
-- Small tables (organizations, projects, api_keys, admin_tokens) can stay Citus reference tables;
-- tables that grow with traffic lead every key with project_id, then environment.

CREATE DOMAIN environment_name AS text
    CHECK (VALUE IN ('development', 'staging', 'production'));

CREATE TABLE organizations (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL
);

CREATE TABLE projects (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id),
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    plan_code       text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX projects_organization_idx ON projects (organization_id, created_at);

CREATE TABLE api_keys (
    id           uuid             PRIMARY KEY,
    project_id   uuid             NOT NULL REFERENCES projects (id),
    environment  environment_name NOT NULL,
    type         text             NOT NULL CHECK (type IN ('ro', 'wo', 'rw')),
    name         text             NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    prefix       text             NOT NULL,
    key_hash     bytea            NOT NULL CHECK (octet_length(key_hash) = 32),
    created_at   timestamptz      NOT NULL,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CONSTRAINT api_keys_key_hash_unique UNIQUE (key_hash)
);

CREATE INDEX api_keys_project_environment_idx ON api_keys (project_id, environment, created_at);

CREATE TABLE admin_tokens (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    prefix      text        NOT NULL,
    token_hash  bytea       NOT NULL CHECK (octet_length(token_hash) = 32),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CONSTRAINT admin_tokens_token_hash_unique UNIQUE (token_hash)
);

-- Logs acknowledged per project, environment and calendar month (UTC). Ingestion spreads its increments
-- over a few stripes so that concurrent requests do not queue on one row; reads sum the stripes.
CREATE TABLE usage_counters (
    project_id   uuid             NOT NULL,
    environment  environment_name NOT NULL,
    period_start date             NOT NULL,
    stripe       smallint         NOT NULL,
    ingested     bigint           NOT NULL CHECK (ingested >= 0),
    PRIMARY KEY (project_id, environment, period_start, stripe)
);
