"""requirements/bundle.lock: what the shipped bundle is built from, pinned and
hashed for Windows and Linux. A runtime dependency added to pyproject.toml but
not to the lock would make the build scripts (pip --require-hashes) fail on
the release day, or a missing Windows-only package would only show there:
these tests say which, before that."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "bundle.lock"
REGENERATE = "run requirements/update-lock.sh (installers/README.md, 'Update the locked dependencies')"
# Runtime dependencies a branch in flight is adding, listed in requirements/bundle.in
# until they reach pyproject.toml (highspy, zxcvbn and pypdfium2 have).
IN_FLIGHT: tuple[str, ...] = ()
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "python_version": "3.11",
           "python_full_version": "3.11.9", "implementation_name": "cpython", "platform_python_implementation": "CPython"}
LINUX = dict(WINDOWS, sys_platform="linux", platform_system="Linux", os_name="posix")


def parse_lock(text: str) -> list[tuple[str, Version, Marker | None, list[str]]]:
    """(name, version, marker, hashes) for each pin; continuation lines joined."""
    pins = []
    for entry in re.sub(r"\\\n\s*", " ", text).splitlines():
        entry = entry.split("#", 1)[0].strip()
        if not entry:
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", entry)
        requirement = Requirement(re.sub(r"\s*--hash=\S+", "", entry).strip())
        (spec,) = requirement.specifier  # exactly one ==
        assert spec.operator == "==", entry
        pins.append((canonicalize_name(requirement.name), Version(spec.version), requirement.marker, hashes))
    return pins


def pinned_for(environment: dict) -> dict[str, Version]:
    return {name: version for name, version, marker, _ in parse_lock(LOCK.read_text(encoding="utf-8"))
            if marker is None or marker.evaluate(environment)}


def runtime_dependencies() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]] + [Requirement(n) for n in IN_FLIGHT]


def uncovered(requirements: list[Requirement], pins: dict[str, Version]) -> list[str]:
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement} is not in the lock")
        elif pins[name] not in requirement.specifier:
            problems.append(f"{requirement}: the lock pins {name}=={pins[name]}")
    return problems


def test_the_lock_covers_every_runtime_dependency_on_windows_and_linux():
    for platform, environment in (("Windows", WINDOWS), ("Linux", LINUX)):
        problems = uncovered(runtime_dependencies(), pinned_for(environment))
        assert not problems, f"requirements/bundle.lock, {platform}: " + "; ".join(problems) + f" — {REGENERATE}"


def test_the_lock_has_the_bundler_and_its_windows_only_packages():
    windows, linux = pinned_for(WINDOWS), pinned_for(LINUX)
    assert "pyinstaller" in windows and "pyinstaller" in linux
    assert {"pefile", "pywin32-ctypes"} <= set(windows), REGENERATE
    assert not {"pefile", "pywin32-ctypes"} & set(linux)
    # Every package needed by a pinned one is pinned too (pip --require-hashes insists):
    # checked with the metadata of the packages installed here, where they match the lock.
    from importlib import metadata

    for name, version in linux.items():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if Version(dist.version) != version:
            continue
        needs = [Requirement(r) for r in dist.requires or []]
        needs = [r for r in needs if r.marker is None or r.marker.evaluate(dict(LINUX, extra=""))]
        assert not uncovered(needs, linux), (name, uncovered(needs, linux))


def test_every_pin_is_exact_and_hashed():
    pins = parse_lock(LOCK.read_text(encoding="utf-8"))
    assert len(pins) > 20
    for name, version, _, hashes in pins:
        assert hashes, f"{name}=={version} has no --hash: {REGENERATE}"
        assert len(set(hashes)) == len(hashes)


def test_a_missing_dependency_is_named_with_what_to_do(tmp_path):
    """What the lead reads when a branch adds a dependency: its name and the command."""
    pins = pinned_for(LINUX)
    problems = uncovered([Requirement("somenewlib>=1.0"), Requirement("reportlab>=999")], pins)
    assert problems == ["somenewlib>=1.0 is not in the lock",
                        f"reportlab>=999: the lock pins reportlab=={pins['reportlab']}"]


def test_the_build_scripts_install_the_lock_with_hashes_required():
    windows = (ROOT / "installers" / "build_windows.ps1").read_text(encoding="utf-8")
    linux = (ROOT / "installers" / "build_linux.sh").read_text(encoding="utf-8")
    for script in (windows, linux):
        assert re.search(r"pip install .*--require-hashes .*-r requirements[\\/]bundle\.lock", script), script
        assert "pyinstaller>=" not in script.lower()  # nothing unpinned on the side
    readme = (ROOT / "installers" / "README.md").read_text(encoding="utf-8")
    assert "requirements/update-lock.sh" in readme


def test_every_package_the_app_imports_is_a_declared_runtime_dependency():
    """A module imported by shelter_app but missing from pyproject.toml would
    install nowhere (pip install ., the lock, the bundle): the app would fail
    on a clean machine, and first on a shelter's."""
    import ast
    import sys
    from importlib import metadata

    imported: dict[str, str] = {}
    for path in sorted((ROOT / "shelter_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top != "shelter_app" and top not in sys.stdlib_module_names:
                    imported.setdefault(top, str(path.relative_to(ROOT)))
    assert "PySide6" in imported and "sqlcipher3" in imported
    declared = {canonicalize_name(r.name) for r in
                (Requirement(d) for d in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["project"]["dependencies"])}
    providers = metadata.packages_distributions()
    missing = [f"{module} (imported in {where}; from {', '.join(providers.get(module, ['?']))})"
               for module, where in sorted(imported.items())
               if not {canonicalize_name(d) for d in providers.get(module, [])} & declared]
    assert not missing, ("imported by the app but not a runtime dependency in pyproject.toml: " + "; ".join(missing)
                         + f" — add it there, then {REGENERATE}")
