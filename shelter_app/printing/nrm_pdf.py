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
from shelter_app.printing.common import Document, Fields, Heading, Note, Section, Signatures, Table, Text

BLANK = "_" * 30


def _t(text: str, lang: str) -> str:
    return translate("NrmPdf", text, lang)


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
        return _t("Stateless", lang)
    if code == "unknown":
        return _t("Not known", lang)
    return code


def _birth(resident: dict, lang: str) -> str:
    if resident.get("date_of_birth"):
        return format_date(resident["date_of_birth"], lang)
    if resident.get("birth_year_estimated"):
        return _t("about {year} (estimated)", lang).format(year=resident["birth_year_estimated"])
    return ""


def _document(title: str, organisation: dict, lang: str, reference: str, blocks: list,
              today: _dt.date | None) -> Document:
    today = today or _dt.date.today()
    return Document(
        title=title, organisation=_org_line(organisation),
        footer=_t("Printed {date}", lang).format(date=format_date(today, lang)),
        page_label=_t("Page {page} of {pages}", lang),
        sections=[Section(reference=reference, blocks=blocks)], author=organisation.get("name", ""))


# --- the questionnaire ------------------------------------------------------------------

def questionnaire(resident: dict, screening: dict | None, organisation: dict, lang: str, *,
                  today: _dt.date | None = None) -> Document:
    s = screening or {}
    title = _t("First-level screening questionnaire (National Referral Mechanism)", lang)
    blocks: list = [Heading(title)]
    blocks.append(Text(_t("Screening by a first responder under Government resolution No. 493 of 2019. The "
                          "authorised body makes the formal identification.", lang), italic=True))
    if screening is None:
        blocks.append(Note(_t("No screening recorded yet: a blank form to fill in by hand.", lang)))

    blocks.append(Heading(_t("The person", lang), 2))
    blocks.append(Fields([
        (_t("Full name", lang), resident["full_name"]),
        (_t("Case number", lang), resident["case_number"]),
        (_t("Sex", lang), codes.SEX.label(resident["sex"], lang)),
        (_t("Date of birth", lang), _or_blank(_birth(resident, lang))),
        (_t("Citizenship", lang), _citizenship(resident["citizenship"], lang)),
        (_t("Languages spoken", lang), _or_blank(resident.get("languages") and
                                                  ", ".join(resident["languages"]))),
    ]))

    blocks.append(Heading(_t("The screening", lang), 2))
    age = s.get("age_at_act")
    if screening is None:
        criteria = BLANK
    elif s.get("child_criteria"):
        criteria = _t("Child (under 18 at the act): the means are not required", lang)
    elif age is None:
        criteria = _t("Adult criteria (age at the act not known)", lang)
    else:
        criteria = _t("Adult", lang)
    blocks.append(Fields([
        (_t("Date of the screening", lang), _or_blank(format_date(s.get("screening_date"), lang))),
        (_t("Screened by", lang), _or_blank(s.get("screened_by_name"))),
        (_t("Date of the act", lang), _or_blank(format_date(s.get("act_date"), lang))),
        (_t("Age at the act", lang), _or_blank(age)),
        (_t("Criteria applied", lang), criteria),
    ]))

    blocks.append(Heading(_t("1. The act", lang), 2))
    blocks.append(_checklist(codes.NRM_ACT, s.get("acts"), lang, _t("Indicator seen", lang)))
    blocks.append(Heading(_t("2. The means", lang), 2))
    if s.get("child_criteria"):
        blocks.append(Text(_t("Not required for a child; recorded where seen.", lang), italic=True))
    blocks.append(_checklist(codes.NRM_MEANS, s.get("means"), lang, _t("Indicator seen", lang)))
    blocks.append(Heading(_t("3. The purpose (exploitation)", lang), 2))
    blocks.append(_checklist(codes.EXPLOITATION, s.get("purposes"), lang, _t("Indicator seen", lang)))

    blocks.append(Heading(_t("Immediate needs", lang), 2))
    needs = {n["domain"]: n for n in s.get("needs") or []}
    rows = []
    for code, label in codes.PLAN_DOMAIN.choices(lang):
        n = needs.get(code)
        rows.append([label, codes.NEED_LEVEL.label(n["need_level"], lang) if n else "",
                     (n["note"] if n and n["note"] else "") or ("" if n else "")])
    blocks.append(Table([(_t("Area", lang), 2.4), (_t("Need", lang), 1.4), (_t("Notes", lang), 6.2)], rows))

    blocks.append(Heading(_t("Result", lang), 2))
    result_rows = [["X" if s.get("result") == code else "", label]
                   for code, label in codes.SCREENING_RESULT.choices(lang)]
    blocks.append(Table([("", 0.5), (_t("Result of the screening", lang), 9.5)], result_rows))
    blocks.append(Fields([(_t("Notes", lang), _or_blank(s.get("notes")))]))

    blocks.append(Signatures(
        [(_t("Screened by", lang), s.get("screened_by_name") or ""), (_t("The person screened", lang), "")],
        name_label=_t("Name", lang), signature_label=_t("Signature", lang), date_label=_t("Date", lang)))
    reference = _t("Case {case_number} · screening", lang).format(case_number=resident["case_number"])
    return _document(title, organisation, lang, reference, blocks, today)


