"""The build plan: configuration and sources in, output files out."""
from __future__ import annotations

from .articles import Article
from .model import Briefing, Extraction, Source, slugify


def briefing_from_extraction(article: Article, extraction: Extraction, slug: str | None = None) -> Briefing:
    """A briefing for an article: its front matter wins over what extraction guessed."""
    meta = article.meta
    title = meta.get("title") or extraction.title
    return Briefing(
        title=title,
        slug=slug or slugify(meta.get("slug") or title) or "briefing",
        date=meta.get("date"),
        source=Source(article.path, article.sha256, meta.get("outlet"), meta.get("url")),
        summary=extraction.summary,
        quotes=extraction.quotes,
        sides=extraction.sides,
        author=meta.get("author"),
        tags=list(meta.get("tags") or []),
    )
