"""Importing registers: each kind, each kind of bad input, all or nothing."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import openpyxl
import pytest

from shelter_app import i18n, imports
from shelter_app.errors import PermissionDenied

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"

RESIDENT_HEADER = ("external_id,full_name,sex,date_of_birth,citizenship,registration_date,referral_source,"
                   "primary_exploitation,exploitation_country,consent_anonymized_reporting,intake_date,exit_date,"
                   "exit_reason")


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def resident_line(external_id="X-1", full_name="Сыдыкова Асель", sex="female", dob="1996-04-02", citizenship="KG",
                  registered="2024-01-10", referral="ngo", exploitation="forced_labour", country="RU",
                  consent="yes", intake="", exit_date="", exit_reason="") -> str:
    return ",".join([external_id, full_name, sex, dob, citizenship, registered, referral, exploitation, country,
                     consent, intake, exit_date, exit_reason])


def residents_file(tmp_path, *lines, name="residents.csv") -> Path:
    return write(tmp_path, name, "\n".join([RESIDENT_HEADER, *lines]) + "\n")


def counts(session) -> dict:
    q = session.db.query_one
    return {table: q(f"SELECT count(*) FROM {table}")[0]
            for table in ("residents", "stays", "services", "legal_cases", "legal_events")}


def stored(session, external_id: str) -> dict:
    row = session.db.query_one("SELECT * FROM residents WHERE external_id = ?", (external_id,))
    assert row is not None, external_id
    return dict(row)


def stays_of(session, external_id: str) -> list[dict]:
    return [dict(r) for r in session.db.query(
        "SELECT s.* FROM stays s JOIN residents r ON r.id = s.resident_id WHERE r.external_id = ?", (external_id,))]


def import_fixture_residents(session):
    report = imports.run(session, FIXTURES / "residents.csv", "residents")
    assert report.ok, [p.text() for p in report.errors]
    return report


# --- residents -------------------------------------------------------------------------

def test_residents_csv_is_imported_with_stays_dates_and_yes_no_in_three_languages(director):
    report = import_fixture_residents(director)
    assert report.written and report.new == {"residents": 5, "stays": 4}
    assert counts(director)["residents"] == 5
    aigul = stored(director, "OSH-001")
    assert aigul["full_name"] == "Асанова Айгүл"
    assert aigul["other_exploitation"] == "domestic_servitude"
    assert aigul["nrm_identified_date"] == "2024-03-01"
    assert aigul["case_number"] == "2024-0001"
    assert stays_of(director, "OSH-001") == [
        {**stays_of(director, "OSH-001")[0], "intake_date": "2024-02-02", "exit_date": "2024-05-30",
         "exit_reason": "family_reintegration"}]
    bakyt = stored(director, "OSH-002")  # DD.MM.YYYY dates and "да"
    assert (bakyt["date_of_birth"], bakyt["registration_date"]) == ("1988-07-15", "2024-03-10")
    assert bakyt["consent_anonymized_reporting"] == 1
    assert stays_of(director, "OSH-002")[0]["exit_date"] is None  # still in the shelter
    assert stored(director, "OSH-004")["consent_anonymized_reporting"] == 1   # ооба
    assert stored(director, "OSH-005")["consent_anonymized_reporting"] == 0   # жок
    assert stored(director, "OSH-003")["consent_anonymized_reporting"] == 0   # no
    # An empty intake_date: assisted without a stay in the shelter.
    assert stays_of(director, "OSH-003") == []


def test_case_numbers_follow_registration_dates_after_those_already_used(director, make_resident, tmp_path):
    from shelter_app import residents

    residents.create(director, make_resident(registration_date="2024-01-01", external_id=None))
    path = residents_file(tmp_path, resident_line("B", registered="2024-05-01", full_name="Бекмуратов Нурлан",
                                                                sex="male", dob="1980-01-01"),
                          resident_line("A", registered="2024-02-01"))
    assert imports.run(director, path, "residents").ok
    assert stored(director, "A")["case_number"] == "2024-0002"
    assert stored(director, "B")["case_number"] == "2024-0003"


def test_importing_the_same_file_twice_changes_nothing_the_second_time(director):
    import_fixture_residents(director)
    imports.run(director, FIXTURES / "services.csv", "services")
    imports.run(director, FIXTURES / "legal.csv", "legal")
    before = counts(director)
    snapshot = [dict(r) for r in director.db.query("SELECT * FROM residents ORDER BY id")]
    for kind, name in (("residents", "residents.csv"), ("services", "services.csv"), ("legal", "legal.csv")):
        again = imports.run(director, FIXTURES / name, kind)
        assert again.ok and not any(again.new.values()), kind
        assert sum(again.existing.values()) > 0
        assert "Nothing new to write" in "\n".join(again.summary())
    assert counts(director) == before
    assert [dict(r) for r in director.db.query("SELECT * FROM residents ORDER BY id")] == snapshot


def test_a_resident_already_stored_is_left_as_it_is_with_a_warning_naming_the_columns(director, tmp_path):
    import_fixture_residents(director)
    path = residents_file(tmp_path, resident_line("OSH-001", full_name="Асанова Айгүл", dob="1999-03-12",
                                                  registered="2024-02-01", referral="iom", country="KZ",
                                                  consent=""),
                          resident_line("NEW-1", full_name="Осмонов Улан", sex="male"))
    report = imports.run(director, path, "residents")
    assert report.ok and report.existing == {"residents": 1} and report.new["residents"] == 1
    warning = next(p for p in report.warnings if p.line == 2)
    assert "2024-0001" in warning.text() and "exploitation_country" in warning.text()
    assert "consent" not in warning.text()  # an empty cell says nothing against what is stored
    assert [p.line for p in report.warnings] == sorted(p.line or 0 for p in report.warnings)
    assert stored(director, "OSH-001")["exploitation_country"] == "RU"


def test_windows_1251_file_with_semicolons_and_an_unknown_column(director):
    report = imports.run(director, FIXTURES / "residents_cp1251.csv", "residents")
    assert report.ok, [p.text() for p in report.errors]
    assert (report.format, report.encoding, report.delimiter) == ("csv", "cp1251", ";")
    assert report.unknown_columns == ["Примечание"]
    assert any(p.column == "Примечание" and p.letter == "O" for p in report.warnings)
    assert stored(director, "BSK-101")["full_name"] == "Иванова Елена"
    assert stored(director, "BSK-102")["consent_anonymized_reporting"] == 0
    assert stays_of(director, "BSK-101")[0]["exit_reason"] == "repatriated"
    assert "Windows-1251" in report.lines()[0]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_and_semicolons(director, tmp_path, bom):
    text = "\r\n".join([RESIDENT_HEADER.replace(",", ";"),
                        resident_line("K-1", full_name="Өмүрзакова Үмүт").replace(",", ";")]) + "\r\n"
    path = tmp_path / "r.csv"
    path.write_bytes(bom + text.encode("utf-8"))
    report = imports.run(director, path, "residents")
    assert report.ok and report.delimiter == ";"
    assert stored(director, "K-1")["full_name"] == "Өмүрзакова Үмүт"


def test_xlsx_dates_numbers_and_a_formula_kept_as_text(director):
    report = imports.run(director, FIXTURES / "residents.xlsx", "residents")
    assert report.ok, [p.text() for p in report.errors]
    assert report.format == "xlsx" and report.new == {"residents": 3, "stays": 2}
    bermet = stored(director, "2001")  # a number cell becomes the text 2001
    assert (bermet["date_of_birth"], bermet["registration_date"]) == ("1998-05-04", "2024-03-01")
    assert bermet["nrm_identified_date"] == "2024-03-20"
    assert bermet["consent_anonymized_reporting"] == 1
    # =1+2 is stored as it was typed, never as 3.
    assert stored(director, "2002")["full_name"] == "=1+2"
    assert any(p.line == 3 and p.column == "full_name" and "=1+2" in p.text() for p in report.warnings)
    assert stays_of(director, "2003")[0]["exit_reason"] == "left_voluntarily"


def test_formula_in_a_csv_cell_is_stored_as_text(director, tmp_path):
    path = residents_file(tmp_path, resident_line("F-1", full_name="=HYPERLINK(\"http://x\";\"y\")".replace(",", ";")))
    report = imports.run(director, path, "residents")
    assert report.ok
    assert stored(director, "F-1")["full_name"].startswith("=HYPERLINK")


def test_an_xlsx_formula_cell_written_by_a_program_is_not_evaluated(director, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(RESIDENT_HEADER.split(","))
    ws.append(resident_line("Z-1").split(","))
    ws["B2"] = "=1+2"          # a real formula cell (no cached value)
    ws["J2"] = "=TRUE()"       # not evaluated, so not a yes
    path = tmp_path / "f.xlsx"
    wb.save(path)
    report = imports.run(director, path, "residents")
    assert [(p.line, p.letter) for p in report.errors] == [(2, "J")]
    assert "=TRUE()" in report.errors[0].text()
    ws["J2"] = "yes"
    wb.save(path)
    report = imports.run(director, path, "residents")
    assert report.ok, [p.text() for p in report.errors]
    assert stored(director, "Z-1")["full_name"] == "=1+2"


# --- bad input ----------------------------------------------------------------------------

def assert_nothing_written(session, before):
    assert counts(session) == before


def test_unknown_code_is_reported_with_line_column_and_reason_and_nothing_is_written(director, tmp_path):
    path = residents_file(tmp_path, resident_line("A-1"), resident_line("A-2", sex="femle", full_name="Б Б"),
                          resident_line("A-3", full_name="В В"))
    before = counts(director)
    report = imports.run(director, path, "residents")
    assert not report.ok and not report.written
    [problem] = report.errors
    assert (problem.line, problem.column, problem.letter) == (3, "sex", "C")
    assert "femle" in problem.text() and "female" in problem.text()
    assert problem.text().startswith("Line 3, column C (sex):")
    assert_nothing_written(director, before)
    assert "Nothing was written" in "\n".join(report.summary())


def test_every_bad_row_is_listed(director, tmp_path):
    path = residents_file(tmp_path, resident_line("A-1", citizenship="Kyrgyzland"),  # a country name is read; this is none
                          resident_line("A-2", registered="2024-13-01", referral="friend"),
                          resident_line("A-3"))
    report = imports.run(director, path, "residents")
    assert [(p.line, p.column) for p in report.errors] == [
        (2, "citizenship"), (3, "registration_date"), (3, "referral_source")]
    assert report.bad_lines == [2, 3]


def test_impossible_date(director, tmp_path):
    path = residents_file(tmp_path, resident_line("D-1", dob="31.02.1990"))
    report = imports.run(director, path, "residents")
    [problem] = report.errors
    assert (problem.line, problem.column) == (2, "date_of_birth")
    assert "31.02.1990" in problem.text()
    assert counts(director)["residents"] == 0


def test_dates_that_cannot_be_are_refused(director, tmp_path):
    future = (_dt.date.today() + _dt.timedelta(days=30)).isoformat()
    path = residents_file(
        tmp_path,
        resident_line("D-1", registered=future),
        resident_line("D-2", registered="2024-03-01", intake="2024-02-01"),
        resident_line("D-3", intake="2024-02-01", exit_date="2024-01-15", exit_reason="repatriated"),
        resident_line("D-4", intake="2024-02-01", exit_date="2024-03-01"),
        resident_line("D-5", exit_date="2024-03-01", exit_reason="other"))
    report = imports.run(director, path, "residents")
    assert [(p.line, p.column) for p in report.errors] == [
        (2, "registration_date"), (3, "intake_date"), (4, "exit_date"), (5, "exit_reason"), (6, "exit_date")]


def test_missing_required_column_is_a_clear_error(director, tmp_path):
    header = RESIDENT_HEADER.replace("registration_date,", "")
    line = resident_line().split(",")
    del line[5]
    path = write(tmp_path, "r.csv", header + "\n" + ",".join(line) + "\n")
    report = imports.run(director, path, "residents")
    [problem] = report.errors
    assert problem.line is None and problem.column == "registration_date"
    assert "required column registration_date is missing" in problem.text()
    assert counts(director)["residents"] == 0


def test_external_id_twice_in_one_file(director, tmp_path):
    path = residents_file(tmp_path, resident_line("DUP-1"), resident_line("OK-2", full_name="Осмонов Эрлан",
                                                                           sex="male"),
                          resident_line("DUP-1", full_name="Кадырова Сезим"))
    report = imports.run(director, path, "residents")
    [problem] = report.errors
    assert (problem.line, problem.column) == (4, "external_id")
    assert "also on line 2" in problem.text()
    assert counts(director)["residents"] == 0


def test_a_resident_row_without_external_id_is_refused(director, tmp_path):
    path = residents_file(tmp_path, resident_line(""))
    report = imports.run(director, path, "residents")
    assert [(p.line, p.column) for p in report.errors] == [(2, "external_id")]


@pytest.mark.parametrize("kind, header, missing", [
    ("residents", RESIDENT_HEADER.replace("sex,", ""), "sex"),
    ("services", "external_id,service_type,provider", "date"),
    ("legal", "external_id,case_ref,cc_article,stage,date", "resident_role"),
])
def test_each_kind_names_its_missing_required_column(director, tmp_path, kind, header, missing):
    path = write(tmp_path, "f.csv", header + "\n" + ",".join("x" for _ in header.split(",")) + "\n")
    report = imports.run(director, path, kind)
    assert [(p.line, p.column) for p in report.errors] == [(None, missing)]


@pytest.mark.parametrize("kind", imports.KINDS)
def test_empty_and_header_only_files_of_each_kind(director, tmp_path, kind):
    from shelter_app.imports import kinds

    empty = write(tmp_path, "e.csv", "")
    assert [p.text() for p in imports.run(director, empty, kind).errors] == ["File: The file is empty."]
    header_only = write(tmp_path, "h.csv", ";".join(kinds.COLUMNS[kind]) + "\r\n")
    assert [p.text() for p in imports.run(director, header_only, kind).errors] == [
        "File: The file has a header row but no data rows."]
    assert sum(counts(director).values()) == 0


def test_empty_file(director, tmp_path):
    for content in (b"", b"\xef\xbb\xbf", b"\r\n\r\n ;;\r\n"):
        path = tmp_path / "empty.csv"
        path.write_bytes(content)
        report = imports.run(director, path, "residents")
        assert [p.text() for p in report.errors] == ["File: The file is empty."], content
    assert counts(director)["residents"] == 0


def test_header_only_file(director, tmp_path):
    path = write(tmp_path, "h.csv", RESIDENT_HEADER + "\r\n")
    report = imports.run(director, path, "residents")
    assert [p.text() for p in report.errors] == ["File: The file has a header row but no data rows."]


def test_an_old_xls_file_or_a_damaged_xlsx_is_a_clear_error(director, tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".xls" in imports.run(director, xls, "residents").errors[0].text()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    assert "not a readable .xlsx" in imports.run(director, bad, "residents").errors[0].text()
    missing = imports.run(director, tmp_path / "nowhere.csv", "residents")
    assert "does not exist" in missing.errors[0].text()


def test_possible_duplicates_in_the_file_and_in_the_database_are_warnings(director, tmp_path, make_resident):
    from shelter_app import residents

    residents.create(director, make_resident(full_name="Асанова Айгүл", date_of_birth="1999-03-12"))
    path = residents_file(
        tmp_path,
        resident_line("P-1", full_name="Aigul Asanova", dob="1999-03-21"),       # the one in the database
        resident_line("P-2", full_name="Жумабаева Гүлнара", dob="2001-06-01"),
        resident_line("P-3", full_name="Жумабаева Гульнара", dob="2001-06-01"),  # line 3 again
        resident_line("P-4", full_name="Осмонова Назира", dob="1985-01-01"))
    report = imports.run(director, path, "residents")
    assert report.ok and report.written and report.new["residents"] == 4
    texts = {p.line: p.text() for p in report.warnings}
    assert "2025-0001" in texts[2] and "already in the database" in texts[2]
    assert "same person as on line 3" in texts[4]
    assert 5 not in texts and 3 not in texts


def test_one_bad_row_among_many_good_writes_nothing(director, tmp_path):
    lines = [resident_line(f"G-{i}", full_name=f"Person{i} Test", dob=f"19{50 + i % 40}-01-01") for i in range(200)]
    lines[150] = resident_line("G-150", exploitation="slavery")
    path = residents_file(tmp_path, *lines)
    report = imports.run(director, path, "residents")
    assert [p.line for p in report.errors] == [152]
    assert counts(director)["residents"] == 0
    assert director.db.query_one("SELECT count(*) FROM audit_log WHERE action = 'import'")[0] == 0


def test_dry_run_writes_nothing_and_shows_what_would_be_stored(director):
    report = imports.check(director, FIXTURES / "residents.csv", "residents")
    assert report.ok and not report.written and report.new == {"residents": 5, "stays": 4}
    assert counts(director)["residents"] == 0
    first = report.preview[0]
    assert first["status"] == "new" and first["case_number"] == "2024-0001"
    assert first["intake_date"] == "2024-02-02" and first["consent_anonymized_reporting"] is True
    assert "To be written: 5 residents, 4 stays." in report.summary()
    assert imports.display_value("sex", first["sex"], "en") == "Female"
    assert imports.display_value("intake_date", first["intake_date"], "ru") == "02.02.2024"
    assert imports.display_value("consent_anonymized_reporting", True, "en") == "yes"


def test_privacy_mode_keeps_names_out_of_the_preview(director):
    director.privacy_mode = True
    report = imports.check(director, FIXTURES / "residents.csv", "residents")
    assert "full_name" not in report.preview_columns
    assert all("full_name" not in row for row in report.preview)


def test_a_file_changed_after_it_was_checked_is_refused(director, tmp_path):
    path = residents_file(tmp_path, resident_line("C-1"))
    checked = imports.check(director, path, "residents")
    residents_file(tmp_path, resident_line("C-1"), resident_line("C-2", full_name="Другой Человек"))
    report = imports.run(director, path, "residents", expected_sha256=checked.sha256)
    assert not report.ok and "changed since it was checked" in report.errors[0].text()
    assert counts(director)["residents"] == 0


def test_import_is_audited_with_who_kind_counts_and_the_files_sha256(director):
    report = import_fixture_residents(director)
    row = director.db.query_one("SELECT * FROM audit_log WHERE action = 'import'")
    details = json.loads(row["details"])
    assert row["username"] == "dina" and row["record_id"] == "residents"
    assert details["sha256"] == report.sha256 and len(report.sha256) == 64
    assert details["added"] == {"residents": 5, "stays": 4} and details["kind"] == "residents"
    created = director.db.query("SELECT record_id FROM audit_log WHERE action = 'resident_created'")
    assert sorted(r[0] for r in created) == [f"2024-000{i}" for i in range(1, 6)]
    from shelter_app.db import audit as audit_db
    assert audit_db.first_broken(director.db.conn) is None


def test_only_a_director_may_import(login):
    for user in ("sam", "lena"):
        session = login(user)
        with pytest.raises(PermissionDenied):
            imports.check(session, FIXTURES / "residents.csv", "residents")
        with pytest.raises(PermissionDenied):
            imports.run(session, FIXTURES / "residents.csv", "residents")


# --- services ------------------------------------------------------------------------------

def test_services_are_imported_and_identical_rows_are_kept_the_first_time_only(director, tmp_path):
    import_fixture_residents(director)
    report = imports.run(director, FIXTURES / "services.csv", "services")
    assert report.ok and report.new == {"services": 5}
    rows = [dict(r) for r in director.db.query("SELECT s.*, r.external_id FROM services s JOIN residents r"
                                                " ON r.id = s.resident_id ORDER BY s.id")]
    assert rows[2]["provider"] == "Городская больница №4" and rows[2]["date"] == "2024-02-05"
    assert rows[3]["provider"] == "in_house" and rows[3]["notes"] == "Разъяснены права; записан на приём"
    assert rows[2]["referral_status"] == "referred" and rows[3]["referral_status"] is None
    [consent] = [w for w in report.warnings if w.line is None]
    assert "3 residents" in consent.text() and "consent to data processing" in consent.text()
    assert rows[0]["staff"] == "dina" and rows[0]["duration_minutes"] == 60
    # Two identical rows are two services; the same file again adds none; one more row adds one.
    twice = write(tmp_path, "s.csv", "external_id,date,service_type\nOSH-003,2024-05-01,interpretation\n"
                                     "OSH-003,2024-05-01,interpretation\n")
    assert imports.run(director, twice, "services").new == {"services": 2}
    assert imports.run(director, twice, "services").new == {"services": 0}
    thrice = write(tmp_path, "s.csv", "external_id,date,service_type\n" + "OSH-003,2024-05-01,interpretation\n" * 3)
    assert imports.run(director, thrice, "services").new == {"services": 1}
    assert counts(director)["services"] == 8


def test_services_for_an_unknown_resident_are_refused(director, tmp_path):
    import_fixture_residents(director)
    path = write(tmp_path, "s.csv", "external_id,date,service_type,provider\nOSH-001,2024-03-01,medical,\n"
                                    "NOBODY-9,2024-03-01,medical,\n")
    report = imports.run(director, path, "services")
    [problem] = report.errors
    assert (problem.line, problem.column) == (3, "external_id") and "NOBODY-9" in problem.text()
    assert counts(director)["services"] == 0


def test_service_rows_with_bad_values(director, tmp_path):
    import_fixture_residents(director)
    path = write(tmp_path, "s.csv", "external_id;date;service_type;duration_minutes\n"
                                    "OSH-001;2024-03-01;massage;30\n"
                                    "OSH-001;2024-02-30;medical;30\n"
                                    "OSH-001;2024-03-01;medical;half an hour\n"
                                    "OSH-001;2024-01-15;medical;30\n"       # before her registration
                                    "OSH-001;;medical;30\n")                # no date: never today
    report = imports.run(director, path, "services")
    assert [(p.line, p.column) for p in report.errors] == [(2, "service_type"), (3, "date"),
                                                          (4, "duration_minutes"), (5, "date"), (6, "date")]
    assert "2024-02-01" in report.errors[3].text()
    missing = write(tmp_path, "m.csv", "external_id,service_type\nOSH-001,medical\n")
    assert [p.column for p in imports.run(director, missing, "services").errors] == ["date"]


# --- legal --------------------------------------------------------------------------------

def test_legal_rows_with_the_same_external_id_and_case_ref_are_one_case(director):
    import_fixture_residents(director)
    report = imports.run(director, FIXTURES / "legal.csv", "legal")
    assert report.ok and report.new == {"legal_cases": 2, "legal_events": 6}
    cases = [dict(r) for r in director.db.query("SELECT * FROM legal_cases ORDER BY id")]
    assert [(c["case_ref"], c["cc_article"], c["resident_role"]) for c in cases] == [
        ("УД-2024-117", "166", "victim"), ("УД-2024-301", "159", "witness")]
    events = [dict(r) for r in director.db.query("SELECT * FROM legal_events WHERE case_id = ? ORDER BY date",
                                                  (cases[0]["id"],))]
    assert [e["stage"] for e in events] == ["complaint_filed", "investigation_opened", "requalified", "conviction"]
    # The requalified row moves the case to forced labour, as the Legal tab records it.
    assert [e["cc_article"] for e in events] == [None, None, "170", None]
    assert not [w for w in report.warnings if w.column == "cc_article"]
    from shelter_app import legal
    assert legal.article_before(cases[0], events, None) == "170"
    assert (events[-1]["sentence_months"], events[-1]["non_custodial"]) == (96, 0)
    fine = director.db.query_one("SELECT * FROM legal_events WHERE case_id = ? AND stage = 'conviction'",
                                 (cases[1]["id"],))
    assert (fine["sentence_months"], fine["non_custodial"]) == (0, 1)


def test_legal_events_added_to_a_case_already_stored(director, tmp_path):
    import_fixture_residents(director)
    imports.run(director, FIXTURES / "legal.csv", "legal")
    path = write(tmp_path, "l.csv", "external_id,case_ref,cc_article,resident_role,stage,date\n"
                                    "OSH-004,УД-2024-301,159,witness,complaint_filed,2024-06-18\n"
                                    "OSH-004,УД-2024-301,159,witness,sent_to_court,2024-08-01\n")
    report = imports.run(director, path, "legal")
    assert report.new == {"legal_cases": 0, "legal_events": 1}
    assert report.existing == {"legal_cases": 1, "legal_events": 1}
    assert counts(director)["legal_cases"] == 2 and counts(director)["legal_events"] == 7


def test_an_article_changed_without_a_requalified_row_is_a_warning(director, tmp_path):
    import_fixture_residents(director)
    path = write(tmp_path, "l.csv", "external_id,case_ref,cc_article,resident_role,stage,date\n"
                                    "OSH-002,К-5,166,victim,complaint_filed,2024-03-15\n"
                                    "OSH-002,К-5,160,victim,sent_to_court,2024-05-15\n")
    report = imports.run(director, path, "legal")
    assert report.ok and report.new == {"legal_cases": 1, "legal_events": 2}
    [warning] = [w for w in report.warnings if w.column == "cc_article"]
    assert warning.line == 3 and "166" in warning.text() and "160" in warning.text()
    assert director.db.query_one("SELECT cc_article FROM legal_cases")[0] == "166"


def test_a_conviction_needs_its_sentence_as_on_the_legal_tab(director, tmp_path):
    import_fixture_residents(director)
    path = write(tmp_path, "l.csv", "external_id,case_ref,cc_article,resident_role,stage,date,sentence_months,"
                                    "non_custodial\n"
                                    "OSH-001,A-1,166,victim,conviction,2024-02-10,,\n"
                                    "OSH-001,A-1,166,victim,conviction,2024-02-11,12,да\n"
                                    "OSH-001,A-1,166,victim,conviction,2024-02-12,,ооба\n")
    report = imports.run(director, path, "legal")
    assert [(p.line, p.column) for p in report.errors] == [(2, "sentence_months"), (3, "sentence_months")]


def test_legal_rows_with_bad_values(director, tmp_path):
    import_fixture_residents(director)
    path = write(tmp_path, "l.csv", "external_id,case_ref,cc_article,resident_role,stage,date,sentence_months,"
                                    "non_custodial\n"
                                    "OSH-001,A-1,999,victim,complaint_filed,2024-02-10,,\n"
                                    "OSH-001,A-1,166,victim,complaint_filed,2024-02-10,24,\n"
                                    "OSH-001,A-1,166,victim,conviction,2024-02-10,12,maybe\n"
                                    "GHOST,A-1,166,victim,complaint_filed,2024-02-10,,\n"
                                    "OSH-001,,166,victim,complaint_filed,2024-02-10,,\n")
    report = imports.run(director, path, "legal")
    assert [(p.line, p.column) for p in report.errors] == [
        (2, "cc_article"), (3, "sentence_months"), (4, "non_custodial"), (5, "external_id"), (6, "case_ref")]
    assert counts(director)["legal_cases"] == 0


# --- the person's language ----------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [("ru", ("Строка 3", "столбец C")), ("ky", ("3-сап", "C мамычасы"))])
def test_the_report_reads_in_the_persons_language(director, tmp_path, lang, words):
    path = residents_file(tmp_path, resident_line("A-1"), resident_line("A-2", sex="femle", full_name="Б Б"))
    report = imports.run(director, path, "residents")
    i18n.set_language(lang)
    try:
        text = "\n".join(report.lines())
    finally:
        i18n.set_language("en")
    for word in words:
        assert word in text, text
    assert "femle" in text
    assert "Nothing was written" not in text


def test_imported_residents_are_found_by_search_and_by_the_duplicate_check(director, make_resident):
    from shelter_app import residents

    import_fixture_residents(director)
    [found] = residents.search(director, "aigul")
    assert residents.get(director, found, audit_view=False)["external_id"] == "OSH-001"
    stored_key = director.db.query_one("SELECT name_key FROM residents WHERE external_id = 'OSH-001'")[0]
    from shelter_app.text import name_key
    assert stored_key == name_key("Асанова Айгүл")
    assert [d["case_number"] for d in residents.possible_duplicates(
        director, {"full_name": "Aigul Asanova", "date_of_birth": "1999-03-12"})] == ["2024-0001"]
    # A resident added afterwards in the app is folded as before.
    later = residents.create(director, make_resident(full_name="Жылдыз Сагынбаева", external_id=None))
    assert director.db.query_one("SELECT name_key FROM residents WHERE id = ?", (later["id"],))[0] == name_key(
        "Жылдыз Сагынбаева")


def test_a_column_named_twice_is_an_error_and_values_under_no_name_are_reported(director, tmp_path):
    twice = write(tmp_path, "t.csv", RESIDENT_HEADER + ",sex\n" + resident_line() + ",male\n")
    report = imports.run(director, twice, "residents")
    [problem] = report.errors
    assert problem.column == "sex" and "appears twice" in problem.text() and "C" in problem.text()
    unnamed = write(tmp_path, "u.csv", RESIDENT_HEADER + ",,\n" + resident_line() + ",,who wrote this\n")
    report = imports.run(director, unnamed, "residents")
    assert report.ok and report.written
    assert any(p.letter == "O" and "no name" in p.text() for p in report.warnings)


def test_headers_forgive_case_spaces_and_a_stray_bom(director, tmp_path):
    header = RESIDENT_HEADER.replace("external_id", "\ufeffExternal ID").replace("full_name", " Full_Name ")
    path = write(tmp_path, "h.csv", header + "\n" + resident_line("H-1") + "\n")
    report = imports.run(director, path, "residents")
    assert report.ok and stored(director, "H-1")["full_name"] == "Сыдыкова Асель"


@pytest.mark.parametrize("kind", imports.KINDS)
def test_an_empty_template_names_the_columns_of_the_format(director, tmp_path, kind):
    spec = {"residents": "external_id;full_name;sex;date_of_birth;citizenship;registration_date;referral_source;"
                         "primary_exploitation;other_exploitation;exploitation_country;recruitment_channel;nrm_status;"
                         "nrm_identified_date;residence_permit_date;asylum_date;consent_anonymized_reporting;"
                         "intake_date;exit_date;exit_reason",
            "services": "external_id;date;service_type;provider;duration_minutes;notes",
            "legal": "external_id;case_ref;cc_article;resident_role;stage;date;sentence_months;non_custodial",
            # After the shelter (README, "Importing")
            "followups": "external_id;planned_date;actual_date;mode;reached;housing;work;health;safety;retrafficking;"
                         "risk_items;actions;result",
            "referrals": "external_id;date;organisation;organisation_type;reason;shared;consent_date;outcome;"
                         "outcome_date;outcome_reason;follow_up_date;notes",
            "contacts": "external_id;name;relation;phone;place;safe_to_contact;notes",
            "documents": "external_id;document_type;number;issuing_country;expiry_date;holder;"
                         "replacement_requested_on;notes"}
    data = imports.template(kind)
    assert data == ("\ufeff" + spec[kind] + "\r\n").encode("utf-8")
    path = tmp_path / "template.csv"
    path.write_bytes(data)
    report = imports.run(director, path, kind)
    assert [p.text() for p in report.errors] == ["File: The file has a header row but no data rows."]
    assert not report.warnings