# --- the referral letter -------------------------------------------------------------------

def _summary(resident: dict, screening: dict | None, lang: str) -> list[tuple[str, str]]:
    rows = [(_t("Main form of exploitation", lang), codes.EXPLOITATION.label(resident["primary_exploitation"], lang))]
    others = resident.get("other_exploitation") or []
    if others:
        rows.append((_t("Other forms", lang), ", ".join(codes.EXPLOITATION.label(c, lang) for c in others)))
    country = resident.get("exploitation_country") or "unknown"
    rows.append((_t("Country of exploitation", lang), _citizenship(country, lang)))
    if screening:
        for title, code_list, chosen in ((_t("Act", lang), codes.NRM_ACT, screening.get("acts")),
                                         (_t("Means", lang), codes.NRM_MEANS, screening.get("means")),
                                         (_t("Purpose", lang), codes.EXPLOITATION, screening.get("purposes"))):
            if chosen:
                rows.append((title, ", ".join(code_list.label(c, lang) for c in chosen)))
    return rows


def letter(resident: dict, referral: dict, screening: dict | None, guardians: list[dict], organisation: dict,
           lang: str, *, today: _dt.date | None = None) -> Document:
    """`guardians` are only those the letter may name (none suspected of involvement)."""
    shared = set(referral.get("shared") or [])
    title = _t("Referral for formal identification of a victim of trafficking in persons", lang)
    body = referral["organisation_name"]
    if referral.get("organisation_region"):
        body += ", " + referral["organisation_region"]
    blocks: list = [Fields([(_t("To", lang), body), (_t("From", lang), _org_line(organisation)),
                            (_t("Date", lang), format_date(referral["referral_date"], lang))])]
    blocks.append(Heading(title))
    who = resident["full_name"] if "name" in shared else _t("the person with our case number {case_number}",
                                                               lang).format(case_number=resident["case_number"])
    intro = _t("We refer {who} to you for formal identification under the National Referral Mechanism.",
               lang).format(who=who)
    if screening:
        intro += " " + _t("Our first-level screening of {date} found: {result}.", lang).format(
            date=format_date(screening["screening_date"], lang),
            result=codes.SCREENING_RESULT.label(screening["result"], lang).lower())
        if screening.get("child_criteria"):
            intro += " " + _t("Child criteria were applied (under 18 at the act).", lang)
    blocks.append(Text(intro))

    rows = [(_t("Our case number", lang), resident["case_number"])]
    if "name" in shared:
        rows.append((_t("Full name", lang), resident["full_name"]))
    if "date_of_birth" in shared and _birth(resident, lang):
        rows.append((_t("Date of birth", lang), _birth(resident, lang)))
    if "citizenship" in shared:
        rows.append((_t("Citizenship", lang), _citizenship(resident["citizenship"], lang)))
    if "contact" in shared:
        rows.append((_t("Contact", lang), _t("through {organisation}", lang).format(
            organisation=_org_line(organisation))))
    blocks.append(Heading(_t("The person", lang), 2))
    blocks.append(Fields(rows))
    if "exploitation_summary" in shared:
        blocks.append(Heading(_t("Summary of the exploitation", lang), 2))
        blocks.append(Fields(_summary(resident, screening, lang)))
    if "needs" in shared and screening and screening.get("needs"):
        blocks.append(Heading(_t("Immediate needs", lang), 2))
        blocks.append(Table([(_t("Area", lang), 2.4), (_t("Need", lang), 1.4), (_t("Notes", lang), 6.2)],
                            [[codes.PLAN_DOMAIN.label(n["domain"], lang), codes.NEED_LEVEL.label(n["need_level"],
                                                                                                lang), n["note"]]
                             for n in screening["needs"]]))
    if "documents" in shared:
        blocks.append(Text(_t("Copies of the identity documents the shelter holds are available on request.",
                              lang)))
    blocks.append(Text(_t("The person agreed to share the information in this letter and nothing more. Please "
                          "keep it confidential and tell us of your decision.", lang), italic=True))
    if guardians and "name" in shared:
        copies = "; ".join("{name} ({relation})".format(
            name=g["full_name"], relation=codes.GUARDIAN_RELATION.label(g["relation"], lang)) for g in guardians)
        blocks.append(Fields([(_t("Copy to the legal representative", lang), copies)]))
    blocks.append(Signatures([(_t("For the shelter", lang), referral.get("referred_by_name") or "")],
                             name_label=_t("Name", lang), signature_label=_t("Signature", lang),
                             date_label=_t("Date", lang)))
    reference = _t("Case {case_number} · referral", lang).format(case_number=resident["case_number"])
    return _document(title, organisation, lang, reference, blocks, today)
