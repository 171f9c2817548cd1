"""Shelter case manager: encrypted case records, rehabilitation plans and
anonymized statistical returns for shelters assisting survivors of trafficking."""

from __future__ import annotations

APP_NAME = "ShelterCaseManager"
DISTRIBUTION = "shelter-app"


def _version() -> str:
    """The one version, written only in pyproject.toml.

    Read from pyproject.toml beside the package (a source checkout, and the
    bundle, which carries it as data next to the package), else from the
    installed package's metadata (pip install .)."""
    import tomllib
    from pathlib import Path

    try:
        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as file:
            project = tomllib.load(file).get("project", {})
        if project.get("name") == DISTRIBUTION and project.get("version"):
            return str(project["version"])
    except (OSError, tomllib.TOMLDecodeError):
        pass
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()
