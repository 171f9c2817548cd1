"""Residents: rows in, rows out, and the register's search in SQL."""

from __future__ import annotations

import re

COLUMNS = (
    "case_number", "external_id", "full_name", "sex", "date_of_birth", "birth_year_estimated",
    "citizenship", "languages", "disability", "registration_date", "referral_source",
    "primary_exploitation", "other_exploitation", "exploitation_country", "recruitment_channel",
    "recruiter_relation", "means_of_control", "labour_sector", "case_status", "nrm_status",
    "nrm_identified_date", "nrm_identifying_body", "residence_permit_date", "asylum_date",
    "consent_data_processing", "consent_anonymized_reporting", "safety_notes", "key_worker",
)
LIST_COLUMNS = ("languages", "other_exploitation", "means_of_control")


def to_row(record: dict) -> dict:
    row = {}
    for col in COLUMNS:
        if col not in record:
            continue
        value = record[col]
        if col in LIST_COLUMNS:
            value = ";".join(value or [])
        elif isinstance(value, bool):
            value = int(value)
        row[col] = value
    return row


def from_row(row) -> dict:
    record = dict(row)
    for col in LIST_COLUMNS:
        record[col] = [v for v in (record.get(col) or "").split(";") if v]
    for col in ("disability", "consent_anonymized_reporting"):
        if record.get(col) is not None:
            record[col] = bool(record[col])
    return record


def next_case_number(conn, year: int) -> str:
    prefix = f"{year:04d}-"
    # A merged-away record's number still finds the kept record: it is never given again.
    row = conn.execute("SELECT max(n) FROM (SELECT max(CAST(substr(case_number, 6) AS INTEGER)) AS n FROM residents"
                       " WHERE case_number LIKE :p UNION ALL SELECT max(CAST(substr(case_number, 6) AS INTEGER))"
                       " FROM resident_aliases WHERE case_number LIKE :p)", {"p": prefix + "%"}).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}"


def insert(conn, record: dict, now: str) -> int:
    row = to_row(record)
    row["created_at"] = row["updated_at"] = now
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return conn.execute(f"INSERT INTO residents ({cols}) VALUES ({marks})", tuple(row.values())).lastrowid


def update(conn, resident_id: int, record: dict, now: str) -> None:
    row = to_row(record)
    row["updated_at"] = now
    cols = ", ".join(f"{c} = ?" for c in row)
    conn.execute(f"UPDATE residents SET {cols} WHERE id = ?", (*row.values(), resident_id))


def delete(conn, resident_id: int) -> None:
    conn.execute("DELETE FROM residents WHERE id = ?", (resident_id,))


def get(conn, resident_id: int):
    row = conn.execute("SELECT * FROM residents WHERE id = ?", (resident_id,)).fetchone()
    return from_row(row) if row else None


def get_by_case_number(conn, case_number: str):
    """The resident with this case number, or the record it was merged into."""
    row = conn.execute("SELECT * FROM residents WHERE case_number = ?", (case_number,)).fetchone()
    if row is None:
        row = conn.execute("SELECT r.* FROM resident_aliases a JOIN residents r ON r.id = a.resident_id"
                           " WHERE a.case_number = ?", (case_number,)).fetchone()
    return from_row(row) if row else None


def get_by_external_id(conn, external_id: str):
    row = conn.execute("SELECT * FROM residents WHERE external_id = ?", (external_id,)).fetchone()
    return from_row(row) if row else None


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM residents").fetchone()[0]


# --- the register -------------------------------------------------------------

def fts_query(text: str) -> str | None:
    """Each typed word as a prefix query on every indexed column; the Latin
    form of a Cyrillic word is tried too."""
    from shelter_app.text import transliterate

    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    parts = []
    for word in words:
        variants = {word.lower(), transliterate(word)}
        parts.append("(" + " OR ".join(f'"{v.replace(chr(34), "")}"*' for v in variants if v) + ")")
    return " AND ".join(parts)


# (SQL expression, is text) for each sortable register column.
SORT_COLUMNS = {
    "case_number": "r.case_number",
    "full_name": "r.full_name COLLATE NOCASE",
    "sex": "r.sex",
    "age": "coalesce(r.date_of_birth, r.birth_year_estimated || '-07-01')",
    "citizenship": "r.citizenship",
    "primary_exploitation": "r.primary_exploitation",
    "registration_date": "r.registration_date",
    "case_status": "r.case_status",
    "in_shelter": "in_shelter",
    "key_worker": "(SELECT a.display_name FROM accounts a WHERE a.username = r.key_worker) COLLATE NOCASE",
    "place": "place",
    "intake_date": "last_intake",
    "days_in_shelter": "current_intake",
}

IN_SHELTER = "EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL)"
# The current stay's place (its last move, else where it began, else the free-text room).
CURRENT_PLACE = ("(SELECT coalesce((SELECT p.name FROM stay_moves m JOIN places p ON p.id = m.place_id"
                 " WHERE m.stay_id = s.id ORDER BY m.moved_on DESC, m.id DESC LIMIT 1),"
                 " (SELECT p.name FROM places p WHERE p.id = s.place_id), nullif(s.room, ''))"
                 " FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL)")
