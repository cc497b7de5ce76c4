"""Who said what in one article: every direct quote and every clearly attributed report.

A quotation (`quote_marks`) is a quote when it reads as someone's words: three words or more
that are not a title, or a shorter one set off by its own attribution (`“Absolutely not,”
O'Connor said`); `“very useful”` inside a sentence is a term, and the sentence around it is
the report. Quotations interrupted only by their attribution (`“A,” he said, “B.”`) or
following at once without one are one quote; a quotation with its own attribution, or after
the writer's words, starts another. A quote is credited to the attribution after it in its
sentence, else the one before it (`Putin said: “…”`, `said there had been “…”`), else to the
speaker the context gives (the previous quote's, in this paragraph or the last).

Reported speech (`Putin told India Today TV that he planned…`, `…, according to Vilkul`,
`…, said the head of the administration, Oleh Kiper`) is a quote marked indirect: the
reported clause, when its speaker is clear (`quote_reports`). Who a pronoun or a
description stands for is decided in reading order (`quote_speakers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Entity, Quote
from ..text.normalize import fold
from .quote_cues import PRONOUNS, Cue, cues
from .quote_index import Covered, SpanIndex, stripped_end
from .quote_marks import Layout, Quotation, layout, quotations
from .quote_reports import LEADING, ReportsMixin
from .quote_speakers import Speakers
from .speakers import NameSpan

_PERSONAL = re.compile(r"\b(?:i|we|you|he|she|they|it|me|us|my|our)\b", re.IGNORECASE)
_ONLY_ATTRIBUTION = re.compile(r"(?:[^\W\d_][\w'\u2019-]*[ ,]*){0,4}[.!?]?\s*")
"""What may follow an attribution cut into a sentence of its own (`Howard said in a statement.`)."""
_NAMED_AS = re.compile(r"\b(?:known|named|dubbed|nicknamed|called|labell?ed|branded|billed|"
                       r"hailed)(?:\s+\w+ly)?(?:\s+as)?\s+(?:(?:the|a|an)\s+)?"
                       r"(?:(?:this|last|next)\s+)?(?:[\w'\u2019-]+['\u2019]s\s+)?$", re.IGNORECASE)
"""What names a thing before a quotation (`known locally as the “scone queen of the town”`,
`named 2008's “sexiest man alive”`): the quoted words are a label, not someone's words."""
_LABEL_WORDS = 7
_HEADLINE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?P<who>[^:\n\"\u201c\u2018']{2,60}?)\s*:\s*"
                       r"[\u2018\u201c\"'](?P<said>[^\u2018\u201c\"'].*?)[\u2019\u201d\"']\s*")
"""A subheading that quotes someone named before a colon."""
_CAPITALISED = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s?){1,3}")
_CONTRACTION = re.compile(r"['\u2019]\w+$")
_PUNCTUATION = re.compile(r"[\s,.!?\u201d\"\u2019']")
_WORDS = re.compile(r"[\w'\u2019-]+")
_NEW_CLAUSE = re.compile(r"\b(?:but|and|while|although|though)\b")
"""Between a quotation and a later verb of saying: that verb opens a report of its own."""
_SMALL = frozenset("of the a an and in on for to with at by from or".split())


@dataclass
class _Group:
    """Quotations credited together as one quote."""

    parts: list[Quotation]
    cue: Cue | None
    speaker: tuple[str, str, bool] | None = None  # (name, type, named)


def _flat_names(flat: Layout, entities: Sequence[Entity], side: int) -> list[NameSpan]:
    out = []
    for entity in entities:
        if _CONTRACTION.sub("", entity.name.lower()) in PRONOUNS:
            continue  # `They've` opening a sentence is no name
        for m in entity.mentions:
            if m.article == side and m.sentence < len(flat.starts):
                base = flat.starts[m.sentence]
                out.append(NameSpan(base + m.start, base + m.end, entity.type, entity.name))
    return sorted(out, key=lambda s: (s.start, s.end))


