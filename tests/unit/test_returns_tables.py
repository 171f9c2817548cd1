"""Every table of the return against counts worked out by hand on a small
register (tests/unit/returns_register.py), on a real encrypted database."""

from __future__ import annotations

import pytest

from shelter_app import returns
from shelter_app.db import returns as returns_db
from shelter_app.errors import PermissionDenied, ShelterError
from shelter_app.returns import populations, service, tables
from tests.unit import returns_register as reg

SA = ("girls", "boys", "women", "men", "unknown")


def grid(table) -> dict:
    """Non-zero cells only, as {(row, column): value}."""
    return {cell: v for cell, v in table.values.items() if v}


# Worked out by hand from returns_register.py for 2025-Q3 (2025-07-01 .. 2025-09-30).
# assisted: R1 (registered+sheltered), R2 (stay ended 07-02), R3 (services), R4 (registered),
# R7 (stay overlaps), R8 (registered); not R5 (all before the period), never R6 (no consent).
EXPECTED = {
    "assisted_by_exploitation": {
        ("sexual_exploitation", "women"): 2, ("sexual_exploitation", "total"): 2,
        ("forced_labour", "girls"): 1, ("forced_labour", "men"): 1, ("forced_labour", "total"): 2,
        ("forced_marriage", "unknown"): 1, ("forced_marriage", "total"): 1,
        ("unknown", "unknown"): 1, ("unknown", "total"): 1,
        ("total", "girls"): 1, ("total", "women"): 2, ("total", "men"): 1, ("total", "unknown"): 2,
        ("total", "total"): 6,
    },
    "sheltered_by_exploitation": {
        ("sexual_exploitation", "women"): 2, ("sexual_exploitation", "total"): 2,
        ("forced_labour", "girls"): 1, ("forced_labour", "total"): 1,
        ("total", "girls"): 1, ("total", "women"): 2, ("total", "total"): 3,
    },
    "registered_by_exploitation": {
        ("sexual_exploitation", "women"): 1, ("sexual_exploitation", "total"): 1,
        ("forced_marriage", "unknown"): 1, ("forced_marriage", "total"): 1,
        ("unknown", "unknown"): 1, ("unknown", "total"): 1,
        ("total", "women"): 1, ("total", "unknown"): 2, ("total", "total"): 3,
    },
    "nrm_identified_by_exploitation": {
        # R5: estimated birth year 2008 counts from 1 July 2008: 16 at registration on 30 June 2025
        ("forced_labour", "men"): 1, ("forced_labour", "total"): 1,
        ("domestic_servitude", "girls"): 1, ("domestic_servitude", "total"): 1,
        ("total", "girls"): 1, ("total", "men"): 1, ("total", "total"): 2,
    },
    "assisted_by_citizenship": {
        ("kyrgyz", "girls"): 1, ("kyrgyz", "women"): 2, ("kyrgyz", "unknown"): 1, ("kyrgyz", "total"): 4,
        ("foreign", "men"): 1, ("foreign", "total"): 1,
        ("stateless_unknown", "unknown"): 1, ("stateless_unknown", "total"): 1,
        ("total", "girls"): 1, ("total", "women"): 2, ("total", "men"): 1, ("total", "unknown"): 2,
        ("total", "total"): 6,
    },
    "assisted_by_location": {
        ("domestic", "girls"): 1, ("domestic", "men"): 1, ("domestic", "unknown"): 1, ("domestic", "total"): 3,
        ("abroad", "women"): 2, ("abroad", "total"): 2,
        ("unknown", "unknown"): 1, ("unknown", "total"): 1,
        ("total", "girls"): 1, ("total", "women"): 2, ("total", "men"): 1, ("total", "unknown"): 2,
        ("total", "total"): 6,
    },
    "assisted_by_age_band": {
        ("15-17", "female"): 1, ("15-17", "total"): 1,
        ("25-34", "female"): 2, ("25-34", "other"): 1, ("25-34", "total"): 3,
        ("35-44", "male"): 1, ("35-44", "total"): 1,
        ("unknown", "unknown"): 1, ("unknown", "total"): 1,
        ("total", "female"): 3, ("total", "male"): 1, ("total", "other"): 1, ("total", "unknown"): 1,
        ("total", "total"): 6,
    },
    "residence_and_asylum": {
        ("residence_permit", "men"): 1, ("residence_permit", "total"): 1,
        ("asylum", "unknown"): 1, ("asylum", "total"): 1,
    },
    "services": {
        ("psychological", "persons"): 2, ("psychological", "events"): 3,
        ("medical", "persons"): 1, ("medical", "events"): 1,
    },
    "legal_events": {
        ("complaint_filed", "166"): 1, ("complaint_filed", "170"): 1, ("complaint_filed", "total"): 2,
        ("investigation_opened", "166"): 2, ("investigation_opened", "total"): 2,
        ("sent_to_court", "170"): 1, ("sent_to_court", "total"): 1,
        ("conviction", "166"): 1, ("conviction", "170"): 1, ("conviction", "159"): 1, ("conviction", "total"): 3,
    },
    "sentences": {
        ("3_to_5y", "166"): 1, ("3_to_5y", "total"): 1,
        ("non_custodial", "170"): 1, ("non_custodial", "total"): 1,
        ("over_11y", "159"): 1, ("over_11y", "total"): 1,
        ("total", "166"): 1, ("total", "170"): 1, ("total", "159"): 1, ("total", "total"): 3,
    },
    "exits": {
        ("family_reintegration", "girls"): 1, ("family_reintegration", "total"): 1,
        ("total", "girls"): 1, ("total", "total"): 1,
    },
    # The register holds no screenings, follow-ups, claims, suspicions or referrals:
    # those tables are all zeros (their own hand counts: test_returns_sources.py).
    # nrm_steps "identified" is the population of nrm_identified (R3 a man, R5 a girl).
    "nrm_steps": {("identified", "girls"): 1, ("identified", "men"): 1, ("identified", "total"): 2},
    "follow_ups": {}, "compensation": {}, "compensation_amounts": {},
    "non_punishment": {}, "referrals": {},
}


