"""What a build of a test site left: the messages it reported, and the one YAML it wrote."""
from pathlib import Path

BRIEFINGS = "site_src/briefings"


def messages(result) -> list[str]:
    """Each problem a build's result holds, as the command line prints it."""
    return [str(p) for p in result.problems.items]


def generated(root: Path) -> Path:
    """The one briefing YAML of the site at `root`."""
    (path,) = (root / BRIEFINGS).glob("*.yaml")
    return path
