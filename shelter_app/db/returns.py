"""SQL for the statistical return: counts aggregated in SQL, or compact tuples
of only the fields a return groups by (never a name, case number or note).

Only residents with consent to anonymized reporting are read."""

from __future__ import annotations

from shelter_app import codes

EXPORT_ACTION = "statistical_return_exported"


def _in_list(column: str, code_list: codes.CodeList, fallback: str) -> str:
    quoted = ", ".join("'" + c.replace("'", "''") + "'" for c in code_list.codes)
    return f"CASE WHEN {column} IN ({quoted}) THEN {column} ELSE '{fallback}' END"


def resident_rows(conn, start: str, end: str):
    """(sex, date_of_birth, birth_year_estimated, registration_date, citizenship,
    primary_exploitation, exploitation_country, nrm_status, nrm_identified_date,
    residence_permit_date, asylum_date, sheltered, served) for each consenting
    resident in any of the return's populations."""
    return conn.execute(
        """
        SELECT sex, date_of_birth, birth_year_estimated, registration_date, citizenship,
               primary_exploitation, exploitation_country, nrm_status, nrm_identified_date,
               residence_permit_date, asylum_date, sheltered, served
        FROM (
            SELECT r.sex, r.date_of_birth, r.birth_year_estimated, r.registration_date, r.citizenship,
                   r.primary_exploitation, r.exploitation_country, r.nrm_status, r.nrm_identified_date,
                   r.residence_permit_date, r.asylum_date,
                   EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.intake_date <= :e
                           AND (s.exit_date IS NULL OR s.exit_date >= :s)) AS sheltered,
                   EXISTS (SELECT 1 FROM services v WHERE v.resident_id = r.id
                           AND v.date BETWEEN :s AND :e) AS served
            FROM residents r
            WHERE r.consent_anonymized_reporting = 1
        )
        WHERE sheltered OR served
           OR registration_date BETWEEN :s AND :e
           OR (nrm_status = 'identified' AND substr(nrm_identified_date, 1, 10) BETWEEN :s AND :e)
           OR substr(residence_permit_date, 1, 10) BETWEEN :s AND :e
           OR substr(asylum_date, 1, 10) BETWEEN :s AND :e
        """, {"s": start, "e": end}).fetchall()


def service_rows(conn, start: str, end: str):
    """(service_type, persons served, services given) in the period."""
    code = _in_list("v.service_type", codes.SERVICE_TYPE, "other")
    return conn.execute(
        f"""
        SELECT {code} AS t, count(DISTINCT v.resident_id), count(*)
        FROM services v JOIN residents r ON r.id = v.resident_id
        WHERE v.date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY t
        """, (start, end)).fetchall()


def legal_rows(conn, start: str, end: str):
    """(stage, the case's own article, distinct cases with an event of that stage in the period)."""
    article = _in_list("c.cc_article", codes.CC_ARTICLE, "other")
    return conn.execute(
        f"""
        SELECT e.stage, {article} AS a, count(DISTINCT c.id)
        FROM legal_events e
        JOIN legal_cases c ON c.id = e.case_id
        JOIN residents r ON r.id = c.resident_id
        WHERE e.date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY e.stage, a
        """, (start, end)).fetchall()


def sentence_rows(conn, start: str, end: str):
    """(sentence_months, non_custodial, the case's article, convictions) in the period."""
    article = _in_list("c.cc_article", codes.CC_ARTICLE, "other")
    return conn.execute(
        f"""
        SELECT e.sentence_months, e.non_custodial, {article} AS a, count(*)
        FROM legal_events e
        JOIN legal_cases c ON c.id = e.case_id
        JOIN residents r ON r.id = c.resident_id
        WHERE e.stage = 'conviction' AND e.date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY e.sentence_months, e.non_custodial, a
        """, (start, end)).fetchall()


def exit_rows(conn, start: str, end: str):
    """(exit_reason, sex, date_of_birth, birth_year_estimated, registration_date, stays)
    for stays ended in the period."""
    return conn.execute(
        """
        SELECT s.exit_reason, r.sex, r.date_of_birth, r.birth_year_estimated, r.registration_date, count(*)
        FROM stays s JOIN residents r ON r.id = s.resident_id
        WHERE s.exit_date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY s.exit_reason, r.sex, r.date_of_birth, r.birth_year_estimated, r.registration_date
        """, (start, end)).fetchall()


def threshold_setting(conn) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = 'return_threshold'").fetchone()
    return row[0] if row else None


def export_history(conn, limit: int = 200):
    return conn.execute(
        "SELECT id, ts, username, record_id, details FROM audit_log WHERE action = ?"
        " ORDER BY id DESC LIMIT ?", (EXPORT_ACTION, limit)).fetchall()


def register(conn):
    """Every record the return reads, as plain dicts: for checking the SQL
    aggregates against the in-memory rules (tests, `returns.verify`)."""
    def rows(sql):
        return [dict(r) for r in conn.execute(sql)]
    return {
        "residents": rows("SELECT id, sex, date_of_birth, birth_year_estimated, registration_date, citizenship,"
                          " primary_exploitation, exploitation_country, nrm_status, nrm_identified_date,"
                          " residence_permit_date, asylum_date, consent_anonymized_reporting FROM residents"),
        "stays": rows("SELECT resident_id, intake_date, exit_date, exit_reason FROM stays"),
        "services": rows("SELECT resident_id, date, service_type FROM services"),
        "legal_cases": rows("SELECT id, resident_id, cc_article FROM legal_cases"),
        "legal_events": rows("SELECT case_id, date, stage, sentence_months, non_custodial FROM legal_events"),
    }
