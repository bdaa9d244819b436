"""Settings: model providers and keys, default models, profile, invoicing, data, theme.

:class:`SettingsDialog` only assembles the tabs and Save/Cancel; each tab is its own
module and class, so a change to one tab touches no other:

=============  ==============================  =================
tab            module                          class
=============  ==============================  =================
Models         ``ui/settings_models.py``       ``ModelsPage``
Defaults       ``ui/settings_defaults.py``     ``DefaultsPage``
Profile        ``ui/settings_profile.py``      ``ProfilePage``
Invoicing      ``ui/settings_invoicing.py``    ``InvoicingPage``
Mail           ``ui/settings_mail.py``         ``MailPage``
Data           ``ui/settings_data.py``         ``DataPage``
Appearance     ``ui/settings_appearance.py``   ``AppearancePage``
=============  ==============================  =================

(shared helpers: ``ui/settings_common.py``). Every tab edits one copy of the
settings; Save asks each tab to ``apply_to`` a copy of that, checks the result and
writes it with ``services.models.save`` (``settings.json``), then stores typed API
keys (the Models tab, straight to the keyring) and emits ``sig_settings_changed``.
Cancel puts the saved theme back and drops typed keys. Anything that may block
(connection test, Ollama detection, listing models, backup) runs through
``run_in_background``; closing the dialog cancels what still runs.

The widgets the tabs own are also reachable under the names they had when they
lived on this dialog (``dialog.key_edit`` is ``dialog.models_page.key_edit``).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from consultant.core.settings import ProviderSettings, Settings, SettingsError
from consultant.services import models
from consultant.services import settings_support as support
from consultant.services.workspace import Workspace
from consultant.ui.settings_appearance import AppearancePage
from consultant.ui.settings_common import (
    ERROR_COLOR,
    WARN_COLOR,
    BackgroundTasks,
    say,
    wrapping,
)
from consultant.ui.settings_data import DataPage
from consultant.ui.settings_defaults import DefaultsPage
from consultant.ui.settings_invoicing import InvoicingError, InvoicingPage
from consultant.ui.settings_mail import MailPage
from consultant.ui.settings_models import KIND_HELP, LOCAL_INFERENCE_LABEL, ModelsPage
from consultant.ui.settings_profile import ProfilePage

__all__ = ["KIND_HELP", "LOCAL_INFERENCE_LABEL", "SettingsDialog"]

MODELS_TAB, DEFAULTS_TAB = 0, 1


class SettingsDialog(QDialog):
    """Models, defaults, profile, invoicing, data folder and appearance."""

    sig_settings_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        loaded = models.load()
        self._settings: Settings = copy.deepcopy(loaded.settings)
        self._tasks = BackgroundTasks()
        self.setWindowTitle("Settings")
        self.resize(820, 600)

        self.warning_label = wrapping()
        self.warning_label.setObjectName("settingsWarning")
        say(self.warning_label, f"⚠ {loaded.warning}" if loaded.warning else "", WARN_COLOR)

        saved_ids = {p.id for p in loaded.settings.providers}
        self.models_page = ModelsPage(workspace, self._settings, saved_ids, self._tasks)
        self.defaults_page = DefaultsPage(self._settings)
        self.profile_page = ProfilePage(self._settings)
        self.invoicing_page = InvoicingPage(self._settings)
        self.mail_page = MailPage(self._settings, self._tasks)
        self.data_page = DataPage(workspace, self._tasks)
        self.appearance_page = AppearancePage(self._settings)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.models_page, "Models")
        self.tabs.addTab(self.defaults_page, "Defaults")
        self.tabs.addTab(self.profile_page, "Profile")
        self.tabs.addTab(self.invoicing_page, "Invoicing")
        self.tabs.addTab(self.mail_page, "Mail")
        self.tabs.addTab(self.data_page, "Data")
        self.tabs.addTab(self.appearance_page, "Appearance")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.models_page.sig_providers_changed.connect(self._refresh_model_choices)

        self.message_label = wrapping()
        self.message_label.setObjectName("settingsMessage")
        self.message_label.hide()
        self.models_page.sig_notice.connect(
            lambda text: say(self.message_label, text, WARN_COLOR)
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self._alias_tab_widgets()
        self._refresh_model_choices()

    def _alias_tab_widgets(self) -> None:
        """The names the tabs' widgets and actions had when they lived on this dialog."""
        m = self.models_page
        self.default_combo = m.default_combo
        self.default_hint = m.default_hint
        self.providers_list = m.providers_list
        self.add_provider_button = m.add_provider_button
        self.remove_provider_button = m.remove_provider_button
        self.empty_models_label = m.empty_models_label
        self.editor = m.editor
        self.kind_label, self.kind_help = m.kind_label, m.kind_help
        self.id_edit, self.id_error, self.label_edit = m.id_edit, m.id_error, m.label_edit
        self.api_base_edit, self.api_base_row = m.api_base_edit, m.api_base_row
        self.detect_button, self.detect_label = m.detect_button, m.detect_label
        self.local_inference_check = m.local_inference_check
        self.local_inference_note = m.local_inference_note
        self.local_inference_row = m.local_inference_row
        self.model_path_edit, self.model_path_row = m.model_path_edit, m.model_path_row
        self.browse_button = m.browse_button
        self.models_edit = m.models_edit
        self.list_models_button, self.list_models_label = m.list_models_button, m.list_models_label
        self.key_edit, self.key_row = m.key_edit, m.key_row
        self.save_key_button, self.remove_key_button = m.save_key_button, m.remove_key_button
        self.key_source_label, self.key_message_label = m.key_source_label, m.key_message_label
        self.test_model_combo, self.test_button = m.test_model_combo, m.test_button
        self.test_result_label = m.test_result_label
        self.model_field_edits = m.model_field_edits
        self.context_window_edit = m.context_window_edit
        self.max_output_edit = m.max_output_edit
        self.temperature_edit = m.temperature_edit
        self.model_settings_label = m.model_settings_label
        self.models_keyring_label = m.models_keyring_label
        self.add_provider = m.add_provider
        self.remove_current_provider = m.remove_current_provider
        self.select_provider = m.select_provider
        self.set_model_file = m.set_model_file
        self.save_key = m.save_key
        self.remove_key = m.remove_key
        self.test_connection = m.test_connection
        self.detect_ollama = m.detect_ollama
        self.list_server_models = m.list_server_models
        self.selected_model_ref = m.selected_model_ref

        self.task_combos = self.defaults_page.task_combos
        self.embedding_combo = self.defaults_page.embedding_combo
        self.signature_edit = self.profile_page.signature_edit
        page = self.invoicing_page
        self.business_fields = page.fields
        self.profile_name_edit = page.fields["name"]
        self.profile_business_edit = page.fields["business"]
        self.profile_email_edit = page.fields["email"]
        self.address_edit = page.address_edit
        self.number_format_edit = page.number_format_edit
        self.tax_rate_edit = page.tax_rate_edit
        self.payment_days_edit = page.payment_days_edit
        self.payment_terms_edit = page.payment_terms_edit
        d = self.data_page
        self.folder_label, self.open_folder_button = d.folder_label, d.open_folder_button
        self.backup_button, self.backup_label = d.backup_button, d.backup_label
        self.keyring_label = d.keyring_label
        self.open_data_folder = d.open_data_folder
        self.backup_now = d.backup_now
        self.theme_combo = self.appearance_page.theme_combo
        self.theme_value = self.appearance_page.theme_value

    # -- state of the tabs' background work (read by tests and callers) --------
    @property
    def test_running(self) -> bool:
        return self.models_page.test_running

    @property
    def listing_running(self) -> bool:
        return self.models_page.listing_running

    @property
    def backup_running(self) -> bool:
        return self.data_page.backup_running

    @property
    def last_backup(self) -> Path | None:
        return self.data_page.last_backup

    # -- between tabs ------------------------------------------------------------
    def _refresh_model_choices(self) -> None:
        """Every model picker offers the providers' models as they are now."""
        self.models_page.refresh_default_choices()
        self.defaults_page.refresh_choices()

    def _tab_changed(self, index: int) -> None:
        if index == DEFAULTS_TAB:  # offer the models of providers added meanwhile
            self._refresh_model_choices()

    # =========================================================================
    # Saving
    # =========================================================================
    def collected_settings(self) -> Settings:
        """The settings as the dialog shows them (no secrets: keys are not settings).

        Raises :class:`InvoicingError` (shown on the Invoicing tab) for a refused
        business detail, number format, VAT rate or number of payment days."""
        settings = copy.deepcopy(self._settings)
        self.models_page.apply_to(settings)
        self.defaults_page.apply_to(settings)
        self.profile_page.apply_to(settings)
        self.appearance_page.apply_to(settings)
        self.invoicing_page.apply_to(settings)
        self.mail_page.apply_to(settings)
        return settings

    def _problem(self, settings: Settings) -> tuple[str, ProviderSettings | None] | None:
        seen: set[str] = set()
        for provider in settings.providers:
            problem = support.validate_provider_id(settings, provider.id, provider)
            if problem is None and provider.id in seen:
                problem = f"Two providers have the id “{provider.id}”."
            if problem is not None:
                return problem, provider
            seen.add(provider.id)
            if provider.kind == "openai_compatible" and not provider.api_base:
                return (
                    f"The provider {provider.id} needs the server address "
                    f"(e.g. http://localhost:4000).",
                    provider,
                )
        for ref in [
            settings.default_model,
            settings.embedding_model,
            *settings.task_models.values(),
        ]:
            if ref and "/" not in ref.strip("/"):
                return f"“{ref}” is not a model: write provider/model, e.g. openai/gpt-4o.", None
        return None

    def save(self) -> bool:
        """Write the settings (and any typed keys); close on success."""
        refused = self.models_page.check()
        if refused is not None:
            self.tabs.setCurrentIndex(MODELS_TAB)
            say(self.message_label, refused, ERROR_COLOR)
            return False
        try:
            settings = self.collected_settings()
        except InvoicingError as exc:
            self.tabs.setCurrentWidget(self.invoicing_page)
            self.invoicing_page.show_error(exc)  # inline on the page, next to the fields
            say(self.message_label, "")
            return False
        problem = self._problem(settings)
        if problem is not None:
            text, provider = problem
            say(self.message_label, text, ERROR_COLOR)
            if provider is not None:
                self.tabs.setCurrentIndex(MODELS_TAB)
                self.models_page.select_provider(provider.id)
            else:
                bad_default = text.startswith(f"“{settings.default_model}”")
                self.tabs.setCurrentIndex(
                    MODELS_TAB if bad_default and settings.default_model else DEFAULTS_TAB
                )
            return False
        try:
            models.save(settings)
        except SettingsError as exc:
            say(self.message_label, str(exc), ERROR_COLOR)
            return False
        self.models_page.store_keys(settings)
        self.appearance_page.saved(settings)
        self.sig_settings_changed.emit()
        self.accept()
        return True

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        self.models_page.forget_keys()
        self.appearance_page.restore()  # cancelled: the saved theme again
        super().done(result)
