"""SQL for the statistical return: counts aggregated in SQL, or compact tuples
of only the fields a return groups by (never a name, case number or note).

Only residents with consent to anonymized reporting are read. The legal and
exit aggregates start from the events and stays dated in the period (CROSS JOIN
keeps that order): a month's return reads a month of records, not every resident."""

from __future__ import annotations

import contextlib

from shelter_app import codes

EXPORT_ACTION = "statistical_return_exported"


def _in_list(column: str, code_list: codes.CodeList, fallback: str) -> str:
    quoted = ", ".join("'" + c.replace("'", "''") + "'" for c in code_list.codes)
    return f"CASE WHEN {column} IN ({quoted}) THEN {column} ELSE '{fallback}' END"


def _age(r: str = "r") -> str:
    """Age at registration, as codes.age_on: a date of birth first, else 1 July of
    the estimated birth year; NULL when unknown or negative."""
    reg = f"{r}.registration_date"
    dob = f"{r}.date_of_birth"
    years = f"CAST(substr({reg}, 1, 4) AS INTEGER)"
    raw = (f"CASE WHEN {dob} IS NOT NULL AND {dob} <> '' THEN"
           f" CASE WHEN {dob} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date({dob}) = {dob} THEN"
           f" {years} - CAST(substr({dob}, 1, 4) AS INTEGER) - (substr({reg}, 6, 5) < substr({dob}, 6, 5)) END"
           f" WHEN {r}.birth_year_estimated THEN"
           f" {years} - {r}.birth_year_estimated - (substr({reg}, 6, 5) < '07-01') END")
    return raw


def _sex_age(r: str = "r") -> str:
    return (f"CASE WHEN {r}.age IS NULL OR {r}.sex NOT IN ('female', 'male') THEN 'unknown'"
            f" WHEN {r}.sex = 'female' THEN CASE WHEN {r}.age < 18 THEN 'girls' ELSE 'women' END"
            f" ELSE CASE WHEN {r}.age < 18 THEN 'boys' ELSE 'men' END END")


def _groups(r: str = "r") -> str:
    """sex, age_band, exploitation, citizenship_group, exploitation_location of a
    resident, as the functions of shelter_app.codes work them out."""
    sexes = ", ".join(f"'{c}'" for c in codes.SEX.codes)
    sex = f"CASE WHEN {r}.sex IN ({sexes}) THEN {r}.sex ELSE 'unknown' END"
    bands = " ".join(f"WHEN {r}.age <= {upper} THEN '{band}'" for upper, band in
                     ((11, "0-11"), (14, "12-14"), (17, "15-17"), (24, "18-24"), (34, "25-34"), (44, "35-44"),
                      (59, "45-59")))
    return f"""
        {sex} AS sex,
        CASE WHEN {r}.age IS NULL THEN 'unknown' {bands} ELSE '60+' END AS age_band,
        {_in_list(f"{r}.primary_exploitation", codes.EXPLOITATION, "unknown")} AS exploitation,
        CASE WHEN {r}.citizenship = 'KG' THEN 'kyrgyz' WHEN {r}.citizenship GLOB '[A-Z][A-Z]' THEN 'foreign'
             ELSE 'stateless_unknown' END AS citizenship_group,
        CASE WHEN {r}.exploitation_country = 'KG' THEN 'domestic'
             WHEN {r}.exploitation_country GLOB '[A-Z][A-Z]' THEN 'abroad' ELSE 'unknown' END AS location"""


def _with_age(where: str = "1") -> str:
    """Residents (alias r) with their age at registration worked out once."""
    # nullif(max(x, -1), -1): x when x >= 0, else NULL, with x worked out once
    return f"SELECT r.*, nullif(max(({_age('r')}), -1), -1) AS age FROM residents r WHERE {where}"


# Population flags of a resident, as bits of one integer (see resident_groups).
SHELTERED, SERVED, REGISTERED, NRM_IDENTIFIED, RESIDENCE_PERMIT, ASYLUM = 1, 2, 4, 8, 16, 32


