"""The printed NRM paperwork: the first-level screening questionnaire filled in
(blank lines where nothing was recorded) and the referral letter to the
authorised body. Built in the language chosen at print time: every label,
code and date takes `lang` explicitly.

The letter holds only what the resident agreed to share for that referral
(referral_share codes), and names no guardian suspected of involvement: the
caller passes only the guardians it may address."""

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
    Table,
    Text,
)

BLANK = "_" * 30


def _or_blank(value) -> str:
    return str(value) if value not in (None, "") else BLANK


def _org_line(organisation: dict) -> str:
    org = organisation.get("name", "")
    if organisation.get("region"):
        org = f"{org}, {organisation['region']}"
    return org


def _checklist(code_list: codes.CodeList, chosen, lang: str, title: str) -> Table:
    chosen = set(chosen or [])
    return Table([("", 0.5), (title, 9.5)],
                 [["X" if code in chosen else "", label] for code, label in code_list.choices(lang)])


def _citizenship(code: str, lang: str) -> str:
    if code in codes.COMMON_COUNTRIES:
        return codes.COMMON_COUNTRIES.label(code, lang)
    if code == "stateless":
        return translate("NrmPdf", "Stateless", lang)
    if code == "unknown":
        return translate("NrmPdf", "Not known", lang)
    return code


def _birth(resident: dict, lang: str) -> str:
    if resident.get("date_of_birth"):
        return format_date(resident["date_of_birth"], lang)
    if resident.get("birth_year_estimated"):
        return translate("NrmPdf", "about {year} (estimated)", lang).format(year=resident["birth_year_estimated"])
    return ""


