"""Small widgets shared by several windows; light to import (only Qt), so the main
window's frame can use them before the heavy modules load."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ElidedLabel", "elide_text"]


def elide_text(text: str, font: QFont, width: int) -> str:
    """``text`` on one line, cut with "…" to fit ``width`` pixels."""
    one_line = " ".join(text.split())
    return QFontMetrics(font).elidedText(one_line, Qt.TextElideMode.ElideRight, max(0, width))


class ElidedLabel(QLabel):
    """A one-line label that ends a text too long for it with "…" (the full text
    in its tooltip) and never pushes its neighbours: the conversation title and
    the client name beside it. Added to a row without stretch, two of them give
    way in proportion down to ``min_chars`` letters and never overlap; ``right``
    aligns the text to the right."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        right: bool = False,
        min_chars: int = 6,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._min_chars = max(1, min_chars)
        if right:
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Preferred: as wide as the whole text when there is room; in a row of
        # elided labels each gives way down to a few letters and "…".
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(" ".join(self._full.split()))
        return QSize(width + margins.left() + margins.right() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        chars = self.fontMetrics().averageCharWidth() * self._min_chars
        short = min(self.sizeHint().width(), chars + self.fontMetrics().horizontalAdvance("…") + 2)
        return QSize(short, hint.height())

    def setText(self, text: str) -> None:
        self._full = text
        self._refresh()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh()

    def _refresh(self) -> None:
        shown = elide_text(self._full, self.font(), self.contentsRect().width())
        super().setText(shown)
        self.updateGeometry()
        self.setToolTip(self._full if shown != " ".join(self._full.split()) else "")
