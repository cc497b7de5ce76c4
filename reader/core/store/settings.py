"""User settings (the chosen theme) in a small JSON file, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .files import parse_json, write_json_atomic


def load(path: Path) -> dict[str, Any]:
    """Settings, or an empty dict when the file is missing or unreadable."""
    try:
        data = parse_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(path: Path, settings: dict[str, Any]) -> None:
    """Write settings atomically, so a crash never leaves half a file."""
    write_json_atomic(path, settings, indent=1)
