"""Telling article content from the page furniture people paste along with it.

Text copied from a news page carries photo captions, section labels, bylines, lists of other
headlines and buttons. Comparing those would invent differences, so each paragraph is classified
here; furniture is returned as `Removed` (reported, never silently dropped) and the headline, when
there is one, becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import FurnitureKind, Paragraph, Removed
from .normalize import for_matching

_BOILERPLATE = re.compile(
    r"^(scroll (for|to) (next|continue)|advertisement|sponsored( content)?|read more|"
    r"also read|read also|related( stories| articles| news)?|recommended( for you)?|"
    r"more from .{0,40}|story continues( below)?|share( this( article| story)?)?|"
    r"follow us.*|subscribe.*|sign up.*|click here.*|download the .{0,30}app.*|"
    r"copyright .*|©.*|all rights reserved.*|listen to (this|the) (article|story).*|"
    r"\d+ min(ute)?s? read|comments?|trending( now)?|top stories|latest news|watch:?.{0,60}|"
    r"most read|most popular|you may also like|editor'?s picks?|skip to .{0,30})[.!:]?$",
    re.IGNORECASE,
)
_RELATED_LEAD = re.compile(r"^(also read|read also|read more|related|see also|watch)\s*[:|-]", re.I)
_CREDIT = re.compile(
    r"(\((ap |afp |reuters |file |getty |ani |pti |epa )?(photo|image|file|picture|pic|video)s?"
    r"\b[^()]{0,60}\)|\((ap|afp|reuters|getty images|epa|ani|pti|xinhua)( photo)?[^()]{0,40}\)|"
    r"\b(ap|afp|reuters|epa|getty images|xinhua) photo\s*/\s*[\w .'-]{2,60}\)?)\s*$",
    re.IGNORECASE,
)
_CREDIT_LEAD = re.compile(
    r"^(photo|image|picture|file photo|credit|photograph|caption)\s*(credit)?\s*[:|]", re.I
)
_AGENCIES = (
    "associated press|ap|reuters|afp|agence france-presse|pti|ians|ani|bloomberg|dpa|xinhua|"
    "upi|efe|press trust of india|al jazeera( staff| and news agencies)?|express news service|"
    "online desk|web desk|news desk|staff reporter|our correspondent|bbc news|cnn|agencies|"
    "news agencies|staff|the associated press"
)
_BYLINE = re.compile(
    rf"^((by|written by|reporting by|words by)\s+.{{2,80}}|({_AGENCIES})(\s*[,|/&]\s*({_AGENCIES}))*"
    r"|\(?reporting by .{2,200}\)?|.{2,40}\s*[|,]\s*(" + _AGENCIES + r"))$",
    re.IGNORECASE,
)
_DATELINE_LINE = re.compile(
    r"^((published|updated|posted|last updated|first published)( on| at)?\s*:?.{0,60}|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\w+\s+\d{1,2},?\s+\d{4}.{0,30}|"
    r"\d{1,2}\s+\w{3,9}\s+\d{4}.{0,30}|\w{3,9}\.?\s+\d{1,2},\s+\d{4}.{0,30})$",
    re.IGNORECASE,
)
_DATELINE_LEAD = re.compile(
    r"^([A-Z][A-Z .'-]{2,40}(,\s*[A-Z][A-Za-z .'-]{2,30})?\s*\((AP|AFP|Reuters|PTI|IANS|ANI)\)\s*"
    r"[-\u2013\u2014:]\s*)"
)
_BREADCRUMB = re.compile(r"\S\s+[|>\u203a\u00bb/]\s+\S")
_TERMINAL = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*$")
_MD_IMAGE = re.compile(r"^!\[([^\]]*)\]\([^)]*\)\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*([-*+]|\d{1,3}[.)])\s+")
_MD_RULE = re.compile(r"^\s*([-*_]\s*){3,}$")


@dataclass(frozen=True)
class Cleaned:
    """The outcome of cleaning: title, content paragraphs in order, and what was removed."""

    title: str | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]
    total_paragraphs: int


def words(text: str) -> int:
    return len(text.split())


def is_terminal(text: str) -> bool:
    """Whether a paragraph ends like prose (a sentence) rather than like a label or headline."""
    return bool(_TERMINAL.search(text.rstrip()))


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


def _strip_markdown(paragraph: str) -> tuple[str, int, bool]:
    """Plain text of a Markdown paragraph, its heading level (0 for none) and image flag."""
    image = _MD_IMAGE.match(paragraph)
    if image:
        return image.group(1), 0, True
    level = 0
    heading = _MD_HEADING.match(paragraph)
    if heading:
        level, paragraph = len(heading.group(1)), heading.group(2)
    paragraph = re.sub(r"^>\s?", "", paragraph)
    paragraph = _MD_LIST.sub("", paragraph)
    paragraph = _MD_LINK.sub(r"\1", paragraph)
    paragraph = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4) or "", paragraph)
    paragraph = re.sub(r"`([^`]*)`", r"\1", paragraph)
    return paragraph.strip(), level, False


def _is_prose(text: str) -> bool:
    return words(text) >= 8 and is_terminal(text)


def _static_kind(text: str) -> FurnitureKind | None:
    """Furniture recognisable from a paragraph alone, wherever it stands."""
    short = words(text) <= 12
    if short and _BOILERPLATE.match(text.strip()):
        return "boilerplate"
    if words(text) <= 8 and _BREADCRUMB.search(text) and not is_terminal(text):
        return "section"
    if _RELATED_LEAD.match(text):
        return "related"
    if _CREDIT.search(text[-160:]) or _CREDIT_LEAD.match(text):
        return "caption" if words(text) > 6 else "credit"
    if words(text) <= 40 and _BYLINE.match(text.strip().rstrip(".")):
        return "byline"
    if short and _DATELINE_LINE.match(text.strip()) and not is_terminal(text.rstrip(".")):
        return "dateline"
    return None


def _looks_like_name(text: str) -> bool:
    tokens = text.replace(" and ", " ").replace(",", " ").split()
    return 1 < len(tokens) <= 6 and all(t[:1].isupper() for t in tokens)


def clean(text: str, markdown: bool = False) -> Cleaned:
    """Classify every paragraph of an article as content, headline or furniture."""
    raw = split_paragraphs(text)
    kinds: list[FurnitureKind | None] = []
    plain: list[str] = []
    levels: list[int] = []
    for paragraph in raw:
        level, image = 0, False
        if markdown:
            paragraph, level, image = _strip_markdown(paragraph)
        if markdown and _MD_RULE.match(paragraph):
            paragraph = ""
        plain.append(paragraph)
        levels.append(level)
        kinds.append("caption" if image else (None if paragraph else "boilerplate"))
    for i, paragraph in enumerate(plain):
        if kinds[i] is None:
            kinds[i] = _static_kind(paragraph)

    title, title_index = _find_title(plain, kinds, levels)
    _mark_header_zone(plain, kinds, title_index)
    _mark_duplicates(plain, kinds, title_index)
    _mark_trailing_related(plain, kinds)

    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    for i, paragraph in enumerate(plain):
        if i == title_index:
            continue
        kind = kinds[i]
        if kind is not None:
            if paragraph:
                removed.append(Removed(text=raw[i] if not markdown else paragraph, kind=kind,
                                       paragraph=i))
            continue
        lead = _DATELINE_LEAD.match(paragraph)
        if lead:
            removed.append(Removed(text=lead.group(1).strip(), kind="dateline", paragraph=i))
            paragraph = paragraph[lead.end():]
        heading = levels[i] > 0 or (not is_terminal(paragraph) and words(paragraph) <= 14)
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
        if 4 <= n <= 30 and not paragraph.rstrip().endswith("."):
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
        if words(paragraph) <= 3 and (title < 0 or i < title) and not is_terminal(paragraph):
            kinds[i] = "section"
        elif words(paragraph) <= 6 and _looks_like_name(paragraph) and i > title:
            kinds[i] = "byline"


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
    grams: dict[tuple[str, ...], list[str]] = {}
    inner: dict[str, list[tuple[str, ...]]] = {}
    for form in first:  # unique forms, in order of first appearance
        tokens = form.split()
        seen = {tuple(tokens[k:k + 4]) for k in range(len(tokens) - 3)}
        for gram in seen:
            grams.setdefault(gram, []).append(form)
        if len(tokens) >= 6:
            inner[form] = [tuple(tokens[k:k + 4]) for k in range(1, len(tokens) - 4)]
    for i, form in enumerate(forms):
        if kinds[i] is not None or i == title or form not in inner:
            continue
        if first[form] < i:
            kinds[i] = "duplicate"
            continue
        probe = min(inner[form], key=lambda gram: len(grams[gram]))
        container = _first_container(form, grams[probe], first, _MAX_CONTAINER_CHECKS)
        if container is not None:
            kinds[i] = "standfirst" if container > i else "duplicate"


_MAX_CONTAINER_CHECKS = 256
"""Longer paragraphs a paragraph is compared with, at most: only text built to share every
4-gram with hundreds of others reaches it, and then the earliest ones are the ones checked."""


def _first_container(form: str, others: list[str], first: dict[str, int], limit: int) -> int | None:
    """The index of the earliest paragraph among `others` longer than `form` that holds it."""
    for other in others[:limit]:  # in order of first appearance
        if len(other) > len(form) and form in other:
            return first[other]
    return None


def _mark_trailing_related(plain: list[str], kinds: list[FurnitureKind | None]) -> None:
    """Headline-shaped paragraphs after the article's last sentence are links to other stories."""
    run: list[int] = []
    for i in range(len(plain) - 1, -1, -1):
        if kinds[i] in ("boilerplate", "related", "credit", "byline"):
            continue
        paragraph = plain[i]
        if kinds[i] is None and not is_terminal(paragraph) and 3 <= words(paragraph) <= 30:
            run.append(i)
            continue
        break
    if len(run) >= 2:
        for i in run:
            kinds[i] = "related"
