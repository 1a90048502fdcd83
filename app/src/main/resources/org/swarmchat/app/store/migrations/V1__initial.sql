-- Swarmchat store, schema 1. Columns named *_sealed hold nonce(24) || XChaCha20-Poly1305 ciphertext || tag(16),
-- sealed under the field key with the table, column and row as associated data (ADR 0005).

CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE account (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    account_id          TEXT NOT NULL,
    seed_sealed         BLOB NOT NULL,
    display_name_sealed BLOB NOT NULL,
    created_at          INTEGER NOT NULL
);

CREATE TABLE contacts (
    account_id          TEXT PRIMARY KEY,
    display_name_sealed BLOB,
    state               TEXT NOT NULL,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE conversations (
    peer          TEXT PRIMARY KEY,
    request       INTEGER NOT NULL,
    unread        INTEGER NOT NULL DEFAULT 0,
    last_activity INTEGER NOT NULL
);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    peer        TEXT NOT NULL REFERENCES conversations (peer) ON DELETE CASCADE,
    direction   TEXT NOT NULL,
    sender      TEXT NOT NULL,
    text_sealed BLOB NOT NULL,
    sent_at     INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    hash        TEXT UNIQUE,
    state       TEXT NOT NULL,
    stored_on   INTEGER NOT NULL DEFAULT 0,
    failure     TEXT,
    expires_at  INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX messages_by_peer ON messages (peer, sent_at DESC, id DESC);

CREATE INDEX messages_by_time ON messages (sent_at DESC, id DESC);

CREATE TABLE search_index (
    token      INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (token, message_id)
) WITHOUT ROWID;

CREATE TABLE outbox (
    message_id    INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    recipient     TEXT NOT NULL,
    namespace     INTEGER NOT NULL,
    data_sealed   BLOB NOT NULL,
    ttl_millis    INTEGER NOT NULL,
    expected_hash TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    INTEGER NOT NULL
);

CREATE TABLE poll_state (
    node      TEXT NOT NULL,
    pubkey    TEXT NOT NULL,
    namespace INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    expires   INTEGER NOT NULL,
    PRIMARY KEY (node, pubkey, namespace)
);

CREATE TABLE seen_hashes (
    hash    TEXT PRIMARY KEY,
    expires INTEGER NOT NULL
);

CREATE INDEX seen_hashes_by_expiry ON seen_hashes (expires);

CREATE TABLE node_pool (
    position INTEGER PRIMARY KEY,
    ed25519  TEXT NOT NULL,
    x25519   TEXT NOT NULL,
    ip       TEXT NOT NULL,
    port     INTEGER NOT NULL
);

CREATE TABLE swarm_cache (
    pubkey   TEXT PRIMARY KEY,
    swarm_id TEXT NOT NULL,
    members  TEXT NOT NULL
);
