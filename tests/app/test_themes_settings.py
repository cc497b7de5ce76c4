"""Theme files and settings.json come from the user's disk: anything in them that cannot be
used is skipped with a visible reason, and the app starts with the default theme."""

from __future__ import annotations

import json

import pytest
from textual.widgets._toast import Toast

from reader.core.sources.load import load
from reader.core.store.resources import data_dir
from reader.ui.app import ReaderApp

from ..conftest import SEED_A, SEED_B
from .conftest import ready

GOOD = 'name = "good"\ndark = true\nprimary = "#1f6fa3"\n'


def build(config):
    return ReaderApp((load(str(SEED_A)), load(str(SEED_B))),
                     theme_dirs=[data_dir("themes"), config / "themes"],
                     settings_file=config / "settings.json")


def toasts(app) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query(Toast)]


@pytest.fixture
def config(dirs):
    (dirs["config"] / "themes").mkdir()
    (dirs["config"] / "themes" / "good.toml").write_text(GOOD)
    return dirs["config"]


@pytest.mark.parametrize("where, value", [
    ("primary", "notacolor"), ("primary", "#12345"), ("background", "rgb(1,2)"),
    ("diff-removed", "notacolor"), ("discrepancy", "hsl(1,2)"),
])
async def test_a_colour_textual_cannot_parse_skips_the_theme(config, where, value):
    colours = {"primary": "#123456", "background": "#101010"}
    variables = {}
    (colours if where in colours else variables)[where] = value
    body = 'name = "odd"\n' + "".join(f'{k} = "{v}"\n' for k, v in colours.items())
    body += "[variables]\n" + "".join(f'{k} = "{v}"\n' for k, v in variables.items())
    (config / "themes" / "odd.toml").write_text(body)
    (config / "settings.json").write_text(json.dumps({"theme": "odd"}))
    app = build(config)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        assert app.theme == "reader-dark" and "odd" not in app.reader_themes
        for _ in range(100):  # notices are drawn a frame or more later on a busy machine
            shown = toasts(app)
            if len(shown) >= 2:
                break
            await pilot.pause(0.02)
        assert any("odd.toml" in t and value in t for t in shown), shown
        assert any("settings.json" in t and "odd" in t and "reader-dark" in t for t in shown), shown
        for _ in range(len(app.reader_themes) + 1):
            await pilot.press("t")
            await pilot.pause()
        assert app.is_running
    assert app._exception is None


@pytest.mark.parametrize("settings, reason", [
    ('{"theme": []}', "'theme'"),
    ('{"theme": {"name": "good"}}', "'theme'"),
    ("[" * 100_000 + "]" * 100_000, "settings.json"),
    ('{"theme": "good"' + " " * 300_000 + "}", "too large"),
    ("\xff\xfe not utf-8", "settings.json"),
    ('["good"]', "settings.json"),
], ids=["list", "table", "deep", "huge", "not-utf8", "not-object"])
async def test_unusable_settings_start_the_default_theme_and_say_why(config, settings, reason):
    (config / "settings.json").write_bytes(settings.encode("latin-1"))
    app = build(config)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        assert app.theme == "reader-dark"
        shown = toasts(app)
        assert any(reason in t and "reader-dark" in t for t in shown), shown
    assert app._exception is None


async def test_an_oversized_theme_file_is_skipped_unread(config):
    (config / "themes" / "huge.toml").write_text(GOOD.replace("good", "huge") + "#" * 400_000)
    app = build(config)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        assert "huge" not in app.reader_themes and "good" in app.reader_themes
        assert any("huge.toml" in t and "too large" in t for t in toasts(app))


async def test_a_deeply_nested_theme_file_is_skipped(config):
    (config / "themes" / "deep.toml").write_text('name = "deep"\nprimary = "#123456"\nx = '
                                                  + "[" * 50_000 + "]" * 50_000 + "\n")
    app = build(config)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        assert "deep" not in app.reader_themes
        assert any("deep.toml" in t for t in toasts(app))
    assert app._exception is None


async def test_choosing_a_theme_keeps_an_unreadable_settings_file_aside(config):
    original = "{ not json"
    (config / "settings.json").write_text(original)
    app = build(config)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
    assert json.loads((config / "settings.json").read_text())["theme"] == chosen
    (kept,) = config.glob("settings.json.corrupt-*")
    assert kept.read_text() == original
