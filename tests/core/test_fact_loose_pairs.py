"""Flags on pairs of sentences two outlets wrote differently: what they share must tie the two
figures to one fact before a difference is called a contradiction."""

from __future__ import annotations

from reader.core.facts.checks import check


def _shown(a: str, b: str, score: float) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a, d.b) for d in check(a, b, score=score)]


def test_dates_of_distant_sentences_sharing_one_word_are_two_moments():
    divorce = "Her career began after she divorced in 1947, when she met a photographer."
    modelling = "She started modelling in 1950 when she met a police officer."
    assert _shown(divorce, modelling, 0.3) == []
    sunk = "On November 19, the frigate sunk a trawler held by pirates."
    again = "On November 18, the frigate sunk the pirates' trawler after a gunbattle."
    assert _shown(sunk, again, 0.3) == [("date", "November 19", "November 18")]


def test_a_part_of_the_day_is_no_shared_subject():
    clinic = "The actress checked into a clinic in the desert on Thursday night."
    jet = "She hopped on a private jet on Wednesday night, headed for the coast."
    assert _shown(clinic, jet, 0.45) == []
    assert _shown(clinic, clinic.replace("Thursday", "Wednesday"), 0.45) == [
        ("date", "Thursday", "Wednesday")]


def test_a_value_both_sides_give_is_agreed_on_however_the_lists_are_ordered():
    a = ("Other teams chasing the pitcher are the Baltimore Owls (seven years, $140-150 "
         "million), Toronto Hawks (eight years, $160 million) and the Boston Reds.")
    b = ("None of the other teams in the race -- the Boston Reds, Baltimore Owls and Toronto "
         "Hawks -- has been reported to have offered more than eight years. The Hawks reportedly "
         "have bid $160 million over eight years, the Owls between $140 million and $150 million "
         "over seven years.")
    assert _shown(a, b, 0.75) == []


def test_number_words_exchanged_in_place_are_two_conflicts():
    a = "The jury split, with nine in favor of the death penalty and three voting for life."
    b = "The jury split, with three in favor of the death penalty and nine voting for life."
    assert _shown(a, b, 0.95) == [("number", "nine", "three"), ("number", "three", "nine")]


def test_values_exchanged_between_reworded_clauses_are_still_conflicts():
    a = "Four people-one with broken bones, 3 with inspiratory problems-are treated in hospitals."
    b = "Four people - three with broken bones, one with breathing problems - are in hospital."
    shown = _shown(a, b, 0.7)
    assert ("number", "one", "three") in [(k, x.split()[0], y.split()[0]) for k, x, y in shown]


def test_a_bound_far_from_a_figure_is_no_sharper_telling_of_it():
    sentence = "He also received an additional sentence of 485 years on Saturday."
    efforts = "The sentence ends more than three years of efforts to bring him to justice."
    assert _shown(sentence, efforts, 0.2) == []
    assert [d.severity for d in check("The jury deliberated for 40 hours.",
                                      "The jury deliberated for more than 30 hours.")
            ] == ["precision"]
