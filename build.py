#!/usr/bin/env python3
"""Entry point: `python build.py [build|extract|check|serve|newsletter] ...`; see README."""
import sys

# Starting the process is part of every rebuild, and compiling our modules costs more than a
# one-article build: keep their bytecode in __pycache__ (git-ignored), as Python does by
# default, even where PYTHONDONTWRITEBYTECODE is set.
sys.dont_write_bytecode = False

try:
    from briefing.cli import main

    if __name__ == "__main__":
        sys.exit(main())
except KeyboardInterrupt:  # Ctrl-C during start-up: no traceback, output/ untouched
    sys.exit(130)
