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
from typing import Any, Iterator

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
