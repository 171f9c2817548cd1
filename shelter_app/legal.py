"""Legal cases and their timelines of events.

What the lawyer of a shelter must not miss (the OSCE's findings in Kyrgyzstan):
trafficking cases requalified as pimping or fraud, charges dropped after
"reconciliation", and victims prosecuted for what they were forced to do. The
first two are flags for the director's attention; for the last, the record
shows the non-punishment principle and whether it was raised."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from shelter_app import codes
from shelter_app.db import legal as legal_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.i18n import format_date, translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_bool, check_code, check_int, check_text, parse_date, today

TRAFFICKING_ARTICLES = frozenset({"166", "167"})
NON_PUNISHMENT_ROLES = frozenset({"suspect", "defendant"})
CASE_FIELDS = ("case_ref", "cc_article", "resident_role", "lawyer", "state_legal_aid", "non_punishment_raised")
EVENT_FIELDS = ("date", "stage", "sentence_months", "non_custodial", "cc_article", "notes", "next_hearing_date")
MAX_SENTENCE_MONTHS = 50 * 12


def non_punishment_text(lang: str | None = None) -> str:
    """The principle as the Legal tab and the summary show it."""
    return translate(
        "Legal",
        "Non-punishment principle (Law of the Kyrgyz Republic No. 55 of 17 March 2005 “On preventing and combating "
        "trafficking in persons”, art. 12; note to art. 166 of the Criminal Code): a victim of trafficking is not "
        "liable for offences they were forced to commit as a direct result of being trafficked. Under the Criminal "
        "Code the exemption from criminal liability covers only minor and less grave crimes committed as a result "
        "of being drawn into trafficking. Raise it with the investigator, the prosecutor and the court.", lang)


def non_punishment_applies(case: dict) -> bool:
    return case.get("resident_role") in NON_PUNISHMENT_ROLES


# --- validation ----------------------------------------------------------------------

def validate_case(data: dict, *, partial_of: dict | None = None) -> dict:
    if partial_of is not None:
        merged = {k: partial_of.get(k) for k in CASE_FIELDS}
        merged.update({k: v for k, v in data.items() if k in CASE_FIELDS})
        data = merged
    p = Problems()
    rec: dict = {}
    rec["case_ref"] = check_text(p, data, "case_ref", required=True, max_length=100)
    rec["cc_article"] = check_code(p, data, "cc_article", codes.CC_ARTICLE, required=True)
    rec["resident_role"] = check_code(p, data, "resident_role", codes.RESIDENT_ROLE, required=True)
    rec["lawyer"] = check_text(p, data, "lawyer", max_length=200)
    rec["state_legal_aid"] = check_bool(p, data, "state_legal_aid")
    raised = check_bool(p, data, "non_punishment_raised")
    rec["non_punishment_raised"] = raised if rec["resident_role"] in NON_PUNISHMENT_ROLES else None
    p.raise_if_any()
    return rec


def article_before(case: dict, events: list[dict], date: str | None, exclude_event: int | None = None) -> str:
    """The article a case stood under just before `date` (after every
    requalification up to then)."""
    article = case["cc_article"]
    for e in events:
        if e["id"] == exclude_event:
            continue
        if date is not None and e["date"] > date:
            break
        if e["stage"] == "requalified" and e.get("cc_article"):
            article = e["cc_article"]
    return article


def validate_event(data: dict, case: dict, events: list[dict], *, partial_of: dict | None = None,
                   on: _dt.date | None = None) -> dict:
    """A clean event, or ValidationError. A sentence comes only with a
    conviction; a requalification names the new article."""
    if partial_of is not None:
        merged = {k: partial_of.get(k) for k in EVENT_FIELDS}
        merged.update({k: v for k, v in data.items() if k in EVENT_FIELDS})
        data = merged
    on = on or today()
    p = Problems()
    rec: dict = {}
    raw = data.get("date")
    try:
        day = parse_date(raw)
    except ValueError:
        p.add("date", "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(raw))
        day = None
    else:
        if day is None:
            p.add("date", "Required.")
        elif day > on:
            p.add("date", "An event cannot be recorded for a future date ({value}); put a coming hearing "
                          "in “Next hearing”.", value=day.isoformat())
            day = None
        elif day < _dt.date(1990, 1, 1):
            p.add("date", "The date {value} is too early.", value=day.isoformat())
            day = None
    rec["date"] = day.isoformat() if day else None
    rec["stage"] = check_code(p, data, "stage", codes.LEGAL_STAGE, required=True)
    months = check_int(p, data, "sentence_months", minimum=0, maximum=MAX_SENTENCE_MONTHS)
    non_custodial = check_bool(p, data, "non_custodial", default=False)
    if rec["stage"] == "conviction":
        if non_custodial:
            if months:
                p.add("sentence_months", "A non-custodial sentence (a fine or a suspended sentence) is recorded "
                                         "with 0 months.")
            months = 0
        elif "sentence_months" not in p.items and not months:
            p.add("sentence_months", "Enter the sentence in months, or mark it non-custodial.")
    elif months is not None or non_custodial:
        p.add("sentence_months", "A sentence is recorded only with a conviction.")
        months, non_custodial = None, False
    rec["sentence_months"] = months
    rec["non_custodial"] = bool(non_custodial)
    article = data.get("cc_article")
    if rec["stage"] == "requalified":
        rec["cc_article"] = check_code(p, data, "cc_article", codes.CC_ARTICLE, required=True)
        before = article_before(case, events, rec["date"], (partial_of or {}).get("id"))
        if rec["cc_article"] and rec["cc_article"] == before:
            p.add("cc_article", "The case is already under this article.")
    else:
        if article not in (None, ""):
            p.add("cc_article", "Only a requalification changes the article.")
        rec["cc_article"] = None
    rec["notes"] = check_text(p, data, "notes", max_length=5000)
    raw_next = data.get("next_hearing_date")
    try:
        hearing = parse_date(raw_next)
    except ValueError:
        p.add("next_hearing_date", "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(raw_next))
        hearing = None
    if hearing and day and hearing < day:
        p.add("next_hearing_date", "The next hearing is before the date of this event.")
    rec["next_hearing_date"] = hearing.isoformat() if hearing else None
    p.raise_if_any()
    return rec


# --- flags for the director ----------------------------------------------------------

@dataclass(frozen=True)
class Flag:
    kind: str            # "reconciliation" or "requalified"
    case_id: int
    resident_id: int
    case_number: str
    case_ref: str
    date: str
    event_id: int
    from_article: str
    to_article: str

    def message(self, lang: str | None = None) -> str:
        if self.kind == "reconciliation":
            return translate("Legal", "Case {case_ref}: reconciliation on {date}. A trafficking case must not end "
                                      "in reconciliation; the director should review it.", lang).format(
                case_ref=self.case_ref, date=format_date(self.date, lang))
        return translate("Legal", "Case {case_ref}: requalified from {from_article} to {to_article} on {date}. "
                                  "The director should review it.", lang).format(
            case_ref=self.case_ref, date=format_date(self.date, lang),
            from_article=codes.CC_ARTICLE.label(self.from_article, lang),
            to_article=codes.CC_ARTICLE.label(self.to_article, lang))


def case_flags(case: dict, events: list[dict], case_number: str = "") -> list[Flag]:
    """A reconciliation, or a trafficking case (166/167) requalified to
    another article, in the order they happened."""
    out = []
    article = case["cc_article"]
    for e in events:
        if e["stage"] == "reconciliation":
            out.append(Flag("reconciliation", case["id"], case["resident_id"], case_number, case["case_ref"],
                            e["date"], e["id"], article, article))
        elif e["stage"] == "requalified" and e.get("cc_article"):
            if article in TRAFFICKING_ARTICLES and e["cc_article"] not in TRAFFICKING_ARTICLES:
                out.append(Flag("requalified", case["id"], case["resident_id"], case_number, case["case_ref"],
                                e["date"], e["id"], article, e["cc_article"]))
            article = e["cc_article"]
    return out


def flags(session: Session, resident_id: int | None = None) -> list[Flag]:
    """Every flag of one resident's cases, or of the whole database."""
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    out: list[Flag] = []
    for cand in legal_db.flag_candidates(conn, resident_id):
        case = legal_db.get_case(conn, cand["case_id"])
        out.extend(case_flags(case, legal_db.events_for_case(conn, case["id"]), cand["case_number"]))
    out.sort(key=lambda f: (f.date, f.case_id, f.event_id), reverse=True)
    return out


