#!/usr/bin/env python3
"""Entry point: `python build.py [build|extract|check|serve|newsletter] ...`; see README."""
import sys

try:
    from briefing.cli import main

    if __name__ == "__main__":
        sys.exit(main())
except KeyboardInterrupt:  # Ctrl-C during start-up: no traceback, output/ untouched
    sys.exit(130)
