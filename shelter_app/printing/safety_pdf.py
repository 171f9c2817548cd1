"""The safety plan, printed only when asked for (it is never exported)."""

from __future__ import annotations

import datetime as _dt

from shelter_app.i18n import format_date, translate
from shelter_app.printing.common import Document, Fields, Heading, Note, Section, Signatures, Text


def build(resident: dict, plan: dict, organisation: dict, lang: str, *, today: _dt.date | None = None) -> Document:
    def t(text: str) -> str:
        return translate("SafetyPdf", text, lang)

    blocks: list = [Heading(t("Safety plan")),
                    Note(t("Confidential: keep it where only the resident and the shelter can see it.")),
                    Fields([(t("Resident"), resident["full_name"]), (t("Case number"), resident["case_number"]),
                            (t("Next review"), format_date(plan.get("review_date"), lang) or "—")])]
    for title, key in ((t("Concerns, in the resident's own words"), "concerns"), (t("Measures"), "measures"),
                       (t("Who to call"), "who_to_call"), (t("Safe contacts"), "safe_contacts")):
        blocks.append(Heading(title, 2))
        blocks.append(Text(plan.get(key) or "—"))
    blocks.append(Signatures([(t("Resident"), resident["full_name"]), (t("Social worker"), "")],
                             name_label=t("Name"), signature_label=t("Signature"), date_label=t("Date")))
    org = organisation.get("name", "")
    return Document(title=t("Safety plan"), organisation=org,
                    footer=t("Printed {date}").format(date=format_date(today or _dt.date.today(), lang)),
                    page_label=t("Page {page} of {pages}"),
                    sections=[Section(reference=resident["case_number"], blocks=blocks)], author=org)
