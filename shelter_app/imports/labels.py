"""Registers as offices write them: a code cell may hold the code, its label in
English, Russian or Kyrgyz (any letter case, with or without ё), or a common
abbreviation (ж/м, жен./муж., аял/эркек; РФ, КР…); a header may be the field's
label in any of the three languages (import-format.md)."""

from __future__ import annotations

import re
from functools import cache

from shelter_app import codes
from shelter_app.i18n import LANGUAGES, field_label, translate

# Columns whose cells are codes, and the list each is read against.
CODE_COLUMNS = {
    "sex": codes.SEX, "referral_source": codes.REFERRAL_SOURCE, "primary_exploitation": codes.EXPLOITATION,
    "other_exploitation": codes.EXPLOITATION, "recruitment_channel": codes.RECRUITMENT_CHANNEL,
    "recruiter_relation": codes.RECRUITER_RELATION, "means_of_control": codes.MEANS_OF_CONTROL,
    "labour_sector": codes.LABOUR_SECTOR, "case_status": codes.CASE_STATUS, "nrm_status": codes.NRM_STATUS,
    "exit_reason": codes.EXIT_REASON, "service_type": codes.SERVICE_TYPE, "cc_article": codes.CC_ARTICLE,
    "resident_role": codes.RESIDENT_ROLE, "stage": codes.LEGAL_STAGE, "languages": codes.LANGUAGE,
}
COUNTRY_COLUMNS = ("citizenship", "exploitation_country")
LIST_COLUMNS = {"other_exploitation", "means_of_control", "languages"}

# What offices write besides the labels.
ABBREVIATIONS = {
    "sex": {"ж": "female", "ж.": "female", "жен": "female", "жен.": "female", "женщина": "female",
            "аял": "female", "f": "female", "w": "female", "к": "female", "кыз": "female",
            "м": "male", "м.": "male", "муж": "male", "муж.": "male", "мужчина": "male", "эркек": "male",
            "э": "male", "m": "male"},
    "country": {"рф": "RU", "российская федерация": "RU", "russian federation": "RU", "орусия": "RU",
                "кр": "KG", "киргизия": "KG", "кыргызская республика": "KG", "kyrgyz republic": "KG",
                "кыргыз республикасы": "KG", "рк": "KZ", "республика казахстан": "KZ", "оаэ": "AE", "uae": "AE",
                "бааэ": "AE", "корея": "KR", "республика корея": "KR", "korea": "KR", "кнр": "CN",
                "туркия": "TR", "великобритания": "GB", "uk": "GB", "сша": "US", "usa": "US",
                "без гражданства": "stateless", "апатрид": "stateless", "лбг": "stateless",
                "неизвестно": "unknown", "белгисиз": "unknown"},
}


def fold(text: str) -> str:
    """A label as compared: case, ё, spaces, a trailing colon or star, and the
    superscript of art. 160¹ do not matter."""
    text = (text or "").replace("\ufeff", "").strip().lower().replace("ё", "е").replace("¹", "-1")
    text = re.sub(r"[\s_]+", " ", text)
    return text.strip(" *:")


def _article_forms(code: str) -> list[str]:
    if not code[:1].isdigit():
        return []
    return [code, f"ст {code}", f"ст. {code}", f"ст.{code}", f"статья {code}", f"art. {code}", f"art {code}",
            f"{code}-берене", f"{code} берене", f"ук {code}", f"ст. {code} ук"]


@cache
def _table(column: str) -> dict[str, str]:
    """Every way a cell of this column may name a code -> the code."""
    found: dict[str, str] = {}
    if column in COUNTRY_COLUMNS:
        for code, _ in codes.COMMON_COUNTRIES.items:
            found[fold(code)] = code
            for lang in LANGUAGES:
                found.setdefault(fold(codes.COMMON_COUNTRIES.label(code, lang)), code)
        for code in codes.CITIZENSHIP_SPECIAL:
            found[fold(code)] = code
            for lang in LANGUAGES:
                found.setdefault(fold(codes.country_label(code, lang)), code)
        found.update({fold(k): v for k, v in ABBREVIATIONS["country"].items()})
        return found
    code_list = CODE_COLUMNS[column]
    for code, _ in code_list.items:
        found[fold(code)] = code
    for lang in LANGUAGES:
        for code, label in code_list.choices(lang):
            found.setdefault(fold(label), code)
            if column == "cc_article":  # "Ст. 166 — Торговля людьми": the part before the dash alone too
                found.setdefault(fold(label.split("—")[0]), code)
    if column == "cc_article":
        for code in code_list.codes:
            for form in _article_forms(code):
                found.setdefault(fold(form), code)
    found.update({fold(k): v for k, v in ABBREVIATIONS.get(column, {}).items()})
    return found


def read_code(column: str, value: str) -> str:
    """The code a cell names, or the cell as it is (then the usual check says
    what is wrong with it)."""
    if column not in CODE_COLUMNS and column not in COUNTRY_COLUMNS:
        return value
    if column in LIST_COLUMNS:
        parts = [p.strip() for p in re.split(r"[;,]", value or "") if p.strip()]
        return "; ".join(_table(column).get(fold(p), p) for p in parts)
    return _table(column).get(fold(value), value) if (value or "").strip() else value


def translate_row(data: dict[str, str], notes: dict | None = None) -> dict[str, str]:
    """The row with every label read as its code. `notes` collects
    {(column, cell): code} for the cells that were not the code itself."""
    out = dict(data)
    for column, value in data.items():
        if column in CODE_COLUMNS or column in COUNTRY_COLUMNS:
            read = read_code(column, value)
            if read != value:
                out[column] = read
                if notes is not None and fold(read) != fold(value):
                    notes.setdefault((column, value.strip()), read)
    return out


@cache
def header_names(known: tuple[str, ...]) -> dict[str, str]:
    """Every header a column may have -> the column: its code, and its label in
    each of the three languages."""
    from shelter_app.imports.kinds import normalize_header

    names: dict[str, str] = {}
    for column in known:
        names[normalize_header(column)] = column
        for lang in LANGUAGES:
            for label in (field_label(column, lang), translate("Import", column, lang)):
                names.setdefault(fold(label), column)
    return names


def column_for_header(raw: str, known: tuple[str, ...]) -> str | None:
    from shelter_app.imports.kinds import normalize_header

    names = header_names(tuple(known))
    return names.get(normalize_header(raw)) or names.get(fold(raw))
