"""Role certificates and small key material in the database (migration 0007).
What a certificate says and how it is checked is in shelter_app/certificates.py."""

from __future__ import annotations


def put(conn, username: str, body: str, signature: bytes, issuer: str, issued_at: str) -> None:
    conn.execute("INSERT INTO role_certificates (username, body, signature, issuer, issued_at)"
                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET body = excluded.body,"
                 " signature = excluded.signature, issuer = excluded.issuer, issued_at = excluded.issued_at",
                 (username, body, signature, issuer, issued_at))


def delete(conn, username: str) -> None:
    conn.execute("DELETE FROM role_certificates WHERE username = ?", (username,))


def all_rows(conn) -> dict[str, tuple[str, bytes, str]]:
    return {r[0]: (r[1], bytes(r[2]), r[3])
            for r in conn.execute("SELECT username, body, signature, issuer FROM role_certificates")}


def issued_by(conn, issuer: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT username FROM role_certificates WHERE issuer = ?", (issuer,))]


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM role_certificates").fetchone()[0]


def get_material(conn, name: str) -> bytes | None:
    row = conn.execute("SELECT value FROM key_material WHERE name = ?", (name,)).fetchone()
    return bytes(row[0]) if row else None


def put_material(conn, name: str, value: bytes) -> None:
    conn.execute("INSERT INTO key_material (name, value) VALUES (?, ?)"
                 " ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))
