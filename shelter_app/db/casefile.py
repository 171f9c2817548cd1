"""SQL for the case file: case notes and their annotations, attachments (bytes
in chunks), identity documents and contacts."""

from __future__ import annotations

from typing import BinaryIO, Iterator

# A chunk is a row of attachment_chunks: big enough that a 25 MB scan is 25
# inserts, small enough that reading one never holds much in memory.
CHUNK = 1024 * 1024

# --- case notes -----------------------------------------------------------------------


def insert_note(conn, resident_id: int, note: dict, author: str, now: str) -> int:
    return conn.execute(
        "INSERT INTO case_notes (resident_id, noted_at, kind, confidentiality, text, contact_id, author, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (resident_id, note["noted_at"], note["kind"], note["confidentiality"], note["text"], note.get("contact_id"),
         author, now)).lastrowid


def update_note(conn, note_id: int, note: dict, now: str) -> None:
    conn.execute("UPDATE case_notes SET noted_at = ?, kind = ?, confidentiality = ?, text = ?, contact_id = ?,"
                 " updated_at = ? WHERE id = ?",
                 (note["noted_at"], note["kind"], note["confidentiality"], note["text"], note.get("contact_id"),
                  now, note_id))


def get_note(conn, note_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM case_notes WHERE id = ?", (note_id,)).fetchone()
    return dict(row) if row else None


def notes_for(conn, resident_id: int) -> list[dict]:
    """Newest first, each with its annotations (oldest first) and the chosen contact."""
    notes = [dict(r) for r in conn.execute(
        "SELECT n.*, c.name AS contact_name, c.safe_to_contact AS contact_safe FROM case_notes n"
        " LEFT JOIN contacts c ON c.id = n.contact_id"
        " WHERE n.resident_id = ? ORDER BY n.noted_at DESC, n.id DESC", (resident_id,))]
    by_id = {n["id"]: n for n in notes}
    for n in notes:
        n["annotations"] = []
    if notes:
        for row in conn.execute(
                "SELECT a.* FROM case_note_annotations a JOIN case_notes n ON n.id = a.note_id"
                " WHERE n.resident_id = ? ORDER BY a.created_at, a.id", (resident_id,)):
            by_id[row["note_id"]]["annotations"].append(dict(row))
    return notes


def insert_annotation(conn, note_id: int, text: str, author: str, now: str) -> int:
    return conn.execute("INSERT INTO case_note_annotations (note_id, text, author, created_at) VALUES (?, ?, ?, ?)",
                        (note_id, text, author, now)).lastrowid


# --- attachments ----------------------------------------------------------------------

def insert_attachment(conn, resident_id: int, meta: dict, stream: BinaryIO, max_size: int,
                      sha256_factory) -> tuple[int, int, str]:
    """Write the attachment's row and its bytes a chunk at a time, inside the
    caller's transaction. Returns (id, size, sha256 hex); raises ValueError
    ("too_large") past max_size, leaving the caller to roll back."""
    attachment_id = conn.execute(
        "INSERT INTO attachments (resident_id, title, kind, date, file_name, media_type, size, sha256, added_by,"
        " added_at) VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, ?)",
        (resident_id, meta["title"], meta["kind"], meta["date"], meta["file_name"], meta["media_type"],
         meta["added_by"], meta["added_at"])).lastrowid
    digest = sha256_factory()
    size = 0
    seq = 0
    while True:
        data = stream.read(CHUNK)
        if not data:
            break
        size += len(data)
        if size > max_size:
            raise ValueError("too_large")
        digest.update(data)
        conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                     (attachment_id, seq, data))
        seq += 1
    sha = digest.hexdigest()
    conn.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, sha, attachment_id))
    return attachment_id, size, sha


def attachments_for(conn, resident_id: int) -> list[dict]:
    """The list without bytes or thumbnails (opening a record reads no blob)."""
    return [dict(r) for r in conn.execute(
        "SELECT a.*, (t.attachment_id IS NOT NULL) AS has_thumbnail FROM attachments a"
        " LEFT JOIN attachment_thumbnails t ON t.attachment_id = a.id"
        " WHERE a.resident_id = ? ORDER BY a.date DESC, a.id DESC", (resident_id,))]


