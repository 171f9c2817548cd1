"""Storage: the encrypted connection, keys, migrations and one module per
record kind. No Qt here, and no SQL outside this package."""
