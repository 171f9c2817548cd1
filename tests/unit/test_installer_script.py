"""The Windows installer script, read as Inno Setup reads it (no Windows here):
per-user without administrator rights, a Start-menu entry, and an uninstall
that never reaches the data folder the app really uses on Windows."""

from __future__ import annotations

import ntpath
import re
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installers" / "ShelterCaseManager.iss"
FAKE_LOCALAPPDATA = r"C:\Users\Aigul\AppData\Local"


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


@pytest.fixture(scope="module")
def script() -> dict[str, list[str]]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Cyrillic only from a UTF-8 file with a BOM"
    return _sections(raw.decode("utf-8-sig"))


def _setup(script) -> dict[str, str]:
    return dict(line.split("=", 1) for line in script["Setup"] if "=" in line)


@pytest.fixture
def windows_data_folder(monkeypatch) -> str:
    """paths.app_home() as it resolves on a Windows PC."""
    from shelter_app import paths

    monkeypatch.delenv("SHELTER_APP_HOME", raising=False)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: FAKE_LOCALAPPDATA)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    return str(paths.app_home()).replace("/", "\\")


def test_installs_per_user_without_administrator(script):
    setup = _setup(script)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" prompt
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when not admin
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_start_menu_entry_opens_the_windowed_program(script):
    icons = script["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\{cm:StartMenuName}"') and '{app}\\{#AppExe}' in line
               for line in icons)
    assert "#define AppExe \"ShelterCaseManager.exe\"" in ISS.read_text(encoding="utf-8-sig")


def test_uninstall_keeps_the_data_folder(script, windows_data_folder):
    assert windows_data_folder == FAKE_LOCALAPPDATA + "\\ShelterCaseManager"
    folder_name = ntpath.basename(windows_data_folder)
    text = ISS.read_text(encoding="utf-8-sig")
    # The script knows where the data is (to tell the person it is kept)…
    assert "ExpandConstant('{localappdata}\\" + folder_name + "')" in text
    # …and nothing it installs or deletes is there.
    for section in ("Files", "UninstallDelete", "InstallDelete", "Dirs"):
        for line in script.get(section, []):
            assert "{localappdata}" not in line and folder_name not in line.replace("{#", ""), line
            assert "{userappdata}" not in line
    for line in script["UninstallDelete"]:
        assert '"{app}' in line  # only inside the program's own folder
    assert "DelTree" not in text and "DeleteFile" not in text and "RemoveDir" not in text


def test_the_program_folder_is_not_the_data_folder(script, windows_data_folder):
    program = _setup(script)["DefaultDirName"].replace("{autopf}", FAKE_LOCALAPPDATA + "\\Programs")
    assert not program.lower().startswith(windows_data_folder.lower())


def test_every_message_of_ours_in_three_languages(script):
    languages = [re.match(r'Name: "(\w+)"', line).group(1) for line in script["Languages"]]
    assert sorted(languages) == ["en", "ky", "ru"]
    keys: dict[str, set] = {}
    for line in script["CustomMessages"]:
        lang, rest = line.split(".", 1)
        key, value = rest.split("=", 1)
        assert value.strip(), line
        keys.setdefault(key, set()).add(lang)
    assert keys and all(langs == {"en", "ru", "ky"} for langs in keys.values()), keys
    used = set(re.findall(r"\{cm:(\w+)\}", ISS.read_text(encoding="utf-8-sig")))
    used |= set(re.findall(r"CustomMessage\('(\w+)'\)", ISS.read_text(encoding="utf-8-sig")))
    assert used <= set(keys), used - set(keys)
    ky_isl = (ROOT / "installers" / "kyrgyz.isl").read_bytes()
    assert ky_isl.startswith(b"\xef\xbb\xbf") and "LanguageName=Кыргызча" in ky_isl.decode("utf-8-sig")


def test_self_test_runs_after_install_in_the_chosen_language(script):
    text = ISS.read_text(encoding="utf-8-sig")
    assert "'--self-test --language ' + AppLanguage()" in text
    assert "#define CliExe \"shelter-app.exe\"" in text
    spec = (ROOT / "installers" / "shelter_app.spec").read_text(encoding="utf-8")
    assert 'name="shelter-app"' in spec and "console=True" in spec  # the console program the installer runs
