"""Mail → Inbox…: the client e-mail not yet dealt with, grouped by client.

:class:`InboxController` (``window.inbox``) is installed by ``MainWindow._install_mail``:
it adds Mail → "Inbox…" (Ctrl+Shift+I), the conversation list's "Chats / Mail / All"
filter, and the bar that replaces the composer while a mail thread is open
("Interpret" / "Reply", each starting a chat conversation linked to the e-mail).

:class:`InboxDialog` lists ``services.mail_store.inbox``: one header row per client
(the client whose mail is newest first), its e-mails newest first, each with sender,
subject, date, the start of its text and its attachment count, and three buttons:
**Interpret**, **Reply**, **Done** (**Undo** on a handled one, with "Show handled").
Keyboard: Up/Down move between e-mails (the client headers are skipped), Enter =
Interpret, R = Reply, D or Delete = Done, Ctrl+Z = undo the last Done, Esc closes.
The list is read again when ``window.mail_sync.sig_mail_filed`` fires (the sync
controller, when it is there) and on F5.

Interpret and Reply do what opening the e-mail file does (``ui/email_intake.py``):
a new conversation of that client with the task, the e-mail as a ``ParsedEmail``
kept in ``window._pending_email`` (sent with the next message as metadata
``{"email": …}``, which ``services.mail_draft`` reads to thread the draft: To, Re:,
In-Reply-To, References), the e-mail's key remembered with the conversation, and
the model's input (``services.intake.turn_text``) put in the composer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from consultant.core.errors import ServiceError
from consultant.core.models import Conversation, Role, Task
from consultant.ui.theme import colors
from consultant.ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from consultant.services.intake import Intake
    from consultant.services.mail_store import InboxItem, MailInfo
    from consultant.ui.main_window import MainWindow

__all__ = [
    "INBOX_SHORTCUT",
    "InboxController",
    "InboxDialog",
    "InboxModel",
    "MailThreadBar",
    "intake_for_mail",
]

INBOX_SHORTCUT = "Ctrl+Shift+I"
INTERPRET, REPLY, DONE = "interpret", "reply", "done"
_LABELS = {INTERPRET: "Interpret", REPLY: "Reply", DONE: "Done"}
ItemRole = Qt.ItemDataRole.UserRole + 1
HeaderRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
EMPTY_TEXT = (
    "<p style='font-size:large'><b>No new client e-mail</b></p>"
    "<p>E-mail from your clients' contacts and claimed domains appears here.</p>"
    "<p><b>Mail → Mail accounts…</b> adds an IMAP account, <b>Mail → Sync mail now</b> "
    "fetches its mail.<br>Or import a mailbox from a terminal: "
    "<code>consultant mail import PATH</code><br>(an mbox file, a Maildir or a folder of "
    ".eml files, e.g. Thunderbird's or Apple Mail's).</p>"
)


def short_date(when: datetime | None, now: datetime | None = None) -> str:
    """``14:05`` today, ``16 Nov`` this year, ``16 Nov 2025`` before."""
    if when is None:
        return ""
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%d %b")
    return local.strftime("%d %b %Y")


def sender_label(item: InboxItem | MailInfo) -> str:
    name = " ".join(item.from_name.split())
    return name or item.from_addr or "(unknown sender)"


# -- the e-mail as an opened e-mail ---------------------------------------------------


def intake_for_mail(window: MainWindow, info: MailInfo) -> Intake:
    """The stored e-mail as ``services.intake`` would have read it from its file: the
    same ``ParsedEmail`` fields a draft needs (sender, subject, Message-ID, References)
    and the text the model gets."""
    from consultant.core.intake.model import Address, Attachment, ParsedEmail
    from consultant.services.intake import Intake, turn_text

    content = ""
    if info.message_row is not None:
        try:
            content = window.ws.message(info.message_row).content
        except Exception:  # the e-mail's text is a nicety; the headers are what matter
            content = ""
    references = " ".join(
        r if r.startswith("<") else f"<{r}>" for r in info.references if r.strip()
    )
    headers = {"subject": info.subject}
    if references:
        headers["references"] = references
    if info.in_reply_to:
        headers["in-reply-to"] = info.in_reply_to
    parsed = ParsedEmail(
        source_kind="eml",
        sender=Address(" ".join(info.from_name.split()), info.from_addr),
        to=[Address("", a) for a in info.to_addrs],
        cc=[Address("", a) for a in info.cc_addrs],
        date=info.sent_at,
        subject=info.subject,
        message_id=info.message_id,
        in_reply_to=info.in_reply_to,
        body_text=content,
        new_text=content,
        attachments=[
            Attachment(
                str(a.get("name") or ""), str(a.get("content_type") or ""), int(a.get("size") or 0)
            )
            for a in info.attachments
        ],
        headers=headers,
        original_text=content,
    )
    try:
        client = window.ws.client_by_id(info.client_id)
    except ServiceError:
        client = None
    return Intake(parsed=parsed, text=turn_text(parsed), client=client, match_kind="contact")


def start_conversation(window: MainWindow, info: MailInfo, task: Task) -> Conversation | None:
    """A new ``task`` conversation of the e-mail's client, seeded with the e-mail like
    an opened e-mail file, and opened (the user sends it with Ctrl+Enter)."""
    w = window
    if not w.ready:
        return None
    intake = intake_for_mail(w, info)
    w.refresh_clients(select_id=info.client_id)
    if not w.select_client(info.client_id):
        w.statusBar().showMessage("The client of this e-mail is not shown (archived?).", 8000)
        return None
    title = (info.subject.strip() or intake.title)[:120]
    inbox = getattr(w, "inbox", None)
    if isinstance(inbox, InboxController) and inbox.conversation_kind() == "mail":
        inbox.kind_filter.setCurrentIndex(0)  # the new chat must be visible in the list
    conversation = w.intake.start(intake, info.message_key, title, task, first_only=True)
    if conversation is None:
        return None
    verb = "interpret" if task == Task.INTERPRET else "draft the reply"
    w.statusBar().showMessage(
        f"E-mail from {sender_label(info)}. Press Ctrl+Enter to {verb}.", 12000
    )
    return conversation


# -- the list model ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    client_id: int
    name: str
    count: int


class InboxModel(QAbstractListModel):
    """Client headers and their e-mails, flattened: ``_Header`` or ``InboxItem`` rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Header | InboxItem] = []

    def set_items(self, items: list[InboxItem]) -> None:
        groups: dict[int, list[InboxItem]] = {}
        for item in items:  # newest first: the first client seen has the newest mail
            groups.setdefault(item.client_id, []).append(item)
        rows: list[_Header | InboxItem] = []
        for client_id, mails in groups.items():
            mails.sort(key=lambda m: (m.sent_at or datetime.min.replace(tzinfo=UTC)),
                       reverse=True)  # fmt: skip
            rows.append(_Header(client_id, mails[0].client_name, len(mails)))
            rows.extend(mails)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def mail_rows(self) -> list[InboxItem]:
        return [r for r in self._rows if not isinstance(r, _Header)]

    def headers(self) -> list[str]:
        return [r.name for r in self._rows if isinstance(r, _Header)]

    def row_of_mail(self, mail_id: int) -> int:
        for n, row in enumerate(self._rows):
            if not isinstance(row, _Header) and row.mail_id == mail_id:
                return n
        return -1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Header):
            return Qt.ItemFlag.NoItemFlags  # skipped by the arrow keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Header):
            if role == HeaderRole:
                return row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{row.name} ({row.count})"
            return None
        if role == ItemRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [sender_label(row), row.subject or "(no subject)", short_date(row.sent_at)]
            if row.attachment_count:
                parts.append(f"{row.attachment_count} attachment(s)")
            if row.handled:
                parts.append("done")
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{sender_label(row)} <{row.from_addr}>\n{row.subject}\n\n{row.preview}"
        return None


