"""The article inside an HTML page: its title, outlet, date and paragraphs, nothing else.

Main-text extraction is trafilatura's job (navigation, adverts, captions, related-story lists
and cookie banners left out); it is imported only when a page is read, since loading it takes
a noticeable fraction of a second.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlparse

from ..model import Source
from .errors import LoadError

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
    body = unicodedata.normalize("NFC", "\n\n".join(lines))
    if len(body) < MIN_TEXT:
        raise LoadError(f"{name}: no article text found on the page")
    outlet = data.get("sitename") or data.get("hostname") or (urlparse(url).hostname if url
                                                              else None)
    return Source(name=name, text=body, kind="text", url=url, title=title,
                  outlet=outlet, published=data.get("date"), byline=data.get("author"))


EXTRACTOR = "trafilatura-1"
"""Names the extraction recipe stored with cached articles; change it when the recipe changes.
Reopening a cached page then needs no extraction (nor loading the extractor); --refresh redoes
both."""
