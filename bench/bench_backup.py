"""Backups, the audit log viewer, retention and a resident's own record on a
large register: 20k residents, 200k services, 100k audit entries by default
(BENCH_BACKUP_RESIDENTS, BENCH_BACKUP_SERVICES, BENCH_BACKUP_AUDIT to change).
The database is made once and kept under the temp folder."""

from __future__ import annotations

import datetime as _dt
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SHELTER_APP_KDF_PROFILE", "test")

N_RESIDENTS = int(os.environ.get("BENCH_BACKUP_RESIDENTS", "20000"))
N_SERVICES = int(os.environ.get("BENCH_BACKUP_SERVICES", "200000"))
N_AUDIT = int(os.environ.get("BENCH_BACKUP_AUDIT", "100000"))
PASSWORD = "bench-pass-1"
FIRST_DAY = _dt.date(2012, 1, 1)
DAYS = 14 * 365


def _folder() -> Path:
    return Path(tempfile.gettempdir()) / f"shelter_bench_backup_{N_RESIDENTS}_{N_SERVICES}_{N_AUDIT}"


def _make(folder: Path) -> None:
    from shelter_app import accounts, codes
    from shelter_app.db import audit as audit_db
    from shelter_app.db.audit import now_utc

    folder.mkdir(parents=True, exist_ok=True)
    session, _ = accounts.create_database(folder / "bench.db", organisation_code="KG-BENCH",
                                          organisation_name="Bench shelter", director="dina", director_name="Dina",
                                          password=PASSWORD)
    rng = random.Random(8)
    now = now_utc()
    conn = session.db.conn
    day = lambda n: (FIRST_DAY + _dt.timedelta(days=min(n, DAYS - 1))).isoformat()  # noqa: E731
    regs = []
    with session.transaction():
        rows = []
        for i in range(1, N_RESIDENTS + 1):
            reg = rng.randrange(DAYS - 30)
            regs.append(reg)
            dob = (FIRST_DAY + _dt.timedelta(days=reg - rng.randrange(9, 60) * 365)).isoformat()
            rows.append((f"B-{i:06d}", f"Синтетик Адам {i}", rng.choice(("female", "male")), dob,
                         rng.choice(("KG", "KG", "UZ", "stateless")), day(reg), "ngo",
                         rng.choice(codes.EXPLOITATION.codes), rng.choice(("RU", "KZ", "KG")), day(reg),
                         int(rng.random() < 0.9), "Synthetic safety note " * 3, now, now))
        conn.executemany(
            "INSERT INTO residents (case_number, full_name, sex, date_of_birth, citizenship, registration_date,"
            " referral_source, primary_exploitation, exploitation_country, consent_data_processing,"
            " consent_anonymized_reporting, safety_notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO stays (resident_id, intake_date, exit_date, exit_reason, room) VALUES (?, ?, ?, ?, ?)",
            [(i + 1, day(r + 1), day(r + 20) if r + 20 < DAYS - 10 else None,
              "family_reintegration" if r + 20 < DAYS - 10 else None, "Room 1") for i, r in enumerate(regs)])
        services = []
        for _ in range(N_SERVICES):
            rid = rng.randrange(N_RESIDENTS)
            services.append((rid + 1, day(regs[rid] + rng.randrange(15)), rng.choice(codes.SERVICE_TYPE.codes),
                             "in_house", "sam", 60, "Synthetic note about the session", now))
        conn.executemany(
            "INSERT INTO services (resident_id, date, service_type, provider, staff, duration_minutes, notes,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", services)
        for n in range(N_AUDIT):
            audit_db.append(conn, rng.choice(("dina", "sam", "lena")), "resident_viewed", "resident",
                            f"B-{rng.randrange(1, N_RESIDENTS + 1):06d}")
    session.close()


def _timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"  {label}: {elapsed * 1000:.0f} ms")
    return result, elapsed


def main() -> None:
    from shelter_app import accounts, audit, backup, retention, subject_access

    folder = _folder()
    if not (folder / "bench.db").exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        _make(folder)
        print(f"made the bench database in {time.perf_counter() - start:.1f} s: {folder}")
    work = Path(tempfile.mkdtemp(prefix="shelter_bench_backup_"))
    try:
        db = work / "bench.db"
        for name in ("bench.db", "bench.db.keys"):
            shutil.copy(folder / name, work / name)
        size = db.stat().st_size
        print(f"backup: {N_RESIDENTS} residents, {N_SERVICES} services, {N_AUDIT} audit entries, "
              f"database {size / 1e6:.1f} MB")
        session = accounts.open_session(db, "dina", PASSWORD)
        try:
            result, elapsed = _timed("back up (snapshot, write, read back, verify)", backup.create, session,
                                     work / "usb.shelterbackup")
            print(f"  backup file {result.size / 1e6:.1f} MB, {result.size / 1e6 / elapsed:.0f} MB/s end to end")

            print("audit log viewer:")
            _timed("count + first page, whole log", lambda: (audit.count(session), audit.entries(session)))
            f = audit.Filters(username="sam", action="resident_viewed")
            _timed("count + first page, one person and action", lambda: (audit.count(session, f),
                                                                        audit.entries(session, f)))
            f = audit.Filters(record_id="B-000123")
            _timed("count + first page, one record", lambda: (audit.count(session, f), audit.entries(session, f)))
            f = audit.Filters(date_from=_dt.date.today().isoformat(), date_to=_dt.date.today().isoformat())
            _timed("count + first page, one day", lambda: (audit.count(session, f), audit.entries(session, f)))
            _timed("a page deep in the log (offset 50000)",
                   lambda: audit.entries(session, audit.Filters(), offset=50000))
            check, _ = _timed(f"verify the chain ({N_AUDIT} entries)", audit.verify, session)
            assert check.ok
            for n in (100, 1000):
                audit.MAX_PRINTED = n
                pdf, _ = _timed(f"print {n} entries to PDF", audit.print_pdf, session,
                                audit.Filters(username="lena", action="resident_viewed"))
                print(f"  ({len(pdf) / 1e3:.0f} kB)")

            print("retention:")
            due, _ = _timed("list records past 5 years", retention.due, session)
            print(f"  {len(due)} listed")
            _timed("anonymize 500 of them (one transaction)", retention.anonymize, session,
                   [c.id for c in due[:500]])

            print("a resident's own record:")
            rid = session.db.query_one("SELECT resident_id FROM services GROUP BY resident_id"
                                       " ORDER BY count(*) DESC LIMIT 1")[0]
            _timed("collect + PDF of the busiest resident", subject_access.print_pdf, session, rid, "ru")
        finally:
            session.close()

        print("restore:")
        target = work / "restored" / "bench.db"
        prepared, _ = _timed("open, authenticate, unpack, integrity-check",
                             backup.prepare_restore, result.path, target, username="dina", password=PASSWORD)
        _timed("put in place (new PC)", prepared.commit)
        prepared, _ = _timed("open, authenticate, unpack, integrity-check",
                             backup.prepare_restore, result.path, db, username="dina", password=PASSWORD)
        _timed("put in place over the live database (safety copy)", prepared.commit)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
