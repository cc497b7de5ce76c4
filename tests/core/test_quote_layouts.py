"""Quotes laid out the ways news copy lays them out: an attribution closing a paragraph with a
colon, a quote a paragraph a sentence, British single marks over several paragraphs, a closing
mark typed as an opening one, an unnamed speaker who goes on as `he`, and an apposition that
names the speaker after a description of them.
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.quotes import article_quotes
from reader.core.model import Source


def _quotes(text: str) -> list:
    comparison = compare(Source("a.txt", text), Source("b.txt", "Nothing happened here today."))
    return article_quotes(comparison.a, 0, comparison.entities)


def test_an_attribution_ending_a_paragraph_with_a_colon_credits_the_next_one():
    found = _quotes("Her lawyer, Tomas Kiper, said the farm was sold in May.\n\n"
                    "Harlow builder Edith Vane said:\n\n"
                    "“She was the kindest neighbour we ever had.\n\nWe will miss her.”")
    assert [(q.speaker, q.direct) for q in found] == [("Tomas Kiper", False),
                                                     ("Edith Vane", True)]
    assert found[1].text.endswith("We will miss her.")


def test_a_description_then_the_name_between_commas_is_the_name():
    q = _quotes("The council's spokesman, Tomas Kiper, told the Courier that the pumps would run "
                "all week.")
    assert [(x.speaker, x.text) for x in q] == [("Tomas Kiper", "the pumps would run all week")]


def test_a_name_inside_a_description_is_not_the_speaker():
    q = _quotes("Edith Vane, head of the dam authority under Governor Tomas Kiper, said the "
                "spillway held.")
    assert [x.speaker for x in q] == ["Edith Vane"]


def test_an_earlier_sentence_s_name_is_not_the_speaker_of_an_apposition():
    q = _quotes("Rosa Lund, the painter who lived by the river, has died.\n\n"
                "Her agent, Tomas Kiper, said she died at home on Friday.")
    assert [x.speaker for x in q] == ["Tomas Kiper"]


def test_he_after_an_unnamed_speaker_is_that_speaker():
    found = _quotes("Tomas Kiper said the dam was safe.\n\n"
                    "“The crews worked through the night,” said an engineer.\n\n"
                    "Water levels fell by noon.\n\nThe roads opened again.\n\n"
                    "“We had sandbags on every street,” he said.")
    assert [q.speaker for q in found] == ["Tomas Kiper", "an engineer", "an engineer"]


def test_the_description_again_is_the_unnamed_speaker_described_before():
    found = _quotes("“The dam will hold,” said a Harlow engineer.\n\n"
                    "“The river is falling,” the engineer added.")
    assert [(q.speaker, q.named) for q in found] == [("a Harlow engineer", False)] * 2


def test_single_marks_over_several_one_sentence_paragraphs_are_one_quote():
    q = _quotes("In an interview, Rosa Lund said she had changed.\n\n'I've done it.\n\nTrust me.\n\n"
                "I don't need to do anything anymore,' she told the magazine.")
    assert [(x.text, x.speaker, x.direct) for x in q][-1] == (
        "I've done it. Trust me. I don't need to do anything anymore", "Rosa Lund", True)


def test_a_quote_of_many_one_sentence_paragraphs_is_one_quote():
    lines = "\n\n".join(f"I walked to mile {n} of the road." for n in range(1, 9))
    q = _quotes(f"Rosa Lund told the Courier about the flood:\n\n“No.\n\n{lines}\n\nThen I slept.”")
    assert len(q) == 1 and q[0].speaker == "Rosa Lund"
    assert q[0].text.startswith("No. I walked") and q[0].text.endswith("Then I slept.")


def test_a_closing_mark_typed_as_an_opening_one_ends_the_quote():
    q = _quotes("“I didn't know it would end my career,” Rosa Lund said.\n\n"
                "“People forget I made twenty films.\n\nI was not only at parties. “\n\n"
                "She now runs a shop in Harlow.")
    assert len(q) == 1 and q[0].text.endswith("People forget I made twenty films. I was not only "
                                              "at parties.")


def test_a_name_with_a_number_is_a_title_not_a_quote():
    assert _quotes("The navy sank the trawler “Harlow Star 5” after a gunbattle.") == []


def test_maintained_reports_a_clause():
    q = _quotes("Tomas Kiper maintained that the river would not flood again.")
    assert [(x.text, x.speaker) for x in q] == [("the river would not flood again", "Tomas Kiper")]
