"""The one error every way of reading an article can end in."""

from __future__ import annotations


class LoadError(Exception):
    """An article could not be read; the message is one line naming the source and the reason."""
