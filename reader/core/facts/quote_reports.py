"""Reported speech: the clause a verb of saying reports, when its speaker is clear.

`Putin told India Today TV that he planned …` reports what follows the verb (after `that`, a
listener or a time: `said on Thursday that`); `…, according to Vilkul.` and `…, said Kiper.`
report what comes before them; `According to Vilkul, …` what follows its comma. Verbs that
also take a plain object (`noted the role of`) report only after `that`; directives (`told
residents to stay`) report nothing. A report whose clause holds a quotation that is someone's
words is left to that quotation; a report inside another is part of it. A report in a relative
clause (`Kiper, who said he felt dizzy, resumed`) ends with the clause; a report that a colon
joins to a quotation (`said the heat made him dizzy: “…”`) is read beside the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .quote_cues import Cue
from .quote_index import Covered, SpanIndex
from .quote_marks import Layout, Quotation
from .quote_verbs import PARTICIPLES, object_verbs, speaker_nouns, speech_verbs

_PERSONAL = re.compile(r"\b(?:i|we|you|he|she|they|it|me|us|my|our)\b", re.IGNORECASE)
_THAT = re.compile(r"^(?:,\s*[a-z]+,)?(?:[^\n.!?,;:\u201c\"]{0,36}?\s)?that\s", re.IGNORECASE)
"""`said (on Thursday) that`, `stress, however, that`: where the reported clause begins."""
_FINITE = re.compile(r"^(?:(?!\b(?:who|which|whose)\b)[^\u201c\"])*?\b(?:would|will|was|were|is|"
                     r"are|had|has|have|could|should|can|may|might|must|did|does)\b", re.IGNORECASE)
"""`said Kiper, head of the coalition, an alliance of …` describes the speaker; `added Kiper,
the licence would …` goes on with what was said (a verb before any `who`)."""
_LATER_THAT = re.compile(r"^\s+(?:after|before|when|while|during|following|in|at|on)\s"
                         r"[^\n.!?;:\u201c\"]{0,90}?\sthat\s(?!(?:was|were|is|are|had|has)\b)",
                         re.IGNORECASE)
"""`said after the team was knocked out that …`: a time or occasion before `that`."""
_SUBJECT = re.compile(r"^\s+(?:he|she|they|we|i)\s+[a-z]", re.IGNORECASE)
"""`acknowledged he gave`, `adding she would`: a clause with a pronoun subject and no `that`."""
_DESCRIBED = re.compile(r",\s*((?:[\w.'\u2019-]+\s+){0,4}[\w.'\u2019-]+)$")
"""`…, council spokesman Kiper said`: the description between the clause and the name."""
_TIME_LEAD = re.compile(r"^\s*(?:(?:on|late|early|earlier|last|this|in|during)\s+)*"
                        r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"today|yesterday|week|month|year|night|morning|evening|afternoon|"
                        r"a statement|an interview|a post|a video)\b(?!['\u2019])[ ,]*)+", re.IGNORECASE)
"""`said on Thursday`, not `said Thursday's actions`: the day is then the clause's subject."""
_RELATIVE = re.compile(r",\s*who\s+(?:[a-z]+\s+)?$")
"""`Dancevic, who (also) said`: a report inside a relative clause."""
_COLON_QUOTE = re.compile(":\\s*[\u201c\"\u2018']")
"""A colon and the quotation it opens."""
_THE_END = re.compile(r"\s+the$", re.IGNORECASE)
_TOLD_ENDS = re.compile(r"\s+--\s|\s[\u2014\u2013]\s|,\s+(?:and|but)\s+"
                        r"(?:he|she|it|they|there)\s+(?!(?:said|says|added|told)\b)")
"""Where what was reported ends and the writer goes on: an aside after a dash (`-- easily
the biggest protest`), a new clause with its own subject (`, and she had to be helped from
the court`)."""
_NO_SUBJECT = re.compile(r"(?:would|will|was|were|is|are|could|should|had|has|have|can|may|"
                         r"might|must)\b")
