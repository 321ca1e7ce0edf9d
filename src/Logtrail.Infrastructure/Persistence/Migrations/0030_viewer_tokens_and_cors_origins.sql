-- Viewer tokens (end users' activity feeds): stored as SHA-256 hashes, bound to one actor or one target, valid
-- until expires_at and only while the key that minted them is valid (authentication checks that key on every
-- request). Deleting the key or the project deletes its tokens. Expired tokens are deleted by the retention job.
CREATE TABLE viewer_tokens (
    id          uuid        PRIMARY KEY,
    project_id  uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    api_key_id  uuid        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    token_hash  bytea       NOT NULL UNIQUE,
    actor_id    text,
    target_id   text,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    CHECK ((actor_id IS NULL) <> (target_id IS NULL))
);

CREATE INDEX viewer_tokens_expiry_idx ON viewer_tokens (expires_at);

-- Browser origins allowed to call GET /activity with a viewer token of the project (scheme://host[:port]).
ALTER TABLE projects ADD COLUMN cors_origins text[] NOT NULL DEFAULT '{}';
