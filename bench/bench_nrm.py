"""Identification under the NRM at 100,000 residents, on this machine (offscreen Qt):
  open a resident's Identification (NRM) tab     target <= 100 ms (median)
  the filled-in screening questionnaire as PDF   target <= 150 ms (CPU median)
The database holds N synthetic residents with the demo's screenings, referrals,
decisions, risk assessments and children (demo.py + demo_nrm.py); it is
generated once and cached under /tmp (BENCH_NRM_DIR). BENCH_RESIDENTS sets N
(e.g. 10000 for a quick run)."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SHELTER_APP_KDF_PROFILE", "test")  # unlocking is not what is measured here

N = int(os.environ.get("BENCH_RESIDENTS", "100000"))
CACHE = Path(os.environ.get("BENCH_NRM_DIR", "/tmp/shelter-bench-nrm"))
USER, PASSWORD = "bench", "bench-password-1"


def _database() -> Path:
    folder = CACHE / f"n{N}"
    path = folder / "shelter.db"
    if path.exists() and (folder / "complete").exists():
        return path
    import shutil

    from shelter_app import accounts, demo

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"generating {N} residents once into {folder} …", flush=True)
    session, _ = accounts.create_database(path, organisation_code="BENCH-1", organisation_name="Bench shelter",
                                          director=USER, director_name="Bench Director", password=PASSWORD)
    done = 0
    while done < N:
        step = min(10000, N - done)
        demo.generate(session, step, seed=2000 + done)
        done += step
    session.close()
    (folder / "complete").write_text(str(N))
    return path


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SHELTER_APP_HOME", str(Path(tmp) / "home"))
        path = _database()
        from shelter_app import accounts, nrm

        session = accounts.open_session(path, USER, PASSWORD)
        try:
            conn = session.db.conn
            residents = conn.execute("SELECT count(*) FROM residents").fetchone()[0]
            screenings = conn.execute("SELECT count(*) FROM nrm_screenings").fetchone()[0]
            referrals = conn.execute("SELECT count(*) FROM nrm_referrals").fetchone()[0]
            print(f"{residents} residents, {screenings} screenings, {referrals} referrals")
            rng = random.Random(7)
            ids = [r[0] for r in conn.execute("SELECT DISTINCT resident_id FROM nrm_referrals")]
            chosen = rng.sample(ids, min(30, len(ids)))

            from shelter_app.ui import app as A
            from shelter_app.ui.nrm_tab import NrmTab

            qa = A.application()
            A.install_language("ru")
            NrmTab(session, chosen[0]).deleteLater()  # the module and the first widgets, not measured
            qa.processEvents()
            times = []
            for rid in chosen:
                start = time.perf_counter()
                tab = NrmTab(session, rid)
                tab.resize(1340, 560)
                tab.show()
                qa.processEvents()
                times.append(time.perf_counter() - start)
                tab.close()
                tab.deleteLater()
                qa.processEvents()
            verdict = "OK" if statistics.median(times) <= 0.100 else "OVER"
            print(f"open the NRM tab ({len(times)} residents): {_ms(times)} — target ≤ 100 ms: {verdict}")

            nrm.render(session, chosen[0], "questionnaire", "ky")  # reportlab and the fonts, not measured
            wall, cpu = [], []
            for rid in chosen[:15]:
                start, start_cpu = time.perf_counter(), time.process_time()
                data = nrm.render(session, rid, "questionnaire", "ky")
                wall.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            verdict = "OK" if statistics.median(cpu) <= 0.150 else "OVER"
            print(f"questionnaire PDF ({len(data) // 1024} KiB): wall {_ms(wall)}, CPU median "
                  f"{statistics.median(cpu) * 1000:.1f} ms — target ≤ 150 ms: {verdict}")
            letter = []
            for rid in chosen[:15]:
                start_cpu = time.process_time()
                nrm.render(session, rid, "letter", "ru")
                letter.append(time.process_time() - start_cpu)
            print(f"referral letter PDF: CPU median {statistics.median(letter) * 1000:.1f} ms")
        finally:
            session.close()


if __name__ == "__main__":
    main()
