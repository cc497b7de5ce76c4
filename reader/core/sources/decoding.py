"""Turning an article's bytes into text, with one clear error for every way that can fail.

Users paste articles from browsers and PDFs, so files arrive with byte-order marks, in legacy
encodings, or are not text at all. A legacy encoding is a guess: when other encodings fit the
bytes as well but read differently, or part of the file is UTF-8 and part is not, the text is
still read, with a warning that letters may be wrong (mojibake otherwise goes unnoticed).
"""

from __future__ import annotations

import codecs
import re
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


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_RIVAL_CHAOS = 0.05
_RIVAL_COHERENCE = 0.1
"""A rival encoding fits as well when its mess ratio is at most this much higher and its
language coherence at most this much lower than the best guess's (charset-normalizer's
measures)."""


def decode(data: bytes, name: str) -> str:
    """Decode bytes as text: BOMs first, then UTF-8, then a detected legacy encoding."""
    return decode_checked(data, name)[0]


def decode_checked(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of some bytes and, when its encoding was an uncertain guess, a one-line
    warning naming the source; raises LoadError when no encoding fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: invalid {encoding} text ({exc.reason})") from None
    if _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    guess = _detect(data)
    if guess is None:
        raise LoadError(
            f"{name}: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and no other encoding fits; convert it to UTF-8"
        )
    text, encoding, rivals = guess
    if _partly_utf8(data, text, encoding):
        return text, (f"{name}: part of it is UTF-8 and part is not (read as {encoding}); "
                      "some letters will be wrong: convert it to UTF-8")
    if rivals:
        others = " or ".join(rivals[:2])
        return text, (f"{name}: not UTF-8; guessed {encoding}, though {others} "
                      f"fit{'s' if len(rivals) == 1 else ''} as well: if letters look wrong, "
                      "convert it to UTF-8")
    return text, None


def _partly_utf8(data: bytes, text: str, encoding: str) -> bool:
    """Whether some letters were written in UTF-8 and now read as two or three others
    (`é` as `Ã©`): at least two such sequences show up, garbled, in the text."""
    garbled = 0
    for sequence in set(_UTF8_SEQUENCE.findall(data, 0, 1 << 20)):
        try:
            misread = sequence.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if sequence.decode("utf-8").isalpha() and misread in text:
            garbled += text.count(misread)
            if garbled >= 2:
                return True
    return False


def _detect(data: bytes) -> tuple[str, str, list[str]] | None:
    """Text in a guessed legacy encoding, that encoding, and the encodings that fit as well
    but read differently; None when no guess is trustworthy."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > 0.15:
        return None
    text = str(best)
    if any(0x80 <= ord(ch) <= 0x9F for ch in text):
        return None
    rivals = [m.encoding for m in matches
              if m is not best and m.chaos <= best.chaos + _RIVAL_CHAOS
              and m.coherence >= best.coherence - _RIVAL_COHERENCE and str(m) != text]
    return text, best.encoding, rivals


def read_bytes(stream: BinaryIO, name: str) -> bytes:
    """Read at most MAX_BYTES from a stream, refusing anything larger."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; not an article")
    return data
