from __future__ import annotations


def insert_case(conn, resident_id: int, case_ref: str, cc_article: str, resident_role: str, now: str,
                lawyer: str = "", state_legal_aid: bool | None = None) -> int:
    return conn.execute(
        "INSERT INTO legal_cases (resident_id, case_ref, cc_article, resident_role, lawyer, state_legal_aid,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (resident_id, case_ref, cc_article, resident_role, lawyer,
         None if state_legal_aid is None else int(state_legal_aid), now)).lastrowid


def insert_event(conn, case_id: int, date: str, stage: str, sentence_months: int | None = None,
                 non_custodial: bool = False, notes: str = "", next_hearing_date: str | None = None,
                 cc_article: str | None = None) -> int:
    return conn.execute(
        "INSERT INTO legal_events (case_id, date, stage, sentence_months, non_custodial, notes,"
        " next_hearing_date, cc_article) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, date, stage, sentence_months, int(non_custodial), notes, next_hearing_date,
         cc_article)).lastrowid


def cases_for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM legal_cases WHERE resident_id = ? ORDER BY id",
                                          (resident_id,))]


def events_for_case(conn, case_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM legal_events WHERE case_id = ? ORDER BY date, id",
                                          (case_id,))]
