"""The referral letter to another organisation: who refers, to whom, why,
and only the details the resident agreed to share for this referral. Built in
the language chosen at print time (every label takes `lang`)."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.i18n import format_date, translate
from shelter_app.printing.common import Document, Fields, Heading, Note, Section, Signatures, Text


def _t(text: str, lang: str) -> str:
    return translate("ReferralLetter", text, lang)


def build_document(referral: dict, recipient: dict, sender: dict, shared_fields: list[tuple[str, str]],
                   case_number: str, staff_name: str, lang: str, today: _dt.date | None = None) -> Document:
    today = today or _dt.date.today()
    sender_name = sender.get("name", "")
    if sender.get("region"):
        sender_name = f"{sender_name}, {sender['region']}"
    blocks: list = [Heading(_t("Referral letter", lang))]
    to_rows = [(_t("To", lang), recipient["name"])]
    if recipient.get("region"):
        to_rows.append((_t("Region", lang), recipient["region"]))
    if recipient.get("phone"):
        to_rows.append((_t("Phone", lang), recipient["phone"]))
    to_rows += [
        (_t("From", lang), sender_name),
        (_t("Date of referral", lang), format_date(referral["date"], lang)),
        (_t("Our reference", lang), f"{case_number}/R{referral['id']}"),
        (_t("Reason for referral", lang), codes.SERVICE_TYPE.label(referral["reason"], lang)),
    ]
    blocks.append(Fields(to_rows))
    blocks.append(Text(_t("We refer the person below to your organisation for the service named above, and "
                          "ask you to tell us whether you accepted the referral and how it ended.", lang)))
    blocks.append(Heading(_t("About the person", lang), 2))
    if shared_fields:
        blocks.append(Text(_t("The person agreed on {date} that we share the following with you, for this "
                              "referral only:", lang).format(date=format_date(referral.get("consent_date"), lang))))
        blocks.append(Fields(shared_fields))
    else:
        blocks.append(Text(_t("The person did not agree to share any personal details. Please contact us to "
                              "arrange the referral.", lang)))
    blocks.append(Note(_t("Confidential: the details above concern a person assisted as a presumed victim of "
                          "trafficking. Do not pass them on without the person's consent.", lang)))
    blocks.append(Signatures([(_t("Referred by", lang), staff_name)], name_label=_t("Name", lang),
                             signature_label=_t("Signature", lang), date_label=_t("Date", lang)))
    return Document(
        title=_t("Referral letter", lang),
        organisation=sender_name,
        footer=_t("Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=_t("Page {page} of {pages}", lang),
        sections=[Section(reference=f"{case_number}/R{referral['id']}", blocks=blocks)],
        author=sender.get("name", ""),
    )
