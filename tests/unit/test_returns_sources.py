"""The tables of the revised data dictionary, counted by hand from small fake
record modules (the real ones are built in other issues; the contract is in
shelter_app/returns/sources.py): consent, sex/age, one person per cell, the
dominance rule of the amounts; and the real record modules counted."""

from __future__ import annotations

import sys
import types

import pytest

from shelter_app import returns
from shelter_app.returns import sources
from tests.unit import returns_register as reg


def fake_modules(monkeypatch, facts: dict[str, list[tuple]], calls: list | None = None):
    for table_id, module_name in sources.SOURCES.items():
        module = types.ModuleType(module_name)

        def return_facts(conn, start, end, rows=facts.get(table_id, []), name=table_id):
            if calls is not None:
                calls.append((name, start, end))
            return list(rows)

        module.return_facts = return_facts
        monkeypatch.setitem(sys.modules, module_name, module)


@pytest.fixture
def filled(director):
    ids = reg.fill(director)
    return director, ids


def test_new_tables_counted_by_hand(filled, monkeypatch):
    session, ids = filled
    r1, r3, r5, r6, r7 = ids["R1"], ids["R3"], ids["R5"], ids["R6"], ids["R7"]
    calls = []
    fake_modules(monkeypatch, {
        # R1 woman, R3 man, R5 girl (16 at registration), R6 man without consent
        "nrm_steps": [(r1, "screened_indicators_met"), (r1, "screened_indicators_met"), (r1, "referred"),
                      (r3, "referred"), (r5, "identified"), (r6, "identified"), (r3, "no_such_step")],
        "follow_ups": [(r1, "reached_stable"), (r1, "reached_stable"), (r1, "reached_at_risk"),
                       (r7, "reached_stable"), (r6, "not_reached")],
        "compensation": [(r1, "claimed", 100000), (r3, "claimed", 20000), (r3, "claimed", 30000),
                         (r1, "awarded", 50000), (r6, "paid", 99999)],
        "non_punishment": [(r1, "illegal_border_crossing", "accepted"), (r3, "document_offence", "raised_pending"),
                           (r6, "drug_offence", "rejected")],
        "referrals": [(r1, "health", "completed"), (r1, "legal", "pending"), (r3, "health", "pending"),
                      (r1, "health", "completed"), (r6, "embassy", "accepted")],
    }, calls)
    ret = returns.build(session, reg.PERIOD, suppress=False)
    assert ("nrm_steps", "2025-07-01", "2025-09-30") in calls
    nonzero = lambda table_id: {c: v for c, v in ret.table(table_id).values.items() if v}  # noqa: E731
    assert nonzero("nrm_steps") == {
        ("screened_indicators_met", "women"): 1, ("screened_indicators_met", "total"): 1,
        ("referred", "women"): 1, ("referred", "men"): 1, ("referred", "total"): 2,
        ("identified", "girls"): 1, ("identified", "total"): 1}
    assert nonzero("follow_ups") == {("reached_stable", "women"): 2, ("reached_stable", "total"): 2,
                                     ("reached_at_risk", "women"): 1, ("reached_at_risk", "total"): 1}
    assert nonzero("compensation") == {("claimed", "women"): 1, ("claimed", "men"): 1, ("claimed", "total"): 2,
                                       ("awarded", "women"): 1, ("awarded", "total"): 1}
    assert nonzero("compensation_amounts") == {("claimed", "amount"): 150000, ("awarded", "amount"): 50000}
    assert ret.table("compensation_amounts").contributions == {("claimed", "amount"): [50000, 100000],
                                                              ("awarded", "amount"): [50000]}
    assert nonzero("non_punishment") == {
        ("illegal_border_crossing", "accepted"): 1, ("illegal_border_crossing", "total"): 1,
        ("document_offence", "raised_pending"): 1, ("document_offence", "total"): 1,
        ("total", "accepted"): 1, ("total", "raised_pending"): 1, ("total", "total"): 2}
    assert nonzero("referrals") == {("health", "completed"): 1, ("health", "pending"): 1, ("health", "total"): 2,
                                    ("legal", "pending"): 1, ("legal", "total"): 1}


