"""The build cache in `.briefing-cache/`: a lock, extraction results, parsed YAML, and the manifest.

Everything here is keyed by content hashes, never by timestamps, and written
atomically, so a killed build leaves either the old entry or the new one. The
lock is an `flock`, which the kernel releases when its process dies: no stale
lock survives a `kill -9`.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .problems import Problems

CACHE_DIR = ".briefing-cache"


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class Cache:
    def __init__(self, root: Path):
        self.path = root / CACHE_DIR

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One build at a time per site; a second one waits for the first."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / "lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def load_pickle(self, name: str, default: Any) -> Any:
        try:
            return pickle.loads((self.path / name).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            # A cache written by another version of the code is worth nothing: start afresh.
            return default

    def save_pickle(self, name: str, value: Any) -> None:
        atomic_write(self.path / name, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def load_json(self, name: str) -> dict:
        try:
            return json.loads((self.path / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_json(self, name: str, value: dict) -> None:
        atomic_write(self.path / name, json.dumps(value, sort_keys=True).encode("utf-8"))


class Memo:
    """Results of a pure parse step keyed by content hash, with the problems the step reported.

    Replaying the problems keeps every warning visible on every build, cached or not.
    Only the entries used in this build are saved, so the file cannot grow without end.
    """

    # A long-running process (the dev server) keeps its memos in memory between builds.
    _in_memory: dict[Path, dict[str, tuple[Any, list]]] = {}
    # Entries computed since the file was last written. Writing all entries costs more than
    # parsing a few files again, so a handful of new ones waits for the next save.
    _unsaved: dict[Path, int] = {}
    SAVE_AFTER = 8

    def __init__(self, cache: Cache | None, name: str):
        self.cache, self.name = cache, name
        self.entries: dict[str, tuple[Any, list]] = {}
        if cache:
            path = cache.path / name
            if path not in Memo._in_memory:
                Memo._in_memory[path] = cache.load_pickle(name, {})
            self.entries = Memo._in_memory[path]
        self.used: set[str] = set()

    def get(self, key: str, compute: Callable[[Problems], Any], problems: Problems) -> Any:
        if key not in self.entries:
            found = Problems()
            self.entries[key] = (compute(found), found.items)
            self._count_unsaved()
        self.used.add(key)
        value, items = self.entries[key]
        problems.items.extend(items)
        return value

    def remember(self, key: str, value: Any) -> None:
        """Record a value known without computing it (a file this build has just written)."""
        if key not in self.entries:
            self.entries[key] = (value, [])
            self._count_unsaved()
        self.used.add(key)

    def _count_unsaved(self) -> None:
        if self.cache:
            path = self.cache.path / self.name
            Memo._unsaved[path] = Memo._unsaved.get(path, 0) + 1

    def save(self) -> None:
        """Write the entries this build used (dropping the rest), once enough are new or many are stale."""
        if not self.cache:
            return
        path = self.cache.path / self.name
        stale = len(self.entries) - len(self.used)
        if max(Memo._unsaved.get(path, 0), stale) >= self.SAVE_AFTER or not path.exists():
            live = {k: self.entries[k] for k in self.used}
            Memo._in_memory[path] = live
            Memo._unsaved[path] = 0
            self.cache.save_pickle(self.name, live)
