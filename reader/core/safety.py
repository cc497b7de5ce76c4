"""Making untrusted article text safe to print: no terminal escape sequence survives."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert(text: str) -> str:
    """Replace control characters (ESC, CSI, BEL…) with visible placeholders."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
