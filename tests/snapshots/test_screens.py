"""Pictures of the main screen at fixed sizes and themes; compare with --snapshot-update."""

from __future__ import annotations

import json

import pytest

from reader.core.sources.load import load
from reader.ui.app import ReaderApp

from ..app.conftest import ready
from ..conftest import SEED_A, SEED_B


@pytest.fixture
def app_with_theme(tmp_path, monkeypatch):
    def make(theme: str) -> ReaderApp:
        monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
        (tmp_path / "config").mkdir(exist_ok=True)
        (tmp_path / "config" / "settings.json").write_text(json.dumps({"theme": theme}))
        return ReaderApp((load(str(SEED_A)), load(str(SEED_B))))

    return make


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
@pytest.mark.parametrize("theme", ["reader-dark", "reader-light"])
def test_main_screen(snap_compare, app_with_theme, size, theme):
    async def settle(pilot):
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause(0.1)

    assert snap_compare(app_with_theme(theme), terminal_size=size, run_before=settle)
