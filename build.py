#!/usr/bin/env python3
"""Entry point: `python build.py [build|extract|check|serve|newsletter] ...`; see README."""
import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
