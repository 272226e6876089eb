-- An idempotency record may leave its result out when the result is the last event of the append that recorded it
-- (IdempotencyRecord.ResultInLastEvent): the row's sequence names that event, and readers take its payload. Purchase
-- results were written twice before, once in the event and once here. Rows written earlier keep their result.
ALTER TABLE journal_idempotency ALTER COLUMN result DROP NOT NULL;
