"""Word-level differences between the two sides of an aligned pair.

Each word is coded as one character (diff-match-patch's line-mode trick applied to words); a
minimal word diff is found with bit-parallel longest common subsequence (`_lcs_runs`, exact and
with no time-out, which would silently turn a diff into "replace everything"), tidied by
diff-match-patch's merge step, then a semantic clean-up so changes read as phrases. Words are
compared in their matching form, so quote style, spacing, case and `three-year-old` vs
`3-year-old` are not differences; the text shown is always the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import count

from ..model import DiffOp
from ..text.normalize import for_matching

_TOKEN = re.compile(r"^\s+|(?:[^\W_]+(?:['\u2019\-.,][^\W_]+)*|[^\w\s]|_)\s*")
_OPS: dict[int, DiffOp] = {0: "=", -1: "-", 1: "+"}
Segment = tuple[DiffOp, str]


def tokenize(text: str) -> list[str]:
    """Words and single punctuation marks with their trailing space; they concatenate back to
    `text`. Carrying the space on the word halves what the diff has to compare."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def _key(token: str) -> str:
    """What a token is compared as: its matching form, spacing ignored."""
    stripped = token.strip()
    return for_matching(stripped) if stripped else " "


_CODES_KEPT = 1 << 18
"""Tokens kept before a new table is started (a few tens of MB; codes stay below U+110000)."""
_codes: tuple[dict[str, str], dict[str, str], Iterator[int]] = ({}, {}, count(0x100))
"""Code of each token and of each matching form, and the next code: one table for every
diff, so a token met before costs one look-up. A diff takes the table once, so another
thread starting a new table never changes codes under it."""


def _table() -> tuple[dict[str, str], dict[str, str], Iterator[int]]:
    global _codes
    if len(_codes[0]) >= _CODES_KEPT:
        _codes = ({}, {}, count(0x100))
    return _codes


def word_diff(a: str, b: str) -> list[Segment]:
    """Segments `(op, text)`: "=" shared (A's wording), "-" only in A, "+" only in B."""
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    by_token, by_key, numbers = _table()

    def code(token: str) -> str:
        key = _key(token)
        found = by_key.get(key)
        if found is None:  # setdefault: two threads meeting a new word agree on its code
            found = by_key.setdefault(key, chr(next(numbers)))
        by_token[token] = found
        return found

    def encode(tokens: list[str]) -> str:
        get = by_token.get
        return "".join([get(token) or code(token) for token in tokens])

    from diff_match_patch import diff_match_patch  # loaded on first diff, not at start-up

    code_a, code_b = encode(tokens_a), encode(tokens_b)
    runs = _lcs_runs(code_a, code_b)
    diff_match_patch().diff_cleanupMerge(runs)
    blocks: list[list[str]] = []  # ["=", a, b] or ["~", deleted, inserted]
    ia = ib = 0
    for op, chunk in runs:
        n = len(chunk)
        if op == 0:
            blocks.append(["=", "".join(tokens_a[ia:ia + n]), "".join(tokens_b[ib:ib + n])])
            ia += n
            ib += n
            continue
        if not blocks or blocks[-1][0] != "~":
            blocks.append(["~", "", ""])
        if op == -1:
            blocks[-1][1] += "".join(tokens_a[ia:ia + n])
            ia += n
        else:
            blocks[-1][2] += "".join(tokens_b[ib:ib + n])
            ib += n
    return _render(_absorb_small_equalities(blocks))


