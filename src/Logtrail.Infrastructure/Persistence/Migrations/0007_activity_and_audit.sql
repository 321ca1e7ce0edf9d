-- Activity feeds, key activity and the admin audit trail (SPEC §7, §8).

-- What the project has seen of each action, per environment: maintained off the request path, in batches.
CREATE TABLE action_catalog (
    project_id  uuid             NOT NULL,
    environment environment_name NOT NULL,
    action      text             NOT NULL,
    log_count   bigint           NOT NULL CHECK (log_count >= 0),
    first_seen  timestamptz      NOT NULL,
    last_seen   timestamptz      NOT NULL,
    PRIMARY KEY (project_id, environment, action)
);

-- What the team decided about an action, for every environment of the project.
CREATE TABLE action_settings (
    project_id  uuid        NOT NULL REFERENCES projects (id),
    action      text        NOT NULL CHECK (length(action) BETWEEN 1 AND 128),
    is_public   boolean     NOT NULL,
    template    text,
    description text,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (project_id, action)
);

-- Every request made with a key, and every one refused because the key was revoked or expired.
CREATE TABLE key_activity (
    key_id        uuid        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    id            uuid        NOT NULL,
    method        text        NOT NULL,
    route         text        NOT NULL,
    status        smallint    NOT NULL,
    client_ip     inet,
    user_agent    text,
    denied        boolean     NOT NULL,
    logs_ingested integer     NOT NULL CHECK (logs_ingested >= 0),
    PRIMARY KEY (key_id, occurred_at, id)
);

-- Every admin action, newest first.
CREATE TABLE admin_audit (
    id             uuid        PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    admin_token_id uuid        NOT NULL,
    action         text        NOT NULL,
    target         text        NOT NULL,
    client_ip      inet,
    details        jsonb       NOT NULL
);
CREATE INDEX admin_audit_occurred_at_idx ON admin_audit (occurred_at DESC, id DESC);
