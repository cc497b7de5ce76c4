"""Reading figures: value, scale, unit, currency, range, qualifier and what they count."""

from __future__ import annotations

import pytest

from reader.core.facts.binding import read_quantities
from reader.core.facts.dates import read_dates
from reader.core.text.normalize import fold_with_offsets


def figures(text: str) -> list[tuple[str, float, float, str, str]]:
    """(text as shown, low, high, sense, dimension) of each figure."""
    folded, offsets = fold_with_offsets(text)
    found = read_quantities(folded, read_dates(folded)[1])
    return [(text[offsets[q.figure.start]:offsets[q.figure.end - 1] + 1], q.figure.low,
             q.figure.high, q.figure.sense, q.figure.dimension) for q in found]


def one(text: str) -> tuple[float, float, str, str]:
    found = figures(text)
    assert len(found) == 1, found
    return found[0][1:]


@pytest.mark.parametrize("text, value, dimension", [
    ("it cost $4.2 billion", 4.2e9, "money:USD"),
    ("it cost $4.2bn", 4.2e9, "money:USD"),
    ("it cost 4.2 billion dollars", 4.2e9, "money:USD"),
    ("a £4.2m deal", 4.2e6, "money:GBP"),
    ("5 million euros", 5e6, "money:EUR"),
    ("€5m", 5e6, "money:EUR"),
    ("1.4m users", 1.4e6, "count"),
    ("2.5bn people", 2.5e9, "count"),
    ("twenty-five people", 25, "count"),
    ("one hundred and twenty people", 120, "count"),
    ("a dozen ships", 12, "count"),
    ("two dozen ships", 24, "count"),
    ("60 per cent of voters", 60, "percent"),
    ("60% of voters", 60, "percent"),
    ("sixty percent of voters", 60, "percent"),
    ("two-thirds of the land", 200 / 3, "percent"),
    ("a 3-year-old girl", 3, "age"),
    ("a three-year-old girl", 3, "age"),
    ("Tara Reid, 33, has", 33, "age"),
    ("died aged 91", 91, "age"),
])
def test_amounts_in_every_style(text, value, dimension):
    low, high, _, found = one(text)
    assert found == dimension
    assert low == pytest.approx(value) and high == pytest.approx(value)


@pytest.mark.parametrize("text, base, dimension", [
    ("it was 40C", 40, "temperature"),
    ("it was 104F", 40, "temperature"),
    ("minus 5 degrees Celsius", -5, "temperature"),
    ("it was -5C", -5, "temperature"),
    ("a 21 kilometres race", 21000, "length"),
    ("a 22km race", 22000, "length"),
    ("at 33,000mph", 33000 * 0.44704, "speed"),
    ("at 33,000 miles per hour", 33000 * 0.44704, "speed"),
    ("a 3 1/2-inch advantage", 3.5 * 0.0254, "length"),
    ("a 200-pound man", 200 * 0.45359237, "mass"),
    ("for two decades", 20 * 31556952, "duration"),
])
def test_units_convert_to_one_base(text, base, dimension):
    low, _, _, found = one(text)
    assert found == dimension
    assert low == pytest.approx(base, rel=1e-6)


def test_qualifiers_before_and_after():
    assert one("more than 40 homes")[2] == ">"
    assert one("over 40 homes")[2] == ">"
    assert one("fewer than 40 homes")[2] == "<"
    assert one("up to 40 homes")[2] == "<"
    assert one("nearly 40 homes")[2] == "<~"
    assert one("about 40 homes")[2] == "~"
    assert one("40 homes or more")[2] == ">"


def test_ranges():
    assert one("10-15 people")[:2] == (10, 15)
    assert one("between 10 and 15 people")[:2] == (10, 15)
    assert one("three or four robbers")[:2] == (3, 4)
    low, high, _, dimension = one("$10 million to $15 million")
    assert (low, high, dimension) == (10e6, 15e6, "money:USD")
    assert one("10 to 15 million people")[:2] == (10e6, 15e6)
    assert one("an offer of $140-150MM")[:2] + one("an offer of $140-150MM")[3:] == (
        140e6, 150e6, "money:USD")
    assert one("about $140-150 million")[1:] == (150e6, "~", "money:USD")


def test_bracketed_conversion_is_one_figure():
    found = figures("a 21 kilometres (13 miles) race and 11,000ft (3,350m) high")
    assert [f[0] for f in found] == ["21 kilometres", "11,000ft"]


def test_labels_dates_ordinals_and_decades_are_not_counts():
    assert figures("AK-47 rifles on Oregon 214 wearing No. 10 for the 76ers") == []
    assert figures("On Dec. 2, 2025, in the 1990s") == []
    assert [f[4] for f in figures("for the third time, in 29th place")] == ["ordinal"] * 2


