"""Flags on sentences a second outlet rewrote: a changed figure is found however the sentence
around it was reworded, and an equivalent rewording is not flagged."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.sources.load import from_text


def flags(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """(kind, severity, A text, B text) of every flag, the two sentences aligned as a user's
    two articles would be."""
    comparison = compare(from_text(a, "a.txt"), from_text(b, "b.txt"))
    return [(d.kind, d.severity, d.a, d.b) for pair in comparison.pairs
            for d in pair.discrepancies]


def test_a_day_or_month_is_not_whom_a_figure_is_about():
    assert flags("The swimmer who starred in films for MGM died in her sleep on Thursday at "
                 "the age of 91.",
                 "The 92-year-old MGM swimmer and film star died in her sleep on Thursday.") == [
        ("number", "conflict", "91", "92-year-old MGM")]


def test_an_age_between_commas_after_a_word_for_one_person_is_an_age():
    assert flags("The club said on Friday it would not sign the 28-year-old Ohio native.",
                 "On Friday the club said it would not be signing the Ohio native, 29.") == [
        ("number", "conflict", "28-year-old Ohio", "29")]
    assert flags("The town's fire chief, 46-year-old Tom Baker, is in a city hospital.",
                 "Tom Baker, the town's fire chief, 48, is in hospital in the city.") == [
        ("number", "conflict", "46-year-old Tom", "48")]


def test_the_last_years_are_the_years_up_to_now_not_a_part_of_them():
    assert flags("In the last eight years, there has been a slowdown in adding new plants and "
                 "animals to the list, leaving a backlog of species waiting for review.",
                 "The adding of new plants and animals to the list has slowed over the past six "
                 "years, leaving a backlog of species waiting for review.") == [
        ("number", "conflict", "eight years", "six years")]


def test_figures_kept_while_the_things_they_count_are_swapped_are_two_conflicts():
    assert flags("Police said two women and one man died in the fire at the bank's branch.",
                 "Police said two men and one woman died in the fire at the bank's branch.") == [
        ("number", "conflict", "two women", "one woman"),
        ("number", "conflict", "one man", "two men")]


def test_an_ordinal_joined_to_what_it_ranks_is_a_rank_even_after_a():
    assert flags("He was a second-round draft choice of the club in 1978.",
                 "He was a first-round draft choice of the club in 1978.") == [
        ("number", "conflict", "second-round", "first-round")]
    assert flags("She was given a second chance by the club in 1978.",
                 "She was given another chance by the club in 1978.") == []


def test_two_years_joined_by_a_dash_are_a_span_of_years_not_a_count():
    a = "Before that, he spent four seasons as the club's head of scouting (1999-2003)."
    assert flags(a, "Before that, he was the club's head of scouting for four seasons, from "
                    "1999 to 2003.") == []
    assert flags(a, a.replace("2003", "2004")) == [("date", "conflict", "2003", "2004")]
    assert flags("They sold 2000-2020 tonnes of grain.", "They sold 2000-2040 tonnes of grain."
                 ) == [("number", "precision", "2000-2020 tonnes", "2000-2040 tonnes")]


def test_the_one_length_of_time_of_two_close_sentences_is_one_fact_whatever_it_is_said_of():
    assert flags("He was first jailed in February 1979 on three 10-year sentences for burglary "
                 "and theft.",
                 "He was first jailed in February 1979, given three 12-year terms for burglary "
                 "and theft.") == [("number", "conflict", "10-year sentences", "12-year terms")]
    assert flags("The jury of eight jurors heard the case for a week in the city.",
                 "The jury of six women heard the case for a week in the city.") == []


def test_little_more_than_after_a_figure_says_only_and_makes_no_gap():
    assert flags("For 85 years, the planet was little more than a grey blob on classroom maps, "
                 "but on 15 July it was seen in high resolution for the first time.",
                 "The planet, for 75 years little more than a grey blob on classroom maps, was "
                 "seen in high resolution for the first time on 15 July.") == [
        ("number", "conflict", "85 years", "75 years")]


def test_a_capitalised_may_after_in_is_the_month():
    from reader.core.facts.dates import read_dates
    months = [m.month for m in read_dates("London will host the festival in May, it said.")[0]]
    assert months == [5]
    assert read_dates("The minister, Theresa May, said so.")[0] == []
    assert read_dates("It was in May's letter to the party.")[0] == []


def test_a_lone_month_on_each_side_of_a_close_pair_is_one_date():
    assert flags("In April, there will be a festival in London where insects are eaten.",
                 "London will host a festival in June where insects are eaten.") == [
        ("date", "conflict", "April", "June")]
    assert flags("Six months before his death in December 2013, the designer wrote to the "
                 "head of the church.",
                 "In June 2013, six months before he died, the designer wrote to the head of "
                 "the church.") == []


def test_over_an_amount_of_time_spent_on_something_is_more_than_it():
    assert flags("The sentence caps more than three years of efforts to bring him to justice.",
                 "The sentence ends over three years of attempts to bring him to justice.") == []
    assert flags("The deal is worth $160 million over eight years, the paper said.",
                 "The deal is worth $160 million over seven years, the paper said.") == [
        ("number", "conflict", "eight years", "seven years")]


def test_a_count_after_number_the_verb_counts_the_noun_its_clause_is_about():
    assert flags("The ships are taken to regions of the coast run by pirates, with an "
                 "estimated 1,500 pirates.",
                 "The ships are being taken to areas of the coast held by pirates, who are "
                 "thought to number about 1,200.") == [
        ("number", "conflict", "an estimated 1,500 pirates", "about 1,200")]


def test_people_in_general_and_a_kind_of_people_are_one_count_in_close_sentences():
    assert flags("According to the industry body, there were just 41m subscribers using music "
                 "streaming services in 2014.",
                 "Only 14 million people subscribed to music streaming services in 2014, "
                 "according to the industry body.") == [
        ("number", "conflict", "just 41m subscribers", "Only 14 million people")]
    assert flags("Eight people were hurt in the crash on the motorway on Monday.",
                 "Six cars were damaged in the crash on the motorway on Monday.") == []


def test_a_role_word_naming_people_after_an_adjective_is_what_is_counted():
    assert flags("Almost all of the 2.5 million people eligible cast their votes, reports said.",
                 "Reports said nearly all of the 3.5 million eligible voters cast a ballot.") == [
        ("number", "conflict", "2.5 million people", "3.5 million")]


def test_an_adverb_after_an_amount_is_not_what_it_counts():
    assert flags("He will also earn five percent of the backend grosses, a significant number "
                 "since the film has already accumulated $459 million around the globe.",
                 "He also gets 5% of backend grosses, no small sum with the film having already "
                 "taken $495 million worldwide.") == [
        ("number", "conflict", "$459 million", "$495 million")]
