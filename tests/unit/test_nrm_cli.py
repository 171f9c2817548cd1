"""print-nrm, run in-process through cli.main as a director's terminal would."""

from __future__ import annotations

from pypdf import PdfReader

from shelter_app import cli, nrm, organisations, residents


def test_print_nrm_questionnaire_and_letter(database, login, make_resident, tmp_path, monkeypatch, capsys):
    sam = login("sam")
    r = residents.create(sam, make_resident(full_name="Бекова Жылдыз"))
    body = organisations.add_organisation(sam, {"name": "Synthetic Commission", "organisation_type":
                                                "authorised_nrm_body"})
    nrm.add_screening(sam, r["id"], {"screening_date": "2025-02-03", "acts": ["recruitment"], "means": ["fraud"],
                                     "purposes": ["forced_labour"], "result": "indicators_met"})
    sam.close()
    monkeypatch.setenv("SHELTER_APP_PASSWORD", database.passwords["sam"])
    base = ["print-nrm", "--db", str(database.path), "--user", "sam", "--resident", r["case_number"]]

    out = tmp_path / "q.pdf"
    assert cli.main(base + ["--what", "questionnaire", "--language", "ky", "--out", str(out)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Бекова Жылдыз" in text and r["case_number"] in text

    letter = tmp_path / "letter.pdf"
    assert cli.main(base + ["--what", "letter", "--language", "en", "--out", str(letter)]) == 2
    assert "not been referred" in capsys.readouterr().err
    assert not letter.exists()

    sam = login("sam")
    nrm.refer(sam, r["id"], {"referral_date": "2025-02-05", "organisation_id": body, "shared": []})
    sam.close()
    assert cli.main(base + ["--what", "letter", "--language", "en", "--out", str(letter)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(letter)).pages)
    assert "Synthetic Commission" in text and "Бекова" not in text

    lena = {"SHELTER_APP_PASSWORD": database.passwords["lena"]}
    monkeypatch.setenv("SHELTER_APP_PASSWORD", lena["SHELTER_APP_PASSWORD"])
    denied = tmp_path / "denied.pdf"
    argv = ["print-nrm", "--db", str(database.path), "--user", "lena", "--resident", r["case_number"],
            "--what", "questionnaire", "--language", "ru", "--out", str(denied)]
    assert cli.main(argv) == 2 and not denied.exists()
