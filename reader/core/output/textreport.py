"""The plain-text report: what `reader compare` prints to a pipe or with NO_COLOR set.

Word differences are marked `[-only in A-]{+only in B+}` so the report stays readable in a
file, an e-mail or a diff tool.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Article, Comparison, Discrepancy, Entity, Pair
from ..safety import inert


def label(side: str, ids: tuple[int, ...]) -> str:
    """How a passage is named to users: the side and its sentence numbers from 1 (`B13,14`)."""
    return side + ",".join(str(i + 1) for i in ids)


def marked(pair: Pair) -> str:
    """One line showing both sides of a pair with the differences marked inline."""
    parts = []
    for op, text in pair.diff:
        text = inert(text)
        parts.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(parts)


MARKS = {"conflict": "⚠", "precision": "≈", "attribution": "❝"}
"""The mark of each severity, on screen and in reports: told apart without colour."""
SEVERITY_ORDER = ("conflict", "attribution", "precision")


def strongest(discrepancies: Sequence[Discrepancy]) -> str | None:
    """The most serious severity among a pair's flags, or None."""
    found = {d.severity for d in discrepancies}
    return next((s for s in SEVERITY_ORDER if s in found), None)


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 discrepancy`, `2 discrepancies`, `0 pairs`."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def flag_counts(comparison: Comparison) -> str:
    """`2 conflicts, 1 precision difference` in words people read: the kinds found, or
    "no discrepancies" (a row of zeros is read past, and hides the one that is not)."""
    counts = {"conflict": 0, "precision": 0, "attribution": 0}
    for pair in comparison.pairs:
        for d in pair.discrepancies:
            counts[d.severity] += 1
    names = {"conflict": "conflict", "precision": "precision difference",
             "attribution": "attribution"}
    found = [plural(n, names[kind]) for kind, n in counts.items() if n]
    return ", ".join(found) or "no discrepancies"


def event_line(comparison: Comparison) -> str | None:
    """A plain warning when the two do not seem to report one event, else None."""
    event = comparison.event
    if event is None or event.same:
        return None
    return (f"These articles do not seem to report the same event: {event.why}. "
            "No facts are compared between them.")


def summary(comparison: Comparison) -> str:
    c = comparison.coverage
    return (
        f"A: {c.share(0):.0%} of content matched ({c.sentences_matched[0]}/"
        f"{c.sentences_total[0]} sentences) · B: {c.share(1):.0%} ({c.sentences_matched[1]}/"
        f"{c.sentences_total[1]}) · {plural(len(comparison.pairs), 'pair')} · "
        f"{flag_counts(comparison)}"
    )


def _heading(article: Article, side: str) -> str:
    """The headline and where the article came from; a text without a headline (most
    plain-text files) is named by where it came from alone."""
    if not article.title:
        return f"{side}: {inert(article.source)}"
    return f"{side}: {inert(article.title)} — {inert(article.source)}"


def lines(comparison: Comparison) -> Iterator[str]:
    """The report, line by line."""
    yield _heading(comparison.a, "A")
    yield _heading(comparison.b, "B")
    yield summary(comparison)
    warning = event_line(comparison)
    if warning:
        yield f"! {inert(warning)}"
    yield ""
    yield "ALIGNED PASSAGES"
    for pair in comparison.pairs:
        yield f"{label('A', pair.a)} ~ {label('B', pair.b)}  score {pair.score:.2f}"
        yield f"  {marked(pair)}"
        for d in pair.discrepancies:
            yield f"  ! {d.severity} ({d.kind}): {inert(d.why)}"
    for side, article, ids in (
        ("A", comparison.a, comparison.unmatched_a),
        ("B", comparison.b, comparison.unmatched_b),
    ):
        yield ""
        yield f"ONLY IN {side} ({len(ids)})"
        for i in ids:
            yield f"  {side}{i + 1}: {inert(article.sentences[i].text)}"
    discrepancies = [(p, d) for p in comparison.pairs for d in p.discrepancies]
    yield ""
    yield f"DISCREPANCIES ({len(discrepancies)})"
    for pair, d in discrepancies:
        yield (f"  {label('A', pair.a)} ~ {label('B', pair.b)} {d.severity} ({d.kind}): "
               f"{inert(d.why)}")
    yield ""
    yield from entity_lines(comparison.entities)
    for side, article in (("A", comparison.a), ("B", comparison.b)):
        yield ""
        yield f"REMOVED FROM {side} ({len(article.removed)})"
        for r in article.removed:
            yield f"  [{r.kind}] {inert(r.text)}"


TYPE_LABELS = {"PERSON": "person", "PLACE": "place", "ORG": "organisation"}


def entity_lines(entities: Sequence[Entity]) -> Iterator[str]:
    """The entity table: name, type, mentions in A and in B; one-sided ones marked."""
    one_sided = sum(1 for e in entities if e.side != "both")
    yield f"ENTITIES ({len(entities)}; {one_sided} named by one article only)"
    width = max((len(inert(e.name)) for e in entities), default=4)
    yield f"  {'name':<{width}}  {'type':<12}  {'A':>3}  {'B':>3}"
    for e in entities:
        mark = "" if e.side == "both" else f"  only in {e.side}"
        yield (f"  {inert(e.name):<{width}}  {TYPE_LABELS[e.type]:<12}  {e.count[0]:>3}  "
               f"{e.count[1]:>3}{mark}")
