"""The referral letter to another organisation: who refers, to whom, why,
and only the details the resident agreed to share for this referral. Built in
the language chosen at print time (every label takes `lang`)."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
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


def build_document(referral: dict, recipient: dict, sender: dict, shared_fields: list[tuple[str, str]],
                   case_number: str, staff_name: str, lang: str, today: _dt.date | None = None) -> Document:
    today = today or _dt.date.today()
    sender_name = sender.get("name", "")
    if sender.get("region"):
        sender_name = f"{sender_name}, {sender['region']}"
    blocks: list = [Heading(translate("ReferralLetter", "Referral letter", lang))]
    to_rows = [(translate("ReferralLetter", "To", lang), recipient["name"])]
    if recipient.get("region"):
        to_rows.append((translate("ReferralLetter", "Region", lang), recipient["region"]))
    if recipient.get("phone"):
        to_rows.append((translate("ReferralLetter", "Phone", lang), recipient["phone"]))
    to_rows += [
        (translate("ReferralLetter", "From", lang), sender_name),
        (translate("ReferralLetter", "Date of referral", lang), format_date(referral["date"], lang)),
        (translate("ReferralLetter", "Our reference", lang), f"{case_number}/R{referral['id']}"),
        (translate("ReferralLetter", "Reason for referral", lang), codes.SERVICE_TYPE.label(referral["reason"], lang)),
    ]
    blocks.append(Fields(to_rows))
    blocks.append(Text(translate("ReferralLetter", "We refer the person below to your organisation for the service named above, and "
                          "ask you to tell us whether you accepted the referral and how it ended.", lang)))
    blocks.append(Heading(translate("ReferralLetter", "About the person", lang), 2))
    if shared_fields:
        blocks.append(Text(translate("ReferralLetter", "The person agreed on {date} that we share the following with you, for this "
                              "referral only:", lang).format(date=format_date(referral.get("consent_date"), lang))))
        blocks.append(Fields(shared_fields))
    else:
        blocks.append(Text(translate("ReferralLetter", "The person did not agree to share any personal details. Please contact us to "
                              "arrange the referral.", lang)))
    blocks.append(Note(translate("ReferralLetter", "Confidential: the details above concern a person assisted as a presumed victim of "
                          "trafficking. Do not pass them on without the person's consent.", lang)))
    blocks.append(Signatures([(translate("ReferralLetter", "Referred by", lang), staff_name)], name_label=translate("ReferralLetter", "Name", lang),
                             signature_label=translate("ReferralLetter", "Signature", lang), date_label=translate("ReferralLetter", "Date", lang)))
    return Document(
        title=translate("ReferralLetter", "Referral letter", lang),
        organisation=sender_name,
        footer=translate("ReferralLetter", "Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=translate("ReferralLetter", "Page {page} of {pages}", lang),
        sections=[Section(reference=f"{case_number}/R{referral['id']}", blocks=blocks)],
        author=sender.get("name", ""),
    )
