from __future__ import annotations

import pytest

from reader.core.text.segment import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met on Dec. 2 in Moscow. Talks ended.", ["They met on Dec. 2 in Moscow.", "Talks ended."]),
        ("The U.S. envoy arrived. He left.", ["The U.S. envoy arrived.", "He left."]),
        ("Russia controls 19.2 percent of it. That is a lot.",
         ["Russia controls 19.2 percent of it.", "That is a lot."]),
        ("“We will win,” Trump said. Others disagreed.", ["“We will win,” Trump said.", "Others disagreed."]),
        ("Mr. Smith and Dr. Jones met Gen. Lee. They talked.",
         ["Mr. Smith and Dr. Jones met Gen. Lee.", "They talked."]),
        ("Police spokesman Const. Tim Vane said it. He left.",
         ["Police spokesman Const. Tim Vane said it.", "He left."]),
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("It moved on its “red lines”. “Nothing changed,” she said.",
         ["It moved on its “red lines”.", "“Nothing changed,” she said."]),
    ],
)
def test_sentences_a_reader_agrees_with(text, expected):
    assert split_sentences(text) == expected


def test_multi_sentence_quote_is_one_unit():
    text = "“I think it is premature. Because it could disrupt the work,” Putin said. He smiled."
    assert split_sentences(text) == [
        "“I think it is premature. Because it could disrupt the work,” Putin said.",
        "He smiled.",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    text = "“This continues into the next paragraph. And more. Still more"
    assert len(split_sentences(text)) == 3
