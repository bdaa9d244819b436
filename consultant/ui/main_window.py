"""The main window: clients | conversations | the open conversation.

Left: the client list (filter, "show archived", privacy badge, add/edit through
``ClientDialog``). Middle: the client's conversations (pinned first, newest
first; rename, pin, archive from the context menu). Right: the conversation
(:class:`ConversationView`), the "Interpret → Reply" bar, the :class:`Composer`
and the :class:`ContextPanel`.

Two areas live in their own modules, the window holding one of each: opening a
client's e-mail (``ui/email_intake.py``, ``self.intake``) and the context
proposals with the privacy/cost preview (``ui/context_proposals.py``,
``self.proposals``). The window talks to services only (``Workspace`` methods,
``services.context_jobs``), never to the store; ``tests/unit/test_layers.py``
checks it.

Replies stream through :class:`StreamSession` (one per conversation at a time;
other conversations stay usable). Everything that writes the database happens
here, in the GUI thread. Window geometry and splitter sizes are kept in
``<data folder>/config/ui.ini``.

Start-up is in two phases so the window appears at once (``ui/app.py``):
``MainWindow(home=…)`` builds the frame — panes, lists, composer, menus,
geometry — from light modules only; :meth:`MainWindow.attach` then opens the
data: it imports the store (sqlite-utils), the message view (Markdown) and the
model services, adds the message view and fills the lists. Until then the menu
actions are disabled and the slots that need the data return early.
``MainWindow(workspace)`` does both at once (tests, benchmarks).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consultant import __version__
from consultant.core import paths
from consultant.core.errors import ServiceError
from consultant.core.models import Client, Conversation, MessageStatus, Task
from consultant.ui.composer import Composer
from consultant.ui.context_panel import ContextPanel
from consultant.ui.context_proposals import ContextProposals
from consultant.ui.email_intake import EmailIntake
from consultant.ui.item_models import (
    ClientListModel,
    ConversationListModel,
    ObjectRole,
    privacy_badge,
)
from consultant.ui.theme import app_icon
from consultant.ui.widgets import ElidedLabel

__all__ = ["INTERPRET_REPLY_INSTRUCTIONS", "MainWindow"]

# Imported in ``attach`` and on use, after the first paint (see the module notes).
if TYPE_CHECKING:
    from consultant.core.settings import Settings
    from consultant.services.ask import AskService, PreparedTurn
    from consultant.services.intake import Intake
    from consultant.services.workspace import Workspace
    from consultant.ui.background import BackgroundTask
    from consultant.ui.conversation_view import ConversationView
    from consultant.ui.stream_worker import StreamSession
    from consultant.ui.unknown_sender import UnknownSenderDialog

GIL_SWITCH_INTERVAL_S = 0.0001
log = logging.getLogger("consultant.ui")

CONTEXT_DELAY_MS = 600
INTERPRET_REPLY_INSTRUCTIONS = "Use the questions from the interpretation above."
INTERPRET_REPLY_TEXT = "Draft a reply to the client that asks the questions listed above."


def _int_or_none(value: object) -> int | None:
    """A number from ui.ini, which a user may have edited."""
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _pane(title: str, *widgets: QWidget, header_extra: QWidget | None = None) -> QFrame:
    frame = QFrame()
    frame.setObjectName("pane")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 10, 8, 8)
    layout.setSpacing(6)
    header = QHBoxLayout()
    label = QLabel(title)
    label.setObjectName("paneTitle")
    header.addWidget(label)
    header.addStretch(1)
    if header_extra is not None:
        header.addWidget(header_extra)
    layout.addLayout(header)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class MainWindow(QMainWindow):
    sig_first_paint = Signal()
    #: The data is open and shown (after :meth:`attach`).
    sig_ready = Signal()

    # Set by ``attach`` (phase two).
    ws: Workspace
    ask: AskService
    view: ConversationView

    def __init__(
        self,
        workspace: Workspace | None = None,
        parent: QWidget | None = None,
        *,
        home: Path | None = None,
    ) -> None:
        super().__init__(parent)
        # The streaming worker runs Python code (litellm) while the GUI thread lays
        # out and paints rows through Python callbacks, each of which waits up to
        # one switch interval for the interpreter lock: 300 callbacks cost ~280 ms
        # at the default 5 ms, ~27 ms at 0.5 ms and ~7 ms at 0.1 ms (measured
        # with a busy thread; docs/performance.md).
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self.ready = False
        self._data_actions: list[QAction] = []  # enabled by ``attach``
        #: E-mails opened into a conversation, sent with its next message.
        self._pending_email: dict[int, Intake] = {}
        self.intake = EmailIntake(self)  # File → Open e-mail…, drag and drop
        self.setAcceptDrops(True)
        self.sessions: dict[int, StreamSession] = {}
        self._live: list[StreamSession] = []  # until their threads have finished
        self._painted = False
        self._switching = False
        self.current_client: Client | None = None
        self.current_conversation: Conversation | None = None
        self._closing = False
        self.proposals = ContextProposals(self)  # context panel and privacy preview
        self._model_settings: Settings | None = None  # by ``reload_models``
        self._model_refs: list[str] = []
        folder = workspace.home if workspace is not None else (home or paths.data_dir())
        # Qt creates ui.ini with the umask's mode; made private first (it keeps the mode).
        paths.private_dir(folder / "config")
        paths.create_private_file(folder / "config" / "ui.ini")
        self.ui_settings = QSettings(str(folder / "config" / "ui.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle("Consultant")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(720, 480)
        self._build()
        self._build_menus()
        self._restore_geometry()
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Phase two: open the data folder's contents in the window."""
        from consultant.services.ask import AskService

        self.ws = workspace
        self.ask = AskService(workspace)
        self.composer.ws = workspace
        self._build_view()
        self.ready = True
        for action in self._data_actions:
            action.setEnabled(True)
        self.reload_models()
        self.refresh_clients()
        self._restore_selection()
        self._install_mail()
        self.sig_ready.emit()

    def _install_mail(self) -> None:
        """The Mail menu's contents and the sync status in the status bar."""
        # MAIL-HOOKS: each mail module adds its actions to ``self.mail_menu`` here.
        from consultant.ui.inbox_view import InboxController

        self.inbox = InboxController(self)  # Mail → Inbox…, mail threads (ui/inbox_view.py)
        self.inbox.install(self.mail_menu)
        from consultant.ui.mail_sync import MailSyncController

        self.mail_sync = MailSyncController(self)  # Mail → Sync mail now (ui/mail_sync.py)
        self.mail_sync.install(self.mail_menu, self.statusBar())

    # =========================================================================
    # building
    # =========================================================================
    def _build(self) -> None:
        # -- clients ------------------------------------------------------------
        self.client_filter = QLineEdit()
        self.client_filter.setPlaceholderText("Filter clients…")
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.textChanged.connect(lambda _t: self.refresh_clients())
        self.show_archived = QCheckBox("Show archived")
        self.show_archived.toggled.connect(lambda _b: self.refresh_clients())
        self.client_model = ClientListModel(self)
        self.client_list = QListView()
        self.client_list.setObjectName("clientList")
        self.client_list.setModel(self.client_model)
        self.client_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.client_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.client_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.client_list.customContextMenuRequested.connect(self._client_menu)
        self.client_list.selectionModel().selectionChanged.connect(self._on_client_selected)
        self.client_list.doubleClicked.connect(lambda _i: self.edit_client())
        self.add_client_button = QPushButton("+ Add client")
        self.add_client_button.clicked.connect(self.add_client)
        left = _pane("Clients", self.client_filter, self.client_list, self.show_archived,
                     self.add_client_button)  # fmt: skip

        # -- conversations --------------------------------------------------------
        self.new_conv_button = QPushButton("+ New")
        self.new_conv_button.setToolTip("New conversation (Ctrl+N)")
        self.new_conv_button.clicked.connect(lambda: self.new_conversation())
        self.conv_model = ConversationListModel(self)
        self.conv_list = QListView()
        self.conv_list.setObjectName("conversationList")
        self.conv_list.setModel(self.conv_model)
        self.conv_list.setWordWrap(False)
        # every row is two elided lines: without this, each reset after a reply
        # (the conversation moves to the top) measures all rows (~40 ms at 140)
        self.conv_list.setUniformItemSizes(True)
        self.conv_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conv_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conv_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conv_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conv_list.customContextMenuRequested.connect(self._conversation_menu)
        self.conv_list.selectionModel().selectionChanged.connect(self._on_conversation_selected)
        self.conv_list.hide()  # until the data is open (``refresh_conversations``)
        self.new_conv_button.setEnabled(False)
        self.conv_empty = QLabel()
        self.conv_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conv_empty.setWordWrap(True)
        self.conv_empty.setEnabled(False)
        self.conv_empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        middle = _pane("Conversations", self.conv_list, self.conv_empty,
                       header_extra=self.new_conv_button)  # fmt: skip
        left.setMinimumWidth(190)
        middle.setMinimumWidth(220)

        # -- empty states ---------------------------------------------------------
        self.empty_page = QWidget()
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(1)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("primary")
        self.empty_button.clicked.connect(self._empty_action)
        self.empty_model_button = QPushButton("Set up a model…")
        self.empty_model_button.clicked.connect(self.open_settings)
        for w in (self.empty_title, self.empty_text):
            empty.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.empty_model_button)
        buttons.addStretch(1)
        empty.addSpacing(10)
        empty.addLayout(buttons)
        empty.addStretch(2)

        self.empty_button.hide()  # until the data is open
        self.empty_model_button.hide()
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.empty_page)
        self._build_conversation()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([220, 270, 790])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._context_timer = QTimer(self)
        self._context_timer.setSingleShot(True)
        self._context_timer.setInterval(CONTEXT_DELAY_MS)
        self._context_timer.timeout.connect(self.propose_context)

    def _build_conversation(self) -> None:
        """The conversation column: title, messages, composer, context panel.

        Built with the frame (a stacked widget's minimum size covers every page,
        so the panes keep their widths when the data arrives); the message view
        itself is added by ``attach``.
        """
        # long titles end in "…" (full text in the tooltip) and never run into the
        # client name; both give way in proportion
        self.conv_title = ElidedLabel()
        self.conv_title.setObjectName("conversationTitle")
        self.conv_badge = ElidedLabel(right=True, min_chars=24)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(14, 10, 14, 4)
        title_row.addWidget(self.conv_title)
        title_row.addStretch(1)
        title_row.addWidget(self.conv_badge)
        self.interpret_bar = QFrame()
        self.interpret_bar.setObjectName("interpretBar")
        bar_layout = QHBoxLayout(self.interpret_bar)
        bar_layout.setContentsMargins(14, 6, 14, 0)
        bar_layout.addWidget(QLabel("The interpretation lists questions to ask back."))
        bar_layout.addStretch(1)
        self.draft_reply_button = QPushButton("Draft reply with these questions")
        self.draft_reply_button.clicked.connect(self.draft_reply_from_interpretation)
        bar_layout.addWidget(self.draft_reply_button)
        self.interpret_bar.hide()
        self.composer = Composer(None)
        self.composer.sig_send.connect(lambda: self.send())
        self.composer.sig_stop.connect(self.stop)
        self.composer.sig_setup_model.connect(self.open_settings)
        self.composer.sig_text_changed.connect(self._schedule_context)
        self.composer.sig_task_changed.connect(self._on_task_picked)
        self.composer.sig_model_changed.connect(self._on_model_picked)
        self.composer.sig_email_dropped.connect(lambda path: self.open_email_file(Path(path)))
        conversation_column = QWidget()
        col = QVBoxLayout(conversation_column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addLayout(title_row)
        self._view_slot = QWidget()  # replaced by the ConversationView in ``attach``
        col.addWidget(self._view_slot, 1)
        col.addWidget(self.interpret_bar)
        self._conversation_column = col
        self.composer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.composer_splitter.addWidget(conversation_column)
        self.composer_splitter.addWidget(self.composer)
        self.composer_splitter.setStretchFactor(0, 4)
        self.composer_splitter.setStretchFactor(1, 1)
        self.composer_splitter.setChildrenCollapsible(False)
        self.context_panel = ContextPanel()
        self.context_panel.sig_open_message.connect(self.open_message)
        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.inner_splitter.addWidget(self.composer_splitter)
        self.inner_splitter.addWidget(self.context_panel)
        self.inner_splitter.setStretchFactor(0, 4)
        self.inner_splitter.setStretchFactor(1, 1)
        self.inner_splitter.setSizes([600, 200])
        self.context_panel.setMinimumWidth(170)

        self.right_stack.addWidget(self.inner_splitter)

    def _build_view(self) -> None:
        from consultant.ui.conversation_view import ConversationView

        self.view = ConversationView(self.ws)
        self.view.sig_regenerate.connect(self.regenerate)
        self.view.sig_retry.connect(self.regenerate)
        self.view.sig_edit.connect(self.open_edit_dialog)
        self.view.sig_open_source.connect(self.open_message)
        self.view.sig_notice.connect(self.show_notice)
        self.view.sig_link_refused.connect(
            lambda url: self.statusBar().showMessage(f"Not opened (unsafe link): {url[:80]}", 6000)
        )
        self._conversation_column.replaceWidget(self._view_slot, self.view)
        self._view_slot.deleteLater()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.act_new = self._action(file_menu, "New conversation", "Ctrl+N",
                                    lambda: self.new_conversation())  # fmt: skip
        self._action(file_menu, "Add client…", None, self.add_client)
        self.act_open_email = self._action(
            file_menu, "Open e-mail…", QKeySequence.StandardKey.Open, self.choose_email_file
        )
        file_menu.addSeparator()
        self._action(file_menu, "Back up now", None, self.backup_now)
        file_menu.addSeparator()
        self._action(file_menu, "Quit", QKeySequence.StandardKey.Quit, self.close,
                     needs_data=False)  # fmt: skip
        conv_menu = bar.addMenu("&Conversation")
        self.act_send = self._action(conv_menu, "Send", "Ctrl+Return", lambda: self.send())
        # Ctrl+Enter on the keypad too
        enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter.activated.connect(lambda: self.send())
        self.act_stop = self._action(conv_menu, "Stop", "Esc", self.stop)
        conv_menu.addSeparator()
        self.act_log_time = self._action(conv_menu, "Log time…", "Ctrl+T", self.log_time)
        conv_menu.addSeparator()
        self.act_export_conversation = self._action(
            conv_menu, "Export conversation…", "Ctrl+Shift+E",
            lambda: self.export_conversation_dialog(),
        )  # fmt: skip
        self.act_delete_conversation = self._action(
            conv_menu, "Delete conversation…", None, lambda: self.delete_conversation()
        )
        # Filled by the mail modules (ui/mail_sync.py: accounts and sync; ui/inbox_view.py:
        # the inbox), each through its ``install`` hook in ``attach``.
        self.mail_menu = bar.addMenu("&Mail")
        tools = bar.addMenu("&Tools")
        self.act_search = self._action(tools, "Search…", "Ctrl+K", self.open_search)
        self.act_billing = self._action(tools, "Time and invoices…", "Ctrl+I", self.open_billing)
        self.act_audit = self._action(tools, "Audit log…", None, self.open_audit_log)
        self.act_settings = self._action(tools, "Settings…", "Ctrl+,", self.open_settings)
        help_menu = bar.addMenu("&Help")
        self.act_shortcuts = self._action(help_menu, "Keyboard shortcuts", None,
                                          self.show_shortcuts, needs_data=False)  # fmt: skip
        help_menu.addSeparator()
        self._action(help_menu, "About Consultant", None, self._about)

    def show_notice(self, text: str) -> None:
        """A sentence in the status line, shown long enough to be read (~15 characters
        a second, 5 to 15 s)."""
        self.statusBar().showMessage(text, min(15_000, max(5_000, 65 * len(text))))

    def _action(
        self, menu: QMenu, text: str, shortcut: Any, slot: Any, *, needs_data: bool = True
    ) -> QAction:
        action = QAction(text, self)
        if needs_data:
            action.setEnabled(self.ready)
            self._data_actions.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    # =========================================================================
    # state
    # =========================================================================
    def _restore_geometry(self) -> None:
        s = self.ui_settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in self._splitters().items():
            state = s.value(f"window/{key}")
            if state is not None:
                splitter.restoreState(state)

    def _restore_selection(self) -> None:
        s = self.ui_settings
        last_client = _int_or_none(s.value("last/client"))
        last_conv = _int_or_none(s.value("last/conversation"))
        if last_client is not None:
            self.select_client(last_client)
            if last_conv is not None and self.current_client is not None:
                self.select_conversation(last_conv)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "inner": self.inner_splitter,
                "composer": self.composer_splitter}  # fmt: skip

    def save_state(self) -> None:
        s = self.ui_settings
        s.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            s.setValue(f"window/{key}", splitter.saveState())
        if self.current_client is not None:
            s.setValue("last/client", self.current_client.id)
        if self.current_conversation is not None:
            s.setValue("last/conversation", self.current_conversation.id)
        s.sync()

    def reload_models(self) -> None:
        from consultant.services import models as model_service

        settings = model_service.load().settings
        self._model_settings = settings
        self._model_refs = model_service.available_models(settings)
        self.composer.set_models(self._model_refs)
        self._apply_model_pick()
        self._update_empty_state()

    def _apply_model_pick(self) -> None:
        """Show the open conversation's model: its own choice, else its client's
        default, else the settings' (a local-only client only ever a local one)."""
        from consultant.services.workspace import pick_model

        settings = self._model_settings
        if settings is None:
            return
        conv = self.current_conversation
        client = self.current_client
        if conv is not None and (client is None or client.id != conv.client_id):
            client = self.ws.client_by_id(conv.client_id)
        pick = pick_model(
            settings,
            self._model_refs,
            task=self.composer.task(),
            conversation_model=conv.model if conv is not None else "",
            client=client,
        )
        self.composer.select_model(pick.ref, pick.notice)

    def _on_task_picked(self, value: str) -> None:
        """The task picker changed: it is the open conversation's task from now on."""
        conv = self.current_conversation
        if not self.ready or conv is None or conv.id is None:
            return
        task = Task(value)
        if conv.task != task:
            try:
                self.current_conversation = self.ws.set_conversation_task(conv.id, task)
            except ServiceError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                return
            self._refresh_conversation_row()
        if not conv.model:
            self._apply_model_pick()  # the task's default model, unless one was picked

    def _on_model_picked(self, ref: str) -> None:
        conv = self.current_conversation
        if not self.ready or conv is None or conv.id is None or conv.model == ref:
            return
        try:
            self.current_conversation = self.ws.set_conversation_model(conv.id, ref)
        except ServiceError as exc:
            self.statusBar().showMessage(str(exc), 8000)

    def _refresh_conversation_row(self) -> None:
        """Relabel the list after the open conversation's task changed."""
        self.refresh_conversations()

    # =========================================================================
    # clients
    # =========================================================================
    def refresh_clients(self, select_id: int | None = None) -> None:
        if not self.ready:
            return
        keep = (
            select_id
            if select_id is not None
            else (self.current_client.id if self.current_client else None)
        )
        clients = self.ws.clients(
            include_archived=self.show_archived.isChecked(), text=self.client_filter.text()
        )
        self._switching = True
        try:
            self.client_model.set_items(clients)
        finally:
            self._switching = False
        row = self.client_model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.client_list.setCurrentIndex(self.client_model.index(row, 0))
            self._load_client(self.client_model.item(row))
        elif self.current_client is None:
            self.refresh_conversations()
        self._update_empty_state()

    def select_client(self, client_id: int) -> bool:
        row = self.client_model.row_of(client_id)
        if row < 0 and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
            row = self.client_model.row_of(client_id)
        if row < 0 and self.client_filter.text():
            self.client_filter.clear()
            row = self.client_model.row_of(client_id)
        if row < 0:
            return False
        self.client_list.setCurrentIndex(self.client_model.index(row, 0))
        return True

    def _on_client_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._switching:
            return
        indexes = selected.indexes()
        if indexes:
            self._load_client(indexes[0].data(ObjectRole))

    def _load_client(self, client: Client) -> None:
        changed = self.current_client is None or self.current_client.id != client.id
        self.current_client = client
        self.refresh_conversations()
        if changed:
            first = self.conv_model.item(0)
            self.open_conversation(first.id if first is not None else None)
        self._update_window_title()

    def add_client(self) -> None:
        if not self.ready:
            return
        from consultant.ui.client_dialog import ClientDialog

        dialog = ClientDialog(self.ws, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.client is None:
            return
        client = dialog.client
        self.client_filter.clear()
        self.refresh_clients(select_id=client.id)
        self.select_client(client.id or 0)

    def edit_client(self, client: Client | None = None) -> None:
        client = client or self.current_client
        if client is None:
            return
        from consultant.ui.client_dialog import ClientDialog

        dialog = ClientDialog(self.ws, client, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client is not None:
            self.current_client = dialog.client
            self.refresh_clients(select_id=dialog.client.id)
            self._update_conversation_header()
            self._apply_model_pick()  # its default model or privacy may have changed

    def set_client_archived(self, client: Client, archived: bool) -> None:
        assert client.id is not None
        self.ws.set_client_archived(client.id, archived)
        if archived and self.current_client is not None and self.current_client.id == client.id:
            self.current_client = None
            self.conv_model.set_items([])
            self.open_conversation(None)
        self.refresh_clients()

    def _client_menu(self, pos: QPoint) -> None:
        index = self.client_list.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            client: Client = index.data(ObjectRole)
            menu.addAction("Edit…", lambda: self.edit_client(client))
            menu.addAction("Time and invoices…", self.open_billing)
            if client.archived:
                menu.addAction("Unarchive", lambda: self.set_client_archived(client, False))
            else:
                menu.addAction("Archive", lambda: self.set_client_archived(client, True))
            menu.addSeparator()
        menu.addAction("Add client…", self.add_client)
        menu.popup(self.client_list.viewport().mapToGlobal(pos))

    # =========================================================================
    # conversations
    # =========================================================================
    def refresh_conversations(self) -> None:
        if self.current_client is None or self.current_client.id is None:
            self.conv_model.set_items([])
        else:
            inbox = getattr(self, "inbox", None)  # Chats / Mail / All (ui/inbox_view.py)
            kind = inbox.conversation_kind() if inbox is not None else None
            convs = self.ws.conversations(self.current_client.id, kind=kind)
            self._switching = True
            try:
                self.conv_model.set_conversations(convs)
            finally:
                self._switching = False
            if self.current_conversation is not None:
                row = self.conv_model.row_of(self.current_conversation.id)
                if row >= 0:
                    self._switching = True
                    try:
                        self.conv_list.setCurrentIndex(self.conv_model.index(row, 0))
                    finally:
                        self._switching = False
        has = self.conv_model.rowCount() > 0
        self.conv_list.setVisible(has)
        # Always show something that fills the pane, so its header stays on top.
        self.conv_empty.setText(
            "No conversations yet.\nPress + New or Ctrl+N."
            if self.current_client is not None
            else "Choose a client to see its conversations."
        )
        self.conv_empty.setVisible(not has)
        self.new_conv_button.setEnabled(self.current_client is not None)

    def select_conversation(self, conversation_id: int) -> bool:
        row = self.conv_model.row_of(conversation_id)
        if row < 0:
            return False
        self.conv_list.setCurrentIndex(self.conv_model.index(row, 0))
        if self.current_conversation is None or self.current_conversation.id != conversation_id:
            self.open_conversation(conversation_id)
        return True

    def _on_conversation_selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        if self._switching:
            return
        indexes = selected.indexes()
        if indexes:
            conv: Conversation = indexes[0].data(ObjectRole)
            if self.current_conversation is None or self.current_conversation.id != conv.id:
                self.open_conversation(conv.id)

    def new_conversation(self, title: str = "", task: Task | None = None) -> Conversation | None:
        if self.current_client is None or self.current_client.id is None:
            self.statusBar().showMessage("Choose or add a client first.", 5000)
            return None
        conv = self.ws.new_conversation(
            self.current_client.id, title=title, task=task or self.composer.task()
        )
        self.current_conversation = None
        self.refresh_conversations()
        self.select_conversation(conv.id or 0)
        self.composer.edit.setFocus()
        return conv

    def open_conversation(self, conversation_id: int | None) -> None:
        self.composer.flush()
        self.context_panel.reset()
        if conversation_id is None:
            self.current_conversation = None
            self.context_panel.set_mail_thread(False)
            self.view.open_conversation(None)
            self.composer.set_conversation(None)
            self.composer.select_model("")
            self._update_empty_state()
            self._update_conversation_header()
            if getattr(self, "inbox", None) is not None:
                self.inbox.conversation_opened(None)
            return
        conv = self.ws.conversation(conversation_id)
        self.current_conversation = conv
        self.context_panel.set_mail_thread(conv.is_mail)
        if getattr(self, "inbox", None) is not None:
            self.inbox.conversation_opened(conv)  # a mail thread: no composer
        row = self.conv_model.row_of(conversation_id)  # shown as current in the list
        if row >= 0 and self.conv_list.currentIndex().row() != row:
            self._switching = True
            try:
                self.conv_list.setCurrentIndex(self.conv_model.index(row, 0))
            finally:
                self._switching = False
        self.view.open_conversation(conversation_id)
        session = self.sessions.get(conversation_id)
        if session is not None and not session.done:
            self.view.set_streaming_text(session.reply_id, session.text)
        # The conversation's own task, model and draft (kept by ``_on_task_picked``,
        # ``_on_model_picked`` and the composer's draft timer).
        self.composer.set_conversation(conversation_id, conv.draft, conv.task)
        self._apply_model_pick()
        self._update_empty_state()
        self._update_conversation_header()
        self._update_busy()
        if conv.draft.strip():
            self._schedule_context(conv.draft)

    def rename_conversation(self, conversation_id: int, title: str | None = None) -> None:
        if title is None:
            conv = self.ws.conversation(conversation_id)
            title, ok = QInputDialog.getText(self, "Rename conversation", "Title:",
                                             text=conv.title)  # fmt: skip
            if not ok:
                return
        updated = self.ws.rename_conversation(conversation_id, title)
        if self.current_conversation is not None and self.current_conversation.id == updated.id:
            self.current_conversation = updated
        self.refresh_conversations()
        self._update_conversation_header()

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.ws.set_conversation_pinned(conversation_id, pinned)
        self.refresh_conversations()

    def set_conversation_archived(self, conversation_id: int, archived: bool = True) -> None:
        self.ws.set_conversation_archived(conversation_id, archived)
        if self.current_conversation is not None and self.current_conversation.id == (
            conversation_id
        ):
            self.open_conversation(None)
        self.refresh_conversations()

    def _conversation_menu(self, pos: QPoint) -> None:
        index = self.conv_list.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            conv: Conversation = index.data(ObjectRole)
            cid = conv.id or 0
            menu.addAction("Rename…", lambda: self.rename_conversation(cid))
            menu.addAction("Unpin" if conv.pinned else "Pin to top",
                           lambda: self.set_pinned(cid, not conv.pinned))  # fmt: skip
            menu.addAction("Archive", lambda: self.set_conversation_archived(cid))
            menu.addAction("Export…", lambda: self.export_conversation_dialog(cid))
            menu.addAction("Delete…", lambda: self.delete_conversation(cid))
            menu.addSeparator()
        menu.addAction("New conversation", lambda: self.new_conversation())
        menu.popup(self.conv_list.viewport().mapToGlobal(pos))

    def open_message_or_conversation(self, conversation_id: int) -> bool:
        """Select the conversation's client and open the conversation."""
        try:
            conv = self.ws.conversation(conversation_id)
        except ServiceError:
            return False
        if self.current_client is None or self.current_client.id != conv.client_id:
            self.select_client(conv.client_id)
        self.refresh_conversations()
        if not self.select_conversation(conversation_id):
            self.open_conversation(conversation_id)
        return True

    def open_message(self, conversation_id: int, message_id: int) -> bool:
        """Jump to a message (from search or a context snippet)."""
        try:
            conv = self.ws.conversation(conversation_id)
        except ServiceError:
            return False
        if conv.archived:
            self.ws.set_conversation_archived(conversation_id, False)
        if self.current_client is None or self.current_client.id != conv.client_id:
            self.select_client(conv.client_id)
        if self.current_conversation is None or self.current_conversation.id != conv.id:
            self.refresh_conversations()
            if not self.select_conversation(conversation_id):
                self.open_conversation(conversation_id)
        return self.view.reveal_message(message_id)

    # =========================================================================
    # sending and streaming
    # =========================================================================
    def _session(self) -> StreamSession | None:
        if self.current_conversation is None:
            return None
        session = self.sessions.get(self.current_conversation.id or 0)
        return session if session is not None and not session.done else None

    def send(
        self,
        text: str | None = None,
        task: Task | None = None,
        instructions: str = "",
        from_composer: bool = True,
    ) -> PreparedTurn | None:
        from consultant.services.ask import TurnRequest

        conv = self.current_conversation
        if conv is None or conv.id is None:
            return None
        if self._session() is not None:
            self.composer.show_notice("A reply is still being written; stop it or wait.")
            return None
        text = self.composer.text() if text is None else text
        if not text.strip():
            return None
        # The panel's snippets are sent only when they were proposed for this very
        # text (proposals run in the background); otherwise the send retrieves.
        fresh = (
            from_composer
            and self.proposals.proposed_for == text
            and not self._context_timer.isActive()
        )
        self._context_timer.stop()
        email = self._pending_email.get(conv.id) if from_composer else None
        request = TurnRequest(
            conversation_id=conv.id,
            text=text,
            task=task or self.composer.task(),
            model_ref=self.composer.model_ref(),
            instructions=instructions,
            context=(self.context_panel.snippets() if fresh else None) if from_composer else [],
            exclude_context=self.context_panel.removed() if from_composer else frozenset(),
            subject=email.parsed.subject if email is not None else "",
            metadata={"email": email.parsed.to_metadata()} if email is not None else {},
        )
        try:
            turn = self.ask.prepare(request)
        except ServiceError as exc:
            self.composer.show_notice(str(exc))
            return None
        except Exception as exc:  # never lose the text to an unexpected error
            log.exception("could not prepare the message")
            self.composer.show_notice(f"The message could not be sent: {exc}")
            return None
        self.composer.hide_notice()
        if from_composer:
            self._pending_email.pop(conv.id, None)
            self.composer.clear_text()
            self.context_panel.reset()
        title = None if conv.title else text.strip().splitlines()[0][:80]
        self.current_conversation = self.ws.update_conversation(
            conv.id, task=request.task, title=title
        )
        self.view.add_message(turn.user_message)
        self.view.add_message(turn.reply_message)
        self._start(turn)
        self.refresh_conversations()
        self._update_conversation_header()
        return turn

    def _start(self, turn: PreparedTurn) -> StreamSession:
        from consultant.ui.stream_worker import StreamSession

        session = StreamSession(self.ask, turn, self)
        cid = turn.conversation_id
        session.sig_text.connect(lambda rid, text, c=cid: self._on_stream_text(c, rid, text))
        session.sig_done.connect(lambda message, c=cid: self._on_stream_done(c, message))
        session.qthread.finished.connect(lambda s=session: self._forget(s))
        self.sessions[cid] = session
        self._live.append(session)
        session.start()
        self._update_busy()
        return session

    def _forget(self, session: StreamSession) -> None:
        if session in self._live and session.done:
            self._live.remove(session)
            session.qthread.deleteLater()
            session.worker.deleteLater()
            session.deleteLater()

    def _on_stream_text(self, conversation_id: int, reply_id: int, text: str) -> None:
        if self.view.conversation_id == conversation_id:
            self.view.set_streaming_text(reply_id, text)

    def _on_stream_done(self, conversation_id: int, message: Any) -> None:
        session = self.sessions.get(conversation_id)
        if session is not None and session.done:
            del self.sessions[conversation_id]
        if self.view.conversation_id == conversation_id:
            self.view.replace_message(message)
        self._update_busy()
        if self.isVisible():
            self.refresh_conversations()

    def stop(self) -> None:
        session = self._session()
        if session is not None:
            session.stop()
            self.statusBar().showMessage("Stopping…", 2000)

    def regenerate(self, reply_id: int) -> PreparedTurn | None:
        if self._session() is not None:
            self.composer.show_notice("A reply is still being written; stop it or wait.")
            return None
        try:
            turn = self.ask.prepare_retry(reply_id)
        except ServiceError as exc:
            self.composer.show_notice(str(exc))
            return None
        # the earlier reply stays as version n-1 of the turn (``< n/n >``); only its
        # row changes (reloading the page cost ~55 ms of GUI time at 2 000 messages)
        self.view.show_new_version(reply_id, turn.reply_message)
        self._start(turn)
        return turn

    # -- edit and resend -------------------------------------------------------------
    def open_edit_dialog(self, message_id: int) -> None:
        """Edit a sent message of the user's; "Resend" makes it a new version."""
        from consultant.ui.conversation_view import EditMessageDialog

        if self._session() is not None:
            self.composer.show_notice("A reply is still being written; stop it or wait.")
            return
        try:
            message = self.ws.message(message_id)
        except ServiceError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return
        dialog = EditMessageDialog(message.content, self)
        self.edit_dialog = dialog  # tests answer it

        def resend() -> None:
            if self.resend_edited(message_id, dialog.text()) is not None:
                dialog.accept()

        dialog.sig_resend.connect(resend)
        dialog.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        dialog.open()

    def resend_edited(self, message_id: int, text: str) -> PreparedTurn | None:
        """Send ``text`` as a new version of the user's message ``message_id``; what
        followed the earlier version is kept with it."""
        if self._session() is not None:
            self.composer.show_notice("A reply is still being written; stop it or wait.")
            return None
        dialog = getattr(self, "edit_dialog", None)
        try:
            turn = self.ask.prepare_edit(message_id, text, self.composer.model_ref())
        except ServiceError as exc:
            if dialog is not None:
                dialog.show_error(str(exc))
            else:
                self.composer.show_notice(str(exc))
            return None
        self.view.reload()
        self._start(turn)
        self.refresh_conversations()
        return turn

    # -- delete and export -----------------------------------------------------------
    def delete_conversation(self, conversation_id: int | None = None) -> bool:
        """Delete one conversation after a confirmation and a backup."""
        if conversation_id is None:
            conv = self.current_conversation
            if conv is None or conv.id is None:
                self.statusBar().showMessage("Open a conversation to delete it.", 5000)
                return False
            conversation_id = conv.id
        if conversation_id in self.sessions and not self.sessions[conversation_id].done:
            self.statusBar().showMessage("A reply is still being written; stop it first.", 6000)
            return False
        try:
            conv = self.ws.conversation(conversation_id)
        except ServiceError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return False
        count = self.ws.message_count(conversation_id)
        box = QMessageBox(self)
        box.setObjectName("deleteConversationBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete conversation")
        box.setText(f"Delete “{conv.title or 'Untitled conversation'}” and its "
                    f"{count} message{'s' if count != 1 else ''}?")  # fmt: skip
        box.setInformativeText("A backup of all data is taken first; time logged from it is kept.")
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.delete_box = box  # tests answer it
        box.exec()
        if box.clickedButton() is not delete:
            return False
        try:
            backup = self.ws.delete_conversation(conversation_id)
        except ServiceError as exc:
            QMessageBox.warning(self, "Delete conversation", str(exc))
            return False
        if self.current_conversation is not None and self.current_conversation.id == (
            conversation_id
        ):
            self.open_conversation(None)
        self.refresh_conversations()
        self.statusBar().showMessage(f"Conversation deleted. Backup: {backup}", 8000)
        return True

    def export_conversation_dialog(self, conversation_id: int | None = None) -> Path | None:
        """Ask for a file (Markdown, HTML or PDF by its filter) and export."""
        from consultant.services.conversation_export import (
            ExportFormat,
            conversation_document,
            parse_format,
            suggested_name,
        )

        if conversation_id is None:
            conv = self.current_conversation
            if conv is None or conv.id is None:
                self.statusBar().showMessage("Open a conversation to export it.", 5000)
                return None
            conversation_id = conv.id
        try:
            doc = conversation_document(self.ws, conversation_id)
        except ServiceError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return None
        filters = {
            "Markdown (*.md)": ExportFormat.MARKDOWN,
            "HTML (*.html)": ExportFormat.HTML,
            "PDF (*.pdf)": ExportFormat.PDF,
        }
        name = str(Path.home() / suggested_name(doc, ExportFormat.MARKDOWN))
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export conversation", name, ";;".join(filters)
        )
        if not path:
            return None
        fmt = filters.get(chosen, ExportFormat.MARKDOWN)
        target = Path(path)
        if target.suffix.lower() in {".md", ".markdown", ".html", ".htm", ".pdf"}:
            fmt = parse_format(target.suffix)
        else:
            target = target.with_suffix(fmt.suffix)
        return self.export_conversation(conversation_id, fmt, target)

    def export_conversation(self, conversation_id: int, fmt: Any, path: Path) -> Path | None:
        from consultant.services.conversation_export import export_conversation
        from consultant.ui.invoice_pdf import write_pdf

        try:
            written = export_conversation(self.ws, conversation_id, fmt, path,
                                          pdf_writer=write_pdf)  # fmt: skip
        except ServiceError as exc:
            QMessageBox.warning(self, "Export conversation", str(exc))
            return None
        self.statusBar().showMessage(f"Exported to {written}", 8000)
        return written

    def draft_reply_from_interpretation(self) -> PreparedTurn | None:
        self.composer.set_task(Task.REPLY)
        return self.send(
            INTERPRET_REPLY_TEXT, Task.REPLY, INTERPRET_REPLY_INSTRUCTIONS, from_composer=False
        )

    def _update_busy(self) -> None:
        busy = self._session() is not None
        self.composer.set_busy(busy)
        last = self.view.model_.last_reply()
        rows = self.view.model_.items()
        show = (
            not busy
            and last is not None
            and bool(rows)
            and rows[-1].id == last.id
            and last.task == Task.INTERPRET
            and last.status == MessageStatus.COMPLETE
        )
        self.interpret_bar.setVisible(show)

    # -- e-mail intake -------------------------------------------------------------
    def choose_email_file(self) -> None:
        self.intake.choose_file()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.ready:
            event.acceptProposedAction()
            self.open_email_file(files[0])

    def open_email_file(self, path: Path) -> Conversation | None:
        """Read an e-mail into a new Interpret conversation (``ui/email_intake.py``)."""
        return self.intake.open_file(path)

    @property
    def duplicate_box(self) -> QMessageBox:
        """The "opened before" question while it is asked (tests answer it)."""
        return self.intake.duplicate_box

    @property
    def sender_dialog(self) -> UnknownSenderDialog:
        """The "which client?" dialog while it is asked (tests answer it)."""
        return self.intake.sender_dialog

    # -- context ------------------------------------------------------------------
    def _schedule_context(self, _text: str) -> None:
        self.proposals.proposed_for = None
        self._context_timer.start()

    def propose_context(self) -> None:
        """Offer past exchanges for the text being written (``ui/context_proposals.py``)."""
        self.proposals.propose()

    def preview_privacy(self) -> None:
        """What the message being written will mask, and the estimate of sending it."""
        self.proposals.preview()

    def _record_background_audit(self) -> None:
        self.proposals.record_audit()

    @property
    def _preview_task(self) -> BackgroundTask[Any]:  # read by tests
        return self.proposals.preview_task

    # =========================================================================
    # dialogs
    # =========================================================================
    # Dialogs are imported on first use (start-up time), and an import error shows.
    def open_settings(self) -> None:
        from consultant.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self)
        dialog.sig_settings_changed.connect(self.reload_models)
        dialog.exec()
        self.reload_models()

    def open_search(self) -> None:
        from consultant.ui.search_dialog import SearchDialog

        client_id = self.current_client.id if self.current_client else None
        dialog = SearchDialog(self.ws, client_id, self)
        dialog.sig_open_message.connect(self.open_message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.search_dialog = dialog

    def open_billing(self) -> QDialog | None:
        """Time entries, invoices and the overview of the current client."""
        client = self.current_client
        if client is None or client.id is None:
            self.statusBar().showMessage("Choose a client first.", 5000)
            return None
        from consultant.ui.billing_views import BillingPanel

        dialog = QDialog(self)
        dialog.setWindowTitle(f"Time and invoices — {client.name}")
        layout = QVBoxLayout(dialog)
        layout.addWidget(BillingPanel(self.ws, client.id, dialog))
        dialog.resize(900, 640)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def log_time(self) -> bool:
        """Log time for the current client, linked to the open conversation."""
        client = self.current_client
        if client is None or client.id is None:
            self.statusBar().showMessage("Choose a client first.", 5000)
            return False
        from consultant.ui.billing_views import LogTimeDialog

        conv = self.current_conversation
        dialog = LogTimeDialog(
            self.ws, client.id, self, conversation_id=conv.id if conv is not None else None
        )
        if dialog.exec():
            self.statusBar().showMessage("Time logged.", 5000)
            return True
        return False

    def show_shortcuts(self) -> bool:
        """Help → Keyboard shortcuts (``ui/shortcuts_dialog.py``)."""
        try:
            from consultant.ui.shortcuts_dialog import show_shortcuts
        except ImportError as exc:
            self._feature_missing("The keyboard shortcuts page", exc)
            return False
        show_shortcuts(self)
        return True

    def open_audit_log(self) -> bool:
        """Tools → Audit log: every outbound model call (``ui/audit_view.py``)."""
        try:
            from consultant.ui.audit_view import show_audit_log
        except ImportError as exc:
            self._feature_missing("The audit log", exc)
            return False
        show_audit_log(self, self.ws)
        return True

    def _feature_missing(self, what: str, exc: ImportError) -> None:
        log.error("%s could not be loaded", what, exc_info=exc)
        QMessageBox.warning(
            self,
            "Not available",
            f"{what} could not be loaded ({exc}). This installation of Consultant is "
            f"incomplete: reinstall it, or report the problem with this message.",
        )

    def backup_now(self) -> None:
        try:
            path = self.ws.backup()
        except ServiceError as exc:
            QMessageBox.warning(self, "Backup", str(exc))
            return
        self.statusBar().showMessage(f"Backup written to {path}", 8000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Consultant",
            f"<b>Consultant {__version__}</b><br>A local-first assistant for freelance "
            f"developers.<br><br>Data folder: {self.ws.home}",
        )

    # =========================================================================
    # empty states and headers
    # =========================================================================
    def _update_empty_state(self) -> None:
        has_clients = (
            self.client_model.rowCount() > 0
            or bool(self.client_filter.text())
            or (bool(self.ws.clients(include_archived=True)))
        )
        has_models = self.composer.has_models()
        self.empty_button.show()
        self.empty_model_button.setVisible(not has_models)
        if self.current_conversation is not None:
            self.right_stack.setCurrentIndex(1)
            return
        self.right_stack.setCurrentIndex(0)
        if not has_clients:
            self.empty_title.setText("Welcome to Consultant")
            self.empty_text.setText(
                "Keep every client's e-mails, interpretations and replies in one place.\n"
                "Start by adding the first client you work for."
            )
            self.empty_button.setText("Add your first client")
        elif self.current_client is None:
            self.empty_title.setText("Choose a client")
            self.empty_text.setText("Pick a client on the left to see their conversations.")
            self.empty_button.setText("Add a client")
        else:
            self.empty_title.setText(f"No conversation open for {self.current_client.name}")
            self.empty_text.setText(
                "Start a conversation, then paste the client's e-mail and choose a task:\n"
                "Interpret, Reply, IT request, Documentation, Explain…"
            )
            self.empty_button.setText("New conversation")
        if not has_models:
            self.empty_text.setText(
                self.empty_text.text() + "\n\nNo model is configured yet: set one up in Settings."
            )

    def _empty_action(self) -> None:
        if self.current_client is None:
            self.add_client()
        else:
            self.new_conversation()

    def _update_conversation_header(self) -> None:
        conv = self.current_conversation
        client = self.current_client
        self.conv_title.setText((conv.title or "New conversation") if conv else "")
        badge = privacy_badge(client.privacy) if client else ""
        self.conv_badge.setText(f"{client.name}  {badge}".strip() if client else "")
        self._update_window_title()

    def _update_window_title(self) -> None:
        name = self.current_client.name if self.current_client else ""
        self.setWindowTitle(f"{name} — Consultant" if name else "Consultant")

    # =========================================================================
    # window events
    # =========================================================================
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.sig_first_paint.emit)

    def shutdown(self) -> None:
        """Save the draft and the layout, stop and join every stream."""
        self._closing = True  # no more background indexing passes
        if self.ready:
            self.composer.flush()
        self.save_state()
        if getattr(self, "mail_sync", None) is not None:  # cancel and join the mail sync
            self.mail_sync.shutdown()
        for session in list(self._live):
            session.shutdown()
        self._live.clear()
        self.sessions.clear()
        from consultant.ui.background import wait_for_background

        wait_for_background(3000)
        if self.ready:
            self._record_background_audit()  # what finished, or was cancelled, meanwhile

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def current_index(self) -> QModelIndex:  # used by tests
        return self.conv_list.currentIndex()
