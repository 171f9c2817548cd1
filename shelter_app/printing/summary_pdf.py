"""A resident's services and legal cases on paper: the same page template,
fonts and escaping as the plans (printing/common.py). A PDF is made in
memory; it reaches the disk only when the person saves it."""

from __future__ import annotations

from pathlib import Path

from shelter_app import accounts, codes, legal, residents, services
from shelter_app.atomic import write_bytes
from shelter_app.i18n import current_language, format_date, translate
from shelter_app.permissions import Action, Permission
from shelter_app.printing.common import Cell, Document, Fields, Heading, Note, Section, Table, Text
from shelter_app.session import Session
from shelter_app.validation import today


def _yes_no(value, lang: str) -> str:
    if value is None:
        return translate("SummaryPdf", "not recorded", lang)
    return translate("SummaryPdf", "yes", lang) if value else translate("SummaryPdf", "no", lang)


def _sentence(event: dict, lang: str) -> str:
    if event["stage"] != "conviction":
        return ""
    if event["non_custodial"]:
        return translate("SummaryPdf", "non-custodial", lang)
    return translate("SummaryPdf", "{months} months", lang).format(months=event["sentence_months"])


def section(session: Session, resident_id: int, lang: str, *, case_numbers_only: bool = False) -> Section:
    session.require(Permission.VIEW_SERVICES)
    person = residents.get(session, resident_id, audit_view=False)
    rows = [(translate("SummaryPdf", "Case number", lang), person["case_number"])]
    if not case_numbers_only:
        rows.append((translate("SummaryPdf", "Name", lang), person["full_name"]))
    consent = format_date(person["consent_data_processing"], lang) or translate("SummaryPdf", "not recorded", lang)
    rows += [(translate("SummaryPdf", "Registered", lang), format_date(person["registration_date"], lang)),
             (translate("SummaryPdf", "Consent to data processing", lang), consent)]
    blocks: list = [Heading(translate("SummaryPdf", "Services and legal cases", lang)), Fields(rows)]

    logged = services.for_resident(session, resident_id)
    blocks.append(Heading(translate("SummaryPdf", "Services ({n})", lang).format(n=len(logged)), 2))
    service_rows = []
    for s in logged:
        provider = services.provider_label(s["provider"], lang)
        status = services.referral_status(s)
        if status:
            provider = f"{provider} — {services.REFERRAL_STATUS.label(status, lang)}"
        service_rows.append([format_date(s["date"], lang), codes.SERVICE_TYPE.label(s["service_type"], lang),
                             provider, "" if s["duration_minutes"] is None else str(s["duration_minutes"]),
                             s["staff"], s["notes"]])
    blocks.append(Table([(translate("SummaryPdf", "Date", lang), 1.1),
                                 (translate("SummaryPdf", "Service", lang), 1.7),
                                 (translate("SummaryPdf", "Provider", lang), 1.9),
                                 (translate("SummaryPdf", "Minutes", lang), 0.7),
                                 (translate("SummaryPdf", "Staff", lang), 1.2),
                                 (translate("SummaryPdf", "Notes", lang), 2.4)],
                        service_rows, empty=translate("SummaryPdf", "No services logged.", lang)))

    if session.can(Permission.VIEW_LEGAL):
        blocks += _legal_blocks(session, resident_id, lang)
    return Section(reference=person["case_number"], blocks=blocks)


