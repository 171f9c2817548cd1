"""The print-summary and legal-flags commands, run as a director types them
(in-process: tests/cli_runner.py)."""

from __future__ import annotations

import os

from pypdf import PdfReader

from shelter_app import legal, residents, services
from tests.cli_runner import run_cli


def _run(database, tmp_path, *args, user="sam"):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords[user],
               SHELTER_APP_HOME=str(tmp_path / "home"), SHELTER_APP_LANGUAGE="en")
    return run_cli([*args, "--db", str(database.path), "--user", user], env=env)


def test_print_summary_and_flags(database, login, make_resident, tmp_path):
    dina = login("dina")
    r = residents.create(dina, make_resident())
    services.log(dina, r["id"], {"date": "2025-03-01", "service_type": "medical"})
    case = legal.create_case(dina, r["id"], {"case_ref": "UD-1", "cc_article": "167", "resident_role": "victim"})
    legal.add_event(dina, case["id"], {"date": "2025-03-02", "stage": "reconciliation"})
    dina.close()
    out = tmp_path / "summary.pdf"
    done = _run(database, tmp_path, "print-summary", "--resident", r["case_number"], "--case-numbers-only",
                "--language", "ru", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert r["case_number"] in done.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert r["case_number"] in text and "Асанова" not in text and "01.03.2025" in text
    done = _run(database, tmp_path, "legal-flags")
    assert done.returncode == 0, done.stderr
    assert "UD-1" in done.stdout and "1 flagged" in done.stdout
    done = _run(database, tmp_path, "print-summary", "--resident", "1999-9999", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "1999-9999" in (done.stdout + done.stderr)
    assert not (tmp_path / "x.pdf").exists()
