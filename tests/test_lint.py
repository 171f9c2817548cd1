"""ruff and mypy, as configured in pyproject.toml, run with the suite (and so
by CI): a finding fails the run with the tools' own lines.

To fix what ruff can fix by itself:  ruff check --fix
To see mypy's findings:              mypy"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", "--no-fix")
    assert result.returncode == 0, f"ruff check (fix what it can: ruff check --fix):\n{result.stdout}{result.stderr}"


def test_ruff_covers_the_whole_project():
    result = _run("ruff", "check", "--no-cache", "--show-files")
    files = {Path(line).resolve().relative_to(ROOT).parts[0] for line in result.stdout.splitlines() if line.strip()}
    assert {"shelter_app", "tests", "tools", "bench", "installers"} <= files, files


def test_mypy_finds_nothing_in_storage_and_domain():
    result = _run("mypy")
    assert result.returncode == 0, f"mypy (pyproject.toml [tool.mypy]):\n{result.stdout}{result.stderr}"
    checked = int(result.stdout.rsplit(" in ", 1)[1].split()[0])  # "Success: no issues found in N source files"
    assert checked >= 60, result.stdout


def test_the_linters_catch_what_they_are_there_for(tmp_path):
    """An undefined name (ruff) and a wrong argument type (mypy) in a scratch
    copy of the configuration fail: the configuration is not toothless."""
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8")
                                             .replace('"shelter_app/db", ', '"shelter_app/db/bad.py", '),
                                             encoding="utf-8")
    bad = tmp_path / "shelter_app" / "db" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("def double(n: int) -> int:\n    return n * 2\n\n\ndef broken() -> int:\n"
                   "    return double('2') + undefined_name\n", encoding="utf-8")
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", str(bad)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert ruff.returncode == 1 and "F821" in ruff.stdout, ruff.stdout + ruff.stderr
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", str(tmp_path / "c"),
                           "shelter_app/db/bad.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert mypy.returncode == 1 and '"double" has incompatible type "str"' in mypy.stdout, mypy.stdout + mypy.stderr
