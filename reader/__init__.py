"""reader: compare two news articles sentence by sentence."""

from __future__ import annotations

__version__ = "0.1.0"