def resident_groups(conn, start: str, end: str):
    """Consenting residents in any of the return's populations, counted by
    (sex, age_band, exploitation, citizenship_group, location, flags), where
    flags holds SHELTERED | SERVED | REGISTERED | NRM_IDENTIFIED | RESIDENCE_PERMIT | ASYLUM."""
    return resident_groups_many(conn, [(start, end)])[0]


def _sheltered(s: str, e: str) -> str:
    return (f"EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.intake_date <= {e}"
            f" AND (s.exit_date IS NULL OR s.exit_date >= {s}))")


def _served(s: str, e: str) -> str:
    return f"EXISTS (SELECT 1 FROM services v WHERE v.resident_id = r.id AND v.date BETWEEN {s} AND {e})"


def _flags(i: int, within: bool = False) -> str:
    """The population flags of resident r in period i (parameters :s{i}, :e{i});
    `within`: only probed when r was sheltered (served) at all from :lo to :hi
    (columns in_stay, in_service), which every period lies within."""
    s, e = f":s{i}", f":e{i}"
    sheltered, served = _sheltered(s, e), _served(s, e)
    if within:
        sheltered = f"CASE WHEN in_stay THEN {sheltered} ELSE 0 END"
        served = f"CASE WHEN in_service THEN {served} ELSE 0 END"
    return f"""({sheltered}
                   | ({served} << 1)
                   | (coalesce(substr(r.registration_date, 1, 10) BETWEEN {s} AND {e}, 0) << 2)
                   | (coalesce(r.nrm_status = 'identified'
                               AND substr(r.nrm_identified_date, 1, 10) BETWEEN {s} AND {e}, 0) << 3)
                   | (coalesce(substr(r.residence_permit_date, 1, 10) BETWEEN {s} AND {e}, 0) << 4)
                   | (coalesce(substr(r.asylum_date, 1, 10) BETWEEN {s} AND {e}, 0) << 5)) AS f{i}"""


def resident_groups_many(conn, spans: list[tuple[str, str]]) -> list[list]:
    """resident_groups of each (start, end) of `spans`, in one pass over the
    residents: their groups are worked out once, the flags once per period, and
    the residents alike in their groups and every period's flags counted together
    (then added up for each period here)."""
    if not spans:
        return []
    params = {f"{x}{i}": d for i, span in enumerate(spans) for x, d in zip("se", span)}
    params.update(lo=min(s for s, _ in spans), hi=max(e for _, e in spans))
    # Many periods: a resident neither sheltered nor served at all from the first day to
    # the last is not probed again for each period (most residents, for a year's months).
    within = len(spans) > 4
    flags = ",\n                   ".join(_flags(i, within) for i in range(len(spans)))
    names = ", ".join(f"f{i}" for i in range(len(spans)))
    source = f"({_with_age('r.consent_anonymized_reporting = 1')})"
    first = ""
    if within:
        first = (f"a AS MATERIALIZED (SELECT r.id, r.sex, r.age, r.primary_exploitation, r.citizenship,"
                 f" r.exploitation_country, r.registration_date, r.nrm_status, r.nrm_identified_date,"
                 f" r.residence_permit_date, r.asylum_date, {_sheltered(':lo', ':hi')} AS in_stay,"
                 f" {_served(':lo', ':hi')} AS in_service FROM {source} r),")
        source = "a"
    out: list[dict] = [{} for _ in spans]
    # MATERIALIZED: each EXISTS probe runs once per resident and period (a flattened
    # subquery would run them again wherever they are used).
    for row in conn.execute(
            f"""
        WITH {first} r AS MATERIALIZED (
            SELECT r.sex, r.age, r.primary_exploitation, r.citizenship, r.exploitation_country,
                   {flags}
            FROM {source} r
        )
        SELECT {_groups('r')}, {names}, count(*)
        FROM r
        WHERE {" OR ".join(f"f{i} <> 0" for i in range(len(spans)))}
        GROUP BY 1, 2, 3, 4, 5, {", ".join(str(6 + i) for i in range(len(spans)))}
        """, params):
        groups, n = tuple(row[:5]), row[-1]
        for i, f in enumerate(row[5:-1]):
            if f:
                key = (*groups, f)
                out[i][key] = out[i].get(key, 0) + n
    return [[(*key, n) for key, n in counts.items()] for counts in out]


