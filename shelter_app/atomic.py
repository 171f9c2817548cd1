"""Every file the app writes goes to a temporary name beside its target, is
flushed, synced and renamed, so a crash or a full disk never leaves half a file
(as Electrum's storage does).

A target that is not a regular file is never replaced by the rename: a
character device or a FIFO (`/dev/null`, a pipe) is written through; a
directory, a block device or a socket is refused; a symlink to a regular file
is followed, so the file it points to is replaced and the link stays."""

from __future__ import annotations

import os
import stat
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


def _not_regular(target: Path, why: str) -> StorageError:
    return StorageError("{path} is not a regular file ({kind}): nothing was written to it.", path=str(target),
                        kind=why)


def resolve_target(target: Path) -> tuple[Path, str]:
    """(where to write, how): "replace" a regular (or new) file atomically,
    or "through" for a character device or a FIFO. Refuses the rest."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(target):
            raise _not_regular(target, "a link to nothing") from None
        return target, "replace"
    except OSError as exc:
        raise StorageError("Could not write {path}: {reason}", path=str(target),
                           reason=exc.strerror or str(exc)) from None
    if stat.S_ISREG(st.st_mode):
        return Path(os.path.realpath(target)), "replace"
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        return target, "through"
    kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a device or socket"
    raise _not_regular(target, kind)


def _write_through(target: Path, data: bytes) -> None:
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) if stat.S_ISFIFO(os.stat(target).st_mode) else os.O_WRONLY
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        raise StorageError("Could not write {path}: {reason}", path=str(target),
                           reason=exc.strerror or str(exc)) from None
    try:
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise StorageError("Could not write {path}: {reason}", path=str(target),
                           reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def write_bytes(target: Path | str, data: bytes, mode: int = 0o600) -> None:
    target, how = resolve_target(Path(target))
    if how == "through":
        _write_through(target, data)
        return
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
