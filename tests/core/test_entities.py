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


def test_a_given_name_ending_like_an_adverb_opens_a_name():
    types = _types(_entities(
        "The club changed coaches again. Billy Bishop spun the coaching door on Monday, "
        "pushing out the coach after one season."
    ))
    assert types.get("Billy Bishop") == "PERSON"


def test_a_word_before_a_full_name_stays_when_written_capitalised_elsewhere():
    entities = _entities(
        "Arcade Joseph Quimby Jr., 49, escaped on Monday. Quimby used a wheelchair.",
        "A hungry Arcade Joseph Quimby Jr. was caught. Quimby was serving a life sentence.",
    )
    people = [set(e.variants) for e in entities if e.type == "PERSON"]
    assert people == [{"Arcade Joseph Quimby Jr.", "Quimby"}]


def test_a_title_word_closing_an_organisation_of_phrase_stays_in_it():
    types = _types(_entities("The Vellish Department of Criminal Justice said the inmate fled."))
    assert types.get("Vellish Department of Criminal Justice") == "ORG"


def test_a_city_before_a_kind_of_organisation_after_a_is_a_place():
    types = _types(_entities(
        "According to reports in a Tulsa newspaper, the court met in a Tulsa "
        "courthouse. He fled downtown Tulsa."
    ))
    assert types.get("Tulsa") == "PLACE"


def test_organisation_names_go_on_through_for_and_on():
    types = _types(_entities(
        "Dr Ada Quell of the Vellish Institute for Fiscal Studies spoke first. "
        "The Vellish Council on Foreign Relations disagreed, and the Vellish Bank on Highway 9 "
        "closed early on Monday."
    ))
    assert types.get("Vellish Institute for Fiscal Studies") == "ORG"
    assert types.get("Vellish Council on Foreign Relations") == "ORG"
    assert "Vellish Bank on Highway" not in types
    assert "Fiscal Studies" not in types and "Foreign Relations" not in types


def test_a_word_quoted_after_says_is_not_a_speaker():
    types = _types(_entities(
        "Ada Quell, director of the institute, says: \u201cClimate models are not robust. "
        "Great work remains.\u201d He sighs and says: \u201cGreat. Nothing fits.\u201d"
    ))
    assert "Climate" not in types and "Great" not in types


def test_a_common_word_then_a_place_is_no_persons_name():
    types = _types(_entities(
        "Air Quorra, the national carrier, will add flights. The air was clear over Quorra, "
        "where Air India also lands. Flappy Bird was the most downloaded game; a bird flew by."
    ))
    assert types.get("Air India") != "PERSON"
    assert types.get("Flappy Bird") != "PERSON"


def test_a_surname_opening_a_sentence_before_said_is_kept():
    types = _types(_entities(
        "Lohan checked in to a rehab facility on Monday. White said he was satisfied with her "
        "location."
    ))
    assert types.get("White") == "PERSON"


def test_the_charity_before_a_name_makes_it_an_organisation():
    types = _types(_entities(
        "The charity Quellfam predicted that hunger would worsen. \u201cIt looks set to worsen,\u201d "
        "said Quellfam."
    ))
    assert types.get("Quellfam") == "ORG"


def test_a_small_place_named_like_a_common_word_needs_a_word_saying_so():
    types = _types(_entities(
        "Cars sold in Quorra must now carry a tag, and buyers of cars say prices rose."
    ))
    assert "Cars" not in types


def test_geographic_names_with_of_are_one_place():
    types = _types(_entities(
        "Pirates infest the waters off the Horn of Africa, the navy said. Ships round the "
        "Cape of Good Hope instead."
    ))
    assert types.get("Horn of Africa") == "PLACE"
    assert types.get("Cape of Good Hope") == "PLACE"


def test_an_office_named_after_a_title_is_no_person():
    types = _types(_entities(
        "Ada Quell, the Minister for Women and Equalities, said the figures showed that women "
        "still lose out at work."
    ))
    assert types.get("Ada Quell") == "PERSON"
    assert not {"Women", "Equalities", "Women and Equalities"} & set(types)


