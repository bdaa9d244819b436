"""The add/edit client dialog, driven with qtbot against a real workspace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consultant.core.models import PrivacyPolicy
from consultant.services.workspace import Workspace
from consultant.ui.client_dialog import ClientDialog

# The offscreen platform plugin warns on every show(); it says nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace.open()
    yield ws
    ws.close()


def _dialog(qtbot: QtBot, workspace: Workspace, client: object = None) -> ClientDialog:
    dialog = ClientDialog(workspace, client)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_contact(dialog: ClientDialog, email: str, name: str, role: str) -> None:
    dialog._add_contact_row(email, name, role, edit=False)


def test_add_client_with_contacts_and_domains(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    assert dialog.windowTitle() == "Add client"
    qtbot.keyClicks(dialog.name_edit, "Sunrise Home Health")
    dialog.org_edit.setText("Home-health agency")
    dialog.tone_edit.setText("friendly")
    qtbot.keyClicks(dialog.rate_edit, "120.50")
    dialog.currency_combo.setCurrentText("usd")
    dialog.privacy_buttons[PrivacyPolicy.REDACT].setChecked(True)
    dialog.notes_edit.setPlainText("Office manager does IT.")
    dialog.glossary_edit.setPlainText("Sandata: EVV system")
    _fill_contact(dialog, "Maria@Sunrise.example", "Maria", "Office manager")
    _fill_contact(dialog, "", "", "")  # an empty row is ignored
    qtbot.keyClicks(dialog.domain_edit, "sunrise.example")
    dialog.add_domain_button.click()
    assert dialog.domains() == ["sunrise.example"]

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    client = dialog.client
    assert client is not None and client.id is not None
    stored = workspace.store.clients.get(client.id)
    assert stored.name == "Sunrise Home Health"
    assert stored.hourly_rate_minor == 12050
    assert stored.currency == "USD"
    assert stored.privacy is PrivacyPolicy.REDACT
    assert stored.glossary == "Sandata: EVV system"
    assert [(c.email, c.name, c.role) for c in stored.contacts] == [
        ("maria@sunrise.example", "Maria", "Office manager")
    ]
    assert stored.domains == ["sunrise.example"]
    assert client.contacts and client.domains  # .client includes them


def test_edit_client_diffs_contacts_and_domains(qtbot: QtBot, workspace: Workspace) -> None:
    client = workspace.add_client("Registry", rate="90", currency="EUR")
    workspace.add_contact("Registry", "a@registry.example", "Ann", "PM")
    workspace.add_contact("Registry", "b@registry.example", "Bob", "IT")
    workspace.add_domain("Registry", "registry.example")
    workspace.add_domain("Registry", "old-registry.example")

    dialog = _dialog(qtbot, workspace, client)
    assert dialog.name_edit.text() == "Registry"
    assert dialog.rate_edit.text() == "90.00"
    assert dialog.contacts_table.rowCount() == 2
    assert sorted(dialog.domains()) == ["old-registry.example", "registry.example"]

    dialog.name_edit.setText("State Registry")
    # Remove Bob, change Ann's role, add Carl.
    bob_row = next(i for i, r in enumerate(dialog.contact_rows()) if r.name == "Bob")
    dialog.contacts_table.selectRow(bob_row)
    dialog.remove_contact_button.click()
    ann_row = next(i for i, r in enumerate(dialog.contact_rows()) if r.name == "Ann")
    dialog.contacts_table.item(ann_row, 2).setText("Director")  # type: ignore[union-attr]
    _fill_contact(dialog, "carl@registry.example", "Carl", "Security")
    # Drop one domain, add another.
    old = next(
        dialog.domain_list.item(i)
        for i in range(dialog.domain_list.count())
        if dialog.domain_list.item(i).text() == "old-registry.example"
    )
    old.setSelected(True)
    dialog.remove_domain_button.click()
    dialog.domain_edit.setText("registry-state.example")  # typed, not added: still counts

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert client.id is not None
    stored = workspace.store.clients.get(client.id)
    assert stored.name == "State Registry"
    assert stored.uid == client.uid
    assert {(c.email, c.role) for c in stored.contacts} == {
        ("a@registry.example", "Director"),
        ("carl@registry.example", "Security"),
    }
    assert stored.domains == ["registry-state.example", "registry.example"]


@pytest.mark.parametrize(
    ("setup", "message_part", "tab"),
    [
        (lambda d: d.rate_edit.setText("12x"), "Hourly rate", 0),
        (lambda d: d.name_edit.setText("  existing CLIENT "), "already exists", 0),
        (lambda d: d.domain_edit.setText("gmail.com"), "public mail provider", 2),
        (lambda d: d._add_contact_row("not-an-address", "X", "", edit=False), "e-mail", 2),
        (lambda d: d.currency_combo.setCurrentText("EURO"), "", 0),
    ],
    ids=["bad-rate", "duplicate-name", "public-domain", "bad-email", "bad-currency"],
)
def test_validation_keeps_dialog_open_and_inputs(
    qtbot: QtBot, workspace: Workspace, setup: object, message_part: str, tab: int
) -> None:
    workspace.add_client("Existing client")
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("New client")
    dialog.notes_edit.setPlainText("Long notes the user typed.")
    setup(dialog)  # type: ignore[operator]
    typed = (dialog.name_edit.text(), dialog.rate_edit.text(), dialog.notes_edit.toPlainText())

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert message_part in dialog.error_label.text()
    assert dialog.error_label.text()
    assert dialog.tabs.currentIndex() == tab
    assert (
        dialog.name_edit.text(),
        dialog.rate_edit.text(),
        dialog.notes_edit.toPlainText(),
    ) == typed
    # Nothing half-saved: only the pre-existing client is there.
    assert [c.name for c in workspace.clients()] == ["Existing client"]


def test_error_then_fix_saves_once(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("Therapy Practice")
    dialog.domain_list.addItem("gmail.com")
    _fill_contact(dialog, "t@therapy.example", "T", "Owner")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    save.click()
    assert "gmail.com" in dialog.error_label.text()
    assert workspace.clients() == []  # the whole form was rolled back

    dialog.domain_list.item(0).setSelected(True)
    dialog.remove_domain_button.click()
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    clients = workspace.clients()
    assert [c.name for c in clients] == ["Therapy Practice"]
    assert [c.email for c in clients[0].contacts] == ["t@therapy.example"]


def test_contact_email_of_another_client_is_refused(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.add_client("A")
    workspace.add_contact("A", "shared@x.example")
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("B")
    _fill_contact(dialog, "shared@x.example", "", "")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "already belongs" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 2
    assert [c.name for c in workspace.clients()] == ["A"]


def test_redaction_term_lists_show_for_redact_and_are_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.name_edit, "Sunrise Home Health")
    assert not dialog.redact_terms.isVisible()  # cloud: nothing is masked
    dialog.privacy_buttons[PrivacyPolicy.REDACT].setChecked(True)
    assert dialog.redact_terms.isVisible()
    dialog.redact_always_edit.setPlainText("Ward 7B\n\nProject Bluebird")
    dialog.redact_never_edit.setPlainText("Parker")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.client is not None and dialog.client.id is not None
    stored = workspace.store.clients.get(dialog.client.id)
    assert stored.redact_always == "Ward 7B\n\nProject Bluebird"
    assert stored.redact_never == "Parker"
    again = _dialog(qtbot, workspace, stored)
    assert again.redact_terms.isVisible()
    assert again.redact_never_edit.toPlainText() == "Parker"
