"""Where each briefing's page lives: slugs made unique, aliases (former slugs) that redirect, and a
warning when a page moves without one. A page's address is what newsletters link to, so every rule
here keeps an address where it is, or says so.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import MAX_SLUG, slugify
from .problems import Problems
from .schema import Place
from .store import BRIEFINGS_DIR, place_of_key, places_of_items

if TYPE_CHECKING:
    from .site import Located

# Top-level names the site itself uses, and names Windows cannot store.
RESERVED_SLUGS = {"static", "page", "feed", "index", "sitemap", "robots", "404", "cname", "con", "prn",
                  "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


NOT_A_SLUG = "is not a slug (lowercase letters, digits, hyphens)"


def _unsafe_slug(wanted: str, base: str, used: str) -> str:
    """Why a slug asked for is not the one used: what it holds, or its length alone; and, when
    `base`, the slug made of it, is reserved, that too, in the same warning."""
    if not base:
        why = "has no letters or digits to make a slug of"
    elif slugify(wanted, max_length=len(wanted)) == wanted:
        why = f"is longer than {MAX_SLUG} characters, which makes a hard URL to read"
    else:
        why = NOT_A_SLUG
    reserved = f", and {base!r} is reserved by the site" if base and base != used else ""
    return f"slug {wanted!r} {why}{reserved}; using {used!r}"


def given_slug(base: str, wanted: str | None, taken: Container[str]) -> tuple[str, str | None, list[str]]:
    """The slug a build gives a briefing whose slug is made of `base` (`wanted` made a slug, or,
    when `wanted` is None, a title; "" when it holds nothing to make one of): `base` kept clear of
    a reserved name, then numbered clear of the slugs `taken`. With it, the slug it was numbered
    clear of (None if it was not), whose warning, naming who holds it, is the caller's to write,
    and a warning of each other change, one for each mistake."""
    unreserved = _unreserved(base or "briefing")
    slug = _clear_of(unreserved, taken)
    if wanted is not None and (base != wanted or not base):  # an empty slug is no slug either
        warnings = [_unsafe_slug(wanted, base, unreserved)]
    elif unreserved != base:
        warnings = [f"slug {base!r} is reserved by the site; using {unreserved!r}"]
    else:
        warnings = []
    return slug, (unreserved if slug != unreserved else None), warnings


def _clear_of(slug: str, taken: Container[str]) -> str:
    """`slug`, or, if it is taken, the first of `<slug>-2`, `<slug>-3`... that is not."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = _suffixed(slug, f"-{n}"), n + 1
    return candidate


def asked_slug(wanted: str) -> str:
    """The slug a build makes of the one asked for before numbering it: it as a slug, kept clear
    of a reserved name."""
    return _unreserved(slugify(wanted))


def _unreserved(slug: str) -> str:
    return _suffixed(slug, "-briefing") if slug in RESERVED_SLUGS else slug


def made_from(wanted: str, slug: str, numbered_from: str | None, held: Callable[[str], bool]) -> bool:
    """Is `slug` what a build made of a front matter's `wanted` slug (`site._new_slug`): it as a slug,
    kept clear of a reserved name (`asked_slug`), or numbered clear of it, as the build that did so
    recorded (`numbered_from`: the slug it was numbered clear of), or as another briefing's slug
    `held` now shows (for a site built before builds kept that record, or whose cache is gone)?
    If not, the front matter has asked for another slug since ("election", where "election-2024"
    was asked for and given). One with nothing to make a slug of was warned of then."""
    base = asked_slug(wanted)
    number = slug.rsplit("-", 1)[-1]
    return (not base or slug == base or numbered_from == base
            or (number.isdigit() and slug == _suffixed(base, f"-{number}") and held(base)))


def _suffixed(slug: str, suffix: str) -> str:
    """The slug with a suffix, cut to make room for it: a slug longer than MAX_SLUG would be
    cut back to the one it was made to differ from."""
    return slug[:MAX_SLUG - len(suffix)].rstrip("-") + suffix


def named_after_slug(rel: str, slug: str) -> bool:
    """Whether the YAML file `rel` is named `<slug>.yaml`, as a build names the YAML it writes.

    Such a file comes first where two claim one thing: a slug (`unique_slugs`), or an article
    (`site.Sources.by_article`). The name is taken without Path: this runs on every build, over
    every briefing.
    """
    return rel.rsplit("/", 1)[-1] == f"{slug}.yaml"


