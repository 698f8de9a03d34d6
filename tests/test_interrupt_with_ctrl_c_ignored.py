"""The Ctrl-C tests hold wherever the suite runs: also where it was started with SIGINT ignored.

A shell without job control (a script, a CI step, `( pytest & )`) starts a
background command with SIGINT ignored. Python keeps it ignored, installing no
KeyboardInterrupt handler, and every process it starts inherits that: a
`python build.py` started by such a suite takes no Ctrl-C at all and exits 0.
The interrupt tests then failed, on whichever Ctrl-C test came first, in such
runs only, and looked like a race on a loaded machine.
"""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# The tests that press Ctrl-C in a build started with the interpreter's SIGINT handling:
# `python build.py`, and `main()` inside the test process (serve sets its own handlers).
CTRL_C_TESTS = [
    "test_hardening_interrupt.py::test_a_first_build_interrupted_says_no_output_was_written[build]",
    "test_hardening_interrupt.py::test_a_ctrl_c_between_the_two_renames_of_a_full_swap_leaves_a_complete_output",
    "test_hardening_interrupt.py::test_a_ctrl_c_as_a_rebuild_switches_output_waits_for_the_switch",
]


def _start_with_ctrl_c_ignored() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a shell without job control starts `pytest &`


def test_the_ctrl_c_tests_pass_in_a_suite_started_with_ctrl_c_ignored(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'base'}",
         *(str(TESTS / test) for test in CTRL_C_TESTS)],
        cwd=TESTS.parent, capture_output=True, text=True, timeout=300, preexec_fn=_start_with_ctrl_c_ignored,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"{len(CTRL_C_TESTS)} passed" in done.stdout, done.stdout[-3000:]