def _lcs_runs(x: str, y: str) -> list[tuple[int, str]]:
    """A minimal diff of two code strings as (op, codes) runs: 0 kept, -1 only in x, 1 only in y.

    The longest common subsequence is found with bit vectors (Allison and Dix; Hyyrö): one
    integer per code of y stands for a whole row of the dynamic-programming table, so a
    sentence pair costs a few dozen integer operations instead of diff-match-patch's
    character-by-character bisection, and the same minimal edit falls out of a walk back
    through the rows.
    """
    prefix = 0
    while prefix < len(x) and prefix < len(y) and x[prefix] == y[prefix]:
        prefix += 1
    suffix = 0
    while suffix < len(x) - prefix and suffix < len(y) - prefix and x[-1 - suffix] == y[-1 - suffix]:
        suffix += 1
    mid_x, mid_y = x[prefix:len(x) - suffix], y[prefix:len(y) - suffix]
    masks: dict[str, int] = {}
    for k, code in enumerate(mid_x):
        masks[code] = masks.get(code, 0) | (1 << k)
    full = (1 << len(mid_x)) - 1
    row = full
    rows = [row]
    for code in mid_y:
        match = row & masks.get(code, 0)
        row = ((row + match) | (row - match)) & full
        rows.append(row)
    ops: list[tuple[int, str]] = []
    i, j = len(mid_x), len(mid_y)
    while i > 0 and j > 0:
        if mid_x[i - 1] == mid_y[j - 1]:
            ops.append((0, mid_x[i - 1]))
            i, j = i - 1, j - 1
            continue
        below = (1 << (i - 1)) - 1
        if (~rows[j] & below).bit_count() >= (~rows[j - 1] & (below << 1 | 1)).bit_count():
            ops.append((-1, mid_x[i - 1]))
            i -= 1
        else:
            ops.append((1, mid_y[j - 1]))
            j -= 1
    ops.extend((-1, mid_x[k]) for k in range(i - 1, -1, -1))
    ops.extend((1, mid_y[k]) for k in range(j - 1, -1, -1))
    ops.reverse()
    runs: list[tuple[int, str]] = [(0, x[:prefix])] if prefix else []
    for op, code in ops:
        if runs and runs[-1][0] == op:
            runs[-1] = (op, runs[-1][1] + code)
        else:
            runs.append((op, code))
    if suffix:
        runs.append((0, x[len(x) - suffix:]))
    return runs


def _absorb_small_equalities(blocks: list[list[str]]) -> list[list[str]]:
    """Fold a shared word into the changes around it when it is shorter than the changes on both sides.

    This is diff-match-patch's semantic clean-up rule, measured in characters of text: it turns
    `[-has said recent-] said [+his five-hour+]` into one readable phrase change.
    """
    changed = True
    while changed:
        changed = False
        for k in range(1, len(blocks) - 1):
            before, equal, after = blocks[k - 1], blocks[k], blocks[k + 1]
            if equal[0] != "=" or before[0] != "~" or after[0] != "~":
                continue
            size = len(equal[1].strip())
            if size < max(len(before[1].strip()), len(before[2].strip())) and size < max(
                len(after[1].strip()), len(after[2].strip())
            ):
                merged = ["~", before[1] + equal[1] + after[1], before[2] + equal[2] + after[2]]
                blocks[k - 1:k + 2] = [merged]
                changed = True
                break
    return blocks


def _render(blocks: list[list[str]]) -> list[Segment]:
    """Segments in which spaces are gaps between words, not part of the changed words.

    Each side tracks whether the gap since its last word holds a space and whether one has
    been written for it. Before a word, a space that side still needs is shared text when the
    other side's gap holds a space too (a doubled space collapses), and that side's own
    segment only when the other side has none there: each side's text is recovered exactly
    (up to runs of white space) and no words are glued together.
    """
    out: list[Segment] = []
    has_space = {"-": False, "+": False}
    written = {"-": False, "+": False}

    def word(sides: tuple[DiffOp, ...], op: DiffOp, text: str) -> None:
        need = [side for side in sides if has_space[side] and not written[side]]
        if need:
            other = "+" if need == ["-"] else "-"
            if len(need) == 2 or has_space[other]:
                _append(out, "=", " ")
                written["-"] = written["+"] = True
            else:
                _append(out, need[0], " ")
                written[need[0]] = True
        _append(out, op, text)
        for side in sides:
            has_space[side] = written[side] = False

    for kind, first, second in blocks:
        texts: tuple[tuple[DiffOp, str], ...] = (("-", first), ("+", second))
        for side, text in texts:
            has_space[side] = has_space[side] or text[:1].isspace()
        if kind == "=":
            if first.strip():
                word(("-", "+"), "=", first.strip())
        else:
            for side, text in texts:
                if text.strip():
                    word((side,), side, text.strip())
        for side, text in texts:
            has_space[side] = has_space[side] or text[-1:].isspace()
    return _squeeze(out)


def _append(segments: list[Segment], op: DiffOp, text: str) -> None:
    if not text:
        return
    if segments and segments[-1][0] == op:
        segments[-1] = (op, segments[-1][1] + text)
    else:
        segments.append((op, text))


def _squeeze(segments: list[Segment]) -> list[Segment]:
    """Collapse space-only shared runs to one space; drop a lone space between two changes."""
    out: list[Segment] = []
    for k, (op, text) in enumerate(segments):
        if op == "=" and text.isspace():
            between = 0 < k < len(segments) - 1 and segments[k - 1][0] == "-" and \
                segments[k + 1][0] == "+"
            if between:
                continue
            text = " "
            if out and out[-1][0] == "=" and out[-1][1].endswith(" "):
                continue
        _append(out, op, text)
    return out


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
            if k >= len(words) or _key(words[k]) != _key(word):
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
