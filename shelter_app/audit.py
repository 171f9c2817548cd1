"""The audit log for directors: filter by person, record, action and date;
check the hash chain and name the first broken entry; print the filtered log
for an inspection. The log's storage and chain are in db/audit.py."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field

from shelter_app import codes
from shelter_app.db import audit as audit_db
from shelter_app.db import organisation as organisation_db
from shelter_app.i18n import N_, field_label, format_date, ntranslate, translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_date

PAGE = 200
MAX_PRINTED = 2000

# What each action of the audit log (permissions.Action) means, in the words a
# director would use (Russian and Kyrgyz in the catalogues, context
# "AuditActions"). tests/unit/test_audit_actions.py holds that every action
# has a label here, and that every session.audit(...) and audit_db.append(...)
# call writes an Action (a member, or its code: Action is a str).
ACTION_LABELS: dict[Action, str] = {
    Action.LOGIN: N_("AuditActions", "Signed in"),
    Action.LOGIN_FAILED: N_("AuditActions", "Failed sign-in"),
    Action.LOGIN_RECOVERY_KEY: N_("AuditActions", "Opened with the recovery key"),
    Action.LOCKED: N_("AuditActions", "Screen locked"),
    Action.DATABASE_CREATED: N_("AuditActions", "Database created"),
    Action.ACCOUNT_ADDED: N_("AuditActions", "Account added"),
    Action.ACCOUNT_REMOVED: N_("AuditActions", "Account removed"),
    Action.PASSWORD_CHANGED: N_("AuditActions", "Password changed"),
    Action.PASSWORD_RESET: N_("AuditActions", "Password reset"),
    Action.KEY_ROTATED: N_("AuditActions", "Database re-encrypted with a new key"),
    Action.SETTING_CHANGED: N_("AuditActions", "Setting changed"),
    Action.VERIFIED: N_("AuditActions", "Database verified"),
    Action.RESIDENT_CREATED: N_("AuditActions", "Resident registered"),
    Action.RESIDENT_VIEWED: N_("AuditActions", "Resident's record opened"),
    Action.RESIDENT_UPDATED: N_("AuditActions", "Resident's record changed"),
    Action.RESIDENT_DELETED: N_("AuditActions", "Resident's record deleted"),
    Action.RESIDENT_ANONYMIZED: N_("AuditActions", "Resident's record anonymized"),
    Action.RESIDENT_RECORD_PRINTED: N_("AuditActions", "Resident's full record printed"),
    Action.STAY_ADMITTED: N_("AuditActions", "Admitted to the shelter"),
    Action.STAY_DISCHARGED: N_("AuditActions", "Left the shelter"),
    Action.PLAN_DRAFT_CREATED: N_("AuditActions", "Plan draft created"),
    Action.PLAN_DRAFT_SAVED: N_("AuditActions", "Plan draft saved"),
    Action.PLAN_APPROVED: N_("AuditActions", "Plan approved"),
    Action.PLAN_REVIEWED: N_("AuditActions", "Plan reviewed"),
    Action.PLAN_PRINTED: N_("AuditActions", "Plan printed"),
    Action.SERVICE_LOGGED: N_("AuditActions", "Service logged"),
    Action.SERVICE_UPDATED: N_("AuditActions", "Service changed"),
    Action.SERVICE_DELETED: N_("AuditActions", "Service deleted"),
    Action.IMPORT: N_("AuditActions", "Data imported"),
    Action.STATISTICAL_RETURN_EXPORTED: N_("AuditActions", "Statistical return exported"),
    Action.BACKUP_CREATED: N_("AuditActions", "Backup made"),
    Action.BACKUP_RESTORED: N_("AuditActions", "Backup restored"),
    Action.AUDIT_VERIFIED: N_("AuditActions", "Audit log checked"),
    Action.AUDIT_LOG_PRINTED: N_("AuditActions", "Audit log printed"),
    Action.DEMO_DATA_GENERATED: N_("AuditActions", "Synthetic demo data added"),
    Action.ORGANISATION_ADDED: N_("AuditActions", "Organisation added to the directory"),
    Action.ORGANISATION_CHANGED: N_("AuditActions", "Organisation in the directory changed"),
    Action.ORGANISATION_KEYS_CREATED: N_("AuditActions", "Organisation keys created, role certificates issued"),
    # After the shelter (issue 17)
    Action.FOLLOW_UPS_PLANNED: N_("AuditActions", "Follow-up contacts planned"),
    Action.FOLLOW_UP_RECORDED: N_("AuditActions", "Follow-up contact recorded"),
    Action.FOLLOW_UP_CHANGED: N_("AuditActions", "Follow-up contact changed"),
    Action.FOLLOW_UP_DELETED: N_("AuditActions", "Follow-up contact deleted"),
    Action.CASE_CLOSED: N_("AuditActions", "Case closed after follow-up"),
    Action.COMPENSATION_CLAIMED: N_("AuditActions", "Compensation claim recorded"),
    Action.COMPENSATION_CHANGED: N_("AuditActions", "Compensation claim changed"),
    Action.COMPENSATION_DELETED: N_("AuditActions", "Compensation claim deleted"),
    Action.COMPENSATION_PAID: N_("AuditActions", "Compensation payment recorded"),
    Action.COMPENSATION_PAYMENT_DELETED: N_("AuditActions", "Compensation payment deleted"),
    Action.NON_PUNISHMENT_OFFENCE_SET: N_("AuditActions", "Offence recorded for non-punishment"),
    Action.NON_PUNISHMENT_OUTCOME: N_("AuditActions", "Non-punishment outcome recorded"),
    Action.NON_PUNISHMENT_OUTCOME_DELETED: N_("AuditActions", "Non-punishment outcome deleted"),
    Action.REFERRAL_MADE: N_("AuditActions", "Referral made"),
    Action.REFERRAL_CHANGED: N_("AuditActions", "Referral changed"),
    Action.REFERRAL_DELETED: N_("AuditActions", "Referral deleted"),
    Action.REFERRAL_OUTCOME: N_("AuditActions", "Referral outcome recorded"),
    Action.REFERRAL_LETTER_PRINTED: N_("AuditActions", "Referral letter printed"),
    Action.ORG_CARD_EXPORTED: N_("AuditActions", "Organisation card exported"),
    Action.ORG_CARD_ADDED: N_("AuditActions", "Organisation card added"),
    Action.TRANSFER_EXPORTED: N_("AuditActions", "Case transferred to another shelter"),
    Action.TRANSFER_IMPORTED: N_("AuditActions", "Case received from another shelter"),
    Action.NRM_SCREENING_RECORDED: N_("AuditActions", "NRM screening recorded"),
    Action.NRM_SCREENING_CHANGED: N_("AuditActions", "NRM screening corrected"),
    Action.NRM_REFERRED: N_("AuditActions", "Referred for formal identification"),
    Action.NRM_DECISION_RECORDED: N_("AuditActions", "Identification decision recorded"),
    Action.NRM_STATUS_CHANGED: N_("AuditActions", "NRM status changed"),
    Action.NRM_QUESTIONNAIRE_PRINTED: N_("AuditActions", "Screening questionnaire printed"),
    Action.NRM_LETTER_PRINTED: N_("AuditActions", "Referral letter for identification printed"),
    Action.RISK_ASSESSED: N_("AuditActions", "Risk assessed"),
    Action.SAFETY_PLAN_SAVED: N_("AuditActions", "Safety plan saved"),
    Action.SAFETY_PLAN_PRINTED: N_("AuditActions", "Safety plan printed"),
    Action.GUARDIAN_ADDED: N_("AuditActions", "Guardian added"),
    Action.GUARDIAN_CHANGED: N_("AuditActions", "Guardian changed"),
    Action.CHILD_CONSENT_RECORDED: N_("AuditActions", "Child's consent recorded"),
    Action.BEST_INTERESTS_ASSESSED: N_("AuditActions", "Best-interests assessment recorded"),
    Action.CHILD_MEASURES_RECORDED: N_("AuditActions", "Child-friendly measures recorded"),
    Action.SAFETY_COPY_DELETED: N_("AuditActions", "Safety copy deleted"),
    # The case file (issue 16)
    Action.CASE_NOTE_ADDED: N_("AuditActions", "Case note written"),
    Action.CASE_NOTE_CHANGED: N_("AuditActions", "Case note changed"),
    Action.CASE_NOTE_ANNOTATED: N_("AuditActions", "Case note annotated"),
    Action.ATTACHMENT_ADDED: N_("AuditActions", "Attachment added"),
    Action.ATTACHMENT_VIEWED: N_("AuditActions", "Attachment opened"),
    Action.ATTACHMENT_SAVED: N_("AuditActions", "Copy of an attachment saved"),
    Action.ATTACHMENT_CHANGED: N_("AuditActions", "Attachment changed"),
    Action.ATTACHMENT_DELETED: N_("AuditActions", "Attachment deleted"),
    Action.DOCUMENT_ADDED: N_("AuditActions", "Identity document added"),
    Action.DOCUMENT_CHANGED: N_("AuditActions", "Identity document changed"),
    Action.DOCUMENT_DELETED: N_("AuditActions", "Identity document deleted"),
    Action.CONTACT_ADDED: N_("AuditActions", "Contact added"),
    Action.CONTACT_CHANGED: N_("AuditActions", "Contact changed"),
    Action.CONTACT_DELETED: N_("AuditActions", "Contact deleted"),
    Action.PLACE_ADDED: N_("AuditActions", "Place added"),
    Action.PLACE_CHANGED: N_("AuditActions", "Place changed"),
    Action.STAY_MOVED: N_("AuditActions", "Moved to another place"),
    Action.STAY_CORRECTED: N_("AuditActions", "Stay corrected"),
    Action.DISCHARGE_UNDONE: N_("AuditActions", "Discharge undone"),
    Action.RESIDENT_MERGED: N_("AuditActions", "Another record merged into this one"),
    Action.RESIDENT_MERGED_AWAY: N_("AuditActions", "Record merged into another"),
    Action.RESIDENT_DELETED_MISTAKE: N_("AuditActions", "Record created by mistake deleted"),
    Action.LEGAL_CASE_CREATED: N_("AuditActions", "Legal case opened"),
    Action.LEGAL_CASE_UPDATED: N_("AuditActions", "Legal case changed"),
    Action.LEGAL_CASE_DELETED: N_("AuditActions", "Legal case deleted"),
    Action.LEGAL_EVENT_ADDED: N_("AuditActions", "Step in the proceedings recorded"),
    Action.LEGAL_EVENT_UPDATED: N_("AuditActions", "Step in the proceedings changed"),
    Action.LEGAL_EVENT_DELETED: N_("AuditActions", "Step in the proceedings deleted"),
    Action.SERVICE_REFERRAL_FOLLOWED_UP: N_("AuditActions", "Referral followed up"),
    Action.SUMMARY_PRINTED: N_("AuditActions", "Services and legal cases printed"),
    Action.PLAN_COMPLETED: N_("AuditActions", "Plan completed"),
    Action.PLAN_CANCELLED: N_("AuditActions", "Plan cancelled"),
    Action.PLAN_SAVED_PDF: N_("AuditActions", "Plan saved as PDF"),
    Action.ORGANISATION_DETAILS_CHANGED: N_("AuditActions", "Organisation's name, code or region corrected"),
}

# Why the database key was rotated (details "reason" of a key_rotated entry):
# not actions of their own, shown in the words of the audit log.
ROTATION_REASONS = {
    "recovery_key_replaced": N_("AuditActions", "Recovery key replaced"),
}

RECORD_LABELS = {
    "resident": N_("AuditRecords", "Resident"),
    "account": N_("AuditRecords", "Account"),
    "database": N_("AuditRecords", "Database"),
    "organisation": N_("AuditRecords", "Organisation"),
    "setting": N_("AuditRecords", "Setting"),
    "plan": N_("AuditRecords", "Plan"),
    "service": N_("AuditRecords", "Service"),
    "legal_case": N_("AuditRecords", "Legal case"),
    "audit_log": N_("AuditRecords", "Audit log"),
    "place": N_("AuditRecords", "Place"),
}


DETAIL_LABELS = {
    "at": N_("AuditDetails", "at"),
    "fields": N_("AuditDetails", "fields"),
    "reason": N_("AuditDetails", "reason"),
    "file": N_("AuditDetails", "file"),
    "size": N_("AuditDetails", "size"),
    "residents": N_("AuditDetails", "residents"),
    "ok": N_("AuditDetails", "in order"),
    "first_broken": N_("AuditDetails", "first broken entry"),
    "language": N_("AuditDetails", "language"),
    "to": N_("AuditDetails", "to"),
    "output": N_("AuditDetails", "printed to"),
    "from": N_("AuditDetails", "from"),
    "generation": N_("AuditDetails", "key generation"),
    "last_contact": N_("AuditDetails", "last contact"),
    "backup_created_at": N_("AuditDetails", "backup made"),
    "backup_created_by": N_("AuditDetails", "backup made by"),
    "safety_copy": N_("AuditDetails", "safety copy"),
    "stays": N_("AuditDetails", "stays"),
    "plans": N_("AuditDetails", "plans"),
    "services": N_("AuditDetails", "services"),
    "legal_events": N_("AuditDetails", "legal events"),
    "seed": N_("AuditDetails", "seed"),
    "fingerprint": N_("AuditDetails", "fingerprint"),
    "replaced_head": N_("AuditDetails", "replaced database's audit head"),
    "replaced_organisation": N_("AuditDetails", "replaced database's organisation"),
    "residents_replaced": N_("AuditDetails", "residents replaced"),
    "audit_entries_replaced": N_("AuditDetails", "audit entries replaced"),
    "certificates": N_("AuditDetails", "certificates"),
    "note": N_("AuditDetails", "note"),
    "attachment": N_("AuditDetails", "attachment"),
    "document": N_("AuditDetails", "document"),
    "contact": N_("AuditDetails", "contact"),
    "stay": N_("AuditDetails", "stay"),
    "before": N_("AuditDetails", "before"),
    "after": N_("AuditDetails", "after"),
    "merged": N_("AuditDetails", "merged record"),
    "into": N_("AuditDetails", "kept record"),
    "moved": N_("AuditDetails", "moved"),
    "moved_on": N_("AuditDetails", "moved on"),
    "place": N_("AuditDetails", "place"),
    "kind": N_("AuditDetails", "kind"),
    "capacity": N_("AuditDetails", "capacity"),
    "case_id": N_("AuditDetails", "case no."),
    "event_id": N_("AuditDetails", "step no."),
    "service_id": N_("AuditDetails", "service no."),
    "review_date": N_("AuditDetails", "review date"),
    "next_review_date": N_("AuditDetails", "next review"),
    "approved_on": N_("AuditDetails", "approved on"),
    "replaces_version": N_("AuditDetails", "replaces version"),
    "based_on_version": N_("AuditDetails", "based on version"),
    "resident_wishes": N_("AuditDetails", "resident's wishes"),
    "version": N_("AuditDetails", "version"),
    "format": N_("AuditDetails", "format"),
    "stage": N_("AuditDetails", "step"),
    "date": N_("AuditDetails", "date"),
    "case_ref": N_("AuditDetails", "case"),
    "service_type": N_("AuditDetails", "service"),
    "cc_article": N_("AuditDetails", "article"),
    "resident_role": N_("AuditDetails", "role in the case"),
    "status": N_("AuditDetails", "status"),
    "parts": N_("AuditDetails", "parts"),
    "goals": N_("AuditDetails", "goals"),
    "needs": N_("AuditDetails", "needs"),
    # identification, risk and safety, children (issue 15)
    "result": N_("AuditDetails", "result"),
    "child_criteria": N_("AuditDetails", "child criteria"),
    "shared": N_("AuditDetails", "shared with consent"),
    "decision": N_("AuditDetails", "decision"),
    "corrected": N_("AuditDetails", "corrected"),
    "risk_level": N_("AuditDetails", "risk level"),
    "suggested": N_("AuditDetails", "suggested level"),
    "suspected_involvement": N_("AuditDetails", "suspected of involvement"),
    "consented_alone": N_("AuditDetails", "consented alone (16+)"),
    "measures": N_("AuditDetails", "measures"),
}


def _detail_key(key: str, lang: str | None) -> str:
    if key in DETAIL_LABELS:
        return translate("AuditDetails", DETAIL_LABELS[key], lang)
    if key in codes.FIELD_LABELS:
        return field_label(key, lang)
    return key


def _detail_value(key: str, value, lang: str | None) -> str:
    if isinstance(value, bool):
        return translate("AuditDetails", "yes", lang) if value else translate("AuditDetails", "no", lang)
    if isinstance(value, (list, tuple)):
        if key in ("fields", "parts"):
            return ", ".join(_detail_key(str(v), lang) for v in value)
        listed = {"shared": codes.REFERRAL_SHARE, "measures": codes.CHILD_MEASURE}.get(key)
        if listed is not None:
            return ", ".join(listed.label(str(v), lang) for v in value)
        return ", ".join(str(v) for v in value)
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{_detail_key(k, lang)}: {_detail_value(k, v, lang)}" for k, v in value.items())
    text = str(value)
    if key == "output":
        return translate("AuditDetails", "printer", lang) if text == "printer" else text.upper()
    if key == "reason" and text in ROTATION_REASONS:
        return translate("AuditActions", ROTATION_REASONS[text], lang)
    code_list = {"role": codes.ROLE, "exit_reason": codes.EXIT_REASON, "stage": codes.LEGAL_STAGE,
                 "service_type": codes.SERVICE_TYPE, "cc_article": codes.CC_ARTICLE,
                 "resident_role": codes.RESIDENT_ROLE, "result": codes.SCREENING_RESULT,
                 "risk_level": codes.RISK_LEVEL, "suggested": codes.RISK_LEVEL,
                 "decision": codes.NRM_DECISION}.get(key)
    if code_list is not None:
        return code_list.label(text, lang)
    if len(text) == 10 and text[4:5] == "-" and text[7:8] == "-":
        try:
            return format_date(text, lang)
        except ValueError:
            return text
    if len(text) > 19 and text[10:11] == "T" and text.endswith("Z"):
        try:
            moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
            return f"{format_date(moment.date(), lang)} {moment:%H:%M:%S}"
        except ValueError:
            return text
    return text


def action_label(action: str, lang: str | None = None) -> str:
    """What an action means, in `lang`; an unknown code (written by a newer
    version, say) is shown as it is."""
    try:
        text = ACTION_LABELS[Action(action)]
    except ValueError:
        return action
    return translate("AuditActions", text, lang)


def record_label(record_type: str, lang: str | None = None) -> str:
    text = RECORD_LABELS.get(record_type)
    return translate("AuditRecords", text, lang) if text else record_type


# --- filters ------------------------------------------------------------------------

@dataclass
class Filters:
    """What the director narrowed the log to. Dates are days in local time, inclusive."""
    username: str | None = None
    action: str | None = None
    record_type: str | None = None
    record_id: str | None = None
    date_from: str | _dt.date | None = None
    date_to: str | _dt.date | None = None

    def clean(self) -> dict:
        """The SQL arguments, or ValidationError naming the wrong field."""
        p = Problems()
        data = {"date_from": self.date_from, "date_to": self.date_to}
        start = check_date(p, data, "date_from", not_future=False)
        end = check_date(p, data, "date_to", not_future=False)
        if start and end and start > end:
            p.add("date_to", "The end date is before the start date.")
        p.raise_if_any()
        return {
            "username": (self.username or "").strip() or None,
            "action": (self.action or "").strip() or None,
            "record_type": (self.record_type or "").strip() or None,
            "record_id": (self.record_id or "").strip() or None,
            "ts_from": _utc_bound(start) if start else None,
            "ts_before": _utc_bound(start_of_next(end)) if end else None,
        }

    def describe(self, lang: str | None = None) -> list[tuple[str, str]]:
        rows = []
        if self.username:
            rows.append((translate("Audit", "Account", lang), self.username))
        if self.action:
            rows.append((translate("Audit", "Action", lang), action_label(self.action, lang)))
        if self.record_type or self.record_id:
            rows.append((translate("Audit", "Record", lang),
                         " ".join(x for x in (record_label(self.record_type or "", lang), self.record_id or "") if x)))
        if self.date_from or self.date_to:
            rows.append((translate("Audit", "Dates", lang), "{} – {}".format(
                format_date(_iso(self.date_from), lang) if self.date_from else "…",
                format_date(_iso(self.date_to), lang) if self.date_to else "…")))
        return rows


def _iso(value) -> str:
    from shelter_app.validation import parse_date

    return parse_date(value).isoformat()


def start_of_next(day: str) -> str:
    return (_dt.date.fromisoformat(day) + _dt.timedelta(days=1)).isoformat()


def _utc_bound(day: str) -> str:
    """Local midnight of `day` as the log's UTC timestamp text."""
    local = _dt.datetime.combine(_dt.date.fromisoformat(day), _dt.time.min).astimezone()
    return local.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- reading ------------------------------------------------------------------------

