"""Storage: unlock (Argon2id at the real cost + open), insert and look-up of
residents at 100k, and the same workload on an unencrypted copy for the
encryption overhead. Targets: unlock ≤ 0.8 s; encrypted/plain ≤ 1.3.

Then, on the 100k database: a key rotation (export under the new key, audit
entry, integrity and cipher checks, fsync, journal swap) against a plain
`VACUUM INTO` of the same database in the same run (target ≤ 1.5×), and
unlock → first register rows with the role certificate's signatures checked
(target ≤ 1.0 s)."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3

from shelter_app import accounts, demo, residents
from shelter_app.db import migrate
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.db.connection import Database
from shelter_app.db.keys import KdfParams
from shelter_app.db.lockfile import ProcessLock

N = int(os.environ.get("BENCH_RESIDENTS", "100000"))
PASSWORD = "bench-password-1"


def _plain_database(path: Path) -> Database:
    """The same schema and settings without a key: SQLCipher with no key writes plain SQLite."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlcipher3.Row
    Database._configure(conn)
    db = Database(path, conn, ProcessLock(path.with_name(path.name + ".lock")))
    migrate.upgrade(db)
    return db


def _workload(db: Database, records: list[dict]) -> dict[str, float]:
    conn = db.conn
    figures = {}
    now = now_utc()
    start = time.perf_counter()
    with db.transaction():
        for i, rec in enumerate(records):
            rec = dict(rec, case_number=f"{rec['registration_date'][:4]}-{i + 1:06d}")
            residents_db.insert(conn, rec, now)
    figures["insert"] = time.perf_counter() - start
    # Single saves, each its own transaction with a full sync (how staff save).
    start = time.perf_counter()
    for i in range(200):
        with db.transaction():
            residents_db.insert(conn, dict(records[i], case_number=f"S-{i}"), now)
    figures["single_save_ms"] = (time.perf_counter() - start) / 200 * 1000
    rng = random.Random(3)
    numbers = [f"{records[i]['registration_date'][:4]}-{i + 1:06d}" for i in rng.sample(range(len(records)), 2000)]
    start = time.perf_counter()
    for number in numbers:
        assert residents_db.get_by_case_number(conn, number) is not None
    figures["lookup_ms"] = (time.perf_counter() - start) / len(numbers) * 1000
    prefixes = ["айг", "нур", "asan", "бер", "kum", "осм", "ива", "rah"]
    times = []
    for _ in range(5):
        for prefix in prefixes:
            start = time.perf_counter()
            residents_db.search_ids(conn, prefix, sort="full_name", descending=False)
            times.append(time.perf_counter() - start)
    figures["search_ms"] = statistics.median(times) * 1000
    return figures


def _rotation_against_vacuum(path: Path) -> None:
    """Alternating, three times each, keeping the best run: a rotation and a
    plain VACUUM INTO of the same database."""
    vacuum, rotate = [], []
    for _ in range(3):
        session = accounts.open_session(path, "dina", PASSWORD)
        try:
            copy = path.with_name("vacuum-copy.db")
            start = time.perf_counter()
            session.db.conn.execute("VACUUM INTO ?", (str(copy),))
            vacuum.append(time.perf_counter() - start)
            copy.unlink()
            start = time.perf_counter()
            accounts.rotate_key(session)
            rotate.append(time.perf_counter() - start)
        finally:
            session.close()
    size = path.stat().st_size / 1e6
    print(f"database of {size:.1f} MB: plain VACUUM INTO {min(vacuum):.2f} s, key rotation {min(rotate):.2f} s, "
          f"ratio {min(rotate) / min(vacuum):.2f}   (target ≤ 1.5)")