def test_amounts_hidden_by_the_dominance_rule(filled, monkeypatch):
    session, ids = filled
    people = [ids[k] for k in ("R1", "R2", "R3", "R4", "R5", "R7", "R8")]
    # claimed: 7 persons, one holds 70 % -> hidden; awarded: 6 persons evenly -> published;
    # paid: 2 persons -> hidden (fewer than k)
    claims = [(people[0], "claimed", 70000)] + [(p, "claimed", 5000) for p in people[1:]]
    awards = [(p, "awarded", 10000) for p in people[:6]]
    payments = [(people[0], "paid", 10000), (people[1], "paid", 12000)]
    fake_modules(monkeypatch, {"compensation": claims + awards + payments})
    ret = returns.build(session, reg.PERIOD, threshold=5)
    amounts = ret.table("compensation_amounts")
    assert amounts.value("claimed", "amount") is None
    assert amounts.value("paid", "amount") is None
    assert amounts.value("awarded", "amount") == 60000
    persons = ret.table("compensation")
    assert persons.values[("claimed", "total")] == 7
    # the amounts are audited like counts: a published sum is exact, a hidden one not pinned
    from tests.unit.attacker import Attacker
    from shelter_app.returns import formats

    bounds = Attacker([formats.to_json(ret, "en")]).bounds_of_hidden("compensation_amounts")
    assert set(bounds) == {(0, "compensation_amounts", "claimed", "amount"), (0, "compensation_amounts", "paid", "amount")}
    assert all(low < high for low, high in bounds.values())


def test_new_tables_count_the_records_the_shelter_keeps(director):
    """Real records (the demo's follow-ups, claims, NRM steps, prosecutions and referrals,
    kept by their own modules) counted by a second, plain count from the record tables."""
    import datetime as _dt
    from collections import defaultdict

    from shelter_app import codes, demo

    demo.generate(director, 60, seed=5, today=_dt.date(2026, 11, 1))
    conn = director.db.conn
    period = "2000-01-01/2100-12-31"
    ret = returns.build(director, period, suppress=False)
    consenting = {rid for (rid,) in conn.execute("SELECT id FROM residents WHERE consent_anonymized_reporting = 1")}
    first, last = "2000-01-01", "2100-12-31"
    for table_id, module_name in sources.SOURCES.items():
        facts = [f for f in sys.modules[module_name].return_facts(conn, first, last) if int(f[0]) in consenting]
        table = ret.table(table_id)
        if table_id == "non_punishment":           # one row and one column a person
            assert table.values[("total", "total")] == len({f[0] for f in facts}) > 0
            continue
        persons = defaultdict(set)
        for f in facts:
            persons[f[1]].add(f[0])
        assert persons, table_id                    # the demo has records of every kind
        for row in table.spec.rows.codes:
            assert table.values[(row, "total")] == len(persons.get(row, ())), (table_id, row)
    amounts = defaultdict(int)
    for rid, stage, amount in sys.modules["shelter_app.db.compensation"].return_facts(conn, first, last):
        if rid in consenting:
            amounts[stage] += amount or 0
    assert {stage: ret.table("compensation_amounts").values[(stage, "amount")] for stage in codes.CLAIM_STAGE.codes} \
        == {stage: amounts.get(stage, 0) for stage in codes.CLAIM_STAGE.codes}


def test_periods_counted_in_one_pass_equal_each_counted_alone(director):
    """The calendar periods the audit needs are counted with the return's own in one
    pass (service.facts_many) on the real encrypted database: every table of every
    period equals that period counted alone, and the return built that way is the
    one built when each period is counted on its own."""
    import datetime as _dt

    from shelter_app import demo
    from shelter_app.db import organisation as organisation_db
    from shelter_app.db import return_ledger
    from shelter_app.returns import disclosure, periods, service, tables

    demo.generate(director, 60, seed=5, today=_dt.date(2026, 11, 1))
    chosen = disclosure.calendar_periods(2026) + [periods.parse("2026-02-10/2026-07-20")]
    together = service.facts_many(director, chosen)
    for period, facts in zip(chosen, together):
        alone = service.facts(director, period)
        for a, b in zip(tables.build(facts), tables.build(alone)):
            assert a.values == b.values, (period.label, a.id)
    assert any(t.values[("total", "total")] for t in tables.build(together[0]) if ("total", "total") in t.values)
    conn = director.db.conn
    org = organisation_db.get(conn)
    for label in ("2026-Q2", "2026"):
        built = returns.build(director, label)
        period = periods.parse(label)
        one_at_a_time = service.assemble({"code": org["code"], "name": org["name"]}, period,
                                         service.facts(director, period), threshold=built.threshold,
                                         ledger=return_ledger.releases(conn), generated_at=built.generated_at,
                                         facts_of=lambda p: service.facts(director, p))
        assert [(t.id, t.values, t.suppressed) for t in built.tables] == \
            [(t.id, t.values, t.suppressed) for t in one_at_a_time.tables]
        assert built.suppressed_count > 0 and built.report.beyond_primary > 0, label   # the audit had work to do
