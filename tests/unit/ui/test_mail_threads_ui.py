"""Mail threads in the main window: shown as e-mail (sender, date, attachments, no
edit or regenerate), marked and filtered in the conversation list, Interpret / Reply
in place of the composer, found by search, and "Save to Drafts" of a reply through a
real Dovecot."""

from __future__ import annotations

import email
import email.policy
import imaplib
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from consultant.core.models import Message, Role, Task
from consultant.core.settings import load_settings, save_settings
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts, mail_store
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import COPY, attachments_text, file_size, mail_header
from consultant.ui.main_window import MainWindow
from tests.imap_server import DovecotServer, _dovecot_session, imap_server  # noqa: F401
from tests.unit.ui.test_inbox_view import fill
from tests.unit.ui.window_support import window, workspace

__all__ = ["window", "workspace"]

WAIT_MS = 20_000


@pytest.fixture
def filled(window: MainWindow, workspace: Workspace, tmp_path: Path) -> MainWindow:
    fill(workspace, tmp_path)
    window.refresh_clients()
    return window


def thread_of(ws: Workspace, subject: str) -> tuple[int, int]:
    """(conversation id, message id) of the stored e-mail with ``subject``."""
    for item in mail_store.inbox(ws, include_handled=True):
        if item.subject == subject:
            assert item.conversation_id is not None and item.message_row is not None
            return item.conversation_id, item.message_row
    raise AssertionError(subject)