def _legal_blocks(session: Session, resident_id: int, lang: str) -> list:
    cases = legal.cases(session, resident_id)
    blocks: list = [Heading(translate("SummaryPdf", "Legal cases ({n})", lang).format(n=len(cases)), 2)]
    if not cases:
        blocks.append(Text(translate("SummaryPdf", "No legal cases recorded.", lang), italic=True))
    for case in cases:
        blocks.append(Heading(translate("SummaryPdf", "Case {case_ref}", lang).format(case_ref=case["case_ref"]), 2))
        article = codes.CC_ARTICLE.label(case["current_article"], lang)
        if case["current_article"] != case["cc_article"]:
            article = translate("SummaryPdf", "{article} (opened under {first})", lang).format(
                article=article, first=codes.CC_ARTICLE.label(case["cc_article"], lang))
        fields = [
            (translate("SummaryPdf", "Criminal Code article", lang), article),
            (translate("SummaryPdf", "Role of the resident", lang),
             codes.RESIDENT_ROLE.label(case["resident_role"], lang)),
            (translate("SummaryPdf", "Lawyer", lang), case["lawyer"] or "—"),
            (translate("SummaryPdf", "State-guaranteed legal aid", lang), _yes_no(case["state_legal_aid"], lang)),
            (translate("SummaryPdf", "Next hearing", lang), format_date(case["next_hearing_date"], lang) or "—"),
        ]
        if case["non_punishment_applies"]:
            fields.append((translate("SummaryPdf", "Non-punishment principle raised", lang),
                           _yes_no(case["non_punishment_raised"], lang)))
        blocks.append(Fields(fields))
        if case["non_punishment_applies"]:
            blocks.append(Text(legal.non_punishment_text(lang), italic=True))
        for flag in case["flags"]:
            blocks.append(Note(flag.message(lang)))
        events = []
        for e in case["events"]:
            stage = [(codes.LEGAL_STAGE.label(e["stage"], lang), "bold")]
            if e["cc_article"]:
                stage.append((codes.CC_ARTICLE.label(e["cc_article"], lang), "small"))
            events.append([format_date(e["date"], lang), Cell(stage), _sentence(e, lang),
                           format_date(e["next_hearing_date"], lang), e["notes"]])
        blocks.append(Table([(translate("SummaryPdf", "Date", lang), 1.1),
                                     (translate("SummaryPdf", "Stage", lang), 2.2),
                                     (translate("SummaryPdf", "Sentence", lang), 1.1),
                                     (translate("SummaryPdf", "Next hearing", lang), 1.1),
                                     (translate("SummaryPdf", "Notes", lang), 3.0)],
                            events, empty=translate("SummaryPdf", "No events recorded.", lang)))
    return blocks


def document(session: Session, resident_id: int, *, lang: str | None = None,
             case_numbers_only: bool = False) -> Document:
    lang = lang or current_language()
    org = accounts.organisation(session)
    name = org.get("name", "")
    if org.get("region"):
        name = f"{name}, {org['region']}"
    return Document(
        title=translate("SummaryPdf", "Services and legal cases", lang),
        organisation=name,
        footer=translate("SummaryPdf", "Printed {date}", lang).format(date=format_date(today(), lang)),
        page_label=translate("SummaryPdf", "Page {page} of {pages}", lang),
        sections=[section(session, resident_id, lang, case_numbers_only=case_numbers_only)],
        author=org.get("name", ""),
    )


def _audit(session: Session, resident_id: int, how: str) -> None:
    person = residents.get(session, resident_id, audit_view=False)
    with session.transaction():
        session.audit(Action.SUMMARY_PRINTED, "resident", person["case_number"], {"format": how})


def pdf(session: Session, resident_id: int, *, lang: str | None = None, case_numbers_only: bool = False) -> bytes:
    """The summary as PDF bytes, in memory."""
    from shelter_app.printing.common import render_pdf

    data = render_pdf(document(session, resident_id, lang=lang, case_numbers_only=case_numbers_only))
    _audit(session, resident_id, "pdf")
    return data


def save(session: Session, resident_id: int, path, *, lang: str | None = None,
         case_numbers_only: bool = False) -> Path:
    path = Path(path)
    write_bytes(path, pdf(session, resident_id, lang=lang, case_numbers_only=case_numbers_only))
    return path


def for_printer(session: Session, resident_id: int, *, lang: str | None = None,
                case_numbers_only: bool = False) -> Document:
    """The summary for the system print dialog (nothing on disk); the print is audited."""
    doc = document(session, resident_id, lang=lang, case_numbers_only=case_numbers_only)
    _audit(session, resident_id, "print")
    return doc
