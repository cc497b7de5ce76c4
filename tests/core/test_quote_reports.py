"""Reported speech and attributions in the shapes wire copy writes them, on invented articles:
verbs of conceding, stressing, vowing and alleging; speakers described by a fire brigade or a
lawsuit; a party in brackets, a title or an apposition around the speaker's name; a clause
with no `that`; an occasion before `that`; and a book's long title that is no one's words.
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.quotes import article_quotes
from reader.core.model import Source

_LEAD = "The dam at Harlow was closed on Monday after a week of rain.\n\n"


def _found(text: str) -> list[tuple[str, str | None, bool]]:
    comparison = compare(Source("a.txt", _LEAD + text), Source("b.txt", "Nothing happened."))
    return [(q.text, q.speaker, q.direct) for q in article_quotes(comparison.a, 0,
                                                                  comparison.entities)]


def test_conceding_stressing_vowing_and_alleging_report_the_clause_after_that():
    assert _found("Harlow unions concede that the town was forced to raise taxes.") == [
        ("the town was forced to raise taxes", "Harlow unions", False)]
    assert _found("Mayor Edith Vane vowed Wednesday that those responsible would be found.") == [
        ("those responsible would be found", "Edith Vane", False)]
    assert _found("Tomas Kiper has alleged that builders took money from the club.") == [
        ("builders took money from the club", "Tomas Kiper", False)]
    assert _found("Union leaders stress that a vote cannot come before May.") == [
        ("a vote cannot come before May", "Union leaders", False)]


def test_a_word_set_off_by_commas_before_that_is_not_part_of_the_report():
    assert _found("Edith Vane said, however, that a vote cannot come before May.") == [
        ("a vote cannot come before May", "Edith Vane", False)]


def test_a_vow_to_act_and_an_alleged_deed_report_nothing():
    assert _found("The alleged payments were made in 1999, and Edith Vane vowed to find those "
                  "responsible.") == []


def test_a_fire_brigade_and_a_lawsuit_can_speak():
    assert _found("The fire brigade said two bodies were found in the wreckage of the bank.") == [
        ("two bodies were found in the wreckage of the bank", "fire brigade", False)]
    assert _found("The rules do not require the town to consult engineers, the lawsuit said.") == [
        ("The rules do not require the town to consult engineers", "lawsuit", False)]


def test_a_party_in_brackets_between_speaker_and_verb_keeps_the_speaker():
    assert _found("Sen. Edith Vane (D-Mass.) said the closure was an assault on the town.") == [
        ("the closure was an assault on the town", "Edith Vane", False)]


def test_a_day_s_possessive_after_said_is_the_clause_s_subject():
    assert _found("Edith Vane said Thursday's closure was an assault on the town.") == [
        ("Thursday's closure was an assault on the town", "Edith Vane", False)]
    assert _found("Edith Vane said Thursday that the dam held.") == [
        ("the dam held", "Edith Vane", False)]


def test_a_trailing_attribution_with_a_title_before_the_name():
    assert _found("The town must repair the levee by July 26, and a panel will hold a hearing, "
                  "council spokesman Tomas Kiper said.") == [
        ("The town must repair the levee by July 26, and a panel will hold a hearing",
         "Tomas Kiper", False)]


def test_a_trailing_attribution_with_an_apposition_after_the_name():
    assert _found("Consulting engineers before building is crucial, said Tomas Kiper, regional "
                  "head of the River Coalition, an alliance of 50 groups.") == [
        ("Consulting engineers before building is crucial", "Tomas Kiper", False)]


def test_words_after_the_name_that_go_on_with_the_report_are_no_apposition():
    found = _found("More to the point, added Tomas Kiper, the new licence would allow only "
                   "modern mining.")
    assert all(not text.startswith("More to the point") for text, _, _ in found), found


def test_a_clause_opened_by_a_pronoun_needs_no_that():
    assert _found("The town closed the dam after Tomas Kiper acknowledged he gave $6,000 to "
                  "the builder.") == [("he gave $6,000 to the builder", "Tomas Kiper", False)]
    assert _found("“The dam held,” Tomas Kiper said, adding he would be surprised if it "
                  "failed.") == [("The dam held", "Tomas Kiper", True),
                                 ("he would be surprised if it failed", "Tomas Kiper", False)]


def test_an_occasion_before_that_is_not_part_of_the_report():
    assert _found("Tomas Kiper said after the town was flooded in the first week of May that he "
                  "planned to rebuild the dam.") == [
        ("he planned to rebuild the dam", "Tomas Kiper", False)]


def test_a_long_title_with_a_subtitle_is_not_a_quote():
    assert _found("Closing the dam changes how the town is run, said Tomas Kiper, author of the "
                  "book “The River: High Water and Dirty Dealings Backstage at the Harlow Town "
                  "Hall.”") == [
        ("Closing the dam changes how the town is run", "Tomas Kiper", False)]


def test_a_name_after_in_opening_the_sentence_is_a_setting_not_the_speaker():
    assert _found("In Congress, Rep. Edith Vane, D-Mass., called a hearing and said members "
                  "would work to restore the act.") == [
        ("members would work to restore the act", "Edith Vane", False)]


def test_the_lawyer_named_after_a_possessive_speaks_not_the_client():
    assert _found("“We deny that we took any money,” said Tomas Kiper's attorney, Edith "
                  "Vane.") == [("We deny that we took any money", "Edith Vane", True)]
