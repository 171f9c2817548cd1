"""Suppression: a worked example by hand, and properties on random registers
(in memory, fast: the table engine and suppression need no database)."""

from __future__ import annotations

import datetime as _dt
import random
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_app import codes
from shelter_app.returns import periods, populations, service, suppression, tables
from shelter_app.returns.tables import SHARED_TOTALS, SPEC_BY_ID, TOTAL

ORG = {"code": "KG-NGO-0001", "name": "Synthetic Shelter"}


def person(exploitation="sexual_exploitation", sex_age="women", citizenship="kyrgyz", location="abroad"):
    sex = {"girls": "female", "women": "female", "boys": "male", "men": "male"}.get(sex_age, "unknown")
    return populations.Person(sex, sex_age, "25-34", exploitation, citizenship, location,
                              sheltered=False, assisted=True, registered=False, nrm_identified=False,
                              residence_permit=False, asylum=False)


def test_worked_example_primary_then_complementary_across_rows_and_columns():
    counts = Counter({("sexual_exploitation", "women"): 12, ("sexual_exploitation", "girls"): 3,
                      ("forced_labour", "men"): 7, ("forced_labour", "women"): 6})
    t = tables.make_table(SPEC_BY_ID["sheltered_by_exploitation"], counts)
    suppression.apply([t], 5)
    # primary: the 3 girls and the girls' total (3); then, by hand:
    # row sexual_exploitation has one -> its smallest published member, women 12;
    # the total row has one -> men 7; column women now has one -> forced_labour women 6;
    # column men (total suppressed) has one -> forced_labour men 7. Row total 13 and 28 stay.
    assert t.suppressed == {("sexual_exploitation", "girls"), (TOTAL, "girls"), ("sexual_exploitation", "women"),
                            (TOTAL, "men"), ("forced_labour", "women"), ("forced_labour", "men")}
    assert t.value("forced_labour", TOTAL) == 13 and t.value(TOTAL, TOTAL) == 28
    assert t.value("sexual_exploitation", TOTAL) == 15


def test_a_suppressed_member_with_only_zeros_beside_it_takes_the_line_total():
    counts = Counter({("other", "men"): 7, ("forced_labour", "men"): 2, ("forced_labour", "women"): 30})
    t = tables.make_table(SPEC_BY_ID["sheltered_by_exploitation"], counts)
    suppression.apply([t], 5)
    # column men: 2 suppressed, 7 suppressed with it; row other: only 7, the rest 0 -> its total 7 goes too
    assert ("other", "men") in t.suppressed and ("other", TOTAL) in t.suppressed
    assert all(len([c for c in cells + [total] if c in t.suppressed]) != 1
               for cells, total in suppression.lines(t))


def test_ties_take_the_first_in_code_order():
    counts = Counter({("sexual_exploitation", "girls"): 2, ("sexual_exploitation", "women"): 9,
                      ("sexual_exploitation", "unknown"): 9})
    t = tables.make_table(SPEC_BY_ID["registered_by_exploitation"], counts)
    suppression.apply([t], 5)
    assert ("sexual_exploitation", "women") in t.suppressed
    assert ("sexual_exploitation", "unknown") not in t.suppressed or (TOTAL, "unknown") in t.suppressed


def test_zeros_are_published_and_threshold_moves_the_line():
    counts = Counter({("forced_labour", "men"): 6, ("forced_labour", "women"): 6})
    for k, expect in ((5, set()), (7, None)):
        t = tables.make_table(SPEC_BY_ID["sheltered_by_exploitation"], counts)
        suppression.apply([t], k)
        if expect is not None:
            assert t.suppressed == expect and t.value("forced_labour", "girls") == 0
        else:
            assert ("forced_labour", "men") in t.suppressed and t.value(TOTAL, TOTAL) == 12


def test_shared_totals_are_suppressed_alike_in_the_three_assisted_tables():
    # 6 women: 3 abroad + 3 domestic would be suppressed in the location table; by exploitation
    # they are one row of 6. The men's total (2) is primary everywhere.
    people = [person("sexual_exploitation", "women", "kyrgyz", "abroad") for _ in range(3)]
    people += [person("sexual_exploitation", "women", "kyrgyz", "domestic") for _ in range(3)]
    people += [person("forced_labour", "men", "foreign", "abroad") for _ in range(8)]
    people += [person("forced_labour", "boys", "foreign", "abroad") for _ in range(9)]
    facts = populations.Facts(persons=people)
    ret = service.assemble(ORG, periods.parse("2025"), facts, threshold=5)
    shared = [{c for c in ret.table(i).suppressed if c[0] == TOTAL} for i in SHARED_TOTALS]
    assert shared[0] == shared[1] == shared[2]
    assert (TOTAL, "women") in shared[0]            # suppressed because of the location table
    exploitation = ret.table("assisted_by_exploitation")
    assert ("sexual_exploitation", "women") in exploitation.suppressed   # and complemented in its own column


