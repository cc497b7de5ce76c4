"""Splitting paragraphs into the sentences a reader would agree with.

News text defeats naive splitters: `Dec. 2`, `U.S.`, `19.2 percent`, `“…,” Trump said.` and
quotes of several sentences. A quotation is kept whole when it is closed inside its paragraph,
because outlets quote the same words with different sentence breaks and the unit of comparison
is the quote.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Paragraph, Sentence
from .wordlists import words

_WORDS = Path(__file__).resolve().parent / "data" / "words"

_TITLES = words(_WORDS, "titles")
_BEFORE_NUMBER = words(_WORDS, "before_number")
_AMBIGUOUS = words(_WORDS, "ambiguous_abbreviations")
_STARTERS = words(_WORDS, "sentence_starters")
_CANDIDATE = re.compile(r"([.!?\u2026]+)([\"'\u201d\u2019)\]]*)(\s+)(?=\S)")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_QUOTE_CHARS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Index pairs (open, close) of double quotations closed within the text."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for match in _QUOTE_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if ch in _OPENERS:
            stack.append(i)
        elif ch in _CLOSERS:
            if stack:
                spans.append((stack.pop(), i))
        elif ch == '"':
            before = text[i - 1] if i else " "
            if before.isspace() or before in "([{-\u2014:" or not stack:
                if stack and text[stack[-1]] == '"' and not before.isspace():
                    spans.append((stack.pop(), i))
                else:
                    stack.append(i)
            else:
                spans.append((stack.pop(), i))
    return spans


def _inside_quote(spans: list[tuple[int, int]], end: int) -> bool:
    return any(start < end - 1 and close >= end for start, close in spans)


def _next_word(text: str, pos: int) -> str:
    match = re.match(r"[\"'\u201c\u2018(\[]*([\w'\u2019.-]+)", text[pos:])
    return match.group(1) if match else ""


def _is_boundary(text: str, punct_start: int, punct: str, after: int) -> bool:
    nxt = text[after] if after < len(text) else ""
    if not nxt:
        return False
    if nxt.islower() or nxt in ",;:)":
        return False
    if punct != ".":
        return True
    space = max(text.rfind(" ", 0, punct_start), text.rfind("\n", 0, punct_start))
    word = text[space + 1:punct_start].lstrip("\"'(\u201c\u2018[")
    if not word:
        return True
    key = word.lower().rstrip(".")
    next_word = _next_word(text, after)
    if key in _TITLES:
        return False
    if key in _BEFORE_NUMBER:
        return not next_word[:1].isdigit()
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False
    if key in _AMBIGUOUS or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return next_word.lower() in _STARTERS
    return True


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order, with their original text."""
    spans = _quote_spans(text)
    pieces: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end(2)
        if _inside_quote(spans, end):
            continue
        if not _is_boundary(text, match.start(1), match.group(1), match.end()):
            continue
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return _merge_fragments(pieces)


def _merge_fragments(pieces: list[str]) -> list[str]:
    """Rejoin pieces too small to stand alone (a stray closing quote or bracket)."""
    out: list[str] = []
    for piece in pieces:
        if out and not any(ch.isalnum() for ch in piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def segment(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> tuple[Sentence, ...]:
    """Number the sentences of an article's content paragraphs; subheadings stay whole."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        parts = [paragraph.text] if paragraph.heading else split_sentences(paragraph.text)
        for part in parts:
            sentences.append(
                Sentence(index=len(sentences), text=part, paragraph=paragraph.index,
                         heading=paragraph.heading)
            )
    return tuple(sentences)
