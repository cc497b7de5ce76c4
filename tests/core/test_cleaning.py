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


BODY = [
    "Rescuers worked through the night to reach villages cut off by the landslide, officials said.",
    "The regional government said 40 homes had been destroyed and more than 200 damaged.",
    "Power was restored to most of the district by Friday morning, the utility company said.",
]


def _removed(lines: list[str]) -> dict[str, str | None]:
    """Each line's removal kind (None when kept) in an article of the body plus the lines."""
    cleaned = clean("\n\n".join([BODY[0], *lines, *BODY[1:]]))
    kinds = {r.text: r.kind for r in cleaned.removed}
    return {line: kinds.get(line) for line in lines}


def test_timestamps_alone_on_a_line_are_removed():
    for line in ("08:24 UTC+8, 2021-09-16", "Thu, 16 Sep, 2021 - 17:57",
                 "Published: 16th September 2021 07:46 AM | Last Updated: 16th September 2021 "
                 "07:46 AM | A+A-", "Updated 5/5/2010 1:41 PM", "May 2, 2013 | 5:03pm"):
        assert _removed([line])[line] == "timestamp", line


def test_credits_in_brackets_after_text_or_as_labels_are_removed():
    for line in ("(Jiang Hongjing/Xinhua via AP)", "Pic courtesy: ANI",
                 "Source: Xinhua Editor: Wang Qingchu", "(Dara Minn/Orvel Post via Reuters)",
                 "Photo courtesy Quarry Times", "Source: Orvel Agency Editor: Tam Quell"):
        assert _removed([line])[line] == "credit", line


def test_captions_are_removed_with_or_without_a_credit():
    beside_credit = "Villagers outside their damaged homes in Dorvak"
    kinds = _removed([beside_credit, "(Tam Quell/Orvel Post via AP)"])
    assert kinds[beside_credit] == "caption"
    for line in ("Representational image of office work.", "Image title",
                 "File photo of the Fennic bridge.",
                 "A street in Quennic County scattered with debris after the earthquake on "
                 "September 16, 2021."):
        assert _removed([line])[line] == "caption", line


def test_tags_prompts_and_disclaimers_are_removed():
    kinds = _removed(["TAGS", "Orvel, floods, Quennic County, rescue"])
    assert set(kinds.values()) == {"tags"}
    assert _removed(["Tags: floods, rescue, weather"])["Tags: floods, rescue, weather"] == "tags"
    for line in ("Now we are on Telegram too. Follow us for updates", "Print Friendly, PDF & Email",
                 "Join our WhatsApp channel for the latest news", "Download our app"):
        assert _removed([line])[line] in ("prompt", "boilerplate"), line
    for line in ("(This article has not been edited by the Orvel Post's editorial team and is "
                 "auto-generated from a syndicated feed.)",
                 "Disclaimer: The views expressed are the author's own."):
        assert _removed([line])[line] == "disclaimer", line


def test_other_headlines_under_a_label_and_lone_words_after_the_story_are_removed():
    cleaned = clean("\n\n".join([
        *BODY[:2], "More Stories", "Council tax rise approved after long debate",
        "Schools in Marrowby to get new sports halls", BODY[2], "Goodbye",
    ]))
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Council tax rise approved after long debate"] == "related"
    assert kinds["Schools in Marrowby to get new sports halls"] == "related"
    assert kinds["More Stories"] == "section"
    assert kinds["Goodbye"] == "section"
    assert [p.text for p in cleaned.paragraphs] == BODY


SURVIVORS = [
    "“We will rebuild,” she said.",
    "“Follow us,” the officer shouted to the crowd.",
    "Nobody moved.",
    "By all accounts, the rescue went well.",
    "The vote is at 5.30pm on Friday.",
    "Sign up was slow at first, organisers admitted.",
    "Reid checked herself in on Tuesday, December 9, 2008.",
    "The law took effect on January 1, 2020.",
    "Source: the council, which published the figures on Monday, said more would follow.",
    "Where the water rose fastest, or",
    "where the banks gave way first, or",
    "where help could not arrive in time, or",
    "where the roads were cut.",
    "Ingredients for the relief kits",
    "- two litres of water",
    "- a blanket",
    "- a torch",
]


def test_real_sentences_that_look_like_furniture_survive():
    cleaned = clean("\n\n".join([BODY[0], *SURVIVORS, *BODY[1:]]))
    assert cleaned.removed == ()
    assert [p.text for p in cleaned.paragraphs] == [BODY[0], *SURVIVORS, *BODY[1:]]


def test_a_short_quoted_lead_is_not_the_title():
    cleaned = clean("“This is not over”\n\n" + "\n\n".join(BODY))
    assert cleaned.title is None
    assert cleaned.paragraphs[0].text == "“This is not over”"


MARKDOWN = """Storm hits the coast
====================

The storm reached [Porth Ellin][1] at dawn, the coastguard said.

## What was damaged

- the harbour wall
- two fishing boats
- the lifeboat station roof

```
wind 120 km/h
```

Repairs will take weeks.

## More from the coast

- [Harbour fees to rise](https://example.org/a)
- [New ferry timetable announced](https://example.org/b)

[1]: https://example.org/porth
"""


def test_markdown_is_parsed_not_pattern_matched():
    cleaned = clean(MARKDOWN, markdown=True)
    assert cleaned.title == "Storm hits the coast"
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[0] == "The storm reached Porth Ellin at dawn, the coastguard said."
    assert ["the harbour wall", "two fishing boats", "the lifeboat station roof"] == texts[2:5]
    assert "wind 120 km/h" in texts
    headings = [p.text for p in cleaned.paragraphs if p.heading]
    assert headings == ["What was damaged"]
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Harbour fees to rise"] == "related"
    assert kinds["New ferry timetable announced"] == "related"
    assert "More from the coast" in kinds


def test_a_numbered_subheading_before_the_headline_is_kept():
    text = "\n\n".join(["1 Quarry engineer", "Six well-paid jobs you have never heard of", *BODY])
    cleaned = clean(text)
    assert cleaned.removed == ()
    assert cleaned.paragraphs[0].text == "1 Quarry engineer"
