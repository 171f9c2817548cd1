"""The CI workflow that builds, installs and uninstalls the Windows installer
on every change (.github/workflows/ci.yml). There is no Windows here: the
workflow is checked against GitHub's workflow schema (the copy that
check-jsonschema ships, so no network), and for doing what the release needs
through the project's own scripts, which a person can run by hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
CI = ROOT / ".github" / "workflows" / "ci.yml"


def _schema_check(*files: Path) -> subprocess.CompletedProcess:
    # Every proxy points at a closed port: a schema fetched from the network would fail here (CI is offline).
    offline = dict(os.environ, HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", NO_PROXY="",
                   http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9", no_proxy="")
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           *map(str, files)], capture_output=True, text=True, timeout=120, env=offline)


@pytest.fixture(scope="module")
def workflow() -> dict:
    return YAML(typ="safe").load(CI.read_text(encoding="utf-8"))


def test_every_workflow_is_valid_for_github(tmp_path):
    assert CI in WORKFLOWS
    result = _schema_check(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    # The validator really rejects a broken workflow (a misspelt key GitHub would refuse).
    broken = tmp_path / "broken.yml"
    broken.write_text(CI.read_text(encoding="utf-8").replace("runs-on:", "runs_on:", 1), encoding="utf-8")
    result = _schema_check(broken)
    assert result.returncode == 1 and "runs-on" in result.stdout, result.stdout + result.stderr


def test_runs_on_every_change(workflow):
    triggers = workflow["on"]
    assert "push" in triggers and "pull_request" in triggers


def _run_lines(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_linux_job_is_the_projects_own_ci(workflow):
    job = workflow["jobs"]["linux"]
    assert job["runs-on"].startswith("ubuntu")
    assert "bash .ci/run" in _run_lines(job)


def test_windows_job_builds_installs_checks_and_uploads_the_installer(workflow):
    job = workflow["jobs"]["windows"]
    assert job["runs-on"] == "windows-latest"
    assert "./installers/windows_ci.ps1" in _run_lines(job)
    assert "-InstallInnoSetup choco" in _run_lines(job)
    uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    installer = [s for s in uploads if "ShelterCaseManager-Setup-" in s["with"]["path"]]
    assert installer and installer[0]["with"]["if-no-files-found"] == "error"
    assert "if" not in installer[0]  # uploaded whenever the checks passed
    # The script's step writes the installer where the upload looks for it.
    build = (ROOT / "installers" / "build_windows.ps1").read_text(encoding="utf-8")
    assert 'build\\windows\\ShelterCaseManager-Setup-$version.exe' in build
    assert installer[0]["with"]["path"] == "build/windows/ShelterCaseManager-Setup-*.exe"


def test_the_windows_check_does_each_step_of_a_real_installation_in_order():
    """The script a person (or the runner) runs: each step is there, in the
    order an installation happens, and a failure stops it."""
    script = (ROOT / "installers" / "windows_ci.ps1").read_text(encoding="utf-8")
    assert '$ErrorActionPreference = "Stop"' in script
    steps = [
        "choco install innosetup",                      # Inno Setup from the runner's package manager
        'build_windows.ps1")',                         # the project's own build (bundle, self-test, installer)
        '"/VERYSILENT", "/SUPPRESSMSGBOXES"',          # silent install for this user
        'Select-String -Path $installLog -Pattern "Self-test passed"',  # the installer's self-test
        "& $cli --language en --self-test",            # the installed program's self-test
        "init --db $db",                               # real data in the real data folder
        'Filter "unins*.exe"',                         # silent uninstall
        'Fail "the uninstall deleted $f"',             # the data folder is kept
        'Fail "the uninstall changed $f"',
    ]
    positions = [script.find(step) for step in steps]
    assert -1 not in positions, [s for s, p in zip(steps, positions) if p == -1]
    assert positions == sorted(positions)
    assert '$kept = @($db, "$db.keys", $prefs)' in script
    # Per user, no administrator: the installer script asks for none.
    iss = (ROOT / "installers" / "ShelterCaseManager.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in iss
    assert '$AppFolder = Join-Path $env:LOCALAPPDATA "Programs\\Shelter Case Manager"' in script


def test_the_installer_is_the_one_the_self_test_passed_in():
    """The installer's own post-install self-test writes 'Self-test passed' to
    the setup log the Windows check reads."""
    iss = (ROOT / "installers" / "ShelterCaseManager.iss").read_text(encoding="utf-8-sig")
    assert "Log('Self-test passed');" in iss
