"""Fetched pages and the articles extracted from them, cached for reopening offline.

A page is kept with its extracted article under the user cache directory (READER_CACHE_DIR
moves it), so the same pair reopens instantly, offline, and without loading the extractor.
A cache that cannot be read or written only costs speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from .files import parse_json, write_json_atomic

CACHE_VERSION = 1


def cache_dir() -> Path:
    override = os.environ.get("READER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("reader", appauthor=False) / "pages"


def _cache_path(url: str) -> Path:
    return cache_dir() / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:32] + ".json")


def cached_article(url: str, extractor: str) -> dict[str, str | None] | None:
    """The article extracted earlier from the cached page, if the same extractor made it."""
    try:
        data = parse_json(_cache_path(url).read_text(encoding="utf-8"))
        article = data.get("article")
        if data.get("version") == CACHE_VERSION and data.get("url") == url and \
                isinstance(article, dict) and article.get("extractor") == extractor:
            return article
    except (OSError, ValueError):
        pass
    return None


def store_article(url: str, final_url: str, html: str, fetched: float,
                  article: dict[str, str | None]) -> None:
    """Cache a page with the article extracted from it, so reopening needs neither."""
    path = _cache_path(url)
    data = {"version": CACHE_VERSION, "url": url, "final_url": final_url,
            "html": html, "fetched": fetched, "article": article}
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed
        write_json_atomic(path, data)
