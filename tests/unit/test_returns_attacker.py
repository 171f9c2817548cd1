"""No small count can be worked out: an independent attacker (tests/unit/attacker.py,
SciPy's MILP over the JSON files that left) against the exporter's audit, on
random registers and on a year exported with its quarters and months in random
order; and the release ledger in the encrypted database."""

from __future__ import annotations

import datetime as _dt
import json
import random
from collections import Counter

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from shelter_app import codes, returns
from shelter_app.db import return_ledger
from shelter_app.returns import formats, periods, populations, service, tables
from shelter_app.returns.tables import SPEC_BY_ID, TOTAL
from tests.unit import returns_register as reg
from tests.unit.attacker import Attacker
from tests.unit.test_returns_suppression import ORG, make_register, true_tables

YEAR = 2025


def year_register(seed: int, n: int) -> populations.Register:
    """Residents, stays, services and legal events spread over 2025."""
    rng = random.Random(seed)
    day = lambda k: (_dt.date(YEAR, 1, 1) + _dt.timedelta(days=k)).isoformat()  # noqa: E731
    residents, stays, services, cases, events = [], [], [], [], []
    for rid in range(1, n + 1):
        reg_day = rng.randrange(0, 365)
        residents.append({
            "id": rid, "sex": rng.choice(("female", "female", "male", "unknown")),
            "date_of_birth": _dt.date(rng.randrange(1960, 2014), rng.randrange(1, 13), 1).isoformat(),
            "birth_year_estimated": None, "registration_date": day(reg_day),
            "citizenship": rng.choice(("KG", "KG", "UZ", "stateless")),
            "primary_exploitation": rng.choice(("sexual_exploitation", "forced_labour", "forced_labour")),
            "exploitation_country": rng.choice(("KG", "RU")),
            "nrm_status": rng.choice(("identified", "none")),
            "nrm_identified_date": day(min(364, reg_day + rng.randrange(0, 60))),
            "residence_permit_date": None, "asylum_date": None,
            "consent_anonymized_reporting": rng.random() < 0.9,
        })
        if rng.random() < 0.7:
            intake = reg_day
            exit_ = intake + rng.randrange(0, 120)
            stays.append({"resident_id": rid, "intake_date": day(intake),
                          "exit_date": day(exit_) if exit_ < 365 else None,
                          "exit_reason": rng.choice(("family_reintegration", "independent_living"))
                          if exit_ < 365 else None})
        for _ in range(rng.randrange(0, 3)):
            services.append({"resident_id": rid, "date": day(min(364, reg_day + rng.randrange(0, 90))),
                             "service_type": rng.choice(("psychological", "medical"))})
        if rng.random() < 0.3:
            case_id = len(cases) + 1
            cases.append({"id": case_id, "resident_id": rid, "cc_article": rng.choice(("166", "170"))})
            events.append({"case_id": case_id, "date": day(min(364, reg_day + rng.randrange(0, 90))),
                           "stage": rng.choice(("complaint_filed", "conviction")), "sentence_months": 48,
                           "non_custodial": False})
    return populations.Register(residents, stays, services, cases, events)


def all_periods():
    return ([periods.year(YEAR)] + [periods.quarter(YEAR, q) for q in range(1, 5)]
            + [periods.month(YEAR, m) for m in range(1, 13)])


def release(ret) -> dict:
    """The ledger entry an export of `ret` makes (as service.export records it)."""
    return {"label": ret.period.label, "start": ret.period.start, "end": ret.period.end, "threshold": ret.threshold,
            "suppression": ret.suppression, "zeros_published": not ret.zeros_hidden,
            "cells": service.ledger_cells(ret)}


