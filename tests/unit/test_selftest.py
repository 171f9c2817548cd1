"""`shelter-app --self-test` from the source tree, the log file, and what a
windowed bundle needs: no console streams, and nothing that prints anyway."""

from __future__ import annotations

import ast
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import shelter_app
from shelter_app import logs, selftest

PACKAGE = Path(shelter_app.__file__).parent
SYNTHETIC_NAME = "Сыноо Айгүл"


@pytest.fixture(autouse=True)
def _fresh_log():
    logs.shutdown()
    yield
    logs.shutdown()


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The self-test's temporary folder goes here, so a test sees what is left."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _log_text() -> str:
    home = Path(os.environ["SHELTER_APP_HOME"])
    return "".join(p.read_text(encoding="utf-8") for p in sorted((home / "logs").glob("shelter-app.log*")))


def test_self_test_passes_one_line_per_step_and_leaves_nothing(scratch, capsys):
    home = Path(os.environ["SHELTER_APP_HOME"])
    assert selftest.run() == 0
    out = capsys.readouterr().out.splitlines()
    steps = [line for line in out if line.startswith("[")]
    assert steps == [f"[{n}/7] {title}: ok" for n, title in enumerate(selftest.STEPS, start=1)]
    assert out[0] == f"Shelter case manager {shelter_app.__version__}: self-test"  # the version of pyproject.toml
    assert "Printing the plan to a PDF in memory" in steps[2] and "statistical return" in steps[3]
    assert out[-1].startswith("Self-test passed in ")
    assert list(scratch.iterdir()) == []  # the temporary folder is gone
    assert not (home / "shelter.db").exists()  # the person's own data folder holds no database
    log = _log_text()
    assert "self-test passed" in log and "step 3/7 ok" in log
    assert SYNTHETIC_NAME not in log and "KG-SELFTEST" not in log


def test_self_test_in_russian_and_kyrgyz(scratch, capsys):
    from shelter_app import i18n

    for lang, passed in (("ru", "Самопроверка пройдена"), ("ky", "Өзүн-өзү текшерүү ийгиликтүү өттү")):
        i18n.set_language(lang)
        assert selftest.run() == 0
        out = capsys.readouterr().out
        assert passed in out, out
        assert ": ok" not in out  # every step line is translated
    i18n.set_language("en")


def test_a_broken_installation_fails_at_the_step_and_cleans_up(scratch, capsys, monkeypatch, tmp_path):
    # An install whose resources folder was left out (translations of the screens).
    empty = tmp_path / "no-resources"
    (empty / "translations").mkdir(parents=True)
    monkeypatch.setattr("shelter_app.paths.resources_dir", lambda: empty)
    assert selftest.run() == 1
    out = capsys.readouterr().out.splitlines()
    assert "[6/7] Loading the screens and their translations: FAILED" in out
    assert any("No ru translations of the screens." in line for line in out)
    assert not any(line.startswith("[7/7]") for line in out)
    assert out[-1].startswith("Self-test FAILED. The log is in ")
    assert list(scratch.iterdir()) == []
    assert "step 6/7 failed" in _log_text()


