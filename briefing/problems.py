"""One place to report problems: `path:line:col: level: message`.

Every stage records problems here instead of raising or printing, so a build
can list all of them in one run and decide at the end whether it failed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One error or warning, where it is and what is wrong."""

    path: str
    message: str
    level: str = ERROR
    line: int | None = None  # 1-based
    col: int | None = None  # 1-based

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.level}: {self.message}"


def _noting(message: str, merged: str | None) -> str:
    """A message about what a merge key brings in, saying where that is written: the place
    given is the merge's, and the fix may be at the anchor."""
    return f"{message} (merged from {merged})" if merged else message


@dataclass
class Problems:
    """Every problem a run met, so that it can report them all at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, message: str, line: int | None = None, col: int | None = None,
              merged: str | None = None) -> None:
        """`merged`: where a key or value a merge key (`<<`) brings in to `line` is written."""
        self.items.append(Problem(str(path), _noting(message, merged), ERROR, line, col))

    def warning(self, path: str, message: str, line: int | None = None, col: int | None = None,
                merged: str | None = None) -> None:
        self.items.append(Problem(str(path), _noting(message, merged), WARNING, line, col))

    def unique(self) -> list[Problem]:
        """Each problem once, in the order found: a broken shared template fails every page alike."""
        return list(dict.fromkeys(self.items))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.unique() if p.level == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.unique() if p.level == WARNING]

    def promote_warnings(self) -> None:
        """`--strict`: every warning becomes an error."""
        self.items = [replace(p, level=ERROR) for p in self.items]

    def summary(self, briefings: int, seconds: float, verb: str) -> str:
        """The line a command ends with: "built 3 briefings, 1 warning, 0 errors in 0.12 s"."""
        errors, warnings = len(self.errors), len(self.warnings)
        return (f"{verb} {briefings} briefing{'s' if briefings != 1 else ''}, "
                f"{warnings} warning{'s' if warnings != 1 else ''}, {errors} error{'s' if errors != 1 else ''} "
                f"in {seconds:.2f} s")

    def __bool__(self) -> bool:
        return bool(self.items)
