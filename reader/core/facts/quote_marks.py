"""Where an article's quotations are: the words between quotation marks, across sentences and
paragraphs.

The article is read as one flat text (paragraphs joined by a line break, sentences by a
space), so a quotation that opens in one paragraph and closes in a later one is found whole.
Straight and curly marks are both read; `"` opens or closes by what stands beside it. A
quotation left open at the end of a paragraph goes on when the next paragraph opens one again
(the printed convention) or closes one before opening another (text split into one sentence a
paragraph); otherwise it ends there. Single marks (`‘…’`, `'…'`) quote only outside a double
quotation, where they are the outer marks (British style, headlines); inside one they are
nested and belong to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Article
from .quote_index import stripped_end

_OPEN = "\u201c\u201e\u00ab"
_CLOSE = "\u201d\u00bb"
_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']")
_QUOTED_LINE = re.compile("^[\u201c\u201e\u00ab\"]|[.!?,]\\s*[\u201c\u201d\"]$")
"""A line that opens a quotation, or ends a sentence and then one."""
_CARRIED = 12
"""How many paragraph breaks a quotation may be carried over without a mark."""
_BEFORE_OPEN = " \n([{\u2014\u2013-:/"


@dataclass(frozen=True)
class Layout:
    """An article as one flat text, with where each sentence and paragraph starts in it."""

    text: str
    starts: tuple[int, ...]
    """Start of each sentence in `text` (headings are blanked, never quoted from)."""
    paragraph_starts: tuple[int, ...]
    paragraph_of: tuple[int, ...]
    """The layout paragraph (0, 1, 2…) of each sentence."""

    def sentence_at(self, offset: int) -> int:
        """The sentence holding a flat offset."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_end(self, sentence: int) -> int:
        if sentence + 1 < len(self.starts):
            return self.starts[sentence + 1] - 1
        return len(self.text)


def layout(article: Article) -> Layout:
    """The flat text of an article's sentences; a heading is blanked to keep offsets."""
    parts: list[str] = []
    starts: list[int] = []
    paragraph_starts: list[int] = []
    paragraph_of: list[int] = []
    offset = 0
    previous = None
    for sentence in article.sentences:
        heading = sentence.heading and not (parts and (
            _QUOTED_LINE.search(sentence.text) or sentence.text.rstrip()[-1:] in (",", ":")))
        # (a line of quoted words inside the story, `I'm not just a party girl. “`, reads as a
        # heading to the text stage when its closing mark is typed as an opening one; a line
        # ending in a comma or a colon, `Andrew Wetzler, director of …, commented,`, leads
        # into the next paragraph, as no heading does)
        if parts:
            joiner = " " if sentence.paragraph == previous and not heading else "\n"
            parts.append(joiner)
            offset += 1
            if joiner == "\n":
                paragraph_starts.append(offset)
        else:
            paragraph_starts.append(0)
        previous = None if heading else sentence.paragraph
        starts.append(offset)
        paragraph_of.append(len(paragraph_starts) - 1)
        text = " " * len(sentence.text) if heading else sentence.text
        parts.append(text)
        offset += len(text)
    return Layout("".join(parts), tuple(starts), tuple(paragraph_starts), tuple(paragraph_of))


@dataclass(frozen=True)
class Quotation:
    """The words between one pair of top-level quotation marks, as flat offsets: `start` is
    just after the opening mark, `end` at the closing mark (or where the quotation stops)."""

    start: int
    end: int
    closed: bool


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _last_visible(text: str, i: int) -> str:
    """The last character before `i` that is not a space ("" at the start)."""
    k = stripped_end(text, i)
    return text[k - 1] if k else ""


_DOUBLE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")


def _closing(text: str, i: int) -> bool:
    """Whether the double mark at `i` reads as a closing one."""
    ch = text[i]
    if ch in _CLOSE:
        return True
    return ch == '"' and i > 0 and not text[i - 1].isspace() and text[i - 1] not in _BEFORE_OPEN


