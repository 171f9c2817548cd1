"""SQL for importing registers: whole-table lookups done once, then batch
inserts, so that an import of 100k rows never asks the database once a row."""

from __future__ import annotations

import contextlib
from collections import Counter

from shelter_app import text
from shelter_app.db import residents as residents_db

CHUNK = 500


def _chunks(values: list, size: int = CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


# --- residents -----------------------------------------------------------------------

def residents_by_external_id(conn) -> dict[str, dict]:
    """external_id -> the resident's id, case number, registration date and consent to processing."""
    rows = conn.execute("SELECT id, external_id, case_number, registration_date, consent_data_processing"
                        " FROM residents WHERE external_id IS NOT NULL")
    return {r[1]: {"id": r[0], "case_number": r[2], "registration_date": r[3], "consent_data_processing": r[4]}
            for r in rows}


def residents_records(conn, resident_ids: list[int]) -> dict[int, dict]:
    """The full stored records of these residents, to compare with the file."""
    out: dict[int, dict] = {}
    for chunk in _chunks(sorted(set(resident_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT * FROM residents WHERE id IN ({marks})", chunk):
            out[row["id"]] = residents_db.from_row(row)
    return out


def duplicate_probes(conn):
    """(case number, folded name, date of birth, estimated birth year) of every resident."""
    return conn.execute("SELECT case_number, name_key, date_of_birth, birth_year_estimated FROM residents"
                        " WHERE name_key != ''").fetchall()


def last_case_numbers(conn) -> dict[int, int]:
    """year -> the highest case number used in that year (case numbers are YYYY-NNNN)."""
    # Merged-away case numbers still find their record: never given again.
    rows = conn.execute("SELECT substr(case_number, 1, 4), max(CAST(substr(case_number, 6) AS INTEGER))"
                        " FROM (SELECT case_number FROM residents UNION ALL SELECT case_number FROM resident_aliases)"
                        " WHERE case_number GLOB '[0-9][0-9][0-9][0-9]-*'"
                        " GROUP BY substr(case_number, 1, 4)")
    return {int(r[0]): int(r[1] or 0) for r in rows}


@contextlib.contextmanager
def folded_names(conn, name_key):
    """Let the residents' triggers fold names with `name_key` (the importer's
    memoized text.name_key, which has already folded every name of the file
    for the duplicate check) instead of folding each one again."""
    conn.create_function("name_key", 1, lambda s: name_key(s or ""), deterministic=True)
    try:
        yield
    finally:
        conn.create_function("name_key", 1, lambda s: text.name_key(s or ""), deterministic=True)


def insert_resident(conn, record: dict, now: str) -> int:
    return residents_db.insert(conn, record, now)


def insert_stays(conn, stays: list[tuple]) -> None:
    """(resident_id, intake_date, exit_date, exit_reason, room[, place_id]) each."""
    conn.executemany("INSERT INTO stays (resident_id, intake_date, exit_date, exit_reason, room, place_id)"
                     " VALUES (?, ?, ?, ?, ?, ?)", [tuple(s) + (None,) * (6 - len(s)) for s in stays])


def account_names(conn) -> set[str]:
    """Usernames of the active accounts (key workers)."""
    return {r[0] for r in conn.execute("SELECT username FROM accounts WHERE active = 1")}


def places_by_name(conn) -> dict[str, int]:
    """A place's name, folded, -> its id."""
    return {r[1].casefold(): r[0] for r in conn.execute("SELECT id, name FROM places WHERE active = 1")}


def contact_keys(conn, resident_ids: list[int]) -> Counter:
    """(resident_id, name, phone) of the stored contacts, counted."""
    found: Counter = Counter()
    for chunk in _chunks(sorted(set(resident_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT resident_id, name, phone FROM contacts WHERE resident_id IN ({marks})", chunk):
            found[(row[0], row[1], row[2])] += 1
    return found


def document_keys(conn, resident_ids: list[int]) -> Counter:
    """(resident_id, document_type, number) of the stored identity documents, counted."""
    found: Counter = Counter()
    for chunk in _chunks(sorted(set(resident_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT resident_id, document_type, number FROM identity_documents"
                                f" WHERE resident_id IN ({marks})", chunk):
            found[(row[0], row[1], row[2])] += 1
    return found


# --- services ------------------------------------------------------------------------

def service_keys(conn, resident_ids: list[int]) -> Counter:
    """How many services each (resident, date, type, provider) already has."""
    found: Counter = Counter()
    for chunk in _chunks(sorted(set(resident_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT resident_id, date, service_type, provider FROM services"
                                f" WHERE resident_id IN ({marks})", chunk):
            found[(row[0], row[1], row[2], row[3])] += 1
    return found


SERVICE_INSERT = ("INSERT INTO services (resident_id, date, service_type, provider, staff, duration_minutes,"
                  " notes, referral_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert_services(conn, services: list[tuple]) -> None:
    """(resident_id, date, service_type, provider, staff, duration_minutes, notes, referral_status,
    created_at) each."""
    conn.executemany(SERVICE_INSERT, services)


# --- legal ---------------------------------------------------------------------------

def legal_cases(conn, resident_ids: list[int]) -> dict[tuple[int, str], dict]:
    """(resident_id, case_ref) -> the stored case."""
    out = {}
    for chunk in _chunks(sorted(set(resident_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT id, resident_id, case_ref, cc_article, resident_role FROM legal_cases"
                                f" WHERE resident_id IN ({marks})", chunk):
            out[(row["resident_id"], row["case_ref"])] = dict(row)
    return out


def legal_events(conn, case_ids: list[int]) -> dict[int, list[dict]]:
    """case id -> its events (date, stage, article after a requalification), in date order."""
    found: dict[int, list[dict]] = {}
    for chunk in _chunks(sorted(set(case_ids))):
        marks = ",".join("?" for _ in chunk)
        for row in conn.execute(f"SELECT case_id, date, stage, cc_article FROM legal_events"
                                f" WHERE case_id IN ({marks}) ORDER BY date, id", chunk):
            found.setdefault(row[0], []).append({"date": row[1], "stage": row[2], "cc_article": row[3]})
    return found


def insert_legal_case(conn, resident_id: int, case_ref: str, cc_article: str, resident_role: str, lawyer: str,
                      state_legal_aid: bool | None, now: str) -> int:
    return conn.execute(
        "INSERT INTO legal_cases (resident_id, case_ref, cc_article, resident_role, lawyer, state_legal_aid,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (resident_id, case_ref, cc_article, resident_role, lawyer,
         None if state_legal_aid is None else int(state_legal_aid), now)).lastrowid


def insert_legal_events(conn, events: list[tuple]) -> None:
    """(case_id, date, stage, sentence_months, non_custodial, cc_article, notes, next_hearing_date) each."""
    conn.executemany("INSERT INTO legal_events (case_id, date, stage, sentence_months, non_custodial, cc_article,"
                     " notes, next_hearing_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)
