"""Help → Keyboard shortcuts: the table lists every shortcut the window binds."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from consultant.ui.main_window import MainWindow
from consultant.ui.shortcuts_dialog import SHORTCUTS, ShortcutsDialog, key_text, show_shortcuts
from tests.unit.ui.window_support import window, workspace  # noqa: F401


def _listed() -> set[str]:
    return {QKeySequence(k).toString() for s in SHORTCUTS for k in s.keys}


def test_every_window_shortcut_is_listed(window: MainWindow) -> None:  # noqa: F811
    bound = {
        seq.toString()
        for action in window.findChildren(QAction)
        for seq in action.shortcuts()
        if not seq.isEmpty()
    }
    assert bound, "the window binds shortcuts"
    assert bound <= _listed(), bound - _listed()


def test_dialog_shows_each_shortcut_and_filters(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(SHORTCUTS)
    keys = {dialog.cell(r, 1) for r in range(dialog.table.rowCount())}
    assert key_text("Ctrl+K") in keys
    assert any(key_text("Shift+F10") in k for k in keys)
    qtbot.keyClicks(dialog.filter_edit, "RETRY")
    rows = dialog.visible_rows()
    assert len(rows) == 1
    assert dialog.cell(rows[0], 1) == key_text("Ctrl+R")
    dialog.filter_edit.clear()
    assert len(dialog.visible_rows()) == len(SHORTCUTS)


def test_show_shortcuts_opens_a_non_modal_page(qtbot: QtBot) -> None:
    dialog = show_shortcuts(None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.windowTitle() == "Keyboard shortcuts"
