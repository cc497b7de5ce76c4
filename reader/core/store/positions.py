"""Where the reader left each pair of articles, so reopening the pair returns there.

A small JSON file beside the settings (`positions.json`), written atomically like them. A pair
is known by its two articles' content hashes, so a renamed file is the same pair and an edited
one is not. A position is the first sentence of each side of the passage that was selected
(sentences outlive changes in how passages are aligned) and the passage's number as a last
resort. Only the most recent `KEEP` pairs are kept, so the file stays small; a file that cannot
be used is ignored and replaced on the next save: it holds nothing a person wrote.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import parse_json, read_small, write_json_atomic

VERSION = 1
KEEP = 200
"""Pairs remembered at most; the least recently read are forgotten first."""


@dataclass(frozen=True)
class Position:
    """The passage last selected in a pair: its first sentence of A and of B (either may be
    None for a passage one side lacks) and its number among the passages."""

    a: int | None
    b: int | None
    row: int


def pair_key(digest_a: str, digest_b: str) -> str:
    return f"{digest_a}:{digest_b}"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = parse_json(read_small(path).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    pairs = data.get("pairs")
    return pairs if isinstance(pairs, dict) else {}


def _index(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def load(path: Path, key: str) -> Position | None:
    """The saved position of a pair, or None (never saved, or the file unusable)."""
    entry = _read(path).get(key)
    if not isinstance(entry, dict):
        return None
    row = _index(entry.get("row"))
    if row is None:
        return None
    return Position(_index(entry.get("a")), _index(entry.get("b")), row)


def save(path: Path, key: str, position: Position, now: float | None = None) -> None:
    """Remember a pair's position, keeping the `KEEP` most recent pairs; raises OSError."""
    pairs = _read(path)
    pairs[key] = {"a": position.a, "b": position.b, "row": position.row,
                  "time": time.time() if now is None else now}

    def when(item: tuple[str, Any]) -> float:
        stamp = item[1].get("time") if isinstance(item[1], dict) else None
        return stamp if isinstance(stamp, (int, float)) else 0.0

    kept = dict(sorted(pairs.items(), key=when, reverse=True)[:KEEP])
    write_json_atomic(path, {"version": VERSION, "pairs": kept})
