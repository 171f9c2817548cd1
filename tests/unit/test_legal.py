"""Legal cases and events: validation, flags for the director, the
non-punishment principle, hearings on the Due list, audit and permissions."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from shelter_app import due, legal, residents
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident())


def _case(session, resident, **over):
    data = {"case_ref": "2025-12345", "cc_article": "166", "resident_role": "victim", "lawyer": "Адвокат центра",
            "state_legal_aid": "да"}
    data.update(over)
    return legal.create_case(session, resident["id"], data)


def _actions(session):
    return [r[0] for r in session.db.conn.execute("SELECT action FROM audit_log ORDER BY id")]


def test_case_with_timeline_and_next_hearing(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    assert case["state_legal_aid"] == 1 and case["events"] == []
    legal.add_event(lena, case["id"], {"date": "2025-02-10", "stage": "complaint_filed"})
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "sent_to_court",
                                        "next_hearing_date": "2099-01-15"})
    legal.add_event(lena, case["id"], {"date": "2025-02-20", "stage": "investigation_opened"})
    case = legal.get_case(lena, case["id"])
    assert [e["stage"] for e in case["events"]] == ["complaint_filed", "investigation_opened", "sent_to_court"]
    assert case["next_hearing_date"] == "2099-01-15" and case["latest_stage"] == "sent_to_court"
    assert {"legal_case_created", "legal_event_added"} <= set(_actions(lena))


def test_hearing_in_the_next_week_is_on_the_due_list(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    soon = _dt.date.today() + _dt.timedelta(days=3)
    legal.add_event(lena, case["id"], {"date": _dt.date.today().isoformat(), "stage": "sent_to_court",
                                        "next_hearing_date": soon.isoformat()})
    items = [i for i in due.items(lena) if i.kind == "hearing"]
    assert [(i.record_id, i.due_date) for i in items] == [(case["id"], soon.isoformat())]


def test_sentence_without_conviction_is_refused(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    with pytest.raises(ValidationError) as err:
        legal.add_event(lena, case["id"], {"date": "2025-05-01", "stage": "sent_to_court", "sentence_months": 36})
    assert err.value.field == "sentence_months"
    assert "only with a conviction" in err.value.localized()
    with pytest.raises(ValidationError):
        legal.add_event(lena, case["id"], {"date": "2025-05-01", "stage": "acquittal", "non_custodial": True})
    with pytest.raises(ValidationError) as err:
        legal.add_event(lena, case["id"], {"date": "2025-05-01", "stage": "conviction"})
    assert err.value.field == "sentence_months"
    assert legal.get_case(lena, case["id"])["events"] == []


def test_conviction_custodial_and_non_custodial(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    e = legal.add_event(lena, case["id"], {"date": "2025-05-01", "stage": "conviction", "sentence_months": "96"})
    assert e["sentence_months"] == 96 and not e["non_custodial"]
    e = legal.update_event(lena, e["id"], {"non_custodial": True, "sentence_months": ""})
    assert e["sentence_months"] == 0 and e["non_custodial"] == 1
    with pytest.raises(ValidationError):
        legal.update_event(lena, e["id"], {"sentence_months": 12})


def test_future_event_and_hearing_before_event_are_refused(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    tomorrow = (_dt.date.today() + _dt.timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as err:
        legal.add_event(lena, case["id"], {"date": tomorrow, "stage": "sent_to_court"})
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        legal.add_event(lena, case["id"], {"date": "2025-05-01", "stage": "sent_to_court",
                                            "next_hearing_date": "2025-04-01"})
    assert err.value.field == "next_hearing_date"


def test_reconciliation_and_requalification_are_flagged(login, resident, director, make_resident):
    lena = login("lena")
    case = _case(lena, resident)
    legal.add_event(lena, case["id"], {"date": "2025-02-10", "stage": "investigation_opened"})
    # 166 -> 167 stays trafficking: no flag.
    legal.add_event(lena, case["id"], {"date": "2025-02-20", "stage": "requalified", "cc_article": "167"})
    assert legal.flags(lena, resident["id"]) == []
    with pytest.raises(ValidationError) as err:
        legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "requalified", "cc_article": "167"})
    assert err.value.field == "cc_article"
    with pytest.raises(ValidationError):
        legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "requalified"})
    with pytest.raises(ValidationError):
        legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "sent_to_court", "cc_article": "160"})
    legal.add_event(lena, case["id"], {"date": "2025-03-01", "stage": "requalified", "cc_article": "160"})
    legal.add_event(lena, case["id"], {"date": "2025-04-01", "stage": "reconciliation"})
    flags = legal.flags(lena, resident["id"])
    assert [(f.kind, f.date) for f in flags] == [("reconciliation", "2025-04-01"), ("requalified", "2025-03-01")]
    assert (flags[1].from_article, flags[1].to_article) == ("167", "160")
    assert "Art. 160" in flags[1].message() and "2025-12345" in flags[1].message()
    assert legal.get_case(lena, case["id"])["current_article"] == "160"
    # A case opened as pimping is not a requalified trafficking case.
    other = _case(lena, resident, case_ref="2025-777", cc_article="160")
    legal.add_event(lena, other["id"], {"date": "2025-03-01", "stage": "requalified", "cc_article": "159"})
    assert len(legal.flags(lena)) == 2
    # The director sees every flag of the database.
    assert len(legal.flags(login("dina"))) == 2


def test_non_punishment_principle_for_suspects(login, resident):
    lena = login("lena")
    victim_case = _case(lena, resident)
    assert not victim_case["non_punishment_applies"]
    with pytest.raises(ShelterError):
        legal.set_non_punishment_raised(lena, victim_case["id"], True)
    case = _case(lena, resident, case_ref="2025-9", cc_article="other", resident_role="suspect")
    assert case["non_punishment_applies"] and case["non_punishment_raised"] is None
    case = legal.set_non_punishment_raised(lena, case["id"], True)
    assert case["non_punishment_raised"] == 1
    details = json.loads(lena.db.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'legal_case_updated' ORDER BY id DESC").fetchone()[0])
    assert details["fields"] == ["non_punishment_raised"]
    assert "Law of the Kyrgyz Republic No. 55 of 17 March 2005" in legal.non_punishment_text()
    # the Criminal Code limits the exemption (note to art. 166): said in every language, one name for it
    assert "only minor and less grave crimes" in legal.non_punishment_text()
    russian = legal.non_punishment_text("ru")
    assert russian.startswith("Принцип ненаказания") and "ненаказуемост" not in russian
    assert "небольшой тяжести и менее тяжкие" in russian and "примечание к ст. 166" in russian
    kyrgyz = legal.non_punishment_text("ky")
    assert "адамдарды сатуунун курмандыгы" in kyrgyz and "166-беренесине" in kyrgyz


def test_duplicate_case_ref_and_bad_case_fields(login, resident):
    lena = login("lena")
    _case(lena, resident)
    with pytest.raises(ShelterError) as err:
        _case(lena, resident)
    assert "2025-12345" in err.value.localized()
    with pytest.raises(ValidationError) as err:
        legal.create_case(lena, resident["id"], {"case_ref": " ", "cc_article": "999", "resident_role": "judge"})
    assert set(err.value.problems) == {"case_ref", "cc_article", "resident_role"}


def test_permissions(login, resident):
    lena = login("lena")
    case = _case(lena, resident)
    event = legal.add_event(lena, case["id"], {"date": "2025-02-10", "stage": "complaint_filed"})
    sam = login("sam")
    assert legal.cases(sam, resident["id"])[0]["case_ref"] == "2025-12345"  # social workers read
    for call in (lambda: _case(sam, resident, case_ref="x"),
                 lambda: legal.update_case(sam, case["id"], {"lawyer": "x"}),
                 lambda: legal.add_event(sam, case["id"], {"date": "2025-02-10", "stage": "complaint_filed"}),
                 lambda: legal.delete_event(sam, event["id"]),
                 lambda: legal.delete_case(sam, case["id"])):
        with pytest.raises(PermissionDenied):
            call()
    dina = login("dina")
    legal.update_case(dina, case["id"], {"lawyer": "Иванова Анна"})
    legal.delete_event(dina, event["id"])
    legal.delete_case(dina, case["id"])
    assert legal.cases(dina, resident["id"]) == []
    assert {"legal_case_updated", "legal_event_deleted", "legal_case_deleted"} <= set(_actions(dina))
