"""Settings → Appearance: the theme, applied at once.

:class:`AppearancePage` is one tab of the settings dialog. Choosing a theme applies
it at once; Save keeps it (``"theme"`` in settings.json, through
:meth:`AppearancePage.apply_to` and :meth:`AppearancePage.saved`), and closing the
dialog otherwise puts the theme it opened with back (:meth:`AppearancePage.restore`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QVBoxLayout, QWidget

from consultant.core.settings import THEMES, Settings
from consultant.ui import theme
from consultant.ui.settings_common import muted, wrapping

__all__ = ["THEME_LABELS", "AppearancePage"]

THEME_LABELS = {"system": "Same as the system", "light": "Light", "dark": "Dark"}


class AppearancePage(QWidget):
    """The Appearance tab."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme_at_open = theme.theme_choice()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themePicker")
        for value in THEMES:
            self.theme_combo.addItem(THEME_LABELS[value], value)
        saved = settings.theme if settings.theme in THEMES else "system"
        self.theme_combo.setCurrentIndex(THEMES.index(saved))
        self.theme_combo.currentIndexChanged.connect(self._theme_changed)
        form.addRow("&Theme:", self.theme_combo)
        layout.addLayout(form)
        layout.addWidget(
            muted(
                wrapping(
                    "Applied at once; Save keeps it for the next start (\"theme\" in "
                    "settings.json), Cancel puts the previous one back."
                )
            )
        )
        layout.addStretch(1)

    def theme_value(self) -> str:
        value = self.theme_combo.currentData()
        return value if isinstance(value, str) and value in THEMES else "system"

    def _theme_changed(self, _index: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.set_theme(app, self.theme_value())

    def apply_to(self, settings: Settings) -> None:
        settings.theme = self.theme_value()

    def saved(self, settings: Settings) -> None:
        """``settings`` were written: their theme is the one to keep."""
        self._theme_at_open = settings.theme

    def restore(self) -> None:
        """The dialog closes: unless saved, the theme it opened with again."""
        if theme.theme_choice() != self._theme_at_open:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.set_theme(app, self._theme_at_open)
