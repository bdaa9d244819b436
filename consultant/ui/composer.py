"""The composer: task picker, model picker, the text, Send / Stop.

The text is kept as a draft per conversation (debounced ~500 ms through
``Workspace.save_draft``) and restored when the conversation opens; the task and
the model are the conversation's too: the window restores them with
:meth:`Composer.set_conversation` / :meth:`Composer.select_model` and stores what
the user picks (``sig_task_changed``, ``sig_model_changed``).
Pasting is bounded: up to 1 MB is accepted, more is refused with an inline
message instead of freezing or crashing the window. A dropped ``.eml``/``.msg``
file is not pasted as a ``file://`` address: ``sig_email_dropped`` hands it to the
window, which opens it like a drop on the conversation.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consultant.core.errors import ServiceError
from consultant.core.models import Task
from consultant.core.prompts import list_templates

if TYPE_CHECKING:
    from consultant.services.workspace import Workspace

__all__ = ["EMAIL_SUFFIXES", "MAX_PASTE_CHARS", "Composer", "ComposerEdit", "dropped_emails"]

log = logging.getLogger("consultant.ui")

MAX_PASTE_CHARS = 1_000_000
DRAFT_DELAY_MS = 500


LONG_LINE = 5_000

#: Files a drop on the composer opens as an e-mail instead of pasting their address.
EMAIL_SUFFIXES = frozenset({".eml", ".msg"})


def dropped_emails(source: QMimeData) -> list[Path]:
    """The local ``.eml``/``.msg`` files among dropped URLs (none for plain text)."""
    if not source.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in source.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in EMAIL_SUFFIXES
    ]


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


class ComposerEdit(QPlainTextEdit):
    """Plain text only; oversized pastes are refused with a message."""

    sig_refused = Signal(str)
    sig_submit = Signal()
    #: A dropped (or pasted) e-mail file, by its path.
    sig_email_dropped = Signal(str)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(dropped_emails(source)) or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        emails = dropped_emails(source)
        if emails:
            self.sig_email_dropped.emit(str(emails[0]))
            return
        text = source.text() if source.hasText() else ""
        if not text:
            return
        if "\x00" in text:
            text = text.replace("\x00", "")
        current = len(self.toPlainText())
        if len(text) > MAX_PASTE_CHARS or current + len(text) > MAX_PASTE_CHARS:
            self.sig_refused.emit(
                f"That text is too large to paste ({len(text):,} characters; the limit is "
                f"{MAX_PASTE_CHARS:,}, about 1 MB). Paste the relevant part."
            )
            return
        if _longest_line(text) > LONG_LINE:
            # Word-boundary wrapping of a huge unbroken line takes minutes in Qt.
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.textCursor().insertText(text)

    def reset_wrap(self) -> None:
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.sig_submit.emit()
            return
        super().keyPressEvent(event)


def _task_descriptions() -> dict[Task, str]:
    try:
        return {t.task: t.description for t in list_templates()}
    except Exception:  # a broken override file must not break the window
        log.exception("prompt templates could not be read")
        return {}


class Composer(QWidget):
    sig_send = Signal()
    sig_stop = Signal()
    sig_setup_model = Signal()
    sig_text_changed = Signal(str)
    #: The task picker changed (by the user or the window; not while restoring).
    sig_task_changed = Signal(str)
    #: The user picked a model (a reference) for this conversation.
    sig_model_changed = Signal(str)
    #: A ``.eml``/``.msg`` file was dropped on the text.
    sig_email_dropped = Signal(str)

    def __init__(self, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Set by the window once the data is open; drafts are saved through it.
        self.ws = workspace
        self.conversation_id: int | None = None
        self._restoring = False

        self.task_box = QComboBox()
        self.task_box.setObjectName("taskPicker")
        descriptions = _task_descriptions()
        for i, task in enumerate(Task):
            self.task_box.addItem(task.label, task.value)
            self.task_box.setItemData(
                i, descriptions.get(task, task.label), Qt.ItemDataRole.ToolTipRole
            )
        self.task_box.setToolTip("What should the assistant do with your text?")
        self.model_box = QComboBox()
        self.model_box.setObjectName("modelPicker")
        self.model_box.setMinimumContentsLength(18)
        self.model_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_box.setPlaceholderText("No model chosen")
        self.setup_button = QPushButton("Set up a model…")
        self.setup_button.clicked.connect(self.sig_setup_model)

        self.edit = ComposerEdit()
        self.edit.setObjectName("composerEdit")
        self.edit.setPlaceholderText(
            "Paste a client's e-mail or write a message…   (Ctrl+Enter to send)"
        )
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notice = QLabel()
        self.notice.setObjectName("inlineError")
        self.notice.setWordWrap(True)
        self.notice.hide()
        #: Why no model is selected (a local-only client without a local model).
        self.model_notice = QLabel()
        self.model_notice.setObjectName("inlineError")
        self.model_notice.setWordWrap(True)
        self.model_notice.hide()

        #: "≈ 1 234 tokens · ≈ $0.0004 input" for what Send would send now.
        self.estimate_label = QLabel()
        self.estimate_label.setObjectName("estimate")
        self.estimate_label.setToolTip(
            "Estimated size and input cost of what Send sends now: the instructions, "
            "earlier turns, the context shown and your text."
        )
        self.estimate_label.hide()
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("primary")
        self.send_button.setDefault(True)
        self.send_button.setToolTip("Send (Ctrl+Enter)")
        self.send_button.setMinimumWidth(110)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop the reply (Esc)")
        self.stop_button.hide()
        self.send_button.clicked.connect(self.sig_send)
        self.stop_button.clicked.connect(self.sig_stop)
        self.edit.sig_submit.connect(self.sig_send)
        self.edit.sig_refused.connect(self.show_notice)
        self.edit.sig_email_dropped.connect(self.sig_email_dropped)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel("Task"))
        top.addWidget(self.task_box)
        top.addSpacing(8)
        top.addWidget(QLabel("Model"))
        top.addWidget(self.model_box, 1)
        top.addWidget(self.setup_button)
        top.addStretch(0)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.notice, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.estimate_label)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.model_notice)
        layout.addWidget(self.edit, 1)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.edit.textChanged.connect(self._on_text_changed)
        self.task_box.currentIndexChanged.connect(self._on_task_changed)
        self.model_box.activated.connect(self._on_model_picked)

    def set_estimate(self, label: str) -> None:
        """Show the send estimate (``""`` hides it)."""
        self.estimate_label.setText(label)
        self.estimate_label.setVisible(bool(label))

    # -- models -------------------------------------------------------------------
    def set_models(self, refs: list[str]) -> None:
        """The models offered; the current one is kept when it is still offered."""
        current = self.model_box.currentText()
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems(refs)
        self.model_box.setCurrentIndex(self.model_box.findText(current) if current else -1)
        self.model_box.blockSignals(False)
        has_models = bool(refs)
        self.model_box.setVisible(has_models)
        self.setup_button.setVisible(not has_models)

    def select_model(self, ref: str, notice: str = "") -> None:
        """Show ``ref`` as the conversation's model (none when it is not offered), and
        ``notice`` when there is a reason no model could be chosen."""
        self.model_box.blockSignals(True)
        self.model_box.setCurrentIndex(self.model_box.findText(ref) if ref else -1)
        self.model_box.blockSignals(False)
        self.model_notice.setText(notice)
        self.model_notice.setVisible(bool(notice))

    def _on_task_changed(self, _index: int) -> None:
        if not self._restoring:
            self.sig_task_changed.emit(self.task().value)

    def _on_model_picked(self, _index: int) -> None:
        ref = self.model_box.currentText()
        if ref:
            self.model_notice.hide()
            self.sig_model_changed.emit(ref)

    def has_models(self) -> bool:
        return self.model_box.count() > 0

    def model_ref(self) -> str | None:
        return self.model_box.currentText() or None

    def task(self) -> Task:
        value = self.task_box.currentData()
        try:
            return Task(value)
        except ValueError:
            return Task.CHAT

    def set_task(self, task: Task) -> None:
        index = self.task_box.findData(task.value)
        if index >= 0:
            self.task_box.setCurrentIndex(index)

    # -- text and drafts ----------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_conversation(
        self, conversation_id: int | None, draft: str = "", task: Task | None = None
    ) -> None:
        """Switch to another conversation: save this draft, restore that one's draft
        and task (without announcing them as changes)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        self.conversation_id = conversation_id
        self._restoring = True
        try:
            if _longest_line(draft) > LONG_LINE:
                self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
            else:
                self.edit.reset_wrap()
            self.edit.setPlainText(draft)
            if task is not None:
                self.set_task(task)
        finally:
            self._restoring = False
        self.hide_notice()
        self.setEnabled(conversation_id is not None)

    def set_text(self, text: str) -> None:
        """Replace the text as if typed (saved as the draft, context refreshed)."""
        if _longest_line(text) > LONG_LINE:
            self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        else:
            self.edit.reset_wrap()
        self.edit.setPlainText(text)
        self.edit.setFocus()

    def clear_text(self) -> None:
        self._draft_timer.stop()
        self.edit.clear()
        self.edit.reset_wrap()
        self.save_draft()

    def _on_text_changed(self) -> None:
        if self._restoring:
            return
        self._draft_timer.start()
        self.sig_text_changed.emit(self.edit.toPlainText())

    def save_draft(self) -> None:
        if self.conversation_id is None or self.ws is None:
            return
        try:
            self.ws.save_draft(self.conversation_id, self.text())
        except ServiceError as exc:
            self.show_notice(str(exc))
        except Exception:
            log.exception("could not save the draft")

    def flush(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()

    # -- state --------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()
