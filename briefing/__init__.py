"""Briefing: a static-site generator for news briefing pages."""

__version__ = "0.1.0"
