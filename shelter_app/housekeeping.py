"""Files the app leaves behind and what happens to them (security.md, "Storage").

- Scratch files (verify copies, partial restores, snapshots, half-written
  temporary files) of a process that is no longer running are removed at the
  next start. They are encrypted, but they take room and name nothing useful.
- Safety copies kept by restores (`<db>.before-restore-…`) older than 30 days
  are listed for a director to delete (backup.py: old_safety_copies).
No SQL, no Qt."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from pathlib import Path

# .shelter.db.restoring.123-ab12cd34, .shelter.db.snapshot.123-…, .verify.123-…, .name.tmp-123,
# .name.tmp-123 from atomic writes, a safety copy's .partial folder.
_SCRATCH = re.compile(r"^\.(?:.+\.(?:restoring|snapshot)|verify)\.(\d+)-[0-9a-f]+$|^\..+\.tmp-(\d+)$")
_PARTIAL = re.compile(r"^.+\.before-restore-\d{8}T\d{6}\d*Z\.partial$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # judged by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_scratch(folder: Path, older_than: float = 24 * 3600) -> list[Path]:
    """Remove the scratch files of processes that died (on Windows: older
    than a day). Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = _SCRATCH.match(entry.name)
        partial = _PARTIAL.match(entry.name)
        if not (m or partial):
            continue
        with contextlib.suppress(OSError):
            if m:
                pid = int(m.group(1) or m.group(2))
                if _alive(pid) and not (os.name != "posix" and now - entry.stat().st_mtime > older_than):
                    continue
            elif now - entry.stat().st_mtime < 3600:
                continue  # a restore may be writing it right now
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
    return removed


def owner_only(database: Path) -> None:
    """A database (and its log and key file) made by an older version or
    copied in readable by others: readable by the owner only from now on."""
    if os.name != "posix":
        return
    for path in (database, Path(str(database) + "-wal"), Path(str(database) + "-shm"),
                 database.with_name(database.name + ".keys")):
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
