"""Flags the articles explain themselves: an outlet that also gives the other's figure."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.sources.load import from_text

SHARED = "Rescue chief Anna Ilves spoke to reporters at the harbour in Tallinn later that day."


def _flags(a: str, b: str, later: str = "") -> list[tuple[str, str, str]]:
    """Flags between two short reports of one event (they share a named source); `later`
    closes A's report."""
    comparison = compare(from_text(f"{a}\n\n{SHARED}\n\n{later}", "a.txt"),
                         from_text(f"{b}\n\n{SHARED}", "b.txt"))
    return [(d.severity, d.a, d.b) for p in comparison.pairs for d in p.discrepancies]


SEIZED_A = "The navy said its sailors seized six rifles from a dhow off Lamu on Tuesday."
SEIZED_B = "The navy said its sailors seized 14 rifles from a dhow off Lamu on Tuesday."


def test_two_counts_of_one_seizure_conflict():
    assert [s for s, _, _ in _flags(SEIZED_A, SEIZED_B)] == ["conflict"]
    other = "Across five raids this year, navy crews took 15 rifles."
    assert [s for s, _, _ in _flags(SEIZED_A, SEIZED_B, other)] == ["conflict"]


def test_a_count_the_other_article_also_gives_is_no_conflict():
    """A's running total is B's count: the two counted different things."""
    total = "Across five raids this year, navy crews took 14 rifles."
    assert _flags(SEIZED_A, SEIZED_B, total) == []
    assert _flags(SEIZED_A, SEIZED_B, total.replace("14", "fourteen")) == []


def test_the_same_figure_about_another_place_explains_nothing():
    elsewhere = "Across five raids near Mombasa this year, navy crews took 14 rifles."
    assert [s for s, _, _ in _flags(SEIZED_A, SEIZED_B, elsewhere)] == ["conflict"]
