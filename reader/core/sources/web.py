"""Fetching news pages over HTTP(S) politely and safely.

httpx does the transport (redirects, timeouts); this module adds what a reader needs: only
http and https, a size cap, an overall deadline, HTML only, and one clear line per failure
naming the URL and the reason. Caching what was fetched is `store.pages`' job.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

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


def check_url(url: str) -> None:
    """Refuse anything but http(s) URLs with a host, before any network traffic."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest:
        shown = url.split(":", 1)[0] + ":" if ":" in url else url
        raise LoadError(f"{url}: only http:// and https:// addresses can be opened (not {shown})")
    host = rest.split("/", 1)[0].split("@")[-1]
    if not host or host.startswith(":"):
        raise LoadError(f"{url}: not a valid address (no host name)")


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


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """The page at `url`, from the network; raises LoadError on any failure."""
    check_url(url)
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=5,
                          timeout=httpx.Timeout(timeout), headers={"User-Agent": USER_AGENT}
                          ) as client, client.stream("GET", url) as response:
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
            final = str(response.url)
    except LoadError:
        raise
    except Exception as exc:  # httpx and socket errors: one line, never a traceback
        raise LoadError(f"{url}: {_reason(exc, timeout)}") from None
    return Page(url, final, html, time.time())
