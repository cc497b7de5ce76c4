from __future__ import annotations

from reader.core.text.cleaning import clean, split_paragraphs
from reader.core.text.normalize import fold_chars

from ..conftest import SEED_A, SEED_B


def test_seed_b_furniture_is_reported_not_compared():
    cleaned = clean(SEED_B.read_text())
    kinds = [r.kind for r in cleaned.removed]
    texts = [r.text for r in cleaned.removed]
    assert kinds.count("caption") == 1 and texts[0].endswith("(Photo | AP)")
    assert ("section", "World") in [(r.kind, r.text) for r in cleaned.removed]
    assert ("byline", "Associated Press") in [(r.kind, r.text) for r in cleaned.removed]
    assert kinds.count("related") == 5
    assert ("boilerplate", "SCROLL FOR NEXT") in [(r.kind, r.text) for r in cleaned.removed]
    assert "standfirst" in kinds
    content = fold_chars(" ".join(p.text for p in cleaned.paragraphs))
    assert "SCROLL FOR NEXT" not in content and "Economic Survey" not in content
    assert "(Photo | AP)" not in content
    assert content.count("Putin was asked whether the 28-point peace plan") == 1


def test_seed_b_headline_is_the_title():
    assert clean(SEED_B.read_text()).title == (
        "Putin calls talks with US on ending Ukraine war 'useful' but also 'difficult work'"
    )


def test_seed_a_keeps_subheadings_as_content():
    cleaned = clean(SEED_A.read_text())
    assert cleaned.title is None
    assert cleaned.removed == ()
    headings = [p.text for p in cleaned.paragraphs if p.heading]
    assert headings == ["28-point plan ‘still valid’", "Russian attacks continue"]


INVENTED = """Home | Local News

Flooding closes bridge in Marrowby as river rises

By Tessa Quill

A bridge over the Wenlow river in Marrowby was closed on Monday after water rose to record levels, the county council said.

The river Wenlow crested at 4.1 metres overnight (Photo: Derek Pall/Marrowby Gazette)

Engineers will inspect the structure once the water falls. "We cannot take any risks," council leader Amos Birch said.

Advertisement

Drivers were told to use the ring road instead.

Council tax rise approved after long debate
Schools in Marrowby to get new sports halls
Police appeal after bicycle thefts
"""


def test_invented_article_loses_its_furniture():
    cleaned = clean(INVENTED)
    assert cleaned.title == "Flooding closes bridge in Marrowby as river rises"
    by_kind = {r.kind for r in cleaned.removed}
    assert {"byline", "caption", "boilerplate", "related"} <= by_kind
    content = [p.text for p in cleaned.paragraphs]
    assert content[0].startswith("A bridge over the Wenlow")
    assert content[-1] == "Drivers were told to use the ring road instead."
    assert not any("Police appeal" in p for p in content)


def test_markdown_syntax_is_stripped_and_h1_is_title():
    md = "# Storm hits coast\n\n![Waves](x.jpg)\n\nThe **storm** hit [Porth Ellin](http://x) at dawn.\n"
    cleaned = clean(md, markdown=True)
    assert cleaned.title == "Storm hits coast"
    assert [p.text for p in cleaned.paragraphs] == ["The storm hit Porth Ellin at dawn."]
    assert [r.kind for r in cleaned.removed] == ["caption"]


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "The council met on Tuesday evening to discuss the new budget for the\n"
        "coming year, which includes cuts to several services in the town.\n\n"
        "Residents objected."
    )
    assert split_paragraphs(text) == [
        "The council met on Tuesday evening to discuss the new budget for the coming year, "
        "which includes cuts to several services in the town.",
        "Residents objected.",
    ]


def _kinds(paragraphs: list[str]) -> list[str | None]:
    cleaned = clean("\n\n".join(paragraphs))
    removed = {r.paragraph: r.kind for r in cleaned.removed}
    return [removed.get(i) for i in range(len(paragraphs))]


LEAD = "The bridge over the river Wenlow will stay closed until engineers inspect it."
QUOTE = "Engineers will inspect the bridge once the water falls"


def test_of_identical_paragraphs_the_first_is_kept():
    body = "Drivers were told to use the ring road, which adds twenty minutes to the trip."
    assert _kinds([LEAD, body, LEAD, body, LEAD]) == [None, None, "duplicate", "duplicate", "duplicate"]


def test_a_paragraph_inside_a_later_one_is_a_standfirst_inside_an_earlier_one_a_duplicate():
    longer = f"{QUOTE}, and the council expects that to take two days at the least."
    assert _kinds([LEAD, QUOTE, longer]) == [None, "standfirst", None]
    assert _kinds([LEAD, longer, QUOTE]) == [None, None, "duplicate"]


def test_short_repeats_and_distinct_paragraphs_sharing_words_are_kept():
    a = "Engineers will inspect the bridge once the water falls on Monday."
    b = "Engineers will inspect the bridge once the water falls on Friday."
    assert _kinds([LEAD, a, b, "Residents objected.", "Residents objected."]) == [None] * 5
