"""The printed individual rehabilitation plan, to be signed by the resident,
the social worker and the director. Built in the language chosen at print
time, whatever the screen's language: every label, code and date below takes
`lang` explicitly."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.i18n import format_date, translate
from shelter_app.printing.common import (Cell, Document, Fields, Group, Heading, Note, Section, Signatures, Table,
                                         Text)


def _t(text: str, lang: str) -> str:
    return translate("PlanPdf", text, lang)


def _status_line(plan: dict, lang: str) -> str:
    status = codes.PLAN_STATUS.label(plan["status"], lang)
    if plan.get("superseded_version"):
        return _t("{status} — replaced by version {version}", lang).format(
            status=status, version=plan["superseded_version"])
    return status


def plan_section(plan: dict, lang: str, *, case_numbers_only: bool = False) -> Section:
    """One plan as blocks of a printed document."""
    t = lambda text: _t(text, lang)  # noqa: E731
    blocks: list = [Heading(t("Individual rehabilitation plan"))]
    if plan["status"] == "draft":
        blocks.append(Note(t("DRAFT — not approved. This version is not in force.")))
    who = plan["case_number"] if case_numbers_only else plan["full_name"]
    rows = [(t("Resident"), who)]
    if not case_numbers_only:
        rows.append((t("Case number"), plan["case_number"]))
    rows += [
        (t("Version"), str(plan["version"])),
        (t("Status"), _status_line(plan, lang)),
        (t("Prepared by"), plan.get("created_by_name") or plan["created_by"]),
    ]
    if plan.get("approved_on"):
        rows.append((t("Approved"), t("{date} by {name}").format(date=format_date(plan["approved_on"], lang),
                                                                   name=plan.get("approved_by_name") or "")))
        if plan.get("resident_agreed"):
            rows.append((t("Resident's agreement"), t("Agreed on {date}").format(
                date=format_date(plan.get("resident_agreed_on") or plan["approved_on"], lang))))
    if plan.get("closed_on"):
        rows.append((t("Closed"), format_date(plan["closed_on"], lang)))
    blocks.append(Fields(rows))

    blocks.append(Heading(t("The resident's wishes, in their own words"), 2))
    blocks.append(Text(plan.get("resident_wishes") or t("Not recorded."), italic=True))

    blocks.append(Heading(t("Needs assessment"), 2))
    blocks.append(Table(
        [(t("Area"), 2.2), (t("Need"), 1.2), (t("Assessment"), 6.6)],
        [[codes.PLAN_DOMAIN.label(n["domain"], lang), codes.NEED_LEVEL.label(n["need_level"], lang),
          n["assessment"]] for n in plan["needs"]],
        empty=t("No needs assessed.")))

    blocks.append(Heading(t("Goals"), 2))
    goal_rows: list = []
    domain_order = {code: i for i, code in enumerate(codes.PLAN_DOMAIN.codes)}
    goals = sorted(enumerate(plan["goals"]), key=lambda ig: (domain_order.get(ig[1]["domain"], 99), ig[0]))
    last_domain = None
    for number, (_, g) in enumerate(goals, start=1):
        if g["domain"] != last_domain:
            goal_rows.append(Group(codes.PLAN_DOMAIN.label(g["domain"], lang)))
            last_domain = g["domain"]
        actions = (t("Actions") + ": " + g["actions"]) if g["actions"] else ""
        goal_rows.append([str(number), Cell([(g["goal"], "bold"), (actions, "normal")]), g["responsible"],
                          format_date(g["target_date"], lang), codes.GOAL_STATUS.label(g["status"], lang)])
    blocks.append(Table(
        [("№", 0.6), (t("Goal and actions"), 5.6), (t("Responsible"), 1.8), (t("Target date"), 1.4),
         (t("Status"), 1.4)],
        goal_rows, empty=t("No goals yet.")))

    blocks.append(Heading(t("Reviews"), 2))
    blocks.append(Table(
        [(t("Date"), 1.4), (t("Progress"), 5.6), (t("Next review"), 1.4), (t("Reviewed by"), 1.8)],
        [[format_date(r["review_date"], lang), r["progress"], format_date(r["next_review_date"], lang),
          r.get("reviewed_by_name") or r["reviewed_by"]] for r in plan["reviews"]],
        empty=t("No reviews yet.")))

    resident_name = "" if case_numbers_only else plan["full_name"]
    blocks.append(Signatures(
        [(t("Resident"), resident_name), (t("Social worker"), plan.get("created_by_name") or ""),
         (t("Director"), plan.get("approved_by_name") or "")],
        name_label=t("Name"), signature_label=t("Signature"), date_label=t("Date")))
    return Section(reference=t("Case {case_number} · plan version {version}").format(
        case_number=plan["case_number"], version=plan["version"]), blocks=blocks)


def build_document(plans: list[dict], organisation: dict, lang: str, *, case_numbers_only: bool = False,
                   today: _dt.date | None = None) -> Document:
    today = today or _dt.date.today()
    org = organisation.get("name", "")
    if organisation.get("region"):
        org = f"{org}, {organisation['region']}"
    return Document(
        title=_t("Individual rehabilitation plan", lang),
        organisation=org,
        footer=_t("Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=_t("Page {page} of {pages}", lang),
        sections=[plan_section(p, lang, case_numbers_only=case_numbers_only) for p in plans],
        author=organisation.get("name", ""),
    )
