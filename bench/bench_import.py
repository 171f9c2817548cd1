"""Importing a register: 10,000 residents and then 100,000 services, each
from a CSV file as Excel saves it (Windows-1251, semicolons), into an
encrypted database; then the same again into a database that already holds
them (nothing new), and a dry run. Target: residents + services ≤ 20 s."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SHELTER_APP_KDF_PROFILE", "test")

N_RESIDENTS = int(os.environ.get("BENCH_IMPORT_RESIDENTS", "10000"))
N_SERVICES = int(os.environ.get("BENCH_IMPORT_SERVICES", "100000"))
TARGET_S = 20.0

RESIDENT_COLUMNS = ["external_id", "full_name", "sex", "date_of_birth", "citizenship", "registration_date",
                    "referral_source", "primary_exploitation", "other_exploitation", "exploitation_country",
                    "recruitment_channel", "nrm_status", "nrm_identified_date", "residence_permit_date",
                    "asylum_date", "consent_anonymized_reporting", "intake_date", "exit_date", "exit_reason"]


def _dmy(iso: str | None) -> str:
    return _dt.date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""


def make_files(folder: Path, residents: int, services: int, seed: int = 7) -> tuple[Path, Path]:
    """Synthetic registers (demo.make_resident's people; no real person)."""
    from shelter_app import codes, demo

    rng = random.Random(seed)
    today = _dt.date.today()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(RESIDENT_COLUMNS)
    people = []
    for i in range(residents):
        rec = demo.make_resident(rng, today)
        reg = _dt.date.fromisoformat(rec["registration_date"])
        intake = exit_ = reason = ""
        if rng.random() < 0.75:
            intake_d = min(today, reg + _dt.timedelta(days=rng.randrange(0, 8)))
            intake = intake_d.isoformat()
            exit_d = intake_d + _dt.timedelta(days=int(rng.expovariate(1 / 70)) + 3)
            if exit_d < today:
                exit_, reason = exit_d.isoformat(), rng.choice(codes.EXIT_REASON.codes)
        external_id = f"OSH-{i + 1:06d}"
        people.append((external_id, reg))
        writer.writerow([external_id, rec["full_name"], rec["sex"], _dmy(rec["date_of_birth"]), rec["citizenship"],
                         _dmy(rec["registration_date"]), rec["referral_source"], rec["primary_exploitation"],
                         ";".join(rec["other_exploitation"]), rec["exploitation_country"],
                         rec["recruitment_channel"], rec["nrm_status"], rec["nrm_identified_date"] or "",
                         rec["residence_permit_date"] or "", rec["asylum_date"] or "",
                         "да" if rec["consent_anonymized_reporting"] else "нет", intake, exit_, reason])
    residents_path = folder / "residents.csv"
    # Kyrgyz letters (ң, ө, ү) are not in Windows-1251: this register is saved as UTF-8 with a BOM, as Excel does.
    residents_path.write_bytes(out.getvalue().encode("utf-8-sig"))

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["external_id", "date", "service_type", "provider", "duration_minutes", "notes"])
    providers = ["in_house"] * 6 + ["Городская больница №4", "Центр «Сезим»", "МОМ Бишкек"]
    for _ in range(services):
        external_id, reg = rng.choice(people)
        day = reg + _dt.timedelta(days=rng.randrange(0, max(1, (today - reg).days + 1)))
        writer.writerow([external_id, _dmy(day.isoformat()), rng.choice(codes.SERVICE_TYPE.codes),
                         rng.choice(providers), rng.choice(["", "30", "45", "60", "90"]),
                         rng.choice(["", "", "Консультация", "Сопровождение в больницу"])])
    services_path = folder / "services.csv"
    services_path.write_bytes(out.getvalue().encode("cp1251"))
    return residents_path, services_path


def _timed(label: str, fn):
    """Wall-clock seconds (the target), and this process's CPU seconds beside
    them: on a shared machine the difference is time spent waiting for a core."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<56} {elapsed:7.2f} s  (CPU {cpu:6.2f} s)", flush=True)
    return result, elapsed


def main() -> None:
    from shelter_app import accounts, imports

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SHELTER_APP_HOME"] = str(folder / "home")
        (residents_csv, services_csv), _ = _timed(f"generate {N_RESIDENTS} residents + {N_SERVICES} services CSV",
                                                  lambda: make_files(folder, N_RESIDENTS, N_SERVICES))
        print(f"  file sizes: residents {residents_csv.stat().st_size / 1e6:.1f} MB, "
              f"services {services_csv.stat().st_size / 1e6:.1f} MB")
        session, _ = accounts.create_database(folder / "bench.db", organisation_code="KG-BENCH",
                                              organisation_name="Bench", director="dina", director_name="Dina",
                                              password="bench-pass-1")
        try:
            dry, _ = _timed(f"dry run: {N_RESIDENTS} residents (empty database)",
                            lambda: imports.check(session, residents_csv, "residents"))
            assert dry.ok, dry.errors[:3]
            r, t_res = _timed(f"import {N_RESIDENTS} residents",
                              lambda: imports.run(session, residents_csv, "residents"))
            assert r.ok and r.written, r.errors[:3]
            s, t_srv = _timed(f"import {N_SERVICES} services",
                              lambda: imports.run(session, services_csv, "services"))
            assert s.ok and s.written, s.errors[:3]
            total = t_res + t_srv
            verdict = "OK" if total <= TARGET_S else "TOO SLOW"
            print(f"{'residents + services':<56} {total:7.2f} s   target ≤ {TARGET_S:.0f} s: {verdict}")
            print(f"  written: {r.new}, {s.new}; possible-duplicate warnings: "
                  f"{sum(1 for w in r.warnings if w.column == 'full_name')}")
            again, _ = _timed("the same residents again (nothing new)",
                              lambda: imports.run(session, residents_csv, "residents"))
            assert again.ok and not any(again.new.values())
            again_s, _ = _timed("the same services again (nothing new)",
                                lambda: imports.run(session, services_csv, "services"))
            assert again_s.ok and not any(again_s.new.values())
            # New people against a register of 10k: the duplicate check must not grow with rows x register.
            more_csv, _ = make_files(folder, N_RESIDENTS, 0, seed=8)
            more = more_csv.read_text(encoding="utf-8-sig").replace("OSH-", "BSK-")
            more_csv.write_text(more, encoding="utf-8-sig")
            d2, _ = _timed(f"dry run: {N_RESIDENTS} new residents against {N_RESIDENTS} stored",
                           lambda: imports.check(session, more_csv, "residents"))
            print(f"  possible-duplicate warnings: {sum(1 for w in d2.warnings if w.column == 'full_name')}")
        finally:
            session.close()


if __name__ == "__main__":
    main()
