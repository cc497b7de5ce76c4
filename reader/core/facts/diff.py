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
from collections.abc import Iterator
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
def matching_key(token: str) -> str:
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
        key = matching_key(token)
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
