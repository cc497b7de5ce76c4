"""Flags on pairs of sentences two outlets wrote differently: what they share must tie the two
figures to one fact before a difference is called a contradiction."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.checks import check
from reader.core.sources.load import from_text


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


def test_records_and_scores_of_distant_sentences_are_not_compared():
    record = "Expected to contend, the Sixers (9-14) are instead last in the division."
    streak = "The Sixers had a three-game losing streak going into Saturday's game."
    assert _shown(record, streak, 0.35) == []
    assert _shown("The Hawks were 20-3 at home.", "The Hawks lost 88-72 on the road.", 0.3) == []
    assert _shown(record, record.replace("9-14", "9-15"), 0.95) == [("number", "9-14", "9-15")]


def test_additions_and_averages_are_not_compared_with_totals():
    assert _shown("Around 20 more people had to be ushered to safety.",
                  "Firefighters said as many as 20 people had been inside the bank.", 0.3) == []
    assert _shown("A further 20,000 people joined the march in the north.",
                  "In the south, 10,000 people joined the march.", 0.5) == []
    assert _shown("He has averaged 30 home runs and 100 RBIs in his six seasons.",
                  "He hit 33 home runs and 121 RBIs last season.", 0.3) == []
    assert _shown("Last season he hit .358 with 13 home runs.",
                  "Last season he hit .385 with 13 home runs.", 0.95) == [
        ("number", ".358", ".385")]


def test_two_quotes_on_one_subject_are_not_one_remark_credited_twice():
    a = ("\u201cAs the administration fades off into the sunset, it continues to take brazen "
         "pot shots at everything in sight, including the landmark conservation law,\u201d said "
         "House Resources Committee Chairman Nick Rahall, who said he would introduce a bill.")
    b = ("\u201cThe administration appears to be determined to use every last minute in office "
         "to wreak as much havoc as possible on our nation,\u201d said Edward Markey, chairman of "
         "the House Select Committee on Energy.")
    shared = "Rescue chief Anna Ilves spoke to reporters at the harbour in Tallinn later that day."
    comparison = compare(from_text(f"{a}\n\n{shared}", "a.txt"),
                         from_text(f"{b}\n\n{shared}", "b.txt"))
    assert [d for p in comparison.pairs for d in p.discrepancies] == []
    trimmed = b.replace("appears to be determined to use every last minute in office to wreak "
                        "as much havoc as possible on our nation", "fades off into the sunset "
                        "and takes brazen pot shots at everything in sight")
    comparison = compare(from_text(f"{a}\n\n{shared}", "a.txt"),
                         from_text(f"{trimmed}\n\n{shared}", "b.txt"))
    assert [d.kind for p in comparison.pairs for d in p.discrepancies] == ["attribution"]


def test_distant_sentences_contradict_only_on_figures_tied_to_one_thing():
    crew = "They still hold at least 14 vessels and more than 300 crew members to ransom."
    ship = "Sixteen crew members were aboard the ship, said its owner."
    assert _shown(crew, ship, 0.2) == []
    stats = "After the trade he hit 13 homers and 43 RBIs in 54 games with the club."
    season = "Playing in a combined 157 games, he had 33 homers and 121 RBIs."
    assert _shown(stats, season, 0.3) == []
    assert _shown("The navy said pirates in two boats opened fire on the ship.",
                  "The pirates, in three boats, tried to hijack the vessel at noon.", 0.3) == [
        ("number", "two boats", "three boats")]
    assert _shown("Five people were killed when the bus overturned near the border.",
                  "The crash on the mountain road killed seven people, police said.", 0.3) == [
        ("number", "Five people", "seven people")]


def test_a_number_joined_to_a_noun_counts_that_noun():
    assert _shown("A five-boat pirate attack on merchant ships was foiled.",
                  "The navy arrested 26 pirates after the attack was foiled.", 0.6) == []
    assert [(d.a, d.b) for d in check("He ran through a checklist of 40 items with his mentor.",
                                      "He ran through a 14-item checklist with his mentor.",
                                      score=0.6)] == [("40 items", "14-item")]


def test_a_noun_before_the_plural_it_describes_is_not_what_is_counted():
    a = ("The navy captured 23 piracy suspects. Pirates had seized two Yemeni fishing boats "
         "this month.")
    b = "The navy says it has arrested 23 Somali and Yemeni pirates."
    assert _shown(a, b, 0.5) == []
    assert _shown("Police held 23 piracy suspects.", "Police held 25 piracy suspects.", 0.9) == [
        ("number", "23 piracy suspects", "25 piracy suspects")]


def test_a_tally_abbreviated_is_the_same_tally():
    a = ("Dalembert is down almost five points per game (5.8 ppg) and just over two rebounds "
         "(8.0) per contest.")
    b = ("Dalembert is down almost five points per game with his 5.8 points and just over two "
         "rebounds.")
    assert _shown(a, b, 0.8) == []
    assert _shown("He hit 13 home runs and 43 RBIs in 54 games.",  # not 13 runs against 43
                  "In 54 games he hit 13 homers and drove in 43 runs.", 0.8) == []


def test_a_bracket_after_a_name_is_about_that_name():
    a = ("Ivanov (52-3, 46 knockouts) kept his title. Rahman (45-7-2, 36 KOs) took the fight "
         "five weeks ago.")
    b = "The 32-year-old Ivanov (52-3, 46 KOs) won by stopping Rahman (45-7-2) in the seventh."
    assert _shown(a, b, 0.37) == []


def test_a_nationality_is_no_one_s_name():
    a = ("Ivanov won his 16th straight fight, stopping the 40-year-old American in the sixth "
         "round.")
    b = "Ivanov, 36, stopped the 40-year-old Thompson with two seconds left in the sixth round."
    assert _shown(a, b, 0.59) == []
    assert _shown(a, a.replace("40-year-old", "41-year-old"), 0.9) == [
        ("number", "40-year-old", "41-year-old")]


def test_a_record_over_the_last_few_games_is_not_the_season_s():
    a = "The Sixers (9-14) are last in the division after losing eight of their last 10 games."
    b = "The Sixers have dropped their last three and are just 2-8 in their last ten."
    assert _shown(a, b, 0.44) == []
    assert _shown(b, b.replace("2-8", "3-7"), 0.9) == [("number", "just 2-8", "just 3-7")]


def test_the_rest_of_a_list_with_the_item_before_it_makes_the_total():
    a = "Nine assault rifles, a grenade launcher and 13 magazines were seized."
    b = "They seized seven AK-47 assault rifles, two other rifles, a grenade launcher and 13 magazines."
    assert _shown(a, b, 0.55) == []
    assert _shown(a, b.replace("two other", "three other"), 0.55) == [
        ("number", "Nine assault rifles", "three other rifles")]


def test_a_season_that_reached_a_mark_is_at_least_that_mark():
    a = "He has hit at least 30 homers and driven in at least 100 runs in each of five seasons."
    b = "It marked his fifth straight 30-homer, 100-RBI season."
    assert _shown(a, b, 0.32) == []
    assert _shown("It was a 10-win improvement over the previous season.",
                  "It was a 12-win improvement over the previous season.", 0.9) == [
        ("number", "10-win", "12-win")]


def test_an_amount_per_one_is_not_a_total():
    a = "The farm has 12 tanks, which, when fully stocked, will each have 5,000 fish."
    b = "The farm has 12 tanks that will hold 60,000 fish between them when fully stocked."
    assert _shown(a, b, 0.7) == []
    assert _shown("Tickets cost £5 each at the door.", "Tickets cost £7 each at the door.",
                  0.95) == [("number", "£5", "£7")]


def test_a_period_a_few_words_on_makes_a_rate():
    month = "About 50,000 mystery shopping trips are carried out every month in the UK."
    year = "Around 600,000 mystery shopping trips are made in the UK each year."
    assert _shown(month, year, 0.6) == []
    assert [k for k, _, _ in _shown(month, month.replace("50,000", "70,000"), 0.95)] == [
        "number"]


def test_the_one_share_of_a_reworded_sentence_is_compared():
    a = "Through automatic and manual searches, they identified 82% of people's names."
    b = "Searching both automatically and by hand, they were able to name 28% of the people."
    assert _shown(a, b, 0.5) == [("number", "82%", "28% of the people")]


def test_a_total_one_side_gives_in_parts_is_agreed_on():
    a = ("The navy captured 23 pirates and a large arms cache. The arrest of the 23 pirates "
         "(12 Somali and 11 Yemeni) is the largest such seizure.")
    b = "The navy on Saturday arrested 23 Somali and Yemeni pirates."
    assert [k for k, _, _ in _shown(a, b, 0.5)] == []
    seats = "The village would have a 100-seat auditorium and a 100-seat planetarium."
    assert _shown(seats, seats.replace("a 100-seat auditorium", "a 133-seat auditorium"),
                  0.95) == [("number", "100-seat", "133-seat")]


def test_a_day_given_in_another_time_zone_is_the_same_moment():
    gmt = "The model died at 0241 GMT Friday in a Los Angeles hospital."
    local = "The model died on Thursday evening in a Los Angeles hospital."
    assert _shown(gmt, local, 0.7) == []
    assert [k for k, _, _ in _shown(gmt.replace("Friday", "Saturday"), local, 0.7)] == ["date"]


def test_dates_of_one_moment_and_the_ends_of_a_stay_are_compared():
    a = ("The ship was escorting five vessels when, at about 9:25 in the morning of 10th Nov, "
         "she detected five suspicious boats.")
    b = "The ship was shepherding five vessels when, at around 9:25am on November 11, she spotted boats."
    assert [(k, x) for k, x, _ in _shown(a, b, 0.5)] == [("date", "10th Nov")]
    stay = "She was at the clinic from September 2010 to January 2011 after a violation."
    until = "She had an earlier stint at the clinic, from September 2010 until February 2011."
    assert [(x, y) for _, x, y in _shown(stay, until, 0.5)] == [("January 2011", "February 2011")]


def test_a_share_told_from_its_other_side_is_no_conflict():
    a = "It is estimated that only 40% of the city's rubbish is collected."
    b = "An estimated 60% of the city's rubbish is never collected."
    assert _shown(a, b, 0.6) == []
    assert [k for k, _, _ in _shown(a, a.replace("40%", "45%"), 0.95)] == ["number"]
    assert _shown("Seven people listened to two hours of stories each.",
                  "Seven people listened to 14 hours of stories between them, two hours each.",
                  0.7) == []


def test_older_years_are_dates_and_following_is_after():
    a = "The bard, born in the market town in 1564, died there 400 years ago."
    b = "The market town where the bard was born in 1564 and died in 1616."
    assert _shown(a, b, 0.6) == []
    assert [k for k, _, _ in _shown(b, b.replace("1564", "1565"), 0.95)] == ["date"]
    assert [k for k, _, _ in _shown("He was fired nearly three weeks following the end of the season.",
                                    "He was fired just over three weeks after the end of the season.",
                                    0.9)] == ["qualifier"]


def test_the_start_and_end_of_a_change_keep_their_places_when_reordered():
    a = "Food waste fell by 21%, from 5.3m tonnes to 4.2m tonnes, largely due to awareness."
    b = "Households produced 4.2m tonnes of food waste in 2012, down 21% from 5.3m tonnes."
    assert _shown(a, b, 0.6) == []
    assert [k for k, _, _ in _shown(a, a.replace("to 4.2m", "to 4.5m"), 0.95)] == ["number"]
