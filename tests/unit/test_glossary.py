"""The catalogues use the official terms of ../shared/glossary.md, and a count
reads as Russian and Kyrgyz speakers write it (Qt numerus forms, `%n`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shelter_app import codes, i18n
from shelter_app.audit import ChainCheck

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _translations(lang: str) -> list[str]:
    out = []
    for path in TRANSLATIONS.glob(f"*_{lang}.ts"):
        for msg in ET.parse(path).getroot().iter("message"):
            text = i18n.message_text(msg)
            out.extend(text if isinstance(text, list) else [text] if text else [])
    return out


def test_criminal_code_titles_are_the_official_ones():
    ru = dict(codes.CC_ARTICLE.choices("ru"))
    assert ru["159"] == "Ст. 159 — Вовлечение в занятие проституцией"
    assert ru["160"] == "Ст. 160 — Содействие проституции и разврату"
    assert ru["160-1"] == ("Ст. 160¹ — Организация и содействие проституции и разврату через интернет сети "
                           "(вебкам-студии)")
    assert ru["170"] == "Ст. 170 — Принудительное использование труда (рабский труд)"
    assert ru["172"] == "Ст. 172 — Похищение лица с целью вступления в брак"
    assert ru["173"] == "Ст. 173 — Принуждение к вступлению в фактические брачные отношения"
    assert ru["174"] == "Ст. 174 — Принуждение лица к вступлению в брак"
    en = dict(codes.CC_ARTICLE.choices("en"))
    assert "Pimping" not in " ".join(en.values()) and "minor" not in en["173"]
    ky = dict(codes.CC_ARTICLE.choices("ky"))
    assert ky["174"].startswith("174-берене — ") and "нике" not in ky["173"].split("—")[1].split()[0]
    assert ky["166"] == "166-берене — Адамдарды сатуу"
    # the Kyrgyz titles no longer translate the wrong English paraphrases
    assert "Жеңелик" not in ky["160"] and "Жашы жете элек" not in ky["173"]


@pytest.mark.parametrize("lang,wrong", [
    ("ru", r"ненаказуем|Анонимизирован|Своими силами|ФИО|Групповая сессия"),
    ("ky", r"[Ээ]ркинен ажырат|Болжолдуу жабырлануучу|Азгыр|\b[Аа]дам сатуу"),
])
def test_words_the_glossary_replaced_are_gone(lang, wrong):
    left = [t for t in _translations(lang) if re.search(wrong, t)]
    assert not left, left


def test_glossary_terms_reach_the_person():
    assert codes.NRM_STATUS.label("presumed", "ky") == "Болжолдуу курмандык"
    assert i18n.field_label("recruitment_channel", "ky") == "Тартуу жолу"
    assert codes.SENTENCE_BAND.label("non_custodial", "ky") == "Эркиндигинен ажыратпай"
    assert codes.NEED_LEVEL.label("none", "ru") == "Нет потребности"
    assert codes.RESIDENT_ROLE.label("victim", "ru") == "Потерпевший(ая)"
    assert codes.EXPLOITATION.label("armed_conflict", "ru") == "Вовлечение в вооружённый конфликт"
    assert i18n.field_label("labour_sector", "ru") == "Отрасль занятости"
    assert i18n.translate("Returns", "Anonymized statistical return", "ru").startswith("Обезличенный")
    assert i18n.translate("StaysTab", "S&tays", "ru") == "&Проживание"
    assert i18n.translate("StaysTab", "S&tays", "ky") == "&Жайда жашаган мезгилдер"
    assert i18n.translate("QFileSystemModel", "Name", "ky") == "Аталышы"


@pytest.mark.parametrize("n,ru,ky,en", [
    (1, "Журнал аудита цел: 1 запись,", "1 жазуу", "intact: 1 entry,"),
    (3, "Журнал аудита цел: 3 записи,", "3 жазуу", "intact: 3 entries,"),
    (11, "Журнал аудита цел: 11 записей,", "11 жазуу", "intact: 11 entries,"),
    (21, "Журнал аудита цел: 21 запись,", "21 жазуу", "intact: 21 entries,"),
    (24, "Журнал аудита цел: 24 записи,", "24 жазуу", "intact: 24 entries,"),
    (112, "Журнал аудита цел: 112 записей,", "112 жазуу", "intact: 112 entries,"),
])
def test_counts_take_the_right_plural_form(n, ru, ky, en):
    check = ChainCheck(entries=n)
    assert ru in check.message("ru")
    assert ky in check.message("ky")
    assert en in check.message("en")


def test_every_counted_phrase_has_three_russian_and_two_kyrgyz_forms():
    for lang, count in (("ru", 3), ("ky", 2)):
        for path in TRANSLATIONS.glob(f"*_{lang}.ts"):
            for msg in ET.parse(path).getroot().iter("message"):
                if msg.get("numerus") == "yes":
                    forms = i18n.message_text(msg)
                    assert forms and len(forms) == count, (path.name, msg.findtext("source"))
                    assert all("%n" in f for f in forms) or "%n" not in msg.findtext("source")


def test_qt_picks_the_same_plural_form(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = qapp
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "services_ru.qm"))
    app.installTranslator(translator)
    try:
        for n in (1, 2, 5, 21):
            assert QCoreApplication.translate("GroupSessionDialog", "%n residents ticked", "", n) == \
                i18n.ntranslate("GroupSessionDialog", "%n residents ticked", n, "ru")
    finally:
        app.removeTranslator(translator)


def test_a_date_is_echoed_as_the_person_wrote_it(database, login, make_resident):
    import datetime as dt

    from shelter_app import residents
    from shelter_app.errors import ValidationError

    session = login("sam")
    i18n.set_language("ru")
    try:
        with pytest.raises(ValidationError) as info:
            residents.create(session, make_resident(registration_date="12.03.2099"))
        assert info.value.localized_problems()["registration_date"] == "Дата 12.03.2099 ещё не наступила."
        # a date the app holds (ISO) is shown day.month.year too, never 2025-02-01
        stored = ValidationError({"intake_date": ("The intake date overlaps an earlier stay (exit {date}).",
                                                  {"date": "2025-02-01"})})
        assert "01.02.2025" in stored.localized() and "2025-02-01" not in stored.localized()
    finally:
        i18n.set_language("en")
    assert dt.date.today().year < 2099


@pytest.mark.parametrize("name,expected", [
    ("Асанова Айгүл", []),
    ("Ömürzakova Ümüt", []),
    ("Петрова-Smith Анна", []),  # two scripts in two words of one name is how some people write it
    ("Aсанова Айгүл", ["mixes Latin and Cyrillic"]),  # Latin A in a Cyrillic word
    ("Бермет 🌸", ["emoji"]),
    ("12345", ["no letter"]),
])
def test_names_that_look_mistyped_are_flagged(name, expected):
    from shelter_app.text import name_concerns

    found = name_concerns(name)
    assert len(found) == len(expected)
    for part, sentence in zip(expected, found):
        assert part in sentence
    if expected:
        assert all(re.search("[а-яө]", s) for s in name_concerns(name, "ru"))
        assert all(re.search("[а-яөүң]", s) for s in name_concerns(name, "ky"))
