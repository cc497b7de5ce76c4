"""Themes from data files: the bundled `themes/` and the user's own; the choice persists.

A theme is only registered once Textual has built its colours, so a file the toolkit cannot
use is skipped at start with a reason rather than crashing the app when it is chosen; a saved
choice that cannot be honoured falls back to the default theme, saying why.
"""

from __future__ import annotations

from textual.app import App
from textual.color import Color, ColorParseError
from textual.theme import Theme

from ..core.safety import inert
from ..core.store import paths, settings
from ..core.store.resources import data_dir
from ..core.store.themes import ThemeSpec, load_all
from .base import ReaderBase

DEFAULT_THEME = "reader-dark"
"""Word differences are tinted (a background, as Meld and delta draw them) rather than struck:
strike-through reads as "deleted" or "wrong". The high-contrast theme strikes and underlines
instead, so differences never rest on colour alone."""
VARIABLE_DEFAULTS = {
    "diff-removed": "#f3d6d9",
    "diff-added": "#d6f0d6",
    "diff-removed-background": "#5a2a31",
    "diff-added-background": "#24482c",
    "diff-removed-style": "none",
    "diff-added-style": "none",
    "emphasis-style": "bold",
    "discrepancy": "#ffcc4d",
    "discrepancy-precision": "#8f8a6a",
    "discrepancy-attribution": "#d8a0ff",
    "entity": "#c792ea",
    "gap": "#3a4048",
}


def to_theme(spec: ThemeSpec) -> Theme:
    """A Textual theme from a validated theme file (which always has a primary colour)."""
    color = spec.colors.get
    return Theme(name=spec.name, primary=spec.colors["primary"], dark=spec.dark,
                 variables=dict(spec.variables), secondary=color("secondary"),
                 warning=color("warning"), error=color("error"), success=color("success"),
                 accent=color("accent"), foreground=color("foreground"),
                 background=color("background"), surface=color("surface"), panel=color("panel"),
                 boost=color("boost"))


def color_problem(value: str) -> str | None:
    """Why Textual cannot use a colour (its own parser decides), or None."""
    try:
        Color.parse(value)
    except ColorParseError:
        return "not a colour"
    return None


def usable(spec: ThemeSpec) -> Theme:
    """The Textual theme of a file, with every colour it derives computed once; raises
    ValueError with a reason when Textual cannot build it."""
    try:
        theme = to_theme(spec)
        theme.to_color_system().generate()
    except Exception as exc:  # anything Textual raises here would otherwise crash on `t`
        raise ValueError(f"its colours cannot be used ({exc})") from None
    return theme


class ThemingMixin(ReaderBase):
    """Registers reader's themes, applies the saved one, saves a new choice."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(VARIABLE_DEFAULTS)

    def setup_themes(self) -> list[str]:
        """Register themes and apply the saved one, before the first style pass (styling
        the whole screen twice would delay the first paint); returns problems to report."""
        folders = self.theme_dirs if self.theme_dirs is not None else [
            data_dir("themes"), paths.user_themes_dir()]
        specs, skipped = load_all(*folders, check_color=color_problem)
        problems = [f"Theme skipped: {inert(problem)}" for problem in skipped]
        self.reader_themes = []
        for spec in specs:
            try:
                self.register_theme(usable(spec))
            except ValueError as exc:
                problems.append(f"Theme skipped: {spec.name}: {inert(str(exc))}")
                continue
            self.reader_themes.append(spec.name)
        fallback = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        saved, unusable = settings.read(self.settings_path)
        self.skip_precision = saved.get("skip_precision") is True
        self.start_plain = saved.get("plain") is True
        self.first_run = saved.get("hint_shown") is not True
        wanted = saved.get("theme", fallback)
        if unusable:
            problems.append(f"{inert(unusable)}; using the {fallback} theme")
        elif not isinstance(wanted, str):
            problems.append(f"{self.settings_path.name}: 'theme' is not a theme name; "
                            f"using the {fallback} theme")
            wanted = fallback
        elif wanted not in self.available_themes:
            problems.append(f"{self.settings_path.name} names the theme '{inert(wanted)}', "
                            f"which is not available; using the {fallback} theme")
            wanted = fallback
        self._choose_before_styling(wanted)
        return problems

    def _choose_before_styling(self, name: str) -> None:
        """Select a theme before anything is styled. Assigning `theme` would also queue a
        re-parse of every stylesheet, parsed once already by then, on the first frame."""
        self.set_reactive(App.theme, name)
        theme = self.current_theme
        for old in [c for c in self.classes if c.startswith("-theme-")]:
            self.remove_class(old, update=False)
        self.add_class(f"-theme-{name}", update=False)
        self.set_class(theme.dark, "-dark-mode", update=False)
        self.set_class(not theme.dark, "-light-mode", update=False)
        self.stylesheet.set_variables(self.get_css_variables())
        refresh_ansi = getattr(self, "_refresh_truecolor_filter", None)
        if refresh_ansi is not None:  # ANSI colours follow the light or dark palette
            refresh_ansi(self.ansi_theme)

    def watch_theme_saving(self) -> None:
        """From now on, a change of theme is remembered."""
        self.theme_changed_signal.subscribe(self, self._save_theme)

    def _save_theme(self, theme: Theme) -> None:
        self.remember("theme", theme.name)

    def action_next_theme(self) -> None:
        names = self.reader_themes or [self.theme]
        position = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(position + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)
