"""The columns of each kind of file (import-format.md), and how one row
becomes a clean record or a list of problems."""

from __future__ import annotations

from shelter_app import codes, residents
from shelter_app.errors import ValidationError
from shelter_app.validation import Problems, check_code, check_date, check_text

KINDS = ("residents", "services", "legal", "followups", "referrals", "contacts", "documents")

# The columns of import-format.md, then the other fields of the data
# dictionary a register may already hold; anything else is reported and ignored.
RESIDENT_STAY_COLUMNS = ("intake_date", "exit_date", "exit_reason", "room")
RESIDENT_COLUMNS = (
    "external_id", "full_name", "sex", "date_of_birth", "citizenship", "registration_date", "referral_source",
    "primary_exploitation", "other_exploitation", "exploitation_country", "recruitment_channel", "nrm_status",
    "nrm_identified_date", "residence_permit_date", "asylum_date", "consent_anonymized_reporting",
    "intake_date", "exit_date", "exit_reason",
    # further fields of the data dictionary
    "birth_year_estimated", "languages", "disability", "recruiter_relation", "means_of_control", "labour_sector",
    "case_status", "nrm_identifying_body", "consent_data_processing", "safety_notes", "room",
    # a first-level NRM screening the register already records (issue 15)
    "nrm_screening_date", "nrm_screening_result",
    # the case file: the key worker's account name, the place of the first stay (a place's name)
    "key_worker", "place",
)
SERVICE_COLUMNS = ("external_id", "date", "service_type", "provider", "duration_minutes", "notes")
LEGAL_COLUMNS = ("external_id", "case_ref", "cc_article", "resident_role", "stage", "date", "sentence_months",
                 "non_custodial",
                 # further fields of the data dictionary
                 "lawyer", "state_legal_aid", "notes", "next_hearing_date",
                 # compensation and non-punishment (imports/aftercare.py)
                 "offence_type", "np_outcome", "np_date", "np_decided_by", "claim_defendant", "claimed_on",
                 "amount_claimed", "awarded_on", "amount_awarded", "paid_on", "amount_paid", "claim_status",
                 "claim_closed_on")
FOLLOWUP_COLUMNS = ("external_id", "planned_date", "actual_date", "mode", "reached", "housing", "work", "health",
                    "safety", "retrafficking", "risk_items", "actions", "result")
REFERRAL_COLUMNS = ("external_id", "date", "organisation", "organisation_type", "reason", "shared", "consent_date",
                    "outcome", "outcome_date", "outcome_reason", "follow_up_date", "notes")

CONTACT_COLUMNS = ("external_id", "name", "relation", "phone", "place", "safe_to_contact", "notes")
DOCUMENT_COLUMNS = ("external_id", "document_type", "number", "issuing_country", "expiry_date", "holder",
                    "replacement_requested_on", "notes")

COLUMNS = {"residents": RESIDENT_COLUMNS, "services": SERVICE_COLUMNS, "legal": LEGAL_COLUMNS,
           "followups": FOLLOWUP_COLUMNS, "referrals": REFERRAL_COLUMNS,
           "contacts": CONTACT_COLUMNS, "documents": DOCUMENT_COLUMNS}
# The columns of import-format.md alone: what an empty template holds.
SPEC_COLUMNS = {"residents": RESIDENT_COLUMNS[:RESIDENT_COLUMNS.index("exit_reason") + 1],
                "services": SERVICE_COLUMNS,
                "legal": LEGAL_COLUMNS[:LEGAL_COLUMNS.index("non_custodial") + 1],
                "followups": FOLLOWUP_COLUMNS, "referrals": REFERRAL_COLUMNS,
                "contacts": CONTACT_COLUMNS, "documents": DOCUMENT_COLUMNS}


def template(kind: str, lang: str | None = "en") -> bytes:
    """An empty register of this kind: the header row, in UTF-8 with a BOM
    and semicolons, as Excel on a Russian-language Windows opens it. In "en"
    the headers are the column codes; in "ru" or "ky" the fields' names in
    that language (the import reads either)."""
    from shelter_app.i18n import field_label

    names = [c if lang in (None, "en") else field_label(c, lang) for c in SPEC_COLUMNS[kind]]
    return ("\ufeff" + ";".join(n.replace(";", ",") for n in names) + "\r\n").encode("utf-8")
