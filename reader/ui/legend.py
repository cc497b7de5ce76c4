"""What every mark in the rows means, drawn in the theme's own styles for the help screen."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text


def legend(style: dict[str, Style]) -> list[tuple[Text, str]]:
    """(sample, meaning) for each mark, the samples styled as the rows style them."""

    def sample(*parts: tuple[str, str | None]) -> Text:
        text = Text()
        for words, name in parts:
            text.append(words, style[name] if name else "")
        return text

    return [
        (sample(("words", "removed")), "only A says these words (a close match)"),
        (sample(("words", "added")), "only B says these words"),
        (sample(("Kherson 12", "shared")),
         "on a loose paraphrase (most words differ) only names and figures are marked: "
         "bold when both give them, tinted when one side alone does"),
        (sample(("⚠ eight", "flag")), "a conflict: the two cannot both be true"),
        (sample(("❝ the mayor", "attribution")), "the same words credited to someone else"),
        (sample(("≈ Florida", "precision")),
         "a difference of precision: a rounding, a qualifier, a more specific place "
         "(P lets x skip these)"),
        (sample(("0.51 ▮▮▯▯", "gutter")),
         "how sure the match is: 1.00 same words, 0.70+ light rewording, 0.45+ "
         "paraphrase, lower a loose one"),
        (sample(("↕B12", "gutter")), "B tells this passage elsewhere, at its sentence 12"),
        (sample(("★", "gutter")), "bookmarked (m writes a note, B lists them)"),
        (sample((" only in A ", "gap")), "the other article has no such passage"),
        (sample(("Putin", "entity")), "the name chosen in the sidebar (esc clears)"),
        (sample(("Kyiv", "search")), "a search match (n next, N back, esc clears)"),
        (sample(("▌", "selected")), "the selected passage (y copies it with its citation)"),
    ]
