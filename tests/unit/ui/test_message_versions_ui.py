"""Versions in the window: regenerate keeps replies (``‹ 2/2 ›``), edit and resend,
delete and export one conversation — real widgets, real SQLite, the test server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from consultant.core.models import Message, MessageStatus
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import NEXT_VERSION, PREV_VERSION, VERSION
from consultant.ui.item_models import ObjectRole, VersionRole
from consultant.ui.main_window import MainWindow
from consultant.ui.shortcuts_dialog import SHORTCUTS
from tests.llm_server import LLMTestServer
from tests.unit.ui.window_support import (
    add_client,
    litellm_loaded,
    open_new_conversation,
    shown_window,
    window,
    workspace,
)

__all__ = ["litellm_loaded", "window", "workspace"]


def _rows(win: MainWindow) -> list[Message]:
    return list(win.view.model_.items())


def _contents(win: MainWindow) -> list[str]:
    return [m.content for m in _rows(win)]


def _settled(win: MainWindow) -> bool:
    rows = _rows(win)
    return bool(rows) and rows[-1].status != MessageStatus.STREAMING and win._session() is None


def _pill_center(win: MainWindow, row: int, name: str) -> QPoint:
    view = win.view
    index = view.model_.index(row, 0)
    view.scrollTo(index)
    lay = view.delegate.layout(view.visualRect(index), index.data(ObjectRole),
                               int(index.data(VersionRole) or 0))  # fmt: skip
    rect = dict(lay.pills)[name]
    return rect.center()


def _regenerated(qtbot: QtBot, win: MainWindow, server: LLMTestServer, ws: Workspace) -> int:
    win.reload_models()
    client = add_client(ws)
    conv = open_new_conversation(win, client)
    server.reply_text = "first answer"
    win.send("Question?")
    qtbot.waitUntil(lambda: _settled(win), timeout=10_000)
    server.reply_text = "second answer"
    assert win.regenerate(_rows(win)[-1].id or 0) is not None
    qtbot.waitUntil(lambda: _settled(win) and _contents(win)[-1] == "second answer",
                    timeout=10_000)  # fmt: skip
    return conv.id or 0


def test_regenerate_keeps_the_earlier_reply_as_a_version(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    cid = _regenerated(qtbot, window, configured_model, workspace)
    assert _contents(window) == ["Question?", "second answer"]
    reply = _rows(window)[-1]
    assert window.view.model_.position(reply.id) == (2, 2)
    assert window.view.delegate.pill_label(VERSION, reply) == "2/2"
    assert not window.view.delegate.pill_enabled(NEXT_VERSION, reply)

    # the mouse: ‹ shows version 1
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_pill_center(window, 1, PREV_VERSION))  # fmt: skip
    assert _contents(window) == ["Question?", "first answer"]
    assert window.view.model_.position(_rows(window)[-1].id) == (1, 2)

    # the keyboard: Alt+Right on the focused reply shows version 2 again, Alt+Left 1
    window.view.setFocus()
    window.view.setCurrentIndex(window.view.model_.index(1, 0))
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _contents(window)[-1] == "second answer"
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _contents(window)[-1] == "first answer"

    # the next turn sends the chosen version as history
    configured_model.reply_text = "third"
    window.send("And then?")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    sent = [m["content"] for m in configured_model.requests[-1]["messages"]]
    assert "first answer" in sent and "second answer" not in sent
    assert [m.content for m in workspace.messages(cid)][-3:] == ["first answer", "And then?",
                                                                "third"]  # fmt: skip


def test_the_chosen_version_survives_a_restart(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    cid = _regenerated(qtbot, window, configured_model, workspace)
    window.view.flip_version(_rows(window)[-1].id or 0, -1)
    window.close()
    workspace.close()
    again = Workspace.open(workspace.home)
    try:
        win = shown_window(qtbot, again)
        win.open_message_or_conversation(cid)
        assert [m.content for m in win.view.model_.items()] == ["Question?", "first answer"]
        assert win.view.model_.position(win.view.model_.items()[-1].id) == (1, 2)
        win.close()
    finally:
        again.close()


def test_edit_and_resend_makes_a_new_version_with_a_new_reply(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    open_new_conversation(window, add_client(workspace))
    configured_model.reply_text = "r1"
    window.send("first question")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    configured_model.reply_text = "r2"
    window.send("second question")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)

    # F2 on the first user message opens the editor
    window.view.setFocus()
    window.view.setCurrentIndex(window.view.model_.index(0, 0))
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    dialog = window.edit_dialog
    assert dialog is not None and dialog.text() == "first question"
    dialog.editor.setPlainText("   ")
    dialog.resend_button.click()
    assert dialog.isVisible() and "empty" in dialog.error.text()  # the text stays
    dialog.editor.setPlainText("first question, sharper")
    configured_model.reply_text = "r1 new"
    dialog.resend_button.click()
    qtbot.waitUntil(lambda: _settled(window) and _contents(window)[-1] == "r1 new",
                    timeout=10_000)  # fmt: skip
    assert not dialog.isVisible()
    assert _contents(window) == ["first question, sharper", "r1 new"]
    user = _rows(window)[0]
    assert window.view.model_.position(user.id) == (2, 2)
    # the old version still has its replies
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_pill_center(window, 0, PREV_VERSION))  # fmt: skip
    assert _contents(window) == ["first question", "r1", "second question", "r2"]


def _answer_box(button: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button:
                b.click()
                return
        raise AssertionError(f"no button {button}")

    QTimer.singleShot(0, answer)


def test_delete_conversation_confirms_and_backs_up(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace)
    conv = open_new_conversation(window, client, "Budget")
    window.send("hello")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    seen: list[str] = []
    _answer_box("Cancel", seen)
    assert not window.delete_conversation()
    assert seen and "Budget" in seen[0] and "2 messages" in seen[0]
    assert workspace.conversation(conv.id or 0).title == "Budget"
    _answer_box("Delete", seen)
    assert window.delete_conversation()
    assert window.current_conversation is None
    assert workspace.store.conversations.list_for_client(client.id or 0) == []
    status = window.statusBar().currentMessage()
    assert "Backup:" in status
    assert Path(status.split("Backup: ", 1)[1]).is_file()


def test_export_conversation_as_markdown_html_and_pdf(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    from consultant.services.conversation_export import ExportFormat

    window.reload_models()
    conv = open_new_conversation(window, add_client(workspace), "Portal")
    configured_model.reply_text = "**Bold** answer"
    window.send("<script>alert(1)</script> *not emphasis*")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    cid = conv.id or 0
    md = window.export_conversation(cid, ExportFormat.MARKDOWN, tmp_path / "c.md")
    html = window.export_conversation(cid, ExportFormat.HTML, tmp_path / "c.html")
    pdf = window.export_conversation(cid, ExportFormat.PDF, tmp_path / "c.pdf")
    assert md is not None and html is not None and pdf is not None
    md_text = md.read_text()
    assert "# Portal" in md_text and "\\*not emphasis\\*" in md_text
    assert "**Bold** answer" in md_text
    html_text = html.read_text()
    assert "<script>" not in html_text and "&lt;script&gt;" in html_text
    assert "<strong>Bold</strong>" in html_text
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Exported to" in window.statusBar().currentMessage()


def test_new_keys_are_listed() -> None:
    keys = {k for s in SHORTCUTS for k in s.keys}
    assert {"Alt+Left", "Alt+Right", "F2", "Ctrl+Shift+E"} <= keys


def test_opening_a_hit_in_an_earlier_version_shows_that_version(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    cid = _regenerated(qtbot, window, configured_model, workspace)
    [first, _second] = workspace.message_versions(_rows(window)[-1].id or 0)
    assert window.open_message(cid, first.id or 0)
    assert _contents(window) == ["Question?", "first answer"]
    assert window.view.current_message() is not None
    assert window.view.current_message().id == first.id  # type: ignore[union-attr]


def test_regenerating_changes_only_the_reply_row(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    configured_model: LLMTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.reload_models()
    open_new_conversation(window, add_client(workspace))
    configured_model.reply_text = "first answer"
    window.send("Question?")
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    reloads: list[int] = []
    monkeypatch.setattr(window.view, "reload", lambda: reloads.append(1))
    old = _rows(window)[-1]
    configured_model.reply_text = "second answer"
    turn = window.regenerate(old.id or 0)
    assert turn is not None and reloads == []  # a 2 000-message page is not laid out again
    assert window.view.model_.rowCount() == 2
    assert window.view.model_.position(turn.reply_message.id) == (2, 2)
    qtbot.waitUntil(lambda: _settled(window) and _contents(window)[-1] == "second answer",
                    timeout=10_000)  # fmt: skip
