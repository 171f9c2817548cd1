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


def message_text(msg) -> str | list[str] | None:
    """A finished translation of one `<message>` of a .ts file: its text, or the
    list of its plural forms (`numerus="yes"`); None when it is unfinished."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.iter("numerusform")]
        return forms if forms and all(forms) else None
    return tr.text or None


@lru_cache(maxsize=None)
def _tables(lang: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]]]:
    table: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], list[str]] = {}
    if lang == "en":
        return table, plurals
    for path in _catalogue_files(lang):
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                text = message_text(msg)
                if source is None or text is None:
                    continue
                if isinstance(text, list):
                    plurals[(name, source)] = text
                    table[(name, source)] = text[-1]
                else:
                    table[(name, source)] = text
    return table, plurals


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    return _tables(lang)[0]


def plural_index(n: int, lang: str) -> int:
    """Which plural form a count takes, as Qt's lrelease numbers them:
    Russian one / few / many (1, 21 запись; 2–4, 22 записи; 5–20, 11 записей),
    Kyrgyz one / other (a Kyrgyz noun after a number does not change)."""
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def ntranslate(context: str, text: str, n: int, lang: str | None = None, *, one: str | None = None) -> str:
    """A counted phrase: `text` holds `%n` (Qt's numerus) and is the English
    plural; `one` is the English singular. Russian and Kyrgyz take the plural
    form the catalogue gives for n (`<numerusform>`)."""
    lang = lang or _current
    if lang == "en":
        chosen = one if (one is not None and abs(int(n)) == 1) else text
    else:
        forms = _tables(lang)[1].get((context, text))
        if forms:
            chosen = forms[min(plural_index(n, lang), len(forms) - 1)]
        else:
            chosen = catalogue(lang).get((context, text), text)
    return chosen.replace("%n", str(n))


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