@dataclass(frozen=True)
class Held:
    """A briefing's YAML asks for a slug another briefing has (`unique_slugs`): `written` is the
    slug as the YAML gives it, `slug` the one made of it, `holder` the briefing that has it."""

    written: str
    slug: str
    holder: Located


def unique_slugs(
    located: list[Located], pages: dict[str, dict], root: Path, problems: Problems,
) -> tuple[list[Located], dict[str, Held]]:
    """Sanitise the slugs editors wrote and give duplicates a suffix, so no page overwrites another.

    A briefing whose YAML file is named after its slug claims it first: an editor who gives a
    briefing a slug already in use moves that briefing's page, never the other one's. Each
    warning points at the `slug:` of the YAML it is about, and its advice depends on where the
    last build put the page (`pages`, as `last_pages` gives them). Where that was at another slug
    of its own, or no page was built from this YAML file (a new briefing, or a file renamed, which
    `moved_pages` knows by its article), its slug may have been just changed onto the one in use,
    so its page moved: the one warning of that is `warn_of_moved_pages`'s, which knows every
    address the page leaves, so those briefings are returned too, by YAML file, with the slug they
    ask for: every caller is to hand them on to it, or that warning is never given.
    """
    taken: dict[str, Located] = {}
    unique: dict[str, Located] = {}
    changed: dict[str, Held] = {}
    for item in sorted(located, key=lambda item: (not named_after_slug(item.rel, item.briefing.slug), item.rel)):
        briefing = item.briefing
        slug, held, warnings = given_slug(slugify(briefing.slug), briefing.slug, taken)
        if held is None:
            # The line that ends such a warning: the slug the build uses, as the YAML would give it.
            warnings = [f"{message}: write 'slug: {slug}', or a slug of your own, to end this warning"
                        for message in warnings]
        else:  # one warning, which names what was written: a line to write would lead to it again
            claim, was = Held(briefing.slug, held, taken[held]), _last_slug(item.rel, pages)
            if was not in (held, slug):  # told with its move, if it moved, by `warn_of_moved_pages`
                changed[item.rel], warnings = claim, []
            else:
                warnings = [_slug_held(item, claim, slug, was)]
        if warnings:  # the file is read again only for a warning
            place = place_of_key(root, item.rel, "slug")
            for message in warnings:
                problems.warning(item.rel, message, **place)
        taken[slug] = item
        if slug != briefing.slug:  # a copy: the parsed briefing may be shared with the cache
            item = replace(item, briefing=replace(briefing, slug=slug))
        unique[item.rel] = item
    return [unique[item.rel] for item in located], changed


def _last_slug(rel: str, pages: dict[str, dict]) -> str | None:
    """The slug the last build gave the page of the YAML file `rel`, if it built one. `pages` is
    scanned only for a slug in use, which is rare."""
    return next((old for old, page in pages.items() if _yaml_of(page, old) == rel), None)


def page_addresses(pages: dict[str, dict], slugs: dict[str, str]) -> dict[str, str]:
    """{slug: YAML file} for each address of each page the last build made (`pages`), as it records
    them (`page_records`), other than the slug its YAML, one of `slugs` ({YAML file: the slug it
    gives}), gives now: a page numbered clear of another's, a page whose slug was just changed,
    and the slugs a page was built under before that no alias has covered yet. A new briefing
    must not take such an address: links to it would reach another story."""
    return {address: rel for old, page in pages.items() if (rel := _yaml_of(page, old)) in slugs
            for address in (*page.get("former", ()), old) if address != slugs[rel]}


def _slug_held(item: Located, held: Held, slug: str, was: str | None, lost: Sequence[str] = ()) -> str:
    """The warning for `item`, whose YAML asks for the slug `held.slug` that `held.holder` has, so
    that its page is at `slug`, with how to end it. `was`: where the last build put its page;
    `lost`: the addresses it had that no page has now (`warn_of_moved_pages`), when it moved.

    A page that moved, leaving addresses links may hold, is to go back to the oldest. Else a YAML of
    the same article is most likely a copy (a backup, or a rename done as a copy), which puts the
    story on the site twice; else, or if it is a follow-up meant to be published, its slug is to
    change (its source.path has a warning of its own), or stay, if the last build put it there, as
    links may point to it then."""
    said = f"slug {_as_written(held.written, held.slug)} is the slug of {held.holder.rel}"
    if lost:
        return (f"{said}, so this briefing's page moved from {was}/ to {slug}/, and links to {_listed(lost)} now "
                f"reach no page: set its slug back to {lost[0]!r}")
    options = "give it a slug of its own" + (f", or write 'slug: {slug}' to keep its page where it is"
                                             if was == slug else "")
    source = item.briefing.source.path
    if source and source == held.holder.briefing.source.path:
        return (f"{said}, a YAML of the same article {source}, so this one is published too, as a second page of "
                f"that story, at {slug}/: if it is a copy you do not mean to publish, delete it (or, if it is to "
                f"replace {held.holder.rel}, delete that); if not, {options}")
    return f"{said}, so this briefing's page is at {slug}/: {options}"


