"""Hostile and broken files: the importer never crashes, and either writes
the whole file or nothing at all."""

from __future__ import annotations

import csv
import datetime as _dt
import io

import openpyxl

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_app import imports
from shelter_app.db import audit as audit_db
from shelter_app.imports import kinds

TABLES = ("residents", "stays", "services", "legal_cases", "legal_events", "follow_ups", "referrals", "organisations",
          "contacts", "identity_documents", "audit_log")

SAMPLES = {
    "external_id": ["G-1", "G-2", "G-3", "OSH-001", "", " G-1 "],
    "full_name": ["Асанова Айгүл", "Aigul Asanova", "Иванова Елена", "", "=1+2", "@SUM(A1)"],
    "sex": ["female", "male", "unknown", "Ж", ""],
    "citizenship": ["KG", "kg", "stateless", "Kyrgyzstan", ""],
    "exploitation_country": ["RU", "KG", "unknown", "XX1", ""],
    "referral_source": ["iom", "police", "friend", ""],
    "primary_exploitation": ["forced_labour", "sexual_exploitation", "slavery", ""],
    "other_exploitation": ["forced_labour;domestic_servitude", ";;", "x;y", ""],
    "nrm_status": ["none", "identified", "presumed", "maybe", ""],
    "consent_anonymized_reporting": ["yes", "да", "ооба", "жок", "0", "maybe", ""],
    "non_custodial": ["yes", "нет", "2", ""],
    "exit_reason": ["repatriated", "other", "gone", ""],
    "service_type": ["medical", "psychological", "massage", ""],
    "cc_article": ["166", "160-1", "999", ""],
    "resident_role": ["victim", "witness", "judge", ""],
    "stage": ["conviction", "complaint_filed", "appeal", ""],
    "duration_minutes": ["30", "-5", "1e3", "99999", ""],
    "sentence_months": ["12", "0", "x", ""],
}
DATES = ["2024-01-05", "05.01.2024", "2024-02-30", "31.02.2024", "2099-01-01", "1899-12-31", "", "soon", "١٢.٠١.٢٠٢٤"]


def cell(column: str):
    options = SAMPLES.get(column) or (DATES if "date" in column else ["", "text", "Ош"])
    return st.one_of(st.sampled_from(options), st.text(max_size=12))


NAMES = ["Асанова Айгүл", "Aigul Asanova", "Иванова Елена", "Осмонов Улан", "Rahim Uddin", "Өмүрзакова Үмүт"]
VALID = {
    "residents": {
        "full_name": st.sampled_from(NAMES), "sex": st.sampled_from(["female", "male"]),
        "citizenship": st.sampled_from(["KG", "uz", "stateless"]),
        "registration_date": st.sampled_from(["2024-01-05", "05.03.2024"]), "referral_source": st.just("iom"),
        "primary_exploitation": st.sampled_from(["forced_labour", "sexual_exploitation"]),
        "exploitation_country": st.sampled_from(["RU", "KG", "unknown"]),
        "consent_anonymized_reporting": st.sampled_from(["yes", "да", "жок", "0", ""]),
        "intake_date": st.sampled_from(["", "2024-03-10", "10.03.2024"]), "safety_notes": st.text(max_size=30),
    },
    "services": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]), "date": st.sampled_from(["2024-02-01", "01.02.2024"]),
        "service_type": st.sampled_from(["medical", "psychological", "legal_consultation"]),
        "provider": st.sampled_from(["", "in_house", "Центр «Сезим»"]), "duration_minutes": st.sampled_from(["", "45"]),
        "notes": st.text(max_size=30),
    },
    "legal": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]), "case_ref": st.sampled_from(["A-1", "Б-2"]),
        "cc_article": st.sampled_from(["166", "170", "160-1"]), "resident_role": st.sampled_from(["victim", "witness"]),
        "stage": st.sampled_from(["complaint_filed", "sent_to_court"]), "date": st.sampled_from(["2024-02-01", "2024-06-01"]),
        "notes": st.text(max_size=30),
    },
    # the kinds added with the follow-up, referrals and case-file work
    "followups": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]),
        "planned_date": st.sampled_from(["2024-04-01", "01.07.2024"]),
    },
    "referrals": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]), "date": st.sampled_from(["2024-02-01", "01.02.2024"]),
        "organisation": st.sampled_from(["Центр «Сезим»", "Областная больница"]),
        "organisation_type": st.sampled_from(["ngo", "health"]),
        "reason": st.sampled_from(["medical", "psychological"]), "notes": st.text(max_size=30),
    },
    "contacts": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]), "name": st.sampled_from(NAMES),
        "phone": st.sampled_from(["", "+996 555 123 456"]), "safe_to_contact": st.sampled_from(["yes", "no", "unknown"]),
    },
    "documents": {
        "external_id": st.sampled_from(["G-1", "G-2", "G-3"]),
        "document_type": st.sampled_from(["passport", "id_card", "birth_certificate"]),
        "number": st.sampled_from(["", "AN1234567"]), "issuing_country": st.sampled_from(["KG", "UZ"]),
    },
}


