"""The one place that makes URLs: internal links, absolute links, anchors, and the external-URL allowlist.

Every link the site writes goes through `Urls`. A *target* is a path inside
`output/`, written the way it is served: `""` (the home page), `"<slug>/"`,
`"page/2/"`, `"static/style.css"`, `"feed.xml"`, optionally with a `#fragment`.

- Pages link to each other with *relative* URLs (`../static/style.css`), so a
  build works under any subpath, at a domain root and from the dev server alike.
- Pages served from an unknown depth (`404.html`) use *rooted* URLs that carry
  the base path (`/briefs/static/style.css`).
- Canonical links, Open Graph, feeds, the sitemap and the newsletter use
  *absolute* URLs built from `base_url`. When `base_url` is only a path
  (`/briefs/`, the default `/`), there is no host to build them from: the best
  available is the rooted URL, which is what they get.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit

from .model import slugify
from .schema import is_safe_url

# What slugify returns: lowercase ASCII words joined by single hyphens.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Urls:
    def __init__(self, base_url: str):
        parts = urlsplit(base_url)
        # Non-ASCII letters as %XX, as HTTP sends them and sitemaps require ("/répo/" is "/r%C3%A9po/").
        path = quote(parts.path.strip("/"), safe="/%!$&'()*+,;=:@~")
        self.base_path = f"/{path}/" if path else "/"
        self.has_host = bool(parts.scheme and parts.netloc)
        self.origin = f"{parts.scheme}://{parts.netloc}" if self.has_host else ""

    def rooted(self, target: str) -> str:
        """`/<base path>/<target>`: works from any page depth on the published site."""
        return self.base_path + target.lstrip("/")

    def absolute(self, target: str) -> str:
        """The full URL when base_url has a host; otherwise the rooted URL (the best there is)."""
        return self.origin + self.rooted(target)

    def source(self, url: str | None, absolute: bool) -> str | None:
        """An allowlisted source URL (`external`) as a page, or a letter (`absolute`), links to it. A
        relative one names a file of this site: "notes/a.html" is under base_url, whatever the page's depth."""
        if url is None or urlsplit(url).scheme or url.startswith(("//", "#")):
            return url  # a full URL, or a fragment of the page itself
        rooted = posixpath.normpath(url if url.startswith("/") else self.rooted(url))  # "./a", "../a"
        if url.endswith("/") and not rooted.endswith("/"):
            rooted += "/"
        return self.origin + rooted if absolute else rooted

    @staticmethod
    def relative(target: str, page: str) -> str:
        """`target` as seen from the output file `page` (e.g. `"slug/index.html"`).

        Targets are paths from the output root, so climbing to the root and
        walking down again is always right (and cheap: this runs for every link).
        """
        if target.startswith("#"):
            return target
        folder = page[: page.rfind("/") + 1]  # "" for a page at the root
        if folder and target.startswith(folder):
            return "./" + target[len(folder):]
        up = "../" * page.count("/")
        return (up or "./") if target in ("", "/") else up + target

    def linker(self, page: str | None) -> Callable[[str], str]:
        """The `url()` function for one page: relative links, or rooted ones when `page` is None."""
        if page is None:
            return self.rooted
        return lambda target: self.relative(target, page)


def external(url: str | None) -> str | None:
    """An outside URL as it may appear in a page, or None when it is not allowlisted. Characters a
    URL must escape are escaped ("…/a b" is "…/a%20b"): an editor pastes addresses as they read."""
    if not url or not is_safe_url(url):
        return None
    return _MUST_ESCAPE.sub(lambda found: quote(found.group()), url.strip())


NOT_IN_URLS = '"<>\\^`{|}'  # characters a URL must escape (RFC 3986), besides whitespace
_MUST_ESCAPE = re.compile(rf"[\s{re.escape(NOT_IN_URLS)}]")


def anchor(kind: str, ident: str) -> str:
    """The fragment id for a side or a quote: `side-<id>`, `quote-<id>`.

    Ids come from YAML an editor may have typed; they are folded to a slug so
    the id is valid HTML and the same in the page, the newsletter and the feeds.
    """
    slug = fold(ident, max_length=80) or hashlib.sha1(ident.encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{slug}"


def fold(ident: str, max_length: int = 60) -> str:
    """`slugify(ident)`, at the cost of one match when `ident` is a slug already, as ids read from YAML are.

    A slug short enough is its own slugify: there is nothing to fold, replace, strip or cut.
    """
    if len(ident) <= max_length and _SLUG.fullmatch(ident):
        return ident
    return slugify(ident, max_length)