def test_a_common_word_told_something_is_an_outlet():
    types = _types(_entities(
        "\u201cWe call this incepting,\u201d Quell told Science. A lawyer, Ada Varne, told Time "
        "that the case would fail."
    ))
    assert types.get("Science") == "ORG" and types.get("Time") == "ORG"


def test_a_place_before_a_comma_and_said_is_not_the_speaker():
    types = _types(_entities(
        "Ada Quell, a security researcher at Stanford, said that the public was in the dark."
    ))
    assert types.get("Stanford") != "PERSON"


def test_an_acronym_counted_or_after_a_is_a_thing_not_an_organisation():
    types = _types(_entities(
        "He won by a KO in the third round. The farm makes 500 MW, and MOOCs are free while "
        "a MOOC costs little to make. The QBA said it would play an QBA tournament."
    ))
    assert not {"KO", "MW", "MOOC"} & set(types)
    assert types.get("QBA") == "ORG"


def test_titles_of_songs_are_not_names():
    types = _types(_entities(
        "In 1969 Ada Quell had a hit with The Thrill Is Gone, and later with How Blue Can You "
        "Get. Her album Take Me Out sold well."
    ))
    assert types.get("Ada Quell") == "PERSON"
    assert not {"Thrill Is Gone", "How Blue Can You Get", "Take Me Out"} & set(types)


def test_an_acronym_spelt_out_in_lower_case_is_a_thing():
    types = _types(_entities(
        "Scans combine magnetic resonance imaging (MRI) and computed tomography (CT). The "
        "Quorra Health Office (QHO) paid for them."
    ))
    assert "MRI" not in types and "CT" not in types
    assert types.get("Quorra Health Office") == "ORG"


def test_a_plain_word_listed_beside_an_organisation_is_not_one():
    types = _types(_entities(
        "The data, published by the Quorra Department for Environment, Food and Rural Affairs, "
        "covers what families spent on food."
    ))
    assert "Food" not in types


def test_a_given_name_that_is_also_a_small_town_needs_a_word_saying_place():
    types = _types(_entities(
        "Bella and Jacob fall out in the second film. Mercedes makes fast cars; Estelle "
        "stayed home. Later she moved to Estelle, near the border."
    ))
    assert types.get("Bella") != "PLACE" and types.get("Jacob") != "PLACE"
    assert types.get("Mercedes") != "PLACE"


def test_an_organisation_word_alone_is_the_one_organisation_it_heads():
    found = _entities(
        "The Quorra Navy said on Monday that a frigate had sunk the boat. The Navy added that "
        "nobody was hurt. The Academy of Quorra Motion Arts met later; the Academy said the "
        "prize stays."
    )
    navy = [e for e in found if "Navy" in e.variants]
    academy = [e for e in found if "Academy" in e.variants]
    assert len(navy) == 1 and navy[0].name == "Quorra Navy" and navy[0].type == "ORG"
    assert len(academy) == 1 and academy[0].name == "Academy of Quorra Motion Arts"


def test_an_organisation_word_alone_names_neither_of_two_organisations():
    found = _entities(
        "The Quorra Navy and the Tesmar Navy met at sea. The Navy said nothing more."
    )
    assert not any(e.name in ("Quorra Navy", "Tesmar Navy") and "Navy" in e.variants
                   for e in found)


def test_a_newspaper_named_register_is_an_organisation():
    types = _types(_entities(
        "Earl Dunmore of the Tesmar Daily Register heard the coach say it on the radio."
    ))
    assert types.get("Tesmar Daily Register") == "ORG"


def test_the_rest_of_a_title_is_not_part_of_the_name():
    types = _types(_entities(
        "Quorrex, which former Chief Executive Steve Dunmore founded, grew fast. "
        "Novelist Ajem Tashraf wrote on a website about it."
    ))
    assert types.get("Steve Dunmore") == "PERSON" and "Executive Steve Dunmore" not in types
    assert types.get("Ajem Tashraf") == "PERSON" and "Novelist Ajem Tashraf" not in types