REQUIRED = {
    "residents": ("external_id", "full_name", "sex", "citizenship", "registration_date", "referral_source",
                  "primary_exploitation", "exploitation_country"),
    "services": ("external_id", "date", "service_type"),
    "legal": ("external_id", "case_ref", "cc_article", "resident_role", "stage", "date"),
    "followups": ("external_id", "planned_date"),
    "referrals": ("external_id", "date", "organisation", "reason"),
    "contacts": ("external_id", "name"),
    "documents": ("external_id", "document_type"),
}

PREVIEW_COLUMNS = {
    "residents": ("status", "line", "case_number", "external_id", "full_name", "sex", "date_of_birth", "citizenship",
                  "registration_date", "referral_source", "primary_exploitation", "exploitation_country",
                  "nrm_status", "consent_anonymized_reporting", "intake_date", "exit_date", "exit_reason",
                  "nrm_screening_date", "nrm_screening_result"),
    "services": ("status", "line", "resident", "external_id", "date", "service_type", "provider",
                 "duration_minutes", "notes"),
    "legal": ("status", "line", "resident", "external_id", "case_ref", "cc_article", "resident_role", "stage", "date",
              "sentence_months", "non_custodial"),
    "followups": ("status", "line", "resident", "external_id", "planned_date", "actual_date", "mode", "result"),
    "referrals": ("status", "line", "resident", "external_id", "date", "organisation", "reason", "outcome"),
    "contacts": ("status", "line", "resident", "external_id", "name", "relation", "phone", "place",
                 "safe_to_contact"),
    "documents": ("status", "line", "resident", "external_id", "document_type", "number", "issuing_country",
                  "expiry_date", "holder", "replacement_requested_on"),
}


def normalize_header(name: str) -> str:
    """What a column is called, forgiving case, spaces and a stray BOM."""
    return name.replace("\ufeff", "").strip().lower().replace(" ", "_").replace("-", "_")


# A fast path for the common case of a clean cell; anything else goes through
# the shared check, which gives the same value and the message.
def _text(p: Problems, data: dict, field: str, *, required: bool = False, max_length: int = 10000) -> str:
    value = data.get(field)
    if isinstance(value, str):
        stripped = value.strip()
        if (stripped or not required) and len(stripped) <= max_length and stripped.isprintable():
            return stripped
    return check_text(p, data, field, required=required, max_length=max_length)


def resident_row(data: dict) -> tuple[dict | None, dict | None, dict[str, tuple[str, dict]]]:
    """(resident record, stay or None, problems by column)."""
    problems: dict[str, tuple[str, dict]] = {}
    rec = None
    try:
        rec = residents.validate(data)
    except ValidationError as exc:
        problems.update(exc.problems)
    p = Problems()
    if not (data.get("external_id") or "").strip():
        p.add("external_id", "Required.")
    intake = check_date(p, data, "intake_date")
    exit_date = check_date(p, data, "exit_date")
    reason = check_code(p, data, "exit_reason", codes.EXIT_REASON)
    room = check_text(p, data, "room", max_length=50)
    place = check_text(p, data, "place", max_length=100)
    if place and not intake and "intake_date" not in p.items:
        p.add("place", "A place needs an intake date.")
    if exit_date and not intake and "intake_date" not in p.items:
        p.add("exit_date", "An exit date needs an intake date.")
    if exit_date and not reason and "exit_reason" not in p.items:
        p.add("exit_reason", "Required when the exit date is set.")
    if reason and not exit_date and "exit_date" not in p.items:
        p.add("exit_reason", "An exit reason needs an exit date.")
    if intake and exit_date and exit_date < intake:
        p.add("exit_date", "The exit date is before the intake date.")
    if rec and intake and intake < rec["registration_date"]:
        p.add("intake_date", "The intake date is before the registration date.")
    screening = _screening(p, data, rec)
    for column, problem in p.items.items():
        problems.setdefault(column, problem)
    if problems:
        return None, None, problems
    if screening:
        rec["nrm_screening"] = screening
    stay = None
    if intake:
        stay = {"intake_date": intake, "exit_date": exit_date, "exit_reason": reason if exit_date else None,
                "room": room, "place": place}
    return rec, stay, {}


