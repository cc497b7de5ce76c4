"""Cross-article quote matches that share few words, on invented articles: two reports of
one announcement opening both articles, a spokesperson each outlet describes its own way,
two reports quoting the same words, and a short fragment inside another speaker's quote
that is not the same remark; and the reports these matches need found: a trailing
attribution after a long description of the speaker, or naming the outlets told.
"""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.quote_match import match_quotes
from reader.core.facts.quotes import article_quotes
from reader.core.model import QuoteMatch, Source

_REST_A = ("\n\nThe news surprised fans who had not seen her on stage for a year.\n\n"
           "Her last album sold poorly in most countries.")
_REST_B = ("\n\nNo reason was given for the stay.\n\n"
           "Her tour of the northern cities was cancelled in the spring.")


def _rows(a: str, b: str) -> list[QuoteMatch]:
    return match_quotes(compare(Source("a.txt", a), Source("b.txt", b)))


def _paired(rows: list[QuoteMatch]) -> list[tuple[str, str, str]]:
    return [(r.match, r.a.text, r.b.text) for r in rows if r.a is not None and r.b is not None]


def test_two_openings_reporting_one_announcement_in_other_words_are_matched():
    rows = _rows("Mara Lind has checked herself into rehab, a publicist said on Friday." + _REST_A,
                 "The singer Lind was admitted into the Harbour Rest Clinic in Bergen, Lind's "
                 "publicist said." + _REST_B)
    assert _paired(rows) == [("paraphrase", "Mara Lind has checked herself into rehab",
                              "The singer Lind was admitted into the Harbour Rest Clinic in "
                              "Bergen")]


def test_a_rep_and_a_publicist_opening_both_articles_may_be_one_voice():
    rows = _rows("Mara Lind has checked herself into rehab, a publicist said on Friday." + _REST_A,
                 "It has been a long time coming, but Mara Lind has finally entered the Harbour "
                 "Rest Clinic, her rep said." + _REST_B)
    assert [r.match for r in rows if r.a is not None and r.b is not None] == ["paraphrase"]


def test_openings_sharing_only_a_common_word_are_not_one_announcement():
    rows = _rows("The band will play again next year, a publicist said on Friday." + _REST_A,
                 "Tickets for the winter shows sold out within a year, her publicist said."
                 + _REST_B)
    assert _paired(rows) == []


def test_two_reports_quoting_the_same_words_are_one_remark():
    rows = _rows("The concert hall was full on Saturday.\n\nMara Lind once said she was a "
                 "“social drinker” and that her wild years were far behind her.",
                 "The hall in Bergen was sold out.\n\nIn an interview last year, the star said "
                 "she had turned a corner and was now a “social drinker.”")
    assert [r.match for r in rows if r.a is not None and r.b is not None] == ["paraphrase"]


def test_a_short_fragment_inside_another_speaker_s_long_quote_is_not_their_remark():
    rows = _rows("The rule takes effect in May.\n\n“This board has rejected anything with a "
                 "whiff of science, and we do not expect to see any harm undone,” said Tom "
                 "Vale of the river trust.",
                 "The rule was published on Thursday.\n\nOfficials did not expect to “see any "
                 "harm,” said Edith Marsh, head of the agency.")
    assert _paired(rows) == []


def _reports(text: str) -> list[tuple[str | None, str]]:
    comparison = compare(Source("a.txt", text + _REST_A), Source("b.txt", "Nothing happened."))
    return [(q.speaker, q.text) for q in article_quotes(comparison.a, 0, comparison.entities)]


def test_a_trailing_attribution_with_a_long_description_and_the_outlets_told():
    assert _reports("Mara Lind has entered a rehab program, the Northern Lights star's rep "
                    "confirmed to People and Us Weekly on Friday.") == [
        ("Northern Lights star's rep", "Mara Lind has entered a rehab program")]


def test_told_with_only_the_outlets_after_it_reports_the_clause_before():
    assert _reports("Mara Lind has entered a rehab program, her rep told People and Us Weekly "
                    "on Friday.") == [("her rep", "Mara Lind has entered a rehab program")]


def test_her_rep_and_the_singer_s_rep_are_one_voice_in_aligned_passages():
    opening = ("The singer cancelled her winter tour last month.\n\nFans in Bergen had waited "
               "two years for the shows.\n\nHer last album sold poorly in most countries.\n\n")
    rows = _rows(opening + "“Mara Lind has checked herself into the Harbour Rest Clinic. We ask "
                 "you to respect her privacy and her family's at this difficult time,” "
                 "Lind's rep told reporters on Tuesday.",
                 opening + "It has been a long time coming, but Mara Lind has finally entered "
                 "the Harbour Rest Clinic in Bergen on Tuesday, her rep said.")
    assert [r.match for r in rows if r.a is not None and r.b is not None] == ["paraphrase"]


def test_a_report_ends_where_the_speaker_goes_on_to_plead_or_add():
    found = _reports("Her rep said she was at the same clinic where other singers were treated, "
                     "and pleaded for her family's privacy at this time.\n\nThe mayor said the "
                     "hall would close, and added that the staff would keep their jobs.")
    assert found == [("Her rep", "she was at the same clinic where other singers were treated"),
                     ("mayor", "the hall would close"),
                     ("mayor", "the staff would keep their jobs")]