@dataclass
class Entry:
    id: int
    ts: str
    username: str
    action: str
    record_type: str
    record_id: str
    details: dict = field(default_factory=dict)

    @property
    def local_time(self) -> _dt.datetime:
        return _dt.datetime.fromisoformat(self.ts.replace("Z", "+00:00")).astimezone()

    def when(self, lang: str | None = None) -> str:
        local = self.local_time
        return f"{format_date(local.date(), lang)} {local:%H:%M:%S}"

    def action_text(self, lang: str | None = None) -> str:
        return action_label(self.action, lang)

    def record_text(self, lang: str | None = None) -> str:
        return " ".join(x for x in (record_label(self.record_type, lang) if self.record_type else "",
                                    self.record_id) if x)

    def details_text(self, lang: str | None = None) -> str:
        return "; ".join(f"{_detail_key(k, lang)}: {_detail_value(k, v, lang)}" if k else str(v)
                         for k, v in sorted(self.details.items()))


def _entry(row) -> Entry:
    try:
        details = json.loads(row["details"] or "{}")
        if not isinstance(details, dict):
            details = {"": details}
    except ValueError:
        details = {"": row["details"]}
    return Entry(row["id"], row["ts"], row["username"], row["action"], row["record_type"], row["record_id"],
                 details)


