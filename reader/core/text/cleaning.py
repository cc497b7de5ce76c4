"""Telling article content from the page furniture people paste along with it.

Text copied from a news page carries photo captions, section labels, bylines, lists of other
headlines and buttons. Comparing those would invent differences, so each paragraph is classified
here; furniture is returned as `Removed` (reported, never silently dropped) and the headline, when
there is one, becomes the title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import FurnitureKind, Paragraph, Removed
from .furniture import (
    caption_shaped,
    has_finite_verb,
    is_tag_label,
    is_terminal,
    static_kind,
    tag_line,
    words,
)
from .normalize import for_matching

_DATELINE_LEAD = re.compile(
    r"^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][A-Za-z .'-]{2,30})?\s*\((AP|AFP|Reuters|PTI|IANS|ANI)\)\s*"
    r"[-\u2013\u2014:]\s*)"
)
_MD_LIST = re.compile(r"^\s*([-*+]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]?\s+\S")
_LEAD_QUOTES = "\"'\u201c\u2018\u00ab"


@dataclass(frozen=True)
class Cleaned:
    """The outcome of cleaning: title, content paragraphs in order, and what was removed."""

    title: str | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]
    total_paragraphs: int


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether line breaks in a block are wrapping (mid-sentence) rather than paragraph ends."""
    if len(lines) < 2 or any(_MD_LIST.match(line) or _MD_HEADING.match(line) for line in lines):
        return False
    lengths = [len(line) for line in lines[:-1]]
    if max(lengths) < 40 or min(lengths) < 0.6 * max(lengths):
        return False
    return any(line[:1].islower() for line in lines[1:])


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs from blank-line blocks; lines inside a block join only when hard-wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _is_prose(text: str) -> bool:
    return words(text) >= 8 and is_terminal(text)


def _looks_like_name(text: str) -> bool:
    tokens = text.replace(" and ", " ").replace(",", " ").split()
    return 1 < len(tokens) <= 6 and all(t[:1].isupper() for t in tokens)


def clean(text: str, markdown: bool = False) -> Cleaned:
    """Classify every paragraph of an article as content, headline or furniture."""
    if markdown:
        from .markdown import blocks  # the parser loads only for Markdown input

        parsed = blocks(text.lstrip("\ufeff"))
        raw = [block.text for block in parsed]
        levels = [block.level for block in parsed]
        lists = [block.list_id for block in parsed]
        code = [block.code for block in parsed]
        kinds: list[FurnitureKind | None] = ["caption" if b.image else None for b in parsed]
        for list_id in {b.list_id for b in parsed if b.list_id >= 0}:
            items = [i for i, b in enumerate(parsed) if b.list_id == list_id]
            if len(items) >= 2 and all(parsed[i].links_only for i in items):
                for i in items:  # a list of links: other stories
                    kinds[i] = kinds[i] or "related"
    else:
        raw = split_paragraphs(text)
        levels = [0] * len(raw)
        lists = [-1] * len(raw)
        code = [False] * len(raw)
        kinds = [None] * len(raw)
    plain = raw
    for i, paragraph in enumerate(plain):
        if kinds[i] is None:
            kinds[i] = static_kind(paragraph) if paragraph.strip() else "boilerplate"

    title, title_index = _find_title(plain, kinds, levels)
    _mark_header_zone(plain, kinds, title_index)
    _mark_neighbours(plain, kinds, lists, title_index)
    _mark_duplicates(plain, kinds, title_index)
    _mark_headline_runs(plain, kinds, lists, title_index)

    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    for i, paragraph in enumerate(plain):
        if i == title_index:
            continue
        kind = kinds[i]
        if kind is not None:
            if paragraph:
                removed.append(Removed(text=paragraph, kind=kind, paragraph=i))
            continue
        lead = _DATELINE_LEAD.match(paragraph)
        if lead:
            removed.append(Removed(text=lead.group(1).strip(), kind="dateline", paragraph=i))
            paragraph = paragraph[lead.end():]
        heading = levels[i] > 0 or (lists[i] < 0 and not code[i] and not is_terminal(paragraph)
                                    and words(paragraph) <= 14)
        paragraphs.append(Paragraph(index=i, text=paragraph, heading=heading))
    return Cleaned(title, tuple(paragraphs), tuple(removed), len(raw))


def _find_title(
    plain: list[str], kinds: list[FurnitureKind | None], levels: list[int]
) -> tuple[str | None, int]:
    """The headline: a Markdown H1, or a headline-shaped paragraph before the body starts."""
    for i, level in enumerate(levels):
        if level == 1 and kinds[i] is None:
            return plain[i], i
    for i, paragraph in enumerate(plain):
        if kinds[i] is not None:
            continue
        if _is_prose(paragraph) and not paragraph.rstrip().endswith(("?", "!")):
            return None, -1
        n = words(paragraph)
        if 4 <= n <= 30 and not paragraph.rstrip().endswith(".") and \
                not paragraph.lstrip().startswith(tuple(_LEAD_QUOTES)):  # a quoted lead is text
            return paragraph, i
    return None, -1


def _mark_header_zone(plain: list[str], kinds: list[FurnitureKind | None], title: int) -> None:
    """Short label lines before the body (section names, author names) are furniture."""
    prose_seen = 0
    for i, paragraph in enumerate(plain):
        if prose_seen >= 2:
            break
        if kinds[i] is not None or i == title:
            continue
        if _is_prose(paragraph):
            prose_seen += 1
            continue
        if words(paragraph) <= 3 and (title < 0 or i < title) and not is_terminal(paragraph) \
                and not _NUMBERED.match(paragraph):  # `1 Flappy Bird` opens a numbered list
            kinds[i] = "section"
        elif words(paragraph) <= 6 and _looks_like_name(paragraph) and i > title:
            kinds[i] = "byline"


