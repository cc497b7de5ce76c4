"""Where the files that ship with reader (seed articles, themes) are, installed or not."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Path:
    """The bundled folder `name`: inside the installed wheel, or at the top of a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled {name} folder is missing from this installation")


def seed_paths() -> tuple[str, str]:
    """The two bundled seed articles, A then B."""
    files = sorted(p for p in data_dir("seeds").iterdir() if p.suffix in (".txt", ".md"))
    if len(files) < 2:
        raise FileNotFoundError("bundled seed articles are missing from this installation")
    return str(files[0]), str(files[1])
