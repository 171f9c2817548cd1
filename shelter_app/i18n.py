"""Translations without Qt, for the domain, printed documents and the command
line. The catalogues are Qt Linguist `.ts` files under resources/translations,
the same ones compiled to `.qm` for the screens, so a string is translated once.

Mark a string with `translate("Context", "English text")`; `tools/i18n.py`
extracts every marked string and a test fails when any lacks a translation."""

from __future__ import annotations

import datetime as _dt
import json
import locale
import os
import xml.etree.ElementTree as ET
from functools import lru_cache

LANGUAGES = ("en", "ru", "ky")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}

_current = "en"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def current_language() -> str:
    return _current


def system_language() -> str:
    """First run follows the system locale."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "en"


def _catalogue_files(lang: str):
    from shelter_app.paths import resources_dir

    folder = resources_dir() / "translations"
    return sorted(folder.glob(f"*_{lang}.ts"))


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    if lang == "en":
        return table
    for path in _catalogue_files(lang):
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None:
                    continue
                if tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
                    continue
                table[(name, source)] = tr.text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or _current
    if lang == "en":
        return text
    return catalogue(lang).get((context, text), text)


def N_(context: str, text: str) -> str:
    """Marks a string for extraction where it is translated later."""
    return text


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: _dt.date | str | None, lang: str | None = None) -> str:
    """Dates as people in the language write them: dd.MM.yyyy in Russian and
    Kyrgyz (Qt's own Kyrgyz short format is d/M/yy, which nobody here uses)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    lang = lang or _current
    if lang in ("ru", "ky"):
        return value.strftime("%d.%m.%Y")
    return f"{value.day:02d} {MONTHS_EN[value.month - 1]} {value.year}"


def field_label(field: str, lang: str | None = None) -> str:
    from shelter_app.codes import FIELD_LABELS

    return translate("Fields", FIELD_LABELS.get(field, field), lang)


def json_dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