"""`proposals that they said would stamp out unfairness`: a clause whose subject stands before
the verb of saying, in a relative clause; not a report of its own."""
_AND_VERB = re.compile(r",\s+and\s+([a-z]+ed)\b")
"""`, and pleaded`: a verb after `and` with no subject of its own, the speaker's."""
_MANNER = re.compile(r",\s+[a-z]+ing\s")
"""`…, she admits, reading me a poem`: how the speaker said it, after the attribution."""
_WORDS = re.compile(r"\w+")
_LISTENER = re.compile(r"^(?:to\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*)*")
"""`…, her rep confirmed to People and Us Weekly`: the outlets or people told, names only."""


def goes_on_clause(rest: str) -> bool:
    """Whether what follows a listener goes on with words of its own beyond a time
    (`on Friday`), so the attribution is not at the sentence's end."""
    return len(rest.split()) > 3 or rest.lstrip().startswith(",")
LEADING = re.compile(r"^(?:but|and|so)\s+", re.IGNORECASE)
"""A report's leading `But` or `And` is the writer's, not the speaker's."""


class ReportsMixin:
    """Reported speech of an article read as one flat text (see `quotes._Reader`)."""

    flat: Layout
    text: str
    name_spans: SpanIndex
    marks: list[Quotation]
    cues: list[Cue]
    """In reading order."""

    def _sentence_bounds(self, at: int) -> tuple[int, int]:
        k = self.flat.sentence_at(at)
        return self.flat.starts[k], self.flat.sentence_end(k)

    def _is_quote(self, q: Quotation, attached: bool) -> bool:
        raise NotImplementedError

    def _forward(self, cue: Cue, stop: int = -1) -> tuple[int, int] | None:
        """The clause a verb of saying reports: `said (on Thursday) (that) CLAUSE`, to the
        end of the sentence or `stop`; in a relative clause (`Dancevic, who said he felt
        dizzy, resumed`) to its closing comma."""
        _, end = self._sentence_bounds(cue.end)
        if stop >= 0:
            end = min(end, stop)
        elif _RELATIVE.search(self.text, max(0, cue.start - 20), cue.start):
            comma = self.text.find(",", cue.end, end)
            end = comma if comma >= 0 else end
        rest = self.text[cue.end:end]
        at = cue.end
        that = _THAT.match(rest) or _LATER_THAT.match(rest)
        if that and not _PERSONAL.search(that.group()[:-5]):
            at += that.end()
        elif _SUBJECT.match(rest) and cue.verb not in ("told", "tells"):
            pass  # the pronoun opens the clause
        elif cue.verb in object_verbs() or cue.verb in PARTICIPLES:
            return None
        else:
            if cue.verb in ("told", "tells"):
                named = self.name_spans.between(cue.end + 1, cue.end + 3)
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
        if len(_WORDS.findall(stripped)) < 2 or stripped[0] in ",:;\u201c\"'\u2018(" or re.match(
                r"(?:to|as|in|by|for|of|about|with|on|at)\b", stripped, re.IGNORECASE) or \
                _NO_SUBJECT.match(stripped):
            return None
        at += len(clause) - len(stripped)
        return at, end

    def _before_colon(self, cue: Cue) -> tuple[int, int] | None:
        """`He also said the heat had caused him to hallucinate: “I was dizzy …”`: the
        clause a verb reports before the quotation it introduces."""
        _, end = self._sentence_bounds(cue.end)
        colon = _COLON_QUOTE.search(self.text, cue.until, min(len(self.text), end + 3))
        # (the quotation may open the next paragraph: `says his group will sue:` at a line's end)
        return self._forward(cue, colon.start()) if colon else None

    def _backward(self, cue: Cue) -> tuple[int, int] | None:
        """The clause before a trailing attribution: `CLAUSE, said Kiper.`"""
        start, end = self._sentence_bounds(cue.at)
        before = _THE_END.sub("", self.text[start:cue.at].rstrip())  # `…, the BBC reported`
        described = _DESCRIBED.search(before) if cue.ref.kind == "name" and not cue.inverted \
            else None
        if described and described.group(1).split()[-1].lower() in speaker_nouns():
            before = before[:described.start() + 1]  # `…, NCAA spokesman Kiper said`
        after = self.text[cue.until:end].strip(" .!?")
        listener = _LISTENER.match(after)
        if listener and not goes_on_clause(after[listener.end():]):  # `told People and Us
            after = after[listener.end():]                            # Weekly on Friday`
        goes_on = (cue.verb == "according to" or cue.inverted and cue.ref.kind == "name" and
                   not _FINITE.search(after)) and after.startswith(",")
        if not before.endswith(",") or (not goes_on and (len(after.split()) > 4 or
                                                          after.startswith(",")) and
                                        not _MANNER.match(after)):
            return None
        clause = before[:-1].rstrip()
        if clause.endswith(("\u201d", '"', "\u2019")):
            return None
        lead = LEADING.match(clause)
        return start + (lead.end() if lead else 0), start + len(clause)

    def _aside(self, cue: Cue) -> tuple[int, int] | None:
        """The clause around an attribution set between commas: `Instantly, he says, his sense
        of invincibility was shattered.`"""
        start, end = self._sentence_bounds(cue.at)
        before = self.text[start:cue.at].rstrip()
        after = self.text[cue.until:end]
        if not before.endswith(",") or not after.startswith(","):
            return None
        head = before[:-1].strip()
        if len(head.split()) > 3:  # `In fact, Howard said, the jurors …`: the lead is its own
            return None
        rest = after[1:]
        return cue.until + 1 + len(rest) - len(rest.lstrip()), end

    def _according_first(self, cue: Cue) -> tuple[int, int] | None:
        start, end = self._sentence_bounds(cue.start)
        if self.text[start:cue.start].strip():
            return None
        comma = self.text.find(",", cue.until, end)
        if comma < 0:
            return None
        return comma + 1 + (len(self.text[comma + 1:end]) - len(self.text[comma + 1:end].lstrip())), end

    def indirect(self, used: set[Cue], taken: list[tuple[int, int]]) -> list[tuple[Cue, int, int]]:
        """The reports of the cues not `used` by a direct quote, outside the `taken` ranges
        (the direct quotes) and the reports found before."""
        out: list[tuple[Cue, int, int]] = []
        covered = Covered(taken)
        marks = sorted(self.marks, key=lambda q: q.start)
        mark_starts = [q.start for q in marks]
        reach = -1  # where the reports found so far end: each starts before any later cue
        for cue in self.cues:
            if cue.start in covered or cue.start < reach:
                continue
            if cue in used:
                span = self._before_colon(cue) if not cue.inverted else None
            elif cue.verb == "according to":
                span = self._according_first(cue) or self._backward(cue)
            elif cue.inverted:
                span = self._backward(cue)
            elif cue.verb in ("told", "tells"):  # `CLAUSE, her rep told People on Friday`:
                # the clause before, not the listener's name after
                span = self._backward(cue) or self._forward(cue) or self._aside(cue)
            else:
                span = self._forward(cue) or self._backward(cue) or self._aside(cue)
            if span is None:
                continue
            start, end = span
            told = _TOLD_ENDS.search(self.text, start, end)
            stop = told.start() if told else end
            after_again = end
            for again in _AND_VERB.finditer(self.text, start, stop):
                if again.group(1).lower() in speech_verbs():  # `…, and pleaded for privacy`:
                    stop = after_again = again.start()        # the speaker's next act
                    break
            text = self.text[start:stop].rstrip(" .:")
            inside = marks[bisect_left(mark_starts, start):bisect_left(mark_starts, end)]
            if len(text.split()) < 3 or any(self._is_quote(q, False) for q in inside):
                continue
            out.append((cue, start, start + len(text)))
            reach = max(reach, after_again, cue.until)  # from min(start, cue.at), at most this cue
        return out
