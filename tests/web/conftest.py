"""A real HTTP server on 127.0.0.1 serving news-like pages written for these tests."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = """<!doctype html>
<html><head><title>Bridge shut as Wenlow floods | Marrowby Gazette</title>
<meta property="og:site_name" content="Marrowby Gazette">
<meta property="article:published_time" content="2025-12-04T09:30:00Z">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">ADVERTISEMENT: Buy one get one free at Pellingford Motors</div>
<article>
<h1>Bridge shut as Wenlow floods</h1>
<p class="byline">By Tessa Quill</p>
<p>A bridge over the Wenlow river in Marrowby was closed on Monday after the water rose to record levels, the county council said.</p>
<figure><img src="/river.jpg"><figcaption>The swollen river at dawn (Photo: Derek Pall)</figcaption></figure>
<p>Engineers will inspect the structure once the water falls, council leader Amos Birch said, adding that eight homes had been evacuated.</p>
<p>Drivers were told to use the ring road while the bridge remains shut for repairs, which could take several weeks.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Council tax rise approved after long debate</a></li>
<li><a href="/b">Police appeal after bicycle thefts in Ostrava Lane</a></li>
</ul></aside>
<footer><p>Copyright 2025 Marrowby Gazette. All rights reserved. Unrelated footer text about subscriptions.</p></footer>
</body></html>"""

NOT_ARTICLE = "<!doctype html><html><body><nav><a href='/'>Home</a></nav><p>Hi.</p></body></html>"


REDIRECTS = {"/redirect": "/article", "/loop": "/loop", "/to-ftp": "ftp://127.0.0.1/x"}
"""Paths the test server answers with a 302, and where to."""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    reasons: dict[str, str] = {}
    """Reason phrases to answer with instead of the standard ones, by path."""
    hits: dict[str, int] = {}
    release = threading.Event()
    """Set when a test ends: `/hold` answers then, never before."""

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] = self.hits.get(path, 0) + 1
        self.hits["user-agent"] = self.headers.get("User-Agent", "")  # type: ignore[assignment]
        if "Authorization" in self.headers:
            self.hits["authorization"] = self.headers["Authorization"]  # type: ignore[assignment]
        if path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[path])
            self.end_headers()
            return
        if path == "/slow":
            time.sleep(3)
        if path == "/hold":  # a server that never answers while the test runs
            self.release.wait(60)
        if path == "/trickle-headers":
            self._trickle_headers()
            return
        if path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(800):
                    self.wfile.write(b"<p>" + b"x" * 8192 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        status, kind, body = self.routes.get(path, (404, "text/html", b"<h1>Not found</h1>"))
        try:
            self.send_response(status, self.reasons.get(path))
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out test); nothing to report


    def _trickle_headers(self) -> None:
        """A server that sends one header line every 0.2 s for 6 s, then (too late) a
        response a client would refuse as not a web page."""
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for n in range(30):
                if self.release.wait(0.2):
                    return
                self.wfile.write(f"X-Filler-{n}: {n}\r\n".encode())
                self.wfile.flush()
            self.wfile.write(b"Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    _Handler.routes = {
        "/article": (200, "text/html; charset=utf-8", ARTICLE.encode()),
        "/slow": (200, "text/html", ARTICLE.encode()),
        "/json": (200, "application/json", b'{"a": 1}'),
        "/pdf": (200, "application/pdf", b"%PDF-1.4"),
        "/broken": (500, "text/html", b"<h1>Internal error</h1>"),
        "/empty-page": (200, "text/html", NOT_ARTICLE.encode()),
    }
    _Handler.hits = {}
    _Handler.reasons = {}
    _Handler.release = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    class Server:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        hits = _Handler.hits
        routes = _Handler.routes
        reasons = _Handler.reasons

        @staticmethod
        def stop() -> None:
            httpd.shutdown()
            httpd.server_close()

    yield Server
    _Handler.release.set()
    try:
        httpd.shutdown()
        httpd.server_close()
    except OSError:
        pass
