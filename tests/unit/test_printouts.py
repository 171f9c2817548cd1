"""Every kind of printout, rendered in English, Russian and Kyrgyz and read back
with pypdf as a person reads it: no word is cut at the end of a line or inside
a table cell, and no code stands where a person expects a name."""

from __future__ import annotations

import functools
import io
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from shelter_app import (
    accounts,
    audit,
    codes,
    i18n,
    legal,
    plans,
    residents,
    returns,
    services,
    subject_access,
)
from shelter_app.printing import summary_pdf
from shelter_app.returns import service as returns_service
from tests.conftest import PASSWORDS, resident_data
from tests.unit import returns_register as reg

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGS = ("en", "ru", "ky")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # letters only: a word, or a piece of one
CHAIN = re.compile(r"[\w-]+", re.UNICODE)  # letters, digits and hyphens run together


def _words(line: str) -> list[list[str]]:
    """The letter runs of each chain of the line, a chain holding a digit as
    no words at all: a hash ("…924deb5b…") or a key fingerprint ("HAR3-8GDN")
    is an identifier, and its letters are no piece of a word."""
    return [[] if any(ch.isdigit() for ch in chain) else WORD.findall(chain) for chain in CHAIN.findall(line)]


@functools.cache
def _vocabulary(lang: str, extra: tuple[str, ...]) -> frozenset[str]:
    """Every word the printout may hold: the catalogue's words in this language
    (and the English sources), code labels, and the synthetic data typed in."""
    texts = list(extra) + list(i18n.MONTHS_EN)
    for path in TRANSLATIONS.glob("*.ts"):
        for msg in ET.parse(path).getroot().iter("message"):
            texts.append(msg.findtext("source") or "")
            if path.stem.endswith("_" + lang):
                found = i18n.message_text(msg)
                texts += found if isinstance(found, list) else [found or ""]
    texts += [text for _, text in _marked_strings()]  # every string the code marks, for those not yet translated
    for code_list in list(codes.CODE_LISTS.values()) + [codes.COMMON_COUNTRIES, codes.LANGUAGE]:
        texts += [label for _, label in code_list.choices(lang)]
    return frozenset(w.lower() for t in texts for w in WORD.findall(t))


