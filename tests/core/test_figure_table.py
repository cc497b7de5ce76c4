"""Every figure side by side: grouped by what it counts, judged as the fact checks judge."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.facts.figure_table import figure_rows
from reader.core.model import Source


def _rows(a: str, b: str):
    return figure_rows(compare(Source("a.txt", a), Source("b.txt", b)))


def _shown(rows):
    return [(r.counts, [v.value for v in r.a], [v.value for v in r.b], r.severity) for r in rows]


def test_seed_pair_shows_the_odesa_conflict_first_and_the_drones_only_b_gives(seed_comparison):
    rows = figure_rows(seed_comparison)
    assert _shown(rows)[0] == ("injured (Odesa)", ["eight"], ["six"], "conflict")
    assert ("injured (Kryvyi Rih)", ["six"], ["six"], None) in _shown(rows)
    drones = next(r for r in rows if r.counts == "drones")
    assert (drones.a, [v.value for v in drones.b]) == ((), ["138"])
    percent = next(r for r in rows if r.counts == "percent of Ukraine")
    assert [v.value for v in percent.a] == ["19.2 percent"] and percent.b == ()
    severities = [r.severity for r in rows]
    assert severities == sorted(severities, key=lambda s: {"conflict": 0, "precision": 1}.get(
        s, 2)), "conflicts first, then precision, then the rest"


def test_a_figure_both_give_in_passages_not_aligned_is_one_row(seed_comparison):
    shown = _shown(figure_rows(seed_comparison))
    assert ("point", ["28", "28"], ["28"], None) in shown  # the 28-point plan, in both
    assert not any(counts.startswith("point (") for counts, *_ in shown)


def test_figures_pair_by_what_they_count_not_by_value():
    rows = _rows("Storm hits Harlow.\n\nThe storm killed two people and injured three others "
                 "in Harlow.",
                 "Storm hits Harlow.\n\nThe storm killed three people and injured 60 others "
                 "in Harlow.")
    shown = {r.counts: ([v.value for v in r.a], [v.value for v in r.b], r.severity) for r in rows}
    assert shown["dead"] == (["two"], ["three"], "conflict")
    assert shown["injured"] == (["three"], ["60"], "conflict")


def test_a_rounding_is_precision_and_the_sentence_is_kept():
    rows = _rows("Storm hits Harlow.\n\nThe repairs will cost $2.44 million, the council said.",
                 "Storm hits Harlow.\n\nThe repairs will cost $2.4 million, the council said.")
    assert [(r.severity, r.a[0].sentence, r.b[0].sentence) for r in rows] == [("precision", 1, 1)]
    assert rows[0].a[0].value == "$2.44 million"


def test_reports_of_different_events_pair_no_figures():
    rows = _rows("A wildfire burned 300 homes in Dorrow on Monday.",
                 "A flood destroyed 40 bridges in Velm on Friday.")
    assert all(not (r.a and r.b) for r in rows)


def test_severities_are_the_flags_the_passages_carry(seed_comparison):
    pair_of = {(i, j): p for p in seed_comparison.pairs for i in p.a for j in p.b}
    checked = 0
    for row in figure_rows(seed_comparison):
        if not (row.a and row.b):
            continue
        pair = pair_of.get((row.a[0].sentence, row.b[0].sentence))
        if pair is None:
            continue
        flagged = [d for d in pair.discrepancies if d.kind in ("number", "qualifier")
                   and row.a[0].value in d.a and row.b[0].value in d.b]
        assert bool(flagged) == (row.severity is not None), row
        assert all(d.severity == row.severity for d in flagged)
        checked += 1
    assert checked >= 4