@st.composite
def valid_rows(draw, kind):
    columns = list(VALID[kind])
    if kind == "residents":
        columns.insert(0, "external_id")
    header = draw(st.permutations(columns))
    rows = []
    for n in range(draw(st.integers(1, 6))):
        values = {c: draw(VALID[kind][c]) for c in VALID[kind]}
        if kind == "residents":
            values["external_id"] = f"V-{draw(st.integers(0, 30))}-{n}"
        rows.append(tuple(values[c] for c in header))
    if draw(st.booleans()):  # one bad cell spoils the whole file
        r, c = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(header) - 1))
        row = list(rows[r])
        row[c] = draw(st.sampled_from(["garbage", "2024-02-30", "=1+2", "", "-1"]))
        rows[r] = tuple(row)
    return header, rows


@st.composite
def garbage_rows(draw, kind):
    known = list(kinds.COLUMNS[kind])
    header = draw(st.lists(st.sampled_from(known + ["note", "", "Sex", "external_id"]), min_size=0, max_size=14))
    if draw(st.booleans()):
        header = list(dict.fromkeys([*kinds.REQUIRED[kind], *header]))
    rows = draw(st.lists(st.tuples(*[cell(kinds.normalize_header(h)) for h in header]), max_size=8))
    return header, rows


@st.composite
def spreadsheets(draw):
    kind = draw(st.sampled_from(kinds.KINDS))
    header, rows = draw(st.one_of(valid_rows(kind), garbage_rows(kind)))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t"])), lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(list(row) + draw(st.lists(st.sampled_from(["", "x"]), max_size=2)))
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
    return kind, text.encode(encoding, errors="replace")


