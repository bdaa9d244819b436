"""The composer: task picker, model picker, the text, Send / Stop.

The text is kept as a draft per conversation (debounced ~500 ms through
``store.conversations.save_draft``) and restored when the conversation opens.
Pasting is bounded: up to 1 MB is accepted, more is refused with an inline
message instead of freezing or crashing the window.
"""

from __future__ import annotations

import logging
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

__all__ = ["MAX_PASTE_CHARS", "Composer", "ComposerEdit"]

log = logging.getLogger("consultant.ui")

MAX_PASTE_CHARS = 1_000_000
DRAFT_DELAY_MS = 500


LONG_LINE = 5_000


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


class ComposerEdit(QPlainTextEdit):
    """Plain text only; oversized pastes are refused with a message."""

    sig_refused = Signal(str)
    sig_submit = Signal()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
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

    def __init__(self, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Set by the window once the data is open; drafts are saved through it.
        self.ws = workspace
        self.conversation_id: int | None = None
        self._restoring = False
        self._default_models: dict[str, str] = {}

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
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.edit, 1)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.edit.textChanged.connect(self._on_text_changed)
        self.task_box.currentIndexChanged.connect(self._on_task_changed)

    # -- models -------------------------------------------------------------------
    def set_models(self, refs: list[str], task_models: dict[str, str], default: str) -> None:
        current = self.model_box.currentText()
        self._default_models = {**task_models, "": default}
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems(refs)
        self.model_box.blockSignals(False)
        has_models = bool(refs)
        self.model_box.setVisible(has_models)
        self.setup_button.setVisible(not has_models)
        if current and current in refs:
            self.model_box.setCurrentText(current)
        else:
            self._select_default_model()

    def _select_default_model(self) -> None:
        task = self.task()
        ref = self._default_models.get(task.value) or self._default_models.get("", "")
        if ref:
            index = self.model_box.findText(ref)
            if index >= 0:
                self.model_box.setCurrentIndex(index)

    def _on_task_changed(self, _index: int) -> None:
        self._select_default_model()

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

    def set_conversation(self, conversation_id: int | None, draft: str = "") -> None:
        """Switch to another conversation: save this draft, restore that one."""
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
            self.ws.store.conversations.save_draft(self.conversation_id, self.text())
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