def test_a_village_headman_is_a_person_not_a_village():
    types = _types(_entities(
        "\u201cWe must protect people,\u201d Krisen Bhortel, a local village headman in "
        "Tesmar, told the paper. Dorvak, a small town in the hills, was spared."
    ))
    assert types.get("Krisen Bhortel") == "PERSON"
    assert types.get("Dorvak") == "PLACE"


def test_laboratories_and_limited_companies_are_organisations():
    types = _types(_entities(
        "Scientists at the Lawrence Tesmar National Laboratory agreed. The referees are paid "
        "by Professional Game Match Officials Limited, which declined to comment."
    ))
    assert types.get("Lawrence Tesmar National Laboratory") == "ORG"
    assert types.get("Professional Game Match Officials Limited") == "ORG"


def test_titles_of_songs_and_films_are_not_people():
    types = _types(_entities(
        "He had a hit with Cat People (Putting Out Fire) and starred in The Man Who Fell to "
        "Earth. The Quorra Movie made a fortune."
    ))
    assert types.get("Putting Out Fire") is None and types.get("Man Who Fell") is None
    assert types.get("Quorra Movie") is None


def test_a_brand_written_as_one_word_with_a_capital_inside_is_nobody():
    types = _types(_entities(
        "PizzaExpress said staff would wait. Ellen DeGeneres and Seth MacFarlane laughed."
    ))
    assert types.get("PizzaExpress") != "PERSON"
    assert types.get("Ellen DeGeneres") == "PERSON" and types.get("Seth MacFarlane") == "PERSON"


def test_a_name_opening_with_a_foreign_article_is_no_person():
    types = _types(_entities(
        "Her lawyer, Vincent Tolledo, told Le Quorrain that the novel was unfair."
    ))
    assert types.get("Le Quorrain") != "PERSON"
    assert types.get("Vincent Tolledo") == "PERSON"


def test_a_team_named_with_a_number_after_its_city_is_an_organisation():
    types = _types(_entities(
        "The Tesmarton 76ers fired coach Maurice Dunmore on Saturday after 14 losses in the "
        "1980s style."
    ))
    assert types.get("Tesmarton 76ers") == "ORG"
    assert types.get("Maurice Dunmore") == "PERSON"


def test_a_town_followed_by_its_state_is_a_place():
    types = _types(_entities(
        "The Tesmarville, Arizona-based Quorra Dark-Sky Association counts stars. They flew "
        "to Dorvak, Thailand, in 2004. Lauren Tesmar, California Quorrin and Merkel, "
        "Germany's chancellor, did not."
    ))
    assert types.get("Tesmarville") == "PLACE" and types.get("Dorvak") == "PLACE"
    assert types.get("California Quorrin") == "PERSON" and types.get("Lauren Tesmar") == "PERSON"
    assert types.get("Merkel") != "PLACE"


def test_a_plural_organisation_word_makes_organisations():
    types = _types(_entities(
        "Researchers at the Quorra and Tesmar Universities found the same thing."
    ))
    assert "PERSON" not in set(types.values())


def test_a_name_before_a_facility_noun_is_a_place():
    types = _types(_entities(
        "The actress headed to a Tesmarvo treatment facility on Tuesday. A judge allowed her "
        "transfer to the Quorrbank rehab centre, where she stays. The Dorvakton Omni hotel chain "
        "was sold."
    ))
    assert types.get("Tesmarvo") == "PLACE"
    assert types.get("Quorrbank") == "PLACE"
    assert types.get("Dorvakton Omni") != "PLACE"  # a hotel chain is a company


def test_a_name_after_the_that_acts_is_no_person():
    types = _types(_entities(
        "Sources say the Crimson Sox offered Ted Quorrin an eight-year deal. Quorrin is tempted."
    ))
    assert types.get("Crimson Sox") != "PERSON"
    assert types.get("Ted Quorrin") == "PERSON"


def test_an_unknown_acronym_after_from_is_no_place():
    types = _types(_entities(
        "According to a report from QZV published this week, the singer left the clinic."
    ))
    assert types.get("QZV") == "ORG"


