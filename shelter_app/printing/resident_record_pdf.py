"""The printed record of everything held about one resident, for the
resident. Built as a printing/common.py document: the same text goes to a
PDF or to the printer. Every label is in the language chosen at print time."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.i18n import N_, field_label, format_date, translate

TITLES = {
    "residents": N_("ResidentRecord", "Personal record"),
    "stays": N_("ResidentRecord", "Stays in the shelter"),
    "plans": N_("ResidentRecord", "Rehabilitation plans"),
    "plan_needs": N_("ResidentRecord", "Needs assessment"),
    "plan_goals": N_("ResidentRecord", "Plan goals"),
    "plan_reviews": N_("ResidentRecord", "Plan reviews"),
    "services": N_("ResidentRecord", "Services received"),
    "legal_cases": N_("ResidentRecord", "Legal cases"),
    "legal_events": N_("ResidentRecord", "Legal proceedings"),
    "case_notes": N_("ResidentRecord", "Case notes"),
    "case_note_annotations": N_("ResidentRecord", "Annotations to case notes"),
    "attachments": N_("ResidentRecord", "Attachments (scans, photos, PDFs)"),
    "identity_documents": N_("ResidentRecord", "Identity documents"),
    "contacts": N_("ResidentRecord", "Contacts"),
    "stay_moves": N_("ResidentRecord", "Moves within a stay"),
    "resident_aliases": N_("ResidentRecord", "Case numbers of records merged into this one"),
    "nrm_screenings": N_("ResidentRecord", "Screenings for trafficking indicators"),
    "nrm_screening_needs": N_("ResidentRecord", "Needs found at screening"),
    "nrm_referrals": N_("ResidentRecord", "Referrals for identification"),
    "risk_assessments": N_("ResidentRecord", "Risk assessments"),
    "safety_plans": N_("ResidentRecord", "Safety plans"),
    "guardians": N_("ResidentRecord", "Guardians and legal representatives"),
    "child_consents": N_("ResidentRecord", "Consents for a child"),
    "best_interests_assessments": N_("ResidentRecord", "Best interests assessments"),
    "legal_event_child_measures": N_("ResidentRecord", "Measures for a child in the proceedings"),
    "follow_ups": N_("ResidentRecord", "Follow-up after the shelter"),
    "non_punishment_outcomes": N_("ResidentRecord", "Non-punishment: outcomes"),
    "compensation_claims": N_("ResidentRecord", "Compensation claims"),
    "compensation_payments": N_("ResidentRecord", "Compensation payments"),
    "referrals": N_("ResidentRecord", "Referrals to other organisations"),
    "referral_outcomes": N_("ResidentRecord", "Outcomes of referrals"),
}

# The bytes of an attachment and its thumbnail are listed through `attachments`, never printed.
SKIPPED_TABLES = {"attachment_chunks", "attachment_thumbnails"}

# Labels for columns that FIELD_LABELS (the resident's form) does not name.
COLUMN_LABELS = {
    "created_at": N_("ResidentRecord", "Recorded"),
    "updated_at": N_("ResidentRecord", "Last changed"),
    "anonymized_at": N_("ResidentRecord", "Anonymized"),
    "version": N_("ResidentRecord", "Version"),
    "status": N_("ResidentRecord", "Status"),
    "resident_wishes": N_("ResidentRecord", "Resident's wishes"),
    "created_by": N_("ResidentRecord", "Written by"),
    "approved_by": N_("ResidentRecord", "Approved by"),
    "approved_on": N_("ResidentRecord", "Approved on"),
    "resident_agreed": N_("ResidentRecord", "Resident agreed"),
    "resident_agreed_on": N_("ResidentRecord", "Agreed on"),
    "closed_on": N_("ResidentRecord", "Closed on"),
    "domain": N_("ResidentRecord", "Area"),
    "need_level": N_("ResidentRecord", "Need"),
    "assessment": N_("ResidentRecord", "Assessment"),
    "goal": N_("ResidentRecord", "Goal"),
    "actions": N_("ResidentRecord", "Actions"),
    "responsible": N_("ResidentRecord", "Responsible"),
    "target_date": N_("ResidentRecord", "Target date"),
    "review_date": N_("ResidentRecord", "Review date"),
    "progress": N_("ResidentRecord", "Progress"),
    "next_review_date": N_("ResidentRecord", "Next review"),
    "reviewed_by": N_("ResidentRecord", "Reviewed by"),
    "staff": N_("ResidentRecord", "Staff"),
    "referral_status": N_("ResidentRecord", "Referral"),
    "non_punishment_raised": N_("ResidentRecord", "Non-punishment raised"),
    "noted_at": N_("ResidentRecord", "Date and time"),
    "kind": N_("ResidentRecord", "Kind"),
    "confidentiality": N_("ResidentRecord", "Confidentiality"),
    "text": N_("ResidentRecord", "Text"),
    "author": N_("ResidentRecord", "Written by"),
    "title": N_("ResidentRecord", "Title"),
    "date": N_("ResidentRecord", "Date"),
    "file_name": N_("ResidentRecord", "File"),
    "media_type": N_("ResidentRecord", "Type"),
    "size": N_("ResidentRecord", "Size (bytes)"),
    "added_by": N_("ResidentRecord", "Added by"),
    "added_at": N_("ResidentRecord", "Added"),
    "document_type": N_("ResidentRecord", "Document"),
    "number": N_("ResidentRecord", "Number"),
    "issuing_country": N_("ResidentRecord", "Issued by"),
    "expiry_date": N_("ResidentRecord", "Valid until"),
    "holder": N_("ResidentRecord", "Held by"),
    "replacement_requested_on": N_("ResidentRecord", "Replacement requested"),
    "name": N_("ResidentRecord", "Name"),
    "relation": N_("ResidentRecord", "Relation"),
    "phone": N_("ResidentRecord", "Phone"),
    "place": N_("ResidentRecord", "Place"),
    "safe_to_contact": N_("ResidentRecord", "Safe to contact"),
    "key_worker": N_("ResidentRecord", "Key worker"),
    "moved_on": N_("ResidentRecord", "Moved on"),
    "recorded_by": N_("ResidentRecord", "Recorded by"),
    "merged_at": N_("ResidentRecord", "Merged"),
    "merged_by": N_("ResidentRecord", "Merged by"),
}

HIDDEN = {"id", "resident_id", "plan_id", "case_id", "name_key", "based_on", "superseded_by", "position",
          "group_session", "sha256", "contact_id", "note_id", "stay_id", "place_id", "recorded_at"}

CODE_COLUMNS = {
    "sex": codes.SEX, "referral_source": codes.REFERRAL_SOURCE, "primary_exploitation": codes.EXPLOITATION,
    "other_exploitation": codes.EXPLOITATION, "recruitment_channel": codes.RECRUITMENT_CHANNEL,
    "recruiter_relation": codes.RECRUITER_RELATION, "means_of_control": codes.MEANS_OF_CONTROL,
    "labour_sector": codes.LABOUR_SECTOR, "case_status": codes.CASE_STATUS, "nrm_status": codes.NRM_STATUS,
    "exit_reason": codes.EXIT_REASON, "domain": codes.PLAN_DOMAIN, "need_level": codes.NEED_LEVEL,
    "service_type": codes.SERVICE_TYPE, "cc_article": codes.CC_ARTICLE, "resident_role": codes.RESIDENT_ROLE,
    "stage": codes.LEGAL_STAGE, "languages": codes.LANGUAGE,
}
STATUS_COLUMNS = {"plans": codes.PLAN_STATUS, "plan_goals": codes.GOAL_STATUS}
TABLE_CODE_COLUMNS = {("case_notes", "kind"): codes.NOTE_KIND, ("attachments", "kind"): codes.ATTACHMENT_KIND,
                      ("case_notes", "confidentiality"): codes.CONFIDENTIALITY,
                      ("identity_documents", "document_type"): codes.DOCUMENT_TYPE,
                      ("identity_documents", "holder"): codes.DOCUMENT_HOLDER,
                      ("contacts", "safe_to_contact"): codes.SAFE_TO_CONTACT}
BOOLEAN_COLUMNS = {"disability", "consent_anonymized_reporting", "state_legal_aid", "non_custodial",
                   "resident_agreed", "non_punishment_raised"}
LIST_COLUMNS = {"languages", "other_exploitation", "means_of_control"}
COUNTRY_COLUMNS = {"citizenship", "exploitation_country"}
STAFF_COLUMNS = {"created_by", "approved_by", "reviewed_by", "staff", "updated_by", "recorded_by"}
WIDE_TABLE = 7
WIDTHS = {"notes": 2.0, "goal": 2.0, "actions": 2.0, "assessment": 2.4, "progress": 2.4, "service_type": 1.5,
          "stage": 1.5, "provider": 1.3}  # more visible columns than this: one block of fields per row


def _t(text: str, lang) -> str:
    return translate("ResidentRecord", text, lang)


def column_label(column: str, lang=None) -> str:
    if column in COLUMN_LABELS:
        return _t(COLUMN_LABELS[column], lang)
    if column in codes.FIELD_LABELS:
        return field_label(column, lang)
    return column.replace("_", " ")


def _date_text(text: str, lang) -> str:
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        try:
            if len(text) > 10 and "T" in text:
                moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
                return f"{format_date(moment.date(), lang)} {moment:%H:%M}"
            return format_date(text[:10], lang)
        except ValueError:
            return text
    return text


def value_text(table: str, column: str, value, lang=None, staff: dict | None = None) -> str:
    """What a person reads in a cell: names, never codes (a country, a
    language, a code-list label, a staff member's full name)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "—"
    if (table, column) in TABLE_CODE_COLUMNS:
        return TABLE_CODE_COLUMNS[(table, column)].label(str(value), lang)
    if column in COUNTRY_COLUMNS:
        return codes.country_label(str(value), lang)
    if column in STAFF_COLUMNS and staff:
        return staff.get(str(value), str(value))
    if column in BOOLEAN_COLUMNS:
        if bool(value) and value not in ("0", 0):
            return translate("ResidentRecord", "Yes", lang)
        return translate("ResidentRecord", "No", lang)
    code_list = STATUS_COLUMNS.get(table) if column == "status" else \
        CODE_COLUMNS.get(column) or codes.CODE_LISTS.get(column)
    if column == "referral_status":
        try:
            from shelter_app.services import REFERRAL_STATUS as code_list
        except ImportError:
            code_list = None
    if column in LIST_COLUMNS:
        items = value if isinstance(value, list) else [v for v in str(value).split(";") if v]
        if not items:
            return "—"
        return ", ".join(code_list.label(v, lang) if code_list else str(v) for v in items)
    if code_list is not None:
        return code_list.label(str(value), lang)
    if column == "provider" and value == "in_house":
        return translate("ResidentRecord", "In-house", lang)
    return _date_text(str(value), lang) if isinstance(value, str) else str(value)


def _visible(table: str, rows: list[dict]) -> list[str]:
    """The columns a person reads; when each row was typed in matters on the
    personal record only."""
    hidden = HIDDEN if table == "residents" else HIDDEN | {"created_at"}
    return [c for c in rows[0] if c not in hidden] if rows else []


def document(held, lang=None, *, printed_by: str = ""):
    from shelter_app.printing import common

    resident = held.resident
    today = format_date(_dt.date.today(), lang)
    blocks: list = [
        common.Heading(translate("ResidentRecord", "Everything held about {name}", lang).format(
            name=resident["full_name"])),
        common.Fields([(field_label("case_number", lang), resident["case_number"]),
                       (translate("ResidentRecord", "Organisation", lang), held.organisation.get("name", "")),
                       (translate("ResidentRecord", "Printed on", lang), today)]),
        common.Text(translate("ResidentRecord", "This is every record the organisation keeps about you in its "
                              "case management database, as it stands on the day it was printed.", lang),
                    italic=True),
    ]
    for table, rows in held.tables.items():
        if table in SKIPPED_TABLES:
            continue
        title = _t(TITLES[table], lang) if table in TITLES else table.replace("_", " ")
        blocks.append(common.Heading(title, level=2))
        columns = _visible(table, rows)
        if not rows:
            blocks.append(common.Text(translate("ResidentRecord", "None.", lang), italic=True))
        elif table == "residents" or len(columns) > WIDE_TABLE:
            for number, row in enumerate(rows, 1):
                fields = [(column_label(c, lang), value_text(table, c, row[c], lang, held.staff)) for c in columns]
                if table != "residents":
                    fields.insert(0, (translate("ResidentRecord", "No.", lang), str(number)))
                blocks.append(common.Fields(fields))
        else:
            blocks.append(common.Table([(column_label(c, lang), WIDTHS.get(c, 1.0)) for c in columns],
                                       [[value_text(table, c, row[c], lang, held.staff) for c in columns]
                                        for row in rows]))
    blocks.append(common.Heading(translate("ResidentRecord", "Who opened or changed this record", lang), level=2))
    audit_columns = [(translate("ResidentRecord", "Time", lang), 1.4),
                     (translate("ResidentRecord", "Staff member", lang), 1.0),
                     (translate("ResidentRecord", "What was done", lang), 2.2)]
    blocks.append(common.Table(audit_columns,
                               [[e.when(lang), held.staff.get(e.username, e.username), e.action_text(lang)]
                                for e in held.audit],
                               empty=translate("ResidentRecord", "None.", lang)))
    return common.Document(
        title=translate("ResidentRecord", "Everything held about one resident", lang),
        organisation=held.organisation.get("name", ""),
        footer=translate("ResidentRecord", "Printed {date} by {user}. Confidential.", lang).format(
            date=today, user=printed_by),
        page_label=translate("ResidentRecord", "Page {page} of {pages}", lang),
        sections=[common.Section(reference=resident["case_number"], blocks=blocks)], author=printed_by)
