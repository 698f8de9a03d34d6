"""The build cache in `.briefing-cache/`: a lock, extraction results, parsed YAML, and the manifest.

Everything here is keyed by content hashes, never by timestamps, and written
atomically, so a killed build leaves either the old entry or the new one. The
lock is an `flock`, which the kernel releases when its process dies: no stale
lock survives a `kill -9`.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import pickle
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .collector import long_lived
from .parallel import PARALLEL_THRESHOLD, parallel_map
from .problems import Problems

CACHE_DIR = ".briefing-cache"


_CHUNK = 1 << 16


def read_bytes(path: str | os.PathLike) -> bytes:
    """A file's bytes, in as few system calls as Python allows: a build reads thousands of small
    files, and `open()` sets up a buffered reader that a single read does not need."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        chunks = [os.read(descriptor, _CHUNK)]
        while len(chunks[-1]) == _CHUNK:
            chunks.append(os.read(descriptor, _CHUNK))
    finally:
        os.close(descriptor)
    return b"".join(chunks)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Create (or truncate) a file and write `data`, making its folder if it is missing: with
    `os.open` and `os.write`, as `read_bytes` reads, for a build writes thousands of small files,
    and a buffered file object costs more to set up than the write itself."""
    try:
        descriptor = os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:  # its folder is not made yet: one try costs less than a check per file
        os.makedirs(os.path.dirname(path), exist_ok=True)
        descriptor = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
    finally:
        os.close(descriptor)


@functools.cache
def code_digest() -> str:
    """A hash of this package's files (code, lexicons): what every cached result also depends on."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(hashlib.sha256(read_bytes(path)).digest())
    return digest.hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write_bytes(temporary, data)
    os.replace(temporary, path)


