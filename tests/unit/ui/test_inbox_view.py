"""Mail → Inbox…: client mail not yet handled, grouped by client, with Interpret,
Reply and Done, by mouse and by keyboard (workspace filled by a real mbox import)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consultant.core.models import Task
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts, mail_draft, mail_import, mail_store
from consultant.services.workspace import Workspace
from consultant.ui.inbox_view import (
    DONE,
    EMPTY_TEXT,
    INBOX_SHORTCUT,
    INTERPRET,
    REPLY,
    InboxDialog,
    ItemRole,
)
from consultant.ui.main_window import MainWindow
from consultant.ui.shortcuts_dialog import SHORTCUTS
from tests.unit.ui.window_support import window, workspace

__all__ = ["window", "workspace"]


def mail(
    sender: str, subject: str, date: str, mid: str, body: str, *,
    reply_to: str = "", attachment: str = "",
) -> str:  # fmt: skip
    head = (
        f"From: {sender}\nTo: Sam <sam@example.net>\nSubject: {subject}\nDate: {date}\n"
        f"Message-ID: <{mid}>\n"
    )
    if reply_to:
        head += f"In-Reply-To: <{reply_to}>\nReferences: <{reply_to}>\n"
    if not attachment:
        return head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    return head + (
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        f'--b1\nContent-Type: text/plain; charset=utf-8\n\n{body}\n'
        f'--b1\nContent-Type: text/plain; name="{attachment}"\n'
        f'Content-Disposition: attachment; filename="{attachment}"\n\n'
        + "line of the attached file\n" * 40 + "--b1--\n"
    )  # fmt: skip


MAILS = [
    mail("Jane Roe <jane@acme-health.org>", "Fax portal down", "Mon, 16 Nov 2026 09:12:00 +0000",
         "a1@acme-health.org", "The fax portal stopped sending referrals again."),
    mail("Jane Roe <jane@acme-health.org>", "Re: Fax portal down",
         "Tue, 17 Nov 2026 10:00:00 +0000", "a2@acme-health.org",
         "Still down this morning. Can you call?", reply_to="a1@acme-health.org",
         attachment="error-log.txt"),
    mail("Olaf Berg <olaf@registry.example>", "VPN account for the audit",
         "Mon, 16 Nov 2026 15:30:00 +0000", "r1@registry.example",
         "We need a VPN account for the external auditor by Friday."),
    mail("Random <x@elsewhere.example>", "Not a client", "Mon, 16 Nov 2026 11:00:00 +0000",
         "n1@elsewhere.example", "Spam."),
]  # fmt: skip


def fill(ws: Workspace, tmp_path: Path) -> None:
    ws.add_client("Acme Health")
    ws.add_contact("Acme Health", "jane@acme-health.org", "Jane Roe")
    ws.add_client("State Registry")
    ws.add_domain("State Registry", "registry.example")
    box = tmp_path / "mail" / "Inbox"
    box.parent.mkdir()
    box.write_text(
        "".join(f"From sender@x Mon Nov 16 09:00:00 2026\n{m}\n" for m in MAILS), "utf-8"
    )
    report = mail_import.import_path(ws, box)
    assert report.stored == 3, report.summary()


@pytest.fixture
def inbox(window: MainWindow, workspace: Workspace, tmp_path: Path, qtbot: QtBot) -> InboxDialog:
    fill(workspace, tmp_path)
    dialog = window.inbox.open_inbox()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def subjects(dialog: InboxDialog) -> list[str]:
    return [m.subject for m in dialog.model.mail_rows()]


def test_inbox_groups_by_client_newest_first(inbox: InboxDialog) -> None:
    # Acme's newest e-mail (17 Nov) is newer than the registry's (16 Nov): Acme first
    assert inbox.model.headers() == ["Acme Health", "State Registry"]
    assert subjects(inbox) == ["Re: Fax portal down", "Fax portal down",
                               "VPN account for the audit"]  # fmt: skip
    first = inbox.model.mail_rows()[0]
    assert first.attachment_count == 1 and first.from_name == "Jane Roe"
    assert "Still down this morning" in first.preview
    assert inbox.count_label.text() == "3 new e-mails from 2 clients"
    # a row's text for screen readers has sender, subject, date and attachments
    text = inbox.model.index(1, 0).data()
    assert "Jane Roe" in text and "Re: Fax portal down" in text and "17 Nov" in text
    assert "1 attachment" in text
    # the first e-mail is current (the header row above it is not selectable)
    assert inbox.current_item() == first


def test_menu_and_shortcut_open_the_inbox(window: MainWindow, qtbot: QtBot) -> None:
    action = window.inbox.action
    assert action in window.mail_menu.actions()
    assert action.shortcut().toString() == INBOX_SHORTCUT
    assert any(INBOX_SHORTCUT in s.keys for s in SHORTCUTS)
    action.trigger()
    dialog = window.inbox.dialog
    assert dialog is not None and dialog.isVisible()
    # empty: says how to get mail in
    assert dialog.stack.currentWidget() is dialog.empty
    assert "consultant mail import" in dialog.empty.text() and dialog.empty.text() == EMPTY_TEXT
    assert "Mail accounts…" in dialog.empty.text()


def test_done_hides_persists_and_undoes(
    inbox: InboxDialog, workspace: Workspace, window: MainWindow, qtbot: QtBot
) -> None:
    inbox.list.setFocus()
    target = inbox.current_item()
    assert target is not None
    qtbot.keyClick(inbox.list, Qt.Key.Key_D)
    assert target.subject not in subjects(inbox)
    assert "Marked done" in inbox.status.text()
    stored = mail_store.inbox(workspace, include_handled=True)
    assert [m.handled for m in stored if m.mail_id == target.mail_id] == [True]
    # a new inbox reads it from the database: still hidden
    fresh = InboxDialog(window)
    fresh.refresh()
    assert target.subject not in subjects(fresh)
    fresh.deleteLater()
    # "Show handled" lists it, marked done
    inbox.show_handled.setChecked(True)
    assert target.subject in subjects(inbox)
    assert "done" in inbox.model.index(inbox.model.row_of_mail(target.mail_id), 0).data()
    inbox.show_handled.setChecked(False)
    # undo
    assert inbox.undo_button.isVisible()
    qtbot.mouseClick(inbox.undo_button, Qt.MouseButton.LeftButton)
    assert target.subject in subjects(inbox)
    back = {m.mail_id: m.handled for m in mail_store.inbox(workspace, include_handled=True)}
    assert back[target.mail_id] is False
    # Delete does the same as D
    qtbot.keyClick(inbox.list, Qt.Key.Key_Delete)
    assert len(subjects(inbox)) == 2


def test_done_button_on_the_row(inbox: InboxDialog, qtbot: QtBot) -> None:
    row = inbox.model.row_of_mail(inbox.model.mail_rows()[2].mail_id)
    index = inbox.model.index(row, 0)
    rect = inbox.list.visualRect(index)
    item = index.data(ItemRole)
    pills = dict(inbox.delegate.pills(rect, item))
    qtbot.mouseClick(inbox.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=pills[DONE].center())  # fmt: skip
    assert subjects(inbox) == ["Re: Fax portal down", "Fax portal down"]
    assert inbox.model.headers() == ["Acme Health"]


def test_arrows_skip_headers(inbox: InboxDialog, qtbot: QtBot) -> None:
    inbox.list.setFocus()
    seen = [inbox.current_item()]
    for _ in range(3):
        qtbot.keyClick(inbox.list, Qt.Key.Key_Down)
        seen.append(inbox.current_item())
    names = [s.subject if s else None for s in seen]
    # down past the "State Registry" header onto its e-mail, and no further
    assert names == ["Re: Fax portal down", "Fax portal down", "VPN account for the audit",
                     "VPN account for the audit"]  # fmt: skip
    qtbot.keyClick(inbox.list, Qt.Key.Key_Up)
    assert inbox.current_item() is not None
    assert inbox.current_item().subject == "Fax portal down"  # type: ignore[union-attr]


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _answer(workspace: Workspace, conversation_id: int, text: str) -> None:
    """Stand in for the model: the reply the send would have stored (no LLM here)."""
    from consultant.core.models import Role

    workspace.store.conversations.add_message(conversation_id, Role.ASSISTANT, text,
                                              task=Task.REPLY)  # fmt: skip


def _send_user_turn(window: MainWindow, workspace: Workspace, conversation_id: int) -> None:
    """What ``send`` stores for the user's turn: the text and the e-mail's metadata."""
    from consultant.core.models import Role

    intake = window._pending_email[conversation_id]
    workspace.store.conversations.add_message(
        conversation_id, Role.USER, window.composer.text(),
        metadata={"email": intake.parsed.to_metadata()},
    )  # fmt: skip


@pytest.mark.parametrize(("key", "task"), [(Qt.Key.Key_Return, Task.INTERPRET),
                                           (Qt.Key.Key_R, Task.REPLY)])  # fmt: skip
def test_enter_and_r_start_a_linked_conversation_that_threads(
    inbox: InboxDialog, window: MainWindow, workspace: Workspace, qtbot: QtBot,
    key: Qt.Key, task: Task,
) -> None:  # fmt: skip
    inbox.list.setFocus()
    qtbot.keyClick(inbox.list, key)
    assert not inbox.isVisible()
    conv = window.current_conversation
    assert conv is not None and conv.id is not None and not conv.is_mail
    assert conv.title == "Re: Fax portal down" and conv.task == task
    assert window.current_client is not None and window.current_client.name == "Acme Health"
    assert window.composer.task() == task
    text = window.composer.text()
    assert "From: Jane Roe <jane@acme-health.org>" in text and "Still down this morning" in text
    # linked: the e-mail's key is remembered with the conversation
    assert workspace.conversation_for_email("mid:a2@acme-health.org") == conv
    # the draft of its reply answers the e-mail
    _send_user_turn(window, workspace, conv.id)
    _answer(workspace, conv.id, "Hi Jane,\n\nI will call at 11.")
    mail_accounts.add_account(MailAccount("work", "imap.example.org", 993, "sam@example.net"), "pw")
    msg = _parse(mail_draft.draft_for_conversation(workspace, conv.id))
    assert msg["To"].addresses[0].addr_spec == "jane@acme-health.org"
    assert str(msg["Subject"]) == "Re: Fax portal down"
    assert str(msg["In-Reply-To"]) == "<a2@acme-health.org>"
    assert str(msg["References"]).split() == ["<a1@acme-health.org>", "<a2@acme-health.org>"]


def test_interpret_button_on_the_row(inbox: InboxDialog, window: MainWindow, qtbot: QtBot) -> None:
    target = inbox.model.mail_rows()[2]
    index = inbox.model.index(inbox.model.row_of_mail(target.mail_id), 0)
    pills = dict(inbox.delegate.pills(inbox.list.visualRect(index), index.data(ItemRole)))
    assert set(pills) == {INTERPRET, REPLY, DONE}
    qtbot.mouseClick(inbox.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=pills[INTERPRET].center())  # fmt: skip
    conv = window.current_conversation
    assert conv is not None and conv.title == "VPN account for the audit"
    assert window.current_client is not None and window.current_client.name == "State Registry"
    assert window.composer.task() == Task.INTERPRET
    assert window.composer.isVisible()


def test_sync_signal_refreshes_the_open_inbox(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    sync = getattr(window, "mail_sync", None)
    if getattr(sync, "sig_mail_filed", None) is None:
        pytest.skip("no mail sync controller in this window")
    qtbot.waitUntil(lambda: window.inbox._sync is sync)
    dialog = window.inbox.open_inbox()
    assert dialog is not None and dialog.stack.currentWidget() is dialog.empty
    fill(workspace, tmp_path)
    ids = sorted({m.client_id for m in mail_store.inbox(workspace)})
    sync.sig_mail_filed.emit(ids)  # type: ignore[union-attr]
    assert len(subjects(dialog)) == 3
    assert dialog.stack.currentWidget() is dialog.list


def test_context_menu_shows_the_thread(
    inbox: InboxDialog, window: MainWindow, qtbot: QtBot
) -> None:
    target = inbox.model.mail_rows()[1]
    assert target.conversation_id is not None and target.message_row is not None
    inbox._show_thread(target.conversation_id, target.message_row)
    conv = window.current_conversation
    assert conv is not None and conv.is_mail and conv.id == target.conversation_id
    assert window.view.current_message() is not None
    assert window.view.current_message().id == target.message_row  # type: ignore[union-attr]
    assert not window.composer.isVisible() and window.inbox.thread_bar.isVisible()


def test_all_done_says_what_is_hidden(inbox: InboxDialog, qtbot: QtBot) -> None:
    inbox.list.setFocus()
    done = []
    for _ in range(3):
        current = inbox.current_item()
        assert current is not None
        done.append(current.subject)
        qtbot.keyClick(inbox.list, Qt.Key.Key_D)
    # without Acme's newest e-mail the registry's is the newest: its group moves up
    assert done == ["Re: Fax portal down", "VPN account for the audit", "Fax portal down"]
    assert subjects(inbox) == []
    assert inbox.stack.currentWidget() is inbox.empty
    assert "3 e-mails marked done are hidden" in inbox.empty.text()
    qtbot.keyClick(inbox, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert subjects(inbox) == ["Fax portal down"]  # the last one done comes back
    assert inbox.stack.currentWidget() is inbox.list
