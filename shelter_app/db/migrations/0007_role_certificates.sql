-- Signed role certificates (security.md, "Accounts and roles"): a person's
-- role is taken from a certificate signed by a director's signing key (the
-- founding director's by the organisation key), never from accounts.role,
-- which stays only as what the screens list and what `verify` compares.
-- A database upgraded to this schema has no certificates until the first
-- director signs in; that sign-in creates the organisation keys and issues them.
CREATE TABLE role_certificates (
    username TEXT PRIMARY KEY,
    body TEXT NOT NULL,         -- canonical JSON: what is signed
    signature BLOB NOT NULL,    -- Ed25519 over "shelter-app role certificate|" + body
    issuer TEXT NOT NULL,       -- the signing director's account, or '' for the organisation key
    issued_at TEXT NOT NULL
);

-- Small secrets that live only inside the encrypted database: the private half
-- of the key that failed sign-in names are sealed to while the database is locked.
CREATE TABLE key_material (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