def _mark_neighbours(plain: list[str], kinds: list[FurnitureKind | None], lists: list[int],
                     title: int) -> None:
    """Furniture told by its neighbours: the tag list under a `Tags` label, a caption beside
    its credit line, a verbless one-sentence description ending on a date, a lone word."""
    prose = [i for i, p in enumerate(plain) if kinds[i] is None and i != title and _is_prose(p)]
    last_prose = prose[-1] if prose else len(plain)
    for i, paragraph in enumerate(plain):
        if kinds[i] is not None or i == title:
            continue
        before = kinds[i - 1] if i > 0 else None
        after = kinds[i + 1] if i + 1 < len(plain) else None
        if i > 0 and before == "tags" and is_tag_label(plain[i - 1]) and tag_line(paragraph):
            kinds[i] = "tags"
        elif "credit" in (before, after) and words(paragraph) <= 35 and \
                not has_finite_verb(paragraph) and lists[i] < 0:
            kinds[i] = "caption"
        elif lists[i] < 0 and caption_shaped(paragraph):
            kinds[i] = "caption"
        elif i > last_prose and lists[i] < 0 and words(paragraph) == 1 and \
                not is_terminal(paragraph):
            kinds[i] = "section"  # a lone word after the story (`Goodbye`, `Comments`)


def _mark_duplicates(plain: list[str], kinds: list[FurnitureKind | None], title: int) -> None:
    """A paragraph repeated inside another one (a standfirst, a pull quote) is not content.

    Of identical paragraphs the first is kept and the others are duplicates; a paragraph found
    inside a longer one is a standfirst when the longer one comes later, a duplicate otherwise.
    Identical paragraphs are grouped first, and a paragraph's possible containers come from an
    index of word 4-grams, probed with its rarest inner 4-gram (a substring's inner words are
    whole words of its container), so the work grows linearly with the text, repeated or not.
    """
    forms = [for_matching(p) if kinds[i] is None else "" for i, p in enumerate(plain)]
    first: dict[str, int] = {}
    for i, form in enumerate(forms):
        if form:
            first.setdefault(form, i)
    counts: Counter[tuple[str, str, str, str]] = Counter()  # distinct forms holding a 4-gram
    own: dict[str, set[tuple[str, str, str, str]]] = {}
    inner: dict[str, list[tuple[str, str, str, str]]] = {}
    for form in first:  # unique forms, in order of first appearance
        tokens = form.split()
        grams = list(zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
        own[form] = set(grams)
        counts.update(own[form])
        if len(tokens) >= 6:
            inner[form] = grams[1:-1]
    shared = {gram for gram, count in counts.items() if count > 1}
    holders: dict[tuple[str, str, str, str], list[str]] = {}
    for form, held in own.items():  # only 4-grams of two forms or more can find a container
        for gram in held & shared:
            holders.setdefault(gram, []).append(form)
    for i, form in enumerate(forms):
        if kinds[i] is not None or i == title or form not in inner:
            continue
        if first[form] < i:
            kinds[i] = "duplicate"
            continue
        probe = min(inner[form], key=counts.__getitem__)
        if counts[probe] < 2:
            continue
        container = _first_container(form, holders[probe], first, _MAX_CONTAINER_CHECKS)
        if container is not None:
            kinds[i] = "standfirst" if container > i else "duplicate"


_MAX_CONTAINER_CHECKS = 64
"""Longer paragraphs a paragraph is compared with, at most: only text built to share every
4-gram with hundreds of others reaches it, and then the earliest ones are the ones checked."""


def _first_container(form: str, others: list[str], first: dict[str, int], limit: int) -> int | None:
    """The index of the earliest paragraph among `others` longer than `form` that holds it."""
    for other in others[:limit]:  # in order of first appearance
        if len(other) > len(form) and form in other:
            return first[other]
    return None


def _headline_shaped(text: str) -> bool:
    """Shaped like a headline: no sentence ending, 3-30 words, not a list item that goes on
    (`…, or`), not starting in lower case."""
    stripped = text.rstrip()
    return not is_terminal(stripped) and 3 <= words(stripped) <= 30 and \
        not stripped.endswith((",", " or", " and")) and not stripped[:1].islower()


def _mark_headline_runs(plain: list[str], kinds: list[FurnitureKind | None], lists: list[int],
                        title: int) -> None:
    """Other stories' headlines: a run of two or more headline-shaped lines after the article's
    last sentence, or inside the body under a label (`Also read`, a short title-case line such
    as `More stories`), which is removed with them. Markdown list items are content."""
    skip = ("boilerplate", "related", "credit", "byline", "prompt", "tags", "timestamp", "dateline")
    n = len(plain)
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(n):
        if kinds[i] in skip and run:
            continue
        if kinds[i] is None and i != title and lists[i] < 0 and _headline_shaped(plain[i]):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    for run in runs:
        last = run[-1]
        trailing = all(kinds[j] is not None or j == title for j in range(last + 1, n))
        head = run[0] - 1
        label = head > title and head >= 0 and (
            kinds[head] in ("related", "boilerplate")
            or (kinds[head] is None and words(plain[head]) <= 3 and not is_terminal(plain[head])
                and plain[head][:1].isupper()))
        if len(run) >= 2 and (trailing or label):
            for i in run:
                kinds[i] = "related"
            if label and kinds[head] is None:
                kinds[head] = "section"
