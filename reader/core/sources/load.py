"""One entry point for every kind of article location: a file, standard input or a URL.

This is the only module that knows both the file reader and the web reader, so neither
imports the other. Every failure is a `LoadError` whose message is one line fit to show as is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import BinaryIO

from ..model import Source, SourceKind
from .errors import LoadError


def is_url(location: str) -> bool:
    """Whether a location names a URL (of any scheme) rather than a file."""
    return "://" in location or location.lower().startswith(("javascript:", "data:", "mailto:"))


def load(location: str, stdin: BinaryIO | None = None, refresh: bool = False,
         waiting: Callable[[str], None] | None = None) -> Source:
    """Load one article from a path, an http(s) URL (cached unless `refresh`), or standard
    input when `location` is "-". HTML pages, fetched or saved, give their main text. A pipe
    or FIFO with nothing on it yet makes the load tell `waiting` what it waits for."""
    from .files import kind_for, read_file, read_stdin

    if location == "-":
        return _finish(*read_stdin(stdin), "stdin", "text")
    if is_url(location):
        return from_url(location, refresh)
    return _finish(*read_file(location, waiting), location, kind_for(location))


def _finish(text: str, warning: str | None, name: str, kind: SourceKind) -> Source:
    text = unicodedata.normalize("NFC", text)  # once, so offsets never shift later
    if not text.strip():
        raise LoadError(f"{name}: is empty")
    if not any(c.isalnum() for c in text):
        raise LoadError(f"{name}: has no words to compare")
    from .html import looks_like_html

    warnings = (warning,) if warning else ()
    if name.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(text):
        from dataclasses import replace

        from .html import extract

        return replace(extract(text, name), warnings=warnings)
    return Source(name=name, text=text, kind=kind, warnings=warnings)


def from_text(text: str, name: str = "text", kind: SourceKind = "text") -> Source:
    """Wrap text already in memory (tests, other front ends) as a source."""
    return Source(name=name, text=unicodedata.normalize("NFC", text), kind=kind)


def cached_source(url: str) -> Source | None:
    """The article of a URL as cached, without network or extraction; None if not cached."""
    from ..store.pages import cached_article
    from .html import EXTRACTOR
    from .web import without_credentials

    url = without_credentials(url)  # pages are kept under their address without them
    kept = cached_article(url, EXTRACTOR)
    if kept is None or not kept.get("text"):
        return None
    return Source(name=url, text=kept["text"] or "", kind="text",
                  url=kept.get("url"), title=kept.get("title"), outlet=kept.get("outlet"),
                  published=kept.get("published"), byline=kept.get("byline"))


def from_url(url: str, refresh: bool = False) -> Source:
    """The article at a URL; a cached page reopens without network or extraction."""
    from ..store.pages import store_article
    from .html import EXTRACTOR, extract
    from .web import fetch

    if not refresh:
        cached = cached_source(url)
        if cached is not None:
            return cached
    page = fetch(url)  # its addresses come without the credentials the request used
    source = extract(page.html, page.url, url=page.final_url)
    store_article(page.url, page.final_url, page.html, page.fetched,
                  {"extractor": EXTRACTOR, "text": source.text, "url": source.url,
                   "title": source.title, "outlet": source.outlet,
                   "published": source.published, "byline": source.byline})
    return source
