"""print-referral run as a separate process: the letter in Kyrgyz holds the
consented fields only; a lawyer is refused; an unknown referral writes nothing."""

from __future__ import annotations

import os

from pypdf import PdfReader

from shelter_app import organisations, referrals, residents
from tests.cli_runner import run_cli


def _run(database, tmp_path, *args, user="sam"):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords[user],
               SHELTER_APP_HOME=str(tmp_path / "home"), SHELTER_APP_LANGUAGE="en")
    return run_cli([*args, "--db", str(database.path), "--user", user], env=env)


def test_print_referral_in_kyrgyz(database, login, make_resident, tmp_path):
    sam = login("sam")
    r = residents.create(sam, make_resident(full_name="Токтогулова Жибек", citizenship="KG"))
    org = organisations.add_organisation(sam, {"name": "Эмгек борбору", "organisation_type": "employer_training"})
    rid = referrals.create(sam, r["id"], {"date": "2025-03-01", "organisation_id": org, "reason": "employment",
                                          "shared": "citizenship;contact", "consent_date": "2025-03-01",
                                          "contact_text": "+996 700 000 111"})
    sam.close()
    out = tmp_path / "letter.pdf"
    done = _run(database, tmp_path, "print-referral", "--referral", str(rid), "--language", "ky", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Эмгек борбору" in text and "+996 700 000 111" in text and "Кыргызстан" in text
    assert "Токтогулова" not in text and "Жибек" not in text  # the name was not consented
    done = _run(database, tmp_path, "print-referral", "--referral", str(rid), "--language", "ru", "--out",
                str(tmp_path / "x.pdf"), user="lena")
    assert done.returncode == 2 and not (tmp_path / "x.pdf").exists()
    done = _run(database, tmp_path, "print-referral", "--referral", "999", "--language", "ru", "--out",
                str(tmp_path / "y.pdf"))
    assert done.returncode == 2 and not (tmp_path / "y.pdf").exists()


def test_org_cards_and_a_transfer_on_the_command_line(tmp_path, make_resident):
    """Two organisations, two databases: cards both ways, a case sent and received, a second import refused."""
    from shelter_app import accounts

    env_home = tmp_path / "home"
    dbs = {}
    for code in ("KG-NGO-0001", "KG-NGO-0002"):
        path = tmp_path / code / "shelter.db"
        session, _ = accounts.create_database(path, organisation_code=code, organisation_name=f"Shelter {code}",
                                              region="", director="dina", director_name="Dina",
                                              password="director-pass-1")
        if code == "KG-NGO-0001":
            r = residents.create(session, make_resident(full_name="Садыкова Гульнара"))
        session.close()
        dbs[code] = path

    def run(code, *args):
        env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD="director-pass-1",
                   SHELTER_APP_HOME=str(env_home), SHELTER_APP_LANGUAGE="en")
        return run_cli([*args, "--db", str(dbs[code]), "--user", "dina"], env=env)

    for code in dbs:
        done = run(code, "org-card", "export", "--out", str(tmp_path / f"{code}.json"))
        assert done.returncode == 0, done.stderr
        assert "Fingerprint:" in done.stdout
    done = run("KG-NGO-0001", "org-card", "add", str(tmp_path / "KG-NGO-0002.json"))
    assert done.returncode == 2 and "fingerprint" in done.stderr.lower()
    for code, other in (("KG-NGO-0001", "KG-NGO-0002"), ("KG-NGO-0002", "KG-NGO-0001")):
        done = run(code, "org-card", "add", str(tmp_path / f"{other}.json"), "--fingerprint-checked")
        assert done.returncode == 0, done.stderr
    out = tmp_path / "case.sheltertransfer"
    done = run("KG-NGO-0001", "transfer", "export", "--resident", r["case_number"], "--to", "KG-NGO-0002",
               "--include", "plan,services,legal", "--consent-date", "01.03.2025", "--out", str(out))
    assert done.returncode == 0, done.stderr
    done = run("KG-NGO-0002", "transfer", "import", str(out), "--dry-run")
    assert done.returncode == 0 and "Садыкова Гульнара" in done.stdout and "Dry run" in done.stdout, done.stderr
    done = run("KG-NGO-0002", "transfer", "import", str(out))
    assert done.returncode == 0 and "Imported as" in done.stdout, done.stderr
    done = run("KG-NGO-0002", "transfer", "import", str(out))
    assert done.returncode == 2 and "already imported" in done.stderr
    done = run("KG-NGO-0001", "transfer", "export", "--resident", r["case_number"], "--to", "KG-NGO-0002",
               "--include", "bogus", "--consent-date", "01.03.2025", "--out", str(tmp_path / "x.sheltertransfer"))
    assert done.returncode == 2 and not (tmp_path / "x.sheltertransfer").exists()
