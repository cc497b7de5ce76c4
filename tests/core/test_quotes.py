"""Who said what: quotes, their speakers and their matches across two invented articles.

Every attribution pattern a reader meets is here once: `“…,” X said`, `said X`, `according to
X`, `X told Y that …`, a pronoun resolved to the last speaker, a description resolved by a
title, a quote over several sentences and paragraphs, a quote that goes on after `he added`,
a nested quote, a fragment inside a report, reported speech, and the words that are not
quotes (a quoted term, a title).
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.quote_match import match_quotes
from reader.core.facts.quote_shares import speaker_shares
from reader.core.facts.quotes import article_quotes
from reader.core.model import Source


def _quotes(text: str, other: str = "Nothing happened here today at all.") -> list:
    comparison = compare(Source("a.txt", text), Source("b.txt", other))
    return article_quotes(comparison.a, 0, comparison.entities)


def _one(text: str, **others):
    found = _quotes(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_quote_then_speaker_said():
    q = _one("Crews worked all night in Harlow.\n\n"
             "“The water will be back by Friday,” Mayor Edith Vane said.")
    assert (q.text, q.speaker, q.direct) == ("The water will be back by Friday", "Edith Vane", True)


def test_said_then_speaker_and_straight_quotes():
    q = _one('Crews worked all night in Harlow.\n\n"We have never seen a flood like this," said '
             'Tomas Kiper.')
    assert (q.text, q.speaker) == ("We have never seen a flood like this", "Tomas Kiper")


def test_said_then_a_description_then_the_name():
    q = _one("The river rose fast, injuring four people, said the head of the regional "
             "administration, Tomas Kiper.")
    assert q.speaker == "Tomas Kiper" and not q.direct
    assert q.text == "The river rose fast, injuring four people"


def test_according_to_before_and_after():
    found = _quotes("According to Edith Vane, the dam held through the night.\n\n"
                    "Two bridges were closed, according to the Harlow Water Authority.")
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("the dam held through the night", "Edith Vane", False),
        ("Two bridges were closed", "Harlow Water Authority", False)]


def test_told_an_outlet_that():
    q = _one("Edith Vane told the Harlow Courier that the pumps would run until Sunday.")
    assert (q.text, q.speaker, q.direct) == ("the pumps would run until Sunday", "Edith Vane", False)


def test_pronoun_goes_to_the_last_speaker_not_the_last_name():
    found = _quotes("Edith Vane told reporters that she met engineers Tomas Kiper and Rosa Lund.\n\n"
                    "“We will rebuild every house,” she said.")
    assert found[-1].speaker == "Edith Vane"


def test_pronoun_goes_to_the_person_named_as_subject_before():
    found = _quotes("The flood surprised Harlow builder Tomas Kiper, who repaired the school.\n\n"
                    "“Nobody warned us about the river,” he told the Courier.")
    assert found[-1].speaker == "Tomas Kiper"


def test_description_resolved_by_the_title_the_article_gives():
    found = _quotes("Harlow Mayor Edith Vane visited the pumps with Governor Rosa Lund.\n\n"
                    "“The pumps saved the town,” the mayor said.")
    assert found[-1].speaker == "Edith Vane"


def test_unnamed_speaker_keeps_its_description():
    q = _one("“Everyone left the houses before dawn,” police said.")
    assert (q.speaker, q.named) == ("police", False)


def test_quote_interrupted_by_its_attribution_is_one_quote():
    q = _one("“The water is falling,” Edith Vane said, “but the roads stay closed.”")
    assert q.text == "The water is falling … but the roads stay closed."
    assert q.speaker == "Edith Vane"


def test_quote_over_several_paragraphs_is_one_quote():
    q = _one("“The water came at night.\n\n“We carried the children out first.\n\n"
             "“Then we went back for the dogs,” said Rosa Lund.")
    assert q.text.startswith("The water came at night.")
    assert q.text.endswith("Then we went back for the dogs")
    assert q.speaker == "Rosa Lund"
    assert len({s for s, *_ in q.spans}) == 3


def test_quote_continued_after_he_added_is_a_second_quote_of_the_same_speaker():
    found = _quotes("“The dam held,” Tomas Kiper said. “We were lucky,” he added.")
    assert [(q.text, q.speaker) for q in found] == [("The dam held", "Tomas Kiper"),
                                                    ("We were lucky", "Tomas Kiper")]


def test_quote_going_on_in_the_next_sentence_without_attribution_is_the_same_quote():
    q = _one("“The dam held,” Tomas Kiper said. “We were lucky.”")
    assert q.text == "The dam held … We were lucky."


def test_nested_quote_is_part_of_the_quote():
    q = _one("“The engineer told me, ‘Leave now or you will drown,’ and I ran,” Rosa Lund said.")
    assert "‘Leave now or you will drown,’" in q.text and q.speaker == "Rosa Lund"


def test_fragment_inside_a_report_is_a_direct_quote_and_a_term_is_not():
    found = _quotes("Edith Vane said the repairs were “the hardest job of my life”.\n\n"
                    "Tomas Kiper said the town was “very lucky” this time.")
    assert [(q.text, q.direct, q.speaker) for q in found] == [
        ("the hardest job of my life", True, "Edith Vane"),
        ("the town was “very lucky” this time", False, "Tomas Kiper")]


def test_titles_and_refusals_are_not_quotes():
    assert _quotes("Rosa Lund starred in “The Long Flood” last year.\n\n"
                   "Tomas Kiper refused to say what the repairs cost.") == []


def test_a_statement_directive_is_not_reported_speech():
    assert _quotes("Edith Vane told residents to stay indoors.") == []


def _compare(a: str, b: str):
    return match_quotes(compare(Source("a.txt", a), Source("b.txt", b)))


def test_matches_same_words_variants_and_one_sided_quotes():
    a = ("Flood waters rose in Harlow on Monday.\n\n"
         "“We will rebuild every house in this town,” Mayor Edith Vane said.\n\n"
         "“Nobody could have stopped this river,” said Tomas Kiper.")
    b = ("Flood waters rose in Harlow on Monday.\n\n"
         "“We will rebuild every house in this town,” Mayor Edith Vane said.\n\n"
         "“Nobody could have stopped this river, not even the army,” said Tomas Kiper.\n\n"
         "“I lost everything,” said Rosa Lund.")
    rows = _compare(a, b)
    kinds = {(r.speaker, r.match) for r in rows}
    assert ("Edith Vane", "same") in kinds
    assert ("Tomas Kiper", "variant") in kinds
    assert ("Rosa Lund", "one-sided") in kinds
    lund = next(r for r in rows if r.speaker == "Rosa Lund")
    assert lund.a is None and lund.b is not None


def test_two_translations_of_one_remark_are_a_variant():
    a = ("Talks ended in Vienna.\n\n“They simply broke these 28 points into four packages and "
         "offered to discuss the four packages with us,” Ivan Petrov said.")
    b = ("Talks ended in Vienna.\n\n“They just divided these 28 points into four packages and "
         "proposed that we discuss these packages,” Ivan Petrov said.")
    rows = _compare(a, b)
    assert [(r.speaker, r.match) for r in rows] == [("Ivan Petrov", "variant")]


def test_direct_quote_against_a_report_of_it_is_a_paraphrase():
    a = "Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Edith Vane said."
    b = "Storm hits Harlow.\n\nEdith Vane said the pumps would run until Sunday night."
    rows = _compare(a, b)
    assert [(r.speaker, r.match) for r in rows] == [("Edith Vane", "paraphrase")]


def test_same_words_credited_to_another_speaker_agree_with_the_attribution_check():
    a = "Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Edith Vane said."
    b = "Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Rosa Lund said."
    comparison = compare(Source("a.txt", a), Source("b.txt", b))
    rows = match_quotes(comparison)
    assert [r.match for r in rows] == ["attribution"]
    flagged = [d for p in comparison.pairs for d in p.discrepancies if d.kind == "attribution"]
    assert flagged, "the fact layer flags the same pair"


def test_speaker_shares_count_quotes_and_words_per_outlet():
    a = "Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Edith Vane said."
    b = ("Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Edith Vane said.\n\n"
         "“Stay home,” Edith Vane said.")
    shares = speaker_shares(_compare(a, b))
    assert [(s.speaker, s.quotes, s.words) for s in shares] == [("Edith Vane", (1, 2), (7, 9))]


def test_attribution_cut_into_a_sentence_of_its_own_still_credits_and_joins():
    q = _one("“They asked me, 'What if the dam breaks?'” Edith Vane said. “Nobody answered.”")
    assert q.speaker == "Edith Vane"
    assert q.text.endswith("Nobody answered.")


def test_and_said_keeps_the_subject_of_the_sentence():
    found = _quotes("Mayor Edith Vane visited the pumps.\n\nShe thanked the crews and said the "
                    "town would pay for every repair.")
    assert [(q.text, q.speaker) for q in found] == [
        ("the town would pay for every repair", "Edith Vane")]


def test_apposition_with_a_figure_between_commas_keeps_the_speaker():
    q = _one("Tomas Kiper, a farmer who lost 1,200 sheep, said the water came too fast.")
    assert (q.text, q.speaker) == ("the water came too fast", "Tomas Kiper")


def test_the_paper_is_the_newspaper_last_named():
    found = _quotes("The Harlow Courier warned that more rain was coming.\n\n"
                    "“The town is not ready for another flood,” the paper said.")
    assert found[-1].speaker == "Harlow Courier"


def test_a_question_asked_reports_nothing():
    assert _quotes("Edith Vane asked the engineers how long the pumps would run.") == []


def test_attribution_set_between_commas_reports_the_rest():
    found = _quotes("Tomas Kiper lost his farm.\n\nInstantly, he says, his life changed.")
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("his life changed", "Tomas Kiper", False)]


def test_a_pronoun_far_from_any_name_is_the_story_s_last_speaker():
    found = _quotes("“The river took everything,” Tomas Kiper says.\n\nThe valley flooded twice.\n\n"
                    "Crops failed.\n\nCattle drowned in the fields below the dam.\n\n"
                    "Roads washed away and the school closed for a month.\n\n"
                    "Can the valley recover?\n\nIt might, he says, if the dam is rebuilt.")
    assert found[-1].speaker == "Tomas Kiper"


def test_a_remark_split_in_two_by_one_outlet_matches_both_parts():
    a = ("Storm hits Harlow.\n\n“The pumps will run until Sunday night and the schools will open "
         "again on Monday morning,” Edith Vane said.")
    b = ("Storm hits Harlow.\n\n“The pumps will run until Sunday night,” Edith Vane said.\n\n"
         "She also said the schools would open again on Monday morning.")
    rows = _compare(a, b)
    assert [r.match for r in rows] == ["variant", "paraphrase"]
    assert rows[0].a is rows[1].a
    shares = speaker_shares(rows)
    assert shares[0].quotes == (1, 2), "the quote in two rows counts once"


def test_a_spokesman_one_outlet_names_and_the_other_only_describes_is_one_speaker():
    a = ("Storm hits Harlow.\n\nEdith Vane's spokesman said the pumps at the Harlow plant would run "
         "until Sunday night, when engineers would stop them for repairs.")
    b = ("Storm hits Harlow.\n\nTomas Kiper, a spokesman for Edith Vane, said the Harlow plant's "
         "pumps would keep working until Sunday night.")
    rows = _compare(a, b)
    assert [(r.match, r.b.speaker, r.a.named) for r in rows] == [
        ("paraphrase", "Tomas Kiper", False)]
    assert rows[0].a.speaker.endswith("spokesman")


def test_a_description_that_speaks_for_no_one_stays_another_speaker():
    a = ("Storm hits Harlow.\n\nA witness said the pumps at the Harlow plant would run until Sunday "
         "night, when engineers would stop them for repairs.")
    b = ("Storm hits Harlow.\n\nTomas Kiper, a spokesman for Edith Vane, said the Harlow plant's "
         "pumps would keep working until Sunday night.")
    assert [r.match for r in _compare(a, b)] == ["one-sided", "one-sided"]