def _clean(text: str) -> str:
    """Quoted words as shown: one line, edge marks and a trailing comma off."""
    text = " ".join(text.split()).strip(" \"\u201c\u201d'")
    return text[:-1].rstrip() if text.endswith(",") else text


def _is_title(written: list[str]) -> bool:
    """`“The Big Lebowski”`, `“Bettie Page: The Life of a Pinup Legend”`: every word but the
    small ones capitalised, as titles are and sentences are not; a subtitle may make it long."""
    if len(written) > 20:
        return False  # (longer than any title, with a subtitle or not)
    first = written[0].strip(".,!?;:") or written[0]
    if not first[:1].isupper():
        return False  # (most quotations: asked first, as it is the cheapest answer)
    if len(written) > 12 and not any(w.endswith(":") for w in written):
        return False
    for w in written:
        w = w.strip(".,!?;:") or w
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL):
            return False
    return True


class _Reader(ReportsMixin):
    """One article's quotes, read in order so that pronouns find their speakers."""

    def __init__(self, article: Article, side: int, entities: Sequence[Entity]) -> None:
        self.side = side
        self.article = article
        self.headings = [k for k, s in enumerate(article.sentences) if s.heading and
                         ":" in s.text]
        self.flat = layout(article)
        self.text = self.flat.text
        self.names = _flat_names(self.flat, entities, side)
        self.name_spans = SpanIndex(self.names)
        marks = quotations(self.flat)
        self.quoted = Covered((q.start, q.end) for q in marks)
        ends = [self.flat.sentence_end(k) for k in range(len(self.flat.starts))]
        self.cues = [c for c in cues(self.text, self.name_spans, ends) if c.start not in self.quoted]
        self.cue_starts = [c.start for c in self.cues]
        self.marks = marks
        self.who = Speakers(self.flat, self.name_spans, marks, self.quoted)

    # -- direct quotes ----------------------------------------------------------------------
    def _tail_cue(self, q: Quotation, until: int) -> Cue | None:
        _, end = self._sentence_bounds(q.end)
        own = end
        if not self.text[q.end:end].strip(" \u201d\"'\u2019") and end < len(self.text) and \
                self.text[end] != "\n":  # `“…?'” Howard said.` cut after the quotation
            _, end = self._sentence_bounds(end + 1)
        stop = min(until, end + 1)
        for k in range(bisect_left(self.cue_starts, q.end), len(self.cues)):  # words start
            cue = self.cues[k]  # at or after the verb: a cue after the quotation starts after it
            if cue.start >= stop:
                break
            if cue.at >= q.end:
                if cue.start > own and not _ONLY_ATTRIBUTION.fullmatch(self.text, cue.until, end):
                    return None  # `He said: “…”`, `He said the novel …`: a sentence of its own
                return cue
        return None

    def _head_cue(self, q: Quotation, since: int) -> Cue | None:
        start, _ = self._sentence_bounds(q.start - 1)
        if start and not self.text[start:q.start].strip(" \u201c\"'\u2018") and \
                self.text[stripped_end(self.text, start) - 1] == ":":
            start, _ = self._sentence_bounds(start - 1)  # `Hefner said:` ending the sentence
        found = None
        first = bisect_left(self.cue_starts, max(start, since))
        for cue in self.cues[first:bisect_left(self.cue_starts, q.start, first)]:
            if cue.until <= q.start:  # (a cue ending before the quotation starts before it)
                found = cue
        return found

    def _attached(self, q: Quotation, tail: Cue | None, head: Cue | None) -> bool:
        """Whether the quotation is set off by its own attribution."""
        if tail is not None and not _PUNCTUATION.sub("", self.text[q.end:tail.at]):
            return True
        return head is not None and re.fullmatch(r"[\s,:\u201c\"]*", self.text[
            head.until:q.start]) is not None

    def _is_quote(self, q: Quotation, attached: bool) -> bool:
        if not q.closed and not attached:
            return False  # a mark never closed (`“.kindle`): a slip, not someone's words
        words = self.text[q.start:q.end].split()
        if not attached and len(words) <= _LABEL_WORDS and _NAMED_AS.search(
                self.text, max(0, q.start - 40), q.start - 1) and \
                not _PERSONAL.search(self.text, q.start, q.end):
            return False  # `known locally as the “scone queen of the town”`: a name for something
        if len(words) >= 3:
            return not _is_title(words)
        inner = self.text[q.start:q.end].rstrip()
        return attached and (bool(_PERSONAL.search(inner)) or inner[-1:] in ",.!?")

    def _pure_cue(self, start: int, end: int, cue: Cue | None) -> bool:
        """Whether the words between two quotations are only an attribution (or nothing)."""
        between = self.text[start:end]
        if not _WORDS.search(between):
            return True
        if cue is None or not (start <= cue.at and cue.until <= end):
            return False
        rest = self.text[start:cue.at] + " " + self.text[cue.until:end]
        return len(_WORDS.findall(rest)) <= 3 and "," not in rest.strip(" ,\u201c\u201d\"")[:-1]

    def _follows(self, last: _Group, q: Quotation) -> bool:
        """`“A,” he said. “B.”`: a quotation opening the sentence right after the one that
        holds the previous quote's end and attribution goes on with that quote."""
        k = self.flat.sentence_at(q.start)
        if k == 0 or self.text[self.flat.starts[k]:q.start].strip(" \u201c\"'") or \
                q.start - 1 > self.flat.starts[k] + 1:
            return False
        ends_in = self.flat.sentence_at(last.parts[-1].end)
        cue_in = self.flat.sentence_at(last.cue.start) if last.cue is not None else ends_in
        if cue_in != k - 1 or ends_in not in (k - 1, k - 2):
            return False  # (the attribution may stand as a sentence of its own)
        rest = (last.parts[-1].end, self.flat.sentence_end(k - 1))
        between = self.cues[bisect_left(self.cue_starts, rest[0]):bisect_left(self.cue_starts,
                                                                             rest[1])]
        return not any(c is not last.cue for c in between) and \
            not self.quoted.any_starting(rest[0] + 1, rest[1])

    def direct(self) -> tuple[list[_Group], set[Cue]]:
        groups: list[_Group] = []
        used: set[Cue] = set()
        previous_end = 0
        for k, q in enumerate(self.marks):
            until = self.marks[k + 1].start if k + 1 < len(self.marks) else len(self.text)
            tail = self._tail_cue(q, until)
            head = self._head_cue(q, previous_end)
            previous_end = q.end
            last = groups[-1] if groups else None
            if last is not None and tail is None and head is None and q.closed and \
                    self._follows(last, q):
                last.parts.append(q)  # however short: it goes on with that quote
                continue
            attached = self._attached(q, tail, head)
            if not self._is_quote(q, attached):
                continue
            if last is not None and tail is None and last.parts[-1].end <= q.start:
                if self._pure_cue(
                        last.parts[-1].end, q.start, last.cue) and (
                        head is None or head is last.cue):
                    last.parts.append(q)
                    continue
            cue = tail or head
            if cue is not None and (cue is head or not _NEW_CLAUSE.search(
                    self.text, q.end, cue.at)):
                used.add(cue)  # (`“…”, but he said he was entitled to privacy`: a report too)
            groups.append(_Group([q], cue))
        return groups, used

    # -- the quotes -------------------------------------------------------------------------
    def spans(self, start: int, end: int) -> list[tuple[int, int, int]]:
        out = []
        k = self.flat.sentence_at(start)
        while start < end:
            base, stop = self.flat.starts[k], self.flat.sentence_end(k)
            piece_end = min(end, stop)
            if piece_end > start:
                out.append((k, start - base, piece_end - base))
            k += 1
            if k >= len(self.flat.starts):
                break
            start = max(start, self.flat.starts[k])
        return out

    def quotes(self) -> list[Quote]:
        resolved = {cue: self.who.speak(cue) for cue in self.cues}  # in reading order
        groups, used = self.direct()
        out: list[tuple[int, Quote]] = []
        last: tuple[int, tuple[str, str, bool] | None] = (-1, None)
        for group in groups:
            position = group.parts[0].start
            since = self.who.window(position)
            speaker = resolved.get(group.cue) if group.cue is not None else None
            same_sentence = last[0] >= 0 and self.flat.sentence_at(last[0]) == \
                self.flat.sentence_at(position)
            if group.cue is None and same_sentence:
                speaker = last[1]
            if group.cue is None and speaker is None:
                speaker = self.who.sentence_subject(position)
            if group.cue is None and speaker is None:
                recent = self.who.spoken_between(max(since, last[0]), position)
                if recent:  # the last attribution before it, a report's or a quote's
                    speaker = (recent[-1][1], recent[-1][2], True)
                elif last[0] >= since and last[1] is not None:
                    speaker = last[1]
                else:
                    speaker = self.who.previous_subject(position)
            pieces = [_clean(self.text[q.start:q.end]) for q in group.parts]
            spans = [s for q in group.parts for s in self.spans(q.start, q.end)]
            text = " \u2026 ".join(p for p in pieces if p)
            out.append((position, self._quote(text, True, speaker, spans)))
            last = (group.parts[-1].end, speaker)
        for sentence in self.headings:
            found = self._headline(sentence)
            if found is not None:
                out.append(found)
        for cue, start, end in self.indirect(used, [(g.parts[0].start, g.parts[-1].end) for g in groups]):
            speaker = resolved[cue]
            if speaker is None:
                continue
            text = LEADING.sub("", " ".join(self.text[start:end].split()))
            out.append((start, self._quote(text, False, speaker, self.spans(start, end))))
        return [q for _, q in sorted(out, key=lambda pair: pair[0])]

    def _headline(self, k: int) -> tuple[int, Quote] | None:
        """`2. Rodri, 37, London: 'Around half of a waiter's income is tips'`: a subheading
        that quotes the one it names before a colon (interviews, surveys of several voices)."""
        line = self.article.sentences[k].text
        found = _HEADLINE.fullmatch(line)
        if found is None or len(found.group("said").split()) < 3:
            return None
        base = self.flat.starts[k]
        who = [s for s in self.name_spans.between(base, base + found.end("who"))
               if s.type in ("PERSON", "ORG") and s.end <= base + found.end("who")]
        if who:
            speaker = (who[0].key, who[0].type, True)
        else:
            lead = found.group("who").split(",")[0].strip()
            if not _CAPITALISED.fullmatch(lead):
                return None
            speaker = (lead, "PERSON", True)
        start, end = found.span("said")
        return base + start, self._quote(_clean(found.group("said")), True, speaker,
                                         [(k, start, end)])

    def _quote(self, text: str, direct: bool, speaker: tuple[str, str, bool] | None,
               spans: list[tuple[int, int, int]]) -> Quote:
        name = speaker[0] if speaker else None
        return Quote(self.side, text, direct, name, bool(speaker and speaker[2]), tuple(spans))


def article_quotes(article: Article, side: int, entities: Sequence[Entity]) -> list[Quote]:
    """Every quote of one article (0 = A, 1 = B), in reading order. `entities` are the
    comparison's (both articles'), so a speaker has the same name on both sides."""
    if not article.sentences:
        return []
    return _Reader(article, side, entities).quotes()


def speaker_key(quote: Quote) -> str | None:
    """What two quotes must share to have the same speaker."""
    if quote.speaker is None:
        return None
    return fold(quote.speaker).lower() if not quote.named else quote.speaker
