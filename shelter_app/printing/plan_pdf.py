"""The printed individual rehabilitation plan, to be signed by the resident,
the social worker and the director. Built in the language chosen at print
time, whatever the screen's language: every label, code and date below takes
`lang` explicitly."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.i18n import format_date, translate
from shelter_app.printing.common import (Approval, Cell, Document, Fields, Group, Heading, Note, Section, Signatures,
                                         Table, Text)


def _status_line(plan: dict, lang: str) -> str:
    status = codes.PLAN_STATUS.label(plan["status"], lang)
    if plan.get("superseded_version"):
        return translate("PlanPdf", "{status} — replaced by version {version}", lang).format(
            status=status, version=plan["superseded_version"])
    return status


def approval_block(plan: dict, lang: str, organisation: dict | None = None) -> Approval:
    """«УТВЕРЖДАЮ»: the director approves the plan, top right of its first page."""
    org = (organisation or {}).get("name", "")
    approved = plan.get("approved_on") and plan["status"] != "draft"
    return Approval(
        title=translate("PlanPdf", "APPROVED", lang),
        lines=[translate("PlanPdf", "Director", lang), org],
        name=(plan.get("approved_by_name") or "") if approved else "",
        date=format_date(plan["approved_on"], lang) if approved else "",
        stamp_label=translate("PlanPdf", "Place for the stamp", lang))


def plan_section(plan: dict, lang: str, *, case_numbers_only: bool = False,
                 organisation: dict | None = None) -> Section:
    """One plan as blocks of a printed document."""
    blocks: list = [approval_block(plan, lang, organisation),
                    Heading(translate("PlanPdf", "Individual rehabilitation plan", lang))]
    if plan["status"] == "draft":
        blocks.append(Note(translate("PlanPdf", "DRAFT — not approved. This version is not in force.", lang)))
    who = plan["case_number"] if case_numbers_only else plan["full_name"]
    rows = [(translate("PlanPdf", "Resident", lang), who)]
    if not case_numbers_only:
        rows.append((translate("PlanPdf", "Case number", lang), plan["case_number"]))
    rows += [
        (translate("PlanPdf", "Version", lang), str(plan["version"])),
        (translate("PlanPdf", "Status", lang), _status_line(plan, lang)),
        (translate("PlanPdf", "Prepared by", lang), plan.get("created_by_name") or plan["created_by"]),
    ]
    if plan.get("approved_on"):
        approved = translate("PlanPdf", "{date} by {name}", lang).format(
            date=format_date(plan["approved_on"], lang), name=plan.get("approved_by_name") or "")
        rows.append((translate("PlanPdf", "Approved", lang), approved))
        if plan.get("resident_agreed"):
            agreed = translate("PlanPdf", "Agreed on {date}", lang).format(
                date=format_date(plan.get("resident_agreed_on") or plan["approved_on"], lang))
            rows.append((translate("PlanPdf", "Resident's agreement", lang), agreed))
    if plan.get("closed_on"):
        rows.append((translate("PlanPdf", "Closed", lang), format_date(plan["closed_on"], lang)))
    blocks.append(Fields(rows))

    blocks.append(Heading(translate("PlanPdf", "The resident's wishes, in their own words", lang), 2))
    wishes = plan.get("resident_wishes") or translate("PlanPdf", "Not recorded.", lang)
    blocks.append(Text(wishes, italic=True))

    blocks.append(Heading(translate("PlanPdf", "Needs assessment", lang), 2))
    blocks.append(Table(
        [(translate("PlanPdf", "Area", lang), 2.2), (translate("PlanPdf", "Need", lang), 1.2),
         (translate("PlanPdf", "Assessment", lang), 6.6)],
        [[codes.PLAN_DOMAIN.label(n["domain"], lang), codes.NEED_LEVEL.label(n["need_level"], lang),
          n["assessment"]] for n in plan["needs"]],
        empty=translate("PlanPdf", "No needs assessed.", lang)))

    blocks.append(Heading(translate("PlanPdf", "Goals", lang), 2))
    goal_rows: list = []
    domain_order = {code: i for i, code in enumerate(codes.PLAN_DOMAIN.codes)}
    goals = sorted(enumerate(plan["goals"]), key=lambda ig: (domain_order.get(ig[1]["domain"], 99), ig[0]))
    actions_label = translate("PlanPdf", "Actions", lang)
    last_domain = None
    for number, (_, g) in enumerate(goals, start=1):
        if g["domain"] != last_domain:
            goal_rows.append(Group(codes.PLAN_DOMAIN.label(g["domain"], lang)))
            last_domain = g["domain"]
        actions = (actions_label + ": " + g["actions"]) if g["actions"] else ""
        goal_rows.append([str(number), Cell([(g["goal"], "bold"), (actions, "normal")]), g["responsible"],
                          format_date(g["target_date"], lang), codes.GOAL_STATUS.label(g["status"], lang)])
    blocks.append(Table(
        [("№", 0.6), (translate("PlanPdf", "Goal and actions", lang), 5.6),
         (translate("PlanPdf", "Responsible", lang), 1.8), (translate("PlanPdf", "Target date", lang), 1.4),
         (translate("PlanPdf", "Status", lang), 1.4)],
        goal_rows, empty=translate("PlanPdf", "No goals yet.", lang)))

    blocks.append(Heading(translate("PlanPdf", "Reviews", lang), 2))
    blocks.append(Table(
        [(translate("PlanPdf", "Date", lang), 1.4), (translate("PlanPdf", "Progress", lang), 5.6),
         (translate("PlanPdf", "Next review", lang), 1.4), (translate("PlanPdf", "Reviewed by", lang), 1.8)],
        [[format_date(r["review_date"], lang), r["progress"], format_date(r["next_review_date"], lang),
          r.get("reviewed_by_name") or r["reviewed_by"]] for r in plan["reviews"]],
        empty=translate("PlanPdf", "No reviews yet.", lang)))

    resident_name = "" if case_numbers_only else plan["full_name"]
    blocks.append(Signatures(
        [(translate("PlanPdf", "Resident", lang), resident_name),
         (translate("PlanPdf", "Social worker", lang), plan.get("created_by_name") or "")],
        name_label=translate("PlanPdf", "Name", lang), signature_label=translate("PlanPdf", "Signature", lang),
        date_label=translate("PlanPdf", "Date", lang)))
    reference = translate("PlanPdf", "Case {case_number} · plan version {version}", lang).format(
        case_number=plan["case_number"], version=plan["version"])
    return Section(reference=reference, blocks=blocks)


def build_document(plans: list[dict], organisation: dict, lang: str, *, case_numbers_only: bool = False,
                   today: _dt.date | None = None) -> Document:
    today = today or _dt.date.today()
    org = organisation.get("name", "")
    if organisation.get("region"):
        org = f"{org}, {organisation['region']}"
    return Document(
        title=translate("PlanPdf", "Individual rehabilitation plan", lang),
        organisation=org,
        footer=translate("PlanPdf", "Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=translate("PlanPdf", "Page {page} of {pages}", lang),
        sections=[plan_section(p, lang, case_numbers_only=case_numbers_only, organisation=organisation)
                  for p in plans],
        author=organisation.get("name", ""),
    )