@functools.cache
def _marked_strings():
    import importlib.util

    spec = importlib.util.spec_from_file_location("i18n_tool", TRANSLATIONS.parents[1] / "tools" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return list(tool.extract())


def _lines(pdf: bytes) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def broken_words(pdf: bytes, vocabulary: set[str]) -> list[str]:
    """Pieces of words: a letter run that is no word of the vocabulary but is
    the start or the end of one (a word cut inside a cell shows as two such
    pieces), or two runs at the end of one line and the start of the next that
    join into a word neither of them is."""
    found = []
    longer = sorted(vocabulary, key=len)
    for page in _lines(pdf):
        for i, line in enumerate(page):
            for piece in (w for chain in _words(line) for w in chain):
                p = piece.lower()
                if p in vocabulary or len(p) < 3:
                    continue
                if any(len(w) > len(p) and (w.startswith(p) or w.endswith(p)) for w in longer):
                    found.append(f"{piece!r} in {line!r}")
            if i + 1 < len(page):
                chains, next_chains = _words(line), _words(page[i + 1])
                last, first = chains[-1][-1:] if chains else [], next_chains[0][:1] if next_chains else []
                if last and first and line.rstrip()[-1:].isalpha():
                    a, b = last[0].lower(), first[0].lower()
                    if (a + b) in vocabulary and not (a in vocabulary and b in vocabulary):
                        found.append(f"{last[0]}|{first[0]}")
    return found


CODES_SEEN_AS_CODES = re.compile(r"(?<![\w-])(?:[a-z]+_[a-z_]+|KG|RU|KZ|IN|female|male|in_house)(?![\w-])")


def codes_in_place_of_labels(pdf: bytes) -> list[str]:
    text = "\n".join("\n".join(p) for p in _lines(pdf))
    return [m.group(0) for m in CODES_SEEN_AS_CODES.finditer(text)]


DATA = ("som", "Асанова Айгүл", "Sam Social", "Dina Director", "Lena Lawyer", "Synthetic Shelter", "Osh",
        "Паспорт алуу", "Тигүүчүлүк курсун бүтүрүү", "Medical check-up", "Үйгө кайтып, жумуш тапкым келет.",
        "Паспорту жок, туулгандыгы тууралуу күбөлүк жок.", "Паспортко арыз берилди.", "Городская больница",
        "Адвокат", "Консультация психолога", "Ошская областная больница", "Goal number", "Kyrgyz", "Uzbek")


@pytest.fixture(scope="module")
def printed(_template_database, tmp_path_factory):
    """One of each printout in each language, from one synthetic resident:
    made once for the module's tests (they only read them), on a copy of the
    test database of its own."""
    template, _ = _template_database
    folder = tmp_path_factory.mktemp("printouts")
    shutil.copytree(template.parent, folder / "data", ignore=shutil.ignore_patterns("*.lock"))
    (folder / "home").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHELTER_APP_HOME", str(folder / "home"))
        director = accounts.open_session(folder / "data" / template.name, "dina", PASSWORDS["dina"])
        try:
            return _print_everything(director)
        finally:
            director.close()


def _print_everything(director) -> dict:
    reg.fill(director)
    person = residents.create(director, resident_data(
        full_name="Асанова Айгүл", citizenship="IN", exploitation_country="KG", languages="ky; uz",
        recruitment_channel="online", means_of_control=["takes_earnings", "threats"]), intake_date="2025-02-02")
    plan_id = plans.new_draft(director, person["id"])
    plans.save_draft(director, plan_id, {
        "resident_wishes": "Үйгө кайтып, жумуш тапкым келет.",
        "needs": [{"domain": "documents", "need_level": "high",
                   "assessment": "Паспорту жок, туулгандыгы тууралуу күбөлүк жок."}],
        "goals": [{"domain": d, "goal": f"Goal number {n}: {g}", "actions": "Консультация психолога",
                   "responsible": "Sam Social", "target_date": "2025-09-01", "status": "open"}
                  for n, (d, g) in enumerate([("documents", "Паспорт алуу"), ("employment", "Тигүүчүлүк курсун "
                                                                                            "бүтүрүү"),
                                              ("health", "Medical check-up")] * 3, 1)]})
    plans.approve(director, plan_id, "2025-02-10", True)
    plans.add_review(director, plan_id, "2025-03-12", "Паспортко арыз берилди.", "2025-04-12")
    services.log(director, person["id"], {"date": "2025-03-01", "service_type": "medical",
                                          "provider": "Ошская областная больница", "duration_minutes": 40})
    services.log(director, person["id"], {"date": "2025-03-05", "service_type": "psychological"})
    case = legal.create_case(director, person["id"], {"case_ref": "UD-77", "cc_article": "160-1",
                                                      "resident_role": "victim", "lawyer": "Адвокат"})
    legal.add_event(director, case["id"], {"date": "2025-03-10", "stage": "complaint_filed"})
    ret = returns.build(director, reg.PERIOD, threshold=3)
    out = {}
    for lang in LANGS:
        out[("plan", lang)] = plans.render(director, [plan_id], lang)
        out[("record", lang)] = subject_access.print_pdf(director, person["id"], lang)
        out[("summary", lang)] = summary_pdf.pdf(director, person["id"], lang=lang)
        out[("audit", lang)] = audit.print_pdf(director, None, lang)
        out[("return", lang)] = returns_service.render(ret, "pdf", lang)
    return out


KINDS = ("plan", "record", "summary", "audit", "return")


@pytest.mark.parametrize("lang", LANGS)
def test_no_printout_cuts_a_word_or_prints_a_code(printed, lang):
    vocabulary = _vocabulary(lang, DATA)
    problems = []
    for kind in KINDS:
        pdf = printed[(kind, lang)]
        problems += [f"{kind}: broken {w}" for w in broken_words(pdf, vocabulary)]
        problems += [f"{kind}: code {c}" for c in codes_in_place_of_labels(pdf)]
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_look_for():
    """The two checks, tried on a PDF made to fail them."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from shelter_app.printing import fonts

    font = fonts.register()
    style = ParagraphStyle("s", fontName=font, fontSize=9, leading=11, splitLongWords=1)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf)
    doc.build([Table([[Paragraph("Потребность", style), Paragraph("Гражданство: IN", style)]], colWidths=[30, 200])])
    pdf = buf.getvalue()
    vocabulary = _vocabulary("ru", ())
    assert broken_words(pdf, vocabulary), _lines(pdf)
    assert codes_in_place_of_labels(pdf) == ["IN"]
    # A hash or a key fingerprint is no cut word, whatever letters it happens to hold.
    assert [w for chain in _words("last 924deb5b, W849-HAR3-TCRC Потреб") for w in chain] == ["last", "Потреб"]


def test_the_record_prints_names_not_codes(printed):
    text = "\n".join("\n".join(p) for p in _lines(printed[("record", "ru")]))
    assert "Индия" in text and "Кыргызстан" in text
    assert "Кыргызский" in text and "Узбекский" in text
    assert "Изъятие заработка" in text
    assert "Dina Director" in text  # the staff's full names, not account names


def test_the_plan_has_the_approval_block_and_signatures_on_the_last_page(printed):
    for lang, title in (("ru", "УТВЕРЖДАЮ"), ("ky", "БЕКИТЕМИН"), ("en", "APPROVED")):
        pages = _lines(printed[("plan", lang)])
        assert title in pages[0][:4], pages[0][:6]  # top of the first page
        assert "10.02.2025" in "\n".join(pages[0][:8]) or "10 Feb 2025" in "\n".join(pages[0][:8])
    ru = _lines(printed[("plan", "ru")])
    last = "\n".join(ru[-1])
    assert "Подпись" in last and "Паспортко арыз берилди." in last  # the end of the content with the signatures


def test_the_return_dates_are_day_month_year_and_it_can_be_approved(printed):
    text = "\n".join("\n".join(p) for p in _lines(printed[("return", "ru")]))
    assert "УТВЕРЖДАЮ" in text and "М. П." in text
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", text)
    assert "UTC" not in text and not re.search(r"\d{4}-\d{2}-\d{2}", text)
