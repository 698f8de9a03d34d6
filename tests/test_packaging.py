"""The package as `pip install .` (not editable) installs it: it must build a site on its own."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOT_SOURCES = shutil.ignore_patterns(".git", "output", "build", "*.egg-info", "__pycache__", ".briefing-cache",
                                     ".hypothesis", ".pytest_cache", "site_src", "tests")

# Run in the installed copy: fails unless `briefing` is imported from it, then builds the site in the current folder.
BUILD_WITH_INSTALLED = (
    "import sys, briefing; from briefing.cli import main\n"
    "assert briefing.__file__.startswith(sys.argv[1]), briefing.__file__\n"
    "sys.exit(main(['build']))\n"
)


def test_the_wheel_carries_the_default_templates_and_builds_a_site(site, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCES)
    wheels = tmp_path / "wheels"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (wheel,) = wheels.glob("briefing-*.whl")
    installed = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(installed)  # what pip does with a pure-Python wheel, less the metadata

    done = subprocess.run([sys.executable, "-c", BUILD_WITH_INSTALLED, str(installed)], cwd=site,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(installed)})

    assert done.returncode == 0, done.stderr
    assert (installed / "briefing" / "templates" / "static" / "style.css").is_file()
    (page,) = [p for p in (site / "output").glob("*/index.html") if p.parent.name not in ("page", "static")]
    assert "Peskov" in page.read_text(encoding="utf-8")
    assert (site / "output" / "static" / "style.css").read_bytes() == (REPO / "templates" / "static" / "style.css").read_bytes()
