"""The tables of the return: their ids, dimensions, row and column codes in
code-list order, which totals they carry, and whether they add up over periods."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from shelter_app import codes
from shelter_app.codes import CodeList
from shelter_app.i18n import N_, translate

TOTAL = "total"


@dataclass(frozen=True)
class Dimension:
    name: str                      # ADX attribute name, e.g. EXPLOITATION
    codes: tuple[str, ...]
    code_list: CodeList | None = None  # (the field `codes` hides the module here)
    labels: tuple[tuple[str, str], ...] = ()   # (code, English label) when not a code list

    def label(self, code: str, lang: str | None = None) -> str:
        if code == TOTAL:
            return translate("Returns", "Total", lang)
        if self.code_list is not None:
            return self.code_list.label(code, lang)
        for c, text in self.labels:
            if c == code:
                return translate("Returns", text, lang)
        return code


EXPLOITATION = Dimension("EXPLOITATION", codes.EXPLOITATION.codes, codes.EXPLOITATION)
SEX_AGE = Dimension("SEX_AGE", codes.SEX_AGE.codes, codes.SEX_AGE)
SEX = Dimension("SEX", codes.SEX.codes, codes.SEX)
AGE_BAND = Dimension("AGE_BAND", codes.AGE_BAND.codes, codes.AGE_BAND)
CITIZENSHIP_GROUP = Dimension("CITIZENSHIP_GROUP", codes.CITIZENSHIP_GROUP.codes, codes.CITIZENSHIP_GROUP)
EXPLOITATION_LOCATION = Dimension("EXPLOITATION_LOCATION", codes.EXPLOITATION_LOCATION.codes,
                                  codes.EXPLOITATION_LOCATION)
STATUS = Dimension("STATUS", ("residence_permit", "asylum"), None,
                   (("residence_permit", N_("Returns", "Residence permit granted")),
                    ("asylum", N_("Returns", "Asylum or refugee status granted"))))
SERVICE_TYPE = Dimension("SERVICE_TYPE", codes.SERVICE_TYPE.codes, codes.SERVICE_TYPE)
SERVICE_MEASURE = Dimension("SERVICE_MEASURE", ("persons", "events"), None,
                            (("persons", N_("Returns", "Persons")), ("events", N_("Returns", "Services given"))))
LEGAL_STAGE = Dimension("LEGAL_STAGE", codes.LEGAL_STAGE.codes, codes.LEGAL_STAGE)
CC_ARTICLE = Dimension("CC_ARTICLE", codes.CC_ARTICLE.codes, codes.CC_ARTICLE)
SENTENCE_BAND = Dimension("SENTENCE_BAND", codes.SENTENCE_BAND.codes, codes.SENTENCE_BAND)
EXIT_REASON = Dimension("EXIT_REASON", codes.EXIT_REASON.codes, codes.EXIT_REASON)
NRM_STEP = Dimension("NRM_STEP", codes.NRM_STEP.codes, codes.NRM_STEP)
FOLLOW_UP_RESULT = Dimension("FOLLOW_UP_RESULT", codes.FOLLOW_UP_RESULT.codes, codes.FOLLOW_UP_RESULT)
CLAIM_STAGE = Dimension("CLAIM_STAGE", codes.CLAIM_STAGE.codes, codes.CLAIM_STAGE)
OFFENCE_TYPE = Dimension("OFFENCE_TYPE", codes.OFFENCE_TYPE.codes, codes.OFFENCE_TYPE)
NP_OUTCOME = Dimension("NP_OUTCOME", codes.NP_OUTCOME.codes, codes.NP_OUTCOME)
ORGANISATION_TYPE = Dimension("ORGANISATION_TYPE", codes.ORGANISATION_TYPE.codes, codes.ORGANISATION_TYPE)
REFERRAL_OUTCOME = Dimension("REFERRAL_OUTCOME", codes.REFERRAL_OUTCOME.codes, codes.REFERRAL_OUTCOME)
# compensation_amounts has one column; ADX drops it (COMPENSATION_AMOUNT_KGS with CLAIM_STAGE only).
AMOUNT = Dimension("AMOUNT", ("amount",), None, (("amount", N_("Returns", "Amount, som")),))


@dataclass(frozen=True)
class TableSpec:
    id: str
    unit: str
    rows: Dimension
    columns: Dimension
    row_totals: bool      # each row ends with a `total` column
    column_totals: bool   # a `total` row closes each column
    title: str            # English; translated in context "Returns"
    # Between periods (statistical-return.md, suppression 2): "additive" when a cell of a
    # period is the sum of the same cell over periods that partition it; "persons" when it
    # lies between their largest and their sum; "" when neither holds cell by cell.
    over_periods: str = "persons"

    @property
    def row_codes(self) -> tuple[str, ...]:
        return self.rows.codes + ((TOTAL,) if self.column_totals else ())

    @property
    def column_codes(self) -> tuple[str, ...]:
        return self.columns.codes + ((TOTAL,) if self.row_totals else ())


SPECS: tuple[TableSpec, ...] = (
    TableSpec("assisted_by_exploitation", "persons", EXPLOITATION, SEX_AGE, True, True,
              N_("Returns", "Persons assisted, by form of exploitation, sex and age")),
    TableSpec("sheltered_by_exploitation", "persons", EXPLOITATION, SEX_AGE, True, True,
              N_("Returns", "Persons sheltered, by form of exploitation, sex and age")),
    TableSpec("registered_by_exploitation", "persons", EXPLOITATION, SEX_AGE, True, True,
              N_("Returns", "Persons newly registered, by form of exploitation, sex and age"), "additive"),
    TableSpec("nrm_identified_by_exploitation", "persons", EXPLOITATION, SEX_AGE, True, True,
              N_("Returns", "Persons formally identified (NRM), by form of exploitation, sex and age"), "additive"),
    TableSpec("assisted_by_citizenship", "persons", CITIZENSHIP_GROUP, SEX_AGE, True, True,
              N_("Returns", "Persons assisted, by citizenship, sex and age")),
    TableSpec("assisted_by_location", "persons", EXPLOITATION_LOCATION, SEX_AGE, True, True,
              N_("Returns", "Persons assisted, by place of exploitation, sex and age")),
    TableSpec("assisted_by_age_band", "persons", AGE_BAND, SEX, True, True,
              N_("Returns", "Persons assisted, by age and sex")),
    TableSpec("residence_and_asylum", "persons", STATUS, SEX_AGE, True, False,
              N_("Returns", "Residence permits and asylum granted, by sex and age"), "additive"),
    # services: persons per column "persons", events additive (suppression.over_periods)
    TableSpec("services", "see columns", SERVICE_TYPE, SERVICE_MEASURE, False, False,
              N_("Returns", "Services given: persons served and number of services")),
    TableSpec("legal_events", "cases", LEGAL_STAGE, CC_ARTICLE, True, False,
              N_("Returns", "Criminal cases reaching each stage, by Criminal Code article")),
    TableSpec("sentences", "convictions", SENTENCE_BAND, CC_ARTICLE, True, True,
              N_("Returns", "Convictions, by sentence and Criminal Code article"), "additive"),
    TableSpec("exits", "stays", EXIT_REASON, SEX_AGE, True, True,
              N_("Returns", "Stays ended, by reason for leaving, sex and age"), "additive"),
    TableSpec("nrm_steps", "persons", NRM_STEP, SEX_AGE, True, False,
              N_("Returns", "Persons at each step of the national referral mechanism, by sex and age"), "additive"),
    TableSpec("follow_ups", "persons", FOLLOW_UP_RESULT, SEX_AGE, True, False,
              N_("Returns", "Persons followed up after leaving, by result, sex and age")),
    TableSpec("compensation", "persons", CLAIM_STAGE, SEX_AGE, True, False,
              N_("Returns", "Persons whose compensation claim reached each stage, by sex and age"), "additive"),
    TableSpec("compensation_amounts", "KGS", CLAIM_STAGE, AMOUNT, False, False,
              N_("Returns", "Compensation claimed, awarded and paid, in som"), "additive"),
    # Outcomes known at the end of the period: a person may move between cells from one
    # period to the next, so only the grand total is bounded by the periods that partition it.
    TableSpec("non_punishment", "persons", OFFENCE_TYPE, NP_OUTCOME, True, True,
              N_("Returns", "Non-punishment: persons suspected or accused, by offence and outcome"), ""),
    TableSpec("referrals", "persons", ORGANISATION_TYPE, REFERRAL_OUTCOME, True, False,
              N_("Returns", "Persons referred to other organisations, by type of organisation and outcome"), ""),
)
# Tables added with the revised data dictionary (their facts come from shelter_app.returns.sources).
NEW_TABLES = ("nrm_steps", "follow_ups", "compensation", "compensation_amounts", "non_punishment", "referrals")
SPEC_BY_ID = {s.id: s for s in SPECS}

# The services table becomes two ADX data elements, one per column.
SERVICE_ELEMENT_TITLES = {
    "persons": N_("Returns", "Persons who received each type of service"),
    "events": N_("Returns", "Number of services given, by type"),
}

UNIT_LABELS = {
    "persons": N_("Returns", "persons"),
    "see columns": N_("Returns", "see columns"),
    "cases": N_("Returns", "cases"),
    "convictions": N_("Returns", "convictions"),
    "stays": N_("Returns", "stays"),
    "KGS": N_("Returns", "som"),
}

# Tables over the same population and columns: their column totals must match (suppression step 3).
SHARED_TOTALS = ("assisted_by_exploitation", "assisted_by_citizenship", "assisted_by_location")


@dataclass
class Table:
    spec: TableSpec
    values: dict[tuple[str, str], int]
    suppressed: set[tuple[str, str]] = field(default_factory=set)
    # Sums (compensation_amounts): each person's part of a cell, for the dominance rule.
    contributions: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def rows(self) -> tuple[str, ...]:
        return self.spec.row_codes

    @property
    def columns(self) -> tuple[str, ...]:
        return self.spec.column_codes

    def value(self, row: str, column: str) -> int | None:
        """The published value, None when suppressed."""
        if (row, column) in self.suppressed:
            return None
        return self.values[(row, column)]

    def is_suppressed(self, row: str, column: str) -> bool:
        return (row, column) in self.suppressed

    def cells(self):
        for r in self.rows:
            for c in self.columns:
                yield r, c


def make_table(spec: TableSpec, counts: Counter | dict) -> Table:
    """A table from counts of (row, column) members; totals are the sums.

    Every table's rows and columns partition its unit (a person has one sex_age,
    one row), except where totals are left out, so sums are the distinct counts."""
    values: dict[tuple[str, str], int] = {}
    for r in spec.rows.codes:
        for c in spec.columns.codes:
            values[(r, c)] = int(counts.get((r, c), 0))
    if spec.row_totals:
        for r in spec.rows.codes:
            values[(r, TOTAL)] = sum(values[(r, c)] for c in spec.columns.codes)
    if spec.column_totals:
        for c in spec.column_codes:
            values[(TOTAL, c)] = sum(values[(r, c)] for r in spec.rows.codes)
    return Table(spec, values)


def build(facts) -> list[Table]:
    """All tables, unsuppressed, in the order of the spec."""
    persons = facts.persons
    by_id: dict[str, Counter] = {s.id: Counter() for s in SPECS}
    for p in persons:
        n = p.count
        if p.assisted:
            by_id["assisted_by_exploitation"][(p.exploitation, p.sex_age)] += n
            by_id["assisted_by_citizenship"][(p.citizenship_group, p.sex_age)] += n
            by_id["assisted_by_location"][(p.location, p.sex_age)] += n
            by_id["assisted_by_age_band"][(p.age_band, p.sex)] += n
        if p.sheltered:
            by_id["sheltered_by_exploitation"][(p.exploitation, p.sex_age)] += n
        if p.registered:
            by_id["registered_by_exploitation"][(p.exploitation, p.sex_age)] += n
        if p.nrm_identified:
            by_id["nrm_identified_by_exploitation"][(p.exploitation, p.sex_age)] += n
        if p.residence_permit:
            by_id["residence_and_asylum"][("residence_permit", p.sex_age)] += n
        if p.asylum:
            by_id["residence_and_asylum"][("asylum", p.sex_age)] += n
    for service_type, (people, events) in facts.services.items():
        by_id["services"][(service_type, "persons")] += people
        by_id["services"][(service_type, "events")] += events
    by_id["legal_events"].update(facts.legal_cases)
    by_id["sentences"].update(facts.sentences)
    by_id["exits"].update(facts.exits)
    for table_id in ("nrm_steps", "follow_ups", "compensation", "non_punishment", "referrals"):
        by_id[table_id].update(getattr(facts, table_id))
    amounts = {stage: sum(parts) for stage, parts in facts.compensation_amounts.items()}
    by_id["compensation_amounts"].update({(stage, "amount"): total for stage, total in amounts.items()})
    built = [make_table(spec, by_id[spec.id]) for spec in SPECS]
    amounts_table = built[[s.id for s in SPECS].index("compensation_amounts")]
    amounts_table.contributions = {(stage, "amount"): list(parts)
                                   for stage, parts in facts.compensation_amounts.items() if parts}
    return built