def _as_written(written: str, slug: str) -> str:
    """A slug or alias that clashes, as a warning names it: as the editor wrote it, to find it by,
    and, when that is no slug, the slug made of it, which is what clashes."""
    return repr(slug) if written == slug else f"{written!r} (as a slug, {slug!r})"


def _listed(slugs: Sequence[str]) -> str:
    """The addresses of `slugs` as a sentence lists them: "a/, b/ and c/"."""
    return " and ".join(filter(None, (", ".join(f"{slug}/" for slug in slugs[:-1]), f"{slugs[-1]}/")))


def settle_aliases(located: list[Located], root: Path, problems: Problems) -> list[Located]:
    """Keep the aliases (former slugs) that can redirect: each a slug, none reserved or a page's own
    slug, and each claimed by one briefing (the first in file order). Each one left out is a warning."""
    if not any(item.briefing.aliases for item in located):  # nearly every site, nearly every build
        return located
    pages = {item.briefing.slug: item.rel for item in located}
    claimed: dict[str, str] = {}
    settled = []
    for item in located:
        briefing, kept = item.briefing, []
        places: list[Place] | None = None  # of the aliases in the file: read only for a warning

        def warn(index: int, message: str) -> None:
            nonlocal places
            places = places_of_items(root, item.rel, "aliases") if places is None else places
            problems.warning(item.rel, message, **(places[index] if index < len(places) else {}))

        for index, alias in enumerate(briefing.aliases):
            slug = slugify(alias)
            clash = ("is this briefing's own slug" if slug == briefing.slug else
                     "is a name the site keeps for its own pages" if slug in RESERVED_SLUGS else
                     f"is the slug of {pages[slug]}, whose page stays at that address" if slug in pages else
                     f"is an alias in {claimed[slug]} too, and redirects there" if claimed.get(slug, item.rel) != item.rel
                     else None)
            if clash:  # one warning, whose fix is to remove it: how to write it as a slug is beside the point
                warn(index, f"alias {_as_written(alias, slug)} {clash}, so it does not redirect here; remove it")
                continue
            if not slug:  # '', '---': nothing a link could name
                warn(index, f"alias {alias!r} has no letters or digits to make a slug of, so it redirects nothing; "
                            "remove it")
            elif slug != alias:
                warn(index, f"alias {alias!r} {NOT_A_SLUG}; using {slug!r}: write {slug!r} in its place to end "
                            "this warning")
            if slug and slug not in kept:
                kept.append(slug)
                claimed[slug] = item.rel
        settled.append(item if kept == briefing.aliases else replace(item, briefing=replace(briefing, aliases=kept)))
    return settled


@dataclass(frozen=True)
class Move:
    """A briefing whose page was at another slug, `old`, in the last build; `history` is every slug
    its page was built under before this build, oldest first, `old` last."""

    old: str
    item: Located
    history: list[str]


def moved_pages(pages: dict[str, dict], located: list[Located]) -> list[Move]:
    """The briefings whose page was at another slug in the last build, as `pages` records it
    (`page_records`).

    A briefing is known by its YAML file, or, when the file was renamed too (a front matter's
    new slug names a new file), by its article, if only one briefing has it and it had no page
    of its own last time (a second YAML of the same article deleted is no move)."""
    slugs = {item.briefing.slug for item in located}
    gone = [slug for slug in pages if slug not in slugs]
    if not gone:  # nearly every build
        return []
    by_file = {item.rel: item for item in located}
    by_origin: dict[str, list[Located]] = {}
    for item in located:
        by_origin.setdefault(_origin(item), []).append(item)
    moves = []
    for old in gone:
        page = pages[old]
        same_origin = by_origin.get(page.get("from"), [])
        yaml_file = _yaml_of(page, old)
        item = by_file.get(yaml_file) or (same_origin[0] if len(same_origin) == 1 else None)
        if item is not None and (item.rel == yaml_file or item.briefing.slug not in pages):
            # A page moved back to a former slug keeps it in its place: the first slug is the feeds' id (see README).
            moves.append(Move(old, item, list(dict.fromkeys((*page.get("former", ()), old)))))
    return moves


