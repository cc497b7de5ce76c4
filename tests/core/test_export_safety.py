"""Markdown notes carry article text and file names from outside: neither can write escape
sequences to whoever prints the notes, nor turn into links or formatting."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from reader.cli import main
from reader.core.compare import compare_paths
from reader.core.output.markdown import code_span, to_markdown
from reader.core.output.rows import build_rows, row_text
from reader.core.store.bookmarks import new_bookmark

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

HOSTILE = (
    "Copy this \x1b]52;c;cm0gLXJmIH4=\x07 and click \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ "
    "before the council met on Monday to vote on the budget.\n\n"
    "Officials said the \x1b[2J vote passed \x9b31m with a large \u202emajority of 12 members.\n"
)
OTHER = (
    "The council met on Monday to vote on the budget for the town of Marrowby.\n\n"
    "Officials said the vote passed with a large majority of 14 members.\n"
)


@pytest.fixture
def hostile_pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HOSTILE)
    b.write_text(OTHER)
    return str(a), str(b)


def test_notes_show_control_characters_visibly(hostile_pair):
    comparison = compare_paths(*hostile_pair)
    rows = build_rows(comparison)
    marks = [new_bookmark(comparison.a.source, comparison.a.digest, comparison.b.source,
                          comparison.b.digest, row_text(comparison, row, 0),
                          row_text(comparison, row, 1), "note \x1b[5m blink \x85 end")
             for row in rows]
    assert comparison.discrepancy_count  # "12 members" vs "14 members"
    for bookmarks in ([], marks):
        text = to_markdown(comparison, bookmarks, now=0)
        assert not RAW.search(text), RAW.search(text)
        rendered = MarkdownIt().render(text)
        assert "\\x1b[2J" in rendered and "\\x9b31m" in rendered
        assert "\\u202e" in rendered
    rendered = MarkdownIt().render(to_markdown(comparison, marks, now=0))
    assert "\\x1b]52;c;" in rendered and "\\x1b]8;;https://evil" in rendered
    assert "blink \\x85" in rendered


def test_export_to_standard_output_writes_no_escapes(hostile_pair, dirs, capsys):
    code = main(["export", *hostile_pair, "-o", "-"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("# Comparison notes")
    assert not RAW.search(out)


@pytest.mark.parametrize("name", [
    "x` [l](javascript:alert(1)) `.txt",
    "``a``` <b>&amp;</b>.txt",
    "`",
    " lead and trail ",
    "two\nlines\x1b[2J",
])
def test_a_code_span_holds_any_text_literally(name):
    html = MarkdownIt().renderInline(code_span(name))
    assert html.startswith("<code>") and html.endswith("</code>") and html.count("<code>") == 1
    shown = html[len("<code>"):-len("</code>")]
    shown = shown.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&quot;", '"')
    assert shown == name.replace("\n", "\\x0a").replace("\x1b", "\\x1b")


def test_a_source_name_cannot_inject_markdown_and_its_folder_is_not_shown(tmp_path):
    folder = tmp_path / "private"
    folder.mkdir()
    a = folder / "x` [l](javascript:alert(1)) `.txt"
    a.write_text(OTHER)
    comparison = compare_paths(str(a), str(a))
    html = MarkdownIt().render(to_markdown(comparison, [], now=0))
    assert "<a " not in html and "javascript:" in html
    assert "<code>x` [l](javascript:alert(1)) `.txt</code>" in html.replace("&quot;", '"')
    assert "private" not in html


def test_character_references_in_article_text_stay_literal():
    from reader.core.output.markdown import escape

    html = MarkdownIt().renderInline(escape("&lt;script&gt; and &#27;[2J"))
    assert html == "&amp;lt;script&amp;gt; and &amp;#27;[2J"
