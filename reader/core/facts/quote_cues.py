"""Attributions in running text: a verb of saying and who it credits.

A cue is a verb of saying (`said`, `told`, `added`…, `according to`, `was quoted as saying`)
with the words that name its speaker: a name the entity index found (`Putin said`, `said
Kiper`, `said the head of the regional administration, Oleh Kiper`), a pronoun (`he said`),
or a description (`the Russian president said`, `police said`, `a friend of the actress
said`). Who a pronoun or a description stands for is decided later, in reading order
(`quotes`). Verbs of saying that report nothing (`refused to say`, `did not say`, `was said
to`) are no cues.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .quote_index import SpanIndex, stripped_end
from .quote_verbs import adverbs, speaker_nouns, speech_verbs, verbs_in

PRONOUNS = frozenset("he she they it we i".split())
_DETERMINERS = frozenset("the a an his her their its our one another this that".split())
_NEGATION = re.compile(r"(?:\bnot|n['\u2019]t|\bnever|\bdeclined to|\brefused to|\bto)\s+$",
                       re.IGNORECASE)
_STOPS = frozenset("in at on from after before with by for to and but while as since when where "
                   "which who whom whose that than if because during".split())
_LINKS = _STOPS | {"of", "under", "over", "about"}
"""Words that tie a name to a description of someone else (`head of …`, `under Governor`)."""
_COMMA = re.compile(r",(?!\d)")
_OWNER = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s")
"""`Tomas Kiper's lawyer`: a role someone holds for the one named first."""
_PARENTHESIS = re.compile(r"(?<=\w)\s*\([^()\n\u201c\u201d\"]{1,30}\)$")
_TITLE_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
"""Lower-case words between two names (`Oscar producer Laurence Mark`): the second is the
speaker, the first tells what of."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*|\d[\w.,]*")
_TO_LAST_BREAK = re.compile("(?s).*[.!?;:\n\u201c\u201d\"()]")
"""Everything up to the last sentence or clause break."""
_TO_LAST_SENTENCE = re.compile(r"(?s).*(?:[.!?][\u201d\"']?\s|\n)")
"""Everything up to the last sentence break."""


@dataclass(frozen=True)
class Ref:
    """The words a cue credits: `kind` is `name` (key: the entity), `pronoun` (key: the
    pronoun), `role` (key: the description as written) or `same` (`adding that`: whoever
    spoke last in the sentence); flat offsets of those words."""

    kind: str
    key: str
    type: str
    start: int
    end: int
    definite: bool = True


@dataclass(frozen=True, eq=False)
class Cue:
    """A verb of saying at [start, end) of the flat text and whom it credits. `inverted`: the
    speaker follows the verb (`said Kiper`, `according to Vilkul`); `at`/`until` bound all
    the cue's words (speaker, verb, listener). One per verb of the text, so compared by
    identity (cheaper than comparing every field when cues key a dict or a set)."""

    start: int
    end: int
    verb: str
    ref: Ref
    inverted: bool
    at: int
    until: int


def _words_back(text: str, end: int, limit: int) -> list[re.Match[str]]:
    """The last `limit` words before `end`, stopping at a sentence or clause break."""
    base = max(0, end - 160)
    last = _TO_LAST_BREAK.match(text, base, end)
    found = list(_WORD.finditer(text, last.end() if last else base, end))
    return found[-limit:]


def _skip_back(text: str, at: int) -> int:
    """Back over the adverbs that may stand between a speaker and the verb."""
    while True:
        words = _words_back(text, at, 1)
        if not words or words[0].group().lower() not in adverbs() or \
                text[words[0].end():at].strip():
            return at
        at = words[0].start()


