"""Site configuration: `site_src/site.yaml` loaded and validated as typed options.

A site without `site.yaml` builds with the defaults below. Every problem in
the file is reported with its line and column; unknown keys are warnings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from .articles import decode, looks_binary
from .problems import Problems
from .schema import Number, Place, Record, Seq, Text, Url, WarnIfBlank, items_of, load_yaml, mark_of, value_of
from .urls import NOT_IN_URLS, Urls

CONFIG_PATH = "site_src/site.yaml"
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be a site's base_url, or None. Every link is made from it, so it must be
    an http(s) URL with a host or a path from the root: "user.github.io/repo/" would be a folder."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # an unbalanced [ or ] in the host
        return f"base_url {url!r} is not a URL ({exc}): write it like https://user.github.io/repo/"
    if "?" in url or "#" in url or any(c.isspace() or c in NOT_IN_URLS for c in url):
        return (f"base_url {url!r} must not hold a space, a query (?), a fragment (#) or any of {NOT_IN_URLS}: "
                f"every page's address is made from it; write a space as %20")
    if any(segment in (".", "..") for segment in unquote(parts.path).split("/")):  # browsers resolve them, "%2e%2e" too
        return f"base_url {url!r} holds a '.' or '..' folder; write the folder it leads to, like /repo/"
    if _BAD_ESCAPE.search(url):
        return f"base_url {url!r} has a % that starts no escape like %20; write a % itself as %25"
    page = parts.path.rsplit("/", 1)[-1]
    if page.lower().endswith((".html", ".htm")):  # the address of a page, copied from the browser
        folder = url[: len(url) - len(page)]
        return base_url_problem(folder) or f"base_url {url!r} names a page, not the site's folder; write {folder!r}"
    if (parts.scheme in ("http", "https") and parts.netloc) or (not parts.scheme and not parts.netloc and url[:1] == "/"):
        return None
    guess = f"https://{url}" if not parts.scheme and "." in url.split("/", 1)[0] else "https://user.github.io/repo/"
    return f"base_url {url!r} must be a full URL like {guess} or a path from the root like /repo/"


class BaseUrl(Url):
    """A URL (see `Url`) that can be a site's base_url (see `base_url_problem`)."""

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is not None and (problem := base_url_problem(value)):
            problems.error(path, problem, **mark_of(node))
            return None
        return value


HOST_NAME = re.compile(r"(?=.{1,253}\Z)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+\Z", re.IGNORECASE)


class Domain(Text):
    """A bare host name, as GitHub Pages reads it from CNAME: "news.example.org"."""

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is not None and not HOST_NAME.match(value):
            host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
            guess = host if HOST_NAME.match(host) else "news.example.org"
            problems.error(path, f"domain {value!r} must be a bare host name like {guess}: "
                                 "GitHub Pages reads it from CNAME", **mark_of(node))
            return None
        return value


LANGUAGE_TAG = re.compile(r"(?:[a-z]{2,3}|[ix])(-[a-z0-9]{1,8})*\Z", re.IGNORECASE)  # "en", "en-GB", "zh-Hant", "x-klingon"


class Language(Text):
    """The site's language, as <html lang> and the feeds name it: a BCP 47 tag such as en or en-GB."""

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is not None and "_" in value and LANGUAGE_TAG.match(tag := value.replace("_", "-")):
            problems.warning(path, f"language {value!r} is a locale name; using the language tag {tag!r}, "
                                   "which HTML and feeds read", **mark_of(node))
            value = tag
        if value is not None and not LANGUAGE_TAG.match(value):
            problems.error(path, f"language {value!r} must be a language tag like en, en-GB or fr", **mark_of(node))
            return None
        return value


SCHEMA = Record(
    {
        "title": WarnIfBlank("a blank title is left out, and the site keeps its default title; write the site's name, "
                             "or delete the line"),
        "description": Text(),
        "base_url": BaseUrl(),
        "language": Language(),
        "author": Text(),
        "domain": Domain(),
        "articles": Seq(Text(), name="a list of article folders"),
        "per_page": Number(minimum=1),
    },
    name="site.yaml",
)


# Languages written right to left (ISO 639-1): Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Yiddish, Dhivehi, Uyghur.
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ug"}
# Scripts written right to left (ISO 15924), for tags that name one: Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam.
RIGHT_TO_LEFT_SCRIPTS = {"arab", "hebr", "thaa", "syrc", "nkoo", "adlm"}


@dataclass
class SiteConfig:
    """site.yaml, validated, with its defaults."""

    title: str = "Briefings"
    description: str = "News briefings: the summary, the key quotes and the sides of each story."
    base_url: str = "/"  # a full URL ("https://user.github.io/repo/") or a path ("/repo/")
    language: str = "en"
    author: str | None = None
    domain: str | None = None  # written to CNAME for GitHub Pages
    articles: list[str] = field(default_factory=lambda: ["seeds", "site_src/articles"])
    per_page: int = 50
    # Where base_url was set, for a warning to point at: site.yaml (its line and column) or "--base-url".
    base_url_at: str = field(default=CONFIG_PATH, repr=False)
    base_url_mark: tuple[int | None, int | None] = field(default=(None, None), repr=False)

    @property
    def base_path(self) -> str:
        """The path part of base_url, always with a leading and a trailing slash."""
        return Urls(self.base_url).base_path

    @property
    def direction(self) -> str:
        """The writing direction of the site's language, as <html dir> names it: from its script
        where the tag names one (ku-Arab), else from the language (ar)."""
        language, *rest = self.language.lower().split("-")
        script = next((part for part in rest if len(part) == 4 and part.isalpha()), None)
        return "rtl" if (script in RIGHT_TO_LEFT_SCRIPTS if script else language in RIGHT_TO_LEFT) else "ltr"

    @property
    def is_absolute(self) -> bool:
        """Whether base_url has a host, so that absolute links can be made."""
        return Urls(self.base_url).has_host


