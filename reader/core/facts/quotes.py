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
reported clause, when its speaker is clear. A report inside another is part of it.

Pronouns go to the last speaker of this paragraph or the previous one, else the person last
named there; a description (`the Russian president`) to the person the article gives that
title (`Russian President Vladimir Putin`), an organisation word (`the ministry`) to the
organisation last named; what no name stands for keeps its description (`police`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Entity, Quote
from ..text.normalize import fold
from .places import is_country
from .quote_cues import PRONOUNS, Cue, Ref, cues, object_verbs, speaker_nouns
from .quote_marks import Layout, Quotation, layout, quotations
from .speakers import NameSpan

_ORG_NOUNS = frozenset("company firm agency department ministry government newspaper magazine "
                       "network channel team club court group organisation organization "
                       "charity council statement".split())
_PERSONAL = re.compile(r"\b(?:i|we|you|he|she|they|it|me|us|my|our)\b", re.IGNORECASE)
_SMALL = frozenset("of the a an and in on for to with at by from or".split())
_THAT = re.compile(r"^(?:[^\n.!?,;:\u201c\"]{0,36}?\s)?that\s", re.IGNORECASE)
_STATE_NOUNS = frozenset("government authorities".split())
_GROUPS = frozenset("police officials authorities officers investigators prosecutors witnesses "
                     "residents doctors firefighters sources workers students".split())
_SAYS = re.compile(r"['\u2019]s?\s+(?:\w+\s+)?(?:assertion|comments?|remarks?|statement|words|"
                   r"claims?|message|view|argument|warning|words)\b")
_GENERIC_HEADS = frozenset("leader head chief".split())
_TIME_LEAD = re.compile(r"^\s*(?:(?:on|late|early|earlier|last|this|in|during)\s+)*"
                        r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"today|yesterday|week|month|year|night|morning|evening|afternoon|"
                        r"a statement|an interview|a post|a video)\b[ ,]*)+", re.IGNORECASE)
_LEADING = re.compile(r"^(?:but|and|so)\s+", re.IGNORECASE)
_VAGUE = frozenset("reports report media local media rumours".split())


@dataclass
class _Group:
    """Quotations credited together as one quote."""

    parts: list[Quotation]
    cue: Cue | None
    speaker: tuple[str, str, bool] | None = None  # (name, type, named)


def _flat_names(flat: Layout, entities: Sequence[Entity], side: int) -> list[NameSpan]:
    out = []
    for entity in entities:
        if re.sub(r"['\u2019]\w+$", "", entity.name.lower()) in PRONOUNS:
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


def _is_title(words: list[str]) -> bool:
    return len(words) <= 6 and all(w[:1].isupper() or w.lower() in _SMALL for w in words) and \
        words[0][:1].isupper()


class _Reader:
    """One article's quotes, read in order so that pronouns find their speakers."""

    def __init__(self, article: Article, side: int, entities: Sequence[Entity]) -> None:
        self.side = side
        self.flat = layout(article)
        self.text = self.flat.text
        self.names = _flat_names(self.flat, entities, side)
        marks = quotations(self.flat)
        inside = [(q.start, q.end) for q in marks]
        ends = [self.flat.sentence_end(k) for k in range(len(self.flat.starts))]
        self.cues = [c for c in cues(self.text, self.names, ends)
                     if not any(s <= c.start < e for s, e in inside)]
        self.marks = marks
        self.titles = self._titles()
        self.spoken: list[tuple[int, str, str]] = []  # (offset, key, type) of named speakers
        self.said: list[tuple[int, tuple[str, str, bool]]] = []  # every resolved speaker

    def _titles(self) -> dict[str, set[str]]:
        """The words written before each person's name (`Russian President` Putin)."""
        out: dict[str, set[str]] = {}
        for span in self.names:
            if span.type != "PERSON":
                continue
            head = self.text[max(0, span.start - 50):span.start]
            head = re.split(r"[.,;:!?\n\u201c\u201d\"()]|['\u2019]s?\s", head)[-1]
            titles = set()
            for word in reversed(re.findall(r"[\w-]+", head)[-4:]):
                if not (word[:1].isupper() or word.lower() in speaker_nouns()):
                    break
                titles.add(word.lower())
            out.setdefault(span.key, set()).update(titles)
        return out

    # -- who a reference stands for ---------------------------------------------------------
    def _window(self, at: int) -> int:
        """Where the context of `at` starts: the paragraph before its own, or 400 characters
        back when paragraphs are single sentences."""
        paragraph = self.flat.paragraph_at(at)
        return max(0, min(self.flat.paragraph_starts[max(0, paragraph - 1)], at - 400))

    def _antecedent(self, at: int, since: int, wanted: tuple[str, ...]
                    ) -> tuple[str, str, bool] | None:
        """Whom a pronoun at `at` stands for: sentence by sentence backwards, the last speaker
        of a sentence, else the first name standing as a subject in it."""
        k = self.flat.sentence_at(at)
        while k >= 0 and self.flat.sentence_end(k) > since:
            start, end = self.flat.starts[k], min(at, self.flat.sentence_end(k))
            spoken = [(pos, key, kind) for pos, key, kind in self.spoken
                      if start <= pos < end and kind in wanted]
            if spoken:
                return spoken[-1][1], spoken[-1][2], True
            named = [s for s in self.names if start <= s.start < end and s.type in wanted
                     and self._subjectlike(s)]
            if named:
                return named[0].key, named[0].type, True
            k -= 1
        nearest = [s for s in self.names if since <= s.start < at and s.type in wanted and not any(
            q.start <= s.start < q.end for q in self.marks)]
        return (nearest[-1].key, nearest[-1].type, True) if nearest else None

    def _opens_sentence(self, span: NameSpan) -> bool:
        """Whether a name is the first of its sentence: its subject, most often."""
        start = self.flat.starts[self.flat.sentence_at(span.start)]
        return not any(start <= s.start < span.start for s in self.names)

    def _subjectlike(self, span: NameSpan) -> bool:
        """Whether a name stands where a speaker would, not as an object (`coproduced Reid`,
        `talks with Kushner`)."""
        if any(q.start <= span.start < q.end for q in self.marks):
            return False  # named inside a quotation
        if _SAYS.match(self.text, span.end):
            return True  # `Trump's earlier assertion that …`
        if self.text[span.end:span.end + 2] in ("'s", "\u2019s") or self.text[
                span.end:span.end + 2] in ("' ", "\u2019 "):
            return False  # `Reunion Pictures' Matthew O'Connor`: a modifier
        before = re.findall(r"[\w'\u2019-]+|[^\w\s]", self.text[max(0, span.start - 30):span.start])
        if not before:
            return True
        word = before[-1]
        return not word[:1].islower() or word in speaker_nouns() or word in ("and", "the")

    def resolve(self, ref: Ref) -> tuple[str, str, bool] | None:
        if ref.kind == "name":
            return ref.key, ref.type, True
        if ref.kind == "same":  # `…, saying that …`: who spoke, or else the subject
            start = self.flat.starts[self.flat.sentence_at(ref.start)]
            earlier = [who for at, who in self.said if start <= at < ref.start]
            if earlier:
                return earlier[-1]
            named = [s for s in self.names if start <= s.start < ref.start and
                     self._subjectlike(s)]
            return (named[0].key, named[0].type, True) if named else None
        since = self._window(ref.start)
        if ref.kind == "pronoun":
            wanted = ("PERSON",) if ref.key in ("he", "she", "i") else ("ORG", "PLACE")
            return self._antecedent(ref.start, since, wanted)
        words = [w.lower() for w in re.findall(r"[\w-]+", ref.key)]
        head = words[-1] if words else ""
        if "of" in words:
            head = words[words.index("of") - 1]
        inside = [s for s in self.names if ref.start <= s.start and s.end <= ref.end
                  and s.type == "ORG"]
        if inside and head in _ORG_NOUNS:  # `the Reuters news agency`
            return inside[0].key, "ORG", True
        if ref.definite:
            scores = {key: len(set(words) & titles) for key, titles in self.titles.items()
                      if head in titles or head in _GENERIC_HEADS}
            best_score = max(scores.values(), default=0)
            if best_score:
                chosen = [s for s in self.names if s.start < ref.start and
                          scores.get(s.key) == best_score]
                if chosen:
                    return chosen[-1].key, "PERSON", True
            if head in _STATE_NOUNS:  # `the government`: the country last named
                countries = [s for s in self.names if s.type == "PLACE" and s.start < ref.start
                             and is_country(s.key) and self._opens_sentence(s)]
                if countries:
                    return countries[-1].key, "PLACE", True
            if head in _ORG_NOUNS:
                orgs = [s for s in self.names if s.type == "ORG" and s.start < ref.start]
                own = [s for s in orgs if head in s.key.lower()]
                if own or orgs:
                    span = (own or orgs)[-1]
                    return span.key, "ORG", True
        if head in ("police",):
            police = {s.key for s in self.names if s.type == "ORG" and "police" in
                      s.key.lower()}
            if len(police) == 1:
                return police.pop(), "ORG", True
        shown = ref.key[4:] if ref.key.lower().startswith("the ") else ref.key
        if fold(shown).lower() in _VAGUE:
            return None
        return shown, "ROLE", False

    def _sentence_subject(self, at: int) -> tuple[str, str, bool] | None:
        """Whom a quote without attribution belongs to when its own sentence names someone
        before it (`Reid described herself as “a social drinker”`, `He described it as “…”`)."""
        start = self.flat.starts[self.flat.sentence_at(at)]
        head = self.text[start:at]
        named = [s for s in self.names if start <= s.start < at and s.type in ("PERSON", "ORG")
                 and self._subjectlike(s)]
        pronoun = re.match(r"\s*(?:[A-Z][\w ,]{0,30},\s*)?(he|she)\b", head, re.IGNORECASE)
        if pronoun and (not named or named[0].start > start + pronoun.start(1)):
            return self.resolve(Ref("pronoun", pronoun.group(1).lower(), "",
                                    start + pronoun.start(1), start + pronoun.end(1)))
        if named:
            return named[0].key, named[0].type, True
        return None

    def speak(self, cue: Cue) -> tuple[str, str, bool] | None:
        found = self.resolve(cue.ref)
        if found is not None:
            self.said.append((cue.start, found))
        if found is not None and found[1] != "ROLE":
            self.spoken.append((cue.start, found[0], found[1]))
        return found

    # -- direct quotes ----------------------------------------------------------------------
    def _sentence_bounds(self, at: int) -> tuple[int, int]:
        k = self.flat.sentence_at(at)
        return self.flat.starts[k], self.flat.sentence_end(k)

    def _tail_cue(self, q: Quotation, until: int) -> Cue | None:
        _, end = self._sentence_bounds(q.end)
        stop = min(until, end + 1)
        for cue in self.cues:
            if cue.at >= q.end and cue.start < stop:
                return cue
        return None

    def _head_cue(self, q: Quotation, since: int) -> Cue | None:
        start, _ = self._sentence_bounds(q.start - 1)
        found = None
        for cue in self.cues:
            if cue.until <= q.start and cue.start >= max(start, since):
                found = cue
        return found

    def _attached(self, q: Quotation, tail: Cue | None, head: Cue | None) -> bool:
        """Whether the quotation is set off by its own attribution."""
        if tail is not None and not re.sub(r"[\s,.!?\u201d\"\u2019']", "", self.text[q.end:tail.at]):
            return True
        return head is not None and re.fullmatch(r"[\s,:\u201c\"]*", self.text[
            head.until:q.start]) is not None

    def _is_quote(self, q: Quotation, attached: bool) -> bool:
        if not q.closed and not attached:
            return False  # a mark never closed (`“.kindle`): a slip, not someone's words
        words = self.text[q.start:q.end].split()
        if len(words) >= 3:
            return attached or not _is_title([w.strip(".,!?;:") or w for w in words])
        inner = self.text[q.start:q.end].rstrip()
        return attached and (bool(_PERSONAL.search(inner)) or inner[-1:] in ",.!?")

    def _pure_cue(self, start: int, end: int, cue: Cue | None) -> bool:
        """Whether the words between two quotations are only an attribution (or nothing)."""
        between = self.text[start:end]
        if not re.findall(r"[\w'\u2019-]+", between):
            return True
        if cue is None or not (start <= cue.at and cue.until <= end):
            return False
        rest = self.text[start:cue.at] + " " + self.text[cue.until:end]
        return len(re.findall(r"[\w'\u2019-]+", rest)) <= 3 and "," not in rest.strip(" ,\u201d\"")[:-1]

    def _follows(self, last: _Group, q: Quotation) -> bool:
        """`“A,” he said. “B.”`: a quotation opening the sentence right after the one that
        holds the previous quote's end and attribution goes on with that quote."""
        k = self.flat.sentence_at(q.start)
        if k == 0 or self.text[self.flat.starts[k]:q.start].strip(" \u201c\"'") or \
                q.start - 1 > self.flat.starts[k] + 1:
            return False
        ends_in = self.flat.sentence_at(last.parts[-1].end)
        cue_in = self.flat.sentence_at(last.cue.start) if last.cue is not None else ends_in
        if ends_in != k - 1 or cue_in != k - 1:
            return False
        rest = (last.parts[-1].end, self.flat.sentence_end(k - 1))
        return not any(rest[0] <= c.start < rest[1] and c is not last.cue for c in self.cues) \
            and not any(rest[0] < m.start < rest[1] for m in self.marks)

    def direct(self) -> tuple[list[_Group], set[Cue]]:
        groups: list[_Group] = []
        used: set[Cue] = set()
        previous_end = 0
        for k, q in enumerate(self.marks):
            until = self.marks[k + 1].start if k + 1 < len(self.marks) else len(self.text)
            tail = self._tail_cue(q, until)
            head = self._head_cue(q, previous_end)
            previous_end = q.end
            if not self._is_quote(q, self._attached(q, tail, head)):
                continue
            last = groups[-1] if groups else None
            if last is not None and tail is None and head is None and self._follows(last, q):
                last.parts.append(q)
                continue
            if last is not None and tail is None and last.parts[-1].end <= q.start:
                if self._pure_cue(
                        last.parts[-1].end, q.start, last.cue) and (
                        head is None or head is last.cue):
                    last.parts.append(q)
                    continue
            cue = tail or head
            if cue is not None:
                used.add(cue)
            groups.append(_Group([q], cue))
        return groups, used

    # -- reported speech --------------------------------------------------------------------
    def _forward(self, cue: Cue) -> tuple[int, int] | None:
        """The clause a verb of saying reports: `said (on Thursday) (that) CLAUSE`."""
        _, end = self._sentence_bounds(cue.end)
        rest = self.text[cue.end:end]
        at = cue.end
        that = _THAT.match(rest)
        if that and not _PERSONAL.search(that.group()[:-5]):
            at += that.end()
        elif cue.verb in object_verbs() or cue.verb in ("adding", "noting", "insisting",
                                                          "arguing", "warning"):
            return None
        else:
            if cue.verb in ("told", "tells"):
                named = [s for s in self.names if cue.end < s.start <= cue.end + 2]
                if named:
                    at = named[0].end
                else:
                    listener = re.match(r"\s+(?:the\s+)?[\w-]+", rest)
                    if not listener:
                        return None
                    at += listener.end()
            lead = _TIME_LEAD.match(self.text[at:end])
            if lead:
                at += lead.end()
        clause = self.text[at:end]
        stripped = clause.lstrip()
        if len(re.findall(r"\w+", stripped)) < 2 or stripped[0] in ",:;\u201c\"'\u2018(" or re.match(
                r"(?:to|as|in|by|for|of|about|with|on|at)\b", stripped, re.IGNORECASE):
            return None
        at += len(clause) - len(stripped)
        return at, end

    def _backward(self, cue: Cue) -> tuple[int, int] | None:
        """The clause before a trailing attribution: `CLAUSE, said Kiper.`"""
        start, end = self._sentence_bounds(cue.at)
        before = self.text[start:cue.at].rstrip()
        after = self.text[cue.until:end].strip(" .!?")
        goes_on = cue.verb == "according to" and after.startswith(",")
        if not before.endswith(",") or (len(after.split()) > 4 and not goes_on):
            return None
        clause = before[:-1].rstrip()
        if clause.endswith(("\u201d", '"', "\u2019")):
            return None
        lead = _LEADING.match(clause)
        return start + (lead.end() if lead else 0), start + len(clause)

    def _according_first(self, cue: Cue) -> tuple[int, int] | None:
        start, end = self._sentence_bounds(cue.start)
        if self.text[start:cue.start].strip():
            return None
        comma = self.text.find(",", cue.until, end)
        if comma < 0:
            return None
        return comma + 1 + (len(self.text[comma + 1:end]) - len(self.text[comma + 1:end].lstrip())), end

    def indirect(self, used: set[Cue], groups: list[_Group]) -> list[tuple[Cue, int, int]]:
        out: list[tuple[Cue, int, int]] = []
        taken = [(g.parts[0].start, g.parts[-1].end) for g in groups]
        for cue in self.cues:
            if cue in used or any(s <= cue.start < e for s, e in taken):
                continue
            if cue.verb == "according to":
                span = self._according_first(cue) or self._backward(cue)
            elif cue.inverted:
                span = self._backward(cue)
            else:
                span = self._forward(cue) or self._backward(cue)
            if span is None:
                continue
            start, end = span
            text = self.text[start:end].rstrip(" .")
            if len(text.split()) < 3 or any(start <= q.start < end and self._is_quote(
                    q, False) for q in self.marks):
                continue
            out.append((cue, start, start + len(text)))
            taken.append((min(start, cue.at), max(end, cue.until)))
        return out

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
        resolved = {cue: self.speak(cue) for cue in self.cues}  # in reading order
        groups, used = self.direct()
        out: list[tuple[int, Quote]] = []
        last: tuple[int, tuple[str, str, bool] | None] = (-1, None)
        for group in groups:
            position = group.parts[0].start
            since = self._window(position)
            speaker = resolved.get(group.cue) if group.cue is not None else None
            same_sentence = last[0] >= 0 and self.flat.sentence_at(last[0]) == \
                self.flat.sentence_at(position)
            if group.cue is None and same_sentence:
                speaker = last[1]
            if group.cue is None and speaker is None:
                speaker = self._sentence_subject(position)
            if group.cue is None and speaker is None:
                recent = [(at, key, kind) for at, key, kind in self.spoken
                          if since <= at < position]
                if last[0] >= since and last[1] is not None:
                    speaker = last[1]
                elif recent:
                    speaker = (recent[-1][1], recent[-1][2], True)
            pieces = [_clean(self.text[q.start:q.end]) for q in group.parts]
            spans = [s for q in group.parts for s in self.spans(q.start, q.end)]
            text = " \u2026 ".join(p for p in pieces if p)
            out.append((position, self._quote(text, True, speaker, spans)))
            last = (group.parts[-1].end, speaker)
        for cue, start, end in self.indirect(used, groups):
            speaker = resolved[cue]
            if speaker is None:
                continue
            text = _LEADING.sub("", " ".join(self.text[start:end].split()))
            out.append((start, self._quote(text, False, speaker, self.spans(start, end))))
        return [q for _, q in sorted(out, key=lambda pair: pair[0])]

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


__all__ = ["article_quotes", "speaker_key", "speaker_nouns"]
