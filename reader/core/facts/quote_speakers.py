"""Who a quote's attribution stands for, decided in reading order.

A name is itself. A pronoun (`he said`) goes to the last speaker of its sentence or the ones
before it (this paragraph or the last), else to the first person named there as a subject, so
`Putin told … with envoys Witkoff and Kushner. “…,” he said` is Putin's. A description
(`the Russian president`) goes to the person the article gives that title (`Russian President
Vladimir Putin`); `the government` to the country last named as a subject; an organisation
word (`the ministry`, `the Reuters news agency`) to the organisation it names or was last
named; whatever no name stands for keeps its description (`police`, `a friend of the
actress`), and vague sources (`reports`) credit no one.
"""

from __future__ import annotations

import re

from ..text.normalize import fold
from .places import is_country
from .quote_cues import Cue, Ref, speaker_nouns
from .quote_marks import Layout, Quotation
from .speakers import NameSpan

Who = tuple[str, str, bool]
"""A speaker: name or description, type (`PERSON`, `ORG`, `PLACE` or `ROLE`), named."""
_ORG_NOUNS = frozenset("company firm agency department ministry government newspaper paper daily "
                       "magazine "
                       "network channel team club court group organisation organization "
                       "charity council statement".split())
_STATE_NOUNS = frozenset("government authorities".split())
_SAYS = re.compile(r"['\u2019]s?\s+(?:\w+\s+)?(?:assertion|comments?|remarks?|statement|words|"
                   r"claims?|message|view|argument|warning|words)\b")
_NEXT_WORD = re.compile(r"\s+(?:has\s+|had\s+|was\s+|is\s+|also\s+)?([a-z]+)")
_NOT_VERBS = frozenset("and or of in on at to for with from by as the a an who which that "
                       "but than".split())
_GENERIC_HEADS = frozenset("leader head chief".split())
_VAGUE = frozenset("reports report media local media rumours".split())


class Speakers:
    """The speakers of one article's attributions, resolved as they are met."""

    def __init__(self, flat: Layout, names: list[NameSpan], marks: list[Quotation]) -> None:
        self.flat, self.text, self.names, self.marks = flat, flat.text, names, marks
        self.titles = self._titles()
        self.spoken: list[tuple[int, str, str]] = []  # (offset, key, type) of named speakers
        self.said: list[tuple[int, Who]] = []  # every resolved speaker

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

    def window(self, at: int) -> int:
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
                best = next((s for s in named if self._acts(s)), named[0])
                return best.key, best.type, True
            k -= 1
        nearest = [s for s in self.names if since <= s.start < at and s.type in wanted and not any(
            q.start <= s.start < q.end for q in self.marks)]
        if nearest:
            return nearest[-1].key, nearest[-1].type, True
        earlier = [(key, kind) for pos, key, kind in self.spoken if pos < at and kind in wanted]
        return (earlier[-1][0], earlier[-1][1], True) if earlier else None  # the story's voice

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
        if word == "," and len(before) > 1 and before[-2][:1].islower():
            return False  # `his wife, Michelle`: an apposition to someone else
        return not word[:1].islower() or word in speaker_nouns() or word in ("and", "the")

    def _acts(self, span: NameSpan) -> bool:
        """Whether a verb seems to follow the name (`Obama returned`): the sentence's subject
        more surely than a name in a list or after a comma."""
        after = _NEXT_WORD.match(self.text, span.end, span.end + 30)
        return after is not None and after.group(1) not in _NOT_VERBS

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
            if named:
                return named[0].key, named[0].type, True
            pronoun = re.match(r"\s*(he|she)\b", self.text[start:ref.start], re.IGNORECASE)
            if pronoun:  # `He also defended his plans, and said …`
                return self.resolve(Ref("pronoun", pronoun.group(1).lower(), "", start, start))
            return None
        since = self.window(ref.start)
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
        if " " not in ref.key and ref.key[:1].isupper():  # `said King`: a surname, not a king
            named = [s for s in self.names if s.type == "PERSON" and s.start < ref.start and
                     s.key.split()[-1] == ref.key]
            return (named[-1].key if named else ref.key), "PERSON", True
        shown = ref.key[4:] if ref.key.lower().startswith("the ") else ref.key
        if fold(shown).lower() in _VAGUE:
            return None
        return shown, "ROLE", False

    def sentence_subject(self, at: int) -> tuple[str, str, bool] | None:
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
