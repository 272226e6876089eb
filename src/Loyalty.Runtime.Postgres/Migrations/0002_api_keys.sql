-- API keys of tills and partners. Only the SHA-256 hash of a secret is stored, never the secret;
-- the scope (chain and store, or partner) is what the key may act for. A revoked key keeps its row
-- so administrators still see it and its hash can never be issued again.
CREATE TABLE api_keys (
    key_id      text COLLATE "C" PRIMARY KEY,
    hash        text COLLATE "C" NOT NULL UNIQUE,
    chain_id    text,
    store_id    text,
    partner_id  text,
    description text,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
