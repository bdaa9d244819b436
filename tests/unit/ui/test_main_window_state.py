"""Per-conversation state (task, model, draft), e-mail drops on the composer, duplicate
e-mails, the unknown-sender dialog and the Help/Tools entries — real widgets, a real
SQLite workspace, and a restart (window and workspace closed, then opened again)."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from consultant.core.models import Conversation, Task
from consultant.core.settings import ProviderSettings, Settings, save_settings
from consultant.services.workspace import Workspace
from consultant.ui.main_window import MainWindow
from tests.unit.ui.window_support import add_client, open_new_conversation, window, workspace

__all__ = ["window", "workspace"]

EML = b"""From: Jane Doe <jane@acme-health.org>
To: Sam <sam@example.net>
Subject: Referral fax portal
Date: Mon, 16 Nov 2026 09:12:00 +0100
Message-ID: <fax-42@acme-health.org>
Content-Type: text/plain; charset=utf-8

Hi Sam,

the referral fax portal stopped sending again. Can you look at it today?

Jane
"""

EML_NO_ID = EML.replace(b"Message-ID: <fax-42@acme-health.org>\n", b"")


def _settings(*, local: bool = True) -> None:
    providers = [
        ProviderSettings(id="cloud", kind="openai_compatible", label="Team proxy",
                         api_base="http://127.0.0.1:9/v1", models=["big", "small"]),
    ]  # fmt: skip
    if local:
        providers.append(
            ProviderSettings(id="here", kind="openai_compatible", label="Local server",
                             api_base="http://127.0.0.1:8/v1", models=["llama"],
                             local_inference=True)
        )  # fmt: skip
    save_settings(Settings(providers=providers, default_model="cloud/big"))


def _pick_model(win: MainWindow, ref: str) -> None:
    """As a user does: choose the model in the picker."""
    box = win.composer.model_box
    index = box.findText(ref)
    assert index >= 0, ref
    box.setCurrentIndex(index)
    box.activated.emit(index)


def _pick_task(win: MainWindow, task: Task) -> None:
    box = win.composer.task_box
    box.setCurrentIndex(box.findData(task.value))


def _row_text(win: MainWindow, conv: Conversation) -> str:
    row = win.conv_model.row_of(conv.id)
    assert row >= 0
    return str(win.conv_model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))


def _open(win: MainWindow, conv: Conversation) -> None:
    assert win.select_conversation(conv.id or 0)
    assert win.current_conversation is not None and win.current_conversation.id == conv.id


def _answer_later(callback: Callable[[], None]) -> None:
    """Answer the next modal dialog from inside its event loop."""
    QTimer.singleShot(0, callback)


def _reopen(qtbot: QtBot, win: MainWindow, ws: Workspace) -> tuple[MainWindow, Workspace]:
    home = ws.home
    win.close()
    ws.close()
    ws2 = Workspace.open(home)
    win2 = MainWindow(ws2)
    qtbot.addWidget(win2)
    win2.show()
    qtbot.waitExposed(win2)
    return win2, ws2


# -- state belongs to its conversation ---------------------------------------------
def test_task_model_and_draft_survive_switching_and_a_restart(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    _settings()
    window.reload_models()
    client = add_client(workspace)
    first = open_new_conversation(window, client, "Fax portal")
    _pick_task(window, Task.INTERPRET)
    _pick_model(window, "cloud/small")
    window.composer.edit.setPlainText("The fax portal stopped again, please read this.")
    second = open_new_conversation(window, client, "Invoice question")
    _pick_task(window, Task.DOCUMENTATION)
    assert window.composer.model_ref() == "cloud/big"  # its own: the default
    assert window.composer.text() == ""

    _open(window, first)
    assert window.composer.task() is Task.INTERPRET
    assert window.composer.model_ref() == "cloud/small"
    assert window.composer.text() == "The fax portal stopped again, please read this."
    assert "Interpret" in _row_text(window, first)
    assert "Documentation" in _row_text(window, second)
    _open(window, second)
    assert window.composer.task() is Task.DOCUMENTATION
    assert window.composer.model_ref() == "cloud/big"

    _open(window, first)
    win2, ws2 = _reopen(qtbot, window, workspace)
    try:
        assert win2.current_conversation is not None
        assert win2.current_conversation.id == first.id
        assert win2.composer.task() is Task.INTERPRET
        assert win2.composer.model_ref() == "cloud/small"
        assert win2.composer.text() == "The fax portal stopped again, please read this."
        assert "Interpret" in _row_text(win2, first)
        assert "Documentation" in _row_text(win2, second)
        _open(win2, second)
        assert win2.composer.task() is Task.DOCUMENTATION
        assert win2.composer.model_ref() == "cloud/big"
    finally:
        win2.close()
        ws2.close()


def test_changing_the_task_keeps_the_list_order(window: MainWindow, workspace: Workspace) -> None:
    client = add_client(workspace)
    older = open_new_conversation(window, client, "older")
    newer = open_new_conversation(window, client, "newer")
    _open(window, older)
    _pick_task(window, Task.EXPLAIN)
    assert workspace.conversation(older.id or 0).task is Task.EXPLAIN
    assert window.conv_model.row_of(newer.id) == 0  # picking a task is not activity


def test_an_opened_email_stays_interpret_after_switching_away_and_back(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    client = add_client(workspace)
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Doe")
    chat = open_new_conversation(window, client, "small talk")
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    conv = window.open_email_file(path)
    assert conv is not None
    assert window.composer.task() is Task.INTERPRET
    _open(window, chat)
    assert window.composer.task() is Task.CHAT
    _open(window, conv)
    assert window.composer.task() is Task.INTERPRET
    assert "Interpret" in _row_text(window, conv)
    assert "Chat" in _row_text(window, chat)
    assert "referral fax portal stopped" in window.composer.text()


def test_a_client_default_model_and_a_local_only_client(
    window: MainWindow, workspace: Workspace
) -> None:
    _settings()
    window.reload_models()
    cloud = add_client(workspace, "Cloud Co")
    chosen = workspace.add_client("Chooses Small", default_model="cloud/small")
    private = add_client(workspace, "Private Practice", privacy="local_only")
    open_new_conversation(window, cloud)
    assert window.composer.model_ref() == "cloud/big"
    open_new_conversation(window, chosen)
    assert window.composer.model_ref() == "cloud/small"
    open_new_conversation(window, private)
    assert window.composer.model_ref() == "here/llama"  # never the cloud default
    assert not window.composer.model_notice.isVisible()


def test_a_local_only_client_without_a_local_model_is_told_so(
    window: MainWindow, workspace: Workspace
) -> None:
    _settings(local=False)
    window.reload_models()
    private = add_client(workspace, "Private Practice", privacy="local_only")
    open_new_conversation(window, private)
    assert window.composer.model_ref() is None  # not silently a cloud model
    assert window.composer.model_notice.isVisible()
    notice = window.composer.model_notice.text()
    assert "local-only" in notice and "Settings → Models" in notice


def test_client_default_model_is_checked(workspace: Workspace) -> None:
    from consultant.core.errors import ServiceError

    with pytest.raises(ServiceError, match="not a model reference"):
        workspace.add_client("Bad Model", default_model="llama")
    client = workspace.add_client("Good Model", default_model=" ollama/llama3 ")
    assert client.default_model == "ollama/llama3"


# -- drops and duplicates --------------------------------------------------------------
def _drop_on_composer(win: MainWindow, mime: QMimeData) -> None:
    viewport = win.composer.edit.viewport()
    point = QPoint(20, 20)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, drop)


def test_an_eml_dropped_on_the_composer_opens_like_a_drop_on_the_conversation(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    client = add_client(workspace)
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Doe")
    before = open_new_conversation(window, client, "before")
    window.composer.edit.setPlainText("typed before the drop")
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    mime.setText(QUrl.fromLocalFile(str(path)).toString())  # file managers add this
    _drop_on_composer(window, mime)
    conv = window.current_conversation
    assert conv is not None and conv.id != before.id
    assert conv.title == "Referral fax portal"
    assert "file://" not in window.composer.text()
    assert "referral fax portal stopped" in window.composer.text()
    assert window.composer.task() is Task.INTERPRET
    window.composer.flush()
    assert workspace.conversation(before.id or 0).draft == "typed before the drop"


def test_plain_text_dropped_on_the_composer_is_still_inserted(
    window: MainWindow, workspace: Workspace
) -> None:
    open_new_conversation(window, add_client(workspace))
    mime = QMimeData()
    mime.setText("dropped words")
    _drop_on_composer(window, mime)
    assert "dropped words" in window.composer.text()


@pytest.mark.parametrize("data", [EML, EML_NO_ID], ids=["message-id", "content-hash"])
def test_the_same_email_twice_offers_the_existing_conversation(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path, data: bytes
) -> None:
    client = add_client(workspace)
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Doe")
    path = tmp_path / "mail.eml"
    path.write_bytes(data)
    first = window.open_email_file(path)
    assert first is not None
    other = open_new_conversation(window, client, "something else")
    count = len(workspace.store.conversations.list_for_client(client.id or 0))
    seen: list[str] = []

    def open_existing() -> None:
        box = window.duplicate_box
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open that conversation").click()

    _answer_later(open_existing)
    again = window.open_email_file(tmp_path / "mail.eml")
    assert again is not None and again.id == first.id
    assert window.current_conversation is not None
    assert window.current_conversation.id == first.id != other.id
    assert len(workspace.store.conversations.list_for_client(client.id or 0)) == count
    assert seen and "opened this e-mail before" in seen[0] and "Referral fax portal" in seen[0]

    copy = tmp_path / "copy.eml"  # a second copy of the same mail, after a restart
    copy.write_bytes(data.replace(b"\n", b"\r\n"))
    win2, ws2 = _reopen(qtbot, window, workspace)
    try:
        def start_new() -> None:
            next(b for b in win2.duplicate_box.buttons() if b.text() == "New conversation").click()

        _answer_later(start_new)
        fresh = win2.open_email_file(copy)
        assert fresh is not None and fresh.id not in (first.id, other.id)
        assert len(ws2.store.conversations.list_for_client(client.id or 0)) == count + 1
    finally:
        win2.close()
        ws2.close()


def test_a_duplicate_of_an_archived_conversation_brings_it_back(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    client = add_client(workspace)
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Doe")
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    first = window.open_email_file(path)
    assert first is not None and first.id is not None
    window.set_conversation_archived(first.id)
    texts: list[str] = []

    def open_existing() -> None:
        texts.append(window.duplicate_box.text())
        next(b for b in window.duplicate_box.buttons()
             if b.text() == "Open that conversation").click()  # fmt: skip

    _answer_later(open_existing)
    again = window.open_email_file(path)
    assert again is not None and again.id == first.id
    assert "now archived" in texts[0]
    assert not workspace.conversation(first.id).archived
    assert window.conv_model.row_of(first.id) >= 0  # listed again
    assert window.current_conversation is not None
    assert window.current_conversation.id == first.id


def test_a_different_email_is_not_a_duplicate(
    window: MainWindow, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Conversation] = []

    def ask(conv: Conversation) -> str:
        asked.append(conv)
        return "new"

    monkeypatch.setattr(window.intake, "ask_about_duplicate", ask)
    client = add_client(workspace)
    workspace.add_contact(client.name, "jane@acme-health.org", "Jane Doe")
    one, two = tmp_path / "one.eml", tmp_path / "two.eml"
    one.write_bytes(EML_NO_ID)
    two.write_bytes(EML_NO_ID.replace(b"today", b"tomorrow"))
    first = window.open_email_file(one)
    second = window.open_email_file(two)
    assert first is not None and second is not None and first.id != second.id
    assert asked == []


# -- the unknown-sender dialog ---------------------------------------------------------
def test_unknown_sender_dialog_lists_every_client_and_prefills_a_new_one(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.add_client("Zeta Registry")
    archived = workspace.add_client("Beta Therapy")
    workspace.archive_client(archived.name)
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    listed: list[str] = []
    prefilled: list[str] = []

    def create_new() -> None:
        dialog = window.sender_dialog
        listed.extend(dialog.client_list.item(i).text() for i in range(dialog.client_list.count()))
        prefilled.append(dialog.name_edit.text())
        assert dialog.new_radio.isChecked()
        dialog.remember_domain.setChecked(True)
        dialog.open_button.click()

    _answer_later(create_new)
    conv = window.open_email_file(path)
    assert conv is not None
    assert [t.split("   ")[0] for t in listed] == ["Zeta Registry", "Beta Therapy"]
    assert "(archived)" in listed[1]
    assert prefilled == ["Acme Health"]
    client = workspace.client("Acme Health")
    assert conv.client_id == client.id
    assert client.domains == ["acme-health.org"]

    # the domain is remembered: a colleague's mail is matched without a question
    colleague = tmp_path / "bob.eml"
    colleague.write_bytes(
        EML.replace(b"Jane Doe <jane@", b"Bob Roe <bob@").replace(b"fax-42", b"fax-43")
    )
    conv2 = window.open_email_file(colleague)
    assert conv2 is not None and conv2.client_id == client.id


def test_unknown_sender_attached_to_an_existing_client(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.add_client("Zeta Registry")
    target = workspace.add_client("Sunrise Home Health")
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)

    def choose_existing() -> None:
        dialog = window.sender_dialog
        dialog.filter_edit.setText("sunrise")
        visible = [dialog.client_list.item(i) for i in range(dialog.client_list.count())
                   if not dialog.client_list.item(i).isHidden()]  # fmt: skip
        assert [i.text() for i in visible] == ["Sunrise Home Health"]
        dialog.client_list.setCurrentItem(visible[0])
        assert dialog.existing_radio.isChecked()
        assert dialog.remember_address.isChecked()  # the default
        dialog.open_button.click()

    _answer_later(choose_existing)
    conv = window.open_email_file(path)
    assert conv is not None and conv.client_id == target.id
    client = workspace.client("Sunrise Home Health")
    assert [c.email for c in client.contacts] == ["jane@acme-health.org"]
    assert [c.name for c in client.contacts] == ["Jane Doe"]


def test_unknown_sender_dialog_cancel_opens_nothing(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    _answer_later(lambda: window.sender_dialog.reject())
    assert window.open_email_file(path) is None
    assert workspace.clients() == []


def test_a_public_mail_domain_cannot_be_remembered(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(EML.replace(b"jane@acme-health.org", b"jane.doe@gmail.com"))
    state: list[object] = []

    def look() -> None:
        dialog = window.sender_dialog
        state.extend([dialog.name_edit.text(), dialog.remember_domain.isEnabled()])
        dialog.reject()

    _answer_later(look)
    window.open_email_file(path)
    assert state == ["Jane Doe", False]


def test_an_empty_new_client_name_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(EML)
    errors: list[str] = []

    def empty_name() -> None:
        dialog = window.sender_dialog
        dialog.name_edit.clear()
        dialog.open_button.click()
        errors.append(dialog.error_label.text() if dialog.error_label.isVisible() else "")
        dialog.reject()

    _answer_later(empty_name)
    assert window.open_email_file(path) is None
    assert errors == ["Give the new client a name."]


# -- Help → Keyboard shortcuts, Tools → Audit log --------------------------------------
def _action(win: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in win.actions() if a.text() == text)


def test_shortcuts_and_audit_entries_call_their_modules(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, object]] = []
    shortcuts = types.ModuleType("consultant.ui.shortcuts_dialog")
    shortcuts.show_shortcuts = lambda parent: calls.append(("shortcuts", parent))  # type: ignore[attr-defined]
    audit = types.ModuleType("consultant.ui.audit_view")
    audit.show_audit_log = lambda parent, ws: calls.append(("audit", ws))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "consultant.ui.shortcuts_dialog", shortcuts)
    monkeypatch.setitem(sys.modules, "consultant.ui.audit_view", audit)
    _action(window, "Keyboard shortcuts").trigger()
    _action(window, "Audit log…").trigger()
    assert calls == [("shortcuts", window), ("audit", workspace)]


def test_a_missing_module_gives_a_clear_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setitem(sys.modules, "consultant.ui.shortcuts_dialog", None)  # import fails
    monkeypatch.setitem(sys.modules, "consultant.ui.audit_view", None)
    assert window.show_shortcuts() is False
    assert window.open_audit_log() is False
    assert len(shown) == 2
    assert shown[0].startswith("The keyboard shortcuts page could not be loaded")
    assert shown[1].startswith("The audit log could not be loaded")
    assert "reinstall" in shown[0]


def test_dialogs_are_imported_normally(window: MainWindow) -> None:
    import consultant.ui.main_window as main_window

    assert not hasattr(main_window, "_optional")  # a broken import shows, never hides
