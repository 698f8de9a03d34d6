"""What a build of a test site left: the messages it reported, and the one YAML it wrote; and what a
command printed."""
from pathlib import Path

from briefing.cli import main

BRIEFINGS = "site_src/briefings"


def messages(result) -> list[str]:
    """Each problem a build's result holds, as the command line prints it."""
    return [str(p) for p in result.problems.items]


def generated(root: Path) -> Path:
    """The one briefing YAML of the site at `root`."""
    (path,) = (root / BRIEFINGS).glob("*.yaml")
    return path


def run(capsys, root: Path, *argv: str) -> tuple[int, list[str]]:
    """A command's exit status and the problems it printed, one a line."""
    capsys.readouterr()
    status = main([*argv, "--root", str(root)])
    return status, [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line or ": error: " in line]


def one_article_site(tmp_path: Path, rel: str, text: str) -> Path:
    """A site with one article of our own at `rel`, built once: its briefing is `<slug>.yaml`."""
    root = tmp_path / "site"
    (root / "site_src" / "articles").mkdir(parents=True)
    (root / rel).write_text(text)
    assert main(["build", "--root", str(root)]) == 0
    return root