def entries(session: Session, filters: Filters | None = None, *, limit: int = PAGE, offset: int = 0) -> list[Entry]:
    """The log, newest first, narrowed by `filters`."""
    session.require(Permission.VIEW_AUDIT)
    args = (filters or Filters()).clean()
    return [_entry(r) for r in audit_db.search(session.db.conn, limit=limit, offset=offset, **args)]


def count(session: Session, filters: Filters | None = None) -> int:
    session.require(Permission.VIEW_AUDIT)
    return audit_db.search_count(session.db.conn, **(filters or Filters()).clean())


def choices(session: Session) -> dict[str, list[str]]:
    """The accounts, actions and record kinds that occur in the log."""
    session.require(Permission.VIEW_AUDIT)
    conn = session.db.conn
    return {column: audit_db.distinct_values(conn, column) for column in ("username", "action", "record_type")}


# --- checking the chain -----------------------------------------------------------------

@dataclass
class ChainCheck:
    entries: int
    broken_entry: int | None = None
    reason: str | None = None  # "removed", "altered" or "link"
    # Signed heads (anchors.py) the chain does not extend: cut or recomputed.
    contradictions: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken_entry is None and not self.contradictions

    def message(self, lang: str | None = None) -> str:
        if self.contradictions and self.broken_entry is None:
            return "\n".join(c.message(lang) for c in self.contradictions)
        if self.ok:
            return ntranslate("Audit", "The audit log is intact: %n entries, none altered or removed.", self.entries,
                              lang, one="The audit log is intact: %n entry, not altered or removed.")
        reason = {
            "removed": translate("Audit", "it was removed", lang),
            "altered": translate("Audit", "it was altered", lang),
            "link": translate("Audit", "it, or the entry before it, was altered or removed", lang),
        }.get(self.reason or "", self.reason or "")
        return translate("Audit", "The audit log was tampered with. First broken entry: #{entry} ({reason}).",
                         lang).format(entry=self.broken_entry, reason=reason)


