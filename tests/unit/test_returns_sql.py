"""The SQL aggregates (shelter_app/db/returns.py) against the in-memory
reference rules on random registers, odd values included. Plain SQLite in
memory with the app's schema: the same SQL, without a key per example."""

from __future__ import annotations

import random
import sqlite3
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_app.db import returns as returns_db
from shelter_app.returns import periods, populations, tables
from tests.unit.test_returns_suppression import make_register

ODD = {
    "sex": ("x", "", "Female"),
    "date_of_birth": ("", "garbage", "2031-01-01", "1990-13-45"),
    "birth_year_estimated": (0, 2040),
    "citizenship": ("kg", "K1", "", "KGZ", "stateless"),
    "primary_exploitation": ("slavery", ""),
    "exploitation_country": ("ru", "", "unknown", "XX"),
}


def schema() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    folder = resources.files("shelter_app.db") / "migrations"
    for name in ("0001_initial.sql", "0005_return_indexes.sql"):
        conn.executescript((folder / name).read_text(encoding="utf-8"))
    return conn


def store(conn, register: populations.Register) -> None:
    for r in register.residents:
        conn.execute(
            "INSERT INTO residents (id, case_number, full_name, sex, date_of_birth, birth_year_estimated, citizenship,"
            " registration_date, referral_source, primary_exploitation, exploitation_country, nrm_status,"
            " nrm_identified_date, residence_permit_date, asylum_date, consent_anonymized_reporting, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (r["id"], f"C{r['id']}", "x", r["sex"], r["date_of_birth"], r["birth_year_estimated"], r["citizenship"],
             r["registration_date"], "ngo", r["primary_exploitation"], r["exploitation_country"], r["nrm_status"],
             r["nrm_identified_date"], r["residence_permit_date"], r["asylum_date"],
             int(r["consent_anonymized_reporting"]), "", ""))
    conn.executemany("INSERT INTO stays (resident_id, intake_date, exit_date, exit_reason) VALUES (?,?,?,?)",
                     [(s["resident_id"], s["intake_date"], s["exit_date"], s["exit_reason"]) for s in register.stays])
    conn.executemany("INSERT INTO services (resident_id, date, service_type, staff, created_at) VALUES (?,?,?,?,?)",
                     [(s["resident_id"], s["date"], s["service_type"], "x", "") for s in register.services])
    conn.executemany("INSERT INTO legal_cases (id, resident_id, case_ref, cc_article, resident_role, created_at)"
                     " VALUES (?,?,?,?,?,?)",
                     [(c["id"], c["resident_id"], f"R{c['id']}", c["cc_article"], "victim", "")
                      for c in register.legal_cases])
    conn.executemany("INSERT INTO legal_events (case_id, date, stage, sentence_months, non_custodial)"
                     " VALUES (?,?,?,?,?)",
                     [(e["case_id"], e["date"], e["stage"], e["sentence_months"], int(e["non_custodial"]))
                      for e in register.legal_events])


def oddify(register: populations.Register, seed: int) -> populations.Register:
    rng = random.Random(seed)
    for r in register.residents:
        for field, values in ODD.items():
            if rng.random() < 0.08:
                r[field] = rng.choice(values)
    for s in register.services:
        if rng.random() < 0.05:
            s["service_type"] = "massage"
    for c in register.legal_cases:
        if rng.random() < 0.1:
            c["cc_article"] = "999"
    for e in register.legal_events:
        if rng.random() < 0.05:
            e["stage"] = "appeal"
    return register


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(0, 60),
       label=st.sampled_from(("2025-Q3", "2025", "2025-07", "2025-06-15/2025-08-20", "2024")))
def test_sql_aggregates_equal_the_reference_rules(seed, n, label):
    register = oddify(make_register(seed, n), seed)
    conn = schema()
    store(conn, register)
    period = periods.parse(label)
    s, e = period.start, period.end
    from_sql = populations.from_rows(returns_db.resident_groups(conn, s, e), returns_db.service_rows(conn, s, e),
                                     returns_db.legal_rows(conn, s, e), returns_db.sentence_rows(conn, s, e),
                                     returns_db.exit_rows(conn, s, e), period)
    reference = populations.from_register(register, period)
    for a, b in zip(tables.build(from_sql), tables.build(reference)):
        assert a.values == b.values, a.id


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(0, 60), picks=st.sets(st.integers(0, 17), min_size=1, max_size=18))
def test_residents_read_once_for_many_periods_equal_the_reference_rules(seed, n, picks):
    """The audit counts the calendar periods not exported yet in one pass over the
    residents: each period's tables equal the reference rules for that period alone."""
    from shelter_app.returns import disclosure

    register = oddify(make_register(seed, n), seed)
    conn = schema()
    store(conn, register)
    choices = disclosure.calendar_periods(2025) + [periods.parse("2025-06-15/2025-08-20")]
    chosen = [choices[i] for i in sorted(picks)]
    many = returns_db.resident_groups_many(conn, [(p.start, p.end) for p in chosen])
    assert len(many) == len(chosen)
    for period, group_rows in zip(chosen, many):
        s, e = period.start, period.end
        from_sql = populations.from_rows(group_rows, returns_db.service_rows(conn, s, e),
                                         returns_db.legal_rows(conn, s, e), returns_db.sentence_rows(conn, s, e),
                                         returns_db.exit_rows(conn, s, e), period)
        reference = populations.from_register(register, period)
        for a, b in zip(tables.build(from_sql), tables.build(reference)):
            assert a.values == b.values, (period.label, a.id)
