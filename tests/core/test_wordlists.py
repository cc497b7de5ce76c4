"""Word lists are data files a person edits: each entry once, none empty, every file in use."""

from __future__ import annotations

from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "reader" / "core"
LISTS = sorted(CORE.glob("*/data/words/*.txt"))


def test_there_are_word_lists():
    assert len(LISTS) >= 20


@pytest.mark.parametrize("path", LISTS, ids=lambda p: f"{p.parent.parent.parent.name}/{p.name}")
def test_word_list_has_no_duplicates_and_is_used(path):
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert not repeated, f"{path.name} lists these more than once: {repeated}"
    assert entries
    users = "".join(p.read_text(encoding="utf-8") for p in path.parents[2].glob("*.py"))
    assert f'"{path.stem}"' in users, f"{path.name} is not read by its stage"