def _owner_start(lowered: list[str], k: int) -> int:
    """Where the owner of a possessive at `k` begins: at a determiner up to three words
    before it with only plain words between (`the movie star's`), else at `k`."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if lowered[j] in _DETERMINERS:
            return j
        if lowered[j] in _STOPS or lowered[j] in speech_verbs() or lowered[j] in adverbs() \
                or lowered[j].endswith(("'s", "\u2019s")):
            break
    return k


def _role_before(text: str, at: int, spans: SpanIndex) -> Ref | None:
    """`the Russian president`, `Ukraine's army chief`, `police`, `a friend of the actress`
    ending at `at`."""
    words = _words_back(text, at, 7)
    if not words or text[words[-1].end():at].strip():
        return None
    lowered = [w.group().lower().rstrip(".") for w in words]
    nouns = speaker_nouns()
    head = lowered[-1] if lowered[-1] in nouns or lowered[-1][:-1] not in nouns else \
        lowered[-1][:-1]  # `leaders`, `lawyers`
    if head not in nouns and not (len(lowered) > 1 and lowered[-2] in nouns and head.endswith(
            ("man", "woman"))):
        # `a friend of the actress`: the head noun before `of`
        if "of" not in lowered:
            return None
        k = len(lowered) - 1 - lowered[::-1].index("of")
        if k == 0 or lowered[k - 1] not in nouns:
            return None
    first = len(words) - 1
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        low = lowered[k]
        if low in _DETERMINERS or word.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            first = k
            if k > 0 and lowered[k - 1] == "of":
                continue  # `a friend of the actress`
            if low not in _DETERMINERS:  # `the American Pie star's rep`: the owner's words
                first = _owner_start(lowered, k)
            break
        if low in _STOPS and k < len(words) - 1:
            first = k + 1
            break
        if k < len(words) - 1 and (low in speech_verbs() or low in adverbs()):
            first = k + 1
            break
        first = k
    start = words[first].start()
    described = text[start:at]
    det = words[first].group().lower()
    definite = det not in ("a", "an", "one", "another")
    if det in ("a", "an") and len(words) - first == 1:
        return None
    joined = re.search(r"\band\s+$", text[max(0, start - 6):start])
    if joined:  # `Howard and some state leaders said`: the one named
        name = spans.ending(start - len(joined.group()), text)
        if name is not None:
            return Ref("name", name.key, name.type, name.start, name.end)
    return Ref("role", described, "", start, at, definite)


def _subject(text: str, verb_start: int, spans: SpanIndex) -> Ref | None:
    """Who stands before the verb: `Putin said`, `Ushakov had earlier said`, `he added`,
    `the mayor said`, `Vilkul, the city's mayor, said`."""
    at = _skip_back(text, verb_start)
    base = max(0, at - 300)
    before = text[base:at].rstrip()
    aside = _PARENTHESIS.search(before) if before.endswith(")") else None
    if aside:  # `Sen. Edith Vane (D-Mass.) said`: the party, age or place in brackets
        before = before[:aside.start()]
    end = base + len(before)
    if before.endswith(","):  # an apposition or a relative clause between commas
        opening = max(0, end - 260)  # (`Dancevic, who collapsed during … a minute, said`)
        last = _TO_LAST_SENTENCE.match(text, opening, end)
        if last:  # (the commas of this sentence only)
            opening = last.end()
        appositive = spans.ending(end - 1, text)
        lead = text.rfind(",", opening, appositive.start) if appositive is not None else -1
        if appositive is not None and appositive.type == "PERSON" and lead >= 0 and not \
                _LINKS.intersection(text[lead:appositive.start].lower().split()):
            # `The group's spokesman, Jens Eschenbecher, told`: the one named
            return Ref("name", appositive.key, appositive.type, appositive.start, appositive.end)
        commas = [m.start() for m in _COMMA.finditer(text, opening, end - 1)]
        for comma in reversed(commas):
            if re.search("[\"\u201c\u201d]", text[comma + 1:end - 1]):
                break
            name = spans.ending(comma, text)
            if name is not None and name.type != "PLACE":
                return Ref("name", name.key, name.type, name.start, name.end)
        if commas and not re.search("[\"\u201c\u201d]", text[commas[-1] + 1:end - 1]):
            return _role_before(text, commas[-1], spans)  # `The two jurors, who …, said`
        return None
    # (`before` ends in no space: only a last word can be `and` or `who`, tested first)
    if before.endswith("and") and re.search(r"\band\s*$", before):
        return Ref("same", "", "", verb_start, verb_start)  # `Obama referred to … and said`
    who = re.search(r",?\s*\bwho\s*$", before) if before.endswith("who") else None
    if who:  # `Nick Rahall, who said he would …`
        name = spans.ending(base + who.start(), text)
        if name is not None and name.type != "PLACE":
            return Ref("name", name.key, name.type, name.start, name.end)
        return None
    name = spans.ending(end, text)
    if name is not None:
        return Ref("name", name.key, name.type, name.start, name.end)
    words = _words_back(text, end, 1)
    pronoun = re.sub(r"['\u2019](?:ve|d|ll|s|re)$", "", words[0].group().lower()) if words else ""
    if words and words[0].end() == end and pronoun in PRONOUNS:
        return Ref("pronoun", pronoun, "", words[0].start(), end)
    return _role_before(text, end, spans)


def _inverted(text: str, verb_end: int, spans: SpanIndex, limit: int = -1) -> Ref | None:
    """Who follows the verb: `said Kiper`, `said the head of the regional administration,
    Oleh Kiper`, `according to city administration head Oleksandr Vilkul`, `said police`."""
    stop = len(text) if limit < 0 else limit
    for sign in "!?;\n\u201c\"" if limit >= 0 else ".!?;\n\u201c\"":
        found = text.find(sign, verb_end)
        if found >= 0:
            stop = min(stop, found)
    tail = text[verb_end:stop]
    if not _WORD.search(tail):
        return None
    inside = [s for s in spans.between(verb_end, stop + 1) if s.end <= stop and s.type != "PLACE"]
    lead = _WORD.search(tail)
    apposition = lead is not None and (lead.group().lower() in _DETERMINERS or bool(
        _OWNER.match(tail)))  # `said Kiper's lawyer, Edith Vane`: the lawyer speaks
    comma = tail.find(",")
    if apposition and comma >= 0:  # `said the head of the administration, Oleh Kiper`
        second = tail.find(",", comma + 1)
        segment_end = verb_end + (second if second >= 0 else len(tail))
    else:
        segment_end = verb_end + (comma if comma >= 0 else len(tail))
    near = [s for s in inside if s.end <= segment_end]
    if near:
        people = [s for s in near if s.type == "PERSON"]
        span = (people[-1] if apposition else people[0]) if people else near[0]
        later = [s for s in people if s.start > span.end and _TITLE_BETWEEN.fullmatch(
            text, span.end, s.start)]
        if later:  # `said Oscar producer Laurence Mark`: the first name is the title's
            span = later[0]
        if apposition and not people and text[verb_end:span.start].split()[1:] and not \
                re.search(r"\b(?:from|by)\s+(?:the\s+)?(?:\w+\s+){0,3}$", text[verb_end:span.start]):
            return _role_after(text, verb_end, stop)  # `the head of Acme, …`
        return Ref("name", span.key, span.type, span.start, span.end)
    return _role_after(text, verb_end, stop)


def _role_after(text: str, verb_end: int, stop: int) -> Ref | None:
    found = list(_WORD.finditer(text, verb_end, stop))[:7]
    nouns = speaker_nouns()
    for k, word in enumerate(found):
        low = word.group().lower().rstrip(".")
        if low in nouns:
            start = found[0].start()
            det = found[0].group().lower()
            if det not in _DETERMINERS and k > 0 and not found[0].group()[:1].islower() and \
                    not det.endswith(("'s", "\u2019s")):
                return None
            stop_at = word.start() + len(word.group().rstrip("."))
            source = re.match(r"\s+(?:from|by)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}[A-Z][\w'\u2019-]*",
                              text[stop_at:stop])
            if source:  # `a report from the Copenhagen hospital Rigshospitalet`
                stop_at += source.end()
            return Ref("role", text[start:stop_at], "", start, stop_at, det not in ("a", "an"))
        if low in ("that", "who", "which", "in", "on", "at", "to"):
            return None
    return None


def cues(text: str, spans: SpanIndex, ends: Sequence[int] = ()) -> list[Cue]:
    """Every attribution in the flat text, in order; `spans` are the names at flat offsets,
    `ends` where each sentence ends (so `Rep.` or `J.` does not end a speaker's name)."""
    out: list[Cue] = []
    for verb, start, end in verbs_in(text):
        at = bisect_left(ends, end)
        limit = ends[at] if at < len(ends) else -1
        if _NEGATION.search(text[max(0, start - 20):start]):
            continue
        after = text[end:end + 12].lower()
        if after.startswith((" to ", " to be")) and verb in ("said", "says"):
            continue  # `was said to be`
        if verb.endswith("ing"):  # `…, adding that …`: the sentence's speaker goes on
            out.append(Cue(start, end, verb, Ref("same", "", "", start, start), False, start, end))
            continue
        if verb == "according to":
            ref = _inverted(text, end, spans, limit)
            if ref is not None:
                out.append(Cue(start, end, verb, ref, True, start, ref.end))
            continue
        if verb == "quoted":  # `Tass quoted Putin as saying`: the one quoted speaks
            passive = re.search(r"\b(?:was|were|is|are|been)\s+$", text[max(0, start - 8):start])
            ref = _subject(text, start - len(passive.group()), spans) if passive else \
                _inverted(text, end, spans, limit)
            saying = text.find("as saying", end) + len("as saying")
            if ref is not None:
                out.append(Cue(start, saying, "quoted", ref, not passive, min(start, ref.start),
                               saying))
            continue
        ref = _subject(text, start, spans)
        inverted = False
        if ref is None:
            lead = stripped_end(text, start)  # what stands before the verb
            if not lead or text[lead - 1] in (",", "\u201d", '"', "\u2019", "\n") or \
                    text[lead - 1] == "\u201c" and text[lead - 2:lead - 1] == " ":
                # (`he delivers, “said Sid Ganis`: a closing mark typed as an opening one)
                ref = _inverted(text, end, spans, limit)
                inverted = True
        if ref is None:
            continue
        at = ref.start if not inverted else start
        until = end if not inverted else ref.end
        out.append(Cue(start, end, verb, ref, inverted, min(at, start), max(until, end)))
    return out