def test_an_apposition_headed_by_an_organisation_word_makes_an_organisation():
    types = _types(_entities(
        "Ann Dorr, a manager at Quennix, a charity that trains teachers, spoke. The Pellin "
        "Theatre, the Royal Quorra Company and others agreed. Ted Vask, spokesman for publisher "
        "Tannory Vale, declined."
    ))
    assert types.get("Quennix") == "ORG"
    assert types.get("Pellin Theatre") == "PLACE"  # the next name is not its apposition
    assert types.get("Tannory Vale") == "ORG"


def test_a_country_s_one_word_name_is_its_firm_not_a_town():
    # `Toyota` is also a Japanese city in the gazetteer; after `Japan's` it names the carmaker,
    # while `Rio's Copacabana beach` stays a place.
    types = _types(_entities(
        "The top brands were Japan's Toyota (8th) and others. We walked along Rio's "
        "Copacabana beach."
    ))
    assert types.get("Toyota") == "ORG"
    assert types.get("Copacabana") == "PLACE"


def test_rivers_and_compass_regions_are_places():
    types = _types(_entities(
        "Waste fouls the Quennic and Dorvel rivers, the Tarrow river and the hills. Rents range "
        "from 9% in the East Quorrands to more in the capital."
    ))
    assert types.get("Quennic") == "PLACE" and types.get("Dorvel") == "PLACE"
    assert types.get("Tarrow") == "PLACE"
    assert types.get("East Quorrands") == "PLACE"


def _holding(entities, name):
    return [e for e in entities if name in e.variants]


def test_a_facility_s_short_name_joins_its_one_facility_under_two_names():
    entities = _entities(
        "She left the Quorra Vell Center on Monday. She had checked into the Quorra Vell "
        "Treatment Center in May.",
        "She wants to go back to Quorra Vell because she knows everyone there."
    )
    holders = _holding(entities, "Quorra Vell")
    assert len(holders) == 1 and "Quorra Vell Center" in holders[0].variants
    assert holders[0].type == "PLACE"


def test_an_acronym_in_brackets_joins_the_name_before_it():
    entities = _entities(
        "Ships sail through the Quorran Safe Sea Lane (QSL) every week. The QSL is patrolled. "
        "Inspectors of HM Tesmar & Dues (HMTD) met. The HMTD said nothing. "
        "The U.S. Tesmar Survey Agency measured it; the USTSA said so. The Department of "
        "Quorran Works acted; the DOQW said so."
    )
    assert len(_holding(entities, "QSL")) == 1
    assert "Quorran Safe Sea Lane" in _holding(entities, "QSL")[0].variants
    assert "HM Tesmar & Dues" in _holding(entities, "HMTD")[0].variants
    assert "U.S. Tesmar Survey Agency" in _holding(entities, "USTSA")[0].variants
    assert "Department of Quorran Works" in _holding(entities, "DOQW")[0].variants


def test_an_organisation_s_long_name_with_a_word_in_the_plural_is_one_name():
    entities = _entities(
        "The Academy of Quorran Pictures Arts and Sciences voted.",
        "The Academy of Quorran Picture Arts and Sciences said it voted."
    )
    holders = _holding(entities, "Academy of Quorran Pictures Arts and Sciences")
    assert len(holders) == 1
    assert "Academy of Quorran Picture Arts and Sciences" in holders[0].variants


def test_a_centre_for_something_is_an_organisation_and_one_name():
    types = _types(_entities(
        "Activists joined Greenpeace and the Center for Quorran Diversity in a suit. Dr Ann "
        "Vell, from the Centre for Tesmar and Dorvak Studies at a university, agreed."
    ))
    assert types.get("Center for Quorran Diversity") == "ORG"
    assert types.get("Centre for Tesmar and Dorvak Studies") == "ORG"
    assert "Dorvak Studies" not in types


def test_the_kind_of_things_listed_types_the_names_listed():
    types = _types(_entities(
        "Other car makers, including Quorvo, Tesmard and Dorvane, are working on it. French "
        "bands such as Pellin Vask sing in English. She runs a company called NearQuorr, she "
        "said. He told the Quorran Player magazine so."
    ))
    assert {types.get(n) for n in ("Quorvo", "Tesmard", "Dorvane")} == {"ORG"}
    assert types.get("Pellin Vask") == "ORG"
    assert types.get("NearQuorr") == "ORG"
    assert types.get("Quorran Player") == "ORG"


