"""Moving a case between two shelters that use this app: two real encrypted
databases of two organisations exchange cards and a case; every refusal of
case-transfer.md is tested and writes nothing."""

from __future__ import annotations

import json

import pytest

from shelter_app import (
    accounts,
    compensation,
    legal,
    non_punishment,
    plans,
    referrals,
    residents,
    services,
    transfers,
)
from shelter_app.errors import PermissionDenied, ShelterError


def _org(tmp_path, code, name):
    path = tmp_path / code / "shelter.db"
    session, _recovery = accounts.create_database(path, organisation_code=code, organisation_name=name,
                                                  region="Osh", director="dina", director_name="Dina",
                                                  password="director-pass-1")
    accounts.add_account(session, "sam", "Sam", "social_worker", "social-pass-1")
    return path, session


@pytest.fixture
def two(tmp_path):
    _a_path, a = _org(tmp_path, "KG-NGO-0001", "Приют «Сезим»")
    _b_path, b = _org(tmp_path, "KG-NGO-0002", "Приют для мужчин «Эр»")
    yield a, b
    for s in (a, b):
        if not s.closed:
            s.close()


def _exchange_cards(a, b, tmp_path):
    card_a, card_b = tmp_path / "a.json", tmp_path / "b.json"
    transfers.save_card(a, card_a)
    transfers.save_card(b, card_b)
    b_in_a = transfers.add_card(a, card_b.read_text(encoding="utf-8"), fingerprint_checked=True)
    a_in_b = transfers.add_card(b, card_a.read_text(encoding="utf-8"), fingerprint_checked=True)
    return b_in_a, a_in_b


def _resident_with_history(session, make_resident):
    r = residents.create(session, make_resident(full_name="Исмаилов Бакыт", sex="male"), intake_date="2025-02-01")
    pid = plans.create_draft(session, r["id"]) if hasattr(plans, "create_draft") else None
    services.log(session, r["id"], {"date": "2025-02-03", "service_type": "psychological"})
    services.log(session, r["id"], {"date": "2025-02-04", "service_type": "medical", "provider": "Больница №4"})
    case = legal.create_case(session, r["id"], {"case_ref": "UD-77", "cc_article": "170", "resident_role": "victim"})
    legal.add_event(session, case["id"], {"date": "2025-02-10", "stage": "complaint_filed"})
    claim = compensation.add_claim(session, case["id"], {"defendant": "employer", "claimed_on": "2025-02-11",
                                                         "amount_claimed": 120000, "awarded_on": "2025-03-01",
                                                         "amount_awarded": 90000})
    compensation.add_payment(session, claim["id"], "2025-03-05", 30000)
    adm = legal.create_case(session, r["id"], {"case_ref": "ADM-1", "cc_article": "other",
                                               "resident_role": "suspect"})
    non_punishment.set_offence(session, adm["id"], "migration_violation")
    non_punishment.add_outcome(session, adm["id"], {"date": "2025-02-12", "outcome": "raised_pending"})
    del pid
    return r


def test_two_shelters_exchange_cards_and_a_case(two, tmp_path, make_resident):
    a, b = two
    b_in_a, _a_in_b = _exchange_cards(a, b, tmp_path)
    r = _resident_with_history(a, make_resident)
    out = tmp_path / "case.sheltertransfer"
    sent = transfers.export(a, r["id"], b_in_a, ["services", "legal"], "01.03.2025", out, close_stay=True)
    raw = out.read_bytes()
    assert raw.startswith(b"shelter-transfer/1\n") and "Исмаилов".encode() not in raw
    assert "Бакыт".encode() not in raw and b"UD-77" not in raw
    # The sender keeps everything, gains a pending referral and closed the stay as "transferred".
    assert len(services.for_resident(a, r["id"])) == 2
    assert [x["outcome"] for x in referrals.referrals(a, r["id"]) if x["transfer_id"]] == ["pending"]
    assert residents.stays(a, r["id"])[-1]["exit_reason"] == "transferred"
    actions = [row[0] for row in a.db.conn.execute("SELECT action FROM audit_log")]
    assert "transfer_exported" in actions

    seen = transfers.preview(b, out)
    assert seen["full_name"] == "Исмаилов Бакыт" and seen["services"] == 2 and seen["legal_cases"] == 2
    assert b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 0  # a preview writes nothing
    got = transfers.import_file(b, out)
    new = residents.get(b, got["resident_id"])
    assert new["full_name"] == "Исмаилов Бакыт" and new["case_number"] == got["case_number"]
    assert "Приют «Сезим»" in transfers.origin_text(b, got["resident_id"])
    assert r["case_number"] in transfers.origin_text(b, got["resident_id"])
    cases = {c["case_ref"]: c for c in legal.cases(b, got["resident_id"])}
    [claim] = compensation.claims(b, cases["UD-77"]["id"])
    assert (claim["status"], claim["paid"]) == ("partly_paid", 30000)
    assert non_punishment.state(b, cases["ADM-1"]["id"])["current"] == "raised_pending"
    assert sent["sha256"] in json.dumps([row[0] for row in b.db.conn.execute("SELECT details FROM audit_log")])
    with pytest.raises(ShelterError, match="already imported"):
        transfers.import_file(b, out)


