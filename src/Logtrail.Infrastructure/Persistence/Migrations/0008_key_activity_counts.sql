-- Key activity is stored per second: requests of one key within one second that are alike in method, route, status,
-- client address, user agent and denial are one row with their count (a busy key makes thousands of identical
-- requests a second; one row each cost more than the requests themselves).
ALTER TABLE key_activity ADD COLUMN request_count integer NOT NULL DEFAULT 1 CHECK (request_count >= 1);
