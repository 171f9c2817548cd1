from __future__ import annotations


def get_all(conn) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM settings")}


def put(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