def _run_without_console(code: str, home: Path) -> subprocess.CompletedProcess:
    """As a windowed bundle starts: file descriptors 1 and 2 closed, so
    Python sets sys.stdout and sys.stderr to None."""
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SHELTER_APP_HOME=str(home), SHELTER_APP_KDF_PROFILE="test",
               QT_QPA_PLATFORM="offscreen", SHELTER_APP_LANGUAGE="en")
    if os.name == "posix":
        # File descriptors 1 and 2 closed before Python starts, as a windowed start has them.
        return subprocess.run([sys.executable, "-c", code], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=lambda: (os.close(1), os.close(2)), timeout=120)
    # Windows: pythonw is the interpreter a windowed bundle behaves like (no console, streams None).
    pythonw = Path(sys.executable).with_name("pythonw.exe")
    return subprocess.run([str(pythonw), "-c", code], env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


WINDOWED = (
    "import os, sys\n"
    "assert sys.stdout is None and sys.stderr is None, 'not a windowed start'\n"
    "open(os.path.join(os.environ['SHELTER_APP_HOME'], 'started'), 'w').close()\n"
)


def test_self_test_without_console_streams(tmp_path):
    home = tmp_path / "home"
    result = _run_without_console(
        WINDOWED + "from shelter_app.cli import main\nraise SystemExit(main(['--self-test']))\n", home)
    assert (home / "started").exists()
    assert result.returncode == 0, (home / "logs" / "shelter-app.log").read_text(encoding="utf-8")
    assert "self-test passed" in (home / "logs" / "shelter-app.log").read_text(encoding="utf-8")


def test_bundle_entry_without_console_streams_reports_errors_in_the_log(tmp_path):
    """The bundle's entry point: a command error exits 2 without a console,
    and an unexpected crash is logged by class and place, without its message."""
    home = tmp_path / "home"
    entry = PACKAGE.parent / "installers" / "entry.py"
    result = _run_without_console(
        WINDOWED + f"sys.argv = ['ShelterCaseManager', 'verify', '--db', 'missing.db', '--user', 'dina']\n"
        f"exec(compile(open({str(entry)!r}).read(), 'entry.py', 'exec'), {{'__name__': '__main__'}})\n", home)
    assert (home / "started").exists()
    assert result.returncode == 2
    crash = _run_without_console(
        WINDOWED + "from shelter_app import logs\nlogs.guard_streams(); logs.setup()\n"
        f"raise ValueError({SYNTHETIC_NAME!r})\n", home)
    assert crash.returncode == 1
    log = (home / "logs" / "shelter-app.log").read_text(encoding="utf-8")
    assert "CRITICAL shelter_app.crash: unhandled exception" in log and "builtins.ValueError" in log
    assert SYNTHETIC_NAME not in log


def test_logged_exceptions_keep_no_message(tmp_path):
    path = logs.setup()
    assert path is not None and path.parent == Path(os.environ["SHELTER_APP_HOME"]) / "logs"
    from shelter_app.errors import ShelterError

    try:
        try:
            raise KeyError(SYNTHETIC_NAME)
        except KeyError as exc:
            raise ShelterError("No resident with case number {case_number}.", case_number="2025-0001") from exc
    except ShelterError:
        logging.getLogger("shelter_app.test").exception("opening a record failed")
    logs.shutdown()
    text = path.read_text(encoding="utf-8")
    assert "opening a record failed" in text
    assert "shelter_app.errors.ShelterError [No resident with case number {case_number}.]" in text
    assert "caused by builtins.KeyError" in text and "test_selftest.py:" in text
    assert SYNTHETIC_NAME not in text and "2025-0001" not in text
    assert str(Path.home()) not in text or str(Path.home()) == "/"


def test_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup()
    log = logging.getLogger("shelter_app.test")
    for n in range(200):
        log.info("event %d", n)
    logs.shutdown()
    files = sorted(p.name for p in path.parent.glob("shelter-app.log*"))
    assert files == ["shelter-app.log", "shelter-app.log.1", "shelter-app.log.2", "shelter-app.log.3"]
    assert all(p.stat().st_size <= 2100 for p in path.parent.glob("shelter-app.log*"))


# --- nothing prints unguarded --------------------------------------------------------

# Functions that write to a console stream after checking it is there.
GUARDED = {("cli/common.py", "say"), ("cli/__init__.py", "_stderr"), ("selftest.py", "_say")}


def _unguarded_output(source: str, rel: str) -> list[str]:
    tree = ast.parse(source)
    found = []

    def visit(node, function: str):
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call) and (rel, function) not in GUARDED:
                f = child.func
                dotted = ast.unparse(f)
                if dotted == "print" or dotted.endswith(("stdout.write", "stderr.write", "StreamHandler",
                                                         "basicConfig", "print_exc", "print_exception")):
                    found.append(f"{rel}:{child.lineno} {dotted}")
                if dotted == "faulthandler.enable" and not child.args and not child.keywords:
                    found.append(f"{rel}:{child.lineno} faulthandler.enable() to stderr")
            visit(child, name)

    visit(tree, "")
    return found


def test_nothing_prints_unguarded():
    """A windowed bundle has no stdout/stderr: every print, stream write or
    stream log handler in the app must go through a guarded helper."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        offenders += _unguarded_output(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix())
    assert offenders == []


def test_the_audit_catches_a_bare_print():
    sample = ("import sys, logging\ndef f():\n    print('x')\n    sys.stderr.write('y')\n"
              "    logging.basicConfig()\n    print('z', file=sys.stderr)\n")
    found = _unguarded_output(sample, "residents.py")
    assert [o.split(" ")[1] for o in found] == ["print", "sys.stderr.write", "logging.basicConfig", "print"]
    assert _unguarded_output(sample.replace("def f", "def say"), "cli/common.py") == []


def test_qt_warnings_go_to_the_log():
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    path = logs.setup()
    previous = qInstallMessageHandler(logs.qt_message_handler)
    try:
        qWarning("QWidget::setMinimumSize: negative size")
    finally:
        qInstallMessageHandler(previous)
    logs.shutdown()
    assert "WARNING qt: " in path.read_text(encoding="utf-8")
    assert "setMinimumSize: negative size" in path.read_text(encoding="utf-8")