def assert_nothing_worked_out(sent: list, truths: list, k: int):
    """Every hidden cell of every return sent has at least two possible values, and a
    small one can be large, for an attacker who holds every return sent."""
    attacker = Attacker([formats.to_json(ret, "en") for ret in sent])
    broken = []
    truth = {(n, t, r, c): values[(r, c)] for n, tables_ in enumerate(truths) for t, values in tables_.items()
             for r, c in values}
    for (n, table_id, r, c), (low, high) in attacker.bounds_of_hidden(truth=truth).items():
        where = (sent[n].period.label, table_id, r, c, low, high)
        true = truths[n][table_id][(r, c)]
        assert low <= true <= high, ("the attacker's bounds exclude the truth", where)
        if low == high or (1 <= true < k and SPEC_BY_ID[table_id].unit != "KGS" and high < k):
            broken.append(where)
    assert not broken, broken


# --- one return ---------------------------------------------------------------------------------

def test_the_issues_example_cannot_be_worked_out():
    """2026-Q1: grand total 9, forced labour 5 women, three hidden cells of women that
    were each exactly 1 (issue 13)."""
    def person(exploitation):
        return populations.Person("female", "women", "25-34", exploitation, "kyrgyz", "abroad", sheltered=False,
                                  assisted=True, registered=False, nrm_identified=False, residence_permit=False,
                                  asylum=False)
    people = [person("forced_labour") for _ in range(5)]
    people += [person(e) for e in ("sexual_exploitation", "domestic_servitude", "forced_begging")]
    people += [populations.Person("male", "men", "25-34", "forced_labour", "kyrgyz", "abroad", False, True, False,
                                  False, False, False)]
    facts = populations.Facts(persons=people)
    period = periods.parse("2026-Q1")
    ret = service.assemble(ORG, period, facts, threshold=5)
    t = ret.table("assisted_by_exploitation")
    assert t.value("sexual_exploitation", "women") is None
    assert_nothing_worked_out([ret], [{x.id: x.values for x in tables.build(facts)}], 5)
    # the preview says how many the audit hid beyond the small ones, and why
    lines = service.suppression_summary(ret, "en")
    assert any("more are hidden so that those cannot be worked out" in line for line in lines)
    assert ret.report.beyond_primary == ret.suppressed_count - len(ret.report.primary) > 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2 ** 32), n=st.integers(0, 45), k=st.integers(3, 10))
@example(seed=1230, n=21, k=3)
def test_random_registers_one_return(seed, n, k):
    register = make_register(seed, n)
    period = periods.parse("2025-Q3")
    facts = populations.from_register(register, period)
    ret = service.assemble(ORG, period, facts, threshold=k)
    truth = true_tables(register)
    for t in ret.tables:                   # every published value is exact
        for r, c in t.cells():
            if not t.is_suppressed(r, c):
                assert t.values[(r, c)] == truth[t.id][(r, c)]
                assert not 1 <= t.values[(r, c)] < k
    assert_nothing_worked_out([ret], [truth], k)
    again = service.assemble(ORG, period, facts, threshold=k)    # the same choice every time
    assert [t.suppressed for t in again.tables] == [t.suppressed for t in ret.tables]


# --- a year, its quarters and months, in random order --------------------------------------------

# The same examples every run (derandomize): each takes seconds, and a failure must come back.
@settings(max_examples=1, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.generate])
@given(seed=st.integers(0, 2 ** 32), n=st.integers(5, 12), order=st.permutations(range(17)),
       k=st.sampled_from((3, 5)))
def test_a_year_with_its_quarters_and_months_in_random_order(seed, n, order, k):
    """Whatever the order, after all 17 exports no hidden cell of any of them can be
    worked out by an attacker holding all 17 (the third quarter's 3 services, then
    July's 1 hidden, must not leave August's hidden count provably at most 2)."""
    export_all_and_attack(seed, n, order, k)


def test_a_year_then_its_quarters_then_its_months():
    """The coarsest first: every finer export comes after the periods that contain it."""
    export_all_and_attack(0, 5, list(range(17)), 3)


def test_the_months_first_then_the_quarters_then_the_year():
    export_all_and_attack(4, 9, list(range(16, -1, -1)), 5)


