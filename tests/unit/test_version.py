"""One version, written once in pyproject.toml, and seen wherever a person
looks for it: every printed page, the installer's file name, the change log
(the self-test: tests/unit/test_selftest.py; Settings → About:
tests/gui/test_about.py)."""

from __future__ import annotations

import importlib.util
import io
import re
import tomllib
from pathlib import Path

import pypdf

import shelter_app
from shelter_app.printing import common

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
MARK = f"shelter-app {VERSION}"


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_the_app_reports_the_version_of_pyproject():
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)
    assert shelter_app.__version__ == VERSION


def test_the_version_is_written_nowhere_else():
    """A second copy would go stale: no file of the app, the installers or the
    build scripts spells today's version out."""
    places = [p for folder in ("shelter_app", "installers", "requirements", ".github", ".ci")
              for p in (ROOT / folder).rglob("*") if p.is_file() and p.suffix not in (".pyc", ".lock", ".qm")]
    assert places
    stale = [str(p.relative_to(ROOT)) for p in places if VERSION in p.read_text(encoding="utf-8", errors="ignore")]
    assert stale == []


def _load_package_copy(folder: Path):
    spec = importlib.util.spec_from_file_location("shelter_app_copy", folder / "shelter_app" / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_layout_reads_the_version_beside_the_package(tmp_path):
    """The bundle carries pyproject.toml next to the package (installers/shelter_app.spec);
    another project's pyproject.toml there is not taken for ours."""
    (tmp_path / "shelter_app").mkdir()
    (tmp_path / "shelter_app" / "__init__.py").write_bytes((ROOT / "shelter_app" / "__init__.py").read_bytes())
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "shelter-app"\nversion = "7.8.9"\n')
    assert _load_package_copy(tmp_path).__version__ == "7.8.9"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "someone-else"\nversion = "1.2.3"\n')
    assert _load_package_copy(tmp_path).__version__ != "1.2.3"
    spec = (ROOT / "installers" / "shelter_app.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "pyproject.toml"), ".")' in spec


def test_every_page_of_every_section_carries_the_version():
    document = common.Document(
        title="t", organisation="Synthetic Shelter", footer="Printed 29.11.2026", page_label="Page {page} of {pages}",
        sections=[common.Section(reference=f"2026-000{n}", blocks=[common.Text("line " * 40)] * 60)
                  for n in (1, 2)])
    pdf = common.render_pdf(document)
    pages = _pages(pdf)
    assert len(pages) >= 4
    for text in pages:
        assert MARK in text and "Printed 29.11.2026" in text
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata["/Creator"] == MARK


def test_the_record_and_the_audit_log_carry_it(director, make_resident):
    """Two of the documents built on printing/common.py, read back as printed."""
    from shelter_app import audit, residents, subject_access

    resident = residents.create(director, make_resident())
    for pdf in (subject_access.print_pdf(director, resident["id"], "ky"), audit.print_pdf(director, None, "en")):
        pages = _pages(pdf)
        assert pages and all(MARK in text for text in pages)


def test_the_statistical_return_pdf_carries_it(director, make_resident):
    from shelter_app import returns
    from shelter_app.returns import service
    from tests.unit import returns_register as reg

    reg.fill(director)
    for lang in ("en", "ru"):
        pages = _pages(service.render(returns.build(director, reg.PERIOD, threshold=3), "pdf", lang))
        assert pages and all(MARK in text for text in pages)


def test_the_installer_is_named_after_the_version():
    iss = (ROOT / "installers" / "ShelterCaseManager.iss").read_text(encoding="utf-8-sig")
    assert "OutputBaseFilename=ShelterCaseManager-Setup-{#AppVersion}" in iss
    assert "#error AppVersion is not given" in iss  # no default that could go stale
    build = (ROOT / "installers" / "build_windows.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$version"' in build
    assert 'print(shelter_app.__version__)' in build


def test_the_change_log_describes_this_version_first():
    log = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)", log, flags=re.M)
    assert versions[0] == VERSION, f"CHANGELOG.md starts with {versions[0]}; pyproject.toml says {VERSION}"
    assert len(versions) == len(set(versions))


def test_the_command_line_says_its_version():
    from tests.cli_runner import run_cli

    result = run_cli(["--version"])
    assert result.returncode == 0 and result.stdout == f"shelter-app {VERSION}\n"
