from __future__ import annotations


def insert(conn, code: str, name: str, region: str, created_at: str) -> None:
    conn.execute("INSERT INTO organisation (id, code, name, region, created_at) VALUES (1, ?, ?, ?, ?)",
                 (code, name, region, created_at))


def get(conn):
    return conn.execute("SELECT * FROM organisation WHERE id = 1").fetchone()


def update(conn, **fields) -> None:
    cols = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE organisation SET {cols} WHERE id = 1", tuple(fields.values()))
