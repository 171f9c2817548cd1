"""`shelter-app --self-test`: the check a person (or a script) runs after
installing. It goes through what a shelter does on its first day, on a
throwaway database in a temporary folder: create the encrypted database, add
a synthetic resident with an approved plan, print the plan to a PDF in
memory, write a statistical return, open the database again with the
password, load the screens' toolkit, and remove the folder. One line per
step; exit 0 when every step passed, 1 otherwise.

The person's own database, preferences and backups are never touched. The
resident is synthetic. What goes to the log is the steps' names and results,
no data."""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import secrets
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from typing import TYPE_CHECKING

from shelter_app.errors import ShelterError
from shelter_app.i18n import N_, translate

if TYPE_CHECKING:
    from shelter_app.session import Session

log = logging.getLogger("shelter_app.selftest")

CONTEXT = "SelfTest"
STEPS = (
    N_("SelfTest", "Creating an encrypted database in a temporary folder"),
    N_("SelfTest", "Adding a synthetic resident with an approved plan"),
    N_("SelfTest", "Printing the plan to a PDF in memory"),
    N_("SelfTest", "Writing a statistical return"),
    N_("SelfTest", "Opening the database again with the password"),
    N_("SelfTest", "Loading the screens and their translations"),
    N_("SelfTest", "Removing the temporary folder"),
)

ORGANISATION_CODE = "KG-SELFTEST"
DIRECTOR = "selftest"


class SelfTestError(ShelterError):
    """A step ran but its result is wrong."""


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def _say(text: str) -> None:
    stream = sys.stdout or sys.__stdout__
    if stream is None:
        return
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError, UnicodeError):
        pass


