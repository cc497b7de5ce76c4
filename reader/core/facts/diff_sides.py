"""Each side of a word diff read on its own: its runs of unchanged and changed text, spaced as
that side reads, and cut to a length without splitting a word. The reading view, the quotes
view, the report and the export draw a side from these."""

from __future__ import annotations

from collections.abc import Sequence

from .diff import Segment, matching_key, tokenize


def side_runs(segments: Sequence[Segment], side: int, own: str | None = None,
              limit: int | None = None) -> list[tuple[str, bool]]:
    """One side of a diff as `(text, changed)` runs, spaced as that side reads on its own.

    Dropping the other side's changes leaves doubled spaces and spaces before punctuation;
    those are tidied here so every front end shows the same text. Shared words are stored
    once, as A wrote them; given `own`, that side's text, they are shown as this side wrote
    them (B's "3-year-old" and straight quotes, not A's "three-year-old" and curly ones).
    Given `limit`, only about the first `limit` characters are returned (cut between words
    where there is one), at a cost that does not grow with the rest of the passage.
    """
    keep = "-" if side == 0 else "+"
    runs: list[tuple[str, bool]] = []
    room = limit
    for op, text in _spaces_apart(segments):
        if op not in ("=", keep):
            continue
        if runs:
            last, last_changed = runs[-1]
            if last.endswith(" ") and text.startswith(" "):
                text = text[1:]
            elif last.endswith(" ") and text[:1] in ",.;:!?)" and not last_changed:
                runs[-1] = (last[:-1], last_changed)
        if room is not None and len(text) > room:
            text = _cut(text, room)
            room = 0
        if text:
            runs.append((text, op != "=" and bool(text.strip())))
        if room is not None:
            room -= len(text)
            if room <= 0:
                break
    if runs and runs[-1][0].endswith(" "):
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    runs = [run for run in runs if run[0]]
    if own is None:
        return runs
    if room is None or room > 0:  # the whole side
        return _in_own_words(runs, own)
    start = own[:2 * limit + 1000] if limit is not None else own  # room for respelled words
    return _in_own_words(runs, start, partial=True, cut=len(start) < len(own))


def _cut(text: str, size: int) -> str:
    """The first `size` characters of `text`, ending at a space if there is one to end at."""
    cut = text[:size]
    space = cut.rfind(" ")
    return cut[:space + 1] if space > 0 and not text[size:size + 1].isspace() else cut


def _in_own_words(runs: list[tuple[str, bool]], own: str, partial: bool = False,
                  cut: bool = False) -> list[tuple[str, bool]]:
    """The runs with each word replaced by the same word as written in `own`; unchanged if
    the two do not line up word for word (then the stored spelling is still right in
    meaning). `partial`: the runs are the start of the side only, and so may be `own`
    (`cut`, its last word perhaps in half); words past its end keep the stored spelling."""
    words = [token.strip() for token in tokenize(own) if token.strip()]
    if cut:
        words = words[:-1]
    out, k = [], 0
    for text, changed in runs:
        pieces = []
        for token in tokenize(text):
            word = token.strip()
            if not word or (partial and k >= len(words)):
                pieces.append(token)
                continue
            if k >= len(words) or matching_key(words[k]) != matching_key(word):
                return runs
            pieces.append(words[k] + token[len(token.rstrip()):])
            k += 1
        out.append(("".join(pieces), changed))
    return out if partial or k == len(words) else runs


def _spaces_apart(segments: Sequence[Segment]) -> list[Segment]:
    """A change's leading space as a segment of its own: the gap is not the changed words."""
    out: list[Segment] = []
    for op, text in segments:
        if op != "=" and text[:1].isspace() and text.strip():
            out.append((op, " "))
            text = text.lstrip()
        out.append((op, text))
    return out


def side_text(segments: list[Segment], side: int) -> str:
    """Reconstruct one side's text from a diff (0 for A, 1 for B)."""
    keep = "-" if side == 0 else "+"
    return "".join(text for op, text in segments if op in ("=", keep))
