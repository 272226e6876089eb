namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The journal's statements. Batches travel as parallel arrays expanded by <c>unnest</c>, so one
/// statement carries thousands of rows; rows come sorted by (grain, sequence) so concurrent
/// transactions take their index locks in one order and cannot deadlock each other.
/// </summary>
internal static class JournalSql
{
    /// <summary>
    /// Inserts every event that does not collide; returns, for each append that got fewer rows than
    /// it asked for, the sequences it did insert (one row with NULL when none). No rows = no conflict.
    /// $1 grain ids, $2 sequences, $3 event types, $4 payloads (one entry per event);
    /// $5 grain ids, $6 event counts (one entry per append).
    /// </summary>
    public const string InsertEvents = """
        WITH inserted AS (
            INSERT INTO journal_events (grain_id, sequence, event_type, payload)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bytea[])
            ON CONFLICT DO NOTHING
            RETURNING grain_id, sequence
        ), short AS (
            SELECT wanted.grain_id
            FROM unnest($5::text[], $6::bigint[]) AS wanted(grain_id, events)
            LEFT JOIN (SELECT grain_id, count(*) AS events FROM inserted GROUP BY grain_id) AS got USING (grain_id)
            WHERE got.events IS DISTINCT FROM wanted.events
        )
        SELECT short.grain_id, inserted.sequence FROM short LEFT JOIN inserted USING (grain_id)
        """;

    /// <summary>
    /// Inserts the idempotency records; returns the grains whose key was already stored.
    /// $1 grain ids, $2 keys, $3 request hashes, $4 results, $5 sequences.
    /// </summary>
    public const string InsertIdempotency = """
        WITH inserted AS (
            INSERT INTO journal_idempotency (grain_id, key, request_hash, result, sequence)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::bigint[])
            ON CONFLICT DO NOTHING
            RETURNING grain_id
        )
        SELECT wanted.grain_id FROM unnest($1::text[]) AS wanted(grain_id)
        WHERE NOT EXISTS (SELECT 1 FROM inserted WHERE inserted.grain_id = wanted.grain_id)
        """;

    /// <summary>Takes back events this transaction inserted for appends that failed. $1 grain ids, $2 sequences.</summary>
    public const string DeleteEvents = """
        DELETE FROM journal_events AS e USING unnest($1::text[], $2::bigint[]) AS d(grain_id, sequence)
        WHERE e.grain_id = d.grain_id AND e.sequence = d.sequence
        """;

    /// <summary>Takes back idempotency records this transaction inserted for appends that failed. $1 grain ids, $2 keys.</summary>
    public const string DeleteIdempotency = """
        DELETE FROM journal_idempotency AS k USING unnest($1::text[], $2::text[]) AS d(grain_id, key)
        WHERE k.grain_id = d.grain_id AND k.key = d.key
        """;

    /// <summary>The stored records behind duplicate keys, read as <see cref="FindIdempotency"/> reads one. $1 grain ids, $2 keys.</summary>
    public const string ReadIdempotency = """
        SELECT k.grain_id, k.key, k.request_hash, coalesce(k.result, e.payload), k.result IS NULL
        FROM journal_idempotency AS k JOIN unnest($1::text[], $2::text[]) AS d(grain_id, key)
          ON k.grain_id = d.grain_id AND k.key = d.key
        LEFT JOIN journal_events AS e ON k.result IS NULL AND e.grain_id = k.grain_id AND e.sequence = k.sequence
        """;

    /// <summary>
    /// A record's result column as read by <see cref="FindIdempotency"/> or <see cref="ReadIdempotency"/>: NULL only if
    /// the event it points at is gone, which then fails the one caller that needs it, not the batch that read it.
    /// </summary>
    public static byte[] ResultOrEmpty(System.Data.Common.DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? [] : reader.GetFieldValue<byte[]>(column);

    /// <summary>One stored record; a result left out is the payload of the event at the record's sequence. $1 grain id, $2 key.</summary>
    public const string FindIdempotency = """
        SELECT k.key, k.request_hash, coalesce(k.result, e.payload), k.result IS NULL
        FROM journal_idempotency AS k
        LEFT JOIN journal_events AS e ON k.result IS NULL AND e.grain_id = k.grain_id AND e.sequence = k.sequence
        WHERE k.grain_id = $1 AND k.key = $2
        """;

    // One statement, so the snapshot and the events after it come from one consistent view.
    public const string Read = """
        WITH snapshot AS (SELECT sequence, state FROM journal_snapshots WHERE grain_id = $1)
        SELECT 0 AS part, sequence, NULL::text AS event_type, state AS payload FROM snapshot
        UNION ALL
        SELECT 1, e.sequence, e.event_type, e.payload FROM journal_events AS e
        WHERE e.grain_id = $1 AND e.sequence > COALESCE((SELECT sequence FROM snapshot), 0)
        ORDER BY part, sequence
        """;

    // Walks the primary key (grain_id, sequence) backwards; the type filter is applied on the way.
    public const string ReadBackward = """
        SELECT sequence, event_type, payload FROM journal_events
        WHERE grain_id = $1 AND sequence < $2 AND ($4::text IS NULL OR event_type = $4) AND octet_length(payload) > 0
        ORDER BY sequence DESC
        LIMIT $3
        """;

    // Only behind a stored snapshot, and the rows stay with empty payloads: an append is fenced by colliding with the row
    // at its first sequence, so a writer with a stale view must still find every earlier row taken. $1 grain id, $2 sequence.
    public const string DeleteEventsBeforeSnapshot = """
        UPDATE journal_events SET payload = ''::bytea
        WHERE grain_id = $1 AND sequence < $2 AND octet_length(payload) > 0
          AND EXISTS (SELECT 1 FROM journal_snapshots WHERE grain_id = $1 AND sequence >= $2)
        """;

    // Keeps only the newest snapshot: an older activation's late write cannot replace a newer one.
    public const string WriteSnapshot = """
        INSERT INTO journal_snapshots AS s (grain_id, sequence, state) VALUES ($1, $2, $3)
        ON CONFLICT (grain_id) DO UPDATE SET sequence = excluded.sequence, state = excluded.state, written_at = now()
        WHERE s.sequence < excluded.sequence
        """;
}