def warn_of_moved_pages(moves: list[Move], located: list[Located], changed: dict[str, Held], root: Path,
                        problems: Problems) -> None:
    """A warning for each briefing whose slug changed since the last build (`moved_pages`), when
    aliases do not redirect every address its page had: links already sent out would reach the
    page-not-found page. It names each slug of the page's history no alias covers, oldest first,
    as aliases are to be listed: a slug changed twice (typed across two saves under serve, say)
    must not make the build forget the one that was published.

    A briefing that asks for a slug in use (`changed`, from `unique_slugs`) gets one warning, of
    that: where its page moved (its slug was just changed onto that one), its fix is to set its
    slug back, not to keep with aliases an address nobody asked for; else it says where its page is."""
    addresses = {slug for item in located for slug in (item.briefing.slug, *map(slugify, item.briefing.aliases))}
    told: set[str] = set()
    for move in moves:
        item, new = move.item, move.item.briefing.slug
        lost = [slug for slug in move.history if slug not in addresses]
        if item.rel in changed:
            message = _slug_held(item, changed[item.rel], new, move.old, lost)
            told.add(item.rel)
        elif lost:
            listed = ", ".join(map(repr, lost))
            fix = (f"add {listed} at the end of its aliases" if item.briefing.aliases else
                   f"add 'aliases: [{', '.join(lost)}]' to this briefing")
            message = (f"slug changed from {move.old!r} to {new!r} since the last build, so links to {_listed(lost)} "
                       f"reach no page; to send them on to {new}/, {fix}")
        else:
            continue
        problems.warning(item.rel, message, **place_of_key(root, item.rel, "slug"))
    # No move: a new briefing, or one whose last address is another page's now, which it cannot go back to.
    left = changed.keys() - told
    for item in located if left else ():
        if item.rel in left:
            problems.warning(item.rel, _slug_held(item, changed[item.rel], item.briefing.slug, None),
                             **place_of_key(root, item.rel, "slug"))


def page_records(
    pages: dict[str, dict], located: list[Located], moves: list[Move], kept: set[str],
) -> dict[str, dict[str, Any]]:
    """{slug: what the next build's `moved_pages` knows the page by} for each briefing, from the
    last build's `pages` and this build's `moves` (`kept`: the YAML files this build found and did
    not delete, see `_is_page_of`): its article, its YAML file, which is left out
    when named after the slug, as nearly every one is (10,000 pages' record is read on every
    build), and, if it has any, the slugs it was built under before, oldest first (the current
    one too, when the page moved back to it), with the aliases it had, so that a later move
    still names them.

    A build cannot tell which slugs were published, and naming one too many costs an alias, one
    too few a broken link: so every one is kept, even one that was live for a moment under
    serve, until the editor changes the page's aliases after a move, acting on its warning.
    Then what the aliases leave out is one they know was never published, and is forgotten."""
    moved = {move.item.rel: move.history for move in moves}
    records = {}
    for item in located:
        slug, aliases = item.briefing.slug, item.briefing.aliases
        page = pages.get(slug)  # the same slug as last build: the same page, unless another briefing took it
        if item.rel in moved:
            history = moved[item.rel]
        elif page and _is_page_of(page, slug, item, kept):
            history = page.get("former", [])
            if "aliases" in page and page["aliases"] != aliases:
                history = [former for former in history if former in {slug, *aliases}]
        else:
            history = []
        record: dict[str, Any] = {"from": _origin(item)}
        if item.rel != f"{BRIEFINGS_DIR}/{slug}.yaml":
            record["yaml"] = item.rel
        if history:
            record["former"], record["aliases"] = history, aliases
        records[slug] = record
    return records


def _is_page_of(page: dict, slug: str, item: Located, kept: set[str]) -> bool:
    """Is the last build's page at `slug` this briefing's: of the same article, or from the same
    YAML file (its article renamed), if that file is one of those this build found and `kept`?
    A file of that name written for a new article, its briefing deleted, is another page."""
    return page.get("from") == _origin(item) or (_yaml_of(page, slug) == item.rel and item.rel in kept)


def _yaml_of(page: dict, slug: str) -> str:
    """The YAML file the last build's page at `slug` was built from (`page_records`)."""
    return page.get("yaml", f"{BRIEFINGS_DIR}/{slug}.yaml")  # left out when so


def _origin(item: Located) -> str:
    """What a page is the page of, whatever its slug: its article, or its YAML file when it has none."""
    return item.briefing.source.path or item.rel
