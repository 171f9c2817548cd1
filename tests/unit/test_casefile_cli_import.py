"""attach add / list / save from a terminal, and importing contacts, identity
documents, key workers and places from a spreadsheet."""

from __future__ import annotations

import os
import subprocess
import sys

from shelter_app import accommodation, casefile, cli, imports, residents


def _cli(database, *args, user="sam", capsys=None):
    os.environ["SHELTER_APP_PASSWORD"] = database.passwords[user]
    try:
        code = cli.main([*args, "--db", str(database.path), "--user", user])
    finally:
        del os.environ["SHELTER_APP_PASSWORD"]
    out = capsys.readouterr() if capsys else None
    return code, out


def test_attach_add_list_save(database, login, make_resident, tmp_path, capsys):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    sam.close()
    scan = tmp_path / "consent.pdf"
    payload = b"%PDF-1.4\n" + os.urandom(300000)
    scan.write_bytes(payload)
    code, out = _cli(database, "attach", "add", "--resident", person["case_number"], str(scan), "--title",
                     "Signed consent", "--kind", "consent_form", capsys=capsys)
    assert code == 0, out.err
    assert person["case_number"] in out.out
    code, out = _cli(database, "attach", "list", "--resident", person["case_number"], capsys=capsys)
    assert code == 0 and "Signed consent" in out.out and "Consent form" in out.out and "1 attachments" in out.out
    attachment_id = int(out.out.split("\t")[0])
    copy = tmp_path / "copy.pdf"
    code, out = _cli(database, "attach", "save", "--id", str(attachment_id), "--out", str(copy), capsys=capsys)
    assert code == 0 and "not encrypted" in out.out
    assert copy.read_bytes() == payload
    # Too large, unknown resident, unknown id: one clear line, exit 2, nothing written.
    big = tmp_path / "big.tif"
    big.write_bytes(b"II*\x00" + b"\x00" * (casefile.MAX_ATTACHMENT + 10))
    code, out = _cli(database, "attach", "add", "--resident", person["case_number"], str(big), capsys=capsys)
    assert code == 2 and "25 MB" in out.err and "Traceback" not in out.err
    code, out = _cli(database, "attach", "add", "--resident", "1999-9999", str(scan), capsys=capsys)
    assert code == 2 and "1999-9999" in out.err
    code, out = _cli(database, "attach", "save", "--id", "999", "--out", str(tmp_path / "x"), capsys=capsys)
    assert code == 2 and not (tmp_path / "x").exists()
    code, out = _cli(database, "attach", "list", "--resident", person["case_number"], capsys=capsys)
    assert "1 attachments" in out.out


def test_attach_add_in_a_real_process(database, login, make_resident, tmp_path):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    sam.close()
    scan = tmp_path / "photo.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords["sam"],
               SHELTER_APP_HOME=str(tmp_path / "home"), SHELTER_APP_LANGUAGE="en")
    done = subprocess.run([sys.executable, "-m", "shelter_app", "attach", "add", "--db", str(database.path),
                           "--user", "sam", "--resident", person["case_number"], str(scan), "--kind", "photo"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    sam = login("sam")
    (row,) = casefile.attachments(sam, person["id"])
    assert (row["kind"], row["title"], row["media_type"]) == ("photo", "photo.jpg", "image/jpeg")


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_import_key_worker_place_contacts_and_documents(login, tmp_path):
    dina = login("dina")
    accommodation.save_place(dina, {"name": "Room 1", "capacity": 4})
    people = _write(tmp_path / "residents.csv",
                    "external_id;full_name;sex;citizenship;registration_date;referral_source;primary_exploitation;"
                    "exploitation_country;consent_anonymized_reporting;intake_date;key_worker;place\n"
                    "R-1;Токтосунова Асель;female;KG;2025-01-10;iom;forced_labour;RU;yes;2025-01-11;sam;room 1\n"
                    "R-2;Жумабеков Эрлан;male;KG;2025-01-12;police;forced_labour;KZ;yes;;;\n")
    report = imports.run(dina, people, "residents")
    assert report.written, [p.text() for p in report.errors]
    r1 = residents.get(dina, residents.search(dina, "Токтосунова")[0])
    assert r1["key_worker"] == "sam"
    assert residents.register_rows(dina, [r1["id"]])[r1["id"]]["place"] == "Room 1"

    contacts = _write(tmp_path / "contacts.csv",
                      "external_id,name,relation,phone,place,safe_to_contact\n"
                      "R-1,Мать,mother,+996 555 010 203,Ош,yes\n"
                      "R-1,Бывший работодатель,employer,+7 900 000 00 00,Москва,no\n")
    report = imports.run(dina, contacts, "contacts")
    assert report.written and report.new == {"contacts": 2}
    again = imports.run(dina, contacts, "contacts")
    assert again.new == {"contacts": 0} and again.existing == {"contacts": 2}
    assert "2 contacts" in " ".join(report.summary("en"))
    assert {c["safe_to_contact"] for c in casefile.contacts(dina, r1["id"])} == {"yes", "no"}

    documents = _write(tmp_path / "documents.csv",
                       "external_id;document_type;number;issuing_country;expiry_date;holder\n"
                       "R-1;passport;AC7654321;KG;2030-01-01;employer_trafficker\n"
                       "R-2;id_card;ID-1;KG;31.12.2029;resident\n")
    report = imports.run(dina, documents, "documents")
    assert report.written and report.new == {"identity_documents": 2}
    assert casefile.documents(dina, r1["id"])[0]["holder"] == "employer_trafficker"


def test_import_bad_case_file_rows_writes_nothing(login, tmp_path):
    dina = login("dina")
    people = _write(tmp_path / "residents.csv",
                    "external_id;full_name;sex;citizenship;registration_date;referral_source;primary_exploitation;"
                    "exploitation_country;intake_date;key_worker;place\n"
                    "R-1;Токтосунова Асель;female;KG;2025-01-10;iom;forced_labour;RU;2025-01-11;nobody;Room 9\n")
    report = imports.run(dina, people, "residents")
    assert not report.written
    assert {p.column for p in report.errors} == {"key_worker", "place"}
    assert residents.count(dina) == 0
    ok = _write(tmp_path / "ok.csv",
                "external_id;full_name;sex;citizenship;registration_date;referral_source;primary_exploitation;"
                "exploitation_country\nR-1;Токтосунова Асель;female;KG;2025-01-10;iom;forced_labour;RU\n")
    assert imports.run(dina, ok, "residents").written
    contacts = _write(tmp_path / "contacts.csv",
                      "external_id,name,safe_to_contact\nR-1,Мать,maybe\nR-404,Отец,yes\nR-1,,no\n")
    report = imports.run(dina, contacts, "contacts")
    assert not report.written
    assert sorted((p.line, p.column) for p in report.errors) == [(2, "safe_to_contact"), (3, "external_id"),
                                                                  (4, "name")]
    assert dina.db.query_one("SELECT count(*) FROM contacts")[0] == 0
