"""Word-level differences between the two sides of an aligned pair.

diff-match-patch compares one character per word (its line-mode trick applied to words), with
semantic cleanup so changes read as phrases, and no time-out: pairs are sentence-sized, and a
time-out would silently turn a diff into "replace everything". Words are compared in their
matching form, so quote style, spacing, case and `three-year-old` vs `3-year-old` are not
differences; the text shown is always the original.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from .model import DiffOp
from .normalize import for_matching

_TOKEN = re.compile(r"\s+|[^\W_]+(?:['\u2019\-.,][^\W_]+)*|[^\w\s]|_")
_OPS: dict[int, DiffOp] = {0: "=", -1: "-", 1: "+"}
Segment = tuple[DiffOp, str]


def tokenize(text: str) -> list[str]:
    """Words, single punctuation marks and runs of space, which concatenate back to `text`."""
    return _TOKEN.findall(text)


def _key(token: str) -> str:
    return " " if token.isspace() else for_matching(token)


def word_diff(a: str, b: str) -> list[Segment]:
    """Segments `(op, text)`: "=" shared (A's wording), "-" only in A, "+" only in B."""
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for token in tokens:
            key = _key(token)
            code = codes.get(key)
            if code is None:
                code = chr(0x100 + len(codes))
                codes[key] = code
            out.append(code)
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(encode(tokens_a), encode(tokens_b), False)
    engine.diff_cleanupSemantic(diffs)
    segments: list[Segment] = []
    ia = ib = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            text = "".join(tokens_a[ia:ia + n])
            ia += n
            ib += n
        elif op == -1:
            text = "".join(tokens_a[ia:ia + n])
            ia += n
        else:
            text = "".join(tokens_b[ib:ib + n])
            ib += n
        _append(segments, _OPS[op], text)
    return _tidy(segments)


def _append(segments: list[Segment], op: DiffOp, text: str) -> None:
    if not text:
        return
    if segments and segments[-1][0] == op:
        segments[-1] = (op, segments[-1][1] + text)
    else:
        segments.append((op, text))


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Move spaces at the edges of changes into the shared text, so highlights hug words.

    Either side's text is then recovered exactly up to runs of white space.
    """
    out: list[Segment] = []
    for op, text in segments:
        stripped = text.strip()
        if op == "=" or not stripped:
            _append(out, "=", text if op == "=" else " ")
            continue
        if text[0].isspace():
            _append(out, "=", " ")
        _append(out, op, stripped)
        if text[-1].isspace():
            _append(out, "=", " ")
    return _squeeze(out)


def _squeeze(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for op, text in segments:
        if op == "=":
            text = re.sub(r"\s{2,}", " ", text) if text.isspace() else text
        _append(out, op, text)
    return out


def side_text(segments: list[Segment], side: int) -> str:
    """Reconstruct one side's text from a diff (0 for A, 1 for B)."""
    keep = "-" if side == 0 else "+"
    return "".join(text for op, text in segments if op in ("=", keep))
