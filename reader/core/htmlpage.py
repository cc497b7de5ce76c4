"""The article inside an HTML page: its title, outlet, date and paragraphs, nothing else.

Main-text extraction is trafilatura's job (navigation, adverts, captions, related-story lists
and cookie banners left out); it is imported only when a page is read, since loading it takes
a noticeable fraction of a second.
"""

from __future__ import annotations

from urllib.parse import urlparse

from .loading import LoadError, Source

MIN_TEXT = 200


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return "<html" in head and "<body" in text[:20000].lower()


def extract(html: str, name: str, url: str | None = None) -> Source:
    """A source made of the page's article; raises LoadError when it holds none."""
    from trafilatura import bare_extraction

    try:
        document = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                   include_tables=False, include_images=False,
                                   favor_precision=True)
    except Exception as exc:  # a malformed page must not end in a traceback
        raise LoadError(f"{name}: the page could not be read ({exc})") from None
    if document is None:
        raise LoadError(f"{name}: no article text found on the page")
    data = document if isinstance(document, dict) else document.as_dict()
    text = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip() or None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    body = "\n\n".join(lines)
    if len(body) < MIN_TEXT:
        raise LoadError(f"{name}: no article text found on the page")
    outlet = data.get("sitename") or data.get("hostname") or (urlparse(url).hostname if url
                                                              else None)
    return Source(name=name, text=body, encoding="utf-8", kind="text", url=url, title=title,
                  outlet=outlet, published=data.get("date"), byline=data.get("author"))


EXTRACTOR = "trafilatura-1"
"""Names the extraction recipe stored with cached articles; change it when the recipe changes.
Reopening a cached page then needs no extraction (nor loading the extractor); --refresh redoes
both."""


def cached_source(url: str) -> Source | None:
    """The article of a URL as cached, without network or extraction; None if not cached."""
    from . import web

    kept = web.cached_article(url, EXTRACTOR)
    if kept is None or not kept.get("text"):
        return None
    return Source(name=url, text=kept["text"] or "", encoding="utf-8", kind="text",
                  url=kept.get("url"), title=kept.get("title"), outlet=kept.get("outlet"),
                  published=kept.get("published"), byline=kept.get("byline"))


def from_url(url: str, refresh: bool = False) -> Source:
    """The article at a URL; a cached page reopens without network or extraction."""
    from . import web

    if not refresh:
        cached = cached_source(url)
        if cached is not None:
            return cached
    page = web.fetch(url)
    source = extract(page.html, url, url=page.final_url)
    web.store_article(page, {"extractor": EXTRACTOR, "text": source.text, "url": source.url,
                            "title": source.title, "outlet": source.outlet,
                            "published": source.published, "byline": source.byline})
    return source