@pytest.fixture
def filled(director):
    reg.fill(director)
    return director


def test_every_table_matches_the_hand_count(filled):
    ret = returns.build(filled, reg.PERIOD, suppress=False)
    assert [t.id for t in ret.tables] == [s.id for s in tables.SPECS] == list(EXPECTED)
    for table in ret.tables:
        assert grid(table) == EXPECTED[table.id], table.id
        assert not table.suppressed


def test_rows_and_columns_in_code_list_order_with_totals(filled):
    ret = returns.build(filled, reg.PERIOD, suppress=False)
    t = ret.table("assisted_by_exploitation")
    assert t.rows[0] == "sexual_exploitation" and t.rows[-2:] == ("unknown", "total") and len(t.rows) == 12
    assert t.columns == SA + ("total",)
    assert ret.table("assisted_by_age_band").columns == ("female", "male", "other", "unknown", "total")
    assert ret.table("residence_and_asylum").rows == ("residence_permit", "asylum")     # row totals only
    assert ret.table("legal_events").rows[-1] == "reconciliation"
    assert ret.table("legal_events").columns[-1] == "total"
    assert ret.table("services").columns == ("persons", "events")                     # no totals
    assert ret.table("sentences").rows[-1] == "total" and ret.table("exits").rows[-1] == "total"


def test_sql_aggregates_agree_with_the_in_memory_rules(filled):
    """The SQL path and the reference rules in populations.from_register give the same tables."""
    for label in (reg.PERIOD, "2025", "2025-07", "2025-06-30/2025-07-01", "2023"):
        period = returns.parse_period(label)
        from_sql = tables.build(service.facts(filled, period))
        from_memory = tables.build(populations.from_register(
            populations.Register(**returns_db.register(filled.db.conn)), period))
        assert [t.values for t in from_sql] == [t.values for t in from_memory], label


