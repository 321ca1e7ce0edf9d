-- Searches bounded by client time (docs/architecture.md, "Searches by client time"). The block-range index on
-- client_timestamp (migration 0050) finds a client-time range, but not the part of it a server-time window holds: a
-- newest-first search below a client time read every block of the range in each window. With server time in the
-- same index, each range of 128 pages is summarised by both times, and such a window reads only the blocks whose
-- client and server times both overlap its bounds.
--
-- Server time is indexed as the expression (server_timestamp AT TIME ZONE 'UTC'), not as the column: only the
-- statements of a client-time search name that expression, so only they use this index for server time. Indexed as
-- the column, the planner ANDed the index into every windowed search with a selective condition (a rare actor: the
-- block map of a whole partition, 9 ms, against 0.03 ms for the actor index alone).
--
-- Like the index it replaces, it is summarised as blocks fill (autosummarize) and costs next to nothing at ingestion.
CREATE INDEX logs_client_server_time_idx ON logs USING brin (client_timestamp, (server_timestamp AT TIME ZONE 'UTC'))
    WITH (autosummarize = on);
DROP INDEX logs_client_timestamp_idx;
