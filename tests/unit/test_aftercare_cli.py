"""print-referral run as a separate process: the letter in Kyrgyz holds the
consented fields only; a lawyer is refused; an unknown referral writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys

from pypdf import PdfReader

from shelter_app import organisations, referrals, residents


def _run(database, tmp_path, *args, user="sam"):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords[user],
               SHELTER_APP_HOME=str(tmp_path / "home"), SHELTER_APP_LANGUAGE="en")
    return subprocess.run([sys.executable, "-m", "shelter_app", *args, "--db", str(database.path), "--user", user],
                          env=env, capture_output=True, text=True, timeout=120)


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
