"""Every file the app writes goes to a temporary name beside its target, is
flushed, synced and renamed, so a crash or a full disk never leaves half a file
(as Electrum's storage does)."""

from __future__ import annotations

import os
from pathlib import Path

from shelter_app.errors import StorageError


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(target: Path | str, data: bytes, mode: int = 0o600) -> None:
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise StorageError("Could not write {path}: {reason}", path=str(target),
                           reason=exc.strerror or str(exc)) from exc


def write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(target, text.encode(encoding))