# --- reading -------------------------------------------------------------------------

def _enrich(case: dict, events: list[dict], case_number: str) -> dict:
    case = dict(case)
    case["events"] = events
    case["current_article"] = article_before(case, events, None)
    latest = events[-1] if events else None  # events come in (date, id) order
    case["latest_stage"] = latest["stage"] if latest else None
    # The reminder follows the latest event, as the Due list does (db/due.py).
    case["next_hearing_date"] = latest["next_hearing_date"] if latest else None
    case["flags"] = case_flags(case, events, case_number)
    case["non_punishment_applies"] = non_punishment_applies(case)
    return case


def _resident(conn, resident_id: int) -> dict:
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def cases(session: Session, resident_id: int) -> list[dict]:
    """One resident's cases, each with its events (oldest first), current
    article, next hearing and flags."""
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    resident = _resident(conn, resident_id)
    events = legal_db.events_for_resident(conn, resident_id)
    return [_enrich(c, events.get(c["id"], []), resident["case_number"])
            for c in legal_db.cases_for_resident(conn, resident_id)]


def _case(conn, case_id: int) -> dict:
    case = legal_db.get_case(conn, case_id)
    if case is None:
        raise NotFound("No legal case with this id.")
    return case


def get_case(session: Session, case_id: int) -> dict:
    session.require(Permission.VIEW_LEGAL)
    conn = session.db.conn
    case = _case(conn, case_id)
    resident = _resident(conn, case["resident_id"])
    return _enrich(case, legal_db.events_for_case(conn, case_id), resident["case_number"])


