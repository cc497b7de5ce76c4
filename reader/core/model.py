"""Plain data that flows from loading to rendering.

Every stage of the engine takes and returns these frozen dataclasses, so the command line,
the JSON output and the app all read the same values and nothing is recomputed for display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FurnitureKind = Literal[
    "caption", "credit", "section", "byline", "dateline", "timestamp", "related", "boilerplate",
    "standfirst", "duplicate", "tags", "prompt", "disclaimer",
]
DiffOp = Literal["=", "-", "+"]
SourceKind = Literal["text", "markdown"]
DiscrepancyKind = Literal["number", "qualifier", "date", "place", "person", "attribution"]
Severity = Literal["conflict", "precision", "attribution"]


@dataclass(frozen=True)
class Source:
    """Raw text of one article and where it came from."""

    name: str
    text: str
    kind: SourceKind = "text"
    url: str | None = None
    title: str | None = None  # from page metadata, when the text itself has no headline
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    warnings: tuple[str, ...] = ()
    """Doubts about how it was read (an encoding that was only a guess), one line each."""

    @property
    def digest(self) -> str:
        """Content hash that identifies the article independently of its file name."""
        import hashlib  # only bookmarks need it, and they load after the first frame

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Removed:
    """A paragraph judged to be page furniture rather than article content.

    Kept so the user can see what was left out and why; never aligned, never counted.
    """

    text: str
    kind: FurnitureKind
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """A content paragraph: its index in the source and whether it reads as a subheading."""

    index: int
    text: str
    heading: bool


@dataclass(frozen=True)
class Sentence:
    """One unit of reading: a sentence, a multi-sentence quote, or a subheading.

    `text` is the original text for display; matching uses normalised forms computed elsewhere.
    """

    index: int
    text: str
    paragraph: int
    heading: bool = False


@dataclass(frozen=True)
class Article:
    """A cleaned article: its content sentences and what was removed from around them."""

    source: str
    title: str | None
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]
    paragraphs: int
    digest: str = ""
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    warnings: tuple[str, ...] = ()

    def passage(self, ids: tuple[int, ...]) -> str:
        """The text of some of its sentences, joined as one passage."""
        return " ".join(self.sentences[i].text for i in ids)


@dataclass(frozen=True)
class Discrepancy:
    """A fact that the two sides of a pair state differently.

    `severity` says how much it matters: a `conflict` cannot be true on both sides, a
    `precision` difference can (a rounding, a qualifier, a more specific place), an
    `attribution` credits the same words to someone else. `why` is one line a person reads
    ("A: 3 injured; B: 60 injured"); `a_span` and `b_span` are where its evidence is in each
    side's passage text as shown (`Article.passage`), so `a == passage_a[slice(*a_span)]`.
    """

    kind: DiscrepancyKind
    a: str
    b: str
    severity: Severity = "conflict"
    why: str = ""
    a_span: tuple[int, int] = (0, 0)
    b_span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Pair:
    """Sentences of A that correspond to sentences of B, with their word diff and checks.

    `score` is in [0, 1]; see `reader.core.align` for what the scale means.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    diff: tuple[tuple[DiffOp, str], ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether the two sides differ in wording at all (after normalisation)."""
        return any(op != "=" for op, _ in self.diff)


@dataclass(frozen=True)
class Coverage:
    """How much of each article's content has a counterpart in the other."""

    sentences_matched: tuple[int, int]
    sentences_total: tuple[int, int]
    words_matched: tuple[int, int]
    words_total: tuple[int, int]

    def share(self, side: int) -> float:
        """Share of the side's content words that sit in a matched sentence."""
        total = self.words_total[side]
        return self.words_matched[side] / total if total else 0.0


EntityType = Literal["PERSON", "PLACE", "ORG"]


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: article (0 = A, 1 = B), sentence index, character span."""

    article: int
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """One real-world referent named in either article, with every way it was written."""

    name: str
    type: EntityType
    variants: tuple[str, ...]
    count: tuple[int, int]
    mentions: tuple[Mention, ...]

    @property
    def side(self) -> str:
        """"both", "A" or "B": which articles name it (the coverage-gap signal)."""
        if self.count[0] and self.count[1]:
            return "both"
        return "A" if self.count[0] else "B"


@dataclass(frozen=True)
class EventJudgement:
    """Whether the two articles seem to report the same event, and the evidence for it.

    Facts are only flagged between reports of one event: two stories on one template (a
    flood here, a wildfire there) share sentence shapes, not facts.
    """

    same: bool
    shared_names: tuple[str, ...]
    shared_countries: tuple[str, ...]
    shared_figures: tuple[str, ...]
    strong_pairs: int
    why: str


@dataclass(frozen=True)
class Comparison:
    """Everything known about two articles: the value every front end renders."""

    a: Article
    b: Article
    pairs: tuple[Pair, ...]
    coverage: Coverage
    unmatched_a: tuple[int, ...] = field(default=())
    unmatched_b: tuple[int, ...] = field(default=())
    entities: tuple[Entity, ...] = field(default=())
    event: EventJudgement | None = None

    @property
    def articles(self) -> tuple[Article, Article]:
        return (self.a, self.b)

    @property
    def discrepancy_count(self) -> int:
        return sum(len(p.discrepancies) for p in self.pairs)


QuoteMatchKind = Literal["same", "variant", "attribution", "paraphrase", "one-sided"]


@dataclass(frozen=True)
class Quote:
    """Words an article credits to someone: a direct quote (in quotation marks) or reported
    speech with a clear speaker (`Putin said the talks were useful`, `direct` false).

    `text` is what was said, as written (the parts of a quote interrupted by its attribution
    joined by ` … `); `speaker` is the entity's name, or the article's description of an
    unnamed speaker (`police`, `a witness`; `named` false), or None when nothing says who;
    `spans` are (sentence, start, end) of each part in its sentence's text.
    """

    side: int
    text: str
    direct: bool
    speaker: str | None
    named: bool
    spans: tuple[tuple[int, int, int], ...]

    @property
    def sentence(self) -> int:
        """The sentence the quote starts in."""
        return self.spans[0][0]

    @property
    def words(self) -> int:
        return len(self.text.replace("\u2026", " ").split())


@dataclass(frozen=True)
class QuoteMatch:
    """A quote of A beside the quote of B that reports the same remark, or alone.

    `match`: `same` words, a `variant` (shortened, extended, another translation), the same
    words credited to another speaker (`attribution`), the same remark quoted by one and
    reported by the other (`paraphrase`), or `one-sided`.
    """

    speaker: str | None
    match: QuoteMatchKind
    a: Quote | None
    b: Quote | None


@dataclass(frozen=True)
class FigureValue:
    """One figure as an article gives it: the words (`eight people`), where, and its span in
    the sentence text."""

    value: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class FigureRow:
    """What a figure counts (`injured (Odesa)`, `drones`) and the values each article gives;
    `severity` is None when they agree or only one gives it."""

    counts: str
    a: tuple[FigureValue, ...]
    b: tuple[FigureValue, ...]
    severity: Literal["conflict", "precision"] | None
