"""Identification under the NRM: the child rule by age at the act, nrm_status
following screenings and decisions, roles, the return's facts, and the printed
questionnaire and letter read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from shelter_app import children, nrm, organisations, plans, residents
from shelter_app.db import nrm as nrm_db
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def body(director):
    return organisations.add_organisation(director, {"name": "Synthetic Identification Commission",
                                                     "organisation_type": "authorised_nrm_body",
                                                     "region": "Bishkek"})


@pytest.fixture
def adult(director, make_resident):
    return residents.create(director, make_resident(full_name="Садыкова Нургуль", date_of_birth="1995-04-02"))


@pytest.fixture
def child(director, make_resident):
    # 15 at the act in 2024, 16 now or soon: the age at the act decides.
    return residents.create(director, make_resident(full_name="Токтогулова Бермет", date_of_birth="2009-01-10",
                                                    primary_exploitation="sexual_exploitation"))


def screening(**overrides):
    data = {"screening_date": "2025-02-03", "acts": ["recruitment", "transportation"], "means": ["deception"],
            "purposes": ["forced_labour"], "result": "indicators_met",
            "needs": [{"domain": "health", "need_level": "high", "note": "Untreated injury to the hand"},
                      {"domain": "documents", "need_level": "medium", "note": "Passport held by the employer"}]}
    data.update(overrides)
    return data


# --- the child rule -------------------------------------------------------------------

def test_adult_without_means_is_refused_indicators_met(login, adult):
    sam = login("sam")
    with pytest.raises(ValidationError) as exc:
        nrm.add_screening(sam, adult["id"], screening(means=[], act_date="2024-06-01"))
    assert "result" in exc.value.problems
    assert residents.get(sam, adult["id"])["nrm_status"] == "none"
    assert nrm.screenings(sam, adult["id"]) == []  # nothing half-written


def test_child_at_the_act_needs_no_means(login, child):
    sam = login("sam")
    s = nrm.add_screening(sam, child["id"], screening(means=[], act_date="2024-03-01",
                                                      purposes=["sexual_exploitation"]))
    assert s["child_criteria"] == 1 and s["age_at_act"] == 15
    assert residents.get(sam, child["id"])["nrm_status"] == "presumed"


def test_age_at_the_act_not_today_decides(login, make_resident, director):
    # 19 today, 17 at the act: child criteria.
    person = residents.create(director, make_resident(date_of_birth="2005-09-01"))
    s = nrm.add_screening(login("sam"), person["id"], screening(means=[], act_date="2023-05-01"))
    assert s["child_criteria"] == 1 and s["age_at_act"] == 17
    # The same person, act at 18: adult criteria, means required.
    with pytest.raises(ValidationError):
        nrm.add_screening(login("sam"), person["id"], screening(means=[], act_date="2024-05-01"))


def test_typed_age_when_the_date_of_birth_is_unknown(login, make_resident, director):
    person = residents.create(director, make_resident(date_of_birth=None))
    s = nrm.add_screening(login("sam"), person["id"], screening(means=[], age_at_act=14))
    assert s["child_criteria"] == 1


def test_unknown_age_applies_adult_criteria(login, make_resident, director):
    person = residents.create(director, make_resident(date_of_birth=None))
    with pytest.raises(ValidationError):
        nrm.add_screening(login("sam"), person["id"], screening(means=[]))


def test_suggested_result_follows_the_elements():
    assert nrm.suggested_result(["recruitment"], [], ["forced_labour"], child=True) == "indicators_met"
    assert nrm.suggested_result(["recruitment"], [], ["forced_labour"], child=False) == "inconclusive"
    assert nrm.suggested_result([], [], [], child=False) == "indicators_not_met"


# --- status follows ----------------------------------------------------------------------

def test_screening_referral_decision_move_the_status(login, adult, body):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening(result="inconclusive", means=[]))
    assert residents.get(sam, adult["id"])["nrm_status"] == "none"
    first = nrm.add_screening(sam, adult["id"], screening(screening_date="2025-02-10"))
    assert residents.get(sam, adult["id"])["nrm_status"] == "presumed"
    ref = nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body,
                                      "shared": ["name", "needs"]})
    assert ref["screening_id"] == first["id"]
    nrm.record_decision(sam, ref["id"], {"decision": "identified", "decision_date": "2025-03-01",
                                         "document_number": "ID-17"})
    record = residents.get(sam, adult["id"])
    assert (record["nrm_status"], record["nrm_identified_date"]) == ("identified", "2025-03-01")
    assert record["nrm_identifying_body"] == "Synthetic Identification Commission"


def test_not_identified_ends_the_presumption(login, adult, body):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    ref = nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body})
    nrm.record_decision(sam, ref["id"], {"decision": "not_identified", "decision_date": "2025-03-01"})
    assert residents.get(sam, adult["id"])["nrm_status"] == "none"


def test_correcting_the_screening_withdraws_the_presumption(login, adult):
    sam = login("sam")
    s = nrm.add_screening(sam, adult["id"], screening())
    nrm.update_screening(sam, s["id"], screening(result="indicators_not_met"))
    assert residents.get(sam, adult["id"])["nrm_status"] == "none"


def test_referral_needs_a_screening_and_an_authorised_body(login, adult, body, director):
    sam = login("sam")
    with pytest.raises(ShelterError, match="follows a first-level screening"):
        nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body})
    nrm.add_screening(sam, adult["id"], screening())
    ngo = organisations.add_organisation(sam, {"name": "Some NGO", "organisation_type": "ngo"})
    with pytest.raises(ShelterError, match="authorised"):
        nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": ngo})
    ref = nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body})
    with pytest.raises(ValidationError):
        nrm.record_decision(sam, ref["id"], {"decision": "identified", "decision_date": "2025-02-01"})


def test_every_step_is_audited(login, adult, body):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    ref = nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body})
    nrm.record_decision(sam, ref["id"], {"decision": "identified", "decision_date": "2025-03-01"})
    actions = [r[0] for r in sam.db.conn.execute(
        "SELECT action FROM audit_log WHERE record_id = ? ORDER BY id", (adult["case_number"],))]
    for action in ("nrm_screening_recorded", "nrm_status_changed", "nrm_referred", "nrm_decision_recorded"):
        assert action in actions


# --- roles ---------------------------------------------------------------------------------

def test_a_lawyer_reads_but_does_not_screen(login, adult, body):
    nrm.add_screening(login("sam"), adult["id"], screening())
    lena = login("lena")
    assert len(nrm.screenings(lena, adult["id"])) == 1
    with pytest.raises(PermissionDenied):
        nrm.add_screening(lena, adult["id"], screening())
    with pytest.raises(PermissionDenied):
        nrm.refer(lena, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body})
    with pytest.raises(PermissionDenied):
        nrm.render(lena, adult["id"], "questionnaire", "en")


def test_a_director_screens_too(director, adult):
    nrm.add_screening(director, adult["id"], screening())
    assert residents.get(director, adult["id"])["nrm_status"] == "presumed"


# --- the return's facts ----------------------------------------------------------------------

def test_return_facts_by_the_date_of_each_step(login, adult, child, body, make_resident):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening(screening_date="2025-02-03"))
    nrm.add_screening(sam, adult["id"], screening(screening_date="2025-02-20"))  # twice: duplicates allowed
    nrm.add_screening(sam, child["id"], screening(screening_date="2025-02-05", result="inconclusive"))
    a = nrm.refer(sam, adult["id"], {"referral_date": "2025-02-21", "organisation_id": body})
    c = nrm.refer(sam, child["id"], {"referral_date": "2025-03-02", "organisation_id": body})
    nrm.record_decision(sam, a["id"], {"decision": "identified", "decision_date": "2025-03-15"})
    nrm.record_decision(sam, c["id"], {"decision": "not_identified", "decision_date": "2025-03-31"})
    conn = sam.db.conn
    feb = sorted(nrm_db.return_facts(conn, "2025-02-01", "2025-02-28"))
    assert feb == sorted([(adult["id"], "screened_indicators_met"), (adult["id"], "screened_indicators_met"),
                          (adult["id"], "referred")])
    march = sorted(nrm_db.return_facts(conn, "2025-03-01", "2025-03-31"))
    assert march == sorted([(child["id"], "referred"), (adult["id"], "identified"),
                            (child["id"], "not_identified")])
    # Inclusive ends, and `identified` is the residents' own status and date (also when set by hand).
    assert nrm_db.return_facts(conn, "2025-03-15", "2025-03-15") == [(adult["id"], "identified")]
    other = residents.create(sam, make_resident(full_name="Другая Персона", nrm_status="identified",
                                                nrm_identified_date="2025-03-20"))
    assert (other["id"], "identified") in nrm_db.return_facts(conn, "2025-03-01", "2025-03-31")


# --- a new plan starts from the screening ------------------------------------------------------

def test_first_plan_starts_from_the_latest_screening_needs(login, adult):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    plan = plans.get(sam, plans.new_draft(sam, adult["id"]))
    needs = {n["domain"]: (n["need_level"], n["assessment"]) for n in plan["needs"]}
    assert needs == {"health": ("high", "Untreated injury to the hand"),
                     "documents": ("medium", "Passport held by the employer")}


# --- printing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,words", [("en", "First-level screening questionnaire"),
                                        ("ru", "Анкета первичной оценки"), ("ky", "Алгачкы баалоо анкетасы")])
def test_questionnaire_pdf_is_filled_in(login, adult, lang, words):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening(notes=""))
    text = _pdf_text(nrm.render(sam, adult["id"], "questionnaire", lang))
    assert words in text
    assert "Садыкова Нургуль" in text and adult["case_number"] in text
    assert "Untreated injury to the hand" in text
    assert "_____" in text  # notes left empty: a blank line to write on


def test_blank_questionnaire_without_a_screening(login, adult):
    text = _pdf_text(nrm.render(login("sam"), adult["id"], "questionnaire", "en"))
    assert "blank form" in text


def test_letter_holds_only_what_was_agreed(login, adult, body):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body, "shared": ["needs"]})
    text = _pdf_text(nrm.render(sam, adult["id"], "letter", "en"))
    assert "Synthetic Identification Commission" in text
    assert adult["case_number"] in text
    assert "Untreated injury to the hand" in text  # needs: agreed
    assert "Садыкова" not in text  # name: not agreed
    assert "12.03.1999" not in text and "02.04.1995" not in text  # date of birth: not agreed
    assert "Forced labour" not in text  # exploitation summary: not agreed
    nrm.refer(sam, adult["id"], {"referral_date": "2025-02-13", "organisation_id": body,
                                 "shared": ["name", "date_of_birth", "exploitation_summary"]})
    text = _pdf_text(nrm.render(sam, adult["id"], "letter", "ru"))
    assert "Садыкова Нургуль" in text and "02.04.1995" in text
    assert "Untreated injury" not in text


def test_letter_never_names_a_suspected_guardian(login, child, body):
    sam = login("sam")
    children.add_guardian(sam, child["id"], {"full_name": "Опекун Подозреваемый", "relation": "relative",
                                             "suspected_involvement": True})
    children.add_guardian(sam, child["id"], {"full_name": "Мать Надёжная", "relation": "parent"})
    nrm.add_screening(sam, child["id"], screening(means=[], act_date="2024-03-01"))
    nrm.refer(sam, child["id"], {"referral_date": "2025-02-12", "organisation_id": body,
                                 "shared": ["name", "contact"]})
    text = _pdf_text(nrm.render(sam, child["id"], "letter", "ky"))
    assert "Мать Надёжная" in text
    assert "Подозреваемый" not in text


def test_save_pdf_is_audited(login, adult, tmp_path):
    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    out = tmp_path / "q.pdf"
    assert nrm.save_pdf(sam, adult["id"], "questionnaire", "ru", out) == out.stat().st_size
    assert sam.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'nrm_questionnaire_printed'"
                               ).fetchone()[0] == 1


def test_demo_records_agree_with_the_rules(director):
    """Every synthetic screening obeys the child rule, and nrm_status matches the records."""
    from shelter_app import demo

    demo.generate(director, 120, seed=3)
    conn = director.db.conn
    for s in conn.execute("SELECT * FROM nrm_screenings"):
        acts, means, purposes = (bool(s[k]) for k in ("acts", "means", "purposes"))
        child = bool(s["child_criteria"])
        assert child == (s["age_at_act"] is not None and s["age_at_act"] < 18)
        met = acts and purposes and (child or means)
        assert (s["result"] == "indicators_met") == met
    assert conn.execute("SELECT count(*) FROM residents r WHERE nrm_status = 'identified' AND NOT EXISTS"
                        " (SELECT 1 FROM nrm_referrals f WHERE f.resident_id = r.id AND f.decision = 'identified'"
                        " AND f.decision_date = r.nrm_identified_date)").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM residents r WHERE nrm_status = 'presumed' AND NOT EXISTS"
                        " (SELECT 1 FROM nrm_screenings s WHERE s.resident_id = r.id"
                        " AND s.result = 'indicators_met')").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM guardians").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM risk_assessments").fetchone()[0] > 0


def test_bad_screening_input_is_named_and_nothing_is_written(login, adult):
    sam = login("sam")
    with pytest.raises(ValidationError) as exc:
        nrm.add_screening(sam, adult["id"], screening(screening_date="31.02.2025", acts=["kidnap"],
                                                      result="maybe", age_at_act="-3"))
    assert {"screening_date", "acts", "result", "age_at_act"} <= set(exc.value.problems)
    with pytest.raises(ValidationError) as exc:
        nrm.add_screening(sam, adult["id"], screening(screening_date="1990-01-01"))
    assert "date of birth" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        nrm.add_screening(sam, adult["id"], screening(act_date="2025-03-01", screening_date="2025-02-03"))
    assert "act_date" in exc.value.problems
    assert nrm.screenings(sam, adult["id"]) == []
    assert sam.db.conn.execute("SELECT count(*) FROM audit_log WHERE action LIKE 'nrm_%'").fetchone()[0] == 0


def test_a_failure_half_way_leaves_nothing(login, adult, monkeypatch):
    sam = login("sam")

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(nrm_db, "replace_needs", broken)
    with pytest.raises(RuntimeError):
        nrm.add_screening(sam, adult["id"], screening())
    conn = sam.db.conn
    assert conn.execute("SELECT count(*) FROM nrm_screenings").fetchone()[0] == 0
    assert conn.execute("SELECT nrm_status FROM residents WHERE id = ?", (adult["id"],)).fetchone()[0] == "none"
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action LIKE 'nrm_%'").fetchone()[0] == 0


@pytest.mark.parametrize("start,end", [("2024-01-01", "2024-12-31"), ("2025-03-01", "2025-03-31"),
                                       ("2000-01-01", "2099-12-31")])
def test_return_facts_agree_with_a_second_count(director, start, end):
    """The SQL of return_facts against the same count made from the records one by one."""
    import datetime as _dt
    from collections import Counter

    from shelter_app import demo

    demo.generate(director, 150, seed=5, today=_dt.date(2025, 12, 31))
    expected: Counter = Counter()
    for rid in residents.search(director):
        person = residents.get(director, rid, audit_view=False)
        for s in nrm.screenings(director, rid):
            if s["result"] == "indicators_met" and start <= s["screening_date"] <= end:
                expected[(rid, "screened_indicators_met")] += 1
        for f in nrm.referrals(director, rid):
            if start <= f["referral_date"] <= end:
                expected[(rid, "referred")] += 1
            if f["decision"] == "not_identified" and start <= f["decision_date"] <= end:
                expected[(rid, "not_identified")] += 1
        if person["nrm_status"] == "identified" and start <= (person["nrm_identified_date"] or "") <= end:
            expected[(rid, "identified")] += 1
    assert Counter(nrm_db.return_facts(director.db.conn, start, end)) == expected
    assert sum(expected.values()) > 0 or start == "2025-03-01"


def test_document_allowed_says_no_before_a_printer_is_asked(login, adult):
    sam = login("sam")
    nrm.document_allowed(sam, adult["id"], "questionnaire")
    with pytest.raises(ShelterError, match="not been referred"):
        nrm.document_allowed(sam, adult["id"], "letter")
    with pytest.raises(PermissionDenied):
        nrm.document_allowed(login("lena"), adult["id"], "questionnaire")


def test_the_audit_log_reads_the_steps_in_russian(login, adult, body):
    from shelter_app import audit

    sam = login("sam")
    nrm.add_screening(sam, adult["id"], screening())
    nrm.refer(sam, adult["id"], {"referral_date": "2025-02-12", "organisation_id": body, "shared": ["name", "needs"]})
    dina = login("dina")
    found = {e.action: e for e in audit.entries(dina, audit.Filters(record_id=adult["case_number"]))}
    screened = found["nrm_screening_recorded"]
    assert screened.action_text("ru") == "Записана первичная оценка (НМП)"
    assert "результат: Признаки выявлены" in screened.details_text("ru")
    assert "Ф. И. О., Потребности" in found["nrm_referred"].details_text("ru")
