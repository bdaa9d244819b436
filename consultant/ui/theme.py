"""Look and feel: Fusion style, a light or dark palette, the application icon and the
small style sheet under ``resources/styles``.

The palette follows the user's choice, ``"theme"`` in ``settings.json``: ``"system"``
(the default: light or dark as the desktop says, switching when it does), ``"light"``
or ``"dark"``. :func:`apply_theme` reads it at start-up; Settings calls
:func:`set_theme` to apply a new choice at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from consultant.core.paths import resource_path
from consultant.core.settings import THEMES

__all__ = ["THEMES", "Colors", "app_icon", "apply_theme", "colors", "is_dark", "set_theme",
           "theme_choice"]  # fmt: skip

#: The choice in force ("system", "light" or "dark").
_choice = "system"


class Colors:
    """Colours the painted message list uses (the palette covers the widgets)."""

    def __init__(self, dark: bool) -> None:
        self.dark = dark
        if dark:
            self.user_bubble = QColor("#2b3a55")
            self.assistant_bubble = QColor("#2a2a2e")
            self.border = QColor("#3c3c42")
            self.muted = QColor("#9a9aa2")
            self.error = QColor("#ff6b6b")
            self.warning = QColor("#f0b429")
            self.pill = QColor("#3a3a40")
            self.pill_text = QColor("#e6e6e6")
            self.code_bg = "#1e1e22"
            self.table_border = "#555"
            self.link = "#7ab7ff"
        else:
            self.user_bubble = QColor("#e8f0fe")
            self.assistant_bubble = QColor("#ffffff")
            self.border = QColor("#dadce0")
            self.muted = QColor("#6b6f76")
            self.error = QColor("#c0392b")
            self.warning = QColor("#b7791f")
            self.pill = QColor("#f1f3f4")
            self.pill_text = QColor("#202124")
            self.code_bg = "#f4f5f7"
            self.table_border = "#c4c7cc"
            self.link = "#1a56db"

    def document_css(self) -> str:
        return (
            f"pre {{ background-color: {self.code_bg}; font-family: monospace; }}"
            f"code {{ font-family: monospace; background-color: {self.code_bg}; }}"
            f"th {{ background-color: {self.code_bg}; font-weight: 600; }}"
            f"a {{ color: {self.link}; }}"
            "h1 { font-size: 18px; } h2 { font-size: 16px; } h3 { font-size: 14px; }"
            "p { margin-top: 2px; margin-bottom: 6px; }"
        )


def theme_choice() -> str:
    return _choice


def is_dark() -> bool:
    """Whether the dark palette is in use: the user's choice, else the system's."""
    if _choice != "system":
        return _choice == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


_current: Colors | None = None


def colors() -> Colors:
    global _current
    if _current is None or _current.dark != is_dark():
        _current = Colors(is_dark())
    return _current


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#18181b"), QColor("#e8eaed")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26262b"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2d2e31"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2d2e31"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7ab7ff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f5fb3"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a8d93"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#3c3c42"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):  # fmt: skip
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7277"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#202124"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f1f3f4"))
    p.setColor(QPalette.ColorRole.Text, QColor("#202124"))
    p.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#202124"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#d2e3fc"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#0b1f44"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1a56db"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#80868b"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#dadce0"))
    return p


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons/consultant.svg")))


def _saved_choice() -> str:
    from consultant.core.settings import load_settings

    return load_settings().settings.theme


def set_theme(app: QApplication, choice: str) -> None:
    """Apply ``choice`` (one of :data:`THEMES`; anything else means "system") now."""
    global _choice
    _choice = choice if choice in THEMES else "system"
    _apply(app)


def apply_theme(app: QApplication, choice: str | None = None) -> None:
    """Fusion + the chosen palette (``None``: the one saved in settings.json); with
    "system", re-applied when the system switches between light and dark."""
    set_theme(app, _saved_choice() if choice is None else choice)


def _apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark() else _light_palette())
    try:
        qss = resource_path("styles/app.qss").read_text(encoding="utf-8")
    except OSError:
        qss = ""
    app.setStyleSheet(qss)
    app.setWindowIcon(app_icon())
    hints = QGuiApplication.styleHints()
    if not app.property("consultant_theme_hooked"):
        app.setProperty("consultant_theme_hooked", True)
        hints.colorSchemeChanged.connect(lambda _scheme: _apply(app))
