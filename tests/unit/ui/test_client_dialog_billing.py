"""The client dialog's Billing tab: saved through save_client, loaded again, refusals
shown inline on the tab with the field named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consultant.core.models import Client
from consultant.core.settings import Settings, save_settings
from consultant.services.workspace import Workspace
from consultant.ui.client_dialog import BILLING_TAB, ClientDialog
from tests.support import CLIENT_BILLING, business_profile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    save_settings(Settings(profile=business_profile(), payment_days=21))
    ws = Workspace.open()
    yield ws
    ws.close()


def _dialog(qtbot: QtBot, workspace: Workspace, client: Client | None = None) -> ClientDialog:
    dialog = ClientDialog(workspace, client)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: ClientDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_billing_fields_are_saved_and_loaded(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    assert dialog.tabs.tabText(BILLING_TAB) == "Billing"
    qtbot.keyClicks(dialog.name_edit, "Acme")
    assert dialog.legal_name_edit.placeholderText() == "Acme (the client name)"
    assert dialog.payment_days_edit.placeholderText() == "21"  # the default from settings
    dialog.tabs.setCurrentIndex(BILLING_TAB)
    dialog.legal_name_edit.setText(CLIENT_BILLING["legal_name"])
    dialog.billing_address_edit.setPlainText(CLIENT_BILLING["billing_address"])
    dialog.country_combo.setEditText("germany")  # a name typed in full
    dialog.vat_id_edit.setText("de 811 569 869")
    dialog.tax_id_edit.setText("22/815/08150")
    dialog.billing_email_edit.setText("Buchhaltung@Acme.example")
    dialog.billing_contact_edit.setText("Frau Muster")
    dialog.payment_days_edit.setText("30")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.buyer_reference_edit.setText("PO-4711")
    assert "Leitweg-ID" in dialog.buyer_reference_edit.toolTip()
    assert "domestic" in dialog.tax_case_label.text()  # DE business, DE client
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()

    stored = workspace.client("Acme")
    assert (stored.legal_name, stored.billing_address) == (
        "Acme Pflegedienst GmbH", "Hafenstraße 5\n20095 Hamburg",
    )  # fmt: skip
    assert (stored.country, stored.vat_id, stored.tax_id) == ("DE", "DE811569869", "22/815/08150")
    assert (stored.billing_email, stored.billing_contact) == (
        "buchhaltung@acme.example", "Frau Muster",
    )  # fmt: skip
    assert (stored.payment_days, stored.invoice_language, stored.buyer_reference) == (
        30, "de", "PO-4711",
    )  # fmt: skip

    again = _dialog(qtbot, workspace, stored)
    assert again.country_combo.currentText() == "DE — Germany"
    assert again.country_combo.code() == "DE"
    assert again.vat_id_edit.text() == "DE811569869"
    assert again.billing_address_edit.toPlainText() == "Hafenstraße 5\n20095 Hamburg"
    assert again.payment_days_edit.text() == "30"
    assert again.language_combo.currentText() == "Deutsch"
    assert again.buyer_reference_edit.text() == "PO-4711"
    # emptied payment days: the default again; other tabs' edits keep the billing fields
    again.payment_days_edit.clear()
    again.tone_edit.setText("formal")
    _save(again)
    stored = workspace.client("Acme")
    assert stored.payment_days is None and stored.tone == "formal"
    assert stored.vat_id == "DE811569869" and stored.country == "DE"


def test_country_by_code_and_the_vat_rule(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("Wien")
    dialog.country_combo.setEditText("at")
    assert dialog.country_combo.code() == "AT"
    assert "no VAT id" in dialog.tax_case_label.text()  # another EU country needs it
    dialog.vat_id_edit.setText("ATU13585627")
    assert "reverse charge" in dialog.tax_case_label.text()
    dialog.country_combo.set_code("US")
    assert dialog.country_combo.currentText() == "US — United States"
    # an Austrian VAT id with a US address: the dialog says which one to correct
    assert "belongs to AT" in dialog.tax_case_label.text()
    dialog.vat_id_edit.setText("")
    assert "outside the EU" in dialog.tax_case_label.text()
    dialog.billing_address_edit.setPlainText("1 Main St\nSpringfield")
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert workspace.client("Wien").country == "US"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("vat_id", "DE12", "VAT id"),
        ("country", "Germny", "not a country code"),
        ("billing_email", "accounting@", "Billing e-mail"),
        ("payment_days", "two weeks", "payment days"),
    ],
    ids=["bad-vat-id", "bad-country", "bad-email", "bad-days"],
)
def test_bad_billing_field_is_refused_inline(
    qtbot: QtBot, workspace: Workspace, field: str, value: str, message: str
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("Acme")
    dialog.billing_address_edit.setPlainText("Street 1\n10115 Berlin")
    widgets = {
        "vat_id": dialog.vat_id_edit,
        "country": dialog.country_combo,
        "billing_email": dialog.billing_email_edit,
        "payment_days": dialog.payment_days_edit,
    }
    if field == "country":
        dialog.country_combo.setEditText(value)
    else:
        widgets[field].setText(value)  # type: ignore[attr-defined]
    dialog.tabs.setCurrentIndex(0)  # the user is on another tab when saving
    _save(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert message in dialog.error_label.text() and value in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == BILLING_TAB
    assert dialog.focusWidget() is widgets[field] or widgets[field].isAncestorOf(
        dialog.focusWidget()
    )
    # what was typed stays; nothing was saved
    assert dialog.billing_address_edit.toPlainText() == "Street 1\n10115 Berlin"
    assert workspace.clients() == []
