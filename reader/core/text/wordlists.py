"""Word lists kept as data files: one entry per line, `#` lines are comments.

The closed classes of news English (titles, abbreviations, stop words, demonyms…) live in
`data/words/` beside the stage that uses them, so they can be read, extended and checked for
duplicates without touching code.
"""

from __future__ import annotations

from pathlib import Path


def entries(folder: Path, name: str) -> frozenset[str]:
    """The entries of `folder/name.txt`, blank and `#` lines left out."""
    lines = (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def words(folder: Path, name: str) -> frozenset[str]:
    """Every word of a list's entries, for lists matched a word at a time."""
    return frozenset(word for entry in entries(folder, name) for word in entry.split())