def export_all_and_attack(seed, n, order, k):
    register = year_register(seed, n)
    every = all_periods()
    ledger, sent, truths = [], [], []
    for i in order:
        period = every[i]
        facts = populations.from_register(register, period)
        ret = service.assemble(ORG, period, facts, threshold=k, ledger=ledger,
                               facts_of=lambda p: populations.from_register(register, p))
        assert not ret.report.unprotected, ret.report.unprotected_cells
        ledger.append(release(ret))
        sent.append(ret)
        truths.append({t.id: t.values for t in tables.build(facts)})
    assert_nothing_worked_out(sent, truths, k)


def test_a_cell_the_earlier_returns_already_pin_is_published():
    """The year and three quarters are out: the fourth quarter's additive cells are the
    year minus the three, whatever the fourth quarter hides. Such a cell is published
    (unless small), and it is the earlier returns alone that pin it, not the fourth
    quarter's own cells: the attacker, holding the four earlier returns and a fourth
    quarter with every non-zero cell hidden, pins exactly those."""
    # Forced labour registered: 10 women and 5 of unknown sex in each of the first three
    # quarters; 6 women, 12 unknown and 2 men in the fourth. The year hides its 2 men and,
    # by the line rule, its unknown (27 < 36 women); the fourth quarter's line rule would
    # take its women (6) -- but those are the year's 36 minus 30, known already.
    counts = {1: {"female": 10, "unknown": 5}, 2: {"female": 10, "unknown": 5}, 3: {"female": 10, "unknown": 5},
              4: {"female": 6, "unknown": 12, "male": 2}}
    residents = []
    for q, by_sex in counts.items():
        day = _dt.date(YEAR, 3 * q - 2, 1)
        for sex, n in by_sex.items():
            for _ in range(n):
                residents.append({"id": len(residents) + 1, "sex": sex, "date_of_birth": "1990-01-01",
                                  "birth_year_estimated": None, "registration_date": day.isoformat(),
                                  "citizenship": "KG", "primary_exploitation": "forced_labour",
                                  "exploitation_country": "KG", "nrm_status": "none", "nrm_identified_date": None,
                                  "residence_permit_date": None, "asylum_date": None,
                                  "consent_anonymized_reporting": True})
                day += _dt.timedelta(days=1)
    register = populations.Register(residents, [], [], [], [])
    facts_of = lambda p: populations.from_register(register, p)  # noqa: E731
    ledger, sent = [], []
    for period in [periods.year(YEAR)] + [periods.quarter(YEAR, q) for q in range(1, 5)]:
        ret = service.assemble(ORG, period, facts_of(period), threshold=5, ledger=ledger, facts_of=facts_of)
        ledger.append(release(ret))
        sent.append(ret)
    q4 = sent[-1]
    blind = service.assemble(ORG, q4.period, facts_of(q4.period), suppress=False)
    blind.suppression = True
    for t in blind.tables:
        t.suppressed = {cell for cell, v in t.values.items() if v}
    bounds = Attacker([formats.to_json(r, "en") for r in sent[:-1] + [blind]]).bounds_of_hidden()
    pinned = {(t, r, c) for (n, t, r, c), (low, high) in bounds.items() if n == 4 and low == high}
    assert ("registered_by_exploitation", "forced_labour", "women") in pinned
    for t, r, c in pinned:     # never a small one (the earlier audits kept the rest at k or more)
        assert not q4.table(t).is_suppressed(r, c) and not 1 <= q4.table(t).values[(r, c)] < 5, (t, r, c)
    assert_nothing_worked_out(sent, [{t.id: t.values for t in r.tables} for r in sent], 5)