def test_the_office_before_a_title_is_no_name():
    types = _types(_entities(
        "The UK Environment Secretary, Ann Quorrel, said so. Tesmaria's Health Minister, Bo "
        "Vask, agreed."
    ))
    assert "UK Environment" not in types and "Environment" not in types
    assert "Health" not in types
    assert types.get("Ann Quorrel") == "PERSON"


def test_a_team_named_by_a_common_word_keeps_it_before_a_title():
    types = _types(_entities(
        "News came from Tesmar Quorra Angels GM Bo Vask that the team made an offer. The "
        "Dorvak Heat coach, Al Pell, agreed."
    ))
    assert "Tesmar Quorra Angels" in types
    assert "Dorvak Heat" in types


def test_a_person_after_a_firm_s_noun_and_a_list_before_a_facility_noun():
    types = _types(_entities(
        "She appeared in publisher Robert Tesvask's magazines. Activists from Defenders of "
        "Quorrlife and Center for Tesmar Diversity sued."
    ))
    assert types.get("Robert Tesvask") == "PERSON"
    assert types.get("Defenders of Quorrlife") != "PLACE" and types.get("Quorrlife") != "PLACE"


def test_seas_wide_regions_and_short_country_names_are_places():
    types = _types(_entities(
        "Ships crossed the Indian Ocean to the Netherlands. Fans in the Americas cheered, and "
        "storms hit Southern California and the Baltic Sea near the Alps."
    ))
    for name in ("Indian Ocean", "Netherlands", "Americas", "Southern California", "Baltic Sea",
                 "Alps"):
        assert types.get(name) == "PLACE", name
    assert "Ocean" not in types and "California" not in types


def test_an_organisation_word_alone_names_the_body_the_articles_mean():
    types = _types(_entities(
        "Tesmar Quorra will host the show, the Academy said. She thanked the Academy again. "
        "The Department of Health gave no comment."
    ))
    assert types.get("Academy") == "ORG"
    assert "Department" not in types


def test_a_neighbourhood_is_a_place():
    assert _types(_entities("He shot a man in the posh Quorrhead neighborhood."))["Quorrhead"] == "PLACE"


def test_a_firm_s_staff_and_a_name_inside_an_apposition_do_not_make_people():
    types = _types(_entities(
        "Bo Vask, Quorrix's chief executive, said sales rose. Ann Pell, one of the inventors "
        "of Tesmaplex, said it worked."
    ))
    assert types.get("Quorrix") != "PERSON"
    assert types.get("Tesmaplex") != "PERSON"
    assert types.get("Bo Vask") == "PERSON" and types.get("Ann Pell") == "PERSON"


def test_a_closing_quote_is_not_part_of_a_name():
    types = _types(_entities(
        "And they'd say, 'Mike Quorrfield' or 'Eric Tesmaton'. It's to them that I owe it. He "
        "played with Tesmaton, Mark Knopfler and Roger Daltrey."
    ))
    assert "Tesmaton'" not in types
    assert types.get("Tesmaton") == "PERSON"


def test_a_facility_named_with_a_word_in_front_is_the_same_facility():
    entities = _entities(
        "Tesma Quorr entered Vellmoor Quorrises Treatment Center on Tuesday.",
        "Tesma Quorr is at Quorrises Treatment Center, her agent said.",
    )
    holders = [e for e in entities if {"Quorrises Treatment Center", "Vellmoor Quorrises Treatment Center"}
               & set(e.variants)]
    assert len(holders) == 1


def test_a_long_name_misspelt_by_one_letter_is_one_place_but_people_stay_apart():
    entities = _entities(
        "Pirates struck in the Gulf of Quorran on Monday. Mark Tesmar Vell spoke.",
        "The ship was seized in the Gulf of Quorren, officials said. Mary Tesmar Vell spoke.",
    )
    gulfs = [e for e in entities if {"Gulf of Quorran", "Gulf of Quorren"} & set(e.variants)]
    assert len(gulfs) == 1 and gulfs[0].type == "PLACE"
    people = [e for e in entities if {"Mark Tesmar Vell", "Mary Tesmar Vell"} & set(e.variants)]
    assert len(people) == 2


