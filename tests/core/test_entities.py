from __future__ import annotations

from reader.core.compare import analyse
from reader.core.names.entities import extract
from reader.core.sources.load import from_text


def by_name(entities):
    return {e.name: e for e in entities}


def test_seed_people_places_and_organisations(seed_comparison):
    found = {(e.name, e.type) for e in seed_comparison.entities}
    people = {
        "Vladimir Putin", "Donald Trump", "Jared Kushner", "Steve Witkoff", "Oleksandr Vilkul",
        "Volodymyr Zelenskyy", "Oleh Kiper", "Rustem Umerov", "Jonah Hull", "Maria Zakharova",
        "Oleksandr Prokudin", "Yulia Shapovalova",
    }
    places = {
        "Ukraine", "Russia", "United States", "Moscow", "Donbas", "Donetsk", "Luhansk",
        "Kherson", "Geneva", "Switzerland", "Kryvyi Rih", "New Delhi", "Odesa", "Washington",
        "Alaska", "Black Sea", "Crimea", "Florida", "Miami", "Kharkiv", "Sumy", "Mykolaiv",
        "Dnipropetrovsk", "Kyiv", "Novorossiysk", "Pokrovsk", "Zaporizhia",
    }
    orgs = {
        "Tass", "Kremlin", "India Today TV", "Al Jazeera", "Caspian Pipeline Consortium", "NATO",
        "RIA Novosti", "Reuters", "Russian Ministry of Foreign Affairs", "Telegram",
    }
    expected = ({(n, "PERSON") for n in people} | {(n, "PLACE") for n in places}
                | {(n, "ORG") for n in orgs})
    missing = expected - found
    assert not missing
    ushakov = [e for e in seed_comparison.entities if "Ushakov" in e.name]
    assert len(ushakov) == 1 and ushakov[0].type == "PERSON"
    assert found - expected - {(ushakov[0].name, "PERSON")} == set()


def test_seed_merges_variants_into_one_entity(seed_comparison):
    entities = by_name(seed_comparison.entities)
    assert set(entities["Vladimir Putin"].variants) == {"Putin", "Vladimir Putin"}
    assert set(entities["Donald Trump"].variants) == {"Trump", "Donald Trump"}
    assert set(entities["Volodymyr Zelenskyy"].variants) == {"Zelenskyy", "Volodymyr Zelenskyy"}
    ushakov = next(e for e in seed_comparison.entities if "Ushakov" in e.name)
    assert {"Yury Ushakov", "Yuri Ushakov"} <= set(ushakov.variants)
    assert set(entities["United States"].variants) == {"US", "United States"}
    assert set(entities["India Today TV"].variants) == {"India Today", "India Today TV"}


def test_seed_one_sided_entities(seed_comparison):
    entities = by_name(seed_comparison.entities)
    assert entities["Florida"].side == "A" and entities["Miami"].side == "B"
    assert entities["Oleksandr Prokudin"].side == "B"
    assert entities["Jonah Hull"].side == "A"
    assert entities["Vladimir Putin"].side == "both"
    assert entities["Vladimir Putin"].count == (8, 11)


def test_seed_has_no_junk(seed_comparison):
    names = {v for e in seed_comparison.entities for v in e.variants}
    for junk in ("Robin", "Thursday", "Wednesday", "Ukrainian", "Russian", "Europeans",
                 "SCROLL FOR NEXT", "But", "Doctors", "World", "Associated Press",
                 "Economic Survey", "Ukrainians"):
        assert junk not in names, junk
    for opener in ("Embattled", "Paraphrasing", "Meanwhile", "Reporting", "Overall", "The"):
        assert not any(n.split()[0] == opener for n in names), opener


def test_mentions_point_at_the_name_in_its_sentence(seed_comparison):
    articles = seed_comparison.articles
    for entity in seed_comparison.entities:
        assert len(entity.mentions) == sum(entity.count)
        for m in entity.mentions:
            text = articles[m.article].sentences[m.sentence].text[m.start:m.end]
            assert text in entity.variants, (entity.name, text)


STORY_A = """Flood defences fail in Marrowby

Council leader Amos Birch said on Monday that the river Wenlow had burst its banks near the village of Tarnhollow, flooding 40 homes.

Birch told the Marrowby Gazette that engineers from Quillfen Water Authority would inspect the damage.

"We are doing everything we can," Birch said. Meanwhile, residents of Ostrava Lane were moved to a school in Pellingford.
"""

