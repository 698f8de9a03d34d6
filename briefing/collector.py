"""The build's use of the garbage collector: what a build makes mostly lives as long as the build.

The collector looks for reference cycles among objects, visiting them; a
build's objects stay until it ends, so most visits find nothing to free.
A build lets only the young generations be collected, and takes what it
knows to be long-lived (memos read whole, modules imported) out of even
those until it ends. What it drops is left to the collector's next full
pass: the dev server runs one when it is idle (see `serve.Preview`).
"""
from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

# A build that unfreezes at its end is running: only then may `long_lived` freeze. A freeze elsewhere
# (`check`, `newsletter`, a program calling `check_site`) would last as long as the process.
_unfreezing = False


@contextmanager
def young_collections_only() -> Iterator[None]:
    """No full garbage collections while a build runs (nor in the processes it forks).

    What a build holds lives until it ends, so a full collection, which visits
    every object, finds nothing to free: in a cold build of 10,000 articles,
    full collections took about 3.5 s. The young generations are still
    collected, so short-lived reference cycles are freed as before. What the
    memos read from the cache and the modules imported meanwhile is frozen
    (`long_lived`), and unfrozen when the outermost run of this ends. Where
    objects are frozen already (a program calling `build` froze its own), the
    build freezes nothing, so as not to unfreeze them.
    """
    global _unfreezing
    unfreezes = not _unfreezing and gc.get_freeze_count() == 0
    _unfreezing = _unfreezing or unfreezes
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, 1 << 30)  # full collections after 2**30 middle ones: never, in practice
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)
        if unfreezes:
            _unfreezing = False
            gc.unfreeze()  # into the oldest generation: the next full collection frees what the build dropped


@contextmanager
def long_lived() -> Iterator[None]:
    """No collection while what is made inside is made; inside a build, everything then frozen.

    A memo's file holds thousands of objects, and importing a module makes
    thousands more (its functions, classes, constants). The young
    collections their making sets off would look at each of them twice
    (young, then middle-aged) to free none: about 10 ms of a one-article
    rebuild of 1,000 briefings for the memos, as much for the imports, and
    more where a forked process shares their pages (a collection writes to
    every object it looks at, so the kernel copies the page). So none runs
    while they are made, and, inside a build (`young_collections_only`),
    `gc.freeze` then puts every live object out of the collector's sight
    (as if already old): what was made inside, and also whatever else is
    alive then, garbage included, until the build ends and unfreezes them.
    Outside a build nothing is frozen: nothing would unfreeze it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _unfreezing:
            gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    """Every live object out of the collector's sight while inside, for the processes forked there
    to inherit: the collector's sweeps in them then write to none of them, so the kernel copies
    none of their pages. Inside a build they stay frozen until the build ends and unfreezes them;
    outside one they are unfrozen after. Where a caller froze objects of its own, nothing is
    frozen, and nothing of theirs unfrozen."""
    if _unfreezing:
        gc.freeze()
        yield
    elif gc.get_freeze_count():
        yield
    else:
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()


def imported(name: str) -> ModuleType:
    """The module `name`, imported inside `long_lived` the first time.

    Once imported (as under the dev server, for every build after the first)
    there is nothing to keep out of sight, and a freeze would only take the
    last build's garbage out of the collector's sight with the rest.
    """
    if name in sys.modules:
        return sys.modules[name]
    with long_lived():
        return importlib.import_module(name)
