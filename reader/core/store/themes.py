"""Colour themes as data files: the bundled ones in `themes/`, the user's in their config dir.

A theme file is TOML with Textual's theme fields (`primary`, `background`, `dark`…) and a
`[variables]` table for reader's own colours (`diff-removed`, `diff-added`, `discrepancy`,
`entity`…). A file that does not parse, is too large, or lacks what a theme needs is reported,
never fatal. The shape of a colour is checked here; whether the toolkit can use it is for the
caller to say (`check_color`), as this layer knows no toolkit.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .files import read_small

ColorCheck = Callable[[str], str | None]
"""Says why a colour cannot be used, or None when it can."""

FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground",
          "background", "surface", "panel", "boost")
VARIABLES = ("diff-removed", "diff-added", "diff-removed-background", "diff-added-background",
             "diff-removed-style", "diff-added-style", "emphasis-style",
             "discrepancy", "discrepancy-precision", "discrepancy-attribution", "entity", "gap")
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


def _color_problem(value: object, check: ColorCheck | None) -> str | None:
    if not isinstance(value, str) or not _COLOR.match(value.strip()):
        return "not a colour"
    return check(value.strip()) if check is not None else None


def parse(path: Path, check_color: ColorCheck | None = None) -> ThemeSpec:
    """Read one theme file; raises ValueError with a one-line reason."""
    try:
        data = tomllib.loads(read_small(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name}: not valid TOML ({exc})") from None
    except RecursionError:
        raise ValueError(f"{path.name}: nested too deeply") from None
    except ValueError as exc:  # too large
        raise ValueError(f"{path.name}: {exc}; not a theme") from None
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,40}", name):
        raise ValueError(f"{path.name}: needs a 'name' of lower-case letters, digits and '-'")
    colors = {k: v for k, v in data.items() if k in FIELDS}
    if "primary" not in colors:
        raise ValueError(f"{path.name}: needs a 'primary' colour")
    for key, value in colors.items():
        problem = _color_problem(value, check_color)
        if problem:
            raise ValueError(f"{path.name}: '{key}' is {problem}: {value!r}")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ValueError(f"{path.name}: [variables] must be a table")
    for key, value in variables.items():
        if key not in VARIABLES or not isinstance(value, str):
            raise ValueError(f"{path.name}: unknown variable '{key}'")
        if key.endswith("-style"):
            problem = None if _STYLE.match(value.strip()) else "not a text style"
        else:
            problem = _color_problem(value, check_color)
        if problem:
            raise ValueError(f"{path.name}: variable '{key}' is {problem}: {value!r}")
    return ThemeSpec(name, bool(data.get("dark", True)),
                     {key: value.strip() for key, value in colors.items()},
                     {key: value.strip() for key, value in variables.items()})


def load_all(*folders: Path, check_color: ColorCheck | None = None,
             ) -> tuple[list[ThemeSpec], list[str]]:
    """Every theme in the folders (later folders override earlier names) and the problems."""
    specs: dict[str, ThemeSpec] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                spec = parse(path, check_color)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            specs[spec.name] = spec
    return list(specs.values()), problems
