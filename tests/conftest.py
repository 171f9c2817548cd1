"""Each test gets a fresh, real encrypted SQLCipher database in a temporary
folder (as Vorta's suite does), with three accounts, one per role.

The database is built once per test run (`_template_database`) and each test
gets its own copy of the folder, database, key file and all (as Anki's test
helpers copy a master collection): a byte-for-byte copy of a database made the
same way, without paying its key derivations again in every test."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at its real cost takes 0.5 s an account; tests ask for a cheap
# profile explicitly. The real cost is measured in bench/.
os.environ["SHELTER_APP_KDF_PROFILE"] = "test"
os.environ["SHELTER_APP_LANGUAGE"] = "en"

# Strong enough for the 10-character and zxcvbn rule (security.md, "Keys").
PASSWORDS = {"dina": "dina keeps the shelter keys 1", "sam": "sam walks to the river 2",
             "lena": "lena reads the case law 3"}


# The files that take longest, slowest first (CPU seconds on the 2-core machine,
# November 2026): handed out first, they overlap the rest instead of trailing it.
LONGEST_FIRST = ("tests/test_bundle.py", "tests/unit/test_returns_attacker.py", "tests/unit/test_retention.py",
                 "tests/gui/test_tasks.py", "tests/gui/test_small_screen.py", "tests/gui/test_unsaved_work.py",
                 "tests/unit/test_printouts.py", "tests/unit/test_crash_and_disk.py",
                 "tests/unit/test_aftercare_cli.py", "tests/unit/test_security_rules.py",
                 "tests/unit/test_rotation.py")


def pytest_collection_modifyitems(items):
    """The longest files first, then the `slow` ones, then the rest as
    collected: with two workers (`--dist loadfile`, a file runs whole in one),
    the bundle build runs in one worker while the other works through the
    rest, and no long file is left to run alone at the end."""
    def key(item):
        path = item.nodeid.split("::", 1)[0]
        if path in LONGEST_FIRST:
            return LONGEST_FIRST.index(path)
        return len(LONGEST_FIRST) + (0 if item.get_closest_marker("slow") else 1)

    items.sort(key=key)


@dataclass
class TestDatabase:
    path: Path
    recovery_key: str
    passwords: dict


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SHELTER_APP_HOME", str(home))
    from shelter_app import i18n

    i18n.set_language("en")
    yield


def _build_database(path: Path) -> str:
    """The test database: an organisation, a director and one account per other role."""
    from shelter_app import accounts

    session, recovery = accounts.create_database(
        path, organisation_code="KG-NGO-0001", organisation_name="Synthetic Shelter", region="Osh",
        director="dina", director_name="Dina Director", password=PASSWORDS["dina"])
    accounts.add_account(session, "sam", "Sam Social", "social_worker", PASSWORDS["sam"])
    accounts.add_account(session, "lena", "Lena Lawyer", "lawyer", PASSWORDS["lena"])
    session.close()
    return recovery


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory) -> tuple[Path, str]:
    """Built once per run (per worker), in its own folder and data home."""
    folder = tmp_path_factory.mktemp("template-database")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SHELTER_APP_HOME", str(folder / "home"))
        path = folder / "data" / "shelter.db"
        recovery = _build_database(path)
    return path, recovery


@pytest.fixture
def database(tmp_path, _template_database) -> TestDatabase:
    template, recovery = _template_database
    folder = tmp_path / "data"
    shutil.copytree(template.parent, folder, ignore=shutil.ignore_patterns("*.lock"))
    return TestDatabase(folder / template.name, recovery, dict(PASSWORDS))


@pytest.fixture
def login(database):
    """login(username) -> Session; one session at a time, as on one PC."""
    from shelter_app import accounts

    current = []

    def _login(username: str):
        while current:
            current.pop().close()
        session = accounts.open_session(database.path, username, database.passwords[username])
        current.append(session)
        return session

    yield _login
    while current:
        current.pop().close()


@pytest.fixture
def director(login):
    return login("dina")


def resident_data(**overrides) -> dict:
    """A valid synthetic resident, as a form would submit it."""
    data = {
        "full_name": "Асанова Айгүл",
        "sex": "female",
        "date_of_birth": "1999-03-12",
        "citizenship": "KG",
        "registration_date": "2025-02-01",
        "referral_source": "iom",
        "primary_exploitation": "forced_labour",
        "exploitation_country": "RU",
        "consent_data_processing": "2025-02-01",
        "consent_anonymized_reporting": True,
    }
    data.update(overrides)
    return data


@pytest.fixture
def make_resident():
    return resident_data