def service_rows(conn, start: str, end: str):
    """(service_type, persons served, services given) in the period."""
    code = _in_list("service_type", codes.SERVICE_TYPE, "other")
    return conn.execute(
        f"""
        SELECT {code} AS t, count(DISTINCT resident_id), count(*)
        FROM services INDEXED BY services_period
        WHERE date BETWEEN ? AND ?
          AND resident_id NOT IN (SELECT id FROM residents WHERE consent_anonymized_reporting <> 1)
        GROUP BY t
        """, (start, end)).fetchall()


def legal_rows(conn, start: str, end: str):
    """(stage, the case's own article, distinct cases with an event of that stage in the period)."""
    article = _in_list("c.cc_article", codes.CC_ARTICLE, "other")
    return conn.execute(
        f"""
        SELECT e.stage, {article} AS a, count(DISTINCT c.id)
        FROM legal_events e
        CROSS JOIN legal_cases c ON c.id = e.case_id
        CROSS JOIN residents r ON r.id = c.resident_id
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
        CROSS JOIN legal_cases c ON c.id = e.case_id
        CROSS JOIN residents r ON r.id = c.resident_id
        WHERE e.stage = 'conviction' AND e.date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY e.sentence_months, e.non_custodial, a
        """, (start, end)).fetchall()


def exit_rows(conn, start: str, end: str):
    """(exit_reason, sex_age, stays) for stays ended in the period."""
    reason = _in_list("s.exit_reason", codes.EXIT_REASON, "other")
    sex_age = _sex_age("r")
    return conn.execute(
        f"""
        SELECT {reason} AS reason, {sex_age} AS sex_age, count(*)
        FROM stays s CROSS JOIN ({_with_age()}) r ON r.id = s.resident_id
        WHERE s.exit_date BETWEEN ? AND ? AND r.consent_anonymized_reporting = 1
        GROUP BY 1, 2
        """, (start, end)).fetchall()


def consenting_sex_age(conn, resident_ids) -> dict[int, str]:
    """{resident id: sex_age group} for those of `resident_ids` who consented to
    anonymized reporting (the new tables' facts name residents by id)."""
    ids = sorted({int(i) for i in resident_ids})
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(
            f"SELECT r.id, {_sex_age('r')} FROM ({_with_age(f'r.consent_anonymized_reporting = 1 AND r.id IN ({marks})')}) r",
            chunk).fetchall())
    return out


@contextlib.contextmanager
def reader(path, key: bytes):
    """A second, read-only connection to the same database, for running one
    aggregate on the other core while the first connection runs another (WAL
    lets readers run side by side). Yields None when it cannot be opened: the
    caller then uses its own connection."""
    import sqlcipher3

    from shelter_app.db.connection import _raw_key_literal

    conn = None
    try:
        uri = "file:" + path.resolve().as_posix().replace("?", "%3f").replace("#", "%23") + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_raw_key_literal(key))
        conn.execute("PRAGMA temp_store = MEMORY")  # sorting never spills plaintext to disk
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cache_size = -32768")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:  # noqa: BLE001 - any failure: fall back to the one connection
        if conn is not None:
            conn.close()
        conn = None
    try:
        yield conn
    finally:
        if conn is not None:
            conn.close()


def audit_head(conn) -> dict:
    """The audit log's head: how many entries it holds and the hash of the last
    one (security.md). Every export carries it, so that a copy held outside the
    shelter anchors the log."""
    from shelter_app.db import anchors

    entries, digest = anchors.head(conn)
    return {"entries": int(entries), "hash": digest}


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
