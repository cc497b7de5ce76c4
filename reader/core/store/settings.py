"""User settings (the chosen theme) in a small JSON file, written atomically.

The file is the user's: one that cannot be used (not JSON, not an object, too large, nested
too deeply) gives the defaults and a reason to show, and is set aside rather than overwritten
when a new setting is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .files import parse_json, read_small, set_aside, write_json_atomic


def read(path: Path) -> tuple[dict[str, Any], str | None]:
    """The settings and, when the file exists but cannot be used, why (one line)."""
    try:
        raw = read_small(path)
    except FileNotFoundError:
        return {}, None
    except OSError as exc:
        return {}, f"{path.name} cannot be read ({exc.strerror or exc})"
    except ValueError as exc:  # too large
        return {}, f"{path.name} is {exc}"
    try:
        data = parse_json(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {}, f"{path.name} is not UTF-8 text"
    except ValueError as exc:
        return {}, f"{path.name} is not valid JSON ({exc})"
    if not isinstance(data, dict):
        return {}, f"{path.name} does not hold a JSON object"
    return data, None


def load(path: Path) -> dict[str, Any]:
    """Settings, or an empty dict when the file is missing or cannot be used."""
    return read(path)[0]


def save(path: Path, settings: dict[str, Any]) -> None:
    """Write settings atomically, so a crash never leaves half a file; a file there that
    cannot be used is first kept aside (`settings.json.corrupt-<time>`), not overwritten."""
    _, problem = read(path)
    if problem is not None and path.is_file():
        set_aside(path, "corrupt")
    write_json_atomic(path, settings, indent=1)
