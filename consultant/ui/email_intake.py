"""Opening a client's e-mail in the main window (File → Open e-mail…, drag and drop).

:class:`EmailIntake` reads the file (``services.intake``), finds its client or asks
which client an unknown sender belongs to (``ui/unknown_sender.py``, remembering the
answer as a contact or a domain when asked to), offers the conversation an earlier
copy of the same e-mail went into, and otherwise puts the e-mail into a new
Interpret conversation, ready to send. The main window keeps the e-mail with the
conversation (``MainWindow._pending_email``) and sends it with the next message.

This module loads with the window; the parsers (``services.intake``) load on the
first e-mail opened, not at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from consultant.core.errors import ServiceError
from consultant.core.models import Client, Conversation, Task

if TYPE_CHECKING:
    from consultant.services.intake import Intake
    from consultant.ui.main_window import MainWindow
    from consultant.ui.unknown_sender import UnknownSenderDialog

__all__ = ["EMAIL_FILE_FILTER", "EmailIntake"]

EMAIL_FILE_FILTER = "E-mail (*.eml *.msg *.html *.htm *.txt);;All files (*)"


class EmailIntake:
    """The main window's e-mail opening: one instance per window."""

    # Set when first asked (an AttributeError before, as on the window); tests answer them.
    duplicate_box: QMessageBox
    sender_dialog: UnknownSenderDialog

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def choose_file(self) -> None:
        w = self._window
        path, _ = QFileDialog.getOpenFileName(w, "Open a client's e-mail", "", EMAIL_FILE_FILTER)
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> Conversation | None:
        """Read an e-mail, find its client, and put it in a new Interpret conversation.

        An e-mail opened before (same Message-ID, or the same content when it has
        none) offers the conversation it went into instead of a duplicate.
        """
        w = self._window
        if not w.ready:
            return None
        from consultant.services import intake  # the parsers load on first use, not at start

        try:
            received = intake.read_file(w.ws, path)
        except ServiceError as exc:
            QMessageBox.warning(w, "Cannot read the e-mail", str(exc))
            return None
        key = intake.email_key(received.parsed)
        earlier = w.ws.conversation_for_email(key)
        if earlier is not None:
            answer = self.ask_about_duplicate(earlier)
            if answer == "cancel":
                return None
            if answer == "open":
                w.open_message_or_conversation(earlier.id or 0)
                w.statusBar().showMessage("This e-mail was opened before: here it is.", 8000)
                return earlier
        client = received.client or self.client_for_unknown_sender(received)
        if client is None or client.id is None:
            return None
        w.refresh_clients(select_id=client.id)
        w.select_client(client.id)
        conversation = self.start(received, key, received.title, Task.INTERPRET)
        if conversation is None:
            return None
        notes = " ".join(received.parsed.warnings)
        who = received.sender or "an unknown sender"
        how = {"contact": "a contact", "domain": "its mail domain"}.get(received.match_kind, "")
        w.statusBar().showMessage(
            f"E-mail from {who}" + (f" (matched by {how})" if how else "")
            + (f" — {notes}" if notes else "") + ". Press Ctrl+Enter to interpret it.",
            12000,
        )  # fmt: skip
        return conversation

    def start(
        self, received: Intake, key: str, title: str, task: Task, *, first_only: bool = False
    ) -> Conversation | None:
        """A new ``task`` conversation of the selected client, seeded with ``received``
        (in the composer, and sent with the next message), remembered under ``key`` —
        with ``first_only``, only when no conversation has the e-mail yet."""
        w = self._window
        conversation = w.new_conversation(title, task=task)
        if conversation is None or conversation.id is None:
            return None
        if key and not (first_only and w.ws.conversation_for_email(key) is not None):
            w.ws.remember_email(conversation.id, key)
        w._pending_email[conversation.id] = received
        w.composer.set_task(task)
        w.composer.set_text(received.text)
        return conversation

    def ask_about_duplicate(self, earlier: Conversation) -> str:
        """``"open"`` the earlier conversation, a ``"new"`` one anyway, or ``"cancel"``."""
        w = self._window
        try:
            client_name = w.ws.client_by_id(earlier.client_id).name
        except ServiceError:
            client_name = ""
        title = earlier.title or "an untitled conversation"
        box = QMessageBox(w)
        box.setObjectName("duplicateEmailBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("E-mail opened before")
        box.setText(
            f"You opened this e-mail before, in “{title}”"
            + (f" ({client_name})" if client_name else "")
            + (", now archived" if earlier.archived else "")
            + "."
        )
        box.setInformativeText("Open that conversation, or start a new one with the e-mail?")
        open_it = box.addButton("Open that conversation", QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton("New conversation", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_it)
        self.duplicate_box = box  # tests answer it
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_it:
            if earlier.archived and earlier.id is not None:
                w.ws.set_conversation_archived(earlier.id, False)
            return "open"
        return "new" if clicked is new else "cancel"

    def client_for_unknown_sender(self, received: Intake) -> Client | None:
        """Ask which client an unknown sender belongs to; remember the answer."""
        from consultant.services.intake import suggest_client_name
        from consultant.ui.unknown_sender import UnknownSenderDialog

        w = self._window
        sender = received.sender
        parsed = received.parsed
        dialog = UnknownSenderDialog(
            sender,
            parsed.sender.name if parsed.sender is not None else "",
            w.ws.clients(include_archived=True),
            suggest_client_name(parsed),
            current_client_id=w.current_client.id if w.current_client else None,
            parent=w,
        )
        self.sender_dialog = dialog  # tests answer it
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        choice = dialog.choice
        try:
            if choice.client_id is None:
                client = w.ws.add_client(choice.new_name)
            else:
                client = w.ws.client_by_id(choice.client_id)
                if client.archived:
                    client = w.ws.archive_client(client.name, False)
        except ServiceError as exc:
            QMessageBox.warning(w, "Cannot use that client", str(exc))
            return None
        try:
            if choice.remember == "address" and sender:
                name = parsed.sender.name if parsed.sender is not None else ""
                client = w.ws.add_contact(client.name, sender, name)
            elif choice.remember == "domain" and dialog.domain:
                client = w.ws.add_domain(client.name, dialog.domain)
        except ServiceError as exc:  # the e-mail still opens; the reason is shown
            w.statusBar().showMessage(f"Not remembered: {exc}", 10000)
        return client