def _unlock_to_first_rows(path: Path) -> None:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        session = accounts.open_session(path, "dina", PASSWORD)  # Argon2id, certificate signatures checked
        ids = residents.search(session, "", sort="registration_date", descending=True)
        rows = residents.register_rows(session, ids[:60])
        times.append(time.perf_counter() - start)
        assert rows and session.user.role == "director"
        session.close()
    print(f"unlock → first 60 register rows (with signature checks): median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s   (target ≤ 1.0 s)")


def main() -> None:
    os.environ.pop("SHELTER_APP_KDF_PROFILE", None)
    params = KdfParams.default()
    print(f"Argon2id: time_cost={params.time_cost}, memory={params.memory_cost // 1024} MiB, "
          f"parallelism={params.parallelism}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        session, _ = accounts.create_database(tmp / "enc.db", organisation_code="KG-BENCH", organisation_name="Bench",
                                              director="dina", director_name="Dina", password=PASSWORD)
        session.close()
        unlocks = []
        for _ in range(5):
            start = time.perf_counter()
            s = accounts.open_session(tmp / "enc.db", "dina", PASSWORD)
            unlocks.append(time.perf_counter() - start)
            s.close()
        print(f"unlock (key derivation + open): median {statistics.median(unlocks):.3f} s, "
              f"max {max(unlocks):.3f} s   (target ≤ 0.8 s)")

        rng = random.Random(11)
        today = __import__("datetime").date.today()
        records = [demo.make_resident(rng, today) for _ in range(N)]
        # Twice each, alternating, keeping the better run of each: the machine
        # is shared, and a burst of load should not decide the ratio.
        runs: dict[str, list[dict]] = {"encrypted": [], "plain": []}
        for attempt in range(2):
            for kind in ("encrypted", "plain"):
                for leftover in tmp.glob("*.db*"):
                    if kind == "encrypted" and leftover.name.startswith("enc.db") and attempt == 0:
                        continue
                    if leftover.name.startswith("enc.db" if kind == "encrypted" else "plain.db"):
                        leftover.unlink()
                if kind == "encrypted":
                    if attempt:
                        s, _ = accounts.create_database(tmp / "enc.db", organisation_code="KG-BENCH",
                                                        organisation_name="Bench", director="dina",
                                                        director_name="Dina", password=PASSWORD)
                        s.close()
                    db = accounts.open_session(tmp / "enc.db", "dina", PASSWORD)
                    runs[kind].append(_workload(db.db, records))
                    db.close()
                else:
                    plain_db = _plain_database(tmp / "plain.db")
                    runs[kind].append(_workload(plain_db, records))
                    plain_db.close()
                    assert b"SQLite format 3" == (tmp / "plain.db").read_bytes()[:15]
        encrypted = {k: min(r[k] for r in runs["encrypted"]) for k in runs["encrypted"][0]}
        plain = {k: min(r[k] for r in runs["plain"]) for k in runs["plain"][0]}
        print(f"{N:,} residents".replace(",", " "))
        print(f"{'':24}{'encrypted':>12}{'plain':>12}{'ratio':>8}")
        for key, label in (("insert", "bulk insert (s)"), ("single_save_ms", "single save (ms)"),
                           ("lookup_ms", "look-up by case no. (ms)"), ("search_ms", "name search, sorted (ms)")):
            ratio = encrypted[key] / plain[key] if plain[key] else float("nan")
            print(f"{label:24}{encrypted[key]:12.3f}{plain[key]:12.3f}{ratio:8.2f}")
        total_enc = encrypted["insert"] + encrypted["lookup_ms"] + encrypted["search_ms"] / 1000
        total_plain = plain["insert"] + plain["lookup_ms"] + plain["search_ms"] / 1000
        print(f"whole workload encrypted/plain: {total_enc / total_plain:.2f}   (target ≤ 1.3)")
        size = (tmp / "enc.db").stat().st_size / 1e6
        print(f"database size at {N} residents: {size:.1f} MB")
        _rotation_against_vacuum(tmp / "enc.db")
        _unlock_to_first_rows(tmp / "enc.db")


if __name__ == "__main__":
    main()