LAST_INTAKE = "(SELECT max(s.intake_date) FROM stays s WHERE s.resident_id = r.id)"
CURRENT_INTAKE = "(SELECT s.intake_date FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL)"


def search_ids(conn, text: str = "", *, in_shelter: bool | None = None, case_status: str | None = None,
               primary_exploitation: str | None = None, sex_age: str | None = None,
               citizenship: str | None = None, key_worker: str | None = None, sort: str = "registration_date",
               descending: bool = True, today: str | None = None) -> list[int]:
    """Ids of the residents matching, in display order; filtered and sorted in SQL."""
    where, params = ["1"], []
    query = fts_query(text or "")
    if query:
        where.append("r.id IN (SELECT rowid FROM resident_search WHERE resident_search MATCH ?"
                     " UNION SELECT resident_id FROM resident_aliases WHERE case_number = ?)")
        params += [query, (text or "").strip()]
    elif (text or "").strip():
        return []
    if in_shelter is not None:
        where.append(IN_SHELTER if in_shelter else f"NOT {IN_SHELTER}")
    if case_status:
        where.append("r.case_status = ?")
        params.append(case_status)
    if key_worker:
        where.append("r.key_worker = ?")
        params.append(key_worker)
    if primary_exploitation:
        where.append("r.primary_exploitation = ?")
        params.append(primary_exploitation)
    if citizenship:
        if citizenship == "kyrgyz":
            where.append("r.citizenship = 'KG'")
        elif citizenship == "foreign":
            where.append("r.citizenship NOT IN ('KG', 'stateless', 'unknown')")
        elif citizenship == "stateless_unknown":
            where.append("r.citizenship IN ('stateless', 'unknown')")
        else:
            where.append("r.citizenship = ?")
            params.append(citizenship)
    if sex_age:
        birth = "coalesce(r.date_of_birth, r.birth_year_estimated || '-07-01')"
        adult = f"date({birth}, '+18 years') <= r.registration_date"
        if sex_age == "girls":
            where.append(f"r.sex = 'female' AND {birth} IS NOT NULL AND NOT ({adult})")
        elif sex_age == "boys":
            where.append(f"r.sex = 'male' AND {birth} IS NOT NULL AND NOT ({adult})")
        elif sex_age == "women":
            where.append(f"r.sex = 'female' AND {birth} IS NOT NULL AND {adult}")
        elif sex_age == "men":
            where.append(f"r.sex = 'male' AND {birth} IS NOT NULL AND {adult}")
        else:
            where.append(f"(r.sex NOT IN ('female', 'male') OR {birth} IS NULL)")
    order = SORT_COLUMNS.get(sort, "r.registration_date")
    direction = "DESC" if descending else "ASC"
    select_extra = {"in_shelter": f", {IN_SHELTER} AS in_shelter", "place": f", {CURRENT_PLACE} AS place",
                    "intake_date": f", {LAST_INTAKE} AS last_intake",
                    "days_in_shelter": f", {CURRENT_INTAKE} AS current_intake"}.get(sort, "")
    if sort == "days_in_shelter":  # most days first means the earliest intake first
        direction = "ASC" if descending else "DESC"
    sql = (f"SELECT r.id{select_extra} FROM residents r WHERE " + " AND ".join(f"({w})" for w in where)
           + f" ORDER BY {order} {direction}, r.id {direction}")
    return [row[0] for row in conn.execute(sql, params)]


def match_ids(conn, text: str) -> set[int]:
    """Ids whose name, case number or external id match the typed words (FTS
    only, no sort): the register intersects them with its ordered list."""
    query = fts_query(text or "")
    if not query:
        return set()
    return {row[0] for row in conn.execute("SELECT rowid FROM resident_search WHERE resident_search MATCH ?"
                                           " UNION SELECT resident_id FROM resident_aliases WHERE case_number = ?",
                                           (query, text.strip()))}


def register_rows(conn, ids: list[int]) -> dict[int, dict]:
    """The register's columns for a page of ids."""
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    sql = (f"SELECT r.id, r.case_number, r.external_id, r.full_name, r.sex, r.date_of_birth,"
           f" r.birth_year_estimated, r.citizenship, r.primary_exploitation, r.registration_date,"
           f" r.case_status, r.nrm_status, {IN_SHELTER} AS in_shelter, r.key_worker,"
           f" (SELECT a.display_name FROM accounts a WHERE a.username = r.key_worker) AS key_worker_name,"
           f" {CURRENT_PLACE} AS place, {LAST_INTAKE} AS last_intake, {CURRENT_INTAKE} AS current_intake"
           f" FROM residents r WHERE r.id IN ({marks})")
    return {row["id"]: dict(row) for row in conn.execute(sql, ids)}


def duplicate_candidates(conn, fts: str, exclude_id: int | None, limit: int = 500):
    sql = ("SELECT id, case_number, full_name, name_key, date_of_birth, birth_year_estimated FROM residents"
           " WHERE id IN (SELECT rowid FROM resident_search WHERE resident_search MATCH ? LIMIT ?)")
    rows = conn.execute(sql, (fts, limit)).fetchall()
    return [dict(r) for r in rows if r["id"] != exclude_id]
