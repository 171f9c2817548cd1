"""The safety plan, printed only when asked for (it is never exported)."""

from __future__ import annotations

import datetime as _dt

from shelter_app.i18n import format_date, translate
from shelter_app.printing.common import (
    Document,
    Fields,
    Heading,
    Note,
    Section,
    Signatures,
    Text,
)


def build(resident: dict, plan: dict, organisation: dict, lang: str, *, today: _dt.date | None = None) -> Document:
    blocks: list = [
        Heading(translate("SafetyPdf", "Safety plan", lang)),
        Note(translate("SafetyPdf", "Confidential: keep it where only the resident and the shelter can see it.",
                       lang)),
        Fields([(translate("SafetyPdf", "Resident", lang), resident["full_name"]),
                (translate("SafetyPdf", "Case number", lang), resident["case_number"]),
                (translate("SafetyPdf", "Next review", lang), format_date(plan.get("review_date"), lang) or "—")]),
    ]
    for title, key in ((translate("SafetyPdf", "Concerns, in the resident's own words", lang), "concerns"),
                       (translate("SafetyPdf", "Measures", lang), "measures"),
                       (translate("SafetyPdf", "Who to call", lang), "who_to_call"),
                       (translate("SafetyPdf", "Safe contacts", lang), "safe_contacts")):
        blocks.append(Heading(title, 2))
        blocks.append(Text(plan.get(key) or "—"))
    blocks.append(Signatures([(translate("SafetyPdf", "Resident", lang), resident["full_name"]),
                              (translate("SafetyPdf", "Social worker", lang), "")],
                             name_label=translate("SafetyPdf", "Name", lang),
                             signature_label=translate("SafetyPdf", "Signature", lang),
                             date_label=translate("SafetyPdf", "Date", lang)))
    org = organisation.get("name", "")
    printed = format_date(today or _dt.date.today(), lang)
    return Document(title=translate("SafetyPdf", "Safety plan", lang), organisation=org,
                    footer=translate("SafetyPdf", "Printed {date}", lang).format(date=printed),
                    page_label=translate("SafetyPdf", "Page {page} of {pages}", lang),
                    sections=[Section(reference=resident["case_number"], blocks=blocks)], author=org)