STORY_B = """River bursts banks in Tarnhollow

The Wenlow overflowed near Tarnhollow, flooding 35 homes, according to Marrowby council leader Amos Byrch.

Quillfen Water Authority (QWA) said its engineers were on site. Embattled QWA chief executive Delia Osgood declined to comment.

Residents were taken to a school in the town of Pellingford, a spokeswoman for the Tarnhollow Residents Association said.
"""


def test_invented_story_entities():
    a = analyse(from_text(STORY_A, "a.txt"))
    b = analyse(from_text(STORY_B, "b.txt"))
    entities = extract(a, b)
    found = {(e.name, e.type) for e in entities}
    assert ("Amos Birch", "PERSON") in found
    assert ("Delia Osgood", "PERSON") in found
    assert ("Tarnhollow", "PLACE") in found
    assert ("Pellingford", "PLACE") in found
    assert ("Quillfen Water Authority", "ORG") in found
    assert ("Marrowby Gazette", "ORG") in found
    assert ("Tarnhollow Residents Association", "ORG") in found
    named = by_name(entities)
    assert {"Birch", "Amos Birch", "Amos Byrch"} <= set(named["Amos Birch"].variants)
    assert "QWA" in named["Quillfen Water Authority"].variants
    assert named["Quillfen Water Authority"].side == "both"
    assert named["Marrowby Gazette"].side == "A"
    variants = {v for e in entities for v in e.variants}
    assert not variants & {"Meanwhile", "Monday", "Embattled", "Council", "Residents"}


def test_type_consistency_across_the_document():
    text = (
        "Senator Halvard Quist arrived in Brennmoor on Tuesday. Quist said the port would "
        "reopen. Later Quist met fishermen. The fishermen told Quist about the storm. "
        "Officials in Brennmoor said Quist would return."
    )
    a = analyse(from_text(text, "a.txt"))
    b = analyse(from_text("Quist visited the harbour in Brennmoor.", "b.txt"))
    named = by_name(extract(a, b))
    assert named["Halvard Quist"].type == "PERSON"
    assert named["Halvard Quist"].count == (5, 1)
    assert named["Brennmoor"].type == "PLACE"


def _entities(text_a: str, text_b: str = "Nothing else happened there."):
    return extract(analyse(from_text(text_a, "a.txt")), analyse(from_text(text_b, "b.txt")))


def _types(entities):
    return {v: e.type for e in entities for v in e.variants}


def test_facility_and_administrative_names_are_places_not_people():
    types = _types(_entities(
        "The quake struck Orvel City at dawn. Roads in Quennic County and Dorvak Village were cut. "
        "The Fennic Highway was closed and guests left the Marshal Hotel. "
        "The Tannory Express was stopped outside Pellin Station."
    ))
    for name in ("Orvel City", "Quennic County", "Dorvak Village", "Fennic Highway",
                 "Marshal Hotel", "Tannory Express", "Pellin Station"):
        assert types.get(name) == "PLACE", name
    assert "Hotel" not in types


def test_page_words_and_abbreviations_are_not_names():
    types = _types(_entities(
        "The fare rose to Rs 500 at 08:24 UTC, or 09:24 GMT, the operator said. "
        "Print the PDF. TAGS: Orvel, floods. We've heard nothing, Marta Quell said. No one came."
    ))
    for word in ("Rs", "UTC", "GMT", "PDF", "TAGS", "We've", "No", "Print"):
        assert word not in types, word
    assert types["Marta Quell"] == "PERSON"


def test_sentence_opening_names_are_kept_when_they_are_names():
    types = _types(_entities(
        "Bill Quorrel said the bill would pass. Beijing has denied the report. "
        "Hope Danver told reporters there was hope."
    ))
    assert types.get("Bill Quorrel") == "PERSON"
    assert types.get("Beijing") == "PLACE"
    assert types.get("Hope Danver") == "PERSON"


def test_a_small_town_name_used_as_a_surname_is_a_person():
    assert _types(_entities("The plan will not work, Jackson said."))["Jackson"] == "PERSON"