def test_a_region_named_with_an_organisation_word_is_a_place():
    types = _types(_entities("Settlers built homes in the West Bank. Troops left the West Bank."))
    assert types.get("West Bank") == "PLACE"


def test_a_possessive_inside_a_body_s_name_is_kept():
    types = _types(_entities(
        "Tom Quorr, a professor at Tesma's College London, said so. Ann Vell's lawyer spoke. "
        "China's Ministry of Defence agreed."
    ))
    assert types.get("Tesma's College London") == "ORG"
    assert "College London" not in types
    assert types.get("Ann Vell") == "PERSON" and types.get("China") == "PLACE"


def test_prepositions_before_a_surname_do_not_make_a_person_a_place():
    types = _types(_entities(
        "Wladimir Tesmarko kept his title. Thompson last met Wladimir Tesmarko in 2008. The "
        "challenger never recovered from a right hand from Tesmarko. Another blow came from "
        "Tesmarko at once."
    ))
    assert types.get("Wladimir Tesmarko") == "PERSON"


def test_a_given_name_alone_joins_its_full_name_though_a_town_is_named_so():
    entities = _entities(
        "Wladimir Tesmarko stopped Tony Vell in the sixth round.",
        "Vell was watching Wladimir's right hand all night.",
    )
    holders = [e for e in entities if "Wladimir" in e.variants]
    assert len(holders) == 1 and holders[0].name == "Wladimir Tesmarko"
    assert holders[0].type == "PERSON"


def test_acronyms_of_things_are_not_organisations_and_state_abbreviations_are_places():
    types = _types(_entities(
        "The UAV carried an MRI scanner. Pirates fired an AK-47 and sent an SOS. He won by TKO "
        "and was named MVP. Tesma Quorr moved to L.A. last year."
    ))
    for word in ("UAV", "MRI", "AK-47", "SOS", "TKO", "MVP"):
        assert word not in types, word
    assert types.get("L.A.") == "PLACE"


def test_a_given_name_needs_more_than_a_preposition_to_be_a_place():
    types = _types(_entities(
        "We just have to say 'in Theo we trust' with this one. Fans put their faith in Theo."
    ))
    assert types.get("Theo") != "PLACE"


def test_a_surname_before_administration_is_a_president_not_a_place():
    types = _types(_entities(
        "The Obama administration revoked the rule. The Republican administration had made it."
    ))
    assert types.get("Obama") == "PERSON"
    assert types.get("Republican") != "PERSON"


def test_headlines_in_title_case_or_capitals_are_not_people():
    types = _types(_entities(
        "Quorr Sox Make Offer To Tesmarko\n\nTHREE PEOPLE HAVE DIED IN A BLAZE\n\nThe team "
        "made an offer to Ann Tesmarko on Monday."
    ))
    assert not any(len(name.split()) > 2 for name in types), types


def test_a_quotation_opened_after_a_comma_starts_a_sentence():
    types = _types(_entities(
        'The marshal spoke and added, "Since he fled on foot, it is in question." He said, '
        '"There was nothing we could do," the officer said.'
    ))
    assert "Since" not in types and "There" not in types


def test_a_common_word_after_a_preposition_is_no_place():
    types = _types(_entities(
        "I wrote a cover story, \u201cIn Search of Tesma Quorr.\u201d The film is in Danger now."
    ))
    assert "Search" not in types and "Danger" not in types


def test_ships_are_not_people_places_or_organisations():
    types = _types(_entities(
        "The warship INS Tesmar chased pirates who attacked the MV Quorra, the MV Vell and "
        "Ann Tesma's tanker. INS Tesmar fired on them."
    ))
    assert not any(name.startswith(("INS", "MV")) for name in types), types


def test_common_words_in_the_plural_make_no_person_s_name():
    types = _types(_entities(
        "Winners could choose between Land Rovers and Range Rovers. Congressional Democrats "
        "objected."
    ))
    for name in ("Land Rovers", "Range Rovers", "Congressional Democrats"):
        assert types.get(name) != "PERSON", name
