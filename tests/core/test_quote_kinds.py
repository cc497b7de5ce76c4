"""Quotes of the kinds features and interviews are full of: an attribution that leads into the
next paragraph with a comma, a report after a quotation in the same sentence, partial quotes
and quoted labels, quotes with no attribution in their sentence, and quoted headlines.
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.quotes import article_quotes
from reader.core.model import Source


def _quotes(text: str) -> list:
    comparison = compare(Source("a.txt", text), Source("b.txt", "Nothing happened here today."))
    return article_quotes(comparison.a, 0, comparison.entities)


def test_an_attribution_ending_a_paragraph_with_a_comma_credits_the_next_one():
    found = _quotes("The council voted on Monday to close the bridge.\n\n"
                    "Edith Vane, director of the river trust, commented,\n\n"
                    "“This council has ignored every warning about the bridge.\n\n"
                    "We will see them in court.”")
    assert [(q.speaker, q.direct) for q in found] == [("Edith Vane", True)]
    assert found[0].text.startswith("This council has ignored")


def test_a_report_after_a_quotation_and_but_is_a_report_of_its_own():
    found = _quotes("Tomas Kiper admitted his remarks had been “far too harsh for a public "
                    "meeting”, but he said he was entitled to his view.")
    assert ("Tomas Kiper", False, "he was entitled to his view") in \
        [(q.speaker, q.direct, q.text) for q in found]