def _document(title: str, organisation: dict, lang: str, reference: str, blocks: list,
              today: _dt.date | None) -> Document:
    today = today or _dt.date.today()
    return Document(
        title=title, organisation=_org_line(organisation),
        footer=translate("NrmPdf", "Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=translate("NrmPdf", "Page {page} of {pages}", lang),
        sections=[Section(reference=reference, blocks=blocks)], author=organisation.get("name", ""))


def _needs_table(rows: list, lang: str) -> Table:
    return Table([(translate("NrmPdf", "Area", lang), 2.4), (translate("NrmPdf", "Need", lang), 1.4),
                  (translate("NrmPdf", "Notes", lang), 6.2)], rows)


def _signatures(signers: list[tuple[str, str]], lang: str) -> Signatures:
    return Signatures(signers, name_label=translate("NrmPdf", "Name", lang),
                      signature_label=translate("NrmPdf", "Signature", lang),
                      date_label=translate("NrmPdf", "Date", lang))


# --- the questionnaire ------------------------------------------------------------------

def questionnaire(resident: dict, screening: dict | None, organisation: dict, lang: str, *,
                  today: _dt.date | None = None) -> Document:
    s = screening or {}
    title = translate("NrmPdf", "First-level screening questionnaire (National Referral Mechanism)", lang)
    blocks: list = [Heading(title)]
    blocks.append(Text(translate("NrmPdf", "Screening by a first responder under Government resolution No. 493 of "
                                           "2019. The authorised body makes the formal identification.", lang),
                       italic=True))
    if screening is None:
        blocks.append(Note(translate("NrmPdf", "No screening recorded yet: a blank form to fill in by hand.", lang)))

    blocks.append(Heading(translate("NrmPdf", "The person", lang), 2))
    blocks.append(Fields([
        (translate("NrmPdf", "Full name", lang), resident["full_name"]),
        (translate("NrmPdf", "Case number", lang), resident["case_number"]),
        (translate("NrmPdf", "Sex", lang), codes.SEX.label(resident["sex"], lang)),
        (translate("NrmPdf", "Date of birth", lang), _or_blank(_birth(resident, lang))),
        (translate("NrmPdf", "Citizenship", lang), _citizenship(resident["citizenship"], lang)),
        (translate("NrmPdf", "Languages spoken", lang), _or_blank(resident.get("languages") and
                                                  ", ".join(resident["languages"]))),
    ]))

    blocks.append(Heading(translate("NrmPdf", "The screening", lang), 2))
    age = s.get("age_at_act")
    if screening is None:
        criteria = BLANK
    elif s.get("child_criteria"):
        criteria = translate("NrmPdf", "Child (under 18 at the act): the means are not required", lang)
    elif age is None:
        criteria = translate("NrmPdf", "Adult criteria (age at the act not known)", lang)
    else:
        criteria = translate("NrmPdf", "Adult", lang)
    blocks.append(Fields([
        (translate("NrmPdf", "Date of the screening", lang), _or_blank(format_date(s.get("screening_date"), lang))),
        (translate("NrmPdf", "Screened by", lang), _or_blank(s.get("screened_by_name"))),
        (translate("NrmPdf", "Date of the act", lang), _or_blank(format_date(s.get("act_date"), lang))),
        (translate("NrmPdf", "Age at the act", lang), _or_blank(age)),
        (translate("NrmPdf", "Criteria applied", lang), criteria),
    ]))

    blocks.append(Heading(translate("NrmPdf", "1. The act", lang), 2))
    blocks.append(_checklist(codes.NRM_ACT, s.get("acts"), lang, translate("NrmPdf", "Indicator seen", lang)))
    blocks.append(Heading(translate("NrmPdf", "2. The means", lang), 2))
    if s.get("child_criteria"):
        blocks.append(Text(translate("NrmPdf", "Not required for a child; recorded where seen.", lang), italic=True))
    blocks.append(_checklist(codes.NRM_MEANS, s.get("means"), lang, translate("NrmPdf", "Indicator seen", lang)))
    blocks.append(Heading(translate("NrmPdf", "3. The purpose (exploitation)", lang), 2))
    blocks.append(_checklist(codes.EXPLOITATION, s.get("purposes"), lang, translate("NrmPdf", "Indicator seen", lang)))

    blocks.append(Heading(translate("NrmPdf", "Immediate needs", lang), 2))
    needs = {n["domain"]: n for n in s.get("needs") or []}
    rows = []
    for code, label in codes.PLAN_DOMAIN.choices(lang):
        n = needs.get(code)
        rows.append([label, codes.NEED_LEVEL.label(n["need_level"], lang) if n else "", n["note"] if n else ""])
    blocks.append(_needs_table(rows, lang))

    blocks.append(Heading(translate("NrmPdf", "Result", lang), 2))
    result_rows = [["X" if s.get("result") == code else "", label]
                   for code, label in codes.SCREENING_RESULT.choices(lang)]
    blocks.append(Table([("", 0.5), (translate("NrmPdf", "Result of the screening", lang), 9.5)], result_rows))
    blocks.append(Fields([(translate("NrmPdf", "Notes", lang), _or_blank(s.get("notes")))]))

    blocks.append(_signatures([(translate("NrmPdf", "Screened by", lang), s.get("screened_by_name") or ""),
                               (translate("NrmPdf", "The person screened", lang), "")], lang))
    reference = translate("NrmPdf", "Case {case_number} · screening", lang).format(
        case_number=resident["case_number"])
    return _document(title, organisation, lang, reference, blocks, today)


# --- the referral letter -------------------------------------------------------------------

def _summary(resident: dict, screening: dict | None, lang: str) -> list[tuple[str, str]]:
    rows = [(translate("NrmPdf", "Main form of exploitation", lang),
             codes.EXPLOITATION.label(resident["primary_exploitation"], lang))]
    others = resident.get("other_exploitation") or []
    if others:
        rows.append((translate("NrmPdf", "Other forms", lang),
                     ", ".join(codes.EXPLOITATION.label(c, lang) for c in others)))
    country = resident.get("exploitation_country") or "unknown"
    rows.append((translate("NrmPdf", "Country of exploitation", lang), _citizenship(country, lang)))
    if screening:
        for title, code_list, chosen in (
                (translate("NrmPdf", "Act", lang), codes.NRM_ACT, screening.get("acts")),
                (translate("NrmPdf", "Means", lang), codes.NRM_MEANS, screening.get("means")),
                (translate("NrmPdf", "Purpose", lang), codes.EXPLOITATION, screening.get("purposes"))):
            if chosen:
                rows.append((title, ", ".join(code_list.label(c, lang) for c in chosen)))
    return rows


def letter(resident: dict, referral: dict, screening: dict | None, guardians: list[dict], organisation: dict,
           lang: str, *, today: _dt.date | None = None) -> Document:
    """`guardians` are only those the letter may name (none suspected of involvement)."""
    shared = set(referral.get("shared") or [])
    title = translate("NrmPdf", "Referral for formal identification of a victim of trafficking in persons", lang)
    body = referral["organisation_name"]
    if referral.get("organisation_region"):
        body += ", " + referral["organisation_region"]
    blocks: list = [Fields([(translate("NrmPdf", "To", lang), body),
                            (translate("NrmPdf", "From", lang), _org_line(organisation)),
                            (translate("NrmPdf", "Date", lang), format_date(referral["referral_date"], lang))])]
    blocks.append(Heading(title))
    who = resident["full_name"] if "name" in shared else translate(
        "NrmPdf", "the person with our case number {case_number}", lang).format(case_number=resident["case_number"])
    intro = translate("NrmPdf", "We refer {who} to you for formal identification under the National Referral "
                                "Mechanism.", lang).format(who=who)
    if screening:
        intro += " " + translate("NrmPdf", "Our first-level screening of {date} found: {result}.", lang).format(
            date=format_date(screening["screening_date"], lang),
            result=codes.SCREENING_RESULT.label(screening["result"], lang).lower())
        if screening.get("child_criteria"):
            intro += " " + translate("NrmPdf", "Child criteria were applied (under 18 at the act).", lang)
    blocks.append(Text(intro))

    rows = [(translate("NrmPdf", "Our case number", lang), resident["case_number"])]
    if "name" in shared:
        rows.append((translate("NrmPdf", "Full name", lang), resident["full_name"]))
    if "date_of_birth" in shared and _birth(resident, lang):
        rows.append((translate("NrmPdf", "Date of birth", lang), _birth(resident, lang)))
    if "citizenship" in shared:
        rows.append((translate("NrmPdf", "Citizenship", lang), _citizenship(resident["citizenship"], lang)))
    if "contact" in shared:
        rows.append((translate("NrmPdf", "Contact", lang),
                     translate("NrmPdf", "through {organisation}", lang).format(organisation=_org_line(organisation))))
    blocks.append(Heading(translate("NrmPdf", "The person", lang), 2))
    blocks.append(Fields(rows))
    if "exploitation_summary" in shared:
        blocks.append(Heading(translate("NrmPdf", "Summary of the exploitation", lang), 2))
        blocks.append(Fields(_summary(resident, screening, lang)))
    if "needs" in shared and screening and screening.get("needs"):
        blocks.append(Heading(translate("NrmPdf", "Immediate needs", lang), 2))
        blocks.append(_needs_table([[codes.PLAN_DOMAIN.label(n["domain"], lang),
                                     codes.NEED_LEVEL.label(n["need_level"], lang), n["note"]]
                                    for n in screening["needs"]], lang))
    if "documents" in shared:
        blocks.append(Text(translate("NrmPdf", "Copies of the identity documents the shelter holds are available "
                                               "on request.", lang)))
    blocks.append(Text(translate("NrmPdf", "The person agreed to share the information in this letter and nothing "
                                           "more. Please keep it confidential and tell us of your decision.", lang),
                       italic=True))
    if guardians and "name" in shared:
        copies = "; ".join("{name} ({relation})".format(
            name=g["full_name"], relation=codes.GUARDIAN_RELATION.label(g["relation"], lang)) for g in guardians)
        blocks.append(Fields([(translate("NrmPdf", "Copy to the legal representative", lang), copies)]))
    blocks.append(_signatures([(translate("NrmPdf", "For the shelter", lang),
                                referral.get("referred_by_name") or "")], lang))
    reference = translate("NrmPdf", "Case {case_number} · referral", lang).format(
        case_number=resident["case_number"])
    return _document(title, organisation, lang, reference, blocks, today)
