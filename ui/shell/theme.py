"""Light and dark: follow the system, or the reader's choice in View ▸ Theme.

The platform draws the chosen scheme where it can (``QStyleHints.setColorScheme``, Qt
6.8+: Windows 11, macOS, recent GNOME and KDE). Where it cannot (an older style, the
offscreen platform, a Linux desktop without a colour-scheme portal), the app sets a
palette of its own on the Fusion style, so the choice always shows. Charts are not
widgets: they take their colours from ``widgets.chart_theme``, set here before
``themeChanged`` asks the owner to redraw them.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.shell.settings import AppSettings
from ui.shell.style import style_key, use_style
from widgets.chart_theme import DARK_CHARTS, LIGHT_CHARTS, chart_colours, set_chart_colours
from widgets.refresh import announce_appearance_change

FALLBACK_STYLE = "Fusion"  # draws any palette, dark included, on every platform


class _Fallback:
    """What the app changed to show a scheme the platform could not: one per process,
    whichever service (window) did it."""

    native_style: str | None = None  # the style before any change
    own_palette = False  # whether the app's palette is ours, not the platform's


class Theme(str, Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def palette_is_dark(palette: QPalette) -> bool:
    """Light text on a darker window: the one test that holds for every style."""
    return (
        palette.color(QPalette.ColorRole.WindowText).lightness()
        > palette.color(QPalette.ColorRole.Window).lightness()
    )


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with links and selections readable on it."""
    colours = {
        QPalette.ColorRole.Window: "#2D2D2D",
        QPalette.ColorRole.WindowText: "#E8E8E8",
        QPalette.ColorRole.Base: "#383838",  # lighter than the window: check boxes show
        QPalette.ColorRole.AlternateBase: "#404040",
        QPalette.ColorRole.ToolTipBase: "#3A3A3A",
        QPalette.ColorRole.ToolTipText: "#E8E8E8",
        QPalette.ColorRole.PlaceholderText: "#A0A0A0",
        QPalette.ColorRole.Text: "#E8E8E8",
        QPalette.ColorRole.Button: "#3C3C3C",
        QPalette.ColorRole.ButtonText: "#E8E8E8",
        QPalette.ColorRole.BrightText: "#FF8A65",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#424242",
        QPalette.ColorRole.Mid: "#2A2A2A",
        QPalette.ColorRole.Dark: "#1A1A1A",
        QPalette.ColorRole.Shadow: "#0E0E0E",
        QPalette.ColorRole.Highlight: "#2F6DB3",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#7CC0F0",
        QPalette.ColorRole.LinkVisited: "#D3A6E6",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7A7A7A")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _request_color_scheme(scheme: Qt.ColorScheme | None) -> None:
    """Ask the platform for ``scheme`` (None: follow the system), where Qt can (6.8+)."""
    hints = QApplication.styleHints()
    if scheme is None:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    elif hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)


def refresh_palette_dependents() -> None:
    """What a new palette does not reach by itself: style sheets that name palette colours
    are resolved once, and rich texts take their link colour when they are set."""
    for widget in QApplication.allWidgets():
        if "palette(" in widget.styleSheet():
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            text = widget.text()
            if text:
                widget.clear()
                widget.setText(text)


class ThemeService(QObject):
    """Owns the interface's theme; remembers the choice (not a command-line override)."""

    themeChanged = Signal(bool)  # True when the interface is now dark

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        app = QApplication.instance()
        if _Fallback.native_style is None:
            _Fallback.native_style = style_key(app)
        self._applying = False
        self._theme = self._read_stored()
        self._dark = False
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+
            hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._apply()

    # -- public API -----------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def is_dark(self) -> bool:
        return self._dark

    def set_theme(self, theme: Theme | str, *, remember: bool = True) -> None:
        self._theme = Theme(theme)
        if remember:
            self._settings.set_theme(self._theme.value)
        self._apply()

    # -- internals ------------------------------------------------------------------------------
    def _read_stored(self) -> Theme:
        try:
            return Theme(self._settings.theme() or Theme.SYSTEM.value)
        except ValueError:
            return Theme.SYSTEM  # a damaged value: follow the system, as on first start

    def _on_system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM and not self._applying:
            self._apply(system_scheme=scheme)

    def _apply(self, system_scheme: Qt.ColorScheme | None = None) -> None:
        app = QApplication.instance()
        self._applying = True
        try:
            self._undo_fallback(app)
            if self._theme is Theme.SYSTEM:
                _request_color_scheme(None)
                scheme = system_scheme or QApplication.styleHints().colorScheme()
                if scheme == Qt.ColorScheme.Unknown:  # no scheme reported: ask the palette
                    dark = palette_is_dark(app.palette())
                else:
                    dark = scheme == Qt.ColorScheme.Dark
            else:
                dark = self._theme is Theme.DARK
                _request_color_scheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
            if palette_is_dark(app.palette()) != dark:  # the platform could not follow
                self._use_fallback(app, dark)
        finally:
            self._applying = False
        changed = dark != self._dark or chart_colours().is_dark != dark
        self._dark = dark
        set_chart_colours(DARK_CHARTS if dark else LIGHT_CHARTS)
        if changed:
            refresh_palette_dependents()
            announce_appearance_change()  # every view redraws in the new colours
            self.themeChanged.emit(dark)

    @staticmethod
    def _use_fallback(app: QApplication, dark: bool) -> None:
        if style_key(app).lower() != FALLBACK_STYLE.lower():
            use_style(app, FALLBACK_STYLE)
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        _Fallback.own_palette = True

    @staticmethod
    def _undo_fallback(app: QApplication) -> None:
        if not _Fallback.own_palette:
            return
        native = _Fallback.native_style or FALLBACK_STYLE
        if style_key(app).lower() != native.lower():
            use_style(app, native)
        app.setPalette(QPalette())  # nothing set: the platform's palette again
        _Fallback.own_palette = False
