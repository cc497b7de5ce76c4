"""Reading article files into text, with one clear error for every way that can fail.

Users paste articles from browsers and PDFs, so files arrive with byte-order marks, in legacy
encodings, or are not text at all. Each failure becomes a `LoadError` whose message is one line
fit to show as is.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class LoadError(Exception):
    """An article could not be read; the message is one line naming the source and the reason."""


@dataclass(frozen=True)
class Source:
    """Raw text of one article and where it came from."""

    name: str
    text: str
    encoding: str
    kind: str = "text"  # "text" or "markdown"
    url: str | None = None
    title: str | None = None  # from page metadata, when the text itself has no headline
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None

    @property
    def digest(self) -> str:
        """Content hash that identifies the article independently of its file name."""
        import hashlib  # only bookmarks need it, and they load after the first frame

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def is_url(location: str) -> bool:
    """Whether a location names a URL (of any scheme) rather than a file."""
    return "://" in location or location.lower().startswith(("javascript:", "data:", "mailto:"))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 50)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes as text: BOMs first, then UTF-8, then a detected legacy encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: invalid {encoding} text ({exc.reason})") from None
    if _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    guess = _detect(data)
    if guess is None:
        raise LoadError(
            f"{name}: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and no other encoding fits; convert it to UTF-8"
        )
    return guess


def _detect(data: bytes) -> tuple[str, str] | None:
    """Guess a legacy encoding; None when no guess is trustworthy."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.15:
        return None
    text = str(best)
    if any(0x80 <= ord(ch) <= 0x9F for ch in text):
        return None
    return text, best.encoding


def _kind_for(name: str) -> str:
    return "markdown" if name.lower().endswith((".md", ".markdown", ".mdown")) else "text"


def read_bytes(stream: BinaryIO, name: str) -> bytes:
    """Read at most MAX_BYTES from a stream, refusing anything larger."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; not an article")
    return data


def load(location: str, stdin: BinaryIO | None = None, refresh: bool = False) -> Source:
    """Load one article from a path, an http(s) URL (cached unless `refresh`), or standard
    input when `location` is "-". HTML pages, fetched or saved, give their main text."""
    if location == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = read_bytes(stream, "standard input")
        return _finish(data, "stdin", "text")
    if is_url(location):
        from .htmlpage import from_url

        return from_url(location, refresh)
    path = Path(location).expanduser()
    try:
        if path.is_dir():
            raise LoadError(f"{location}: is a directory, not a file")
        with path.open("rb") as handle:
            data = read_bytes(handle, location)
    except FileNotFoundError:
        raise LoadError(f"{location}: no such file") from None
    except PermissionError:
        raise LoadError(f"{location}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{location}: is a directory, not a file") from None
    except OSError as exc:
        raise LoadError(f"{location}: cannot be read ({exc.strerror or exc})") from None
    return _finish(data, location, _kind_for(location))


def _finish(data: bytes, name: str, kind: str) -> Source:
    text, encoding = decode(data, name)
    if not text.strip():
        raise LoadError(f"{name}: is empty")
    from .htmlpage import looks_like_html

    if name.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(text):
        from .htmlpage import extract

        return extract(text, name)
    return Source(name=name, text=text, encoding=encoding, kind=kind)


def from_text(text: str, name: str = "text", kind: str = "text") -> Source:
    """Wrap text already in memory (tests, other front ends) as a source."""
    return Source(name=name, text=text, encoding="utf-8", kind=kind)
