from __future__ import annotations


def insert(conn, username: str, display_name: str, role: str, created_at: str) -> int:
    cur = conn.execute("INSERT INTO accounts (username, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                       (username, display_name, role, created_at))
    return cur.lastrowid


def get(conn, username: str):
    return conn.execute("SELECT * FROM accounts WHERE username = ?", (username,)).fetchone()


def list_all(conn, include_removed: bool = False):
    sql = "SELECT * FROM accounts"
    if not include_removed:
        sql += " WHERE active = 1"
    return conn.execute(sql + " ORDER BY username").fetchall()


def count_active(conn, role: str | None = None) -> int:
    if role:
        return conn.execute("SELECT count(*) FROM accounts WHERE active = 1 AND role = ?", (role,)).fetchone()[0]
    return conn.execute("SELECT count(*) FROM accounts WHERE active = 1").fetchone()[0]


def mark_removed(conn, username: str, removed_at: str) -> None:
    conn.execute("UPDATE accounts SET active = 0, removed_at = ? WHERE username = ?", (removed_at, username))


def update(conn, username: str, **fields) -> None:
    cols = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE accounts SET {cols} WHERE username = ?", (*fields.values(), username))
