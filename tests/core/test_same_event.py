"""Two stories on one template are not one event: no facts flagged between them, and the
verdict says why; two reports of one event are."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.sources.load import from_text

TEMPLATE = """{what} hits {region} as thousands flee

At least {dead} people have died after {what_lower} struck the {region} region of {country} on {day}, local officials said.

Emergency services said {hurt} more people were injured and about {homes} homes were destroyed in the town of {town}.

"We have never seen anything like this," said {person}, the mayor of {town}.

Rescue teams from across {country} were sent to the area overnight, the interior ministry said.

Residents described scenes of panic as the {what_lower} reached the outskirts of {town} shortly before dawn.
"""

FLOOD = TEMPLATE.format(what="Flood", what_lower="a flood", region="Tarvisio", country="Italy",
                        day="Monday", dead=12, hurt=40, homes=200, town="Pontebba",
                        person="Marco Zanin")
FIRE = TEMPLATE.format(what="Wildfire", what_lower="a wildfire", region="Valverde",
                       country="Spain", day="Tuesday", dead=9, hurt=31, homes=150,
                       town="Alcudia de Lerma", person="Lucia Ferrer")


def test_two_template_stories_are_not_one_event():
    comparison = compare(from_text(FLOOD, "flood.txt"), from_text(FIRE, "fire.txt"))
    assert comparison.pairs, "the template sentences still line up"
    assert comparison.event is not None and not comparison.event.same
    assert comparison.discrepancy_count == 0
    assert "appears in both" in comparison.event.why


def test_two_reports_of_one_event_are_one_event():
    other = FLOOD.replace("At least 12 people", "At least 15 people").replace(
        "said.", "told reporters.")
    comparison = compare(from_text(FLOOD, "a.txt"), from_text(other, "b.txt"))
    assert comparison.event is not None and comparison.event.same
    assert "Pontebba" in comparison.event.shared_names
    assert comparison.discrepancy_count == 1


def test_seed_pair_is_one_event(seed_comparison):
    assert seed_comparison.event is not None and seed_comparison.event.same
    assert "Rustem Umerov" in seed_comparison.event.shared_names


def test_when_one_story_names_no_one_only_passages_that_read_alike_are_compared():
    bus = ("A bus overturned on a motorway on Wednesday night, injuring twelve people, "
           "including a six-year-old girl, police said.\n\nThe driver was arrested.")
    strike = ("Tesmar Vell, the regional governor, said the overnight drone attack on Quorra "
              "injured six people, including a 3-year-old girl.\n\nThe city's port was hit.")
    found = compare(from_text(bus, "a.txt"), from_text(strike, "b.txt"))
    assert not [d for p in found.pairs for d in p.discrepancies]
    assert "read alike" in found.event.why
    a = "Eight people were injured in the blast on Monday."
    found = compare(from_text(a, "a.txt"), from_text(a.replace("Eight", "Six"), "b.txt"))
    assert [(d.a, d.b) for p in found.pairs for d in p.discrepancies] == [
        ("Eight people", "Six people")]
