-- Payloads above about 2 KB (member snapshots, results with many challenge updates) are compressed by
-- PostgreSQL when stored. Its default method, pglz, took about 9 % of the machine's CPU in the engagement
-- benchmark (docs/benchmarks-engagement.md); lz4 is several times faster at a similar ratio. The setting applies
-- to values written from now on; values already stored stay readable as they are. A server built without lz4
-- keeps pglz.
DO $$
BEGIN
    ALTER TABLE journal_snapshots ALTER COLUMN state SET COMPRESSION lz4;
    ALTER TABLE journal_events ALTER COLUMN payload SET COMPRESSION lz4;
    ALTER TABLE journal_idempotency ALTER COLUMN result SET COMPRESSION lz4;
    ALTER TABLE grain_state ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available on this server: payloads stay pglz-compressed';
END $$;