def _screening(p: Problems, data: dict, rec: dict | None) -> dict | None:
    """An earlier first-level NRM screening: its date and result, both or neither."""
    day = check_date(p, data, "nrm_screening_date")
    result = check_code(p, data, "nrm_screening_result", codes.SCREENING_RESULT)
    if day and not result and "nrm_screening_result" not in p.items:
        p.add("nrm_screening_result", "Required when the screening date is set.")
    if result and not day and "nrm_screening_date" not in p.items:
        p.add("nrm_screening_date", "Required when the screening result is set.")
    if rec and day and rec.get("date_of_birth") and day < rec["date_of_birth"]:
        p.add("nrm_screening_date", "The screening date is before the date of birth.")
    if day and result and rec and rec.get("nrm_status") == "identified" and result != "indicators_met":
        p.add("nrm_screening_result", "An identified person's screening found the indicators met.")
    return {"screening_date": day, "result": result} if day and result else None


def _split(exc: ValidationError, into: dict) -> None:
    for column, problem in exc.problems.items():
        into.setdefault(column, problem)


SERVICE_FIELDS = ("date", "service_type", "provider", "duration_minutes", "notes")
_NEUTRAL_DATE = "2000-01-01"


class ServiceRows:
    """Rows checked as the Services tab checks a service (services.validate),
    except that a missing date is an error, never today.

    A register repeats the same dates and the same (type, provider, duration,
    notes) over and over: each distinct date and each distinct rest is checked
    once. A row with any problem is checked again whole, so its messages are
    exactly those of services.validate."""

    def __init__(self) -> None:
        from shelter_app import services

        self._validate = services.validate
        self._dates: dict[str, str | None] = {}
        self._rests: dict[tuple, dict | None] = {}

    def _date(self, raw: str) -> str | None:
        if raw not in self._dates:
            try:
                self._dates[raw] = self._validate({"date": raw, "service_type": "other"})["date"]
            except ValidationError:
                self._dates[raw] = None
        return self._dates[raw]

    def _rest(self, key: tuple) -> dict | None:
        if key not in self._rests:
            data = dict(zip(SERVICE_FIELDS[1:], key), date=_NEUTRAL_DATE)
            try:
                rec = self._validate(data)
                del rec["date"]
                self._rests[key] = rec
            except ValidationError:
                self._rests[key] = None
        return self._rests[key]

    def check(self, data: dict) -> tuple[dict | None, dict[str, tuple[str, dict]]]:
        p = Problems()
        external_id = _text(p, data, "external_id", required=True, max_length=64)
        raw_date = (data.get("date") or "").strip()
        if not raw_date:
            p.add("date", "Required.")
        date = self._date(raw_date) if raw_date else None
        rest = self._rest(tuple(data.get(k) for k in SERVICE_FIELDS[1:]))
        if p or date is None or rest is None:
            problems = dict(p.items)
            try:
                self._validate({k: data.get(k) for k in SERVICE_FIELDS})
            except ValidationError as exc:
                _split(exc, problems)
            return None, problems
        return {"external_id": external_id, "date": date, **rest}, {}


CASE_FIELDS = ("case_ref", "cc_article", "resident_role", "lawyer", "state_legal_aid")
EVENT_FIELDS = ("date", "stage", "sentence_months", "non_custodial", "notes", "next_hearing_date")


def legal_row(data: dict) -> tuple[dict | None, dict[str, tuple[str, dict]]]:
    """A case and one of its events, checked as the Legal tab checks them
    (legal.validate_case, legal.validate_event). The row's article is the
    case's; on a `requalified` row it is the article the case moves to."""
    from shelter_app import legal

    p = Problems()
    external_id = _text(p, data, "external_id", required=True, max_length=64)
    problems = dict(p.items)
    case = event = None
    try:
        case = legal.validate_case({k: data.get(k) for k in CASE_FIELDS})
    except ValidationError as exc:
        _split(exc, problems)
    event_data = {k: data.get(k) for k in EVENT_FIELDS}
    if (data.get("stage") or "").strip() == "requalified":
        event_data["cc_article"] = data.get("cc_article")
    try:
        # No earlier events here: the importer follows the article across the rows itself.
        event = legal.validate_event(event_data, {"cc_article": None}, [])
    except ValidationError as exc:
        _split(exc, problems)
    if problems:
        return None, problems
    rec = {"external_id": external_id, **case, **{k: v for k, v in event.items() if k != "cc_article"},
           "event_article": event["cc_article"]}
    rec["cc_article"] = case["cc_article"]
    return rec, {}
