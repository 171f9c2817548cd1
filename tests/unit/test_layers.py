"""The domain and the storage never import Qt: they run with PySide6 made
unimportable (as Anki's pylib and KeePassXC's core do)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import shelter_app

PACKAGE = Path(shelter_app.__file__).parent


def _non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="shelter_app."):
        if info.name.startswith(("shelter_app.ui", "shelter_app.__main__")):
            continue
        names.append(info.name)
    return names


def test_domain_and_db_import_without_pyside6():
    modules = _non_ui_modules()
    assert "shelter_app.db.connection" in modules and "shelter_app.residents" in modules
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_sql_in_the_screens():
    ui = PACKAGE / "ui"
    offenders = []
    for path in ui.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", ".execute("):
            if keyword in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {keyword.strip()}")
    assert offenders == []
