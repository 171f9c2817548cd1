"""The printed plan, read back from the PDF as a person would read it."""

from __future__ import annotations

import io
import os

import pypdf
import pytest

from shelter_app import plans, residents
from shelter_app.db import audit as audit_db
from tests.cli_runner import run_cli

LONG = ("Кесиптик окуу борборуна каттоо, жума сайын психологдун консультациясы, жумуш жарманкесине "
        "катышуу жана резюме даярдоо; ар бир кадам социалдык кызматкер менен макулдашылат. ") * 6


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident(full_name="Асанова Айгүл"), intake_date="2025-02-02")


def _approved_plan(session, resident_id, goals, wishes="Үйгө кайтып, жумуш тапкым келет.", needs=None):
    plan_id = plans.new_draft(session, resident_id)
    plans.save_draft(session, plan_id, {"resident_wishes": wishes, "goals": goals, "needs": needs or [
        {"domain": "documents", "need_level": "high",
         "assessment": "Паспорту жок, туулгандыгы тууралуу күбөлүк жок."}]})
    plans.approve(session, plan_id, "2025-02-10", True)
    plans.add_review(session, plan_id, "2025-03-12", "Паспортко арыз берилди.", "2025-04-12")
    return plan_id


def _goal(n, text="", actions=""):
    return {"domain": ("documents", "employment", "health")[n % 3], "goal": f"Goal number {n}: {text}",
            "actions": actions, "responsible": "Sam Social", "target_date": "2025-09-01", "status": "open"}


@pytest.mark.parametrize("lang,expect", [
    ("en", ["Individual rehabilitation plan", "Needs assessment", "Page 1 of 1", "10 Feb 2025"]),
    ("ru", ["Индивидуальный план реабилитации", "Оценка потребностей", "Страница 1 из 1", "10.02.2025"]),
    ("ky", ["Жеке реабилитация планы", "Муктаждыктарды баалоо", "1 барактын 1-барагы", "10.02.2025"]),
])
def test_the_plan_prints_every_goal_in_the_chosen_language(director, resident, lang, expect):
    goals = [_goal(1, "Паспорт алуу"), _goal(2, "Тигүүчүлүк курсун бүтүрүү ңөү"), _goal(3, "Medical check-up")]
    plan_id = _approved_plan(director, resident["id"], goals)
    pages, text = _pdf_text(plans.render(director, [plan_id], lang))
    flat = _squash(text)
    for g in goals:
        assert _squash(g["goal"]) in flat
    assert "Асанова Айгүл" in text and resident["case_number"] in text
    assert "Үйгө кайтып, жумуш тапкым келет." in text
    assert "Паспортко арыз берилди." in text  # the review history
    assert "Synthetic Shelter" in text  # organisation header
    for letter in "ңөүҢӨҮ"[:3]:
        assert letter in text
    for word in expect:
        assert _squash(word) in flat, word


def test_the_screen_language_does_not_change_the_printed_language(director, resident):
    from shelter_app import i18n

    plan_id = _approved_plan(director, resident["id"], [_goal(1, "x")])
    i18n.set_language("ru")
    _, text = _pdf_text(plans.render(director, [plan_id], "en"))
    assert "Individual rehabilitation plan" in text and "Индивидуальный" not in text


def _in_order(words: list[str], wanted: list[str], start: int, slack: int = 60) -> int:
    """Where `wanted` ends in `words`, found in order from `start`, allowing a
    page's header and footer lines in between; -1 when a word is missing."""
    pos = start
    for word in wanted:
        try:
            found = words.index(word, pos)
        except ValueError:
            return -1
        if found - pos > slack and pos != start:
            return -1
        pos = found + 1
    return pos


def test_forty_long_goals_span_pages_and_lose_nothing(director, resident, make_resident):
    goals = [_goal(n, LONG[: 80 + n * 7], LONG + f" (step {n})") for n in range(1, 41)]
    plan_id = _approved_plan(director, resident["id"], goals, wishes=LONG * 3)
    pages, text = _pdf_text(plans.render(director, [plan_id], "ky"))
    assert pages >= 8
    words = text.split()
    # Every word typed is there as often as it was typed (words also in the labels aside)...
    other = residents.create(director, make_resident(full_name="Бекова Нургүл"), intake_date="2025-02-02")
    labels = _pdf_text(plans.render(director, [_approved_plan(director, other["id"], [_goal(1)], wishes="x")],
                                    "ky"))[1].split()
    typed = [LONG * 3] + [g["goal"] + " " + g["actions"] for g in goals]
    checked = [w for w in set(LONG.split()) if w not in labels]
    assert len(checked) > 10
    for word in checked:
        assert words.count(word) == sum(t.split().count(word) for t in typed), word
    # ...and every goal is whole, word after word, even where it breaks across a page
    # (goals print grouped by area, so each is looked for from its own number).
    for n, g in enumerate(goals, start=1):
        head = ["Goal", "number", f"{n}:"]
        starts = [i for i in range(len(words) - 2) if words[i:i + 3] == head]
        assert len(starts) == 1, n
        assert _in_order(words, (g["goal"] + " " + g["actions"]).split(), starts[0]) > 0, n
    assert f"{pages} барактын 1-барагы" in text and f"{pages} барактын {pages}-барагы" in text


