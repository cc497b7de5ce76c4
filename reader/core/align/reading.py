"""Reading the sentences of both articles into content terms, with their multipliers.

Each sentence is folded into matching form (typographic variants, accents, number words,
figures, `United States` / `US`), cut into tokens, and each distinct token is read once for the
whole pair (`features` turns words into terms). A number followed by a word is one token
(`12 people`), so the counted thing becomes a role term of its own (`#people`); a two-word event
phrase (`passed away`) is one token too. A word is read as a name when the two articles write
it capitalised and never in lower case. Words inside an attribution clause (`…, police said`,
`X said that`, `according to X`) get the multiplier `WEAK`: two sentences that share only
their speaker are not the same fact. Reading per distinct token keeps the cost of long articles
in C-level string and regex work rather than Python loops over every word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

from ..text.figures import canonical_figures
from ..text.normalize import NUMBER_WORDS, fold_chars, numbers_to_digits, strip_accents
from .features import ATTRIBUTION_VERBS, EVENTS, is_year, parts

_ALIASES = re.compile(
    r"(?P<usa>\b(?:the )?United States(?: of America)?\b|\bU\.S\.(?:A\.)?|\bUSA?\b)"
    r"|(?P<ukgb>\b(?:the )?United Kingdom\b|\bU\.K\.|\bUK\b|\bBritain\b)"
    r"|(?P<unorg>\b(?:the )?United Nations\b|\bU\.N\.|\bUN\b)"
    r"|(?P<euorg>\b(?:the )?European Union\b|\bEU\b)"
    r"|(?P<percent>\b(?i:per ?cent)\b)"
)
_ALIAS_TERMS = {"usa": " usa ", "ukgb": " ukgb ", "unorg": " unorg ", "euorg": " euorg ",
                "percent": " % "}
_ALIAS_HINT = re.compile(r"United|U\.|US|UK|UN|EU|Britain|European|cent")
_NUMBER = r"\d+(?:-\d+)+\b|\d+(?:[.,]\d+)*(?:(?:-[^\W\d_]+)+|m|bn|k)?"
_WORD = r"[^\W\d_]+(?:['-][^\W\d_]+)*"
_COUNT_WORDS = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if v > 1), key=len, reverse=True))
_PHRASES = sorted((p for p in EVENTS if " " in p), key=len, reverse=True)
_TOKEN = re.compile(rf"(?:{_NUMBER})(?: {_WORD})?|t\d{{4}}\b|{_WORD}|%")  # `12 people` is one
_WORDY_STARTS = frozenset(_COUNT_WORDS.split("|")) | {p.split()[0] for p in _PHRASES}
_INITIALS = "".join(sorted({w[0] for w in _WORDY_STARTS} | {w[0].upper() for w in _WORDY_STARTS}))
_WORDY_TOKEN = re.compile(  # also `three times` and `passed away`: slower, used where needed
    rf"\b(?=[{_INITIALS}])(?:(?i:(?:{'|'.join(map(re.escape, _PHRASES))})\b)"
    rf"|(?i:(?:{_COUNT_WORDS})) {_WORD})|{_TOKEN.pattern}"
)
"""The initial letters first rule out most words before the phrase and count-word alternatives
are tried one by one."""
_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
_SPEECH = re.compile(rf"\b(?:{_VERBS})\b|\b(?:according to|quoted by|cited by)\b", re.IGNORECASE)
_SPEECH_WORDS = ATTRIBUTION_VERBS | {"according", "quoted", "cited"}
_CLAUSE_MARKS = ",;:\"'"
_AFTER_SPEECH = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+\w+)?(?:\s+that)?\s")
_CLAUSE_END = re.compile(r"[,;:.!?]")
_ARTICLE = re.compile(r"(?i)(?<=\s)(?:a|an|the)\s")
_LINKING = frozenset({"of", "in", "from", "at", "on", "by", "for", "with", "to"})
"""Before these an article goes on naming the source (`according to a report in the Times`)."""
_SAYING = frozenset({"said", "says", "told", "tells", "added", "stated"})
"""Verbs that report speech whatever follows; the others (`announced`, `confirmed`) report
speech at the start of a sentence only before `that` or a colon."""
_REPORTED = re.compile(r"(?:\s+[\w.]+){0,3}?\s+that\b|\s*[:\"]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_TAIL = re.compile(r"[^,;:!?\"]{0,90}?[.!?\"']*\s*$")
"""After a verb that always reports speech, what may end an attribution clause: up to 90
characters without a clause mark (`…, he said in remarks to reporters at the town hall on
Thursday.`)."""
_QUIET_TAIL = re.compile(
    r"(?:\s+(?:on|in|to|at|by|late|early|this|last|yesterday|today|tonight|earlier|later)\b"
    r"[^,;:!?\"]{0,40}?)?[.!?\"']*\s*$", re.IGNORECASE)
"""After a verb that reports speech only sometimes (`confirmed`, `claimed`), what may end an
attribution clause: nothing, or a time or a channel (`, police confirmed on Friday.`, `, the
company announced in a statement.`); `, a dozen confirmed dead` and `, which claimed 12 lives`
are facts."""
WEAK = 0.25
"""Multiplier of words inside an attribution: the speaker is not the fact."""
_DIGITS = frozenset("0123456789")


def folded(text: str) -> str:
    """Text in matching form: typographic variants, accents, number words, figures, aliases."""
    out = canonical_figures(numbers_to_digits(strip_accents(fold_chars(text, spaces=False))))
    if _ALIAS_HINT.search(out):
        out = _ALIASES.sub(_alias, out)
    return out


def _alias(match: re.Match[str]) -> str:
    return _ALIAS_TERMS[match.lastgroup or ""]


def _source_end(text: str, start: int, stop: int) -> int:
    """Where the source named after `according to` ends: at the clause mark, or earlier where
    an article opens a new phrase (`According to Woodburn police an officer arrived ...`: the
    officer's arrival is the news, not the source); the source's own first word may be one
    (`according to the police`), and so may a word after `of`, `in` or `from`."""
    for m in _ARTICLE.finditer(text, start + 1, stop):
        before = text[start:m.start()].split()
        if before and before[-1].lower() not in _LINKING:
            return m.start()
    return stop


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of attribution clauses in folded text: `…, X said.` at the end, `X said
    (that)` at the start, `according to X` anywhere; `was announced as` is no attribution."""
    spans = []
    for m in _SPEECH.finditer(text):
        start, end = m.span()
        if m.group()[0] in "aAqQcC" and " " in m.group():  # according to / quoted by / cited by
            stop = _CLAUSE_END.search(text, end)
            spans.append((start, _source_end(text, end, stop.start() if stop else len(text))))
            continue
        if _PASSIVE.search(text, 0, start):
            continue
        clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
        tail = _TAIL if m.group().lower() in _SAYING else _QUIET_TAIL
        if clause > 0 and start - clause <= 80 and tail.match(text, end):
            spans.append((clause, len(text)))
        elif clause == 0 and start <= 60 and not _CLAUSE_END.search(text, 0, start):
            if m.group().lower() not in _SAYING and not _REPORTED.match(text, end):
                continue  # `X announced major changes`: the announcement is the news
            after = _AFTER_SPEECH.match(text, end)
            spans.append((0, after.end() if after else end))
    return spans


def _word(raw: str) -> str:
    """A word in matching form: lower case, a possessive `'s` off."""
    word = raw.lower()
    return word[:-2] if word[-2:] == "'s" else word


def _names(lowered: dict[str, str]) -> frozenset[str]:
    """Words written capitalised and never in lower case anywhere in the two articles: names
    (a capital at the start of a sentence says nothing, but a word that is never written in
    lower case loses no match by being read as a name). `lowered` maps tokens to their words."""
    upper: set[str] = set()
    lower: set[str] = set()
    for token, word in lowered.items():
        if " " in token:
            for raw in token.split(" "):
                (upper if raw[0].isupper() else lower).add(_word(raw))
        else:
            (upper if token[0].isupper() else lower).add(word)
    return frozenset(upper - lower)


def _token_terms(token: str, names: frozenset[str]) -> tuple[str, ...]:
    """The terms of one token; a number with the word it counts adds that word's role term."""
    if " " not in token:
        word = _word(token)
        return parts(word, word in names)
    first, second = token.split(" ", 1)
    head, word = _word(first), _word(second)
    phrase = EVENTS.get(f"{head} {word}")
    if phrase is not None:  # `passed away`: the event, and the second word as itself
        return (phrase, *parts(word, word in names))
    number, counted = parts(head, False), parts(word, word in names)
    out = list(number + counted)
    if counted and counted[0][0].isalpha():
        out += ["#" + counted[0] for term in number if term[0] in _DIGITS and not is_year(term)]
    return tuple(dict.fromkeys(out))


def _weighted(text: str, pattern: re.Pattern[str], get: Callable[[str], tuple[str, ...]],
              spans: list[tuple[int, int]]) -> dict[str, float]:
    """Terms of a sentence with an attribution: words starting inside it count `WEAK` (a term
    also used outside counts fully)."""
    weak: list[str] = []
    strong: list[str] = []
    for m in pattern.finditer(text):
        at = m.start()
        for start, end in spans:
            if start <= at < end:
                weak.append(m.group())
                break
        else:
            strong.append(m.group())
    out = dict.fromkeys(chain.from_iterable(map(get, weak)), WEAK)
    out.update(dict.fromkeys(chain.from_iterable(map(get, strong)), 1.0))
    return out


def read(a: Sequence[str], b: Sequence[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Content terms of every sentence of A and of B, each with its multiplier (1 or `WEAK`).

    Tokens are read once per distinct token; only sentences holding a number word or an event
    phrase are cut again with the slower pattern, and only those holding a verb of saying are
    searched for attributions.
    """
    texts = [folded(s) for s in chain(a, b)]
    found = list(map(_TOKEN.findall, texts))
    distinct = set(chain.from_iterable(found))
    lowered = {token: _word(token) for token in distinct}
    wordy = {token for token, word in lowered.items() if word in _WORDY_STARTS}
    patterns = [_TOKEN] * len(texts)
    if wordy:
        for k, tokens in enumerate(found):
            if not wordy.isdisjoint(tokens):
                patterns[k] = _WORDY_TOKEN
                found[k] = _WORDY_TOKEN.findall(texts[k])
                lowered.update((t, _word(t)) for t in found[k] if t not in lowered)
    names = _names(lowered)
    terms_of = {token: parts(word, word in names) if " " not in token
                else _token_terms(token, names) for token, word in lowered.items()}
    speech = {token for token, word in lowered.items() if word.rsplit(" ", 1)[-1] in _SPEECH_WORDS}
    get = terms_of.__getitem__
    out: list[dict[str, float]] = []
    for text, tokens, pattern in zip(texts, found, patterns):
        spans = None if speech.isdisjoint(tokens) else attribution_spans(text)
        if spans:
            out.append(_weighted(text, pattern, get, spans))
        else:
            out.append(dict.fromkeys(chain.from_iterable(map(get, tokens)), 1.0))
    return out[:len(a)], out[len(a):]
