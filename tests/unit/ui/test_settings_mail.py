"""Settings → Mail: accounts saved and removed through the service (the password only
in the keyring), inline sentences for refused values, the port following the security,
Test connection in the background against a real Dovecot, and the sync interval."""

# The Dovecot fixtures are imported from tests/imap_server.py, so their names are
# parameters here too:
# ruff: noqa: F811

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.settings import load_settings, settings_path
from consultant.mail import accounts
from consultant.mail.accounts import MailAccount
from consultant.services import mail_accounts
from consultant.services.workspace import Workspace
from consultant.ui import background
from consultant.ui.settings_common import ERROR_COLOR, OK_COLOR
from consultant.ui.settings_dialog import SettingsDialog
from consultant.ui.settings_mail import SAVED_IN_KEYRING, MailPage
from tests.imap_server import DovecotServer, _dovecot_session, imap_server  # noqa: F401
from tests.support import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SECRET = "Sup3r-Secret-pw"


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace.open()
    yield ws
    background.wait_for_background(10_000)
    ws.close()


def _dialog(qtbot: QtBot, workspace: Workspace) -> SettingsDialog:
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.mail_page)
    return dialog


def _fill(page: MailPage, *, name: str = "work", host: str = "imap.example.com",
          user: str = "me@example.com", password: str = SECRET) -> None:
    page.add_account()
    page.name_edit.setText(name)
    page.host_edit.setText(host)
    page.user_edit.setText(user)
    page.password_edit.setText(password)


def test_adding_an_account_writes_settings_and_keyring_not_the_password(
        qtbot: QtBot, workspace: Workspace, memory_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.mail_page
    assert page.empty_label.isVisibleTo(page)
    _fill(page)
    page.security_combo.setCurrentIndex(page.security_combo.findData("starttls"))
    assert page.port_spin.value() == 143  # the default follows the security
    page.security_combo.setCurrentIndex(page.security_combo.findData("ssl"))
    assert page.port_spin.value() == 993
    assert page.save_account()
    assert page.account_names() == ["work"]
    assert page.accounts_list.item(0).text() == (
        "work\nme@example.com on imap.example.com:993 · SSL/TLS")
    text = settings_path().read_text(encoding="utf-8")
    assert SECRET not in text
    assert json.loads(text)["mail_accounts"]["work"]["host"] == "imap.example.com"
    assert accounts.get_secret(mail_accounts.get_account("work")) == SECRET
    # the dialog's Save keeps the account (it is not the dialog's stale copy)
    page.auto_sync_check.setChecked(True)
    page.interval_spin.setValue(30)
    assert dialog.save()
    saved = load_settings().settings
    assert "work" in saved.mail_accounts and saved.mail_sync_minutes == 30
    assert SECRET not in settings_path().read_text(encoding="utf-8")


def test_editing_keeps_the_saved_password_and_never_shows_it(
        qtbot: QtBot, workspace: Workspace) -> None:
    mail_accounts.add_account(MailAccount("work", "imap.example.com", 993, "me"), SECRET)
    dialog = _dialog(qtbot, workspace)
    page = dialog.mail_page
    page.select_account("work")
    page.edit_selected()
    assert page.password_edit.text() == ""
    assert page.password_state.text() == SAVED_IN_KEYRING
    page.host_edit.setText("mail.example.org")
    page.name_edit.setText("office")  # a rename moves the keyring entry
    assert page.save_account()
    assert page.account_names() == ["office"]
    office = mail_accounts.get_account("office")
    assert office.host == "mail.example.org"
    assert accounts.get_secret(office) == SECRET
    assert not accounts.has_password("work")


def test_refused_values_are_sentences_inline_and_nothing_is_saved(
        qtbot: QtBot, workspace: Workspace) -> None:
    page = _dialog(qtbot, workspace).mail_page
    _fill(page, host="")
    assert not page.save_account()
    assert page.error_label.text() == "Mail account 'work' needs a server name (host)."
    assert ERROR_COLOR in page.error_label.styleSheet()
    page.host_edit.setText("imap.example.com")
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    assert not page.save_account()
    assert "only for a server on this computer" in page.error_label.text()
    page.security_combo.setCurrentIndex(page.security_combo.findData("ssl"))
    page.password_edit.clear()
    assert not page.save_account()
    assert page.error_label.text() == "Mail account 'work' needs a password."
    page.auth_combo.setCurrentIndex(page.auth_combo.findData("xoauth2"))
    assert page.token_edit.isVisibleTo(page) and not page.password_edit.isVisibleTo(page)
    assert not page.save_account()
    assert page.error_label.text().startswith("XOAUTH2 needs a token command")
    assert mail_accounts.list_accounts() == []
    page.token_edit.setText("oama access me@example.com")
    assert page.save_account()
    assert mail_accounts.get_account("work").token_command == "oama access me@example.com"


def test_remove_asks_and_deletes_the_keyring_entry(
        qtbot: QtBot, workspace: Workspace) -> None:
    mail_accounts.add_account(MailAccount("work", "imap.example.com", 993, "me"), SECRET)
    page = _dialog(qtbot, workspace).mail_page
    asked: list[str] = []

    def refuse(name: str) -> bool:
        asked.append(name)
        return False

    page.confirm = refuse
    page.select_account("work")
    assert not page.remove_selected()
    assert asked == ["work"] and page.account_names() == ["work"]
    page.confirm = lambda name: True
    assert page.remove_selected()
    assert page.account_names() == [] and mail_accounts.list_accounts() == []
    assert not accounts.has_password("work")
    assert "Removed mail account 'work'" in page.list_message.text()


def test_test_connection_signs_in_in_the_background_and_says_so(
        qtbot: QtBot, workspace: Workspace, imap_server: DovecotServer) -> None:
    box = imap_server.new_user()
    page = _dialog(qtbot, workspace).mail_page
    _fill(page, host="127.0.0.1", user=box.user, password="wrong-Secret-987")
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    page.port_spin.setValue(imap_server.port)
    page.test_connection()
    assert page.test_running and not page.test_button.isEnabled()  # not blocking
    assert page.test_result_label.text().startswith("Connecting to 127.0.0.1")
    qtbot.waitUntil(lambda: not page.test_running, timeout=30_000)
    failed = page.test_result_label.text()
    assert "refused the sign-in" in failed and "wrong-Secret-987" not in failed
    assert ERROR_COLOR in page.test_result_label.styleSheet()
    page.password_edit.setText(box.password)
    page.test_connection()
    qtbot.waitUntil(lambda: not page.test_running, timeout=30_000)
    assert page.test_result_label.text().startswith("✓ Signed in to 127.0.0.1 as ")
    assert OK_COLOR in page.test_result_label.styleSheet()
    # the saved password is used when the field is left empty
    assert page.save_account()
    page.select_account("work")
    page.edit_selected()
    page.test_connection()
    qtbot.waitUntil(lambda: not page.test_running, timeout=30_000)
    assert "Signed in to" in page.test_result_label.text()


def test_sync_interval_is_off_by_default(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.mail_page
    assert not page.auto_sync_check.isChecked() and not page.interval_spin.isEnabled()
    assert "only when you choose" in page.sync_note.text()
    assert dialog.save()
    assert load_settings().settings.mail_sync_minutes == 0
