"""Write a build into `output/` without ever leaving a broken site, touching only files whose bytes changed.

Every file of a build first goes to a staging folder beside `output/`. Then:

- a *full swap* (the first build, or when much changed): the staging folder
  becomes the whole new tree (unchanged files are hard links to the old
  ones) and two renames swap it in;
- a *journalled update* (a few files changed, the usual case while editing):
  a journal listing the staged files and the files to delete is written
  atomically, then applied with one rename per file.

If the process dies before the switch, `output/` is untouched. If it dies
during a journalled update, the journal is complete on disk and `recover`
(run at the start of every build) finishes it; if it dies between the two
renames of a full swap, `recover` puts the `.old` tree back.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path, PurePosixPath

# Past this share of changed files, copying the tree costs less than renaming file by file.
FULL_SWAP_SHARE = 0.25


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
    """Finish or undo whatever an interrupted write left behind."""
    old, staging, journal = _sibling(out, "old"), _sibling(out, "staging"), _sibling(out, "journal")
    if journal.exists():
        _apply(out, staging, json.loads(journal.read_text(encoding="utf-8")))
        journal.unlink()
    if not out.exists() and old.exists():
        old.rename(out)
    for leftover in (old, staging):
        if leftover.exists():
            shutil.rmtree(leftover)


def _apply(out: Path, staging: Path, journal: dict) -> None:
    """Move staged files into place and delete the obsolete ones. Safe to run twice."""
    for name, relative in journal["put"]:
        source = staging / name
        if source.exists():
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for relative in journal["delete"]:
        try:
            (out / relative).unlink()
        except FileNotFoundError:
            pass


class Writer:
    """One build's output: `put` every file (or `keep` an unchanged one), then `commit`."""

    def __init__(self, out: Path):
        self.out = out
        self.staging = _sibling(out, "staging")
        recover(out)
        self.staging.mkdir(parents=True)
        self.files: dict[str, str | None] = {}  # output path → staged name (None: kept as it is)
        self.changed: list[str] = []

    def put(self, relative: str, data: bytes) -> None:
        safe_relative(relative)
        if _same_bytes(self.out / relative, data):
            self.files[relative] = None
            return
        name = f"{len(self.files):06d}"  # flat names: no folders to make until the switch
        (self.staging / name).write_bytes(data)
        self.files[relative] = name
        self.changed.append(relative)

    def keep(self, relative: str) -> None:
        """A file of the previous build (checked when it was put) that this build leaves as it is."""
        self.files[relative] = None

    def commit(self, previous: set[str] | None) -> None:
        """Switch `output/` to this build.

        `previous` lists the last build's files, so that the obsolete ones are
        deleted; None when unknown, and then the whole tree is swapped.
        """
        obsolete = sorted((previous or set()) - self.files.keys())
        changes = len(self.changed) + len(obsolete)
        if previous is None or not self.out.is_dir() or changes > FULL_SWAP_SHARE * max(1, len(self.files)):
            self._full_swap()
            return
        journal = {"put": [[n, r] for r, n in self.files.items() if n is not None], "delete": obsolete}
        path = _sibling(self.out, "journal")
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(journal), encoding="utf-8")
        os.replace(temporary, path)  # from here on the build is committed: recover() finishes it
        _apply(self.out, self.staging, journal)
        path.unlink()
        shutil.rmtree(self.staging)

    def _full_swap(self) -> None:
        tree = self.staging / "tree"
        made: set[Path] = set()
        for relative, name in self.files.items():
            target = tree / relative
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if name is None:
                os.link(self.out / relative, target)
            else:
                os.replace(self.staging / name, target)
        old = _sibling(self.out, "old")
        if self.out.exists():
            self.out.rename(old)
        tree.rename(self.out)
        shutil.rmtree(self.staging)
        if old.exists():
            shutil.rmtree(old)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
