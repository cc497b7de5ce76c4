"""The Markdown notes as a fact-checker pastes them into a memo: who said what and where,
every discrepancy then the bookmarks in reading order, verbatim quotes with locators, valid
CommonMark, counts in words people write."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.core.compare import compare
from reader.core.output.citation import citation, locator, source_label
from reader.core.output.markdown import escape, to_markdown
from reader.core.output.rows import build_rows, row_text
from reader.core.sources.load import from_text
from reader.core.store.bookmarks import new_bookmark

A_TEXT = """Storm floods Marrowby harbour

The storm reached the Marrowby coast on Monday night, the weather office said.

Eight people were injured when a wall collapsed near the harbour, police said.

The mayor, Ellen Croft, said the town would ask for emergency funds.

Ferries to the islands were cancelled for two days.
"""
B_TEXT = """The storm reached the Marrowby coast late on Monday, the weather office said.

Six people were injured when a wall collapsed near the harbour, police said.

Schools will stay closed until Thursday.

The mayor, Ellen Croft, said the town would ask for emergency funds.
"""


def _pair(**b_fields):
    a = from_text(A_TEXT, "/opt/lib/python3/site-packages/reader/_data/seeds/a-storm.txt")
    b = dataclasses.replace(from_text(B_TEXT, "b.txt"), **b_fields)
    return compare(a, b)


def _bookmark(comparison, row, note=""):
    a, b = comparison.a, comparison.b
    return new_bookmark(a.source, a.digest, b.source, b.digest, row_text(comparison, row, 0),
                        row_text(comparison, row, 1), note)


def _tokens(text):
    return MarkdownIt("commonmark").parse(text)


def _headings(text, level):
    tokens = _tokens(text)
    return [tokens[k + 1].content for k, t in enumerate(tokens)
            if t.type == "heading_open" and t.tag == f"h{level}"]


def test_header_names_each_article_by_outlet_title_link_and_date_never_a_folder():
    comparison = _pair(name="https://news.example/storm", url="https://news.example/storm",
                       outlet="Coast News", title="Marrowby counts the cost",
                       published="2025-03-04")
    text = to_markdown(comparison, [], now=0)
    lines = text.splitlines()
    assert lines[2] == "- **A:** Storm floods Marrowby harbour — `a-storm.txt`"
    assert lines[3] == ("- **B:** Marrowby counts the cost — Coast News — "
                        "<https://news.example/storm> — published 2025-03-04")
    assert "site-packages" not in text and "/opt/" not in text
    html = MarkdownIt("commonmark").render(text)
    assert '<a href="https://news.example/storm">' in html


def test_a_file_without_headline_is_named_by_its_file_name():
    comparison = compare(from_text(B_TEXT, "/home/x/notes/b-storm.txt"),
                         from_text(A_TEXT, "a.txt"))
    assert comparison.a.title is None
    assert "- **A:** `b-storm.txt`" in to_markdown(comparison, [], now=0)
    assert source_label(comparison.a) == "b-storm.txt"


def test_every_discrepancy_is_listed_with_severity_and_why_even_without_bookmarks():
    comparison = _pair()
    text = to_markdown(comparison, [], now=0)
    assert _headings(text, 2)[:4] == ["Summary", "Discrepancies (1)", "Only in A (1 passage)",
                                      "Only in B (1 passage)"]
    assert [h.split(" (")[0] for h in _headings(text, 2)[4:]] == ["Quotes", "Figures"]
    entry = text.split("## Discrepancies (1)")[1]
    assert entry.lstrip().startswith("### 1. ⚠ Conflict: A ¶2, sentence 2 ~ B ¶2, sentence 2")
    assert "- ⚠ **Conflict** (number): A: Eight people (injured); B: Six people (injured)" in entry
    assert "1 discrepancies" not in text and "Match score" not in text


def test_passages_are_quoted_verbatim_with_locators_then_what_changed():
    comparison = _pair()
    text = to_markdown(comparison, [], now=0)
    assert ("> **A ¶2, sentence 2:** Eight people were injured when a wall collapsed near "
            "the harbour, police said.") in text
    assert ("> **B ¶2, sentence 2:** Six people were injured when a wall collapsed near the "
            "harbour, police said.") in text
    assert "What changed: “Eight” → “Six”." in text
    assert "~~" not in text and "**Eight**" not in text
    tokens = _tokens(text)
    quoted = ["".join(c.content for c in tokens[k + 2].children if c.type == "text")
              for k, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert quoted[0] == ("A ¶2, sentence 2: Eight people were injured when a wall collapsed "
                         "near the harbour, police said.")


def test_bookmarks_follow_the_discrepancies_in_reading_order_with_their_notes():
    comparison = _pair()
    rows = build_rows(comparison)
    first = next(r for r in rows if "storm reached" in row_text(comparison, r, 0))
    last = next(r for r in rows if "mayor" in row_text(comparison, r, 0))
    flagged = next(r for r in rows if r.flagged)
    marks = [_bookmark(comparison, last, "ask the mayor's office"),  # made first
             _bookmark(comparison, first), _bookmark(comparison, flagged, "which count?")]
    text = to_markdown(comparison, marks, now=0)
    assert _headings(text, 2)[1:3] == ["Discrepancies (1)", "Bookmarks (3)"]
    bookmarks = text.split("## Bookmarks (3)")[1]
    order = [bookmarks.index(s) for s in ("A ¶1, sentence 1", "A ¶2, sentence 2",
                                          "A ¶3, sentence 3")]
    assert order == sorted(order)
    assert bookmarks.index("Note: ask the mayor's office") > order[2]
    discrepancies = text.split("## Discrepancies (1)")[1].split("## Bookmarks")[0]
    assert "Note: which count?" in discrepancies


def test_no_empty_sections_and_counts_in_words():
    same = compare(from_text(B_TEXT, "a.txt"), from_text(B_TEXT, "b.txt"))
    text = to_markdown(same, [], now=0)
    assert [h.split(" (")[0] for h in _headings(text, 2)] == ["Summary", "Quotes", "Figures"]
    assert "(0)" not in text and "(s)" not in text
    summary = text.split("## Summary\n\n")[1].split("\n")[0]
    assert summary.endswith("4 pairs · no discrepancies") and " 0 " not in summary
    flagged = to_markdown(_pair(), [], now=0)
    assert "· 1 conflict\n" in flagged  # the kind found, without a row of zeros


def test_unrelated_articles_say_so_at_the_top():
    other = ("A wildfire spread across the Valverde hills near Alcudia on Tuesday.\n\n"
             "Firefighters from Castilla said the blaze had burned 300 hectares.\n")
    comparison = compare(from_text(A_TEXT, "a.txt"), from_text(other, "b.txt"))
    assert comparison.event is not None and not comparison.event.same
    text = to_markdown(comparison, [], now=0)
    assert "**Not one event?** These articles do not seem to report the same event" in text


def test_the_notes_are_commonmark_with_only_the_structure_they_mean():
    comparison = _pair()
    marks = [_bookmark(comparison, row, "*really*? see [1]") for row in build_rows(comparison)]
    text = to_markdown(comparison, marks, now=0)
    tokens = _tokens(text)
    kinds = {t.type for t in tokens}
    assert kinds <= {"heading_open", "heading_close", "inline", "paragraph_open",
                     "paragraph_close", "bullet_list_open", "bullet_list_close",
                     "list_item_open", "list_item_close", "blockquote_open", "blockquote_close"}
    inline = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in inline if c.type.startswith(("link_", "html", "code"))
                and c.content not in ("a-storm.txt", "b.txt")]
    emphasised = [inline[k + 1].content for k, c in enumerate(inline) if c.type == "em_open"]
    assert set(emphasised) <= {"(reported)", "(speaker not stated)"}  # the notes' own words
    assert "Note: \\*really\\*? see [1]" in text  # a bracket alone forms nothing


def test_locators_count_content_paragraphs_and_name_sentence_ranges():
    comparison = _pair()
    article = comparison.a
    assert locator(article, (0,)) == "¶1, sentence 1"
    assert locator(article, (1, 2)) == "¶2–3, sentences 2–3"
    assert locator(article, (0, 3)) == "¶1, 4, sentences 1, 4"


def test_a_citation_quotes_both_sides_with_where_they_are():
    comparison = _pair(outlet="Coast News")
    row = next(r for r in build_rows(comparison) if r.flagged)
    text = citation(comparison, row)
    assert text.splitlines()[:3] == [
        "A ¶2, sentence 2 — “Storm floods Marrowby harbour”, a-storm.txt:",
        "“Eight people were injured when a wall collapsed near the harbour, police said.”", ""]
    assert "B ¶2, sentence 2 — Coast News, b.txt:" in text
    assert "What changed: “Eight” → “Six”." in text
    assert "⚠ conflict (number): A: Eight people (injured); B: Six people (injured)" in text


def _shown(markdown: str) -> str:
    (paragraph,) = [t for t in _tokens(markdown) if t.type == "inline"]
    assert all(c.type in ("text", "softbreak") for c in paragraph.children)
    return "".join(c.content for c in paragraph.children)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1.*_`[]()<>&#;!~\\-+|=:/x")), max_size=30))
def test_escaped_text_reads_as_written_after_a_label(text):
    shown = _shown("Note: " + escape(text, line_start=False))
    assert shown == ("Note: " + " ".join(text.split())).strip()


def test_only_what_would_become_markup_is_escaped():
    plain = "The Water Institute (IWMI) said 40% of 1,200 wells - about 480 - were dry!"
    assert escape(plain, line_start=False) == plain
    assert escape("snake_case and 5 * 3", line_start=False) == "snake_case and 5 * 3"
    assert escape("*loud* and _quiet_", line_start=False) == "\\*loud\\* and \\_quiet\\_"
    quoted = "they are the same [points]"  # an editor's insertion in a quote
    assert escape(quoted, line_start=False) == quoted
    assert escape("[see](javascript:x)", line_start=False).startswith("\\[see]")
    assert escape("[a]: /b").startswith("\\[a]")  # would define a link, and vanish


def test_a_bar_in_article_text_stays_inside_its_table_cell():
    from reader.core.output.markdown import _cell

    table = "| counts | A |\n| --- | --- |\n| " + _cell("votes | seats") + " | 12 |\n"
    html = MarkdownIt("commonmark").enable("table").render(table)
    assert "<td>votes | seats</td>" in html and html.count("<td>") == 2


def test_the_export_is_named_after_the_headline_in_whole_words():
    from reader.core.output.markdown import default_name

    a = "Putin calls talks with US on ending Ukraine war useful\n\nThe talks were useful, he said."
    name = default_name(compare(from_text(a, "a.txt"), from_text(a, "b.txt")))
    assert name == "reader-notes-putin-calls-talks-with-us-on-ending.md"
