"""Back-off after failed unlocks, kept in a small file beside the database so
it holds across restarts: the 4th and later attempts wait 1, 2, 4 … up to 60
seconds. The failures are written to the audit log at the next unlock (the log
itself is encrypted and cannot be written while locked)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from shelter_app import atomic, paths
from shelter_app.db.audit import now_utc
from shelter_app.errors import UnlockDelayed

FREE_ATTEMPTS = 3
MAX_DELAY = 60


def _read(database: Path) -> dict:
    try:
        data = json.loads(paths.unlock_state_for(database).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    except (OSError, ValueError):
        pass
    return {"failures": 0, "last_failure": 0.0, "log": []}


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt, after `failures` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS))


def seconds_to_wait(database: Path, now: float | None = None) -> int:
    state = _read(database)
    wait = delay_after(int(state.get("failures", 0)))
    if not wait:
        return 0
    now = time.time() if now is None else now
    remaining = float(state.get("last_failure", 0)) + wait - now
    return max(0, int(remaining + 0.999))


def check(database: Path) -> None:
    remaining = seconds_to_wait(database)
    if remaining:
        raise UnlockDelayed(remaining)


def record_failure(database: Path, username: str) -> None:
    state = _read(database)
    state["failures"] = int(state.get("failures", 0)) + 1
    state["last_failure"] = time.time()
    log = list(state.get("log", []))[-200:]
    log.append([now_utc(), username[:64]])
    state["log"] = log
    atomic.write_text(paths.unlock_state_for(database), json.dumps(state))


def take_failures(database: Path) -> list[tuple[str, str]]:
    """The failures since the last unlock, and the counter reset."""
    state = _read(database)
    log = [(str(ts), str(user)) for ts, user in state.get("log", [])]
    target = paths.unlock_state_for(database)
    if target.exists():
        atomic.write_text(target, json.dumps({"failures": 0, "last_failure": 0.0, "log": []}))
    return log
