"""Checking and writing an import: all or nothing.

The file is read and every row checked first; with any error nothing is
written. Rows already in the database are left as they are, so importing the
same file again changes nothing:

- residents are matched on `external_id`;
- services on (resident, date, service_type, provider): a file with two
  identical rows adds two services the first time and none the second;
- legal rows with the same `external_id` and `case_ref` are one case, matched
  on (resident, case_ref); its events on (case, date, stage), counted the same
  way as services.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shelter_app.db import imports as imports_db
from shelter_app.db.audit import now_utc
from shelter_app.db.connection import IntegrityError
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.i18n import N_
from shelter_app.imports import aftercare, kinds, labels
from shelter_app.imports.duplicates import DuplicateIndex, folded
from shelter_app.imports.reader import FileProblem, Table, column_letter, read_table
from shelter_app.imports.report import Report
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session

PREVIEW_ROWS = 50
RESIDENT_FIELDS_COMPARED = tuple(c for c in kinds.RESIDENT_COLUMNS if c not in kinds.RESIDENT_STAY_COLUMNS)


class ImportWriteError(ShelterError):
    pass


@dataclass
class Plan:
    """What will be written, decided before anything is."""

    residents: list[tuple[int, dict, dict | None]] = field(default_factory=list)  # (line, record, stay)
    services: list[dict] = field(default_factory=list)
    legal_cases: dict = field(default_factory=dict)   # (resident_id, case_ref) -> new case
    legal_events: list[dict] = field(default_factory=list)
    legal_extras: dict = field(default_factory=dict)  # (resident_id, case_ref) -> compensation, non-punishment
    stored_case_ids: dict = field(default_factory=dict)
    followups: list = field(default_factory=list)
    referrals: list = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # contacts or identity documents


# --- the columns --------------------------------------------------------------------

def _columns(table: Table, kind: str, report: Report) -> dict[str, int] | None:
    """Known column -> its index; None when the file cannot be imported."""
    known = kinds.COLUMNS[kind]
    positions: dict[str, int] = {}
    for index, raw in enumerate(table.header):
        name = kinds.normalize_header(raw)
        if name and name not in known:  # a label in English, Russian or Kyrgyz
            name = labels.column_for_header(raw, known) or name
        letter = column_letter(index)
        if not name:
            continue
        if name in positions:
            report.error(None, name, letter, N_("Import", "The column {column} appears twice: in {first} and {second}."),
                         column=name, first=column_letter(positions[name]), second=letter)
            continue
        if name in known:
            positions[name] = index
        else:
            report.unknown_columns.append(raw.strip())
            report.warn(None, raw.strip(), letter, N_("Import", "Unknown column: ignored."))
            positions.setdefault(f"\0{name}", index)  # remembered only to find twice-named columns
    positions = {k: v for k, v in positions.items() if not k.startswith("\0")}
    report.columns = list(positions)
    missing = [c for c in kinds.REQUIRED[kind] if c not in positions]
    for column in missing:
        report.error(None, column, None, N_("Import", "The required column {column} is missing. The first row of the "
                                                      "file must name the columns."), column=column)
    if kind == "residents" and "consent_anonymized_reporting" not in positions and not missing:
        report.warn(None, "consent_anonymized_reporting", None,
                    N_("Import", "There is no column consent_anonymized_reporting: the residents are counted in no "
                                 "statistical return until their consent is recorded."))
    if report.errors:
        return None
    return positions


def _unnamed_columns(table: Table, report: Report) -> None:
    """Values in a column with no name are ignored; say so once a column."""
    named = {i for i, h in enumerate(table.header) if kinds.normalize_header(h)}
    seen: set[int] = set()
    for line, cells in table.rows:
        for index, value in enumerate(cells):
            if index not in named and index not in seen and value.strip():
                seen.add(index)
                report.warn(None, "", column_letter(index),
                            N_("Import", "Column {letter} has values but no name in the first row: ignored."),
                            letter=column_letter(index))


def _row_data(cells: list[str], positions: dict[str, int], report: Report | None = None) -> dict[str, str]:
    """A row by column; a label or an abbreviation in a code column read as its code."""
    n = len(cells)
    data = {col: (cells[i] if i < n else "") for col, i in positions.items()}
    return labels.translate_row(data, report.readings if report is not None else None)


def _readings(report: Report, positions: dict[str, int]) -> None:
    """Say once which label was read as which code, where the cell was not the code itself."""
    for (column, value), code in sorted(report.readings.items()):
        index = positions.get(column)
        report.warn(None, column, column_letter(index) if index is not None else None,
                    N_("Import", "“{value}” was read as the code {code}."), value=value, code=code)


def _add_problems(report: Report, line: int, problems: dict, positions: dict[str, int]) -> None:
    order = {c: i for i, c in enumerate(positions)}
    for column in sorted(problems, key=lambda c: order.get(c, 999)):
        message, params = problems[column]
        index = positions.get(column)
        report.error(line, column, column_letter(index) if index is not None else None,
                     message, _context="Errors", **params)


def _formula_warnings(report: Report, line: int, data: dict, positions: dict[str, int]) -> None:
    for column, value in data.items():
        if value[:1] == "=" or value.lstrip()[:1] == "=":
            report.warn(line, column, column_letter(positions[column]),
                        N_("Import", "Stored as text, never calculated: {value}"), value=value.strip())


def _preview(report: Report, row: dict) -> None:
    if len(report.preview) < PREVIEW_ROWS:
        report.preview.append({c: row.get(c) for c in report.preview_columns})


# --- residents -----------------------------------------------------------------------

def _plan_residents(session: Session, table: Table, positions: dict[str, int], report: Report) -> Plan:
    conn = session.db.conn
    plan = Plan()
    by_external = imports_db.residents_by_external_id(conn)
    index = DuplicateIndex()
    for case_number, key, dob, year in imports_db.duplicate_probes(conn):
        index.add(("db", case_number), date_of_birth=dob, birth_year_estimated=year, key=key)
    seen: dict[str, int] = {}
    existing_rows: list[tuple[int, dict, dict, dict]] = []
    new_rows: list[tuple[int, dict, dict | None]] = []
    accounts = imports_db.account_names(conn) if "key_worker" in positions else set()
    places = imports_db.places_by_name(conn) if "place" in positions else {}
    for line, cells in table.rows:
        data = _row_data(cells, positions, report)
        _formula_warnings(report, line, data, positions)
        rec, stay, problems = kinds.resident_row(data)
        if not problems:
            problems = _key_worker_and_place(rec, stay, accounts, places)
        external_id = data.get("external_id", "").strip()
        if external_id:
            if external_id in seen:
                problems = dict(problems)
                problems.setdefault("external_id", (N_("Errors", "The external ID {value} is also on line {line}."),
                                                    {"value": external_id, "line": seen[external_id]}))
            else:
                seen[external_id] = line
        if problems:
            _add_problems(report, line, problems, positions)
            continue
        stored = by_external.get(rec["external_id"])
        if stored is not None:
            existing_rows.append((line, rec, stored, data))
            continue
        for ref, _score in index.matches(rec["full_name"], rec["date_of_birth"], rec["birth_year_estimated"])[:3]:
            where, value = ref
            if where == "db":
                report.warn(line, "full_name", column_letter(positions["full_name"]),
                            N_("Import", "Possibly the same person as resident {case_number}, already in the "
                                         "database."), case_number=value)
            else:
                report.warn(line, "full_name", column_letter(positions["full_name"]),
                            N_("Import", "Possibly the same person as on line {line}."), line=value)
        index.add(("line", line), rec["full_name"], rec["date_of_birth"], rec["birth_year_estimated"])
        new_rows.append((line, rec, stay))

    # Residents already stored are left as they are; say where the file differs.
    if existing_rows:
        records = imports_db.residents_records(conn, [s["id"] for _, _, s, _ in existing_rows])
        present = [c for c in RESIDENT_FIELDS_COMPARED if c in positions]
        for line, rec, stored, data in existing_rows:
            before = records.get(stored["id"], {})
            differ = [c for c in present if data[c].strip() and rec.get(c) != before.get(c)]
            if differ:
                report.warn(line, "external_id", column_letter(positions["external_id"]),
                            N_("Import", "Already in the database as {case_number}: left unchanged, although the "
                                         "file differs in {columns}."),
                            case_number=stored["case_number"], columns=", ".join(differ))

    # Case numbers in order of registration, after the last one used each year.
    last = imports_db.last_case_numbers(conn)
    for line, rec, stay in sorted(new_rows, key=lambda r: (r[1]["registration_date"], r[0])):
        year = int(rec["registration_date"][:4])
        last[year] = last.get(year, 0) + 1
        rec["case_number"] = f"{year:04d}-{last[year]:04d}"
        plan.residents.append((line, rec, stay))

    if not report.errors:
        rows = [(line, "new", rec, stay) for line, rec, stay in new_rows]
        rows += [(line, "existing", dict(rec, case_number=stored["case_number"]), None)
                 for line, rec, stored, _ in existing_rows]
        for line, status, rec, stay in sorted(rows, key=lambda r: r[0])[:PREVIEW_ROWS]:
            _preview(report, {"status": status, "line": line, **rec, **(stay or {})})
    report.new = {"residents": len(plan.residents), "stays": sum(1 for _, _, s in plan.residents if s)}
    report.existing = {"residents": len(existing_rows)}
    return plan


# --- services ------------------------------------------------------------------------

def _unknown_resident(problems: dict, data: dict, by_external: dict) -> dict:
    external_id = data.get("external_id", "").strip()
    if external_id and external_id not in by_external and "external_id" not in problems:
        problems = dict(problems)
        problems["external_id"] = (N_("Errors", "No resident with the external ID {value}: import the residents "
                                                "first."), {"value": external_id})
    return problems


def _plan_services(session: Session, table: Table, positions: dict[str, int], report: Report) -> Plan:
    conn = session.db.conn
    plan = Plan()
    by_external = imports_db.residents_by_external_id(conn)
    checker = kinds.ServiceRows()
    rows = []
    for line, cells in table.rows:
        data = _row_data(cells, positions, report)
        _formula_warnings(report, line, data, positions)
        rec, problems = checker.check(data)
        problems = _unknown_resident(problems, data, by_external)
        if problems:
            _add_problems(report, line, problems, positions)
            continue
        resident = by_external[rec["external_id"]]
        if rec["date"] < resident["registration_date"]:
            _add_problems(report, line, {"date": (N_("Errors", "The service date is before the registration date "
                                                               "({date})."), {"date": resident["registration_date"]})},
                          positions)
            continue
        rec["resident_id"], rec["resident"] = resident["id"], resident["case_number"]
        rows.append((line, rec))
    if report.errors:
        return plan
    without_consent = {rec["resident_id"] for _, rec in rows
                       if not by_external[rec["external_id"]]["consent_data_processing"]}
    if without_consent:
        report.warn(None, "external_id", column_letter(positions["external_id"]),
                    N_("Import", "{count} residents in this file have no recorded consent to data processing. "
                                 "Record it on their records: the app logs no new service without it."),
                    count=len(without_consent))
    stored = imports_db.service_keys(conn, [rec["resident_id"] for _, rec in rows])
    seen: Counter = Counter()
    existing = 0
    for line, rec in rows:
        key = (rec["resident_id"], rec["date"], rec["service_type"], rec["provider"])
        seen[key] += 1
        if seen[key] <= stored[key]:
            existing += 1
            status = "existing"
        else:
            plan.services.append(rec)
            status = "new"
        _preview(report, {"status": status, "line": line, **rec})
    report.new = {"services": len(plan.services)}
    report.existing = {"services": existing}
    return plan


# --- legal cases ---------------------------------------------------------------------

def _plan_legal(session: Session, table: Table, positions: dict[str, int], report: Report) -> Plan:
    conn = session.db.conn
    plan = Plan()
    by_external = imports_db.residents_by_external_id(conn)
    rows = []
    for line, cells in table.rows:
        data = _row_data(cells, positions, report)
        _formula_warnings(report, line, data, positions)
        rec, problems = kinds.legal_row(data)
        extras, extra_problems = aftercare.legal_extras(data, (data.get("resident_role") or "").strip())
        problems = {**extra_problems, **problems}
        problems = _unknown_resident(problems, data, by_external)
        if problems:
            _add_problems(report, line, problems, positions)
            continue
        resident = by_external[rec["external_id"]]
        rec["resident_id"], rec["resident"] = resident["id"], resident["case_number"]
        rec["extras"] = extras
        rows.append((line, rec))
    if report.errors:
        return plan

    stored_cases = imports_db.legal_cases(conn, [rec["resident_id"] for _, rec in rows])
    stored_events = imports_db.legal_events(conn, [c["id"] for c in stored_cases.values()])
    # Rows with the same resident and case_ref are one case; a new case takes its
    # article and the resident's role from its earliest event.
    grouped: dict[tuple[int, str], list[tuple[int, dict]]] = {}
    for line, rec in rows:
        grouped.setdefault((rec["resident_id"], rec["case_ref"]), []).append((line, rec))
    existing_events = 0
    for key, events in grouped.items():
        events.sort(key=lambda e: (e[1]["date"], e[0]))
        first = events[0][1]
        case = stored_cases.get(key)
        if case is None:
            case = {"id": None, "resident_id": key[0], "case_ref": key[1], "cc_article": first["cc_article"],
                    "resident_role": first["resident_role"],
                    "lawyer": next((r["lawyer"] for _, r in events if r["lawyer"]), ""),
                    "state_legal_aid": next((r["state_legal_aid"] for _, r in events
                                             if r["state_legal_aid"] is not None), None)}
            plan.legal_cases[key] = case
        # Events already stored count against identical rows (case, date, stage).
        stored_keys = Counter((e["date"], e["stage"]) for e in stored_events.get(case["id"], []))
        seen: Counter = Counter()
        # The article the case stands under, following its requalifications in date order.
        timeline = sorted([(e["date"], 0, e) for e in stored_events.get(case["id"], [])]
                          + [(rec["date"], line, rec) for line, rec in events], key=lambda t: (t[0], t[1]))
        article = case["cc_article"]
        for _date, line, rec in timeline:
            if rec["stage"] == "requalified" and (rec.get("event_article") or rec.get("cc_article")):
                article = rec.get("event_article") or rec["cc_article"]
                continue
            if line and rec["cc_article"] != article:
                report.warn(line, "cc_article", column_letter(positions["cc_article"]),
                            N_("Import", "The case stands under article {article} on this date, and only a "
                                         "requalified row changes it: the article {value} of this row is not kept."),
                            article=article, value=rec["cc_article"])
        for line, rec in events:
            if rec["resident_role"] != case["resident_role"]:
                report.warn(line, "resident_role", column_letter(positions["resident_role"]),
                            N_("Import", "The resident's role differs from the rest of case {case_ref}; the case "
                                         "keeps “{role}”."), case_ref=key[1], role=case["resident_role"])
            event_key = (rec["date"], rec["stage"])
            seen[event_key] += 1
            if seen[event_key] <= stored_keys[event_key]:
                existing_events += 1
                rec["status"] = "existing"
            else:
                rec["case_key"], rec["case_id"] = key, case["id"]
                plan.legal_events.append(rec)
                rec["status"] = "new"
    plan.legal_extras, new_extras, existing_extras, payment_problems = aftercare.plan_legal_extras(
        conn, grouped, stored_cases)
    plan.stored_case_ids = {key: case["id"] for key, case in stored_cases.items()}
    for line, column, problem in payment_problems:
        _add_problems(report, line, {column: problem}, positions)
    for line, rec in rows:
        _preview(report, {"line": line, **rec})
    report.new = {"legal_cases": len(plan.legal_cases), "legal_events": len(plan.legal_events), **new_extras}
    report.existing = {"legal_cases": len(grouped) - len(plan.legal_cases), "legal_events": existing_events,
                       **existing_extras}
    return plan


# --- after the shelter ----------------------------------------------------------------

def _plan_aftercare(kind: str, session: Session, table: Table, positions: dict[str, int], report: Report) -> Plan:
    conn = session.db.conn
    plan = Plan()
    by_external = imports_db.residents_by_external_id(conn)
    check_row = aftercare.followup_row if kind == "followups" else aftercare.referral_row
    rows = []
    for line, cells in table.rows:
        data = _row_data(cells, positions)
        _formula_warnings(report, line, data, positions)
        rec, problems = check_row(data)
        problems = _unknown_resident(problems, data, by_external)
        if problems:
            _add_problems(report, line, problems, positions)
            continue
        resident = by_external[rec["external_id"]]
        rec["resident_id"], rec["resident"] = resident["id"], resident["case_number"]
        rows.append((line, rec))
    if report.errors:
        return plan
    if kind == "followups":
        plan.followups, existing = aftercare.plan_followups(conn, rows)
        report.new = {"follow_ups": len(plan.followups)}
        report.existing = {"follow_ups": existing}
    else:
        plan.referrals, existing, new_orgs = aftercare.plan_referrals(conn, rows)
        report.new = {"referrals": len(plan.referrals), "organisations": new_orgs}
        report.existing = {"referrals": existing}
    for line, rec in rows:
        _preview(report, {"line": line, **rec})
    return plan


# --- the case file: key worker and place on residents; contacts; identity documents -------

def _key_worker_and_place(rec: dict, stay: dict | None, accounts: set[str], places: dict[str, int]) -> dict:
    problems: dict = {}
    if rec.get("key_worker") and rec["key_worker"] not in accounts:
        problems["key_worker"] = (N_("Errors", "No active staff account {value}."), {"value": rec["key_worker"]})
    if stay and stay.get("place"):
        place_id = places.get(stay["place"].casefold())
        if place_id is None:
            problems["place"] = (N_("Errors", "No place named {value}: add it under Accommodation first."),
                                 {"value": stay["place"]})
        stay["place_id"] = place_id
    return problems


def _plan_case_file(kind: str, session: Session, table: Table, positions: dict[str, int], report: Report) -> Plan:
    """Contacts matched on (resident, name, phone), identity documents on
    (resident, type, number): rows already stored are left as they are."""
    from shelter_app import casefile

    conn = session.db.conn
    plan = Plan()
    by_external = imports_db.residents_by_external_id(conn)
    check = casefile._check_contact if kind == "contacts" else casefile._check_document
    key_fields = ("name", "phone") if kind == "contacts" else ("document_type", "number")
    rows = []
    for line, cells in table.rows:
        data = _row_data(cells, positions)
        _formula_warnings(report, line, data, positions)
        problems: dict = {}
        rec = None
        if not data.get("external_id", "").strip():
            problems["external_id"] = (N_("Errors", "Required."), {})
        try:
            rec = check(data)
        except ValidationError as exc:
            for column, problem in exc.problems.items():
                problems.setdefault(column, problem)
        problems = _unknown_resident(problems, data, by_external)
        if problems:
            _add_problems(report, line, problems, positions)
            continue
        resident = by_external[data["external_id"].strip()]
        rec.update(resident_id=resident["id"], resident=resident["case_number"],
                   external_id=data["external_id"].strip())
        rows.append((line, rec))
    if report.errors:
        return plan
    keys = imports_db.contact_keys if kind == "contacts" else imports_db.document_keys
    stored = keys(conn, [rec["resident_id"] for _, rec in rows])
    seen: Counter = Counter()
    existing = 0
    for line, rec in rows:
        key = (rec["resident_id"], *(rec[f] for f in key_fields))
        seen[key] += 1
        if seen[key] <= stored[key]:
            existing += 1
            status = "existing"
        else:
            plan.rows.append(rec)
            status = "new"
        _preview(report, {"status": status, "line": line, **rec})
    table_name = "contacts" if kind == "contacts" else "identity_documents"
    report.new = {table_name: len(plan.rows)}
    report.existing = {table_name: existing}
    return plan


PLANNERS = {"residents": _plan_residents, "services": _plan_services, "legal": _plan_legal,
            "followups": lambda *a: _plan_aftercare("followups", *a),
            "referrals": lambda *a: _plan_aftercare("referrals", *a),
            "contacts": lambda *a: _plan_case_file("contacts", *a),
            "documents": lambda *a: _plan_case_file("documents", *a)}


# --- writing -------------------------------------------------------------------------

def _write(session: Session, kind: str, plan: Plan, report: Report) -> None:
    conn = session.db.conn
    now = now_utc()
    if kind == "residents":
        from shelter_app import nrm

        stays, screenings = [], []
        with imports_db.folded_names(conn, folded):
            for _line, rec, stay in plan.residents:
                resident_id = imports_db.insert_resident(conn, rec, now)
                session.audit(Action.RESIDENT_CREATED, "resident", rec["case_number"], {"import": report.sha256[:16]})
                if stay:
                    stays.append((resident_id, stay["intake_date"], stay["exit_date"], stay["exit_reason"],
                                  stay["room"], stay.get("place_id")))
                if rec.get("nrm_screening"):
                    screenings.append((resident_id, rec["nrm_screening"]))
        imports_db.insert_stays(conn, stays)
        for resident_id, screening in screenings:
            nrm.import_screening(session, resident_id, screening["screening_date"], screening["result"])
    elif kind in ("contacts", "documents"):
        from shelter_app.db import casefile as casefile_db

        insert = casefile_db.insert_contact if kind == "contacts" else casefile_db.insert_document
        for rec in plan.rows:
            insert(conn, rec["resident_id"], rec, now)
    elif kind == "services":
        staff = session.user.username
        imports_db.insert_services(conn, [
            (s["resident_id"], s["date"], s["service_type"], s["provider"], staff, s["duration_minutes"], s["notes"],
             s["referral_status"], now) for s in plan.services])
    elif kind == "followups":
        aftercare.write_followups(conn, plan.followups, session.user.username, now)
    elif kind == "referrals":
        aftercare.write_referrals(conn, plan.referrals, session.user.username, now)
    else:
        case_ids = {}
        for key, case in plan.legal_cases.items():
            case_ids[key] = imports_db.insert_legal_case(conn, case["resident_id"], case["case_ref"], case["cc_article"],
                                                         case["resident_role"], case["lawyer"],
                                                         case["state_legal_aid"], now)
        events = []
        for rec in plan.legal_events:
            case_id = rec["case_id"] or case_ids[rec["case_key"]]
            events.append((case_id, rec["date"], rec["stage"], rec["sentence_months"], int(bool(rec["non_custodial"])),
                           rec["event_article"], rec["notes"], rec["next_hearing_date"]))
        imports_db.insert_legal_events(conn, events)
        aftercare.write_legal_extras(conn, plan.legal_extras, {**plan.stored_case_ids, **case_ids},
                                     session.user.username, now)
    session.audit(Action.IMPORT, "import", kind, {
        "kind": kind, "sha256": report.sha256, "format": report.format, "rows": report.rows,
        "added": report.new, "unchanged": report.existing})


# --- the service a screen or the command line calls ---------------------------------

def _read(path: Path, kind: str, report: Report) -> Table | None:
    try:
        table = read_table(path)
    except FileProblem as problem:
        report.error(None, None, None, problem.message, **problem.params)
        return None
    report.sha256, report.format = table.sha256, table.format
    report.encoding, report.delimiter = table.encoding, table.delimiter
    report.rows = len(table.rows)
    if not table.header:
        report.error(None, None, None, N_("Import", "The file is empty."))
        return None
    return table


def _plan(session: Session, table: Table, kind: str, report: Report) -> Plan | None:
    positions = _columns(table, kind, report)
    if positions is None:
        return None
    if not table.rows:
        report.error(None, None, None, N_("Import", "The file has a header row but no data rows."))
        return None
    _unnamed_columns(table, report)
    report.preview_columns = [c for c in kinds.PREVIEW_COLUMNS[kind]
                              if not (c == "full_name" and session.privacy_mode)]
    plan = PLANNERS[kind](session, table, positions, report)
    _readings(report, positions)
    # In the order of the file, whatever order the checks found them in.
    report.errors.sort(key=lambda p: p.line or 0)
    report.warnings.sort(key=lambda p: p.line or 0)
    if report.errors:
        report.new, report.existing, report.preview = {}, {}, []
        return None
    return plan


def check(session: Session, path: Path | str, kind: str, progress=None) -> Report:
    """What importing this file would do, without writing anything."""
    return run(session, path, kind, dry_run=True, progress=progress)


def run(session: Session, path: Path | str, kind: str, *, dry_run: bool = False,
        expected_sha256: str | None = None, progress=None) -> Report:
    """Import a file, all or nothing. With `expected_sha256` (what a person
    saw in the preview), a file changed since is refused. progress(step,
    steps) after reading, checking and writing; if it raises, nothing is
    written."""
    steps = 2 if dry_run else 3

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    session.require(Permission.IMPORT)
    if kind not in kinds.KINDS:
        raise ValueError(kind)
    path = Path(path)
    report = Report(kind=kind, file_name=path.name, dry_run=dry_run)
    table = _read(path, kind, report)
    if table is None:
        return report
    step(1)
    if expected_sha256 and table.sha256 != expected_sha256:
        report.error(None, None, None, N_("Import", "The file has changed since it was checked. Check it again "
                                                    "before importing."))
        return report
    if dry_run:
        _plan(session, table, kind, report)
        step(2)
        return report
    try:
        with session.transaction():
            plan = _plan(session, table, kind, report)
            if plan is None:
                return report
            step(2)
            _write(session, kind, plan, report)
            step(3)
    except IntegrityError as exc:
        raise ImportWriteError("The import could not be written, and nothing was: {reason}", reason=str(exc)) from None
    report.written = True
    return report
