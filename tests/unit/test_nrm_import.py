"""A register's earlier NRM screenings come in with the residents."""

from __future__ import annotations

from shelter_app import imports, nrm, residents

HEADER = ("external_id;full_name;sex;date_of_birth;citizenship;registration_date;referral_source;"
          "primary_exploitation;exploitation_country;nrm_status;nrm_screening_date;nrm_screening_result")


def _file(tmp_path, *lines):
    path = tmp_path / "register.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_screenings_come_in_and_the_status_follows(director, tmp_path):
    path = _file(tmp_path,
                 "R-1;Сыдыкова Асель;female;1996-04-02;KG;2024-01-10;ngo;forced_labour;RU;none;2024-01-12;"
                 "indicators_met",
                 "R-2;Абдыраев Марат;male;1990-02-02;KG;2024-02-10;police;forced_labour;KZ;none;"
                 "15.02.2024;inconclusive",
                 "R-3;Иванова Ольга;female;1988-05-05;RU;2024-03-10;iom;sexual_exploitation;KG;none;;")
    report = imports.run(director, path, "residents")
    assert not report.errors, report.errors
    ids = {r["external_id"]: r["id"] for r in (residents.get(director, i, audit_view=False)
                                                for i in residents.search(director))}
    first = nrm.screenings(director, ids["R-1"])
    assert [(s["screening_date"], s["result"], s["screened_by"]) for s in first] == \
        [("2024-01-12", "indicators_met", "import")]
    assert residents.get(director, ids["R-1"])["nrm_status"] == "presumed"
    assert residents.get(director, ids["R-2"])["nrm_status"] == "none"
    assert nrm.screenings(director, ids["R-2"])[0]["screening_date"] == "2024-02-15"
    assert nrm.screenings(director, ids["R-3"]) == []
    # The same file again changes nothing.
    again = imports.run(director, path, "residents")
    assert not again.errors
    assert director.db.conn.execute("SELECT count(*) FROM nrm_screenings").fetchone()[0] == 2


def test_a_date_without_a_result_stops_the_import(director, tmp_path):
    path = _file(tmp_path,
                 "R-1;Сыдыкова Асель;female;1996-04-02;KG;2024-01-10;ngo;forced_labour;RU;none;2024-01-12;",
                 "R-2;Абдыраев Марат;male;1990-02-02;KG;2024-02-10;police;forced_labour;KZ;none;2024-02-12;"
                 "maybe")
    report = imports.run(director, path, "residents")
    columns = sorted(e.column for e in report.errors)
    assert columns == ["nrm_screening_result", "nrm_screening_result"]
    assert director.db.conn.execute("SELECT count(*) FROM residents").fetchone()[0] == 0
    assert director.db.conn.execute("SELECT count(*) FROM nrm_screenings").fetchone()[0] == 0
