"""The words read around a name, and what finding names leaves behind in the process.

The words before a span are read from the reversed sentence, and only as many words after it
as the cues use; these tests hold that reading to the plain one (every word of the sentence,
in order) on any text, including words cut by the span (`Smith's`), commas, quotes and
letters whose lower case is longer (`İ`).
"""

from __future__ import annotations

import gc
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.compare import analyse
from reader.core.names.candidates import candidates
from reader.core.names.cues import _around
from reader.core.names.entities import extract
from reader.core.sources.load import from_text

_TOKEN = re.compile(r"[\w'\u2019-]+|,")


def plain_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Every word of the sentence cut at the span: the last three words among the last four
    words or commas before it, the first six after it (without the rest of a word the span
    ends inside)."""
    before = [w for w in _TOKEN.findall(text[:start])[-4:] if w != ","][-3:]
    after = _TOKEN.findall(text[end:])
    if after and end and re.match(r"[\w'\u2019-]", text[end - 1]) and \
            re.match(r"[\w'\u2019-]", text[end]):
        return before, after[1:7]
    return before, after[:6]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab ,.'\u2019-\u201cCİé\n", max_size=60), st.integers(0, 60),
       st.integers(0, 60))
@example("Smith's aide, a town", 0, 5)  # a span ending inside a word
@example("Smith's aide, a town", 7, 12)  # a comma right after
@example("Ms. İlhan, a port", 4, 9)  # a letter whose lower case is longer
def test_words_around_a_span_are_the_plain_reading(text: str, one: int, two: int) -> None:
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower()[0] for c in text)
    start, end = sorted((min(one, len(text)), min(two, len(text))))
    before, after = _around(lower, lower[::-1], start, end)
    want_before, want_after = plain_around(lower, start, end)
    assert before == want_before
    # only the first two words after a span are read, unless the first is a comma
    assert after == (want_after if want_after[:1] == [","] else want_after[:2])


def test_cues_far_into_a_long_sentence_are_read() -> None:
    filler = "and the long report that nobody in the village had read before the meeting " * 4
    found = candidates(0, f"On Monday {filler}the mayor of Tarnhollow said Brenna Quill "
                          "spoke for residents of Veldmoor.", set(), set())
    votes = {c.text: c.votes for c in found}
    assert votes["Veldmoor"].get("PLACE")  # `residents of X`
    assert votes["Brenna Quill"].get("PERSON")  # `said X`


def test_finding_names_leaves_the_garbage_collector_as_it_was() -> None:
    article = analyse(from_text("Brenna Quill visited Veldmoor on Monday, Quill said."))
    was = gc.isenabled()
    try:
        gc.enable()
        extract(article, article)
        assert gc.isenabled()
        gc.disable()
        extract(article, article)
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