def get_event(session: Session, event_id: int) -> dict:
    session.require(Permission.VIEW_LEGAL)
    event = legal_db.get_event(session.db.conn, event_id)
    if event is None:
        raise NotFound("No legal event with this id.")
    return event


# --- changing ------------------------------------------------------------------------

def create_case(session: Session, resident_id: int, data: dict) -> dict:
    session.require(Permission.EDIT_LEGAL)
    rec = validate_case(data)
    conn = session.db.conn
    with session.transaction():
        resident = _resident(conn, resident_id)
        if legal_db.case_by_ref(conn, resident_id, rec["case_ref"]):
            raise ShelterError("This resident already has a case numbered {case_ref}.", case_ref=rec["case_ref"])
        case_id = legal_db.insert_case(conn, resident_id, rec["case_ref"], rec["cc_article"], rec["resident_role"],
                                       now_utc(), lawyer=rec["lawyer"], state_legal_aid=rec["state_legal_aid"],
                                       non_punishment_raised=rec["non_punishment_raised"])
        session.audit(Action.LEGAL_CASE_CREATED, "resident", resident["case_number"],
                      {"case_id": case_id, "cc_article": rec["cc_article"], "resident_role": rec["resident_role"]})
    return get_case(session, case_id)


def update_case(session: Session, case_id: int, changes: dict) -> dict:
    session.require(Permission.EDIT_LEGAL)
    conn = session.db.conn
    before = _case(conn, case_id)
    rec = validate_case(changes, partial_of=before)
    changed = [k for k in CASE_FIELDS if rec[k] != _stored(before, k)]
    if not changed:
        return get_case(session, case_id)
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        if "case_ref" in changed:
            other = legal_db.case_by_ref(conn, before["resident_id"], rec["case_ref"])
            if other and other["id"] != case_id:
                raise ShelterError("This resident already has a case numbered {case_ref}.",
                                   case_ref=rec["case_ref"])
        legal_db.update_case(conn, case_id, {k: rec[k] for k in changed})
        session.audit(Action.LEGAL_CASE_UPDATED, "resident", resident["case_number"],
                      {"case_id": case_id, "fields": changed})
    return get_case(session, case_id)