# -- painting -----------------------------------------------------------------------------

PAD_X, PAD_Y, PILL_H_PAD, PILL_GAP = 14, 8, 10, 6


class InboxDelegate(QStyledItemDelegate):
    """Two-line rows (sender · date, subject · first line · attachments) with buttons."""

    sig_action = Signal(str, int)  # action, mail id

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.view.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base, bold, _small = self._fonts()
        width = self.view.viewport().width()
        if index.data(HeaderRole) is not None:
            return QSize(width, QFontMetrics(bold).height() + 18)
        h = QFontMetrics(bold).height() + QFontMetrics(base).height() + 2 * PAD_Y + 4
        return QSize(width, h)

    def pills(self, rect: QRect, item: InboxItem) -> list[tuple[str, QRect]]:
        _base, _bold, small = self._fonts()
        fm = QFontMetrics(small)
        h = fm.height() + 8
        y = rect.top() + (rect.height() - h) // 2
        x = rect.right() - PAD_X
        out: list[tuple[str, QRect]] = []
        for name in (DONE, REPLY, INTERPRET):
            label = "Undo" if (name == DONE and item.handled) else _LABELS[name]
            w = fm.horizontalAdvance(label) + 2 * PILL_H_PAD
            out.append((name, QRect(x - w + 1, y, w, h)))
            x -= w + PILL_GAP
        out.reverse()
        return out

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        base, bold, small = self._fonts()
        pal = colors()
        rect = option.rect
        # a header row is not enabled (the arrow keys skip it): not greyed for that
        text = self.view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        painter.save()
        header = index.data(HeaderRole)
        if isinstance(header, _Header):
            painter.setFont(bold)
            painter.setPen(text)
            r = rect.adjusted(PAD_X - 4, 10, -PAD_X, -2)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             header.name)  # fmt: skip
            w = QFontMetrics(bold).horizontalAdvance(header.name)
            painter.setFont(small)
            painter.setPen(pal.muted)
            count = f"{header.count} e-mail" + ("" if header.count == 1 else "s")
            painter.drawText(r.adjusted(w + 10, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             count)  # fmt: skip
            painter.setPen(pal.border)
            painter.drawLine(rect.left() + PAD_X - 4, rect.bottom(), rect.right() - PAD_X,
                             rect.bottom())  # fmt: skip
            painter.restore()
            return
        item: InboxItem = index.data(ItemRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.user_bubble)
            painter.drawRoundedRect(QRectF(rect.adjusted(4, 2, -4, -2)), 8, 8)
            if self.view.hasFocus():
                painter.setPen(QPen(QColor(pal.link), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(rect.adjusted(4, 2, -4, -2)), 8, 8)
        pills = self.pills(rect, item)
        right = (pills[0][1].left() if pills else rect.right()) - 16
        left = rect.left() + PAD_X
        line1_h = QFontMetrics(bold).height()
        top = rect.top() + PAD_Y
        muted = pal.muted
        # line 1: sender, subject … date
        date = short_date(item.sent_at)
        painter.setFont(small)
        date_w = QFontMetrics(small).horizontalAdvance(date)
        painter.setPen(muted)
        painter.drawText(QRect(right - date_w, top, date_w, line1_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         date)  # fmt: skip
        avail = right - date_w - 12 - left
        who = sender_label(item) if item.direction == "in" else f"To {item.client_name}"
        painter.setFont(bold)
        painter.setPen(muted if item.handled else text)
        who = QFontMetrics(bold).elidedText(who, Qt.TextElideMode.ElideRight, min(avail, 260))
        painter.drawText(
            QRect(left, top, avail, line1_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            who,
        )
        who_w = QFontMetrics(bold).horizontalAdvance(who) + 12
        painter.setFont(base)
        subject = item.subject.strip() or "(no subject)"
        if item.handled:
            subject = "✓ " + subject
        subject = QFontMetrics(base).elidedText(subject, Qt.TextElideMode.ElideRight,
                                                max(0, avail - who_w))  # fmt: skip
        painter.drawText(QRect(left + who_w, top, max(0, avail - who_w), line1_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         subject)  # fmt: skip
        # line 2: the first line of the text, the attachments
        y2 = top + line1_h + 4
        line2_h = QFontMetrics(base).height()
        att = ""
        if item.attachment_count:
            n = item.attachment_count
            att = f"{n} attachment" + ("" if n == 1 else "s")
        painter.setFont(small)
        att_w = QFontMetrics(small).horizontalAdvance(att) if att else 0
        if att:
            painter.setPen(muted)
            painter.drawText(QRect(right - att_w, y2, att_w, line2_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             att)  # fmt: skip
        preview = item.preview or "(no text)"
        painter.setFont(base)
        painter.setPen(muted)
        pw = max(0, right - left - (att_w + 12 if att else 0))
        preview = QFontMetrics(base).elidedText(preview, Qt.TextElideMode.ElideRight, pw)
        painter.drawText(QRect(left, y2, pw, line2_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         preview)  # fmt: skip
        # the buttons
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        for name, pill in pills:
            painter.setPen(pal.border)
            painter.setBrush(pal.pill)
            painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            painter.setPen(pal.pill_text)
            label = "Undo" if (name == DONE and item.handled) else _LABELS[name]
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            item = index.data(ItemRole)
            if item is None or event.button() != Qt.MouseButton.LeftButton:
                return False
            pos = event.position().toPoint()
            for name, pill in self.pills(option.rect, item):
                if pill.contains(pos):
                    self.sig_action.emit(name, item.mail_id)
                    return True
        return False


class _InboxList(QListView):
    """Enter = Interpret, R = Reply, D / Delete = Done."""

    sig_key_action = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.sig_key_action.emit(INTERPRET)
        elif key == Qt.Key.Key_R and plain:
            self.sig_key_action.emit(REPLY)
        elif key in (Qt.Key.Key_D, Qt.Key.Key_Delete) and plain:
            self.sig_key_action.emit(DONE)
        else:
            super().keyPressEvent(event)


# -- the dialog ---------------------------------------------------------------------------


class InboxDialog(QDialog):
    """The inbox window (non-modal); one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("inboxDialog")
        self.setWindowTitle("Inbox")
        self.resize(900, 620)
        self.setMinimumSize(560, 360)
        self._undo: list[tuple[int, bool, str]] = []  # (mail id, handled before, subject)
        title = QLabel("Inbox")
        title.setObjectName("paneTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("inboxCount")
        self.show_handled = QCheckBox("Show handled")
        self.show_handled.setToolTip("Also list the e-mails marked done (and your own)")
        self.show_handled.toggled.connect(lambda _b: self.refresh())
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Read the inbox again (F5)")
        self.refresh_button.clicked.connect(lambda: self.refresh())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.show_handled)
        top.addWidget(self.refresh_button)

        self.model = InboxModel(self)
        self.list = _InboxList()
        self.list.setObjectName("inboxList")
        self.list.setAccessibleName("Inbox")
        self.list.setModel(self.model)
        self.delegate = InboxDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(lambda _i: self.act(INTERPRET))
        self.list.sig_key_action.connect(self.act)
        self.delegate.sig_action.connect(self._on_pill)

        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setObjectName("inboxEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty.setContentsMargins(60, 20, 60, 20)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.status = QLabel()
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Undo the last Done (Ctrl+Z)")
        self.undo_button.clicked.connect(lambda: self.undo())
        self.undo_button.hide()
        hint = QLabel("Enter: Interpret · R: Reply · D: Done · F5: Refresh")
        hint.setObjectName("inboxHint")
        hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        bottom.addSpacing(12)
        bottom.addWidget(hint)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addLayout(top)
        layout.addWidget(frame, 1)
        layout.addLayout(bottom)

        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(lambda: self.refresh())
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(lambda: self.undo())

    # -- data -----------------------------------------------------------------------
    def refresh(self, keep_mail: int | None = None) -> None:
        from consultant.services import mail_store

        current = self.current_item()
        keep = keep_mail if keep_mail is not None else (current.mail_id if current else None)
        row_before = self.list.currentIndex().row()
        try:
            items = mail_store.inbox(self.window_.ws, include_handled=self.show_handled.isChecked())
        except ServiceError as exc:
            items = []
            self.status.setText(str(exc))
        self.model.set_items(items)
        mails = self.model.mail_rows()
        fresh = sum(1 for m in mails if not m.handled)
        clients = len(self.model.headers())
        if mails:
            self.count_label.setText(
                f"{fresh} new e-mail" + ("" if fresh == 1 else "s")
                + f" from {clients} client" + ("" if clients == 1 else "s")
            )  # fmt: skip
        else:
            self.count_label.setText("")
        self.stack.setCurrentWidget(self.list if mails else self.empty)
        if not mails:
            hidden = 0
            if not self.show_handled.isChecked():
                try:
                    hidden = len(mail_store.inbox(self.window_.ws, include_handled=True))
                except ServiceError:
                    hidden = 0
            self.empty.setText(
                EMPTY_TEXT
                + (
                    f"<p>{hidden} e-mail{'' if hidden == 1 else 's'} marked done "
                    f"{'is' if hidden == 1 else 'are'} hidden: tick <b>Show handled</b>.</p>"
                    if hidden
                    else ""
                )
            )
        row = self.model.row_of_mail(keep) if keep is not None else -1
        if row < 0 and mails:
            row = self._nearest_mail_row(max(row_before, 0))
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _nearest_mail_row(self, start: int) -> int:
        count = self.model.rowCount()
        for n in [*range(min(start, count - 1), count), *range(min(start, count - 1), -1, -1)]:
            if n >= 0 and self.model.index(n, 0).data(ItemRole) is not None:
                return n
        return -1

    def current_item(self) -> InboxItem | None:
        index = self.list.currentIndex()
        item = index.data(ItemRole) if index.isValid() else None
        return item

    def select_mail(self, mail_id: int) -> bool:
        row = self.model.row_of_mail(mail_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    # -- actions --------------------------------------------------------------------
    def _on_pill(self, name: str, mail_id: int) -> None:
        self.select_mail(mail_id)
        self.act(name)

    def act(self, name: str) -> Conversation | None:
        item = self.current_item()
        if item is None:
            return None
        if name == DONE:
            self.set_done(item, not item.handled)
            return None
        from consultant.services import mail_store

        if item.message_row is None:
            self.status.setText("This e-mail has no stored text to work with.")
            return None
        info = mail_store.mail_for_message(self.window_.ws, item.message_row)
        if info is None:
            self.status.setText("This e-mail is no longer stored; refresh the inbox.")
            return None
        task = Task.INTERPRET if name == INTERPRET else Task.REPLY
        conversation = start_conversation(self.window_, info, task)
        if conversation is not None:
            self.hide()
            self.window_.activateWindow()
            self.window_.composer.edit.setFocus()
        return conversation

    def set_done(self, item: InboxItem, handled: bool = True) -> bool:
        from consultant.services import mail_store

        try:
            mail_store.set_handled(self.window_.ws, item.mail_id, handled)
        except ServiceError as exc:
            self.status.setText(str(exc))
            return False
        subject = item.subject.strip() or "(no subject)"
        self._undo.append((item.mail_id, item.handled, subject))
        del self._undo[:-50]
        verb = "Marked done" if handled else "Back in the inbox"
        self.status.setText(f"{verb}: “{subject}”.")
        self.undo_button.show()
        keep = item.mail_id if self.show_handled.isChecked() else None
        self.refresh(keep_mail=keep)
        return True

    def undo(self) -> bool:
        if not self._undo:
            return False
        from consultant.services import mail_store

        mail_id, before, subject = self._undo.pop()
        try:
            mail_store.set_handled(self.window_.ws, mail_id, before)
        except ServiceError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(
            f"Undone: “{subject}” is " + ("done." if before else "back in the inbox.")
        )
        self.undo_button.setVisible(bool(self._undo))
        self.refresh(keep_mail=mail_id)
        return True

    def _menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        item = index.data(ItemRole) if index.isValid() else None
        if item is None:
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction("Interpret\tEnter", lambda: self.act(INTERPRET))
        menu.addAction("Reply\tR", lambda: self.act(REPLY))
        menu.addAction(("Not done" if item.handled else "Done") + "\tD", lambda: self.act(DONE))
        if item.conversation_id is not None and item.message_row is not None:
            menu.addSeparator()
            cid, mid = item.conversation_id, item.message_row
            menu.addAction("Show the thread", lambda: self._show_thread(cid, mid))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _show_thread(self, conversation_id: int, message_id: int) -> None:
        self.hide()
        self.window_.open_message(conversation_id, message_id)


# -- the composer's replacement in a mail thread -----------------------------------------------


class MailThreadBar(QFrame):
    """Shown instead of the composer while a mail thread is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailThreadBar")
        self.label = ElidedLabel(min_chars=12)
        self.interpret_button = QPushButton("Interpret")
        self.interpret_button.setToolTip("Start an Interpret conversation with the newest e-mail")
        self.reply_button = QPushButton("Reply")
        self.reply_button.setToolTip("Start a conversation that drafts the reply")
        self.reply_button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.interpret_button)
        layout.addWidget(self.reply_button)
        self.setMinimumHeight(self.sizeHint().height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)


class InboxController:
    """The inbox's parts in the main window (``window.inbox``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: InboxDialog | None = None
        self.thread_bar = MailThreadBar()
        self.thread_bar.hide()
        self.thread_bar.interpret_button.clicked.connect(lambda: self.answer_thread(Task.INTERPRET))
        self.thread_bar.reply_button.clicked.connect(lambda: self.answer_thread(Task.REPLY))
        self._thread_mail: MailInfo | None = None
        self._sync: object | None = None  # the sync controller listened to

    def install(self, menu: QMenu) -> None:
        w = self.window
        self.action = w._action(menu, "Inbox…", INBOX_SHORTCUT, self.open_inbox)
        self.action.setEnabled(w.ready)
        # the bar sits where the composer is, in the same splitter
        w.composer_splitter.addWidget(self.thread_bar)
        w.composer_splitter.setCollapsible(w.composer_splitter.indexOf(self.thread_bar), False)
        # Chats / Mail / All above the conversation list
        combo = QComboBox()
        combo.setObjectName("conversationKindFilter")
        combo.setAccessibleName("Show conversations")
        combo.addItem("Chats and mail", None)
        combo.addItem("Chats", "chat")
        combo.addItem("✉ Mail", "mail")
        combo.setToolTip("Show chats, mail threads or both")
        combo.currentIndexChanged.connect(lambda _i: w.refresh_conversations())
        self.kind_filter = combo
        pane = w.conv_list.parentWidget()
        layout = pane.layout() if pane is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(w.conv_list), combo)
        w.view.sig_answer_mail.connect(
            lambda mid, what: self.answer_message(
                mid, Task.INTERPRET if what == "interpret" else Task.REPLY
            )
        )
        self._connect_sync()
        # the sync controller may be installed after this one
        QTimer.singleShot(0, self._connect_sync)
        w.refresh_conversations()
        self.conversation_opened(w.current_conversation)

    def conversation_kind(self) -> str | None:
        """The conversation list's filter: ``"chat"``, ``"mail"`` or ``None`` (both)."""
        value = self.kind_filter.currentData()
        return value if isinstance(value, str) else None

    def _connect_sync(self) -> None:
        """Refresh on ``window.mail_sync.sig_mail_filed`` when the sync controller is
        there (``ui/mail_sync.py``; it may be installed after this controller)."""
        sync = getattr(self.window, "mail_sync", None)
        signal = getattr(sync, "sig_mail_filed", None)
        if signal is None or sync is self._sync:
            return
        signal.connect(lambda *_a: self.on_mail_filed())
        self._sync = sync

    # -- the inbox ------------------------------------------------------------------
    def open_inbox(self) -> InboxDialog | None:
        w = self.window
        if not w.ready:
            return None
        if self.dialog is None:
            self.dialog = InboxDialog(w)
        was_open = self.dialog.isVisible()
        self.dialog.refresh()
        self.dialog.show()
        if was_open and QGuiApplication.platformName() != "offscreen":
            self.dialog.raise_()  # (the offscreen platform warns that it cannot)
        self.dialog.activateWindow()
        self.dialog.list.setFocus()
        return self.dialog

    def on_mail_filed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
        self.window.refresh_conversations()

    # -- mail threads in the conversation column --------------------------------------
    def conversation_opened(self, conversation: Conversation | None) -> None:
        """Called by ``MainWindow.open_conversation``: a mail thread gets the bar
        instead of the composer."""
        w = self.window
        is_mail = conversation is not None and conversation.is_mail
        self._thread_mail = self._newest_client_mail(conversation) if is_mail else None
        # only on a change: a splitter re-divides its space on every show/hide of a child
        if w.composer.isHidden() != is_mail:
            w.composer.setVisible(not is_mail)
        if self.thread_bar.isHidden() == is_mail:
            self.thread_bar.setVisible(is_mail)
        if not is_mail:
            return
        info = self._thread_mail
        if info is None:
            self.thread_bar.label.setText("This thread holds only your own e-mail.")
        else:
            when = info.sent_at.astimezone().strftime("%d %b %H:%M") if info.sent_at else ""
            self.thread_bar.label.setText(
                f"Newest e-mail: {sender_label(info)}" + (f", {when}" if when else "")
            )  # fmt: skip
        self.thread_bar.interpret_button.setEnabled(info is not None)
        self.thread_bar.reply_button.setEnabled(info is not None)

    def _newest_client_mail(self, conversation: Conversation | None) -> MailInfo | None:
        from consultant.services import mail_store

        if conversation is None or conversation.id is None:
            return None
        messages = self.window.ws.messages(conversation.id)
        for message in reversed(messages):
            meta = message.metadata if isinstance(message.metadata, dict) else {}
            if message.role != Role.USER or meta.get("mail_id") is None or message.id is None:
                continue
            if meta.get("author") == "you":
                continue
            info = mail_store.mail_for_message(self.window.ws, message.id)
            if info is not None and info.direction == "in":
                return info
        return None

    def answer_thread(self, task: Task) -> Conversation | None:
        if self._thread_mail is None:
            return None
        return start_conversation(self.window, self._thread_mail, task)

    def answer_message(self, message_id: int, task: Task) -> Conversation | None:
        """Interpret / Reply to one e-mail of a thread (the message's menu)."""
        from consultant.services import mail_store

        info = mail_store.mail_for_message(self.window.ws, message_id)
        if info is None:
            return None
        return start_conversation(self.window, info, task)
