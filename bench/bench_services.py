"""Services and legal aid: the Services tab of a resident with 2,000 services
opens in ≤ 150 ms (construction, first query and first paint), plus sorting,
filtering, logging one service and a group session of six, the Legal tab and
the printed summary."""

from __future__ import annotations

import datetime as _dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SHELTER_APP_KDF_PROFILE", "test")

N_SERVICES = int(os.environ.get("BENCH_SERVICES", "2000"))
TARGET_OPEN_MS = 150


def _database(folder: Path):
    from shelter_app import accounts, legal, residents
    from shelter_app.db import services as services_db
    from shelter_app.db.audit import now_utc

    os.environ["SHELTER_APP_HOME"] = str(folder / "home")
    session, _ = accounts.create_database(folder / "bench.db", organisation_code="KG-BENCH", organisation_name="Bench",
                                          director="dina", director_name="Dina", password="bench-pass-1")
    person = residents.create(session, {
        "full_name": "Асанова Айгүл", "sex": "female", "date_of_birth": "1999-03-12", "citizenship": "KG",
        "registration_date": "2019-01-10", "referral_source": "iom", "primary_exploitation": "forced_labour",
        "exploitation_country": "RU", "consent_data_processing": "2019-01-10",
        "consent_anonymized_reporting": True}, intake_date="2019-01-10")
    group = [residents.create(session, {
        "full_name": f"Жумабаева Бермет {i}", "sex": "female", "citizenship": "KG",
        "registration_date": "2024-01-10", "referral_source": "ngo", "primary_exploitation": "forced_labour",
        "exploitation_country": "KZ", "consent_data_processing": "2024-01-10"}, intake_date="2024-01-10")["id"]
        for i in range(5)]
    rng = random.Random(5)
    start = _dt.date(2019, 1, 10)
    span = (_dt.date.today() - start).days
    providers = ["in_house"] * 6 + ["Городская больница №4", "Центр «Сезим»", "IOM Bishkek"]
    types = ["psychological", "medical", "humanitarian", "legal_consultation", "documents", "education"]
    now = now_utc()
    with session.transaction():
        for _ in range(N_SERVICES):
            provider = rng.choice(providers)
            services_db.insert(session.db.conn, {
                "resident_id": person["id"], "date": (start + _dt.timedelta(days=rng.randrange(span))).isoformat(),
                "service_type": rng.choice(types), "provider": provider, "staff": "dina",
                "duration_minutes": rng.choice((30, 45, 60, None)), "notes": "Плановая встреча" * rng.randrange(2),
                "referral_status": None if provider == "in_house" else rng.choice(("referred", "received"))}, now)
    for k in range(5):
        case = legal.create_case(session, person["id"], {"case_ref": f"UD-{k}", "cc_article": "166",
                                                          "resident_role": "victim"})
        for j, stage in enumerate(("complaint_filed", "investigation_opened", "requalified", "sent_to_court")):
            legal.add_event(session, case["id"], {"date": f"2020-0{j + 1}-10", "stage": stage,
                                                   "cc_article": "160" if stage == "requalified" else None})
    return session, person["id"], group


def _ms(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _fmt(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.1f} ms"
    return f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms (n={len(values)})"


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from shelter_app import services
    from shelter_app.printing import summary_pdf
    from shelter_app.ui.legal_tab import LegalTab
    from shelter_app.ui.services_tab import ServicesTab

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        session, resident_id, group = _database(Path(tmp))
        print(f"setup: resident with {N_SERVICES} services, 5 cases: {time.perf_counter() - t0:.1f} s")
        tabs = []

        def open_services():
            tab = ServicesTab(session, resident_id)
            tab.resize(1200, 700)
            tab.show()
            app.processEvents()  # first paint: the visible rows are fetched
            tabs.append(tab)

        open_services()  # warm-up: imports, fonts, statement cache
        cpu0 = time.process_time()
        times = _ms(open_services, 15)
        cpu = (time.process_time() - cpu0) * 1000 / len(times)
        verdict = "OK" if statistics.median(times) <= TARGET_OPEN_MS else "OVER TARGET"
        print(f"Services tab opens (2,000 services, incl. first paint): {_fmt(times)}; target ≤ {TARGET_OPEN_MS} ms"
              f" [{verdict}]")
        # On a shared machine the wall time includes waiting for a core; the CPU time does not.
        print(f"  CPU time per opening: {cpu:.1f} ms; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores")
        tab = tabs[-1]
        for t in tabs[:-1]:
            t.close()
            t.deleteLater()
        app.processEvents()
        print(f"rows shown: {tab.model.rowCount()}")

        def sort_by_provider():
            tab.table.sortByColumn(2, Qt.AscendingOrder)
            app.processEvents()

        print(f"sort by provider: {_fmt(_ms(sort_by_provider, 10))}")

        def filter_pending():
            tab.provider_filter.setCurrentIndex(3)
            app.processEvents()
            tab.provider_filter.setCurrentIndex(0)
            app.processEvents()

        print(f"filter (awaiting follow-up, then all): {_fmt(_ms(filter_pending, 10))}")

        def search_notes():
            tab.text_filter.setText("встреча")
            app.processEvents()
            tab.text_filter.clear()
            app.processEvents()

        print(f"search notes (type, then clear): {_fmt(_ms(search_notes, 10))}")

        def log_one():
            tab.fields.type_combo.setCurrentIndex(1)
            tab.fields.notes_edit.setText("bench")
            tab.log_service()
            app.processEvents()

        print(f"log one service from the tab (save + list refresh): {_fmt(_ms(log_one, 10))}")
        print(f"group session of 6 residents: "
              f"{_fmt(_ms(lambda: services.log_group(session, [resident_id] + group, {'service_type': 'education'}), 5))}")

        def open_legal():
            legal_tab = LegalTab(session, resident_id)
            legal_tab.show()
            app.processEvents()
            legal_tab.close()

        open_legal()
        print(f"Legal tab opens (5 cases, 20 events, ~330 legal services): {_fmt(_ms(open_legal, 10))}")
        print(f"summary PDF ({N_SERVICES} services, 5 cases): "
              f"{_fmt(_ms(lambda: summary_pdf.pdf(session, resident_id, lang='ru'), 2))}")
        tab.close()
        session.close()


if __name__ == "__main__":
    main()
