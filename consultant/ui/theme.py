"""Look and feel: Fusion style, a light or dark palette that follows the system,
the application icon and the small style sheet under ``resources/styles``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from consultant.core.paths import resource_path

__all__ = ["Colors", "app_icon", "apply_theme", "colors", "is_dark"]


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


def is_dark() -> bool:
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


def apply_theme(app: QApplication) -> None:
    """Fusion + the system's light/dark choice; re-applied when the system switches."""
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
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
