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


def test_words_a_thing_is_known_as_are_a_label_not_a_quote():
    found = _quotes("Her sister, known locally as the “scone queen of the harbour”, baked the "
                    "cake.\n\nThe actor was named this year's “most stylish man alive” by the "
                    "magazine.")
    assert found == []


def test_a_name_before_a_title_and_another_name_is_not_the_speaker():
    found = _quotes("“We are going back to the old days a little bit,” said Oscar producer "
                    "Tomas Kiper.")
    assert [q.speaker for q in found] == ["Tomas Kiper"]


def test_a_closing_mark_typed_as_an_opening_one_before_said_keeps_the_attribution():
    found = _quotes("“He is so bright and personable, and he delivers, “said festival "
                    "president Edith Vane.")
    assert [(q.speaker, q.text) for q in found] == [
        ("Edith Vane", "He is so bright and personable, and he delivers")]


def test_a_quote_opening_a_sentence_after_one_about_someone_is_theirs():
    found = _quotes("The youngest of the class is Rosa Lund, a retired nurse from the coast.\n\n"
                    "Rosa Lund joined the class ten years ago. “I remember the first time I came, "
                    "I could hardly walk a mile.”")
    assert [(q.speaker, q.direct) for q in found] == [("Rosa Lund", True)]


def test_she_after_a_long_opening_phrase_is_the_speaker_of_a_quote_between_dashes():
    found = _quotes("Rosa Lund has led the class for forty years.\n\n"
                    "Not particularly sporty at her village school, she started playing the "
                    "piano for the class – “just for something to do in the evenings, really” – "
                    "and later took it over.")
    assert [(q.speaker, q.direct) for q in found] == [("Rosa Lund", True)]


def test_he_before_sighs_and_says_is_the_speaker():
    found = _quotes("Tomas Kiper lived for a year on local goods alone.\n\n"
                    "On finding that no fridges are made in the country, he sighs and says: "
                    "“Great. Nothing that will fit into my kitchen.”")
    assert [(q.speaker, q.direct) for q in found] == [("Tomas Kiper", True)]


def test_whose_conclusion_opens_the_sentence_of_a_quote_is_the_speaker():
    found = _quotes("The council met on Monday to discuss the bridge.\n\n"
                    "Edith Vane’s conclusion: “It is not possible to keep it open all winter.”")
    assert [(q.speaker, q.direct) for q in found] == [("Edith Vane", True)]


def test_a_quote_cut_by_its_attribution_and_a_year_is_one_quote():
    found = _quotes("Tomas Kiper played the blues for sixty years. “About a year and a half ago,” "
                    "he said in 1969, “all of a sudden, kids started coming up to me.”")
    assert [(q.speaker, q.text) for q in found] == [
        ("Tomas Kiper", "About a year and a half ago \u2026 all of a sudden, kids started coming "
                        "up to me.")]


def test_a_subheading_quoting_the_one_it_names_before_a_colon_is_their_quote():
    found = _quotes("We asked waiters what they think of tipping.\n\n"
                    "1. Rodri, 37, Leeds: 'Around half of a waiter’s income is tips'\n\n"
                    "I can average around £60 in tips per shift.\n\n"
                    "Average tips\n\n"
                    "Tips are shared at the end of the night.")
    assert [(q.speaker, q.direct, q.text) for q in found] == [
        ("Rodri", True, "Around half of a waiter’s income is tips")]


def test_a_report_before_its_attribution_and_a_manner_of_saying_is_found():
    found = _quotes("Rosa Lund still plays the piano at ninety.\n\n"
                    "Growing old is no fun, she admits, reading me a poem she wrote last year.")
    assert [(q.speaker, q.direct, q.text) for q in found] == [
        ("Rosa Lund", False, "Growing old is no fun")]


def test_one_speaker_spelt_two_ways_has_a_reworded_quote_matched():
    from reader.core.facts.quote_match import match_quotes

    comparison = compare(
        Source("a.txt", "The vote was held on Monday in the capital.\n\n“We will never accept "
                        "a rule that harms our rivers and our farms,” the Northland Fisheries "
                        "Council said in a statement."),
        Source("b.txt", "The council met in the capital on Monday.\n\n“We will never accept a "
                        "law that harms our rivers and lakes,” the Northland Fishery Council "
                        "said."))
    rows = match_quotes(comparison)
    assert [(r.match, r.a is not None, r.b is not None) for r in rows] == [("variant", True, True)]


def test_an_attribution_ending_its_line_with_a_colon_reports_the_clause_before_it():
    found = _quotes("The rule takes effect next week.\n\n"
                    "Edith Vane, director of the river trust, says her group will probably sue:\n\n"
                    "“This council has ignored every warning about the river.”")
    assert [(q.speaker, q.direct, q.text) for q in found] == [
        ("Edith Vane", False, "her group will probably sue"),
        ("Edith Vane", True, "This council has ignored every warning about the river.")]


def test_a_verb_of_saying_in_a_relative_clause_reports_nothing_of_its_own():
    found = _quotes("The council published proposals that Tomas Kiper said would stamp out "
                    "unfairness in the tips of waiters.")
    assert found == []


def test_reports_and_comments_as_nouns_credit_no_one():
    found = _quotes("Tomas Kiper said the talks were useful.\n\nKiper's comments came amid "
                    "reports that the envoy Edith Vane will meet the mayor on Thursday.")
    assert [(q.speaker, q.text) for q in found] == [("Tomas Kiper", "the talks were useful")]
