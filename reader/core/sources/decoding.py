"""Turning an article's bytes into text, with one clear error for every way that can fail.

Users paste articles from browsers and PDFs, so files arrive with byte-order marks, in legacy
encodings, or are not text at all.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO

from .errors import LoadError

MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 50)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as text: BOMs first, then UTF-8, then a detected legacy encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: invalid {encoding} text ({exc.reason})") from None
    if _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    guess = _detect(data)
    if guess is None:
        raise LoadError(
            f"{name}: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and no other encoding fits; convert it to UTF-8"
        )
    return guess


def _detect(data: bytes) -> str | None:
    """Text in a guessed legacy encoding; None when no guess is trustworthy."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.15:
        return None
    text = str(best)
    if any(0x80 <= ord(ch) <= 0x9F for ch in text):
        return None
    return text


def read_bytes(stream: BinaryIO, name: str) -> bytes:
    """Read at most MAX_BYTES from a stream, refusing anything larger."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; not an article")
    return data
