from __future__ import annotations

import pytest

from reader.core.compare import analyse
from reader.core.sources import web
from reader.core.sources.errors import LoadError
from reader.core.sources.load import load


def test_article_is_extracted_without_page_furniture(server):
    source = load(f"{server.base}/article")
    assert source.title == "Bridge shut as Wenlow floods"
    assert source.outlet == "Marrowby Gazette"
    assert source.published and source.published.startswith("2025-12-04")
    assert source.url == f"{server.base}/article"
    assert source.byline == "Tessa Quill"
    text = source.text
    assert "A bridge over the Wenlow river" in text and "several weeks" in text
    for furniture in ("cookies", "ADVERTISEMENT", "Sport", "Photo: Derek Pall",
                      "Council tax rise", "Copyright", "Related stories"):
        assert furniture not in text, furniture
    article = analyse(source)
    assert article.title == "Bridge shut as Wenlow floods"
    assert len(article.sentences) == 3


def test_cache_reopens_with_the_server_stopped(server):
    first = load(f"{server.base}/article")
    server.stop()
    again = load(f"{server.base}/article")
    assert again.text == first.text
    with pytest.raises(LoadError, match="connection refused"):
        load(f"{server.base}/article", refresh=True)


def test_refresh_fetches_again(server):
    load(f"{server.base}/article")
    load(f"{server.base}/article")
    assert server.hits["/article"] == 1
    load(f"{server.base}/article", refresh=True)
    assert server.hits["/article"] == 2


def test_requests_name_reader_as_user_agent(server):
    load(f"{server.base}/article")
    assert str(server.hits["user-agent"]).startswith("reader/")


def test_redirect_is_followed(server):
    source = load(f"{server.base}/redirect")
    assert source.url == f"{server.base}/article"
    assert source.byline == "Tessa Quill"
    assert "Wenlow" in source.text


@pytest.mark.parametrize(
    "path, message",
    [
        ("/missing", "answered 404"),
        ("/broken", "answered 500"),
        ("/json", "not a web page (application/json)"),
        ("/pdf", "not a web page (application/pdf)"),
        ("/loop", "too many redirects"),
        ("/to-ftp", "not http or https"),
        ("/empty-page", "no article text"),
    ],
)
def test_failures_are_one_line_naming_url_and_reason(server, path, message):
    with pytest.raises(LoadError) as exc:
        load(f"{server.base}{path}")
    text = str(exc.value)
    assert text.startswith(f"{server.base}{path}: ") and message in text
    assert "\n" not in text


def test_huge_page_is_refused(server):
    with pytest.raises(LoadError, match="too large"):
        web.fetch(f"{server.base}/huge", max_bytes=1024 * 1024)


def test_slow_page_times_out(server):
    with pytest.raises(LoadError, match="within 1 s"):
        web.fetch(f"{server.base}/slow", timeout=1.0)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)",
                                 "http://", "https:///nohost"])
def test_other_schemes_and_bad_urls_are_refused_without_network(url):
    with pytest.raises(LoadError, match="only http|not a valid"):
        load(url)


def test_unknown_host(monkeypatch, tmp_path):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    with pytest.raises(LoadError, match="host name not found|cannot connect"):
        web.fetch("http://no-such-host.invalid/article", timeout=5)


def test_saved_html_file_is_extracted(tmp_path):
    from .conftest import ARTICLE

    page = tmp_path / "saved.html"
    page.write_text(ARTICLE)
    source = load(str(page))
    assert source.title == "Bridge shut as Wenlow floods"
    assert "cookies" not in source.text and "Amos Birch" in source.text


def test_cached_page_reopens_without_extracting_again(server, monkeypatch):
    first = load(f"{server.base}/article")
    from reader.core.sources import html

    def boom(*args, **kwargs):
        raise AssertionError("extraction should not run for a cached article")

    monkeypatch.setattr(html, "extract", boom)
    server.stop()
    again = load(f"{server.base}/article")
    assert (again.text, again.title, again.outlet) == (first.text, first.title, first.outlet)