def test_one_goal_longer_than_a_page_breaks_across_pages(director, resident):
    huge = " ".join(f"word{n}" for n in range(2200))
    plan_id = _approved_plan(director, resident["id"], [_goal(1, "huge", huge)])
    pages, text = _pdf_text(plans.render(director, [plan_id], "en"))
    assert pages >= 3
    assert "word0" in text and "word2199" in text and "word1100" in text


def test_markup_typed_by_a_user_prints_literally(director, resident):
    nasty = '<img src="/etc/passwd"/> <font color="red" size="40">big</font> Tom & Jerry <b>'
    plan_id = _approved_plan(director, resident["id"], [_goal(1, nasty, "a < b & c > d")], wishes=nasty)
    _, text = _pdf_text(plans.render(director, [plan_id], "en"))
    flat = _squash(text)
    assert flat.count(_squash(nasty)) == 2
    assert _squash("a < b & c > d") in flat


def test_case_numbers_only_and_privacy_mode_hide_the_name(director, resident):
    plan_id = _approved_plan(director, resident["id"], [_goal(1, "x")])
    _, text = _pdf_text(plans.render(director, [plan_id], "en", case_numbers_only=True))
    assert "Асанова" not in text and resident["case_number"] in text
    director.privacy_mode = True
    _, text = _pdf_text(plans.render(director, [plan_id], "en"))
    assert "Асанова" not in text and resident["case_number"] in text


def test_batch_is_one_document_numbered_per_plan_and_every_save_is_audited(director, make_resident, resident,
                                                                            tmp_path):
    first = _approved_plan(director, resident["id"], [_goal(1, "first person's goal")])
    other = residents.create(director, make_resident(full_name="Бекова Нургүл"), intake_date="2025-02-02")
    second = _approved_plan(director, other["id"], [_goal(1, "second person's goal")])
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "plans.pdf"
    plans.save_pdf(director, plans.active_in_shelter(director), "en", out)
    pages, text = _pdf_text(out.read_bytes())
    assert pages == 2 and text.count("Page 1 of 1") == 2
    assert "first person's goal" in text and "second person's goal" in text
    saved = [(r["action"], r["record_id"]) for r in audit_db.query(director.db.conn)
             if r["action"] == "plan_saved_pdf"]
    assert sorted(saved) == sorted([("plan_saved_pdf", resident["case_number"]),
                                    ("plan_saved_pdf", other["case_number"])])
    assert [f.name for f in out.parent.iterdir()] == ["plans.pdf"]  # no temporary file left beside it
    del first, second


def test_a_draft_is_marked_as_not_in_force(director, resident):
    plan_id = plans.new_draft(director, resident["id"])
    plans.save_draft(director, plan_id, {"goals": [_goal(1, "x")]})
    _, text = _pdf_text(plans.render(director, [plan_id], "en"))
    assert "DRAFT" in text


def _cli(database, *args):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords["sam"])
    return run_cli(["print-plan", "--db", str(database.path), "--user", "sam", *args], env=env)


def test_print_plan_command(database, login, make_resident, tmp_path):
    dina = login("dina")
    person = residents.create(dina, make_resident(), intake_date="2025-02-02")
    _approved_plan(dina, person["id"], [_goal(1, "Паспорт алуу")])
    dina.close()

    out = tmp_path / "one.pdf"
    done = _cli(database, "--resident", person["case_number"], "--language", "ky", "--case-numbers-only",
                "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    _, text = _pdf_text(out.read_bytes())
    assert "Паспорт алуу" in text and person["case_number"] in text and "Асанова" not in text
    assert "Жеке реабилитация планы" in text

    out_all = tmp_path / "all.pdf"
    done = _cli(database, "--all-in-shelter", "--language", "ru", "--out", str(out_all))
    assert done.returncode == 0, done.stderr
    assert "Асанова" in _pdf_text(out_all.read_bytes())[1]

    done = _cli(database, "--resident", "2020-9999", "--language", "en", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "2020-9999" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_printer_html_escapes_what_users_typed(director, resident):
    from shelter_app.printing.common import section_html

    nasty = '<img src="/etc/passwd"/> <font size=40>x</font> & <script>'
    plan_id = _approved_plan(director, resident["id"], [_goal(1, nasty, nasty)], wishes=nasty)
    document = plans.document(director, [plan_id], "en")
    html = section_html(document.sections[0])
    assert "<img" not in html and "<font" not in html and "<script" not in html
    assert html.count("&lt;img src=&quot;/etc/passwd&quot;/&gt;") == 3
