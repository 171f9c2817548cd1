"""The Linux one-folder bundle, built with installers/build_linux.sh exactly as
a person would build it, and checked as a person installing it would: the
self-test passes inside it, also when started without a console (as the
windowed Windows program starts), and it holds what it should and no more."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = "ShelterCaseManager"
MAX_UNPACKED_MB = 215  # installers/README.md, "Size": HiGHS with numpy, and PDFium, since 0.2.0
STEP_TITLES = (
    "Creating an encrypted database in a temporary folder",
    "Adding a synthetic resident with an approved plan",
    "Printing the plan to a PDF in memory",
    "Writing a statistical return",
    "Opening the database again with the password",
    "Loading the screens and their translations",
    "Removing the temporary folder",
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),  # the PyInstaller build itself takes minutes on a loaded machine
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(["bash", str(ROOT / "installers" / "build_linux.sh"), str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / APP, result.stdout


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def test_the_script_builds_the_bundle_and_its_self_test_passes(bundle):
    folder, output = bundle
    assert (folder / APP).is_file() and os.access(folder / APP, os.X_OK)
    for n, title in enumerate(STEP_TITLES, start=1):
        assert f"[{n}/7] {title}: ok" in output, output
    assert "Self-test passed in " in output
    assert "== self-test passed in the bundle" in output
    # The one version, from pyproject.toml, which the bundle carries beside the package.
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"Shelter case manager {version}: self-test" in output
    assert (folder / "_internal" / "pyproject.toml").is_file()


def test_the_bundle_runs_without_console_streams(bundle, tmp_path):
    """fds 1 and 2 closed: the frozen Python starts with sys.stdout/stderr None,
    as the windowed program does on Windows. It must pass and say so in the log."""
    folder, _ = bundle
    home = tmp_path / "home"
    env = dict(os.environ, SHELTER_APP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("SHELTER_APP_KDF_PROFILE", None)  # the real Argon2 cost, as installed
    result = subprocess.run([str(folder / APP), "--self-test", "--language", "ru"], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=lambda: (os.close(1), os.close(2)), timeout=300)
    log = (home / "logs" / "shelter-app.log").read_text(encoding="utf-8")
    assert result.returncode == 0, log
    assert "started self-test 0." in log and "(bundle," in log
    assert "self-test passed" in log
    assert not (home / "shelter.db").exists()


def test_a_command_error_in_the_bundle_is_one_translated_line(bundle, tmp_path):
    folder, _ = bundle
    env = dict(os.environ, SHELTER_APP_HOME=str(tmp_path / "home"), SHELTER_APP_PASSWORD="x" * 10)
    result = subprocess.run([str(folder / APP), "--language", "ky", "verify", "--db", str(tmp_path / "none.db"),
                             "--user", "dina"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "none.db" in result.stderr and "No database at" not in result.stderr  # in Kyrgyz


def test_the_bundle_holds_what_the_app_uses_and_no_more(bundle):
    folder, output = bundle
    size = _size_mb(folder)
    print(f"\nunpacked bundle: {size:.1f} MB")
    assert size <= MAX_UNPACKED_MB, f"{size:.1f} MB"
    assert "size: " in output
    internal = folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    # Data the app reads at run time.
    assert "shelter_app/db/migrations/0001_initial.sql" in names
    for lang in ("ru", "ky"):
        assert f"resources/translations/core_{lang}.ts" in names  # read by the domain and the PDFs
        assert f"resources/translations/core_{lang}.qm" in names  # read by the screens
    assert "fontpkg_pt_sans/files/PT_Sans-Web-Regular.ttf" in names
    # Only the Qt modules the app uses, and Qt's own translations only in English and Russian.
    qt_translations = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("PySide6/Qt/translations/"))
    assert qt_translations == ["qtbase_en.qm", "qtbase_ru.qm"]
    for unwanted in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Pdf", "Qt6Multimedia"):
        assert not [n for n in names if unwanted in n], unwanted
    for wanted in ("libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "platforms/libqoffscreen.so"):
        assert [n for n in names if wanted in n], wanted
    # No test tools or test data.
    assert not [n for n in names if n.split("/")[0] in ("tests", "pytest", "_pytest", "hypothesis", "pypdf")]


def test_every_module_of_the_app_is_in_the_bundle(bundle):
    """Pages and record tabs are imported by name when first shown
    (ui/extensions.py): a module the build missed would fail only then."""
    import pkgutil

    from PyInstaller.archive.readers import CArchiveReader

    import shelter_app

    folder, _ = bundle
    archive = CArchiveReader(str(folder / APP))
    pyz = archive.open_embedded_archive("PYZ.pyz")
    bundled = {name for name in pyz.toc if name.startswith("shelter_app")}
    source = {info.name for info in pkgutil.walk_packages(shelter_app.__path__, prefix="shelter_app.")}
    assert source - bundled == set()
    assert "shelter_app.selftest" in bundled and "shelter_app.ui.app" in bundled


def test_the_windowed_program_starts_and_stays_open(bundle, tmp_path):
    """No arguments: the screens open (the first-run wizard on a new PC) and
    wait for the person; nothing on the way may crash without a console."""
    import time

    folder, _ = bundle
    home = tmp_path / "home"
    env = dict(os.environ, SHELTER_APP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([str(folder / APP)], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, preexec_fn=lambda: (os.close(1), os.close(2)))
    try:
        log_file = home / "logs" / "shelter-app.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log_file.exists() and "screens shown" in log_file.read_text()):
            assert proc.poll() is None, f"exited with {proc.returncode}: {log_file.read_text() if log_file.exists() else ''}"
            time.sleep(0.1)
        assert "started app" in log_file.read_text()
        time.sleep(1)  # the event loop runs and the first screen is painted: it stays up, or it crashes now
        assert proc.poll() is None, f"exited with {proc.returncode}: {log_file.read_text()}"
        assert "CRITICAL" not in log_file.read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