def test_services_events_go_with_their_persons():
    facts = populations.Facts(services={"medical": (2, 40), "psychological": (12, 50)})
    ret = service.assemble(ORG, periods.parse("2025"), facts, threshold=5)
    t = ret.table("services")
    assert t.value("medical", "persons") is None and t.value("medical", "events") is None
    assert t.value("psychological", "events") == 50


# --- properties on random registers --------------------------------------------------------------

PERIOD = periods.parse("2025-Q3")
DAY0 = _dt.date(2025, 5, 1)


def day(n: int) -> str:
    return (DAY0 + _dt.timedelta(days=n)).isoformat()


def make_register(seed: int, n: int) -> populations.Register:
    """A random register of n residents; hypothesis picks the seed and shrinks n."""
    rng = random.Random(seed)
    maybe = lambda value, p=0.5: value if rng.random() < p else None  # noqa: E731
    residents, stays, services, cases, events = [], [], [], [], []
    for rid in range(1, n + 1):
        reg_day = rng.randrange(0, 201)
        dob = maybe(_dt.date(rng.randrange(1950, 2016), rng.randrange(1, 13), rng.randrange(1, 29)).isoformat(), 0.8)
        residents.append({
            "id": rid, "sex": rng.choice(codes.SEX.codes), "date_of_birth": dob,
            "birth_year_estimated": None if dob else maybe(rng.randrange(1950, 2016)),
            "registration_date": day(reg_day),
            "citizenship": rng.choice(("KG", "KG", "UZ", "BD", "stateless", "unknown")),
            "primary_exploitation": rng.choice(codes.EXPLOITATION.codes[:3] + ("unknown",)),
            "exploitation_country": rng.choice(("KG", "RU", "KZ", "unknown")),
            "nrm_status": rng.choice(codes.NRM_STATUS.codes),
            "nrm_identified_date": maybe(day(rng.randrange(0, 201))),
            "residence_permit_date": maybe(day(rng.randrange(0, 201)), 0.2),
            "asylum_date": maybe(day(rng.randrange(0, 201)), 0.1),
            "consent_anonymized_reporting": rng.random() < 0.8,
        })
        if rng.random() < 0.6:
            intake = rng.randrange(reg_day, 211)
            exit_ = maybe(rng.randrange(intake, 231), 0.6)
            stays.append({"resident_id": rid, "intake_date": day(intake),
                          "exit_date": None if exit_ is None else day(exit_),
                          "exit_reason": None if exit_ is None else rng.choice(codes.EXIT_REASON.codes)})
        for _ in range(rng.randrange(0, 4)):
            services.append({"resident_id": rid, "date": day(rng.randrange(0, 201)),
                             "service_type": rng.choice(codes.SERVICE_TYPE.codes[:4])})
        if rng.random() < 0.3:
            case_id = len(cases) + 1
            cases.append({"id": case_id, "resident_id": rid, "cc_article": rng.choice(("166", "170", "other"))})
            for _ in range(rng.randrange(1, 5)):
                stage = rng.choice(("complaint_filed", "investigation_opened", "conviction"))
                events.append({"case_id": case_id, "date": day(rng.randrange(0, 201)), "stage": stage,
                               "sentence_months": rng.randrange(0, 161) if stage == "conviction" else None,
                               "non_custodial": rng.random() < 0.3 if stage == "conviction" else False})
    return populations.Register(residents, stays, services, cases, events)


registers = st.builds(make_register, st.integers(0, 2**32), st.integers(0, 60))


