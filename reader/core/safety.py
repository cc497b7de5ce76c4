"""Making untrusted article text safe to print: no terminal escape sequence survives, and
nothing that reorders or hides text on screen goes unseen.

Control characters (C0 but tab and newline, DEL, C1) would let a file or a server drive the
terminal (clear it, set the clipboard, plant links). Bidirectional overrides and isolates can
make text read differently from what it holds, and zero-width characters hide differences a
reader is looking for. All of them are shown as visible escapes (`\\x1b`, `\\u202e`).
"""

from __future__ import annotations

import re

INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
"""Zero-width characters, direction marks, bidirectional embeddings, overrides and isolates."""

_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{INVISIBLE}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{INVISIBLE}\u2028\u2029]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """Replace control characters (ESC, CSI, BEL…), bidirectional controls and zero-width
    characters with visible placeholders; tab and newline stay."""
    return _UNSAFE.sub(_shown, text)


def json_escaped(document: str) -> str:
    """A JSON text with the characters `json` leaves raw (DEL, C1 controls, bidirectional
    and zero-width characters, line separators) written as `\\uXXXX` escapes. They only
    occur inside strings, where the escape means the same character."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