def test_one_given_name_must_fit_the_other_to_merge():
    entities = _entities(
        "Mark Tellow and Mary Tellow both spoke. Bill Orrin arrived late.",
        "William Orrin said he was delayed. Mark Tellow agreed.",
    )
    people = [set(e.variants) for e in entities if e.type == "PERSON"]
    assert {"Mark Tellow"} in people and {"Mary Tellow"} in people
    assert {"Bill Orrin", "William Orrin"} in people


def test_spelling_variants_of_one_name_are_merged():
    entities = _entities(
        "The Quorra Earthquake Networks Center said the quake hit Davel Province and Orvan County. "
        "Pellin News Agency reported damage in Tor-vel.",
        "The Quorra Earthquake Networks Centre said the quake hit Davel province near Orvan. "
        "Pellin reported damage in Torvel.",
    )
    variants = [set(e.variants) for e in entities]
    for pair in ({"Quorra Earthquake Networks Center", "Quorra Earthquake Networks Centre"},
                 {"Davel Province", "Davel"}, {"Orvan County", "Orvan"},
                 {"Tor-vel", "Torvel"}, {"Pellin News Agency", "Pellin"}):
        assert any(pair <= v for v in variants), pair


def test_an_outlet_is_not_merged_with_the_place_in_its_name():
    entities = _entities("Floods hit Taiwan on Monday, the Taiwan Observer reported.",
                         "Taiwan was hit by floods.")
    by = {e.name: e for e in entities}
    assert by["Taiwan"].type == "PLACE" and "Taiwan Observer" not in by["Taiwan"].variants
    assert by["Taiwan Observer"].type == "ORG"


def test_a_name_written_in_lower_case_by_one_side_counts_for_both():
    entities = _entities("Trains of the Quarry Valley railway were stopped.",
                         "The Quarry Valley Railway stopped its trains.")
    railway = next(e for e in entities if e.name == "Quarry Valley Railway")
    assert railway.side == "both"


def test_multi_word_demonyms_do_not_cut_place_names():
    types = _types(_entities("South Korea and Sri Lanka sent aid; a South African team arrived."))
    assert types.get("South Korea") == "PLACE" and types.get("Sri Lanka") == "PLACE"
    assert "African" not in types and "South African" not in types


def test_names_of_one_facility_and_spelling_variants_are_merged():
    entities = _entities(
        "She entered the Dalvey Treatment Center on Monday. The Dalvey Clinic said nothing. "
        "Talks on the Internationally Recognised Fishing Zone resumed. Tom Quarrel Jr. spoke.",
        "She is at the Dalvey Center. Talks on the Internationally Recognized Fishing Zone "
        "resumed. Tom Quarrel Jr said little.",
    )
    variants = [set(e.variants) for e in entities]
    for pair in ({"Dalvey Treatment Center", "Dalvey Clinic", "Dalvey Center"},
                 {"Internationally Recognised Fishing Zone", "Internationally Recognized Fishing Zone"},
                 {"Tom Quarrel Jr.", "Tom Quarrel Jr"}):
        assert any(pair <= v for v in variants), pair


def test_acronyms_that_spell_words_are_kept_when_known():
    types = _types(_entities("The US and the WHO said the UN would help us. HELLO, said the sign."))
    assert types.get("US") == "PLACE" and types.get("WHO") == "ORG" and types.get("UN") == "ORG"
    assert "HELLO" not in types


def test_short_and_transliterated_given_names_merge_but_not_different_names():
    entities = _entities(
        "Chris Dallow and Mohammad Quereshi met. Tom Varne waited.",
        "Christopher Dallow and Muhammed Quereshi met. Tim Varne waited.",
    )
    variants = [set(e.variants) for e in entities if e.type == "PERSON"]
    assert any({"Chris Dallow", "Christopher Dallow"} <= v for v in variants)
    assert any({"Mohammad Quereshi", "Muhammed Quereshi"} <= v for v in variants)
    assert not any({"Tom Varne", "Tim Varne"} <= v for v in variants)


def test_names_joined_by_an_ampersand_are_one_organisation():
    types = _types(_entities("Standard & Poor's cut the rating; Quill & Varne said sales fell."))
    assert types.get("Standard & Poor") == "ORG" and types.get("Quill & Varne") == "ORG"
