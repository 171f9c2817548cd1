"""Registers as offices write them (import-format.md): labels in any of the
three languages instead of codes, the usual abbreviations, headers in the
person's language, and a template with them."""

from __future__ import annotations

import pytest

from shelter_app import i18n, imports
from shelter_app.imports import kinds, labels
from tests.unit.test_import import counts, stored, write


def _fields(lang: str, columns) -> list[str]:
    return [i18n.field_label(c, lang) for c in columns]


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
@pytest.mark.parametrize("kind", imports.KINDS)
def test_the_template_in_the_persons_language_is_read_back(director, tmp_path, kind, lang):
    data = imports.template(kind, lang)
    header = data.decode("utf-8-sig").strip().split(";")
    if lang != "en":
        assert header == _fields(lang, kinds.SPEC_COLUMNS[kind])  # names a person reads, not codes
    path = write(tmp_path, "t.csv", data.decode("utf-8-sig"))
    report = imports.run(director, path, kind)
    assert report.columns == list(kinds.SPEC_COLUMNS[kind])  # every column recognised
    assert [p.text() for p in report.errors] == ["File: The file has a header row but no data rows."]


def test_a_russian_register_with_labels_and_abbreviations(director, tmp_path):
    header = ";".join(_fields("ru", ["external_id", "full_name", "sex", "date_of_birth", "citizenship",
                                     "registration_date", "referral_source", "primary_exploitation",
                                     "other_exploitation", "exploitation_country", "consent_anonymized_reporting",
                                     "languages"]))
    rows = ["R-1;Асанова Айгүл;жен.;12.03.1999;Кыргызстан;01.02.2025;МОМ;принудительный ТРУД;"
            "Домашнее рабство;РФ;да;\"кыргызский; русский\"",
            "R-2;Петров Сергей;М;01.01.1985;Россия;02.02.2025;Самообращение;Принудительный труд;;"
            "Казахстан;нет;",
            "R-3;Жумабаева Асель;аял;05.05.2000;КР;03.02.2025;ЭМУ;Сексуалдык эксплуатация;;"
            "Түркия;ооба;ky"]
    path = write(tmp_path, "реестр.csv", "\n".join([header, *rows]) + "\n")
    report = imports.run(director, path, "residents")
    assert report.ok, [p.text() for p in report.errors]
    one, two, three = (stored(director, x) for x in ("R-1", "R-2", "R-3"))
    assert (one["sex"], one["citizenship"], one["referral_source"], one["primary_exploitation"],
            one["exploitation_country"]) == ("female", "KG", "iom", "forced_labour", "RU")
    assert (two["sex"], two["citizenship"], two["exploitation_country"]) == ("male", "RU", "KZ")
    assert (three["sex"], three["citizenship"], three["primary_exploitation"], three["exploitation_country"]) == \
        ("female", "KG", "sexual_exploitation", "TR")
    assert counts(director)["residents"] == 3
    assert one["other_exploitation"] and "domestic_servitude" in one["other_exploitation"]
    assert "ky" in one["languages"] and "ru" in one["languages"]
    said = "\n".join(p.text() for p in report.warnings)
    assert "“жен.” was read as the code female" in said and "“РФ” was read as the code RU" in said
    assert said.count("“Россия” was read") == 1  # once a label, not once a row


def test_a_label_that_means_nothing_is_still_an_error(director, tmp_path):
    header = ";".join(_fields("ru", ["external_id", "full_name", "sex", "citizenship", "registration_date",
                                     "referral_source", "primary_exploitation", "exploitation_country"]))
    path = write(tmp_path, "r.csv", header + "\nR-9;Б Б;женщинка;Марс;01.02.2025;МОМ;Принудительный труд;РФ\n")
    report = imports.run(director, path, "residents")
    assert {(p.line, p.column) for p in report.errors} == {(2, "sex"), (2, "citizenship")}
    assert counts(director)["residents"] == 0


@pytest.mark.parametrize("cell,code", [("166", "166"), ("ст. 166", "166"), ("Ст.167", "167"), ("160¹", "160-1"),
                                       ("Статья 160-1", "160-1"), ("170-берене", "170"),
                                       ("Ст. 173 — Принуждение к вступлению в фактические брачные отношения",
                                        "173"), ("174", "174"), ("Art. 172", "172")])
def test_criminal_code_articles_as_offices_write_them(cell, code):
    assert labels.read_code("cc_article", cell) == code


def test_roles_and_stages_in_any_language():
    assert labels.read_code("resident_role", "Потерпевший(ая)") == "victim"
    assert labels.read_code("resident_role", "потерпевший(ая)") == "victim"
    assert labels.read_code("resident_role", "Жабырлануучу") == "victim"
    assert labels.read_code("stage", "Направлено в суд") == "sent_to_court"
    assert labels.read_code("service_type", "Медицинская помощь") == "medical"
    assert labels.read_code("sex", "Ж") == "female" and labels.read_code("sex", "эркек") == "male"
    assert labels.read_code("exploitation_country", "Российская Федерация") == "RU"
    assert labels.read_code("citizenship", "без гражданства") == "stateless"
    assert labels.read_code("means_of_control", "Угрозы; долговая кабала") == "threats; debt_bondage"
    assert labels.read_code("sex", "сфинкс") == "сфинкс"  # left for the usual check to refuse