def true_tables(register: populations.Register) -> dict:
    """The true counts, worked out the plain way: one predicate per population, one loop per table."""
    s, e = PERIOD.start, PERIOD.end
    inside = lambda d: bool(d) and s <= d <= e  # noqa: E731
    people = {r["id"]: r for r in register.residents if r["consent_anonymized_reporting"]}

    def groups(r):
        age = codes.age_on(r["date_of_birth"], r["birth_year_estimated"], r["registration_date"])
        return {"sex_age": codes.sex_age_group(r["sex"], age), "sex": r["sex"], "age_band": codes.age_band(age),
                "exploitation": r["primary_exploitation"],
                "citizenship_group": codes.citizenship_group(r["citizenship"]),
                "exploitation_location": codes.exploitation_location(r["exploitation_country"])}

    def sheltered(rid):
        return any(x["resident_id"] == rid and x["intake_date"] <= e and (x["exit_date"] is None or x["exit_date"] >= s)
                   for x in register.stays)

    def assisted(rid):
        return (sheltered(rid) or inside(people[rid]["registration_date"])
                or any(v["resident_id"] == rid and inside(v["date"]) for v in register.services))

    pops = {
        "assisted": [r for r in people if assisted(r)],
        "sheltered": [r for r in people if sheltered(r)],
        "registered": [r for r in people if inside(people[r]["registration_date"])],
        "nrm": [r for r in people if people[r]["nrm_status"] == "identified" and inside(people[r]["nrm_identified_date"])],
    }
    layout = {"assisted_by_exploitation": ("assisted", "exploitation", "sex_age"),
              "sheltered_by_exploitation": ("sheltered", "exploitation", "sex_age"),
              "registered_by_exploitation": ("registered", "exploitation", "sex_age"),
              "nrm_identified_by_exploitation": ("nrm", "exploitation", "sex_age"),
              "assisted_by_citizenship": ("assisted", "citizenship_group", "sex_age"),
              "assisted_by_location": ("assisted", "exploitation_location", "sex_age"),
              "assisted_by_age_band": ("assisted", "age_band", "sex")}
    out = {}
    for tid, (pop, row_key, col_key) in layout.items():
        spec = SPEC_BY_ID[tid]
        out[tid] = {(r, c): sum(1 for p in pops[pop] if r in (TOTAL, groups(people[p])[row_key])
                                and c in (TOTAL, groups(people[p])[col_key]))
                    for r in spec.row_codes for c in spec.column_codes}
    out["residence_and_asylum"] = {
        (r, c): sum(1 for p in people.values() if inside(p[r + "_date"]) and c in (TOTAL, groups(p)["sex_age"]))
        for r in ("residence_permit", "asylum") for c in SPEC_BY_ID["residence_and_asylum"].column_codes}
    served = [v for v in register.services if v["resident_id"] in people and inside(v["date"])]
    out["services"] = {}
    for code in codes.SERVICE_TYPE.codes:
        out["services"][(code, "persons")] = len({v["resident_id"] for v in served if v["service_type"] == code})
        out["services"][(code, "events")] = sum(1 for v in served if v["service_type"] == code)
    case_of = {c["id"]: c for c in register.legal_cases if c["resident_id"] in people}
    evs = [(case_of[ev["case_id"]], ev) for ev in register.legal_events if ev["case_id"] in case_of and inside(ev["date"])]
    spec = SPEC_BY_ID["legal_events"]
    out["legal_events"] = {(r, c): len({case["id"] for case, ev in evs if ev["stage"] == r
                                        and c in (TOTAL, case["cc_article"])})
                           for r in spec.row_codes for c in spec.column_codes}
    spec = SPEC_BY_ID["sentences"]
    out["sentences"] = {(r, c): sum(1 for case, ev in evs if ev["stage"] == "conviction"
                                    and r in (TOTAL, codes.sentence_band(ev["sentence_months"], ev["non_custodial"]))
                                    and c in (TOTAL, case["cc_article"]))
                        for r in spec.row_codes for c in spec.column_codes}
    spec = SPEC_BY_ID["exits"]
    ended = [(x, people[x["resident_id"]]) for x in register.stays if x["resident_id"] in people and inside(x["exit_date"])]
    out["exits"] = {(r, c): sum(1 for x, p in ended if r in (TOTAL, x["exit_reason"]) and c in (TOTAL, groups(p)["sex_age"]))
                    for r in spec.row_codes for c in spec.column_codes}
    for table_id in tables.NEW_TABLES:    # an in-memory register holds none of their records
        spec = SPEC_BY_ID[table_id]
        out[table_id] = {(r, c): 0 for r in spec.row_codes for c in spec.column_codes}
    for c in SPEC_BY_ID["nrm_steps"].column_codes:   # but "identified" is the nrm_identified population
        out["nrm_steps"][("identified", c)] = out["nrm_identified_by_exploitation"][(TOTAL, c)]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(register=registers, k=st.integers(3, 10))
def test_suppression_properties_on_random_registers(register, k):
    ret = service.assemble(ORG, PERIOD, populations.from_register(register, PERIOD), threshold=k)
    truth = true_tables(register)
    for t in ret.tables:
        for r, c in t.cells():
            value = t.value(r, c)
            if value is None:
                continue
            assert value == truth[t.id][(r, c)], (t.id, r, c)      # every published value is the true count
            assert not 1 <= value < k, (t.id, r, c)                 # no published 1..k-1
        for members, total in suppression.lines(t):                 # every line: 0 or >= 2 suppressed
            assert sum(1 for cell in members + [total] if cell in t.suppressed) != 1, (t.id, total)
    shared = [{c for c in ret.table(i).suppressed if c[0] == TOTAL} for i in SHARED_TOTALS]
    assert shared[0] == shared[1] == shared[2]
    services = ret.table("services")
    for r in services.rows:
        if services.is_suppressed(r, "persons"):
            assert services.is_suppressed(r, "events")


@settings(max_examples=80, deadline=None)
@given(register=registers)
def test_without_suppression_every_value_is_the_true_count(register):
    ret = service.assemble(ORG, PERIOD, populations.from_register(register, PERIOD), suppress=False)
    truth = true_tables(register)
    for t in ret.tables:
        assert not t.suppressed
        assert t.values == truth[t.id], t.id