def get_attachment(conn, attachment_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    return dict(row) if row else None


def update_attachment(conn, attachment_id: int, title: str, kind: str, date: str) -> None:
    conn.execute("UPDATE attachments SET title = ?, kind = ?, date = ? WHERE id = ?",
                 (title, kind, date, attachment_id))


def delete_attachment(conn, attachment_id: int) -> None:
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


def iter_chunks(conn, attachment_id: int) -> Iterator[bytes]:
    """The bytes, a chunk at a time, in order; one row in memory at a time."""
    seq = 0
    while True:
        row = conn.execute("SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
                           (attachment_id, seq)).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def thumbnail(conn, attachment_id: int) -> tuple[bytes, int | None] | None:
    row = conn.execute("SELECT png, pages FROM attachment_thumbnails WHERE attachment_id = ?",
                       (attachment_id,)).fetchone()
    return (bytes(row[0]), row[1]) if row else None


def store_thumbnail(conn, attachment_id: int, png: bytes, pages: int | None) -> None:
    conn.execute("INSERT OR REPLACE INTO attachment_thumbnails (attachment_id, png, pages) VALUES (?, ?, ?)",
                 (attachment_id, png, pages))


def attachment_count(conn, resident_id: int) -> int:
    return conn.execute("SELECT count(*) FROM attachments WHERE resident_id = ?", (resident_id,)).fetchone()[0]


# --- identity documents ----------------------------------------------------------------

DOCUMENT_COLUMNS = ("document_type", "number", "issuing_country", "expiry_date", "holder",
                    "replacement_requested_on", "notes")


def insert_document(conn, resident_id: int, doc: dict, now: str) -> int:
    cols = ", ".join(DOCUMENT_COLUMNS)
    marks = ", ".join("?" for _ in DOCUMENT_COLUMNS)
    return conn.execute(f"INSERT INTO identity_documents (resident_id, {cols}, created_at, updated_at)"
                        f" VALUES (?, {marks}, ?, ?)",
                        (resident_id, *(doc[c] for c in DOCUMENT_COLUMNS), now, now)).lastrowid


def update_document(conn, document_id: int, doc: dict, now: str) -> None:
    sets = ", ".join(f"{c} = ?" for c in DOCUMENT_COLUMNS)
    conn.execute(f"UPDATE identity_documents SET {sets}, updated_at = ? WHERE id = ?",
                 (*(doc[c] for c in DOCUMENT_COLUMNS), now, document_id))


def documents_for(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM identity_documents WHERE resident_id = ? ORDER BY id",
                                          (resident_id,))]


def get_document(conn, document_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM identity_documents WHERE id = ?", (document_id,)).fetchone()
    return dict(row) if row else None


def delete_document(conn, document_id: int) -> None:
    conn.execute("DELETE FROM identity_documents WHERE id = ?", (document_id,))


# --- contacts ---------------------------------------------------------------------------

CONTACT_COLUMNS = ("name", "relation", "phone", "place", "safe_to_contact", "notes")


def insert_contact(conn, resident_id: int, contact: dict, now: str) -> int:
    cols = ", ".join(CONTACT_COLUMNS)
    marks = ", ".join("?" for _ in CONTACT_COLUMNS)
    return conn.execute(f"INSERT INTO contacts (resident_id, {cols}, created_at, updated_at) VALUES (?, {marks}, ?, ?)",
                        (resident_id, *(contact[c] for c in CONTACT_COLUMNS), now, now)).lastrowid


def update_contact(conn, contact_id: int, contact: dict, now: str) -> None:
    sets = ", ".join(f"{c} = ?" for c in CONTACT_COLUMNS)
    conn.execute(f"UPDATE contacts SET {sets}, updated_at = ? WHERE id = ?",
                 (*(contact[c] for c in CONTACT_COLUMNS), now, contact_id))


def contacts_for(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM contacts WHERE resident_id = ? ORDER BY name COLLATE NOCASE,"
                                          " id", (resident_id,))]


def get_contact(conn, contact_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return dict(row) if row else None


def find_contact(conn, resident_id: int, name: str, phone: str) -> dict | None:
    row = conn.execute("SELECT * FROM contacts WHERE resident_id = ? AND name = ? AND phone = ?",
                       (resident_id, name, phone)).fetchone()
    return dict(row) if row else None


def find_document(conn, resident_id: int, document_type: str, number: str) -> dict | None:
    row = conn.execute("SELECT * FROM identity_documents WHERE resident_id = ? AND document_type = ? AND number = ?",
                       (resident_id, document_type, number)).fetchone()
    return dict(row) if row else None


def delete_contact(conn, contact_id: int) -> None:
    conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
