"""The demo's throwaway folder does not outlive the demo, even when the demo
is killed: the next start removes every folder whose demo is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from shelter_app import demo


@pytest.fixture
def temp_parent(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "demo_parent", lambda: tmp_path)
    return tmp_path


def test_a_killed_demo_leaves_nothing_after_the_next_start(temp_parent):
    # A demo that made its folder and a database file, then was killed (no cleanup ran).
    code = ("import sys, time; sys.path.insert(0, %r)\n"
            "from shelter_app import demo\n"
            "demo.demo_parent = lambda: __import__('pathlib').Path(%r)\n"
            "folder = demo.new_demo_dir(); (folder / 'shelter.db').write_bytes(b'x' * 4096)\n"
            "print(folder, flush=True); time.sleep(60)\n") % (os.getcwd(), str(temp_parent))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    folder = child.stdout.readline().strip()
    assert os.path.isdir(folder)
    assert demo.clean_stale_demo_dirs() == []  # still running: its folder stays
    child.kill()  # SIGKILL / TerminateProcess: nothing in the demo runs after this
    child.wait(timeout=10)
    child.stdout.close()
    assert os.path.isdir(folder)  # the kill left it behind
    removed = demo.clean_stale_demo_dirs()  # the next start
    assert [str(p) for p in removed] == [folder] and not os.path.exists(folder)


def test_only_demo_folders_whose_owner_is_gone_are_removed(temp_parent):
    mine = demo.new_demo_dir()  # this process: a demo running now
    unowned = temp_parent / (demo.DEMO_PREFIX + "old")  # from a version without the owner mark
    unowned.mkdir()
    (unowned / "shelter.db").write_text("x")
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead = temp_parent / (demo.DEMO_PREFIX + "dead")
    dead.mkdir()
    (dead / demo.OWNER_FILE).write_text(finished.stdout.strip())
    other = temp_parent / "someone-elses-folder"
    other.mkdir()
    time.sleep(0.05)
    removed = set(demo.clean_stale_demo_dirs())
    assert removed == {unowned, dead}
    assert mine.exists() and other.exists()
