"""Who is counted, and in which groups.

Only residents who consented to anonymized reporting. For a period [S, E]:
sheltered (a stay overlapping it), assisted (sheltered, served or registered
in it), registered, NRM-identified, residence permit and asylum granted in it.
Age is the age at registration.

Two ways in: `from_rows` takes what the database module aggregates in SQL
(counts of residents alike in every group, so a 100k register stays fast);
`from_register` works the same facts out of plain records in memory, one
person at a time with the functions of shelter_app.codes — the reference the
SQL is tested against, and what the property tests feed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from shelter_app import codes
from shelter_app.returns.periods import Period


@dataclass(frozen=True)
class Person:
    sex: str
    sex_age: str
    age_band: str
    exploitation: str
    citizenship_group: str
    location: str
    sheltered: bool
    assisted: bool
    registered: bool
    nrm_identified: bool
    residence_permit: bool
    asylum: bool
    count: int = 1          # persons alike in every group and flag


@dataclass
class Facts:
    persons: list[Person] = field(default_factory=list)
    services: dict[str, tuple[int, int]] = field(default_factory=dict)  # type -> (persons, services)
    legal_cases: Counter = field(default_factory=Counter)   # (stage, article) -> distinct cases
    sentences: Counter = field(default_factory=Counter)     # (sentence_band, article) -> convictions
    exits: Counter = field(default_factory=Counter)         # (exit_reason, sex_age) -> stays
    # The tables of the revised data dictionary (shelter_app.returns.sources): persons per cell,
    # and for the amounts each person's sum in som per claim stage.
    nrm_steps: Counter = field(default_factory=Counter)        # (nrm_step, sex_age)
    follow_ups: Counter = field(default_factory=Counter)       # (follow_up_result, sex_age)
    compensation: Counter = field(default_factory=Counter)     # (claim_stage, sex_age)
    compensation_amounts: dict[str, list[int]] = field(default_factory=dict)  # claim_stage -> [som per person]
    non_punishment: Counter = field(default_factory=Counter)   # (offence_type, np_outcome)
    referrals: Counter = field(default_factory=Counter)        # (organisation_type, referral_outcome)


# --- codes: anything outside a list goes to its catch-all, so totals still add up

def sex_code(sex) -> str:
    return sex if sex in codes.SEX.codes else "unknown"


def exploitation_code(code) -> str:
    return code if code in codes.EXPLOITATION.codes else "unknown"


def service_code(code) -> str:
    return code if code in codes.SERVICE_TYPE.codes else "other"


def article_code(code) -> str:
    return code if code in codes.CC_ARTICLE.codes else "other"


def exit_code(code) -> str:
    return code if code in codes.EXIT_REASON.codes else "other"


def stage_code(code) -> str | None:
    return code if code in codes.LEGAL_STAGE.codes else None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _age(dob, birth_year, registration) -> int | None:
    """codes.age_on, with a date of birth that is not a real YYYY-MM-DD date taken as unknown."""
    if dob and not (isinstance(dob, str) and _ISO_DATE.fullmatch(dob)):
        return None
    try:
        return codes.age_on(dob or None, birth_year or None, registration)
    except (TypeError, ValueError):
        return None


def sex_age_of(sex, dob, birth_year, registration) -> str:
    return codes.sex_age_group(sex_code(sex), _age(dob, birth_year, registration))


MINOR_BANDS = ("0-11", "12-14", "15-17")


def sex_age_from_band(sex: str, band: str) -> str:
    """codes.sex_age_group, from the age band (the bands split at 18)."""
    if band == "unknown":
        return codes.sex_age_group(sex, None)
    return codes.sex_age_group(sex, 0 if band in MINOR_BANDS else 18)


def _in(value, start: str, end: str) -> bool:
    return bool(value) and start <= value[:10] <= end


def person(row, period: Period) -> Person | None:
    """One consenting resident from the compact tuple
    (sex, date_of_birth, birth_year_estimated, registration_date, citizenship,
    primary_exploitation, exploitation_country, nrm_status, nrm_identified_date,
    residence_permit_date, asylum_date, sheltered, served); None when in no population."""
    (sex, dob, birth_year, registration, citizenship, exploitation, country, nrm_status, nrm_date,
     permit_date, asylum_date, sheltered, served) = row
    s, e = period.start, period.end
    registered = _in(registration, s, e)
    sheltered = bool(sheltered)
    assisted = sheltered or bool(served) or registered
    nrm = nrm_status == "identified" and _in(nrm_date, s, e)
    permit = _in(permit_date, s, e)
    asylum = _in(asylum_date, s, e)
    if not (assisted or nrm or permit or asylum):
        return None
    age = _age(dob, birth_year, registration)
    sex = sex_code(sex)
    return Person(
        sex=sex,
        sex_age=codes.sex_age_group(sex, age),
        age_band=codes.age_band(age),
        exploitation=exploitation_code(exploitation),
        citizenship_group=codes.citizenship_group(citizenship or "unknown"),
        location=codes.exploitation_location(country or "unknown"),
        sheltered=sheltered, assisted=assisted, registered=registered,
        nrm_identified=nrm, residence_permit=permit, asylum=asylum,
    )


def from_rows(group_rows, service_rows, legal_rows, sentence_rows, exit_rows, period: Period) -> Facts:
    """Facts from the database module's aggregates:
    group_rows (sex, age_band, exploitation, citizenship_group, location, flags, persons), flags
    being sheltered 1 | served 2 | registered 4 | NRM-identified 8 | residence permit 16 | asylum 32;
    service_rows (service_type, persons, services); legal_rows (stage, article, cases);
    sentence_rows (sentence_months, non_custodial, article, convictions);
    exit_rows (exit_reason, sex_age, stays)."""
    facts = Facts()
    for sex, band, exploitation, citizenship, location, flags, n in group_rows:
        sheltered, served, registered = bool(flags & 1), bool(flags & 2), bool(flags & 4)
        facts.persons.append(Person(sex, sex_age_from_band(sex, band), band, exploitation, citizenship, location,
                                    sheltered, sheltered or served or registered, registered, bool(flags & 8),
                                    bool(flags & 16), bool(flags & 32), int(n)))
        if flags & 8:  # nrm_steps "identified": the same population as nrm_identified
            facts.nrm_steps[("identified", sex_age_from_band(sex, band))] += int(n)
    for service_type, people, events in service_rows:
        facts.services[service_type] = (int(people), int(events))
    for stage, article, cases in legal_rows:
        if stage_code(stage):
            facts.legal_cases[(stage, article_code(article))] += int(cases)
    for months, non_custodial, article, n in sentence_rows:
        band = codes.sentence_band(months, bool(non_custodial))
        facts.sentences[(band, article_code(article))] += int(n)
    for reason, sex_age, n in exit_rows:
        facts.exits[(exit_code(reason), sex_age)] += int(n)
    return facts


# --- the same, from plain records in memory --------------------------------------

@dataclass
class Register:
    """Plain records as the database holds them (dicts keyed by column name)."""
    residents: list[dict] = field(default_factory=list)   # id, sex, date_of_birth, ... consent_anonymized_reporting
    stays: list[dict] = field(default_factory=list)       # resident_id, intake_date, exit_date, exit_reason
    services: list[dict] = field(default_factory=list)    # resident_id, date, service_type
    legal_cases: list[dict] = field(default_factory=list)  # id, resident_id, cc_article
    legal_events: list[dict] = field(default_factory=list)  # case_id, date, stage, sentence_months, non_custodial


def from_register(register: Register, period: Period) -> Facts:
    s, e = period.start, period.end
    counted = {r["id"]: r for r in register.residents if r.get("consent_anonymized_reporting")}
    sheltered = {st["resident_id"] for st in register.stays
                 if st["intake_date"] <= e and (not st.get("exit_date") or st["exit_date"] >= s)}
    served = {sv["resident_id"] for sv in register.services if s <= sv["date"] <= e}
    facts = Facts()
    for rid, r in counted.items():
        p = person((r.get("sex"), r.get("date_of_birth"), r.get("birth_year_estimated"), r["registration_date"],
                    r.get("citizenship"), r.get("primary_exploitation"), r.get("exploitation_country"),
                    r.get("nrm_status"), r.get("nrm_identified_date"), r.get("residence_permit_date"),
                    r.get("asylum_date"), rid in sheltered, rid in served), period)
        if p is not None:
            facts.persons.append(p)
            if p.nrm_identified:   # nrm_steps "identified": the same population as nrm_identified
                facts.nrm_steps[("identified", p.sex_age)] += 1
    people: dict[str, set] = {}
    events: Counter = Counter()
    for sv in register.services:
        if sv["resident_id"] in counted and s <= sv["date"] <= e:
            code = service_code(sv["service_type"])
            people.setdefault(code, set()).add(sv["resident_id"])
            events[code] += 1
    facts.services = {code: (len(people[code]), events[code]) for code in people}
    cases = {c["id"]: c for c in register.legal_cases if c["resident_id"] in counted}
    stage_cases: dict[tuple[str, str], set] = {}
    for ev in register.legal_events:
        case = cases.get(ev["case_id"])
        if case is None or not (s <= ev["date"] <= e):
            continue
        article = article_code(case["cc_article"])
        if stage_code(ev["stage"]):
            stage_cases.setdefault((ev["stage"], article), set()).add(case["id"])
        if ev["stage"] == "conviction":
            facts.sentences[(codes.sentence_band(ev.get("sentence_months"), bool(ev.get("non_custodial"))),
                             article)] += 1
    for key, ids in stage_cases.items():
        facts.legal_cases[key] = len(ids)
    for st in register.stays:
        r = counted.get(st["resident_id"])
        if r is not None and st.get("exit_date") and s <= st["exit_date"] <= e:
            sex_age = sex_age_of(r.get("sex"), r.get("date_of_birth"), r.get("birth_year_estimated"),
                                 r["registration_date"])
            facts.exits[(exit_code(st.get("exit_reason")), sex_age)] += 1
    return facts
