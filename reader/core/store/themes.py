"""Colour themes as data files: the bundled ones in `themes/`, the user's in their config dir.

A theme file is TOML with Textual's theme fields (`primary`, `background`, `dark`…) and a
`[variables]` table for reader's own colours (`diff-removed`, `diff-added`, `discrepancy`,
`entity`…). A file that does not parse or lacks what a theme needs is reported, never fatal.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground",
          "background", "surface", "panel", "boost")
VARIABLES = ("diff-removed", "diff-added", "diff-removed-style", "diff-added-style",
             "discrepancy", "entity", "gap")
_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-z]+|(rgb|hsl)a?\([^)]*\))$")
_STYLE_WORD = "(bold|italic|underline|strike|reverse|dim)"
_STYLE = re.compile(rf"^(none|{_STYLE_WORD}( {_STYLE_WORD})*)$")


@dataclass(frozen=True)
class ThemeSpec:
    """A validated theme definition, independent of the UI toolkit."""

    name: str
    dark: bool
    colors: dict[str, str]
    variables: dict[str, str] = field(default_factory=dict)


def parse(path: Path) -> ThemeSpec:
    """Read one theme file; raises ValueError with a one-line reason."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name}: not valid TOML ({exc})") from None
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,40}", name):
        raise ValueError(f"{path.name}: needs a 'name' of lower-case letters, digits and '-'")
    colors = {k: v for k, v in data.items() if k in FIELDS}
    if "primary" not in colors:
        raise ValueError(f"{path.name}: needs a 'primary' colour")
    for key, value in colors.items():
        if not isinstance(value, str) or not _COLOR.match(value.strip()):
            raise ValueError(f"{path.name}: '{key}' is not a colour: {value!r}")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ValueError(f"{path.name}: [variables] must be a table")
    for key, value in variables.items():
        if key not in VARIABLES or not isinstance(value, str):
            raise ValueError(f"{path.name}: unknown variable '{key}'")
        pattern = _STYLE if key.endswith("-style") else _COLOR
        if not pattern.match(value.strip()):
            raise ValueError(f"{path.name}: variable '{key}' has a bad value {value!r}")
    return ThemeSpec(name, bool(data.get("dark", True)), colors, dict(variables))


def load_all(*folders: Path) -> tuple[list[ThemeSpec], list[str]]:
    """Every theme in the folders (later folders override earlier names) and the problems."""
    specs: dict[str, ThemeSpec] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                spec = parse(path)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            specs[spec.name] = spec
    return list(specs.values()), problems