def test_a_quarter_is_not_the_year_minus_the_other_three():
    """The services of a quarter were recovered as the year minus the other three (issue 13)."""
    register = year_register(7, 30)
    ledger, sent, truths = [], [], []
    for period in [periods.year(YEAR)] + [periods.quarter(YEAR, q) for q in range(1, 5)]:
        facts = populations.from_register(register, period)
        ret = service.assemble(ORG, period, facts, threshold=5, ledger=ledger,
                               facts_of=lambda p: populations.from_register(register, p))
        ledger.append(release(ret))
        sent.append(ret)
        truths.append({t.id: t.values for t in tables.build(facts)})
    assert_nothing_worked_out(sent, truths, 5)
    events = Counter()
    for ret in sent[1:]:
        for r in ret.table("services").rows:
            events[r] += ret.table("services").value(r, "events") is None
    year = sent[0].table("services")
    for r in year.rows:
        if year.value(r, "events") is not None:
            assert events[r] != 1, r     # never exactly one quarter hidden under a published year


# --- the ledger in the encrypted database ------------------------------------------------------

def test_ledger_reproduces_the_same_publication_and_lists_unsuppressed_exports(director, tmp_path):
    reg.fill(director)
    first = returns.build(director, "2025-Q3", threshold=3)
    service.export(director, first, "json", tmp_path / "a.json")
    service.export(director, returns.build(director, "2025-07", threshold=3), "csv", tmp_path / "m.csv")
    again = returns.build(director, "2025-Q3", threshold=3)
    assert [t.suppressed for t in again.tables] == [t.suppressed for t in first.tables]
    service.export(director, again, "adx", tmp_path / "a.xml")
    raw = returns.build(director, "2025", suppress=False)
    service.export(director, raw, "json", tmp_path / "raw.json")
    ledger = return_ledger.releases(director.db.conn)
    assert [(r["label"], r["format"], r["suppression"]) for r in ledger] == [
        ("2025-Q3", "json", True), ("2025-07", "csv", True), ("2025-Q3", "adx", True), ("2025", "json", False)]
    assert ledger[-1]["cells"] == {}                               # listed, but no published cells
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    published = {(t["id"], c["row"], c["column"]): c["value"] for t in data["tables"] for c in t["cells"]
                 if not c.get("suppressed")}
    kept = {(t, *k.split("\t")): v for t, cells in ledger[0]["cells"].items() if not t.startswith("_")
            for k, v in cells["published"].items()}
    assert kept == published
    # what the ledger holds lives in the encrypted file only
    assert b"return_releases" not in director.db.path.read_bytes()


def test_an_unsuppressed_export_adds_nothing_to_the_attackers_knowledge(director, tmp_path):
    reg.fill(director)
    service.export(director, returns.build(director, "2025-07", suppress=False), "json", tmp_path / "raw.json")
    with_raw = returns.build(director, "2025-Q3", threshold=3)
    director.db.conn.execute("DELETE FROM return_releases")
    without = returns.build(director, "2025-Q3", threshold=3)
    assert [t.suppressed for t in with_raw.tables] == [t.suppressed for t in without.tables]


