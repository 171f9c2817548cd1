"""Installer figures: the self-test from the source tree (real Argon2 cost),
the Linux bundle's build time, unpacked size and file count, the self-test
inside it, and the size of the bundle compressed as Inno Setup compresses it
(LZMA2, solid) — an estimate of the installer's size.

    python -m bench installer            # builds build/bench-bundle (about a minute)
    python -m bench installer --no-build # measures an existing build/linux bundle

The compression estimate takes a few minutes on two cores."""

from __future__ import annotations

import io
import lzma
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "ShelterCaseManager"


def _self_test(cmd: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SHELTER_APP_HOME=home, QT_QPA_PLATFORM="offscreen")
        env.pop("SHELTER_APP_KDF_PROFILE", None)
        t0 = time.perf_counter()
        result = subprocess.run(cmd + ["--language", "en", "--self-test"], env=env, capture_output=True, text=True)
        return time.perf_counter() - t0, result.returncode


def _size(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def _compressed_mb(folder: Path) -> float:
    """Solid LZMA2 at the highest preset, as Inno Setup's lzma2/ultra64 does."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        tar.add(folder, arcname=folder.name)
    packed = lzma.compress(raw.getvalue(), preset=9 | lzma.PRESET_EXTREME)
    return len(packed) / 2**20


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    seconds, rc = _self_test([sys.executable, "-m", "shelter_app"])
    print(f"self-test from source (real Argon2):  {seconds:6.1f} s  exit {rc}")

    if "--no-build" in argv:
        bundle = ROOT / "build" / "linux" / "dist" / APP
    else:
        out = ROOT / "build" / "bench-bundle"
        t0 = time.perf_counter()
        result = subprocess.run(["bash", str(ROOT / "installers" / "build_linux.sh"), str(out)], cwd=ROOT,
                                env=dict(os.environ, PYTHON=sys.executable), capture_output=True, text=True)
        print(f"bundle build + self-test (script):    {time.perf_counter() - t0:6.1f} s  exit {result.returncode}")
        bundle = out / "dist" / APP
    if not (bundle / APP).exists():
        print(f"no bundle at {bundle}")
        return
    mb, files = _size(bundle)
    print(f"bundle unpacked:                      {mb:6.1f} MB  ({files} files; target 215 MB)")
    seconds, rc = _self_test([str(bundle / APP)])
    print(f"self-test in the bundle:              {seconds:6.1f} s  exit {rc}")
    t0 = time.perf_counter()
    mb = _compressed_mb(bundle)
    print(f"bundle as solid LZMA2 (installer est.): {mb:6.1f} MB  ({time.perf_counter() - t0:.0f} s to compress; "
          f"target 80 MB)")


if __name__ == "__main__":
    main()