def test_residents_without_consent_are_never_counted(filled, director):
    with_r6 = returns.build(filled, reg.PERIOD, suppress=False)
    # R6 alone would add a man in forced labour, a medical service and a 166 case: none is there.
    assert with_r6.table("services").values[("medical", "persons")] == 1
    assert with_r6.table("legal_events").values[("complaint_filed", "166")] == 1
    # Giving consent brings R6 in; withdrawing it from everyone empties the return.
    filled.db.conn.execute("UPDATE residents SET consent_anonymized_reporting = 1 WHERE case_number = '2025-0006'")
    after = returns.build(filled, reg.PERIOD, suppress=False)
    assert after.table("assisted_by_exploitation").values[("forced_labour", "men")] == 2
    assert after.table("services").values[("medical", "persons")] == 2
    filled.db.conn.execute("UPDATE residents SET consent_anonymized_reporting = 0")
    empty = returns.build(filled, reg.PERIOD, suppress=False)
    assert all(v == 0 for t in empty.tables for v in t.values.values())


def test_unknown_codes_in_the_database_fall_into_their_catch_all(filled):
    conn = filled.db.conn
    conn.execute("UPDATE residents SET primary_exploitation = '=HYPERLINK(\"x\")' WHERE case_number = '2025-0001'")
    conn.execute("UPDATE services SET service_type = 'massage' WHERE service_type = 'medical'")
    ret = returns.build(filled, reg.PERIOD, suppress=False)
    t = ret.table("assisted_by_exploitation")
    assert t.values[("unknown", "women")] == 1 and t.values[("total", "total")] == 6
    assert ret.table("services").values[("other", "persons")] == 1


def test_threshold_and_permission(filled, login):
    for bad in (2, 11, "five", "", 3.5):
        with pytest.raises(ShelterError):
            returns.build(filled, reg.PERIOD, threshold=bad)
    assert returns.build(filled, reg.PERIOD).threshold == 5
    assert returns.build(filled, reg.PERIOD, threshold="3").threshold == 3
    for who in ("sam", "lena"):
        session = login(who)
        with pytest.raises(PermissionDenied):
            returns.build(session, reg.PERIOD)
        with pytest.raises(PermissionDenied):
            returns.history(session)


def test_periods():
    p = returns.parse_period("2026-Q3")
    assert (p.label, p.start, p.end, p.adx) == ("2026-Q3", "2026-07-01", "2026-09-30", "2026-07-01/P3M")
    assert returns.parse_period("2024").adx == "2024-01-01/P1Y"
    assert returns.parse_period("2024-02").end == "2024-02-29"
    assert returns.parse_period("2024-02").adx == "2024-02-01/P1M"
    assert returns.parse_period("2024-01-01/2024-06-30").adx == "2024-01-01/P6M"
    assert returns.parse_period("2024-03-05..2024-03-18").adx == "2024-03-05/P14D"
    for bad in ("2024-Q5", "2024-13", "24", "2024-02-30/2024-03-01", "2024-03-02/2024-03-01", "", "last year"):
        with pytest.raises(ShelterError):
            returns.parse_period(bad)


def test_the_same_return_when_the_second_reader_cannot_open(filled, monkeypatch):
    import contextlib

    both = returns.build(filled, reg.PERIOD, suppress=False)

    @contextlib.contextmanager
    def unavailable(path, key):
        yield None

    monkeypatch.setattr(returns_db, "reader", unavailable)
    alone = returns.build(filled, reg.PERIOD, suppress=False)
    assert [t.values for t in alone.tables] == [t.values for t in both.tables]
    assert both.table("services").values[("psychological", "events")] == 3


def test_a_wrong_key_gives_no_second_reader(filled):
    with returns_db.reader(filled.db.path, b"\x01" * 32) as other:
        assert other is None
    with returns_db.reader(filled.db.path, filled.database_key) as other:
        assert other.execute("SELECT count(*) FROM residents").fetchone()[0] == 8
        assert other.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory: nothing plaintext on disk
