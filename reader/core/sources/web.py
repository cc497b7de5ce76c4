"""Fetching news pages over HTTP(S) politely and safely.

httpx does the transport (redirects, timeouts); this module adds what a reader needs: only
http and https, a size cap, one deadline for the whole fetch (connection, headers and body),
HTML only, and one clear line per failure naming the URL and the reason. Caching what was
fetched is `store.pages`' job.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from .decoding import decode
from .errors import LoadError

USER_AGENT = "reader/0.1 (news comparison tool)"
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 15.0
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Page:
    """An HTML page as fetched: where it ended up, when, and its text."""

    url: str
    final_url: str
    html: str
    fetched: float


def without_credentials(url: str) -> str:
    """The URL without its `user:password@` part, if any. Only the request itself uses the
    credentials; what is shown (sources, errors, JSON) and kept (the page cache, bookmarks)
    never holds them."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((i for i in (rest.find(mark) for mark in "/?#") if i != -1), default=len(rest))
    if "@" not in rest[:end]:
        return url
    return f"{scheme}://{rest[:end].rsplit('@', 1)[1]}{rest[end:]}"


def check_url(url: str) -> None:
    """Refuse anything but http(s) URLs with a host, before any network traffic."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest:
        shown = url.split(":", 1)[0] + ":" if ":" in url else url
        raise LoadError(f"{without_credentials(url)}: only http:// and https:// addresses can "
                        f"be opened (not {shown})")
    host = rest.split("/", 1)[0].split("@")[-1]
    if not host or host.startswith(":"):
        raise LoadError(f"{without_credentials(url)}: not a valid address (no host name)")


def _reason(exc: Exception, timeout: float) -> str:
    import httpx

    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer within {timeout:g} s"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "redirected to an address that is not http or https"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if "name or service not known" in lowered or "nodename" in lowered or \
                "temporary failure in name resolution" in lowered or "getaddrinfo" in lowered:
            return "host name not found"
        if "refused" in lowered:
            return "connection refused"
        return f"cannot connect ({text})"
    if isinstance(exc, httpx.InvalidURL):
        return "not a valid address"
    return text.splitlines()[0]


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, "page")


class _Deadline:
    """One limit for a whole fetch. httpx's time-outs apply to each network operation, so a
    server sending its headers a line a second is never timed out; at the deadline this
    shuts every connection the fetch opened (learnt from httpx's `trace` extension), which
    ends the wait wherever it is: connecting, in the headers, in the body, on a redirect."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event.endswith(("connect_tcp.complete", "start_tls.complete")):
            sock = info["return_value"].get_extra_info("socket")
            with self._lock:
                self._sockets.append(sock)
                if self.expired:
                    self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked on it in another thread
        except OSError:  # closed already
            pass

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """The page at `url`, from the network, within `timeout` seconds in all; raises LoadError
    on any failure. Credentials in the URL are sent (httpx makes them basic authentication)
    but appear neither in the page's addresses nor in error messages."""
    check_url(url)
    import httpx

    request_url, url = url, without_credentials(url)

    deadline = time.monotonic() + timeout
    limit = _Deadline(timeout)
    try:
        with limit, httpx.Client(follow_redirects=True, max_redirects=5,
                                 timeout=httpx.Timeout(timeout),
                                 headers={"User-Agent": USER_AGENT}) as client, \
                client.stream("GET", request_url, extensions={"trace": limit.trace}) as response:
            if response.status_code >= 400:
                raise LoadError(f"{url}: the server answered {response.status_code} "
                                f"{response.reason_phrase}".rstrip())
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind not in HTML_TYPES:
                raise LoadError(f"{url}: not a web page ({kind or 'no content type'})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise LoadError(f"{url}: page too large ({int(declared) // 1024} KB)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise LoadError(f"{url}: page too large (over {max_bytes // 1024} KB)")
                if time.monotonic() > deadline:
                    raise LoadError(f"{url}: no complete answer within {timeout:g} s")
                chunks.append(chunk)
            html = _decode(b"".join(chunks), response.charset_encoding)
            final = without_credentials(str(response.url))
    except LoadError:
        raise
    except Exception as exc:  # httpx and socket errors: one line, never a traceback
        if limit.expired:
            raise LoadError(f"{url}: no complete answer within {timeout:g} s") from None
        reason = _reason(exc, timeout).replace(request_url, url)
        raise LoadError(f"{url}: {reason}") from None
    return Page(url, final, html, time.time())
