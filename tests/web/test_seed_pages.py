"""The seed articles as web pages (with the furniture a page has) compare like the text seeds."""

from __future__ import annotations

import html

from reader.core.compare import compare, compare_paths
from reader.core.sources.load import load
from reader.core.text.normalize import fold_chars

from ..conftest import SEED_A, SEED_B

CHROME_TOP = """<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/sport">Sport</a></nav><div class="cookies">We use cookies. Accept all cookies.</div>
<div class="ad">Advertisement — subscribe for 1 euro a month</div>"""
CHROME_BOTTOM = """<aside><h3>Most read</h3><ul><li><a href="/x">Markets rally as rates fall</a></li>
<li><a href="/y">Storm warning for the coast this weekend</a></li></ul></aside>
<footer>© 2025 The Outlet. All rights reserved. Terms. Privacy.</footer>"""


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"{CHROME_TOP}<article>{body}</article>{CHROME_BOTTOM}</body></html>")


def _seed_a_page() -> str:
    paragraphs = SEED_A.read_text().strip().splitlines()
    body = []
    for p in paragraphs:
        tag = "h2" if p in ("28-point plan ‘still valid’", "Russian attacks continue") else "p"
        body.append(f"<{tag}>{html.escape(p)}</{tag}>")
    return _page("Putin interview", "\n".join(body))


def _seed_b_page() -> str:
    blocks = [b.strip() for b in SEED_B.read_text().split("\n\n") if b.strip()]
    caption, section = blocks[0].splitlines()
    headline = blocks[1]
    body_start = blocks.index("Associated Press") + 1
    related_start = next(k for k, b in enumerate(blocks) if b.startswith("'We have to evolve'"))
    body = [f"<p class='section'>{html.escape(section)}</p>",
            f"<h1>{html.escape(headline)}</h1>",
            f"<figure><img src='/p.jpg'><figcaption>{html.escape(caption)}</figcaption></figure>",
            "<p class='byline'>Associated Press</p>"]
    body += [f"<p>{html.escape(b)}</p>" for b in blocks[body_start:related_start]]
    related = "".join(f"<li><a href='/r{k}'>{html.escape(b)}</a></li>"
                      for k, b in enumerate(blocks[related_start:-1]))
    return _page(headline, "\n".join(body)) .replace(
        "</article>", f"</article><aside><ul>{related}</ul><div>SCROLL FOR NEXT</div></aside>")


def test_seed_pages_compare_like_the_text_seeds(tmp_path):
    a_html, b_html = tmp_path / "a.html", tmp_path / "b.html"
    a_html.write_text(_seed_a_page())
    b_html.write_text(_seed_b_page())
    from_pages = compare(load(str(a_html)), load(str(b_html)))
    from_text = compare_paths(str(SEED_A), str(SEED_B))

    def sentences(article):
        return [" ".join(fold_chars(s.text).split()) for s in article.sentences]

    assert sentences(from_pages.a) == sentences(from_text.a)
    assert sentences(from_pages.b) == sentences(from_text.b)
    assert from_pages.b.title == from_text.b.title
    assert [(p.a, p.b) for p in from_pages.pairs] == [(p.a, p.b) for p in from_text.pairs]
    flags = [(d.kind, d.a, d.b) for p in from_pages.pairs for d in p.discrepancies]
    assert ("number", "eight people", "six people") in flags