def _ends_paragraph(text: str, i: int) -> bool:
    """Whether the mark at `i` is the last thing in its paragraph (`party girl. “`: a closing
    mark typed as an opening one)."""
    cut = text.find("\n", i)
    return not text[i + 1:len(text) if cut < 0 else cut].strip()


def _carried_single(text: str, start: int, i: int) -> bool:
    """Whether a single-mark quotation opening a paragraph goes on over the next ones to `i`:
    British-style quotes of several sentences, a paragraph each; each break follows the end
    of a sentence."""
    if start > 1 and text[start - 2] != "\n":
        return False
    cut = text.find("\n", start, i)
    for _ in range(_CARRIED):
        if text[stripped_end(text, cut) - 1] not in ".!?":
            return False
        cut = text.find("\n", cut + 1, i)
        if cut < 0:
            return True
    return False


def _goes_on(text: str, start: int, cut: int) -> bool:
    """Whether a quotation open at the paragraph break `cut` goes on into what follows."""
    mark = _DOUBLE.search(text, cut)
    if mark is None:
        return False
    at = mark.start()
    if not text[cut + 1:at].strip():
        return not _closing(text, at)  # the next paragraph opens again: the convention
    return (_closing(text, at) or _ends_paragraph(text, at)) and \
        text.count("\n", cut, at) <= _CARRIED


def quotations(flat: Layout) -> list[Quotation]:
    """The top-level quotations of the article, in order."""
    text = flat.text
    out: list[Quotation] = []
    start = -1  # inner start of the open double quotation, or -1
    checked = -1  # the last paragraph break an open quotation was carried over
    reopen = -1  # a mark that reopens a carried quotation: not a new one
    single = -1  # inner start of an open single-mark quotation (only outside doubles)
    single_mark = ""
    depth = 0  # curly quotations nested in the open one
    for match in _MARKS.finditer(text):
        i, ch = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        while start >= 0:
            cut = text.find("\n", max(start, checked + 1), i)
            if cut < 0:
                break
            if not _goes_on(text, start, cut):
                out.append(Quotation(start, cut, False))
                start = -1
                break
            checked = cut
            mark = _DOUBLE.search(text, cut)
            if mark is not None and not text[cut + 1:mark.start()].strip():
                reopen = mark.start()
        if single >= 0 and "\n" in text[single:i] and not _carried_single(text, single, i):
            single = -1
        if ch in "\u2018\u2019'":
            if start >= 0:
                continue  # nested inside a double quotation
            if single < 0:
                if ch != "\u2019" and (before in _BEFORE_OPEN or before in "\"\u201c") and \
                        _is_letter(after):
                    single, single_mark = i + 1, ch
            elif (ch == "\u2019" or ch == single_mark == "'") and not _is_letter(after) and \
                    not before.isspace():
                out.append(Quotation(single, i, True))
                single = -1
            continue
        single = -1  # a double mark inside single marks: those were apostrophes
        if i == reopen:
            continue
        if start < 0:
            if ch in _CLOSE:
                continue
            if ch in _OPEN or before in _BEFORE_OPEN or (not _is_letter(before) and _is_letter(after)):
                start, checked, depth = i + 1, -1, 0
            continue
        if ch in _OPEN and not depth and (before in ",!?" and not after.strip() or (
                _last_visible(text, i) in (",", "!", "?", ".") and before.isspace() and (
                    _last_visible(text, i) != "." or _ends_paragraph(text, i)))):
            out.append(Quotation(start, i, True))  # `decision, “a friend said`: a typo
            start = -1
        elif ch in _OPEN:
            depth += 1  # a quotation nested in this one: part of it
        elif ch == '"' and not _closing(text, i):
            continue
        elif depth and ch in _CLOSE:
            depth -= 1
        else:
            out.append(Quotation(start, i, True))
            start = -1
    if start >= 0:
        cut = text.find("\n", max(start, checked + 1))
        out.append(Quotation(start, len(text) if cut < 0 else cut, False))
    return [q for q in out if q.end > q.start]
