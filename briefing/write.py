"""Write a build into `output/` without ever leaving a broken site, touching only files whose bytes changed.

Every changed file of a build first goes to a staging tree beside `output/`,
at the path it will have in `output/`. Then:

- a *full swap* (the first build, or when much changed): unchanged files are
  hard-linked into the staging tree, which becomes the whole new tree, and two
  renames swap it in;
- a *journalled update* (a few files changed, the usual case while editing):
  a journal listing the staged files and the files to delete is written
  atomically, then applied with one rename per file.

Staging a file (`Writer.stage`) keeps no state in the writer, so worker
processes forked from the build can stage files in parallel and report them
back (`Writer.record`).

If the process dies before the switch, `output/` is untouched. If it dies
during a journalled update, the journal is complete on disk and `recover`
(run at the start of every build) finishes it; if it dies between the two
renames of a full swap, `recover` puts the `.old` tree back.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .cache import write_bytes
from .parallel import stop_signals_held

# Past this share of changed files, copying the tree costs less than renaming file by file.
FULL_SWAP_SHARE = 0.25


class UnsafePath(ValueError):
    """An output path that would land outside the output folder."""


def safe_relative(path: str) -> None:
    """Refuse absolute paths, `..`, backslashes and empty parts before anything touches disk.

    Plain string tests: this runs for every file a build writes.
    """
    if (
        not path
        or "\\" in path
        or "\x00" in path
        or any(part in ("", ".", "..") for part in path.split("/"))  # an absolute path's first part is ""
    ):
        raise UnsafePath(f"refusing to write {path!r} outside the output folder")


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
    tree = staging / "tree"
    for relative in journal["put"]:
        source = tree / relative
        if source.exists():
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for relative in journal["delete"]:
        try:
            (out / relative).unlink()
        except FileNotFoundError:
            pass
        _remove_empty_folders(out, relative)


def _remove_empty_folders(out: Path, relative: str) -> None:
    """Remove the folders above a deleted file that it left empty (`page/3/` once the index
    needs two pages), up to `out`."""
    folder = os.path.dirname(relative)
    while folder:
        try:
            os.rmdir(out / folder)
        except OSError:  # not empty: nor is any folder above it
            return
        folder = os.path.dirname(folder)


class Writer:
    """One build's output: `put` every file (or `keep` an unchanged one), then `commit`."""

    def __init__(self, out: Path):
        self.out = out
        self.staging = _sibling(out, "staging")
        recover(out)
        self.tree = self.staging / "tree"
        self.tree.mkdir(parents=True)
        self.files: dict[str, bool] = {}  # output path → staged (False: the file in output/ stays)
        self.had_output = out.is_dir()  # else no file can be unchanged, and none is compared

    def put(self, relative: str, data: bytes) -> None:
        self.record(relative, self.stage(relative, data))

    def stage(self, relative: str, data: bytes) -> bool:
        """Stage a file unless `output/` already holds these bytes; True when staged."""
        safe_relative(relative)
        if self.had_output and _same_bytes(os.path.join(self.out, relative), data):
            return False
        write_bytes(os.path.join(self.tree, relative), data)
        return True

    def record(self, relative: str, staged: bool) -> None:
        self.files[relative] = staged

    @property
    def changed(self) -> list[str]:
        """The files whose bytes this build changes."""
        return [relative for relative, staged in self.files.items() if staged]

    def keep(self, relative: str) -> None:
        """A file of the previous build (checked when it was put) that this build leaves as it is."""
        self.files[relative] = False

    def commit(self, previous: set[str] | None) -> None:
        """Switch `output/` to this build.

        `previous` lists the last build's files, so that the obsolete ones are
        deleted; None when unknown, and then the whole tree is swapped.
        """
        obsolete = sorted((previous or set()) - self.files.keys())
        changed = self.changed
        changes = len(changed) + len(obsolete)
        if previous is None or not self.out.is_dir() or changes > FULL_SWAP_SHARE * max(1, len(self.files)):
            self._full_swap()
            return
        journal = {"put": changed, "delete": obsolete}
        path = _sibling(self.out, "journal")
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(journal), encoding="utf-8")
        # A Ctrl-C waits until output/ is this build whole: stopped halfway, it would hold some of each.
        with stop_signals_held():
            os.replace(temporary, path)  # from here on the build is committed: recover() finishes it
            _apply(self.out, self.staging, journal)
            path.unlink()
            shutil.rmtree(self.staging)

    def _full_swap(self) -> None:
        for relative, staged in self.files.items():
            if not staged:
                target = self.tree / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(self.out / relative, target)
        old = _sibling(self.out, "old")
        # Ctrl-C and SIGTERM wait for the switch to end: let in between the renames, they would
        # stop the build with no output/ at all, and `abandon` would delete the new tree.
        with stop_signals_held():
            if self.out.exists():
                self.out.rename(old)
            self.tree.rename(self.out)
            shutil.rmtree(self.staging)
            if old.exists():
                shutil.rmtree(old)

    def abandon(self) -> None:
        """Drop what this build staged, unless its journal is written: the switch is then
        committed, and `recover` finishes it from the staged files."""
        if not _sibling(self.out, "journal").exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False
