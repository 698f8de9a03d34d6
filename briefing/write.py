"""Write a build into `output/` atomically, touching only files whose bytes changed.

A build is assembled in a staging folder beside `output/`: unchanged files are
hard links to the previous build, changed ones are written fresh. Two renames
then swap it in. If the process dies at any point, `output/` (or, between the
two renames, its `.old` twin, which `recover` puts back) still holds the last
complete build.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath


class UnsafePath(ValueError):
    """An output path that would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    """Refuse absolute paths, `..`, backslashes and empty parts before anything touches disk."""
    pure = PurePosixPath(path)
    if (
        not path
        or "\\" in path
        or "\x00" in path
        or pure.is_absolute()
        or any(part in ("", ".", "..") for part in path.split("/"))
    ):
        raise UnsafePath(f"refusing to write {path!r} outside the output folder")
    return pure


def _sibling(out: Path, suffix: str) -> Path:
    return out.with_name(f".{out.name}.{suffix}")


def recover(out: Path) -> None:
    """Undo what an interrupted swap or staging left behind."""
    old, staging = _sibling(out, "old"), _sibling(out, "staging")
    if not out.exists() and old.exists():
        old.rename(out)
    for leftover in (old, staging):
        if leftover.exists():
            shutil.rmtree(leftover)


class Staging:
    """A build in progress: `put` files, then `commit` to swap it into place."""

    def __init__(self, out: Path):
        self.out = out
        self.path = _sibling(out, "staging")
        recover(out)
        self.path.mkdir(parents=True)
        self.changed: list[str] = []
        self._made_dirs: set[Path] = {self.path}

    def put(self, relative: str, data: bytes) -> None:
        target = self.path / safe_relative(relative)
        self._mkdir(target.parent)
        previous = self.out / relative
        if _same_bytes(previous, data):
            os.link(previous, target)
            return
        target.write_bytes(data)
        self.changed.append(relative)

    def keep(self, relative: str) -> bool:
        """Carry a file over from the previous build unchanged; False when it is not there."""
        previous = self.out / safe_relative(relative)
        if not previous.is_file():
            return False
        target = self.path / relative
        self._mkdir(target.parent)
        os.link(previous, target)
        return True

    def _mkdir(self, folder: Path) -> None:
        if folder not in self._made_dirs:
            folder.mkdir(parents=True, exist_ok=True)
            self._made_dirs.add(folder)

    def commit(self) -> None:
        old = _sibling(self.out, "old")
        if self.out.exists():
            self.out.rename(old)
        self.path.rename(self.out)
        if old.exists():
            shutil.rmtree(old)

    def abandon(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