class _Run:
    """What one run carries from step to step."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db_path = folder / "selftest.db"
        self.password = secrets.token_urlsafe(18)
        self.session: Session | None = None
        self.resident_id: int | None = None
        self.plan_id: int | None = None
        self.today = _dt.date.today()

    def close(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
            finally:
                self.session = None


# --- the steps ---------------------------------------------------------------------

def _create_database(run: _Run) -> None:
    from shelter_app import accounts

    run.session, _recovery = accounts.create_database(
        run.db_path, organisation_code=ORGANISATION_CODE, organisation_name="Self-test shelter",
        region="Osh", director=DIRECTOR, director_name="Self-test director", password=run.password)
    if not run.db_path.is_file():
        raise SelfTestError("The database file was not created.")
    if run.db_path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SelfTestError("The database file is not encrypted.")


def _add_resident_with_plan(run: _Run) -> None:
    from shelter_app import plans, residents

    registered = (run.today - _dt.timedelta(days=3)).isoformat()
    resident = residents.create(run.session, {
        "full_name": "Сыноо Айгүл Өмүрбекова",  # synthetic; Kyrgyz letters test the fonts
        "sex": "female",
        "date_of_birth": "2000-01-01",
        "citizenship": "KG",
        "registration_date": registered,
        "referral_source": "iom",
        "primary_exploitation": "forced_labour",
        "exploitation_country": "RU",
        "consent_data_processing": registered,
        "consent_anonymized_reporting": True,
    }, intake_date=registered, room="1")
    run.resident_id = resident["id"]
    plan_id = plans.new_draft(run.session, run.resident_id)
    plans.save_draft(run.session, plan_id, {
        "resident_wishes": "Үйгө кайтуу, кесип үйрөнүү.",
        "needs": [{"domain": "health", "need_level": "high", "assessment": "Медициналык текшерүү керек."}],
        "goals": [{"domain": "health", "goal": "Медициналык текшерүүдөн өтүү", "actions": "Клиникага жазылуу",
                   "responsible": "Self-test", "target_date": (run.today + _dt.timedelta(days=14)).isoformat(),
                   "status": "open"}],
    })
    approved = plans.approve(run.session, plan_id, registered, True)
    if approved["status"] != "active":
        raise SelfTestError("The plan was not approved.")
    run.plan_id = plan_id


def _print_plan(run: _Run) -> None:
    from shelter_app import i18n, plans
    from shelter_app.printing import elsewhere

    # As the screens print: rendered in a child process (in the bundle, the app's
    # executable started again by multiprocessing.freeze_support in installers/entry.py).
    document = plans.document(run.session, [run.plan_id], i18n.current_language())
    pdf = elsewhere.render(document)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise SelfTestError("The plan did not print as a PDF.")
    if b"PTSans" not in pdf:
        raise SelfTestError("The PDF fonts are missing.")


def _write_return(run: _Run) -> None:
    from shelter_app import returns
    from shelter_app.returns import periods

    period = periods.between(run.today - _dt.timedelta(days=30), run.today)
    ret = returns.build(run.session, period)
    target = run.folder / "return.json"
    returns.export(run.session, ret, "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not data:
        raise SelfTestError("The JSON return is empty.")
    adx = run.folder / "return.adx.xml"
    returns.export(run.session, ret, "adx", adx)
    ET.parse(adx)  # well-formed XML, or ParseError


def _reopen(run: _Run) -> None:
    from shelter_app import accounts, residents, verification

    run.close()
    run.session = accounts.open_session(run.db_path, DIRECTOR, run.password)
    if residents.count(run.session) != 1:
        raise SelfTestError("The resident is not in the reopened database.")
    report = verification.verify(run.session)
    if not report.ok:
        raise SelfTestError("The database check failed: {problems}", problems="; ".join(report.lines()))
    run.close()


def _load_screens(run: _Run) -> None:
    # Imported here, not at the top: the rest of the app must run without Qt.
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtPrintSupport  # noqa: F401  (printing the plans)
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication, QPushButton

    from shelter_app import paths

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "shelter-app"])
    button = QPushButton("OK")
    button.resize(button.sizeHint())
    button.deleteLater()
    folder = paths.resources_dir() / "translations"
    for lang in ("ru", "ky"):
        found = sorted(folder.glob(f"*_{lang}.qm"))
        if not found:
            raise SelfTestError("No {language} translations of the screens.", language=lang)
        for path in found:
            if not QTranslator(app).load(str(path)):
                raise SelfTestError("A translation of the screens does not load: {file}.", file=path.name)
    qt_ru = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"
    if not QTranslator(app).load(str(qt_ru)):
        raise SelfTestError("Qt's Russian translation is missing.")


def _remove_folder(run: _Run) -> None:
    run.close()
    shutil.rmtree(run.folder)
    if run.folder.exists():
        raise SelfTestError("The temporary folder is still there.")


STEP_FUNCTIONS = (_create_database, _add_resident_with_plan, _print_plan, _write_return, _reopen,
                  _load_screens, _remove_folder)


# --- running -----------------------------------------------------------------------

def _describe(exc: BaseException) -> str:
    if isinstance(exc, ShelterError):
        return exc.localized()
    return f"{type(exc).__name__}: {exc}"


def run() -> int:
    """Every step in order; stops at the first failure. 0 = passed, 1 = failed."""
    from shelter_app import __version__, logs

    logs.setup()
    logs.app_started("self-test")
    started = time.monotonic()
    total = len(STEPS)
    folder = Path(tempfile.mkdtemp(prefix="shelter-selftest-"))
    state = _Run(folder)
    _say(translate("SelfTest", "Shelter case manager {version}: self-test").format(version=__version__))
    failed = False
    try:
        for number, (title, step) in enumerate(zip(STEPS, STEP_FUNCTIONS), start=1):
            t0 = time.monotonic()
            try:
                step(state)
            except Exception as exc:  # every failure is reported as a step that failed, never a traceback
                log.error("self-test step %d/%d failed: %s", number, total, title, exc_info=True)
                _say(translate("SelfTest", "[{n}/{total}] {step}: FAILED").format(n=number, total=total, step=_t(title)))
                _say("    " + _describe(exc))
                failed = True
                break
            log.info("self-test step %d/%d ok in %.2f s: %s", number, total, time.monotonic() - t0, title)
            _say(translate("SelfTest", "[{n}/{total}] {step}: ok").format(n=number, total=total, step=_t(title)))
    finally:
        state.close()
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
    seconds = time.monotonic() - started
    if failed:
        log.error("self-test FAILED after %.1f s", seconds)
        _say(translate("SelfTest", "Self-test FAILED. The log is in {folder}.").format(folder=_log_folder()))
        return 1
    log.info("self-test passed in %.1f s", seconds)
    _say(translate("SelfTest", "Self-test passed in {seconds} s.").format(seconds=f"{seconds:.1f}"))
    return 0


def _log_folder() -> str:
    from shelter_app import paths

    try:
        return str(paths.log_dir())
    except OSError:
        return "?"
