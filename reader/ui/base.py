"""The state the parts of the app share, declared once so every part is type-checked.

The app is split by idea (layout, actions, analysis, theming); each part subclasses this base
and reads or sets only what is declared here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.notifications import SeverityLevel

from ..core.model import Comparison, Source
from ..core.output.rows import Row
from ..core.safety import inert
from ..core.store import settings
from ..core.store.bookmarks import BookmarkError
from .bookmarking import Bookmarks
from .prefetch import Prefetch

if TYPE_CHECKING:  # the views load when first used, not before the first paint
    from ..core.facts.quote_shares import SpeakerShare
    from ..core.model import FigureRow, QuoteMatch
    from .screens.columns import Columns

    ViewData = tuple[Comparison, list[QuoteMatch], list[SpeakerShare], list[FigureRow],
                     list[Columns], list[Columns]]
    """A comparison with its quote rows, speaker shares and figure rows, and the rows of the
    two views drawn ready (word differences marked) for each quote row and figure row."""


class ReaderBase(App[None]):
    """Shared state of `ReaderApp`; the methods below are implemented by the app."""

    sources: tuple[Source | str, Source | str]
    prefetch: Prefetch | None
    refetch: bool
    fetch_failed: bool
    settings_path: Path
    theme_dirs: list[Path] | None
    reader_themes: list[str]
    theme_problems: list[str]
    marks: Bookmarks
    comparison: Comparison | None
    rows: list[Row]
    positions_path: Path
    skip_precision: bool = False
    """Whether `x` passes over differences of precision (a saved setting)."""
    start_plain: bool = False
    """Whether passages open as plain text, without word differences (a saved setting)."""
    first_run: bool = False
    """Whether the one-line hint has never been shown (a saved setting)."""
    _jumps_for: list[Row] | None = None
    _jumps: dict[str, bool]
    _views: ViewData | None = None
    """The quotes and figures views of a comparison, worked out ahead of Q and F."""

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Show a notification with its text as written. Messages carry outside text (file
        names, server answers, searches, theme values), so markup is off unless asked for, and
        control characters are made visible: `[/x]` neither crashes the app nor styles it."""
        super().notify(inert(message), title=inert(title), severity=severity, timeout=timeout,
                       markup=markup)

    def remember(self, key: str, value: object) -> None:
        """Save one setting, keeping the others; a failure is said, not raised."""
        current = settings.load(self.settings_path)
        current[key] = value
        try:
            settings.save(self.settings_path, current)
        except OSError as exc:
            self.notify(f"Could not save the setting: {exc.strerror or exc}",
                        severity="warning")

    def _show(self, comparison: Comparison, rows: list[Row]) -> None:
        raise NotImplementedError

    def _show_completed(self, comparison: Comparison) -> None:
        raise NotImplementedError

    def _describe(self) -> None:
        raise NotImplementedError

    def bookmark_error(self, exc: BookmarkError) -> None:
        raise NotImplementedError

    def key_help(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def dismiss_hint(self) -> None:
        raise NotImplementedError

    def search_position(self, index: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def position_changed(self) -> None:
        raise NotImplementedError
