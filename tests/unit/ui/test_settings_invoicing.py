"""Settings → Invoicing: your business, numbering, VAT and terms, saved with the
settings dialog's Save; refusals inline on the page, warnings as a note."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.settings import Settings, load_settings, save_settings, settings_path
from consultant.services.workspace import Workspace
from consultant.ui.background import wait_for_background
from consultant.ui.settings_dialog import SettingsDialog
from consultant.ui.settings_invoicing import (
    SMALL_BUSINESS_LABEL,
    InvoicingError,
    InvoicingPage,
)
from tests.support import BUSINESS, business_profile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace.open()
    yield ws
    wait_for_background(10_000)
    ws.close()


def _dialog(qtbot: QtBot, workspace: Workspace) -> SettingsDialog:
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.invoicing_page)
    return dialog


def _fill(page: InvoicingPage, values: dict[str, str]) -> None:
    for name, value in values.items():
        if name == "address":
            page.address_edit.setPlainText(value)
        elif name == "country":
            page.country_combo.set_code(value)
        else:
            page.fields[name].setText(value)


def test_business_details_round_trip(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.invoicing_page
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Invoicing"
    assert page.small_business_check.text() == SMALL_BUSINESS_LABEL
    assert "§ 19 UStG" in SMALL_BUSINESS_LABEL and "0 % VAT" in page.small_business_hint.text()
    _fill(page, {**BUSINESS, "iban": "de89 3704 0044 0532 0130 00", "website": "alex.example"})
    page.country_combo.setEditText("de")  # typed, not picked
    page.number_format_edit.setText("RE-{year}-{seq:03d}")
    assert page.number_preview.text().endswith("-001")
    page.tax_rate_edit.setText("7,5 %")
    page.payment_days_edit.setText("30")
    page.payment_terms_edit.setPlainText("Payable within\n 30 days.")
    page.small_business_check.setChecked(True)
    assert not page.tax_rate_edit.isEnabled()  # not used by a small business
    assert dialog.save()

    saved = load_settings().settings
    p = saved.profile
    assert (p.business, p.name, p.country) == ("Alex Example IT", "Alex Example", "DE")
    assert p.address == "Hauptstraße 1\n10115 Berlin"
    assert (p.vat_id, p.tax_id, p.iban, p.bic) == (
        "DE136695976", "30/123/45678", "DE89370400440532013000", "COBADEFFXXX",
    )  # fmt: skip
    assert (p.email, p.phone, p.website) == ("alex@example.de", "+49 30 1234567", "alex.example")
    assert p.small_business is True
    assert saved.invoice_number_format == "RE-{year}-{seq:03d}"
    assert (saved.default_tax_rate, saved.payment_days) == ("7.5", 30)
    assert saved.default_payment_terms == "Payable within 30 days."

    again = _dialog(qtbot, workspace).invoicing_page
    assert again.fields["business"].text() == "Alex Example IT"
    assert again.address_edit.toPlainText() == "Hauptstraße 1\n10115 Berlin"
    assert again.country_combo.currentText() == "DE — Germany"
    assert again.fields["iban"].text() == "DE89 3704 0044 0532 0130 00"  # readable groups
    assert again.small_business_check.isChecked()
    assert again.tax_rate_edit.text() == "7.5" and again.payment_days_edit.text() == "30"


def test_name_business_and_email_live_only_on_the_invoicing_page(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.invoicing_page
    # the dialog's old names point at the page's fields: nothing is shown twice
    assert dialog.profile_name_edit is page.fields["name"]
    assert dialog.profile_business_edit is page.fields["business"]
    assert dialog.profile_email_edit is page.fields["email"]
    assert dialog.address_edit is page.address_edit
    assert page.isAncestorOf(dialog.profile_name_edit)
    page.fields["name"].setText("Alex Example")
    assert page.fields["business"].placeholderText() == "Alex Example (your name)"


def test_bad_iban_is_refused_inline_and_nothing_is_written(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.invoicing_page
    _fill(page, BUSINESS)
    page.fields["iban"].setText("DE00 1234")
    dialog.tabs.setCurrentIndex(0)  # saved from another tab
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    assert page.error_label.isVisible()
    assert "“DE00 1234” is not a valid IBAN." in page.error_label.text()
    assert dialog.message_label.isHidden()  # said once, on the page
    assert dialog.focusWidget() is page.fields["iban"]
    assert not settings_path().exists()
    # fixed: saved, the error gone
    page.fields["iban"].setText(BUSINESS["iban"])
    assert dialog.save()
    assert load_settings().settings.profile.iban == BUSINESS["iban"]


@pytest.mark.parametrize(
    ("setup", "field", "message"),
    [
        (lambda p: p.country_combo.setEditText("Germny"), "country", "country code"),
        (lambda p: p.fields["vat_id"].setText("DE12"), "vat_id", "VAT id"),
        (lambda p: p.fields["email"].setText("alex@"), "email", "e-mail"),
        (lambda p: p.number_format_edit.setText("INV-{seq}"), "number_format", "{year}"),
        (lambda p: p.tax_rate_edit.setText("abc"), "tax_rate", "Default VAT rate"),
        (lambda p: p.payment_days_edit.setText("-3"), "payment_days", "payment days"),
    ],
    ids=["country", "vat-id", "email", "number-format", "tax-rate", "payment-days"],
)
def test_each_refusal_names_its_field(
    qtbot: QtBot, workspace: Workspace, setup: object, field: str, message: str
) -> None:
    dialog = _dialog(qtbot, workspace)
    page = dialog.invoicing_page
    setup(page)  # type: ignore[operator]
    settings = Settings()
    with pytest.raises(InvoicingError) as refused:
        page.apply_to(settings)
    assert refused.value.field == field
    assert message in str(refused.value)
    assert settings == Settings()  # unchanged
    assert not dialog.save()
    assert message in page.error_label.text()
    assert dialog.focusWidget() in (page.widget_for(field), page.country_combo.lineEdit())


def test_doubtful_vat_id_is_a_note_not_a_refusal(qtbot: QtBot, workspace: Workspace) -> None:
    save_settings(Settings(profile=business_profile()))
    dialog = _dialog(qtbot, workspace)
    page = dialog.invoicing_page
    assert page.fields["iban"].text().replace(" ", "") == BUSINESS["iban"]  # loaded
    page.fields["vat_id"].setText("DE123456789")  # well-formed, wrong check digit
    page.fields["vat_id"].editingFinished.emit()  # the user leaves the field
    assert page.note_label.isVisible() and page.error_label.isHidden()
    assert "check digit" in page.note_label.text()
    page.fields["logo_path"].setText("/nowhere/logo.png")
    assert dialog.save()  # non-blocking
    assert load_settings().settings.profile.vat_id == "DE123456789"


def test_page_alone_applies_into_a_settings_copy(qtbot: QtBot) -> None:
    page = InvoicingPage(Settings(profile=business_profile(), payment_days=10))
    qtbot.addWidget(page)
    page.fields["bic"].setText("cobadeffxxx")
    page.fields["logo_path"].setText("/nowhere/logo.png")
    target = Settings()
    warnings = page.apply_to(target)
    assert target.profile.bic == "COBADEFFXXX" and target.payment_days == 10
    assert any("logo file" in w for w in warnings)
    assert "logo file" in page.note_label.text()
