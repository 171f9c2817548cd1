"""The service log: logging, group sessions, referrals, audit and permissions,
on a real encrypted database."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from shelter_app import residents, services
from shelter_app.db import audit as audit_db
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def _audit(session, action):
    return [dict(r) for r in session.db.conn.execute(
        "SELECT * FROM audit_log WHERE action = ? ORDER BY id", (action,))]


def _count(session):
    return session.db.conn.execute("SELECT count(*) FROM services").fetchone()[0]


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident())


def test_log_service_date_defaults_to_today_and_is_audited(login, resident):
    sam = login("sam")
    s = services.log(sam, resident["id"], {"service_type": "psychological", "duration_minutes": "45",
                                           "notes": "First session"})
    assert s["date"] == _dt.date.today().isoformat()
    assert s["provider"] == "in_house" and s["referral_status"] is None
    assert s["staff"] == "sam" and s["duration_minutes"] == 45
    entry = _audit(sam, "service_logged")[-1]
    assert entry["record_id"] == resident["case_number"] and entry["username"] == "sam"
    assert "First session" not in entry["details"]  # the log does not repeat notes
    assert audit_db.first_broken(sam.db.conn) is None


def test_future_date_is_refused_with_a_clear_message_and_nothing_written(login, resident):
    sam = login("sam")
    tomorrow = (_dt.date.today() + _dt.timedelta(days=1)).strftime("%d.%m.%Y")
    with pytest.raises(ValidationError) as err:
        services.log(sam, resident["id"], {"date": tomorrow, "service_type": "medical"})
    assert err.value.field == "date"
    assert "future" in err.value.localized()
    assert _count(sam) == 0


def test_bad_fields_are_named(login, resident):
    sam = login("sam")
    with pytest.raises(ValidationError) as err:
        services.log(sam, resident["id"], {"date": "31.02.2025", "service_type": "massage",
                                           "duration_minutes": "an hour"})
    assert set(err.value.problems) == {"date", "service_type", "duration_minutes"}


def test_date_before_registration_is_refused(login, resident):
    sam = login("sam")
    with pytest.raises(ValidationError) as err:
        services.log(sam, resident["id"], {"date": "2024-12-31", "service_type": "medical"})
    assert err.value.field == "date"


def test_consent_must_be_recorded_before_any_service(director, make_resident, login):
    r = residents.create(director, make_resident(consent_data_processing=None))
    sam = login("sam")
    with pytest.raises(ShelterError) as err:
        services.log(sam, r["id"], {"service_type": "humanitarian"})
    assert "consent" in err.value.localized()
    assert _count(sam) == 0
    dina = login("dina")
    residents.update(dina, r["id"], {"consent_data_processing": "2025-02-02"})
    assert services.log(dina, r["id"], {"service_type": "humanitarian"})["id"]


def test_referral_follow_up(login, resident):
    sam = login("sam")
    s = services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical",
                                           "provider": "Городская больница №4"})
    assert s["referral_status"] == "referred"
    s = services.set_referral_status(sam, s["id"], "received")
    assert s["referral_status"] == "received"
    assert json.loads(_audit(sam, "service_referral_followed_up")[-1]["details"])["to"] == "received"
    inhouse = services.log(sam, resident["id"], {"service_type": "medical", "provider": "in_house"})
    with pytest.raises(ShelterError):
        services.set_referral_status(sam, inhouse["id"], "declined")
    with pytest.raises(ValidationError):
        services.log(sam, resident["id"], {"service_type": "medical", "referral_status": "received"})
    assert services.search(sam, resident["id"], referral_status="received") == [s["id"]]
    assert services.search(sam, resident["id"], provider_kind="in_house") == [inhouse["id"]]
    assert "Городская больница №4" in services.providers(sam)


def test_edit_and_delete_are_audited(login, resident):
    sam = login("sam")
    s = services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical"})
    s = services.update(sam, s["id"], {"duration_minutes": 30, "provider": "Центр «Сезим»"})
    assert s["duration_minutes"] == 30 and s["referral_status"] == "referred"
    details = json.loads(_audit(sam, "service_updated")[-1]["details"])
    assert details["fields"] == ["duration_minutes", "provider", "referral_status"]
    # Back to in-house: no referral status left behind.
    s = services.update(sam, s["id"], {"provider": ""})
    assert s["provider"] == "in_house" and s["referral_status"] is None
    with pytest.raises(ValidationError):
        services.update(sam, s["id"], {"date": (_dt.date.today() + _dt.timedelta(days=3)).isoformat()})
    services.delete(sam, s["id"])
    assert services.search(sam, resident["id"]) == []
    assert _audit(sam, "service_deleted")[-1]["record_id"] == resident["case_number"]


def test_group_session_logs_for_every_resident_in_one_transaction(director, make_resident, login):
    people = [residents.create(director, make_resident(full_name=f"Жумабаева Бермет {i}")) for i in range(6)]
    sam = login("sam")
    created = services.log_group(sam, [p["id"] for p in people],
                                 {"date": "2025-04-10", "service_type": "psychological", "duration_minutes": 90,
                                  "notes": "Group counselling"})
    assert len(created) == 6
    assert len({s["group_session"] for s in created}) == 1
    assert {s["resident_id"] for s in created} == {p["id"] for p in people}
    assert len(services.group(sam, created[0]["group_session"])) == 6
    assert len(_audit(sam, "service_logged")) == 6


def test_group_session_is_all_or_nothing(director, make_resident, login):
    ok = residents.create(director, make_resident(full_name="Осмонова Чолпон"))
    no_consent = residents.create(director, make_resident(full_name="Сыдыкова Назира",
                                                          consent_data_processing=None))
    sam = login("sam")
    with pytest.raises(ShelterError) as err:
        services.log_group(sam, [ok["id"], no_consent["id"]], {"service_type": "education"})
    assert no_consent["case_number"] in err.value.localized()
    assert _count(sam) == 0
    with pytest.raises(ShelterError):
        services.log_group(sam, [], {"service_type": "education"})


def test_permissions_checked_in_the_domain(login, resident):
    lena = login("lena")
    with pytest.raises(PermissionDenied):
        services.log(lena, resident["id"], {"service_type": "medical"})
    legal = services.log(lena, resident["id"], {"service_type": "legal_consultation", "duration_minutes": 60})
    assert services.loggable_types(lena) == ["legal_consultation", "legal_representation"]
    sam = login("sam")
    with pytest.raises(PermissionDenied):
        services.log(sam, resident["id"], {"service_type": "legal_representation"})
    with pytest.raises(PermissionDenied):
        services.delete(sam, legal["id"])
    assert "legal_consultation" not in services.loggable_types(sam)
    # Everyone reads the log; the Legal tab lists the legal-aid services.
    assert [s["id"] for s in services.legal_services(sam, resident["id"])] == [legal["id"]]
    dina = login("dina")
    services.delete(dina, legal["id"])


def test_filters_and_sorting_in_sql(login, resident):
    sam = login("sam")
    a = services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical", "notes": "X-ray"})
    b = services.log(sam, resident["id"], {"date": "2025-05-01", "service_type": "education",
                                           "notes": "100% attendance"})
    c = services.log(sam, resident["id"], {"date": "2025-04-01", "service_type": "medical"})
    assert services.search(sam, resident["id"]) == [b["id"], c["id"], a["id"]]
    assert services.search(sam, resident["id"], sort="date", descending=False) == [a["id"], c["id"], b["id"]]
    assert services.search(sam, resident["id"], service_types="medical") == [c["id"], a["id"]]
    assert services.search(sam, resident["id"], date_from="01.04.2025") == [b["id"], c["id"]]
    assert services.search(sam, resident["id"], text="x-RAY") == [a["id"]]
    assert services.search(sam, resident["id"], text="%") == [b["id"]]  # not a wildcard
    rows = services.rows(sam, [a["id"], b["id"]])
    assert rows[a["id"]]["notes"] == "X-ray"


def test_referral_stored_without_status_awaits_follow_up(login, resident):
    # An importer or an older record may store a referral with no status.
    from shelter_app.db import services as services_db

    sam = login("sam")
    with sam.transaction():
        sid = services_db.insert(sam.db.conn, {"resident_id": resident["id"], "date": "2025-03-01",
                                               "service_type": "medical", "provider": "Клиника", "staff": "sam"},
                                 "2025-03-01T00:00:00Z")
    assert services.search(sam, resident["id"], referral_status="referred") == [sid]
    assert services.referral_status(services.get(sam, sid)) == "referred"
    services.set_referral_status(sam, sid, "declined")
    assert services.search(sam, resident["id"], referral_status="referred") == []
    assert services.search(sam, resident["id"], referral_status="declined") == [sid]


def test_clearing_the_date_of_a_logged_service_is_refused(login, resident):
    sam = login("sam")
    s = services.log(sam, resident["id"], {"date": "2025-03-01", "service_type": "medical"})
    with pytest.raises(ValidationError) as err:
        services.update(sam, s["id"], {"date": ""})
    assert err.value.field == "date"
    assert services.get(sam, s["id"])["date"] == "2025-03-01"
