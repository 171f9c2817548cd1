"""Names across scripts. Residents' names are written in Cyrillic in one
register and in Latin in another ("Айгуль" / "Aigul"); search and the
possible-duplicate check compare a folded Latin form of both."""

from __future__ import annotations

import re
import unicodedata

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ң": "ng", "ө": "o", "ү": "u", "қ": "k", "ғ": "g", "ҳ": "h", "ў": "u",
    "ә": "a", "ұ": "u", "і": "i", "һ": "h", "ї": "i", "є": "e",
}


def transliterate(text: str) -> str:
    """Cyrillic (Russian, Kyrgyz, Kazakh, Uzbek) to plain Latin, lower case."""
    out = []
    for ch in text.lower():
        out.append(_CYR.get(ch, ch))
    folded = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in folded if not unicodedata.combining(c))


# Spelling variants that mean the same sound in names written by different clerks.
_FOLDS = [
    (r"kh", "h"), (r"dzh", "j"), (r"zh", "j"), (r"ch", "c"), (r"sh", "s"), (r"ts", "c"),
    (r"yu", "u"), (r"iu", "u"), (r"ya", "a"), (r"ia", "a"), (r"yo", "o"), (r"ye", "e"),
    (r"y", "i"), (r"w", "v"), (r"q", "k"), (r"x", "ks"), (r"ou", "u"), (r"ee", "i"),
    (r"(.)\1+", r"\1"),
]


def name_key(name: str) -> str:
    """A folded form: script, case, common spelling variants and word order
    removed, so that "Асанова Айгүл" and "Aigul Asanova" compare equal."""
    latin = transliterate(name)
    words = re.findall(r"[a-z]+", latin)
    folded = []
    for word in words:
        for pattern, repl in _FOLDS:
            word = re.sub(pattern, repl, word)
        folded.append(word)
    return " ".join(sorted(folded))


def search_terms(text: str) -> str:
    """What the full-text index holds for a name: its own words and their Latin form."""
    latin = transliterate(text)
    return f"{text} {latin}" if latin != text.lower() else text


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return ""


def _is_emoji(ch: str) -> bool:
    code = ord(ch)
    return (unicodedata.category(ch) == "So" or 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF
            or code in (0x200D, 0xFE0F))


def name_concerns(name: str, lang: str | None = None) -> list[str]:
    """What looks wrong in a typed name, as translated sentences: a word that
    mixes Latin and Cyrillic letters (a look-alike «а»/"a" typed on the other
    keyboard layout: search and the duplicate check then miss the person), an
    emoji or symbol, or no letter at all. A warning before saving, never a refusal:
    a clerk may know better."""
    from shelter_app.i18n import translate

    text = (name or "").strip()
    if not text:
        return []
    out = []
    mixed = [w for w in re.split(r"[\s\-‐–'’]+", text)
             if len({_script(c) for c in w if c.isalpha()} - {""}) > 1]
    if mixed:
        out.append(translate("Names", "“{word}” mixes Latin and Cyrillic letters in one word: one of them was "
                                      "probably typed on the other keyboard layout, and search will not find it.",
                             lang).format(word=mixed[0]))
    if any(_is_emoji(c) for c in text):
        out.append(translate("Names", "The name holds an emoji or a symbol.", lang))
    if not any(c.isalpha() for c in text):
        out.append(translate("Names", "The name holds no letter at all.", lang))
    return out
