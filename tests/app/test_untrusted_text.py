"""Outside text in the app (searches, paths, theme files, server answers, article text) is shown
as written: markup in it neither styles a message nor crashes the app, controls are visible."""

from __future__ import annotations

from textual.widgets._toast import Toast

from reader.core.sources.load import load
from reader.ui.app import ReaderApp

from ..conftest import SEED_A, SEED_B
from .conftest import ready


def toasts(app) -> list[str]:
    """The notifications drawn on the screen, as plain text."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def shown(pilot, needle: str) -> list[str]:
    for _ in range(50):
        await pilot.pause(0.02)
        found = toasts(pilot.app)
        if any(needle in toast for toast in found):
            return found
    return toasts(pilot.app)


async def search(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.pause()
    pilot.app.screen.query_one("Input").value = text
    await pilot.press("enter")


async def test_search_for_a_closing_tag_is_shown_as_typed(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await search(pilot, "[/nonexistent]")
        found = await shown(pilot, "[/nonexistent]")
        assert any("“[/nonexistent]” is in neither article." in t for t in found), found
    assert app.return_code in (None, 0) and app._exception is None


async def test_a_click_action_in_a_search_is_not_clickable(make_app):
    app = make_app()
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await search(pilot, "[@click=app.quit]zzz[/]")
        found = await shown(pilot, "zzz")
        assert any("[@click=app.quit]zzz[/]" in t for t in found), found
        toast = next(t for t in app.screen.query(Toast) if "zzz" in str(t.render()))
        assert all("@click" not in str(span.style) for span in toast.render().spans)
        await pilot.click(Toast, offset=(3, 0))
        await pilot.pause()
        assert app.is_running


async def test_failed_export_path_with_markup_is_reported_as_written(make_app, dirs):
    app = make_app()
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        target = dirs["work"] / "no-such-dir" / "[/v2]" / "notes.md"
        app.screen.query_one("Input").value = str(target)
        await pilot.press("enter")
        found = await shown(pilot, "Cannot write")
        assert any(f"Cannot write {target}" in t for t in found), found
    assert app._exception is None


async def test_theme_problems_are_drawn_with_their_brackets(dirs, tmp_path):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "markup.toml").write_text('name = "markup"\nprimary = "[/x]"\n')
    (themes / "table.toml").write_text('name = "table"\nprimary = "#123456"\nvariables = "x"\n')
    app = ReaderApp((load(str(SEED_A)), load(str(SEED_B))), theme_dirs=[themes],
                    settings_file=tmp_path / "settings.json")
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        found = await shown(pilot, "table.toml")
        assert any("markup.toml: 'primary' is not a colour: '[/x]'" in t for t in found), found
        assert any("table.toml: [variables] must be a table" in t for t in found), found
    assert app._exception is None


async def test_bidi_and_zero_width_characters_are_visible_in_passages(make_app, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The council said the vote \u202edessap\u202c with a large\u200b majority on Monday.\n")
    b.write_text("The council said the vote passed with a large majority on Monday evening.\n")
    app = make_app(a, b)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one("PassageView")
        text = "".join(line for k in range(len(app.rows)) for line in view.row_text_lines(k))
        assert "\u202e" not in text and "\u200b" not in text
        assert "\\u202edessap\\u202c" in text and "large\\u200b" in text


async def test_exported_notes_hold_no_escape_sequences(make_app, tmp_path, dirs):
    import re

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials said \x1b]52;c;cm0gLXJm\x07 the vote passed \x9b2J with 12 members.\n")
    b.write_text("Officials said the vote passed with 14 members on Monday evening.\n")
    app = make_app(a, b)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("b", "e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    (notes,) = dirs["work"].glob("*.md")
    text = notes.read_text()
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert "\\x1b]52;c;cm0gLXJm\\x07" in text and "\\x9b2J" in text
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)
    assert "\\x1b]52;c;cm0gLXJm\\x07" in html and "<a " not in html


async def test_a_guessed_encoding_is_reported_once(make_app, tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes(("The café owner said the naïve plan cost €40,000 and hurt the façade. " * 4)
                  .encode("cp1252") + "Zoë Brontë said the résumé was fine.".encode())
    app = make_app(a, a)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        found = await shown(pilot, "part of it is UTF-8")
        assert sum("part of it is UTF-8" in t for t in found) == 1, found
        assert any("a.txt" in t for t in found)


async def test_export_suggestion_in_a_folder_with_escapes_is_a_plain_name(make_app, dirs,
                                                                          monkeypatch):
    folder = dirs["work"] / "notes\x1b]2;pwned\x07"
    folder.mkdir()
    monkeypatch.chdir(folder)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        value = app.screen.query_one("Input").value
        assert value.startswith("reader-notes-") and "\x1b" not in value
        await pilot.press("enter")
        await pilot.pause()
    assert (folder / value).is_file()