def counts(session) -> dict:
    return {t: session.db.query_one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def import_and_check(session, tmp_path, kind, data: bytes, suffix=".csv"):
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(data)
    before = counts(session)
    report = imports.run(session, path, kind)
    after = counts(session)
    for problem in report.errors + report.warnings:
        assert problem.text()  # every finding reads as a sentence
    report.lines("ru")
    if report.written:
        assert report.ok
        assert after["residents"] - before["residents"] == report.new.get("residents", 0)
        assert after["stays"] - before["stays"] == report.new.get("stays", 0)
        assert after["services"] - before["services"] == report.new.get("services", 0)
        assert after["legal_cases"] - before["legal_cases"] == report.new.get("legal_cases", 0)
        assert after["legal_events"] - before["legal_events"] == report.new.get("legal_events", 0)
        for table in ("follow_ups", "referrals", "organisations", "contacts", "identity_documents"):
            assert after[table] - before[table] == report.new.get(table, 0), table
    else:
        assert after == before
    return report


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(max_examples=60, **SETTINGS)
@given(st.sampled_from(kinds.KINDS), st.binary(max_size=600))
def test_random_bytes_never_crash_and_never_write(director, tmp_path, kind, data):
    report = import_and_check(director, tmp_path, kind, data)
    assert not report.written or report.ok


@settings(max_examples=60, **SETTINGS)
@given(st.sampled_from(kinds.KINDS), st.binary(max_size=400))
def test_damaged_workbooks_are_a_clear_error(director, tmp_path, kind, data):
    report = import_and_check(director, tmp_path, kind, b"PK\x03\x04" + data, suffix=".xlsx")
    assert not report.ok


@settings(max_examples=150, **SETTINGS)
@given(spreadsheets())
def test_spreadsheets_of_mixed_good_and_bad_rows_are_written_whole_or_not_at_all(director, tmp_path, sheet):
    kind, data = sheet
    seed = tmp_path / "seed.csv"   # residents the services and legal rows refer to; the same each time
    seed.write_text("external_id,full_name,sex,citizenship,registration_date,referral_source,primary_exploitation,"
                    "exploitation_country\n" + "".join(f"G-{i},Сидорова Анна{i},female,KG,2024-01-01,ngo,"
                                                       f"forced_labour,RU\n" for i in (1, 2, 3)), encoding="utf-8")
    assert imports.run(director, seed, "residents").ok
    import_and_check(director, tmp_path, kind, data)
    assert audit_db.first_broken(director.db.conn) is None


cell_values = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=15), st.integers(-10**12, 10**12), st.booleans(),
                        st.floats(allow_nan=False, allow_infinity=False), st.dates(_dt.date(1900, 1, 1)),
                        st.sampled_from(["=1+2", "=TODAY()", "да", "2024-01-05", "05.01.2024", "G-1", "female"]))


@settings(max_examples=25, **SETTINGS)
@given(st.sampled_from(kinds.KINDS), st.data())
def test_workbooks_of_any_cells_never_crash_and_never_write_half(director, tmp_path, kind, data):
    header = data.draw(st.lists(st.sampled_from(list(kinds.COLUMNS[kind]) + ["other"]), max_size=10))
    if data.draw(st.booleans()):
        header = list(dict.fromkeys([*kinds.REQUIRED[kind], *header]))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for _ in range(data.draw(st.integers(0, 5))):
        sheet.append([data.draw(cell_values) for _ in header])
    buffer = io.BytesIO()
    workbook.save(buffer)
    import_and_check(director, tmp_path, kind, buffer.getvalue(), suffix=".xlsx")


service_cells = st.fixed_dictionaries({
    "external_id": st.sampled_from(["G-1", "", "x" * 70]),
    "date": st.one_of(st.sampled_from(DATES + ["1989-12-31", "1990-01-01"]), st.text(max_size=10)),
    "service_type": st.one_of(st.sampled_from(SAMPLES["service_type"]), st.text(max_size=5)),
    "provider": st.one_of(st.sampled_from(["", "in_house", "In-house", "Своими силами", "Центр «Сезим»", " x "]),
                          st.text(max_size=8)),
    "duration_minutes": st.one_of(st.sampled_from(SAMPLES["duration_minutes"] + ["0", "1", "1440", "1441"]),
                                  st.text(max_size=4)),
    "notes": st.one_of(st.just(""), st.text(max_size=20)),
})


@settings(max_examples=300, deadline=None)
@given(st.lists(service_cells, min_size=1, max_size=6))
def test_service_rows_are_checked_exactly_as_services_validate_checks_them(rows):
    """Checking each distinct date and rest once gives what checking each row whole gives."""
    from shelter_app import services
    from shelter_app.errors import ValidationError

    checker = kinds.ServiceRows()
    for data in rows:
        rec, problems = checker.check(data)
        try:
            expected = services.validate({k: data[k] for k in kinds.SERVICE_FIELDS})
            expected_problems = {}
        except ValidationError as exc:
            expected, expected_problems = None, dict(exc.problems)
        if not data["date"].strip():
            expected, expected_problems = None, {"date": ("Required.", {}), **expected_problems}
        if not data["external_id"].strip() or len(data["external_id"]) > 64:
            assert rec is None and "external_id" in problems
            continue
        assert problems == expected_problems
        if expected is not None:
            assert rec == {"external_id": data["external_id"], **expected}
