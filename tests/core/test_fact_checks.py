"""Flags on aligned passages: changed facts flagged with severity and reason, equivalent
forms never, figures paired by what they count, names from the entity index."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.facts.checks import check
from reader.core.facts.speakers import NameSpan
from reader.core.sources.load import from_text


def flags(a: str, b: str) -> list[tuple[str, str, str, str]]:
    return [(d.kind, d.severity, d.a, d.b) for d in check(a, b)]


def test_roles_are_compared_not_values():
    found = flags("two people were confirmed dead and three others injured",
                  "three people were confirmed dead and 60 others injured")
    assert found == [("number", "conflict", "two people", "three people"),
                     ("number", "conflict", "three others", "60 others")]
    why = [d.why for d in check("three others injured", "60 others injured")]
    assert why == ["A: three others (injured); B: 60 others (injured)"]


def test_swapped_roles_are_two_conflicts():
    assert flags("Eight people were injured and six cars damaged.",
                 "Six people were injured and eight cars damaged.") == [
        ("number", "conflict", "Eight people", "Six people"),
        ("number", "conflict", "six cars", "eight cars")]


def test_reordered_clauses_are_not_a_conflict():
    assert flags("Three were injured and two people died.",
                 "Two people died and three were injured.") == []
    assert flags("They caught 12 Somalis and 11 Yemenis.",
                 "They caught 11 Yemenis and 12 Somalis.") == []
    assert flags("Healthy eating (55%) and avoiding residues (53%) are key reasons.",
                 "Avoiding residues (53%) and healthy eating (55%) are key reasons.") == []


@pytest.mark.parametrize("a, b", [
    ("It cost $4.2 billion.", "It cost $5.1 billion."),
    ("A £4.2m deal.", "A £4.9m deal."),
    ("It was 40C in the shade.", "It was 43C in the shade."),
    ("A 21 kilometres race.", "A 22km race."),
    ("It happened on December 2.", "It happened on December 3."),
    ("The bridge was built in 1932.", "The bridge was built in 1923."),
    ("The train left at 9 a.m.", "The train left at 11 a.m."),
    ("The alarm sounded at 23:50.", "The alarm sounded at 23:15."),
    ("The talks were held on Tuesday.", "The talks were held on Wednesday."),
    ("For the fourth time this year.", "For the third time this year."),
    ("At least 12 people were killed.", "At least 15 people were killed."),
    ("He held it for five-and-a-half minutes.", "He held it for 6.5 minutes."),
    ("He earned £30,000 in advertising revenue each day.",
     "He earned £30,000 in advertising revenue each week."),
    ("He booked a three-week holiday.", "He booked a fortnight's holiday."),
    ("It was 13 nautical miles (about 24km) from the ship.",
     "It was 17 nautical miles (about 24km) from the ship."),
    ("almost a third (29%) want a hot tub", "almost a third (38%) want a hot tub"),
    ("He had given Cheeks two contract extensions.", "He had given Cheeks 4 contract extensions."),
    ("They spent two and a half hours watching it.", "They spent 4 and a half hours watching it."),
    ("The next day, the mice were placed in a chamber.",
     "Two days later, the mice were placed in a chamber."),
    ("The call came at around 11 am (IST) on Monday.",
     "The call came at around 0630 GMT on Monday."),
])
def test_changed_values_of_every_kind_are_conflicts(a, b):
    found = check(a, b)
    assert [d.severity for d in found] == ["conflict"]
    assert found[0].why.startswith("A: ")


@pytest.mark.parametrize("a, b", [
    ("1.4m users", "1.4 million users"),
    ("at 33,000mph", "at 33,000 miles per hour"),
    ("a three-year-old girl", "a 3-year-old girl"),
    ("at 4:33am", "at 4:33 am"),
    ("60 per cent of voters", "60% of voters"),
    ("minus 5 degrees Celsius", "-5C"),
    ("more than 40 homes", "over 40 homes"),
    ("on 3 December", "on December 3"),
    ("a 21 kilometres (13 miles) race", "a 21km race"),
    ("a 13 miles race", "a 21 kilometres race"),
    ("$4.2 billion", "4.2bn dollars"),
    ("5 million euros", "€5m"),
    ("a dozen ships", "12 ships"),
    ("more than half of voters", "more than 50 percent of voters"),
    ("The 43-year-old actor", "The actor, 43,"),
    ("for two decades", "for 20 years"),
    ("a year in prison", "12 months in prison"),
    ("a fee of $120 per year", "a fee of $10 a month"),
    ("at 8 p.m. Saturday, Jan. 15", "at 8pm on Saturday 15 January"),
    ("at 1230 hours", "at 12.30pm"),
    ("10-15 people", "between 10 and 15 people"),
    ("The call came at 11 am IST.", "The call came at 0530 GMT."),
    ("one-sixth of the league's coaches", "a sixth of the league's coaches"),
    ("Cells are 8ft by 12ft (2.4m by 3.7m).", "Cells are 8-by-12 feet."),
    ("The low jail rate in Norland (below 70 per 100,000 head of population) is due to the "
     "age of criminal responsibility being set at 15.",
     "The number of prisoners in Norland is below 70 per 100,000 people because anyone under "
     "15 cannot be held responsible."),
    ("the prospect of 24/7 solar energy", "solar energy available 24/7"),
    ("whisky costing over $750 a bottle", "whisky that cost more than over $750 a bottle"),
    ("people who often do two or three jobs", "people who often do 2 or 3 jobs"),
    ("It was 13 nautical miles (about 24km) away.", "It was 13 nautical miles (about 15 miles) away."),
    ("They spent 2 and a half hours there.", "They spent two and a half hours there."),
    ("The next day, the mice were placed in a chamber.",
     "A day later, the mice were placed in a chamber."),
    ("people who have two and three jobs", "people who have 2 and 3 jobs"),
    ("an offer of $184 million over eight years", "an offer of $184m over eight years"),
    ("a share of euro22 billion ($28 billion) over three years",
     "a share of euro22 billion ($28bn) over three years"),
    ("a classroom for two dozen children", "a classroom for 2 dozen children"),
    ("The law bans children under the age of 14 from working, but 4.7 million children under "
     "that age are employed and 1.3 million aged five to 17 work in mines.",
     "The law does not allow children younger than 14 to work, but 4.7 million children "
     "younger than 14 are employed and 1.3 million children aged five to 17 work in mines."),
])
def test_equivalent_forms_are_never_flagged(a, b):
    assert flags(a, b) == []


def test_a_figure_only_one_side_gives_is_no_discrepancy():
    assert flags("The talks lasted five hours in Moscow.", "The talks in Moscow were long.") == []


@pytest.mark.parametrize("a, b, kind", [
    ("more than 40 homes", "fewer than 40 homes", "qualifier"),
    ("nearly 100 attacks", "more than 100 attacks", "qualifier"),
])
def test_opposite_qualifiers_are_conflicts(a, b, kind):
    assert [(d.kind, d.severity) for d in check(a, b)] == [(kind, "conflict")]


def test_before_and_after_a_time_are_a_conflict_shown_with_their_words():
    found = check("Sales began just before 1am, police said.",
                  "Sales began just after 1am, police said.")
    assert [(d.kind, d.severity, d.a, d.b) for d in found] == [
        ("date", "conflict", "just before 1am", "just after 1am")]


def test_a_precise_figure_given_in_another_order_is_the_same_figure():
    assert flags("The no camp won 2,001,926 votes (55.3%) to 1,617,989 for yes (44.7%).",
                 "Yes won 1,617,989 votes (44.7%) and the no camp 2,001,926 (55.3%).") == []


def test_a_record_is_a_tally_not_a_range():
    assert [d.severity for d in check("Cheeks has an overall record of 284-286.",
                                      "Cheeks has an overall record of 284-290.")] == ["conflict"]


def test_wins_and_losses_are_not_compared():
    assert flags("They are last after losing eight of their last 10 games.",
                 "They are last, having won just two of their last 10 games.") == []


def test_the_first_games_of_a_series_are_not_the_series():
    assert flags("They stretched Detroit to six games before losing.",
                 "They surprised Detroit by taking the first two games.") == []


def test_two_vague_figures_far_apart_are_no_refinement_of_one_another():
    assert flags("She suffered a heart attack more than a week ago.",
                 "She suffered a heart attack almost three weeks ago.") == []
    assert [d.severity for d in check("between six and eight years", "between six and 12 years")
            ] == ["precision"]


def test_a_denied_bound_is_no_refinement():
    assert flags("The Orioles offered $150 million over seven years.",
                 "However, no other offer was thought to be more than seven years.") == []


def test_a_feared_or_supposed_figure_is_no_refinement():
    assert flags("Henry had expressed concern about a contract of eight years or more.",
                 "The deal is said to be for eight years.") == []
    assert flags("The deal could be for eight years or more.",
                 "The deal is for 8 years.") == []
    assert [d.severity for d in check("The deal is for eight years or more.",
                                      "The deal is for 8 years.")] == ["precision"]


def test_a_second_room_is_no_second_of_time():
    assert flags("The next day, the mice were placed in a second chamber.",
                 "Later, the mice were placed in a second chamber.") == []


@pytest.mark.parametrize("a, b", [
    ("Some 2.44 million people voted.", "Some 2.4 million people voted."),
    ("923 rounds of ammunition", "more than 900 rounds of ammunition"),
    ("watched by 39.9 million people", "watched by nearly 40 million people"),
    ("turnout was 65.6 percent", "turnout was about two-thirds"),
    ("a peak around 11,000ft high", "a peak around 3,000 metres high"),
])
def test_roundings_and_hedges_are_precision(a, b):
    assert [d.severity for d in check(a, b)] == ["precision"]


SHARED = "Rescue chief Anna Ilves spoke to reporters at the harbour in Tallinn later that day."


def _pair_flags(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """Flags between two short reports of one event (they share a named source)."""
    comparison = compare(from_text(f"{a}\n\n{SHARED}", "a.txt"),
                         from_text(f"{b}\n\n{SHARED}", "b.txt"))
    return [(d.kind, d.severity, d.a, d.b) for p in comparison.pairs for d in p.discrepancies]


def test_places_come_from_the_entity_index():
    assert _pair_flags("Shares in Apple rose sharply on Monday after the results.",
                       "Shares in Microsoft rose sharply on Monday after the results.") == []
    assert _pair_flags("The minister spoke in English at the summit on Monday.",
                       "The minister spoke in Russian at the summit on Monday.") == []
    assert _pair_flags("The ferry sank near Odesa on Monday, officials said.",
                       "The ferry sank near Kherson on Monday, officials said.") == [
        ("place", "conflict", "Odesa", "Kherson")]


def test_places_of_two_different_things_in_loose_pairs_are_no_conflict():
    assert _pair_flags(
        "The singer has left the Oakwood clinic and is moving to a rehab facility in Malibu, "
        "her spokesman has confirmed.",
        "The singer has checked out of the Oakwood Treatment Center in Palm Springs after "
        "completing a 30-day program.") == []


def _spans(text: str, *places: str) -> tuple[NameSpan, ...]:
    return tuple(NameSpan(text.index(p), text.index(p) + len(p), "PLACE", p.lower())
                 for p in places)


def test_a_place_inside_the_other_in_sentences_sharing_little_is_no_finer_telling():
    a = "The ceremony will take place at the theatre in Los Angeles on February 22."
    b = "The awards will be handed out on February 22 and televised in the United States."
    names_a, names_b = _spans(a, "Los Angeles"), _spans(b, "United States")
    assert [(d.a, d.b) for d in check(a, b, names_a=names_a, names_b=names_b, score=0.3)] == []
    a = "The bank fire in Greece killed three people."
    b = "The bank fire in Athens killed three people."
    assert [(d.a, d.b, d.severity) for d in check(
        a, b, names_a=_spans(a, "Greece"), names_b=_spans(b, "Athens"), score=0.3)] == [
        ("Greece", "Athens", "precision")]


def test_a_place_inside_the_other_is_more_specific():
    found = _pair_flags("The envoys will meet negotiators in Florida on Thursday.",
                        "The envoys will meet negotiators in Miami on Thursday.")
    assert found == [("place", "precision", "Florida", "Miami")]


def test_same_words_credited_to_someone_else_are_an_attribution():
    found = _pair_flags("The bridge is unsafe and must close, Mayor Hester Vane said.",
                        "The bridge is unsafe and must close, engineer Amos Birch said.")
    assert [(k, s) for k, s, _, _ in found] == [("attribution", "attribution")]
    assert _pair_flags("The bridge is unsafe and must close, the mayor said.",
                       "The bridge is unsafe and must close, the governor said.") == [
        ("attribution", "attribution", "mayor", "governor")]


def test_seed_pair_flags(seed_comparison):
    found = [(d.kind, d.severity, d.a, d.b) for p in seed_comparison.pairs
             for d in p.discrepancies]
    assert ("number", "conflict", "eight people", "six people") in found
    assert ("place", "precision", "Florida", "Miami") in found
    assert not any("year-old" in a or "40" in a for _, _, a, _ in found)


def test_the_evidence_is_the_figure_with_its_qualifier_however_long_the_sentence():
    lead = "According to the figures released by the regional authority late on Friday, "
    found = check(lead + "more than 40 homes were destroyed.", lead + "fewer than 40 homes were destroyed.")
    assert [(d.a, d.b) for d in found] == [("more than 40 homes", "fewer than 40 homes")]


def test_figures_swapped_in_place_are_two_conflicts_even_with_one_noun():
    found = flags("It helped 1,540 children to leave work and 2,125 vulnerable children into "
                  "school.",
                  "It helped 2,125 children to leave work and 1,540 vulnerable children into "
                  "school.")
    assert [(kind, severity) for kind, severity, _, _ in found] == [("number", "conflict")] * 2


def test_figures_about_two_different_people_are_not_compared():
    a = ("Marta Quell will host the awards on Sunday.\n\n"
         "Her predecessor Ivo Brandt was praised by critics.\n\n"
         "He presided over the ceremony three times.")
    b = ("Marta Quell will host the awards on Sunday.\n\n"
         "Critics still remember Osip Lantz, the show's best host.\n\n"
         "He presided over the ceremony five times.")
    assert _pair_flags(a, b) == []
    same = b.replace("Osip Lantz", "Ivo Brandt")
    assert _pair_flags(a, same) == [("number", "conflict", "three times", "five times")]
    named = ("Marta Quell will host the awards on Sunday.\n\n"
             "Ivo Brandt presided over the ceremony three times.")
    other = ("Marta Quell will host the awards on Sunday.\n\n"
             "Osip Lantz presided over the ceremony five times.")
    assert _pair_flags(named, other) == []


def test_over_a_duration_is_when_unless_it_is_how_long():
    assert flags("That is a 35-year increase in the age of death over four decades.",
                 "That is a 35-year increase in the age of death in forty years.") == []
    assert flags("Their numbers fell 95% over a century.",
                 "Their numbers fell 95% in one hundred years.") == []
    assert [d.severity for d in check("He was jailed for over two years.",
                                      "He was jailed for nearly two years.")] == ["conflict"]


def test_half_a_dozen_is_six():
    assert flags("He and half a dozen friends were there.", "He and six friends were there.") == []
    assert flags("Half a million people marched.", "500,000 people marched.") == []
    assert [d.severity for d in check("He and half a dozen friends were there.",
                                      "He and eight friends were there.")] == ["conflict"]


def test_lone_dates_of_a_loose_pair_need_words_in_common():
    shooting = "The gunman opened fire at the school on Friday, police said."
    vigil = "Grieving parents held a vigil on Saturday evening in the town."
    assert [(d.kind, d.a, d.b) for d in check(shooting, vigil, score=0.4)] == []
    assert [(d.kind, d.a, d.b) for d in check(shooting, vigil, score=0.9)] == [
        ("date", "Friday", "Saturday")]
    earlier = "The gunman opened fire at the school on Thursday night."
    assert [(d.kind, d.a, d.b) for d in check(shooting, earlier, score=0.4)] == [
        ("date", "Friday", "Thursday")]


def test_loose_pairs_compare_figures_only_on_more_than_a_common_noun():
    a = "The team won 18 of its next 23 games and finished the season strongly."
    b = "An injury kept the new signing out of all but eight games last year."
    assert [d.kind for d in check(a, b, score=0.3)] == []
    assert [d.kind for d in check(a, a.replace("23 games", "25 games"), score=0.9)] == ["number"]
    assert [(d.a, d.b) for d in check("Police seized seven AK-47s from the boat.",
                                      "Police later said 12 AK-47s were found.", score=0.3)] == [
        ("seven AK-47s", "12 AK-47s")]


def test_ordinals_of_a_loose_pair_rank_different_things():
    assert check("Her second marriage also failed, as did a third.",
                 "Her life took a dark turn after her third marriage failed.", score=0.3) == ()
    assert [d.kind for d in check("She is the fourth head coach to be fired this season.",
                                  "She is the fifth head coach to be fired this season.")
            ] == ["number"]


def test_whom_words_were_told_to_is_no_speaker():
    quote = "\u201cShe is safe and back with her family at last,\u201d"
    assert _pair_flags(f"{quote} he told the judge on Monday.",
                       f"{quote} lawyer Hester Vane said on Monday.") == []
    assert _pair_flags(f"{quote} Hester Vane told the Gazette.",
                       f"{quote} Hester Vane told the Courier.") == []


def test_the_day_of_a_statement_or_the_start_of_a_period_is_not_the_day_of_the_event():
    event = "The navy intercepted the pirate boat on Thursday."
    assert check(event, "The navy intercepted the pirate boat, an officer said here Friday.",
                 score=0.5) == ()
    assert check("Pirates have attacked ships in the gulf since September.",
                 "Pirates attacked ships in the gulf on 10 November.", score=0.5) == ()
    assert [(d.a, d.b) for d in check(event, "The navy intercepted the pirate boat on Friday.",
                                      score=0.5)] == [("Thursday", "Friday")]


def test_a_place_the_place_list_does_not_know_may_lie_in_the_other():
    found = _pair_flags("The ferry sank near Mayfair on Monday, officials said.",
                        "The ferry sank near London on Monday, officials said.")
    assert [(k, s, a, b) for k, s, a, b in found] == [("place", "precision", "Mayfair", "London")]


@pytest.mark.parametrize("a, b", [
    ("The scans were given 45 minutes after the spray.",
     "The scans were given three-quarters of an hour after the spray."),
    ("I manage 72 seconds.", "I manage one minute and 12 seconds."),
    ("The talks lasted 150 minutes.", "The talks lasted two hours and 30 minutes."),
    ("They stay at home until they are at least 26.", "They stay at home until they are 26 or older."),
    ("After four days and more than 30 hours of talks, they agreed.",
     "After four days and over 30 hours of talks, they agreed."),
    ("Police found wads of €100, €200 and €500 notes.",
     "Police found wads of €500, €200 and €100 notes."),
    ("It is 18.5 days a year, only two fewer than the global average.",
     "It is 18.5 days a year, against a global average of 20.5."),
])
def test_more_forms_of_one_figure_are_not_flagged(a, b):
    assert flags(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("The government wants output to double by 2015.", "The government wants output to triple by 2015."),
    ("Sales tripled last year.", "Sales quadrupled last year."),
    ("a country of barely 320,000 people", "a country of more than 320,000 people"),
    ("at €2 or less a hit", "at €2 or more a hit"),
    ("Of the pirates, 12 are Somali and 11 Yemeni.", "Of the pirates, 11 are Somali and 12 Yemeni."),
    ("It is two fewer than the global average.", "It is three fewer than the global average."),
])
def test_more_changed_figures_are_flagged(a, b):
    assert flags(a, b)


def test_loose_passages_set_in_different_years_do_not_compare_figures():
    now = "Police seized 12 rifles from the pirates' boat on Friday."
    assert check(now, "In 2008 police seized seven rifles from a pirate boat.", score=0.3) == ()
    assert [d.kind for d in check(now, "Police seized seven rifles from a pirate boat.",
                                  score=0.3)] == ["number"]


def test_an_aside_between_dashes_does_not_end_a_denial():
    assert flags("The Nationals have bid $160 million over 8 years.",
                 "None of the other teams -- the Red Sox, the Orioles and the Nationals -- has "
                 "been reported to have offered more than eight years.") == []
