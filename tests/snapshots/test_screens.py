"""Pictures of the main screen at fixed sizes and themes; compare with --snapshot-update."""

from __future__ import annotations

import json

import pytest

from reader.core.sources.load import load
from reader.ui.app import ReaderApp

from ..app.conftest import ready
from ..conftest import SEED_A, SEED_B

THEMES = ["reader-dark", "reader-light", "reader-contrast"]


@pytest.fixture
def app_with_theme(tmp_path, monkeypatch):
    def make(theme: str, first_run: bool = False) -> ReaderApp:
        monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
        (tmp_path / "config").mkdir(exist_ok=True)
        (tmp_path / "config" / "settings.json").write_text(
            json.dumps({"theme": theme, "hint_shown": not first_run}))
        return ReaderApp((load(str(SEED_A)), load(str(SEED_B))))

    return make


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
@pytest.mark.parametrize("theme", THEMES)
def test_main_screen(snap_compare, app_with_theme, size, theme):
    async def settle(pilot):
        await ready(pilot)
        await pilot.press("j", "j", "j", "j", "j", "j")  # a loose pair, then close ones below
        await pilot.pause(0.1)

    assert snap_compare(app_with_theme(theme), terminal_size=size, run_before=settle)


def test_first_run_hint(snap_compare, app_with_theme):
    async def settle(pilot):
        await ready(pilot)
        await pilot.press("x", "x")  # the conflict
        await pilot.pause(0.1)

    assert snap_compare(app_with_theme("reader-dark", first_run=True), terminal_size=(80, 24),
                        run_before=settle)


def test_help_legend(snap_compare, app_with_theme):
    async def settle(pilot):
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.1)

    assert snap_compare(app_with_theme("reader-contrast"), terminal_size=(100, 45),
                        run_before=settle)
