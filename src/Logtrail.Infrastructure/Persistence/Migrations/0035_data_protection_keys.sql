-- The ASP.NET Data Protection key ring (console session cookies and antiforgery tokens), shared by every instance
-- so that a session signed in on one instance is read by all. A small reference table: a few keys a year.
CREATE TABLE data_protection_keys (
    friendly_name text PRIMARY KEY,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