def _stored(record: dict, field: str):
    value = record.get(field)
    if field in ("state_legal_aid", "non_punishment_raised", "non_custodial") and value is not None:
        return bool(value)
    return value


def set_non_punishment_raised(session: Session, case_id: int, raised: bool | None) -> dict:
    """Records whether the non-punishment principle was raised in the proceedings."""
    session.require(Permission.EDIT_LEGAL)
    case = _case(session.db.conn, case_id)
    if not non_punishment_applies(case):
        raise ShelterError("The non-punishment principle concerns a resident who is a suspect or defendant.")
    before = _stored(case, "non_punishment_raised")
    result = update_case(session, case_id, {"non_punishment_raised": raised})
    if raised is not None and raised != before:
        # The outcome history (non_punishment.py) follows the old flag: raised -> pending, else not raised.
        from shelter_app.db import non_punishment as np_db

        with session.transaction():
            np_db.insert_outcome(session.db.conn, case_id, today().isoformat(),
                                 "raised_pending" if raised else "not_raised", "", session.user.username, now_utc())
    return result


def delete_case(session: Session, case_id: int) -> None:
    session.require(Permission.EDIT_LEGAL)
    conn = session.db.conn
    before = _case(conn, case_id)
    with session.transaction():
        resident = _resident(conn, before["resident_id"])
        legal_db.delete_case(conn, case_id)
        session.audit(Action.LEGAL_CASE_DELETED, "resident", resident["case_number"],
                      {"case_id": case_id, "cc_article": before["cc_article"]})


def add_event(session: Session, case_id: int, data: dict) -> dict:
    session.require(Permission.EDIT_LEGAL)
    conn = session.db.conn
    case = _case(conn, case_id)
    rec = validate_event(data, case, legal_db.events_for_case(conn, case_id))
    with session.transaction():
        resident = _resident(conn, case["resident_id"])
        event_id = legal_db.insert_event(conn, case_id, rec["date"], rec["stage"], rec["sentence_months"],
                                         rec["non_custodial"], rec["notes"], rec["next_hearing_date"],
                                         rec["cc_article"])
        details = {"case_id": case_id, "event_id": event_id, "stage": rec["stage"]}
        if rec["cc_article"]:
            details["cc_article"] = rec["cc_article"]
        session.audit(Action.LEGAL_EVENT_ADDED, "resident", resident["case_number"], details)
    return legal_db.get_event(conn, event_id)


def update_event(session: Session, event_id: int, changes: dict) -> dict:
    session.require(Permission.EDIT_LEGAL)
    conn = session.db.conn
    before = get_event(session, event_id)
    case = _case(conn, before["case_id"])
    rec = validate_event(changes, case, legal_db.events_for_case(conn, case["id"]), partial_of=before)
    changed = [k for k in EVENT_FIELDS if rec[k] != _stored(before, k)]
    if not changed:
        return before
    with session.transaction():
        resident = _resident(conn, case["resident_id"])
        legal_db.update_event(conn, event_id, {k: rec[k] for k in changed})
        session.audit(Action.LEGAL_EVENT_UPDATED, "resident", resident["case_number"],
                      {"case_id": case["id"], "event_id": event_id, "fields": changed})
    return legal_db.get_event(conn, event_id)


def delete_event(session: Session, event_id: int) -> None:
    session.require(Permission.EDIT_LEGAL)
    conn = session.db.conn
    before = get_event(session, event_id)
    case = _case(conn, before["case_id"])
    with session.transaction():
        resident = _resident(conn, case["resident_id"])
        legal_db.delete_event(conn, event_id)
        session.audit(Action.LEGAL_EVENT_DELETED, "resident", resident["case_number"],
                      {"case_id": case["id"], "event_id": event_id, "stage": before["stage"]})