class Cache:
    def __init__(self, root: Path):
        self.path = root / CACHE_DIR

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One build at a time per site; a second one waits for the first."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / "lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"waiting for another build of this site to finish ({self.path / 'lock'})", file=sys.stderr)
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def load_pickle(self, name: str, default: Any) -> Any:
        """The value saved under `name`, or `default` if there is none or other code saved it."""
        try:
            code, value = pickle.loads(read_bytes(self.path / name))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return default
        # Parses by other code may be wrong for this code (a new rule, a new field): start afresh.
        return value if code == code_digest() else default

    def save_pickle(self, name: str, value: Any) -> None:
        atomic_write(self.path / name, pickle.dumps((code_digest(), value), protocol=pickle.HIGHEST_PROTOCOL))

    def load_json(self, name: str) -> dict:
        try:
            return json.loads((self.path / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_json(self, name: str, value: dict) -> None:
        atomic_write(self.path / name, json.dumps(value, sort_keys=True).encode("utf-8"))

    def forget(self, name: str) -> None:
        try:
            (self.path / name).unlink()
        except FileNotFoundError:
            pass


class Memo:
    """Results of a pure parse step keyed by content hash, with the problems the step reported.

    Replaying the problems keeps every warning visible on every build, cached or not.
    The file is read on first use, so a build that needs no entry never pays for
    loading it. Only live entries are saved, so the file cannot grow without end.
    """

    # A long-running process (the dev server) keeps its memos in memory between builds.
    _in_memory: dict[Path, dict[str, tuple[Any, list]]] = {}
    # Entries computed since the file was last written. Writing all entries costs more than
    # parsing a few files again, so a handful of new ones waits for the next save.
    _unsaved: dict[Path, int] = {}
    SAVE_AFTER = 8

    def __init__(self, cache: Cache | None, name: str):
        self.cache, self.name = cache, name
        self.path = cache.path / name if cache else None
        self._entries: dict[str, tuple[Any, list]] | None = None if cache else {}
        self.used: set[str] = set()

    @property
    def loaded(self) -> bool:
        return self._entries is not None

    @property
    def entries(self) -> dict[str, tuple[Any, list]]:
        if self._entries is None:
            if self.path not in Memo._in_memory:
                with long_lived():
                    Memo._in_memory[self.path] = self.cache.load_pickle(self.name, {})
            self._entries = Memo._in_memory[self.path]
        return self._entries

    def get(self, key: str, compute: Callable[[Problems], Any], problems: Problems) -> Any:
        if key not in self.entries:
            found = Problems()
            self.entries[key] = (compute(found), found.items)
            self._count_unsaved()
        self.used.add(key)
        value, items = self.entries[key]
        problems.items.extend(items)
        return value

    def find(self, key: str) -> Any:
        """The value stored for `key` (now counted as used), or None; its problems are not replayed."""
        if key not in self.entries:
            return None
        self.used.add(key)
        return self.entries[key][0]

    def get_file(
        self, path: str, key: Callable[[str], str], parse: Callable[[bytes, str, Problems], Any], problems: Problems,
        known: str | None,
    ) -> tuple[Any, str, str]:
        """(parse of a file's bytes, their sha256, the key the hash gives), by that key.

        `known` is the file's hash if this build has taken it already: then the
        file is read only when the memo lacks its key. `parse` is given the
        bytes and their key. Raises OSError when the file cannot be read.
        """
        sha = known
        entry = key(sha) if sha is not None else None
        if entry not in self.entries:
            data = read_bytes(path)
            sha = hashlib.sha256(data).hexdigest()
            entry = key(sha)
        return self.get(entry, lambda found: parse(data, entry, found), problems), sha, entry

    def parse_missing(
        self, files: list[tuple[str, str]], known: dict[str, str], key: Callable[[str, str], str],
        parse: Callable[[bytes, str, Problems], Any],
    ) -> Iterator[tuple[str, Any, list]]:
        """(key, parse, problems) of each (path, rel) file whose hash this build has taken (`known`)
        and whose key this memo lacks, parsed on every core: a first build, or one without a cache.

        Yields nothing when too few are missing to pay for the workers: the
        caller's own reading loop parses those. `key` and `parse` go to the
        workers, so they must be module-level functions.
        """
        missing = [(path, rel) for path, rel in files if path in known and key(rel, known[path]) not in self.entries]
        if len(missing) >= PARALLEL_THRESHOLD:
            parse_file = functools.partial(_parse_file, key=key, parse=parse)
            with parallel_map(parse_file, missing, PARALLEL_THRESHOLD) as results:
                yield from (result for result in results if result is not None)

    def remember(self, key: str, value: Any, problems: list | None = None) -> None:
        """Record a value computed elsewhere (by a worker process, or a file this build has just written)."""
        if key not in self.entries:
            self.entries[key] = (value, problems or [])
            self._count_unsaved()
        self.used.add(key)

    def _count_unsaved(self) -> None:
        if self.path:
            Memo._unsaved[self.path] = Memo._unsaved.get(self.path, 0) + 1

    def save(self, live: set[str] | None = None) -> None:
        """Write the live entries (by default, those this build used), once enough are new or many are stale.

        A memo this build never read is left as it is: its file may hold entries
        that a later build needs.
        """
        if self.path is None or (not self.loaded and self.path.exists()):
            return
        live = self.used if live is None else live
        keep = {k: v for k, v in self.entries.items() if k in live}
        stale = len(self.entries) - len(keep)
        if max(Memo._unsaved.get(self.path, 0), stale) >= self.SAVE_AFTER or not self.path.exists():
            Memo._in_memory[self.path] = self._entries = keep
            Memo._unsaved[self.path] = 0
            self.cache.save_pickle(self.name, keep)


def _parse_file(
    file: tuple[str, str], key: Callable[[str, str], str], parse: Callable[[bytes, str, Problems], Any]
) -> tuple[str, Any, list] | None:
    path, rel = file
    try:
        data = read_bytes(path)
    except OSError:
        return None  # the caller's reading loop meets it again and reports it
    found = Problems()
    return key(rel, hashlib.sha256(data).hexdigest()), parse(data, rel, found), found.items