def action_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_a_thread_reads_as_email(filled: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    conv_id, newest = thread_of(workspace, "Re: Fax portal down")
    assert filled.open_message_or_conversation(conv_id)
    view = filled.view
    messages = view.model_.items()
    assert [m.content.split(".")[0] for m in messages] == [
        "The fax portal stopped sending referrals again", "Still down this morning"
    ]  # fmt: skip
    last = messages[-1]
    info = view.mail_info(last)
    assert info is not None and info.message_row == newest
    assert mail_header(last, info) == "✉ Jane Roe <jane@acme-health.org> · Re: Fax portal down"
    size = info.attachments[0]["size"]
    assert attachments_text(info) == f"Attachment: error-log.txt ({file_size(size)})"
    assert view.delegate._status_text(last) == attachments_text(info)
    assert view.delegate._status_text(messages[0]) == ""  # no attachments: nothing
    # an e-mail is not edited, regenerated or versioned
    assert view.delegate._pills(last) == [COPY]
    with qtbot.assertNotEmitted(view.sig_edit):
        view.setFocus()
        view.setCurrentIndex(view.model_.index(1, 0))
        qtbot.keyClick(view, Qt.Key.Key_F2)
    menu = view.copy_menu(last)
    texts = action_texts(menu)
    assert "Interpret this e-mail" in texts and "Reply to this e-mail" in texts
    assert "Save to Drafts" not in texts and "Open in mail client…" not in texts
    # the client's e-mail sits on the left like a reply, not on the right like yours
    lay = view.delegate.layout(QRect(0, 0, 1400, 0), last, 0)
    assert lay.bubble.left() < 100
    # the thread has no composer: Interpret / Reply instead
    bar = filled.inbox.thread_bar
    assert bar.isVisible() and not filled.composer.isVisible()
    assert "Jane Roe" in bar.label.text()


def test_thread_bar_reply_starts_the_linked_conversation(
    filled: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    conv_id, _ = thread_of(workspace, "Re: Fax portal down")
    filled.open_message_or_conversation(conv_id)
    qtbot.mouseClick(filled.inbox.thread_bar.reply_button, Qt.MouseButton.LeftButton)
    conv = filled.current_conversation
    assert conv is not None and conv.id != conv_id and not conv.is_mail
    assert conv.task == Task.REPLY and filled.composer.isVisible()
    assert not filled.inbox.thread_bar.isVisible()
    assert "Still down this morning" in filled.composer.text()  # the newest client e-mail
    assert workspace.conversation_for_email("mid:a2@acme-health.org") == conv
    intake = filled._pending_email[conv.id or 0]
    assert intake.parsed.message_id == "a2@acme-health.org"


def test_message_menu_interprets_an_earlier_email(filled: MainWindow, workspace: Workspace) -> None:
    conv_id, first = thread_of(workspace, "Fax portal down")
    filled.open_message_or_conversation(conv_id)
    filled.view.sig_answer_mail.emit(first, "interpret")
    conv = filled.current_conversation
    assert conv is not None and conv.task == Task.INTERPRET and conv.title == "Fax portal down"
    assert "The fax portal stopped" in filled.composer.text()


def test_conversation_list_marks_and_filters_mail(filled: MainWindow, workspace: Workspace) -> None:
    client = workspace.client("Acme Health")
    assert client.id is not None
    workspace.new_conversation(client.id, "Notes on the fax vendor")
    assert filled.select_client(client.id)
    filled.refresh_conversations()

    def rows() -> list[str]:
        model = filled.conv_model
        return [str(model.index(r, 0).data()) for r in range(model.rowCount())]

    both = rows()
    assert any(r.startswith("✉ Fax portal down\nMail thread") for r in both)
    assert any(r.startswith("Notes on the fax vendor") for r in both)
    combo = filled.inbox.kind_filter
    combo.setCurrentIndex(combo.findData("mail"))
    assert [r.split("\n")[0] for r in rows()] == ["✉ Fax portal down"]
    combo.setCurrentIndex(combo.findData("chat"))
    assert [r.split("\n")[0] for r in rows()] == ["Notes on the fax vendor"]
    combo.setCurrentIndex(combo.findData(None))
    assert len(rows()) == 2


def test_search_hit_opens_the_thread_at_the_email(
    filled: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    conv_id, message_id = thread_of(workspace, "VPN account for the audit")
    filled.act_search.trigger()
    dialog = filled.search_dialog
    dialog.query_edit.setText("auditor")
    qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.shown_query == "auditor",
                    timeout=WAIT_MS)  # fmt: skip
    assert [h.message_id for h in dialog.hits()] == [message_id]
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    conv = filled.current_conversation
    assert conv is not None and conv.id == conv_id and conv.is_mail
    current = filled.view.current_message()
    assert current is not None and current.id == message_id  # highlighted
    assert filled.current_client is not None and filled.current_client.name == "State Registry"


# -- Save to Drafts -------------------------------------------------------------------------


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _drafts(server: DovecotServer, user: str, password: str) -> list[bytes]:
    client = imaplib.IMAP4(server.host, server.port, timeout=30)
    try:
        client.login(user, password)
        client.select("Drafts", readonly=True)
        _typ, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
    finally:
        client.logout()
    return [item[1] for item in data if isinstance(item, tuple)]


def _replied(window: MainWindow, workspace: Workspace) -> Message:
    """Reply from the inbox, then the turn ``send`` would store and a model's answer."""
    dialog = window.inbox.open_inbox()
    assert dialog is not None
    assert dialog.current_item() is not None
    dialog.act("reply")
    conv = window.current_conversation
    assert conv is not None and conv.id is not None
    intake = window._pending_email[conv.id]
    store = workspace.store.conversations
    store.add_message(conv.id, Role.USER, window.composer.text(),
                      metadata={"email": intake.parsed.to_metadata()})  # fmt: skip
    reply = store.add_message(conv.id, Role.ASSISTANT, "Hi Jane,\n\nI will call you at **11**.",
                              task=Task.REPLY)  # fmt: skip
    window.view.reload()
    return reply


def test_no_account_no_save_to_drafts(filled: MainWindow, workspace: Workspace) -> None:
    reply = _replied(filled, workspace)
    texts = action_texts(filled.view.copy_menu(reply))
    assert "Open in mail client…" in texts and "Save to Drafts" not in texts


def test_save_to_drafts_through_dovecot(
    filled: MainWindow,
    workspace: Workspace,
    qtbot: QtBot,
    imap_server: DovecotServer,  # noqa: F811
) -> None:
    loaded = load_settings()
    loaded.settings.profile.name = "Sam Consultant"
    save_settings(loaded.settings)
    box = imap_server.new_user()
    mail_accounts.add_account(
        MailAccount("work", "127.0.0.1", imap_server.port, box.user, security="none"),
        box.password,
    )
    reply = _replied(filled, workspace)
    menu = filled.view.copy_menu(reply)
    save = [a for a in menu.actions() if a.text() == "Save to Drafts"]
    assert len(save) == 1
    notices: list[str] = []
    filled.view.sig_notice.connect(notices.append)
    save[0].trigger()
    assert notices[0] == "Saving the draft to mail account 'work'…"
    qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT_MS)
    assert notices[1].startswith("Saved the reply to jane@acme-health.org as a draft in the "
                                 "Drafts folder of mail account 'work'")  # fmt: skip
    assert filled.statusBar().currentMessage() == notices[1]
    (raw,) = _drafts(imap_server, box.user, box.password)
    msg = _parse(raw)
    assert msg["To"].addresses[0].addr_spec == "jane@acme-health.org"
    assert str(msg["Subject"]) == "Re: Fax portal down"
    assert str(msg["In-Reply-To"]) == "<a2@acme-health.org>"
    assert str(msg["References"]).split()[-1] == "<a2@acme-health.org>"


def test_save_to_drafts_failure_is_a_sentence(
    filled: MainWindow,
    workspace: Workspace,
    qtbot: QtBot,
    imap_server: DovecotServer,  # noqa: F811
) -> None:
    box = imap_server.new_user()
    mail_accounts.add_account(
        MailAccount("work", "127.0.0.1", imap_server.port, box.user, security="none"),
        "not-the-password-123",
    )
    _replied(filled, workspace)
    notices: list[str] = []
    filled.view.sig_notice.connect(notices.append)
    assert filled.view.save_to_drafts("work")
    qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT_MS)
    assert notices[1].startswith("Not saved to Drafts: ")
    assert "not-the-password-123" not in notices[1] and "Traceback" not in notices[1]
    assert _drafts(imap_server, box.user, box.password) == []


def test_the_context_panel_says_what_to_do_on_a_thread(
    filled: MainWindow, workspace: Workspace
) -> None:
    from consultant.ui.context_panel import ContextPanel

    conv_id, _newest = thread_of(workspace, "Re: Fax portal down")
    assert filled.open_message_or_conversation(conv_id)
    assert filled.context_panel.hint.text() == ContextPanel.MAIL_HINT
    filled.new_conversation("A chat")
    assert filled.context_panel.hint.text() == ContextPanel.TYPING_HINT
