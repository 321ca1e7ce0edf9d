-- Key activity grows with traffic, so like every such table it is keyed by project first: it can be distributed by
-- project_id on Citus, co-located with the project's logs. Rows of keys that no longer exist are dropped.
ALTER TABLE key_activity ADD COLUMN project_id uuid;
UPDATE key_activity SET project_id = api_keys.project_id FROM api_keys WHERE api_keys.id = key_activity.key_id;
DELETE FROM key_activity WHERE project_id IS NULL;
ALTER TABLE key_activity ALTER COLUMN project_id SET NOT NULL;
ALTER TABLE key_activity DROP CONSTRAINT key_activity_pkey;
ALTER TABLE key_activity ADD PRIMARY KEY (project_id, key_id, occurred_at, id);

-- Deleting a key (with its project) deletes its activity, including rows a flush wrote while the deletion ran. The
-- reference names the project too, so the cascade finds the rows through the primary key.
ALTER TABLE api_keys ADD CONSTRAINT api_keys_project_id_id_key UNIQUE (project_id, id);
ALTER TABLE key_activity ADD CONSTRAINT key_activity_key_fkey
    FOREIGN KEY (project_id, key_id) REFERENCES api_keys (project_id, id) ON DELETE CASCADE;