def test_every_refusal_writes_nothing(two, tmp_path, make_resident):
    a, b = two
    b_in_a, _ = _exchange_cards(a, b, tmp_path)
    r = residents.create(a, make_resident())
    out = tmp_path / "case.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, [], "2025-03-01", out)
    raw = out.read_bytes()

    def refused(data: bytes, session, match: str):
        path = tmp_path / "bad.sheltertransfer"
        path.write_bytes(data)
        before = session.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0]
        with pytest.raises(ShelterError, match=match):
            transfers.import_file(session, path)
        assert session.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == before

    # Wrong recipient: the sender's own database is not the recipient.
    refused(raw, a, "another organisation")
    # One byte changed anywhere: the header, the sealed key, the payload, the signature.
    for position in (25, raw.index(b"\n", 20) + 10, len(raw) // 2, len(raw) - 70, len(raw) - 1):
        changed = bytearray(raw)
        changed[position] ^= 0x01
        with pytest.raises(ShelterError):
            path = tmp_path / "bad.sheltertransfer"
            path.write_bytes(bytes(changed))
            transfers.import_file(b, path)
    assert b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 0
    # Unknown format.
    refused(b"shelter-transfer/2\n" + raw.split(b"\n", 1)[1], b, "format")
    refused(b"PK\x03\x04 not a transfer", b, "format")
    # Imported twice.
    transfers.import_file(b, out)
    refused(raw, b, "already imported")


def test_unknown_sender_and_cards(two, tmp_path, make_resident):
    a, b = two
    card_b = tmp_path / "b.json"
    transfers.save_card(b, card_b)
    with pytest.raises(ShelterError, match="Read the fingerprint aloud"):
        transfers.add_card(a, card_b.read_text(encoding="utf-8"), fingerprint_checked=False)
    tampered = json.loads(card_b.read_text(encoding="utf-8"))
    tampered["x25519_public"] = tampered["ed25519_public"]
    with pytest.raises(ShelterError, match="fingerprint does not match"):
        transfers.add_card(a, json.dumps(tampered), fingerprint_checked=True)
    b_in_a = transfers.add_card(a, card_b.read_text(encoding="utf-8"), fingerprint_checked=True)
    r = residents.create(a, make_resident())
    out = tmp_path / "case.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["plan"], "2025-03-01", out)
    # B never added A's card: unknown sender, with the fingerprint to check.
    with pytest.raises(ShelterError, match="not in the directory") as caught:
        transfers.import_file(b, out)
    assert caught.value.params["fingerprint"] == transfers.organisation_keys.fingerprint_of(a)
    # Only directors.
    a.close()
    worker = accounts.open_session(a.path, "sam", "social-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            transfers.export(worker, r["id"], b_in_a, [], "2025-03-01", tmp_path / "x.sheltertransfer")
        with pytest.raises(PermissionDenied):
            transfers.save_card(worker, tmp_path / "card.json")
    finally:
        worker.close()
    assert not (tmp_path / "x.sheltertransfer").exists()


def test_the_case_file_travels_only_as_ticked_and_restricted_notes_never(two, tmp_path, make_resident):
    import hashlib
    import io

    from shelter_app.db import casefile as casefile_db
    from shelter_app.db import nrm as nrm_db
    from shelter_app.db import safety as safety_db
    from shelter_app.db.audit import now_utc

    a, b = two
    b_in_a, _ = _exchange_cards(a, b, tmp_path)
    r = residents.create(a, make_resident(full_name="Жээнбекова Асел"))
    now = now_utc()
    scan = b"%PDF-1.4 synthetic scan " * 1000
    with a.transaction():
        c = a.db.conn
        casefile_db.insert_note(c, r["id"], {"noted_at": "2025-03-01 10:00", "kind": "contact", "confidentiality":
                                             "normal", "text": "Позвонила сестре"}, "dina", now)
        casefile_db.insert_note(c, r["id"], {"noted_at": "2025-03-02 10:00", "kind": "incident", "confidentiality":
                                             "restricted", "text": "Вербовщик приходил к дому"}, "dina", now)
        casefile_db.insert_attachment(c, r["id"], {"title": "Согласие", "kind": "consent_form", "date": "2025-03-01",
                                                   "file_name": "consent.pdf", "media_type": "application/pdf",
                                                   "added_by": "dina", "added_at": now}, io.BytesIO(scan),
                                      25 * 1024 * 1024, hashlib.sha256)
        nrm_db.insert_screening(c, r["id"], {"screening_date": "2025-03-01", "screened_by": "dina", "acts": ["recruitment"],
                                             "means": ["deception"], "purposes": ["forced_labour"],
                                             "result": "indicators_met"}, now)
        safety_db.insert_assessment(c, r["id"], {"assessment_date": "2025-03-01", "assessed_by": "dina",
                                                 "occasion": "intake", "items": ["trafficker_contacted"],
                                                 "risk_level": "high"}, now)
        safety_db.save_plan(c, r["id"], {"concerns": "Боится вербовщика", "measures": "Новый номер",
                                         "who_to_call": "102", "safe_contacts": "Сестра", "review_date": None},
                            "dina", now)
    out = tmp_path / "without_safety.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["notes", "attachments", "nrm"], "2025-03-03", out)
    got = transfers.import_file(b, out)
    c = b.db.conn
    texts = [n["text"] for n in casefile_db.notes_for(c, got["resident_id"])]
    assert texts == ["[dina] Позвонила сестре"]  # the restricted note stayed behind
    [att] = casefile_db.attachments_for(c, got["resident_id"])
    assert b"".join(casefile_db.iter_chunks(c, att["id"])) == scan and att["title"] == "Согласие"
    assert [s["result"] for s in nrm_db.screenings(c, got["resident_id"])] == ["indicators_met"]
    assert safety_db.get_plan(c, got["resident_id"]) is None and safety_db.latest_assessment(c, got["resident_id"]) is None
    out2 = tmp_path / "with_safety.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["safety"], "2025-03-03", out2)
    got2 = transfers.import_file(b, out2)
    assert safety_db.get_plan(c, got2["resident_id"])["concerns"] == "Боится вербовщика"
    assert safety_db.latest_assessment(c, got2["resident_id"])["risk_level"] == "high"


def test_a_file_opened_once_is_imported_as_it_was_previewed_and_only_once(two, tmp_path, make_resident):
    """The screen opens the file once (read, signature checked, decrypted) for
    the preview and imports what it showed: the file changed on disk in
    between changes nothing, and a second import of the same opening is
    refused inside the transaction."""
    a, b = two
    b_in_a, _ = _exchange_cards(a, b, tmp_path)
    r = residents.create(a, make_resident(full_name="Исмаилов Бакыт"))
    out = tmp_path / "case.sheltertransfer"
    transfers.export(a, r["id"], b_in_a, ["services"], "2025-03-01", out)
    received = transfers.open_file(b, out)
    seen = transfers.preview(b, received)
    out.write_bytes(b"damaged after the preview")
    got = transfers.import_file(b, received)
    assert residents.get(b, got["resident_id"])["full_name"] == seen["full_name"] == "Исмаилов Бакыт"
    with pytest.raises(ShelterError, match="already imported"):
        transfers.import_file(b, received)
    assert b.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 1