def verify(session: Session, against=None, progress=None) -> ChainCheck:
    """Check the hash chain, and that it still extends every signed head
    known (the key file's, and `against`: a backup or a return's metadata);
    the check itself goes into the log. progress(checked, total) as it goes,
    when given."""
    from shelter_app import anchors

    session.require(Permission.VIEW_AUDIT)
    conn = session.db.conn
    total = audit_db.search_count(conn)
    broken = audit_db.first_broken(conn, progress)
    result = ChainCheck(total) if broken is None else ChainCheck(total, broken[0], broken[1])
    result.contradictions = anchors.check(session, session.key_file.anchors, "key file")
    if against is not None:
        result.contradictions += anchors.check(session, anchors.anchors_in_file(against), str(against))
    with session.transaction():
        session.audit(Action.AUDIT_VERIFIED, "audit_log", "", {
            "ok": result.ok, "first_broken": result.broken_entry or
            (result.contradictions[0].position if result.contradictions else None)})
    return result


# --- printing -----------------------------------------------------------------------

def document(session: Session, filters: Filters | None = None, lang: str | None = None):
    """The filtered log as a printable document (printing/common.py), in
    `lang`, with the chain's state at the top."""
    from shelter_app.printing import common

    session.require(Permission.VIEW_AUDIT)
    filters = filters or Filters()
    args = filters.clean()
    conn = session.db.conn
    total = audit_db.search_count(conn, **args)
    rows = [_entry(r) for r in audit_db.search(conn, limit=MAX_PRINTED, **args)]
    broken = audit_db.first_broken(conn)
    chain = ChainCheck(audit_db.search_count(conn)) if broken is None else \
        ChainCheck(audit_db.search_count(conn), broken[0], broken[1])
    org = organisation_db.get(conn)
    today = format_date(_dt.date.today(), lang)
    meta = [(translate("Audit", "Printed by", lang), f"{session.user.display_name} ({session.user.username})"),
            (translate("Audit", "Printed on", lang), today)]
    meta += filters.describe(lang) or [(translate("Audit", "Filter", lang), translate("Audit", "the whole log", lang))]
    meta.append((translate("Audit", "Entries", lang), str(total)))
    blocks: list = [common.Heading(translate("Audit", "Audit log", lang)), common.Fields(meta)]
    blocks.append(common.Text(chain.message(lang)) if chain.ok else common.Note(chain.message(lang)))
    if total > len(rows):
        blocks.append(common.Note(ntranslate(
            "Audit", "Only the newest %n entries are printed: narrow the filter to print the rest.", len(rows), lang,
            one="Only the newest entry is printed: narrow the filter to print the rest.")))
    table_rows = [[str(e.id), e.when(lang), e.username, e.action_text(lang), e.record_text(lang),
                   e.details_text(lang)] for e in rows]
    columns = [(translate("Audit", "No.", lang), 0.6), (translate("Audit", "Time", lang), 1.6),
               (translate("Audit", "Account", lang), 1.1), (translate("Audit", "Action", lang), 2.0),
               (translate("Audit", "Record", lang), 1.4), (translate("Audit", "Details", lang), 2.6)]
    blocks.append(common.Table(columns, table_rows, empty=translate("Audit", "No entries match the filter.", lang)))
    return common.Document(
        title=translate("Audit", "Audit log", lang), organisation=(org["name"] if org else ""),
        footer=translate("Audit", "Printed {date} by {user}", lang).format(date=today, user=session.user.username),
        page_label=translate("Audit", "Page {page} of {pages}", lang),
        sections=[common.Section(reference=(org["code"] if org else ""), blocks=blocks)],
        author=session.user.display_name)


def print_pdf(session: Session, filters: Filters | None = None, lang: str | None = None) -> bytes:
    """The filtered log as PDF bytes (in memory). Written to the log itself;
    a screen that prints `document()` calls `record_print` instead."""
    from shelter_app.printing import common

    pdf = common.render_pdf(document(session, filters, lang))
    record_print(session, filters, "pdf")
    return pdf


def save_pdf(session: Session, filters: Filters | None, lang: str | None, path) -> None:
    """Write the filtered log as a PDF file (atomically); audited."""
    from shelter_app import atomic

    atomic.write_bytes(path, print_pdf(session, filters, lang))


def record_print(session: Session, filters: Filters | None, target: str) -> None:
    f = filters or Filters()
    details = {k: v for k, v in (("username", f.username), ("action", f.action), ("record_type", f.record_type),
                                 ("record_id", f.record_id), ("date_from", str(f.date_from or "")),
                                 ("date_to", str(f.date_to or ""))) if v}
    details["output"] = target
    with session.transaction():
        session.audit(Action.AUDIT_LOG_PRINTED, "audit_log", "", details)
