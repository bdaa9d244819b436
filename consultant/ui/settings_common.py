"""What the Settings tabs share: colours, small label helpers, the model combo box,
and the list of background tasks the dialog cancels when it closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy

from consultant.ui.background import BackgroundTask

__all__ = [
    "ERROR_COLOR",
    "OK_COLOR",
    "WARN_COLOR",
    "BackgroundTasks",
    "lines",
    "model_combo",
    "muted",
    "path_field",
    "plain_number",
    "say",
    "wrapping",
]

OK_COLOR = "#2e7d32"
ERROR_COLOR = "#c62828"
WARN_COLOR = "#a15c00"


def muted(label: QLabel) -> QLabel:
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def say(label: QLabel, text: str, color: str | None = None) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {color};" if color else "")
    label.setVisible(bool(text))


def model_combo(placeholder: str) -> QComboBox:
    """An editable ``provider/model`` picker (the lists are filled by the tabs)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(placeholder)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def path_field(path: str) -> QLineEdit:
    """A read-only, copyable path (long paths scroll instead of being cut)."""
    field = QLineEdit(path)
    field.setReadOnly(True)
    field.setCursorPosition(0)
    field.setToolTip(path)
    return field


def plain_number(value: float) -> str:
    """``200000`` → "200000", ``0.2`` → "0.2" (as typed, no grouping)."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


def lines(text: str) -> list[str]:
    """The distinct non-empty lines of ``text``, stripped, in order."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and line not in out:
            out.append(line)
    return out


class BackgroundTasks:
    """The dialog's running background tasks: every tab adds its own; closing the
    dialog cancels them all."""

    def __init__(self) -> None:
        self._tasks: list[BackgroundTask[Any]] = []

    def track(self, task: BackgroundTask[Any]) -> None:
        self._tasks = [t for t in self._tasks if not t.finished]
        self._tasks.append(task)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
