"""Help → Keyboard shortcuts: every shortcut of the app in one searchable table.

:data:`SHORTCUTS` is the single list (where, keys, what); the keys are
``QKeySequence`` portable strings, shown in the platform's own notation
(``Ctrl`` becomes ``⌘`` on macOS). A test checks that every shortcut the main
window binds is listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["SHORTCUTS", "Shortcut", "ShortcutsDialog", "key_text", "show_shortcuts"]


@dataclass(frozen=True, slots=True)
class Shortcut:
    where: str
    keys: tuple[str, ...]  # QKeySequence portable text, alternatives
    what: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("Everywhere", ("Ctrl+N",), "New conversation for the selected client"),
    Shortcut("Everywhere", ("Ctrl+O",), "Open an e-mail file (.eml, .msg)"),
    Shortcut("Everywhere", ("Ctrl+K",), "Search all clients"),
    Shortcut("Everywhere", ("Ctrl+T",), "Log time for this conversation's client"),
    Shortcut("Everywhere", ("Ctrl+I",), "Time and invoices"),
    Shortcut("Everywhere", ("Ctrl+,",), "Settings"),
    Shortcut("Everywhere", ("Ctrl+Shift+E",), "Export the conversation (Markdown, HTML, PDF)"),
    Shortcut("Everywhere", ("Ctrl+Shift+I",), "Inbox: new client e-mail (Mail → Inbox…)"),
    Shortcut("Everywhere", ("F5",), "Sync mail now (Mail menu)"),
    Shortcut("Everywhere", ("Ctrl+Q",), "Quit"),
    Shortcut("Composer", ("Ctrl+Return", "Ctrl+Enter"), "Send"),
    Shortcut("Composer", ("Esc",), "Stop the reply being written"),
    Shortcut("Messages", ("Up", "Down"), "Previous / next message"),
    Shortcut("Messages", ("Home", "End"), "First / last loaded message"),
    Shortcut("Messages", ("Ctrl+C",), "Copy the focused message as plain text"),
    Shortcut("Messages", ("Ctrl+R",), "Regenerate (or retry) the last reply"),
    Shortcut("Messages", ("Alt+Left", "Alt+Right"), "Previous / next version of the message"),
    Shortcut("Messages", ("F2",), "Edit your focused message and resend it"),
    Shortcut("Messages", ("Return",), "Select text: open the message as selectable text"),
    Shortcut("Messages", ("Esc",), "Close the selectable text"),
    Shortcut("Messages", ("Shift+F10", "Menu"), "Context menu: copy, mail, regenerate"),
    Shortcut("Context panel", ("Del",), "Remove the selected snippet"),
    Shortcut("Search", ("Return",), "Open the selected result"),
    Shortcut("Inbox", ("Up", "Down"), "Previous / next e-mail"),
    Shortcut("Inbox", ("Return",), "Interpret the e-mail (a new conversation)"),
    Shortcut("Inbox", ("R",), "Reply to the e-mail (a new conversation)"),
    Shortcut("Inbox", ("D", "Del"), "Done: take it out of the inbox (again: put it back)"),
    Shortcut("Inbox", ("Ctrl+Z",), "Undo the last Done"),
    Shortcut("Inbox", ("F5",), "Read the inbox again"),
    Shortcut("Dialogs", ("Tab", "Shift+Tab"), "Next / previous field"),
    Shortcut("Dialogs", ("Esc",), "Cancel"),
)


def key_text(portable: str) -> str:
    """A key sequence in the platform's notation (``Ctrl+K``, ``⌘K``)."""
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText) or portable


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter shortcuts…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for row, shortcut in enumerate(SHORTCUTS):
            keys = "  or  ".join(key_text(k) for k in shortcut.keys)
            for col, text in enumerate((shortcut.where, keys, shortcut.what)):
                item = QTableWidgetItem(text)
                if col == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = [self.cell(row, c) for c in range(3)]
            matches = not needle or any(needle in c.casefold() for c in cells)
            self.table.setRowHidden(row, not matches)


def show_shortcuts(parent: QWidget | None) -> ShortcutsDialog:
    """Show the shortcuts page (not modal: it can stay open while trying them)."""
    dialog = ShortcutsDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
