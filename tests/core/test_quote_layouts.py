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


def test_a_long_relative_clause_between_the_name_and_said():
    q = _quotes("Tomas Kiper, who collapsed during the second set of his first-round match against "
                "the Harlow champion on the uncovered court six at the river park and passed out "
                "for a minute, said conditions were plainly dangerous for the players.")
    assert [(x.speaker, x.text) for x in q] == [
        ("Tomas Kiper", "conditions were plainly dangerous for the players")]


def test_a_report_then_a_colon_then_the_quotation_are_both_read():
    q = _quotes("Edith Vane also said the flood had surprised her: “We had no warning at all.”")
    assert [(x.text, x.direct, x.speaker) for x in q] == [
        ("the flood had surprised her", False, "Edith Vane"),
        ("We had no warning at all.", True, "Edith Vane")]


def test_a_description_opening_the_sentence_speaks_for_its_participle():
    q = _quotes("Officials played down the risks, saying the dam had never been safer.")
    assert [(x.text, x.speaker, x.named) for x in q] == [
        ("the dam had never been safer", "officials", False)]


def test_a_report_inside_a_relative_clause_ends_with_it():
    q = _quotes("Tomas Kiper, who said he had felt dizzy since noon, went home after lunch.")
    assert [(x.text, x.speaker) for x in q] == [("he had felt dizzy since noon", "Tomas Kiper")]


def test_explaining_that_credits_a_fragment_and_a_colon_opens_the_next_quote():
    q = _quotes("Rosa Lund has tried explaining that she chose Harlow because it is “the quietest "
                "town in the north.” She said: “I wrote a work of fiction.”")
    assert [(x.text, x.speaker) for x in q] == [
        ("the quietest town in the north.", "Rosa Lund"),
        ("I wrote a work of fiction.", "Rosa Lund")]


def test_a_quote_without_attribution_goes_to_the_last_one_credited_before_it():
    q = _quotes("“I thought she would call me,” Tomas Kiper said.\n\n"
                "Edith Vane, a spokeswoman for the council, said the lawsuit was “crazy”. "
                "“We have never known anything like it.”")
    assert [(x.text, x.speaker) for x in q][-1] == ("We have never known anything like it.",
                                                    "Edith Vane")


def test_a_name_after_a_title_at_the_start_of_a_sentence_is_its_subject():
    q = _quotes("“It was like an oven,” said Tomas Kiper.\n\n"
                "The defending champion Rosa Lund took the same line. "
                "“It felt like a frying pan,” she said.")
    assert [x.speaker for x in q] == ["Tomas Kiper", "Rosa Lund"]


def test_a_report_ends_where_the_writer_goes_on():
    q = _quotes("Tomas Kiper said there were more than 5,000 -- easily the biggest crowd the town "
                "had seen.\n\nRosa Lund said the heat had made her dizzy, and she had to be helped "
                "from the court.")
    assert [x.text for x in q] == ["there were more than 5,000",
                                   "the heat had made her dizzy"]


def test_an_outlet_named_with_the_after_the_report():
    q = _quotes("Storm hits Harlow.\n\nThe pumps ran all night, the Harlow Courier reported.")
    assert [(x.text, x.speaker) for x in q] == [("The pumps ran all night", "Harlow Courier")]


def test_they_after_unnamed_people_in_the_plural_is_them():
    q = _quotes("The Harlow Courier reported the strike on Monday.\n\n"
                "Harlow unions concede that the council had to raise taxes.\n\n"
                "But they say poorer families will suffer most from the cuts.")
    assert [x.speaker for x in q] == ["Harlow unions", "Harlow unions"]


def test_a_sentence_that_opens_with_an_attribution_is_not_the_last_quote_s_tail():
    q = _quotes("Tomas Kiper told the Courier that the plan was a “violation of every rule we "
                "have.” He said the plan contains “claims about the river that are false” and "
                "went to court.")
    assert [(x.text, x.speaker) for x in q] == [
        ("violation of every rule we have.", "Tomas Kiper"),
        ("claims about the river that are false", "Tomas Kiper")]
