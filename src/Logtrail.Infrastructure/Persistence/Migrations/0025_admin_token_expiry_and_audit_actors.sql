-- Operator access: admin tokens can expire (rotation with a grace period, or an expiry chosen at creation), and the
-- admin audit trail names who acted — an admin token, the recovery command run on the host (cli) or the service's
-- own start-up bootstrap (bootstrap); only a token has an id.
ALTER TABLE admin_tokens ADD COLUMN expires_at timestamptz;

ALTER TABLE admin_audit ALTER COLUMN admin_token_id DROP NOT NULL;
ALTER TABLE admin_audit ADD COLUMN actor text NOT NULL DEFAULT 'token' CHECK (actor IN ('token', 'cli', 'bootstrap'));
ALTER TABLE admin_audit ALTER COLUMN actor DROP DEFAULT;
ALTER TABLE admin_audit ADD CONSTRAINT admin_audit_actor_has_token CHECK ((actor = 'token') = (admin_token_id IS NOT NULL));
