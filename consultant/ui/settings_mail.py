"""Settings → Mail: the IMAP accounts client mail is read from, and when to sync.

:class:`MailPage` is one tab of the settings dialog. Accounts are saved and removed
at once through ``services.mail_accounts`` ("Save account", "Remove"), like keys on
the Models tab: the configuration goes to ``settings.json``, the password only to the
system keyring — it is never shown again; the form says "Saved in the system keyring"
and an empty password field keeps it. :meth:`MailPage.apply_to` puts the accounts as
they are on disk and the sync interval into the dialog's settings copy, so the
dialog's Save neither loses nor resurrects an account.

"Test connection" signs in with what the form shows (the typed password, else the
saved one, or the token command's token) on the thread pool through
``run_in_background``: the window never waits for a server. Every refusal is the
service's sentence, inline under the form (red), a working test is green.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consultant.core.settings import Settings
from consultant.mail import accounts
from consultant.mail.accounts import MailAccount, MailError
from consultant.services import mail_accounts, models
from consultant.services.mail_accounts import AccountEntry
from consultant.services.workspace import ServiceError
from consultant.ui.background import run_in_background
from consultant.ui.settings_common import (
    ERROR_COLOR,
    OK_COLOR,
    BackgroundTasks,
    muted,
    say,
    wrapping,
)

__all__ = ["DEFAULT_PORTS", "SECURITY_LABELS", "MailPage", "account_title"]

SECURITY_LABELS = {
    "ssl": "SSL/TLS",
    "starttls": "STARTTLS",
    "none": "None (a server on this computer only)",
}
LIST_SECURITY = {"ssl": "SSL/TLS", "starttls": "STARTTLS", "none": "no TLS"}
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
AUTH_LABELS = {"password": "Password", "xoauth2": "XOAUTH2 (token command)"}
SAVED_IN_KEYRING = "Saved in the system keyring — type a new one to replace it"
TOKEN_HELP = (
    "For Gmail or Microsoft 365 with OAuth: a command that prints a fresh access token, "
    "e.g. oama access you@example.com. It runs without a shell each time Consultant "
    "signs in; its output is never stored or shown."
)
INTRO = (
    "Consultant reads mail from and to your clients from these IMAP accounts; it never "
    "sends, moves or deletes mail. An account is saved when you press “Save account”; "
    "its password goes only to the system keyring."
)


def account_title(entry: AccountEntry) -> str:
    """"work — me@example.com on imap.example.com · SSL/TLS" (or the problem)."""
    account = entry.account
    if account is None:
        return f"{entry.name} — unusable: {entry.problem}"
    security = LIST_SECURITY.get(account.security, account.security)
    return f"{entry.name} — {account.user} on {account.host}:{account.port} · {security}"


class MailPage(QWidget):
    """The Mail tab: accounts (list, form, test) and the sync interval."""

    def __init__(
        self, settings: Settings, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks
        self._entries: list[AccountEntry] = []
        self._editing: str | None = None  # the saved name being edited; None = new
        self._editing_saved_password = False
        self.test_running = False
        self.confirm: Callable[[str], bool] = self._ask
        self._build()
        self.refresh_accounts()
        minutes = settings.mail_sync_minutes
        self.auto_sync_check.setChecked(minutes > 0)
        self.interval_spin.setValue(minutes if minutes > 0 else 15)
        self._auto_toggled()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        intro = muted(wrapping(INTRO))

        self.accounts_list = QListWidget()
        self.accounts_list.setObjectName("mailAccounts")
        self.accounts_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_list.setMinimumWidth(260)
        self.accounts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accounts_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.accounts_list.setSpacing(2)
        self.accounts_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.accounts_list.currentRowChanged.connect(self._selection_changed)
        self.empty_label = muted(wrapping("No mail account yet: press Add to set one up."))
        self.add_button = QPushButton("Add…")
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton("Remove…")
        self.remove_button.clicked.connect(self.remove_selected)
        self.list_message = wrapping()
        self.list_message.setObjectName("mailListMessage")
        self.list_message.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        sync_box = QGroupBox("Sync")
        self.auto_sync_check = QCheckBox("Sync automatically every")
        self.auto_sync_check.toggled.connect(self._auto_toggled)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(5, 1440)
        self.interval_spin.setSuffix(" minutes")
        self.interval_spin.setSingleStep(5)
        self.sync_note = muted(wrapping())
        row = QHBoxLayout()
        row.addWidget(self.auto_sync_check)
        row.addWidget(self.interval_spin)
        row.addStretch(1)
        sync_layout = QVBoxLayout(sync_box)
        sync_layout.addLayout(row)
        sync_layout.addWidget(self.sync_note)

        left = QVBoxLayout()
        left.addWidget(QLabel("Accounts:"))
        left.addWidget(self.accounts_list, 1)
        left.addWidget(self.empty_label)
        left.addLayout(buttons)
        left.addWidget(self.list_message)
        left.addWidget(sync_box)

        self.editor = QGroupBox("Account")
        self.editor.setObjectName("mailAccountEditor")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. work")
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("e.g. imap.example.com")
        self.security_combo = QComboBox()
        for value, label in SECURITY_LABELS.items():
            self.security_combo.addItem(label, value)
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORTS["ssl"])
        self._security = "ssl"
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText("usually your e-mail address")
        self.inbox_edit = QLineEdit("INBOX")
        self.sent_edit = QLineEdit("Sent")
        self.drafts_edit = QLineEdit("Drafts")
        self.auth_combo = QComboBox()
        for value, label in AUTH_LABELS.items():
            self.auth_combo.addItem(label, value)
        self.auth_combo.currentIndexChanged.connect(self._auth_changed)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("mailPassword")
        self.password_state = muted(wrapping())
        password_box = QVBoxLayout()
        password_box.setContentsMargins(0, 0, 0, 0)
        password_box.addWidget(self.password_edit)
        password_box.addWidget(self.password_state)
        self.password_row = QWidget()
        self.password_row.setLayout(password_box)
        self.token_edit = QLineEdit()
        self.token_edit.setPlaceholderText("e.g. oama access you@example.com")
        self.token_help = muted(wrapping(TOKEN_HELP))
        token_box = QVBoxLayout()
        token_box.setContentsMargins(0, 0, 0, 0)
        token_box.addWidget(self.token_edit)
        token_box.addWidget(self.token_help)
        self.token_row = QWidget()
        self.token_row.setLayout(token_box)
        folders = QHBoxLayout()
        for label, edit in (("Inbox", self.inbox_edit), ("Sent", self.sent_edit),
                            ("Drafts", self.drafts_edit)):
            folders.addWidget(QLabel(label))
            folders.addWidget(edit, 1)
        form.addRow("Name:", self.name_edit)
        form.addRow("Server:", self.host_edit)
        form.addRow("Security:", self.security_combo)
        form.addRow("Port:", self.port_spin)
        form.addRow("User name:", self.user_edit)
        form.addRow("Folders:", folders)
        form.addRow("Sign in with:", self.auth_combo)
        self.password_label = QLabel("Password:")
        form.addRow(self.password_label, self.password_row)
        self.token_label = QLabel("Token command:")
        form.addRow(self.token_label, self.token_row)

        self.error_label = wrapping()
        self.error_label.setObjectName("mailAccountError")
        self.error_label.hide()
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton("Save account")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_account)
        self.cancel_button = QPushButton("Close form")
        self.cancel_button.clicked.connect(self.close_editor)
        self.test_result_label = wrapping()
        self.test_result_label.setObjectName("mailTestResult")
        self.test_result_label.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.error_label)
        editor_layout.addWidget(self.test_result_label)
        editor_layout.addStretch(1)
        editor_layout.addLayout(actions)
        self.editor.hide()
        self.editor_placeholder = muted(wrapping(
            "Choose an account and press Edit, or press Add to set up a new one."
        ))
        self.editor_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.editor_placeholder, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        self._auth_changed()

    # -- the list --------------------------------------------------------------------
    def refresh_accounts(self, select: str | None = None) -> None:
        try:
            self._entries = mail_accounts.list_accounts()
        except ServiceError as exc:
            self._entries = []
            say(self.list_message, str(exc), ERROR_COLOR)
        self.accounts_list.clear()
        for entry in self._entries:
            item = QListWidgetItem(self._two_lines(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(account_title(entry))
            self.accounts_list.addItem(item)
        self.empty_label.setVisible(not self._entries)
        self.accounts_list.setVisible(bool(self._entries))
        names = [e.name for e in self._entries]
        if select in names:
            self.accounts_list.setCurrentRow(names.index(select))
        elif names:
            self.accounts_list.setCurrentRow(0)
        self._selection_changed()

    @staticmethod
    def _two_lines(entry: AccountEntry) -> str:
        """The name, and below it who on which server (the list is narrow)."""
        name, _, rest = account_title(entry).partition(" — ")
        return f"{name}\n{rest}"

    def account_names(self) -> list[str]:
        return [e.name for e in self._entries]

    def _selected(self) -> AccountEntry | None:
        row = self.accounts_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _selection_changed(self, _row: int = -1) -> None:
        has = self._selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def select_account(self, name: str) -> None:
        names = self.account_names()
        if name in names:
            self.accounts_list.setCurrentRow(names.index(name))

    # -- the form --------------------------------------------------------------------
    def add_account(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            self._open_editor(entry)

    def _open_editor(self, entry: AccountEntry | None) -> None:
        account = entry.account if entry is not None else None
        self._editing = entry.name if entry is not None else None
        self._editing_saved_password = bool(entry is not None and entry.password_saved)
        self.editor.setTitle(f"Account “{entry.name}”" if entry is not None else "New account")
        self.name_edit.setText(entry.name if entry is not None else "")
        values = account or MailAccount(name="", host="", port=993, user="")
        self.host_edit.setText(values.host)
        self._set_combo(self.security_combo, values.security)
        self._security = values.security
        self.port_spin.setValue(values.port)
        self.user_edit.setText(values.user)
        self.inbox_edit.setText(values.inbox)
        self.sent_edit.setText(values.sent)
        self.drafts_edit.setText(values.drafts)
        self._set_combo(self.auth_combo, values.auth)
        self.token_edit.setText(values.token_command)
        self.password_edit.clear()
        self._show_password_state()
        say(self.error_label, "")
        if entry is not None and entry.account is None:
            say(self.error_label, entry.problem, ERROR_COLOR)
        say(self.test_result_label, "")
        self._auth_changed()
        self.editor.show()
        self.editor_placeholder.hide()
        (self.name_edit if entry is None else self.host_edit).setFocus()

    def close_editor(self) -> None:
        self._editing = None
        self.password_edit.clear()
        self.editor.hide()
        self.editor_placeholder.show()

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _security_changed(self, _index: int = -1) -> None:
        new = str(self.security_combo.currentData())
        old_default = DEFAULT_PORTS.get(self._security)
        if self.port_spin.value() == old_default:  # not a port the user chose
            self.port_spin.setValue(DEFAULT_PORTS[new])
        self._security = new

    def _auth_changed(self, _index: int = -1) -> None:
        token = self.auth_combo.currentData() == "xoauth2"
        self.password_label.setVisible(not token)
        self.password_row.setVisible(not token)
        self.token_label.setVisible(token)
        self.token_row.setVisible(token)

    def _show_password_state(self) -> None:
        if self._editing_saved_password:
            self.password_edit.setPlaceholderText("••••••••  (saved)")
            self.password_state.setText(SAVED_IN_KEYRING)
        else:
            self.password_edit.setPlaceholderText("the account's password")
            self.password_state.setText("Stored only in the system keyring, never shown again.")

    def form_account(self) -> MailAccount:
        """The account as the form shows it; :class:`MailError` with the sentence."""
        account = MailAccount(
            name=self.name_edit.text().strip(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            user=self.user_edit.text().strip(),
            security=str(self.security_combo.currentData()),
            inbox=self.inbox_edit.text().strip() or "INBOX",
            sent=self.sent_edit.text().strip(),
            drafts=self.drafts_edit.text().strip() or "Drafts",
            auth=str(self.auth_combo.currentData()),
            token_command=self.token_edit.text().strip()
            if self.auth_combo.currentData() == "xoauth2" else "",
        )
        accounts.validate(account)
        return account

    def _secret_source(self, account: MailAccount) -> tuple[str | None, MailAccount]:
        """(typed password or None, the account whose saved secret to use)."""
        typed = self.password_edit.text()
        if account.auth == "password" and typed:
            return typed, account
        if account.auth == "password" and self._editing is not None:
            return None, dataclasses.replace(account, name=self._editing)
        return None, account

    def save_account(self) -> bool:
        """Validate the form and save it through the service; the sentence inline."""
        try:
            account = self.form_account()
        except MailError as exc:
            say(self.error_label, str(exc), ERROR_COLOR)
            return False
        old = self._editing
        taken = {n.casefold() for n in self.account_names() if n != old}
        if account.name.casefold() in taken:
            say(self.error_label,
                f"A mail account named {account.name!r} already exists; pick another name.",
                ERROR_COLOR)
            return False
        password: str | None = None
        if account.auth == "password":
            typed, source = self._secret_source(account)
            if typed:
                password = typed
            elif old is not None and self._editing_saved_password:
                try:
                    password = accounts.get_secret(source)  # keep the saved one
                except MailError as exc:
                    say(self.error_label, str(exc), ERROR_COLOR)
                    return False
            else:
                say(self.error_label, f"Mail account {account.name!r} needs a password.",
                    ERROR_COLOR)
                self.password_edit.setFocus()
                return False
        try:
            text = mail_accounts.add_account(account, password, replace=old is not None)
            if old is not None and old != account.name:
                mail_accounts.remove_account(old)  # renamed: the old name's keyring entry
        except ServiceError as exc:
            say(self.error_label, str(exc), ERROR_COLOR)
            return False
        self.close_editor()
        self.refresh_accounts(select=account.name)
        say(self.list_message, text, OK_COLOR)
        return True

    def remove_selected(self) -> bool:
        entry = self._selected()
        if entry is None:
            return False
        if not self.confirm(entry.name):
            return False
        try:
            text = mail_accounts.remove_account(entry.name)
        except ServiceError as exc:
            say(self.list_message, str(exc), ERROR_COLOR)
            return False
        if self._editing == entry.name:
            self.close_editor()
        self.refresh_accounts()
        say(self.list_message, text, OK_COLOR)
        return True

    def _ask(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Remove mail account",
            f"Remove mail account “{name}” and its saved password?\n\nMail already "
            f"synced from it stays in Consultant.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- test connection -------------------------------------------------------------
    def test_connection(self) -> None:
        """Sign in with the form's values in the background; the sentence inline."""
        if self.test_running:
            return
        try:
            account = self.form_account()
        except MailError as exc:
            say(self.test_result_label, str(exc), ERROR_COLOR)
            return
        typed, source = self._secret_source(account)
        if account.auth == "password" and typed is None and not self._editing_saved_password:
            say(self.test_result_label, "Type the account's password to test the connection.",
                ERROR_COLOR)
            return

        def run() -> str:
            from consultant.mail.imap import test_connection

            secret = typed if typed is not None else accounts.get_secret(source)
            return test_connection(account, secret)

        def done(text: str) -> None:
            self._test_finished(text, True)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MailError | ServiceError):
                self._test_finished(str(exc), False)
            else:
                self._test_finished(
                    f"The connection test failed unexpectedly ({type(exc).__name__}).", False
                )

        self.test_running = True
        self.test_button.setEnabled(False)
        say(self.test_result_label, f"Connecting to {account.host}:{account.port}…")
        self._tasks.track(run_in_background(run, done, failed, parent=self))

    def _test_finished(self, text: str, ok: bool) -> None:
        self.test_running = False
        self.test_button.setEnabled(True)
        say(self.test_result_label, ("✓ " if ok else "✗ ") + text, OK_COLOR if ok else ERROR_COLOR)

    # -- sync interval ---------------------------------------------------------------
    def _auto_toggled(self, _on: bool = False) -> None:
        on = self.auto_sync_check.isChecked()
        self.interval_spin.setEnabled(on)
        self.sync_note.setText(
            "Mail is fetched in the background while Consultant runs, and when you choose "
            "Mail → Sync mail now."
            if on
            else "Off: mail is fetched only when you choose Mail → Sync mail now."
        )

    # -- saving ------------------------------------------------------------------------
    def apply_to(self, settings: Settings) -> None:
        """The accounts as saved (they are written at once) and the sync interval."""
        settings.mail_accounts = copy.deepcopy(models.load().settings.mail_accounts)
        settings.mail_sync_minutes = (
            self.interval_spin.value() if self.auto_sync_check.isChecked() else 0
        )
