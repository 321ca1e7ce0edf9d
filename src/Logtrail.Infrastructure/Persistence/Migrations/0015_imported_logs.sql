-- Historical import: logs brought over from another system were ingested by no API key of this service, so they
-- carry api_key_id NULL (a purge by key never touches them; an erasure by actor does).
ALTER TABLE logs ALTER COLUMN api_key_id DROP NOT NULL;