def example_base_url(config: SiteConfig) -> str:
    """A full base_url for the site's path, to show in advice: GitHub Pages' address for it, or the
    site's own domain's root."""
    return domain_root(config.domain) if config.domain else f"https://user.github.io{config.base_path}"


def domain_root(domain: str) -> str:
    """The address at which GitHub Pages serves a site with its own domain: the domain's root, over https."""
    return f"https://{domain.lower()}/"


def warn_of_no_host(config: SiteConfig, problems: Problems) -> None:
    """Say, where base_url is set, that a site under a subpath has no host in its base_url: its
    sitemap, feeds and newsletters can give pages by path alone, where crawlers, feed readers and
    mail need full URLs. Not of `/`, the default, at which editors preview a site."""
    if config.is_absolute or config.base_path == "/":
        return
    example = example_base_url(config)
    problems.warning(config.base_url_at, f"base_url {config.base_url!r} has no host, so sitemap.xml, the feeds and "
                                         f"the newsletters give pages by path alone, which crawlers, feed readers "
                                         f"and mail cannot follow: set base_url to the site's full address, like "
                                         f"{example}, or build with --base-url {example}", *config.base_url_mark)


def normalise_base_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _article_folders(root: Path, folders: list[yaml.Node], problems: Problems) -> list[str]:
    """The article folders to read, each once: not one outside the site, nor one that is, or is
    inside, or holds, a folder listed before it (folders are read with their subfolders, and an
    article read twice would make two briefings and two pages)."""
    kept: dict[Path, str] = {}  # resolved folder -> as listed
    for folder in folders:
        if not isinstance(folder.value, str):
            continue
        if Path(folder.value).is_absolute() or ".." in Path(folder.value).parts:
            problems.error(CONFIG_PATH, f"article folder {folder.value!r} must be a relative path inside the site",
                           **mark_of(folder))
            continue
        here = (root / folder.value).resolve()
        if not here.is_dir():
            problems.warning(CONFIG_PATH, f"article folder {folder.value!r} does not exist: "
                                          "fix its name, or create it and put articles in it", **mark_of(folder))
        overlaps = [path for path in kept if path == here or path in here.parents or here in path.parents]
        if overlaps:
            problems.warning(CONFIG_PATH, f"article folder {folder.value!r} overlaps {kept[overlaps[0]]!r}, listed "
                                          f"before (folders are read with their subfolders): each article is read "
                                          f"once", **mark_of(folder))
            if any(path == here or path in here.parents for path in overlaps):
                continue  # already read
            for path in overlaps:  # inside this one, which is read instead
                del kept[path]
        kept[here] = folder.value
    return list(kept.values())


def load_config(root: Path, problems: Problems, base_url: str | None = None,
                base_url_from: str = "--base-url") -> SiteConfig:
    """site.yaml's settings, `base_url` (given on the command line, `base_url_from`) over its own."""
    config = SiteConfig()
    path = root / CONFIG_PATH
    domain_mark: Place = {}
    data = path.read_bytes() if path.is_file() else None
    if data is not None and looks_binary(data):
        problems.error(CONFIG_PATH, "not a text file (it looks binary): write the site's settings as YAML text")
    elif data is not None:
        node = load_yaml(decode(data, CONFIG_PATH, problems), CONFIG_PATH, problems)
        values = SCHEMA.check(node, CONFIG_PATH, problems) if node is not None else None
        for key, value in (values or {}).items():
            if value is not None:
                setattr(config, key, value)
        if (domain := value_of(node, "domain")) is not None:
            domain_mark = mark_of(domain)
        if (written := value_of(node, "base_url")) is not None:
            place = mark_of(written)
            config.base_url_mark = (place["line"], place["col"])
        if folders := items_of(node, "articles"):
            config.articles = _article_folders(root, folders, problems)
    if base_url is not None:
        if problem := base_url_problem(base_url):
            problems.error(base_url_from, problem)
        elif normalise_base_url(base_url) != normalise_base_url(config.base_url):
            config.base_url, config.base_url_at, config.base_url_mark = base_url, base_url_from, (None, None)
    config.base_url = normalise_base_url(config.base_url)
    host = urlsplit(config.base_url).hostname
    if config.domain and host and host != config.domain.lower():
        problems.warning(CONFIG_PATH, f"base_url's host {host} is not the domain {config.domain}: every absolute "
                                      f"link would name {host}, which GitHub Pages redirects; set base_url to "
                                      + domain_root(config.domain), **domain_mark)
    # GitHub Pages serves a custom domain at its root, over https: links, feeds and sitemap can be
    # absolute. Not when --base-url asks for another address (a preview, say).
    if config.domain and config.base_url == "/" and base_url is None:
        config.base_url = domain_root(config.domain)
    return config