def test_rates_compare_per_unit_of_time():
    yearly = one("a fee of $120 per year")
    monthly = one("a fee of $10 a month")
    assert yearly[3] == monthly[3] == "money:USD/duration"
    assert yearly[0] == pytest.approx(monthly[0])


def test_what_a_count_is_about():
    folded, _ = fold_with_offsets("two people were confirmed dead and three others injured, "
                                  "killing 10 and injuring 11 in six cars")
    found = read_quantities(folded, [])
    assert [(q.figure.low, q.noun, q.role) for q in found] == [
        (2, "person", "dead"), (3, "person", "injured"), (10, "", "dead"),
        (11, "", "injured"), (6, "car", "")]


@pytest.mark.parametrize("text, noun, role", [
    ("he spent three-plus seasons as coach", "season", ""),
    ("it helped 2,125 vulnerable children into school", "child", ""),
    ("the nine pro-death jurors asked the others", "juror", ""),
    ("the house was demolished 300 years ago", "", ""),
    ("he was caught about 25 miles northwest of the prison", "", ""),
    ("and 1.3 million aged five to 17 work in mines", "", ""),
    ("the man who killed four people in an escape was sentenced", "person", "dead"),
    ("nine in favour and three against the death penalty", "", ""),
    ("the death toll rose to 12", "", "dead"),
    ("the navy captured 23 piracy suspects", "suspect", "arrested"),
    ("pirates seized two Yemeni fishing boats last week", "boat", ""),
    ("the 12 member states agreed", "state", ""),
    ("the navy arrested 23 heavily armed pirates", "pirate", "arrested"),
    ("he hit 13 home runs last season", "homer", ""),
    ("he averages 5.8 ppg this season", "point", "average"),
    ("some 97% of our energy comes from abroad", "energy", ""),
])
def test_the_noun_is_what_is_counted_not_a_word_beside_it(text, noun, role):
    folded, _ = fold_with_offsets(text)
    first = read_quantities(folded, read_dates(folded)[1])[0]
    assert (first.noun, first.role) == (noun, role)


def test_numbers_that_name_are_not_amounts():
    assert figures("he had his number-10 jersey retired") == []
    assert figures("solar energy 24/7 in the desert") == []
    assert [f[1] for f in figures("they seized 12 AK 47 guns")] == [12]  # a model, no hyphen
    assert [f[0] for f in figures("The UK 10 years ago")] == ["10 years"]


def test_a_model_named_with_a_number_is_no_people():
    folded, _ = fold_with_offsets("police arrested the pirates with seven AK-47s")
    rifles = read_quantities(folded, read_dates(folded)[1])[0]
    assert (rifles.figure.low, rifles.role) == (7, "")


def test_records_seasons_and_averages_written_as_sports_pages_write_them():
    assert one("The Sixers (9-14) are last in the division.") == (9014, 9014, "=", "score")
    assert one("They have opened 9-14 with a win at home.")[3] == "score"
    assert one("a group of children aged 5-11")[3] != "score"
    assert one("a rise of 10-15 per cent") == (10, 15, "=", "percent")
    assert one("He coached them in the 2008-09 season.") == (2008, 2008, "=", "season")
    assert one("He went over .500 at last.") == (0.5, 0.5, "=", "average")
    assert figures("He carried a .357 Magnum and a .38-caliber revolver.") == []


def _roles(text: str) -> list[str]:
    folded, _ = fold_with_offsets(text)
    return [q.role for q in read_quantities(folded, read_dates(folded)[1])]


def test_an_amount_added_to_another_or_averaged_is_no_whole():
    assert _roles("Around 20 more people had to be ushered to safety.") == ["difference"]
    assert _roles("A further 20,000 people joined the march.") == ["difference"]
    assert _roles("Another 300 troops arrived.") == ["difference"]
    assert _roles("Twenty people had to be ushered to safety.") == [""]
    assert _roles("He has averaged 30 home runs and 100 RBIs in six seasons.")[:2] == [
        "average", "average"]
    assert one("Results will be announced within 10 days.")[2] == "<"


def test_feet_and_inches_and_metres_beside_them():
    assert one("The six-foot-five champion was never threatened.")[3] == "length"
    assert abs(one("The six-foot-five champion was never threatened.")[0] - 1.9558) < 1e-3
    assert figures("The 1.96m (6ft 5in) champion")[0][1:] == (1.96, 1.96, "=", "length")
    assert one("a £1.96m deal")[3] == "money:GBP"


def test_a_word_ending_in_aged_is_no_age():
    assert one("The attack damaged more than 40 residential buildings.")[3] == "count"
    assert one("The survey covered children aged 5.")[3] == "age"
