"""Work read ahead in another process: the same comparison, whoever did the work."""

from __future__ import annotations

import os

import pytest

from reader.core import compare as engine
from reader.core.facts import ahead as ahead_module
from reader.core.facts.ahead import ahead, can_fork
from reader.core.facts.binding import read_quantities
from reader.core.facts.dates import read_dates

forking = pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")


@forking
def test_steps_run_in_a_child_and_come_back_in_order():
    started = ahead([os.getpid, lambda: "names"])
    assert started is not None
    try:
        child = started.next()
        assert child != os.getpid()
        assert started.next() == "names"
    finally:
        started.close()


@forking
def test_a_step_the_child_cannot_give_is_computed_by_the_parent():
    parent = os.getpid()

    def only_here() -> int:
        if os.getpid() != parent:
            raise RuntimeError("fails in the child")
        return 7

    started = ahead([only_here, lambda: "never sent"])
    assert started is not None
    try:
        assert started.next() == 7
        assert started.next() == "never sent"  # the child is gone: computed here too
    finally:
        started.close()


def test_nothing_is_forked_beside_a_thread(monkeypatch):
    monkeypatch.setattr(ahead_module.threading, "active_count", lambda: 2)
    assert ahead([os.getpid]) is None


def _facts(comparison):
    return ([(p.a, p.b, p.score, p.diff, p.discrepancies) for p in comparison.pairs],
            comparison.entities, comparison.event, comparison.unmatched_a, comparison.unmatched_b)


def test_a_comparison_read_ahead_is_the_one_read_in_place(seed_comparison, monkeypatch):
    """The seed pair, read ahead as a long pair would be (when this machine can fork), gives
    every pair, flag and name that reading in one process gives."""
    from reader.core.facts import binding, dates

    monkeypatch.setattr(engine, "AHEAD_MIN_SENTENCES", 2)
    binding.KEPT.clear()
    dates.KEPT.clear()
    ahead_run = engine.compare_articles(seed_comparison.a, seed_comparison.b)
    monkeypatch.setattr(engine, "ahead", lambda steps: None)
    binding.KEPT.clear()
    dates.KEPT.clear()
    in_place = engine.compare_articles(seed_comparison.a, seed_comparison.b)
    assert _facts(ahead_run) == _facts(in_place)
    assert any(d.kind == "number" for p in ahead_run.pairs for d in p.discrepancies)
    assert ahead_run.entities


def test_a_reading_kept_for_later_callers_is_not_changed_by_an_earlier_one():
    text = "On May 3 police said 12 people were injured and 4 were arrested."
    found, spans = read_dates(text)
    figures = read_quantities(text, spans)
    assert found and spans and len(figures) == 2
    found.clear()
    spans.append((0, len(text)))  # a caller changing its lists...
    figures.reverse()
    again_found, again_spans = read_dates(text)  # ...changes nothing read after it
    assert len(again_found) == 1 and (0, len(text)) not in again_spans
    assert [q.figure.low for q in read_quantities(text, again_spans)] == [12.0, 4.0]


def test_quotes_matched_ahead_write_the_same_document(seed_comparison, monkeypatch):
    """The compare JSON of a long pair, its quotes matched in another process meanwhile,
    is the document written in one process, byte for byte, in either character set."""
    from reader.core.output import jsondoc

    for ascii in (False, True):
        whole = jsondoc.to_json(jsondoc.to_document(seed_comparison), ascii=ascii)
        monkeypatch.setattr(jsondoc, "AHEAD_MIN_SENTENCES", 2)
        assert jsondoc.comparison_json(seed_comparison, ascii=ascii) == whole
        monkeypatch.setattr(jsondoc, "AHEAD_MIN_SENTENCES", 10**9)
        assert jsondoc.comparison_json(seed_comparison, ascii=ascii) == whole
    assert '"quotes": [' in whole and whole.index('"quotes"') < whole.index('"figures"')


def test_no_process_to_be_had_leaves_the_work_to_the_caller(monkeypatch):
    def refused() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(ahead_module, "can_fork", lambda: True)
    monkeypatch.setattr(ahead_module.os, "fork", refused)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    assert ahead([os.getpid]) is None
    after = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    assert after == before  # its pipe closed again


def test_quotes_matched_before_the_flags_are_final_are_the_final_ones(seed_comparison,
                                                                      monkeypatch):
    """The quotes of a long pair are matched in a child before the explained flags, the
    name checks and the verdict are done in the parent: they are the quotes of the finished
    comparison, and the document holding them is the same byte for byte."""
    from reader.core.facts.quote_match import match_quotes
    from reader.core.output import jsondoc

    monkeypatch.setattr(engine, "AHEAD_MIN_SENTENCES", 2)
    comparison, quotes = engine.compare_quoted(seed_comparison.a, seed_comparison.b)
    assert _facts(comparison) == _facts(seed_comparison)
    rows = quotes()
    assert rows == match_quotes(seed_comparison) and len(rows) > 5
    again, quotes = engine.compare_quoted(seed_comparison.a, seed_comparison.b)
    assert jsondoc.comparison_json(again, quotes=quotes) == jsondoc.to_json(
        jsondoc.to_document(seed_comparison))


def test_sources_analysed_side_by_side_are_the_articles_analysed_in_turn(monkeypatch):
    from reader.core.sources.load import load
    from tests.conftest import SEED_A, SEED_B

    a, b = load(str(SEED_A)), load(str(SEED_B))
    in_turn = (engine.analyse(a), engine.analyse(b))
    monkeypatch.setattr(engine, "AHEAD_MIN_CHARACTERS", 2)
    assert engine.analyse_both(a, b) == in_turn


def test_a_comparison_without_names_diffed_in_two_processes_is_the_one_made_in_one(
        seed_comparison, monkeypatch):
    """The app's first comparison (no names) of a long pair has half its pairs diffed in
    another process: every pair, diff and flag is the one made in one process."""
    from reader.core.facts import binding, dates

    monkeypatch.setattr(engine, "AHEAD_MIN_SENTENCES", 2)
    binding.KEPT.clear()
    dates.KEPT.clear()
    ahead_run = engine.compare_articles(seed_comparison.a, seed_comparison.b, names=False)
    monkeypatch.setattr(engine, "ahead", lambda steps: None)
    binding.KEPT.clear()
    dates.KEPT.clear()
    in_place = engine.compare_articles(seed_comparison.a, seed_comparison.b, names=False)
    assert _facts(ahead_run) == _facts(in_place)
    assert not ahead_run.entities and any(p.discrepancies for p in ahead_run.pairs)


def test_pairs_diffed_elsewhere_are_taken_as_given_not_diffed_again(monkeypatch):
    from reader.core.facts import pairwork

    texts = [("Police said 12 died.", "Police said 15 died.", 0.9),
             ("The storm hit on Monday.", "The storm hit on Tuesday.", 0.9)]
    whole = pairwork.diff_and_check(texts, parallel=False)
    diffed = []
    real = pairwork.word_diff
    monkeypatch.setattr(pairwork, "word_diff", lambda a, b: diffed.append(a) or real(a, b))
    given = pairwork.diff_and_check(texts, parallel=False, elsewhere=(1, lambda: [whole[1][0]]))
    assert given == whole and diffed == [texts[0][0]]
    assert whole[0][1] and whole[1][1]  # both pairs are flagged: their checks ran on both
