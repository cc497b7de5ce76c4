"""The `reader` app: composes the widgets, runs the analysis in a worker, maps keys to actions.

Everything shown is computed by `reader.core`; this module only decides what to show and where.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from ..core.model import Comparison, Source
from ..core.output.rows import Row, build_rows, row_sentences
from ..core.safety import inert
from ..core.store import paths
from ..core.store.bookmarks import BookmarkError, BookmarkStore
from .analysis import AnalysisMixin
from .bookmarking import Bookmarks
from .comparison_header import ComparisonHeader
from .detail_panel import DetailPanel
from .entity_sidebar import EntitySidebar
from .key_bar import KeyBar
from .notes import NotesMixin
from .passage_view import PassageView
from .prefetch import Prefetch
from .resume import ResumeMixin
from .theming import ThemingMixin
from .views import ViewsMixin

MIN_SIZE = (60, 15)
SYNC_LIMIT = 20_000
"""Inputs up to this many characters (both articles; a usual pair of news articles) are
compared before the first paint, in about a tenth of a second; larger ones in a worker behind
a loading indicator."""
SYNC_WAIT = 0.3
"""Seconds the first paint waits for the helper's comparison of small inputs at most; a slow
helper (a busy machine) is waited for in the worker instead."""
SIDEBAR_MIN_WIDTH = 110
HINT = ("New here? ? explains the marks · tint = one side only · ⚠ ❝ ≈ = facts differ · "
        "0.51 ▮▮▯▯ = how sure the match is · w = plain text")
"""Shown above the keys on the first run only."""


def _spelled_out(binding: Binding) -> str:
    """What a key does, in full: the key bar's short label is the description, the help
    screen and the command palette use the longer tooltip where there is one."""
    return binding.tooltip or binding.description


class ReaderApp(AnalysisMixin, ThemingMixin, ResumeMixin, NotesMixin, ViewsMixin, App[None]):
    """Two articles side by side, aligned passage by passage."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    HORIZONTAL_BREAKPOINTS = [
        (0, "-too-narrow"), (MIN_SIZE[0], "-narrow"), (SIDEBAR_MIN_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS = [
        (0, "-too-short"), (MIN_SIZE[1], "-tall")]
    """Classes the screen takes by size: the stylesheet hides the rows below the minimum size
    (saying so) and starts the names sidebar hidden on narrow terminals."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Next", key_display="j/↓", tooltip="Next passage"),
        Binding("k,up", "move(-1)", "Prev", key_display="k/↑", tooltip="Previous passage"),
        Binding("g,home", "first", "First passage", show=False),
        Binding("G,end", "last", "Last passage", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("x", "jump('flag', 1)", "Next ⚠", tooltip="Next discrepancy"),
        Binding("X", "jump('flag', -1)", "Previous discrepancy", show=False),
        Binding("P", "toggle_precision", "x skips precision (≈) on/off", show=False),
        Binding("d", "jump('change', 1)", "Change", tooltip="Next difference"),
        Binding("D", "jump('change', -1)", "Previous difference", show=False),
        Binding("u", "jump('gap', 1)", "Unmatched", tooltip="Next unmatched passage"),
        Binding("U", "jump('gap', -1)", "Previous unmatched passage", show=False),
        Binding("slash", "search", "Search", key_display="/",
                tooltip="Search both articles (quote style and case do not matter)"),
        Binding("n", "search_next(1)", "Next search match", show=False),
        Binding("N", "search_next(-1)", "Previous search match", show=False),
        Binding("escape", "clear_highlights", "Clear name and search highlights", show=False),
        Binding("b", "bookmark", "Bookmark", tooltip="Bookmark the passage (again to remove)"),
        Binding("m", "note", "Note", tooltip="Note on the passage (bookmarks it)"),
        Binding("B", "bookmarks", "Bookmarks", tooltip="Bookmark list"),
        Binding("e", "export", "Export", tooltip="Export notes to Markdown"),
        Binding("y", "copy", "Copy",
                tooltip="Copy the passage, both sides with where they are, to the clipboard"),
        Binding("w", "toggle_plain", "Plain",
                tooltip="Plain text / word differences (remembered)"),
        Binding("Q", "quotes", "Quotes", tooltip="Who said what: each speaker's quotes in A and B"),
        Binding("F", "figures", "Figures", tooltip="Every figure side by side, conflicts first"),
        Binding("f", "furniture", "Furniture", tooltip="Show/hide removed page furniture"),
        Binding("s", "sidebar", "Names", tooltip="Show/hide names sidebar"),
        Binding("t", "next_theme", "Next theme", show=False),
        Binding("r", "retry", "Retry", tooltip="Retry fetching (after a failed fetch)"),
        Binding("question_mark,f1", "help", "Help", key_display="?",
                tooltip="Help: keys and what the marks mean"),
        Binding("q", "quit", "Quit"),
    ]
    KEY_BAR_RANK: ClassVar[dict[str, int]] = {
        "help": 0, "quit": 0, "retry": 0, "move(1)": 1, "move(-1)": 1, "jump('flag', 1)": 2, "search": 3,
        "bookmark": 4, "export": 5, "jump('change', 1)": 6, "jump('gap', 1)": 7, "note": 8,
        "bookmarks": 9, "sidebar": 10, "furniture": 11, "copy": 12, "quotes": 13, "figures": 14,
        "toggle_plain": 15,
    }
    """Which keys the key bar keeps when it cannot show them all (0: always)."""

    def __init__(self, sources: tuple[Source | str, Source | str], *,
                 bookmarks_file: Path | None = None, settings_file: Path | None = None,
                 theme_dirs: Iterable[Path] | None = None, prefetch: Prefetch | None = None,
                 refresh: bool = False, positions_file: Path | None = None) -> None:
        super().__init__()
        self.sources = sources
        """Loaded articles, or URLs still to fetch (fetched in the worker, with progress)."""
        self.prefetch = prefetch
        self.refetch = refresh
        self.fetch_failed = False
        self.settings_path = settings_file or paths.settings_file()
        self.theme_dirs = list(theme_dirs) if theme_dirs is not None else None
        self.marks = Bookmarks(BookmarkStore(bookmarks_file or paths.bookmarks_file()))
        self.comparison: Comparison | None = None
        self.rows: list[Row] = []
        self._at_ends = (True, True)  # no rows yet: no moves
        self._described = -1
        self.warned: set[str] = set()
        self.theme_problems = self.setup_themes()
        self.positions_path = positions_file or paths.positions_file()

    def compose(self) -> ComposeResult:
        early = None
        if all(isinstance(s, Source) for s in self.sources) and sum(
            len(s.text) for s in self.sources if isinstance(s, Source)
        ) <= SYNC_LIMIT:
            try:
                early = self._compare(deadline=time.monotonic() + SYNC_WAIT)
            except Exception:  # the worker meets the same failure and reports it
                early = None
        names = [s.name if isinstance(s, Source) else s for s in self.sources]
        if any(isinstance(s, str) for s in self.sources):  # addresses: shown without passwords
            from ..core.sources.web import without_credentials

            names = [without_credentials(name) for name in names]
        with Vertical(id="main"):
            yield ComparisonHeader((names[0], names[1]), id="header")
            with Horizontal(id="body"):
                with Vertical():
                    if early is None:
                        yield LoadingIndicator()
                    view = PassageView(id="passages", content=early)
                    view.marks.plain = self.start_plain
                    yield view
                with Vertical(id="sidebar"):
                    yield Static("finding names…", id="names-pending")
            if self.first_run:
                yield Static(HINT, id="hint")
            yield DetailPanel(id="detail")
            yield KeyBar()
        yield Static(f"reader needs a terminal of at least {MIN_SIZE[0]}×{MIN_SIZE[1]}.\n"
                     "Enlarge the window.", id="too-small")

    def on_mount(self) -> None:
        self.watch_theme_saving()
        view = self.query_one(PassageView)
        view.focus()
        if view.comparison is not None:
            self._show(view.comparison, view.rows)
        self.call_after_refresh(self._report_theme_problems)
        self.call_after_refresh(self.run_analysis, view.comparison)
        self.call_after_refresh(self._resume_collection)

    def _report_theme_problems(self) -> None:
        """Said once the screen can show notices: one raised while it is being built waits,
        unseen, for a later refresh that may never come."""
        for problem in self.theme_problems:
            self.notify(problem, severity="warning", timeout=15)

    def _resume_collection(self) -> None:
        """Turn the cycle collector back on if the command line paused it for start-up,
        leaving what start-up built (long-lived: the toolkit, the styles) out of its passes."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def _show(self, comparison: Comparison, rows: list[Row]) -> None:
        self.comparison, self.rows = comparison, rows
        self._at_ends = (True, len(rows) <= 1)  # the first passage is selected
        self.refresh_bindings()  # moves and jumps are possible now
        for indicator in self.query(LoadingIndicator):
            indicator.remove()
        self.query_one(ComparisonHeader).show(comparison, names_ready=False)
        view = self.query_one(PassageView)
        if view.comparison is not comparison:
            view.show(comparison, rows)
        self.call_after_refresh(self._after_first_paint, comparison, rows)

    def _after_first_paint(self, comparison: Comparison, rows: list[Row]) -> None:
        """What the first screen can do without: saved bookmarks, the last position in this
        pair, doubts about how the articles were read (each said once)."""
        for warning in (w for article in comparison.articles for w in article.warnings):
            if warning not in self.warned:
                self.warned.add(warning)
                self.notify(warning, severity="warning", timeout=20)
        problem = self.marks.attach(comparison)
        if problem:
            self.notify(inert(problem), severity="warning", timeout=15)
        self.query_one(PassageView).mark_bookmarked(self.marks.rows_marked(rows))
        self.resume_position(comparison, rows)
        if self.first_run:
            self.remember("hint_shown", True)
        self._describe()

    def _show_completed(self, comparison: Comparison) -> None:
        """Names have been found, and with them the facts only names tell (places,
        speakers) and whether the two report one event: the flags may change."""
        if self.comparison is None:
            return
        entities = comparison.entities
        self.comparison = comparison
        self.rows = build_rows(comparison)
        self._jumps_for = None  # the flags may have changed
        view = self.query_one(PassageView)
        view.update_rows(comparison, self.rows)
        view.mark_bookmarked(self.marks.rows_marked(self.rows))
        self.refresh_bindings()  # jumps to discrepancies may have become possible or not
        self.query_one(ComparisonHeader).show(self.comparison, names_ready=True)
        names = self.query(EntitySidebar)
        if names:
            names.first().show(entities)
        else:  # the list and its styles load now rather than before the first frame
            self.query_one("#names-pending").remove()
            self.query_one("#sidebar").mount(EntitySidebar(entities, id="entities"))
        self._describe()
        self.prepare_views(self.comparison)

    @on(PassageView.Selected)
    def _selected(self, event: PassageView.Selected) -> None:
        if event.index != self._described:  # keys describe their passage themselves
            self._describe()
        self.position_changed()
        ends = (event.index == 0, event.index == len(self.rows) - 1)
        if ends != self._at_ends:  # only reaching or leaving an end changes the possible moves
            self._at_ends = ends
            self.refresh_bindings()

    def _describe(self) -> None:
        view = self.query_one(PassageView)
        if self.comparison is None or not self.rows:
            return
        row = self.rows[view.selected]
        self._described = view.selected
        self.query_one(DetailPanel).describe(self.comparison, row, view.selected,
                                             self.marks.find(row),
                                             self.search_position(view.selected))

    @on(EntitySidebar.Chosen)
    def _entity_chosen(self, event: EntitySidebar.Chosen) -> None:
        view = self.query_one(PassageView)
        view.highlight_entity(event.entity)
        wanted = {(m.article, m.sentence) for m in event.entity.mentions}
        target = view.find(lambda row: bool(row_sentences(row) & wanted), wrap=True)
        if target is not None:
            view.go(target)
        self.notify(f"{inert(event.entity.name)}: {event.entity.count[0]} in A, "
                    f"{event.entity.count[1]} in B · esc clears", timeout=3)

    def dismiss_hint(self) -> None:
        for hint in self.query("#hint"):
            hint.remove()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("quit",):
                continue
            yield SystemCommand(_spelled_out(binding), f"key: {binding.key_display or binding.key}",
                                lambda action=binding.action: self.run_action(action))

    def key_help(self) -> list[tuple[str, str]]:
        """(keys, description) for every binding, for the help screen."""
        out = []
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            keys = binding.key.replace("question_mark", "?").replace("slash", "/")
            out.append((keys.replace(",", " / "), _spelled_out(binding)))
        out.append(("tab", "Move between passages and the names sidebar (type there to filter)"))
        out.append(("ctrl+p", "Command palette: every action by name"))
        return out

    def bookmark_error(self, exc: BookmarkError) -> None:
        self.notify(inert(str(exc)), severity="error", timeout=15)