def test_every_adx_attribute_and_value_is_in_the_dhis2_package(director, tmp_path):
    import xml.etree.ElementTree as ET

    from shelter_app.cli import main

    reg.fill(director)
    director.close()
    package_path = tmp_path / "dhis2.json"
    assert main(["return-structure", "--format", "dhis2", "--out", str(package_path)]) == 0
    package = json.loads(package_path.read_text("utf-8"))
    assert set(package) >= {"categoryOptions", "categories", "categoryCombos", "dataElements", "dataSets"}
    options = {o["id"]: o["code"] for o in package["categoryOptions"]}
    categories = {c["code"]: {options[o["id"]] for o in c["categoryOptions"]} for c in package["categories"]}
    category_ids = {c["id"]: c["code"] for c in package["categories"]}
    combos = {c["id"]: [category_ids[x["id"]] for x in c["categories"]] for c in package["categoryCombos"]}
    elements = {e["code"]: combos[e["categoryCombo"]["id"]] for e in package["dataElements"]}
    data_set = package["dataSets"][0]
    assert {d["dataElement"]["id"] for d in data_set["dataSetElements"]} == {e["id"] for e in package["dataElements"]}
    for kind in ("categoryOptions", "categories", "categoryCombos", "dataElements", "dataSets"):
        ids = [o["id"] for o in package[kind]]
        assert len(ids) == len(set(ids)) and all(len(i) == 11 and i[0].isalpha() and i.isalnum() for i in ids)
        names = [o["name"] for o in package[kind]]
        assert len(names) == len(set(names)), kind
    # a return with a value in every cell, so that every code appears in the ADX
    facts = populations.Facts()
    for spec in tables.SPECS:
        counter = Counter({(r, c): 5 for r in spec.rows.codes for c in spec.columns.codes})
        if spec.id == "compensation_amounts":
            facts.compensation_amounts = {r: [100] * 5 for r in spec.rows.codes}
        elif spec.id == "services":
            facts.services = {r: (5, 9) for r in spec.rows.codes}
        elif spec.id in ("legal_events", "sentences", "exits") or spec.id in tables.NEW_TABLES:
            getattr(facts, {"legal_events": "legal_cases"}.get(spec.id, spec.id)).update(counter)
    ret = service.assemble(ORG, periods.parse("2026-Q1"), facts, suppress=False)
    root = ET.fromstring(formats.to_adx(ret))
    group = root.find("{urn:ihe:qrph:adx:2015}group")
    assert group.get("dataSet") == data_set["code"]
    seen_elements = set()
    for dv in group:
        element = dv.get("dataElement")
        seen_elements.add(element)
        assert element in elements, element
        attributes = {a: v for a, v in dv.attrib.items() if a not in ("dataElement", "value")}
        assert sorted(attributes) == sorted(elements[element]), element
        for name, value in attributes.items():
            assert value in categories[name], (element, name, value)
    assert "COMPENSATION_AMOUNT_KGS" in seen_elements and "REFERRALS" in seen_elements


def test_codes_used_by_the_new_tables_are_the_code_lists():
    for table_id, code_list in (("nrm_steps", codes.NRM_STEP), ("follow_ups", codes.FOLLOW_UP_RESULT),
                                ("compensation", codes.CLAIM_STAGE), ("non_punishment", codes.OFFENCE_TYPE),
                                ("referrals", codes.ORGANISATION_TYPE)):
        assert SPEC_BY_ID[table_id].rows.codes == code_list.codes
    assert SPEC_BY_ID["non_punishment"].column_codes[-1] == TOTAL
    assert SPEC_BY_ID["referrals"].rows.codes[-1] != TOTAL     # row totals only


def test_every_export_carries_the_signed_audit_head(director, tmp_path):
    from shelter_app import anchors

    reg.fill(director)
    ret = returns.build(director, "2025-Q3", threshold=3)
    service.export(director, ret, "json", tmp_path / "r.json")
    service.export(director, ret, "csv", tmp_path / "r.csv")
    service.export(director, ret, "adx", tmp_path / "r.xml")
    service.export(director, ret, "pdf", tmp_path / "r.pdf")
    for name in ("r.json", "r.meta.json"):
        heads = anchors.anchors_in_file(tmp_path / name)
        assert len(heads) == 1 and anchors.valid_signature(heads[0]) and heads[0]["by"] == "dina"
        assert anchors.check(director, heads) == []           # the log still extends it
    head = json.loads((tmp_path / "r.meta.json").read_text("utf-8"))["audit_head"]
    import re

    adx = (tmp_path / "r.xml").read_text("utf-8")
    in_adx = json.loads(re.search(r"signed audit_head (\{.*?\}) -->", adx).group(1))
    assert anchors.valid_signature(in_adx) and in_adx["entries"] > head["entries"]
    assert anchors.check(director, [in_adx]) == []
    import io

    import pypdf

    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes())).pages)
    assert "Audit log head:" in text and "entries" in text
    # a log cut after the export contradicts the copy held outside
    director.db.conn.execute("DELETE FROM audit_log WHERE id >= ?", (head["entries"],))
    assert anchors.check(director, anchors.anchors_in_file(tmp_path / "r.meta.json"))
