"""Settings → Models: the default model, the providers, their keys and per-model limits.

:class:`ModelsPage` is one tab of the settings dialog. It edits the dialog's copy
of the settings in place (the providers, ``model_settings``) and, through
:meth:`ModelsPage.apply_to`, the default model; the dialog's Save writes the file
and then calls :meth:`ModelsPage.store_keys`. API keys go straight to the system
keyring through ``services.models.set_key`` ("Save key", or Save with a key typed)
and never into the settings object, the file or a log; the page shows where a key
comes from (keyring, environment, this session), never the key.

The default model is the one rule of ``services.models.resolve_model_ref`` (desktop,
command line and every task without its own model). For the model selected next to
"Test connection" the page edits its context window, maximum output and temperature
(empty fields mean automatic and say what that is). "List models" asks an
OpenAI-compatible server for its ``/v1/models``, only when clicked; the connection
test, Ollama detection and the listing run through ``run_in_background`` and their
outbound calls are written to the audit log on the GUI thread
(``Workspace.record_audit``).

Signals: ``sig_providers_changed`` when a provider is added or removed (the Defaults
tab offers its models), ``sig_notice(text)`` for a sentence the dialog shows below
the tabs.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultant.core.models import AuditEntry
from consultant.core.settings import (
    ProviderSettings,
    Settings,
    default_local_inference,
    literal_loopback_host,
)
from consultant.services import models
from consultant.services import settings_support as support
from consultant.services.workspace import Workspace
from consultant.ui.background import run_in_background
from consultant.ui.settings_common import (
    ERROR_COLOR,
    OK_COLOR,
    WARN_COLOR,
    BackgroundTasks,
    lines,
    model_combo,
    muted,
    plain_number,
    say,
    wrapping,
)

__all__ = ["KIND_HELP", "LOCAL_INFERENCE_LABEL", "MODEL_FIELDS", "ModelsPage"]

KIND_HELP: dict[str, str] = {
    "openai": "Needs an API key from platform.openai.com.",
    "anthropic": "Needs an API key from console.anthropic.com.",
    "gemini": "Needs an API key from Google AI Studio (aistudio.google.com).",
    "openrouter": "One key for many models, from openrouter.ai.",
    "openai_compatible": (
        "Any OpenAI-compatible server or a team's LiteLLM proxy: give its address, "
        "e.g. http://localhost:4000. A key only if the server asks for one."
    ),
    "ollama": (
        "Models served by Ollama on this computer (or your network). "
        "“Detect” lists the models installed there."
    ),
    "local_gguf": "A .gguf model file run inside the app (needs llama-cpp-python).",
}
API_BASE_KINDS = {"openai_compatible", "ollama"}
#: Same text as ``consultant.llm.providers.LOCAL_INFERENCE_LABEL`` (named in refusals).
LOCAL_INFERENCE_LABEL = "This server runs the model on this computer and does not forward requests"
LOCAL_INFERENCE_TIP = (
    "Tick this only when this server itself runs the model on this computer. A LiteLLM "
    "proxy or another gateway on localhost may forward what it receives to a cloud "
    "service: leave it unticked for those. When ticked, and the address is localhost, "
    "127.x.x.x or ::1, clients set to local-only may use this server and nothing sent "
    "to it is masked (saved as \"local_inference\" in settings.json)."
)
MODEL_FIELDS = ("context_window", "max_output_tokens", "temperature")

class ModelsPage(QWidget):
    """The Models tab: default model, providers, keys, connection test, limits."""

    sig_providers_changed = Signal()
    sig_notice = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        saved_ids: set[str],
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings  # the dialog's copy, edited in place
        self._saved_ids = set(saved_ids)
        #: Keys typed but not yet stored, by provider object (survives id edits).
        self._pending_keys: dict[int, tuple[ProviderSettings, str]] = {}
        self._current: ProviderSettings | None = None
        self._filling = False
        self._tasks = tasks
        self.test_running = False
        self.listing_running = False
        #: (model reference, sentence) while a per-model field holds a refused value.
        self._model_problem: tuple[str, str] | None = None
        self._build()
        self._refresh_provider_list()
        if self._settings.providers:
            self.providers_list.setCurrentRow(0)
        else:
            self._select(None)

    # -- what Save needs -------------------------------------------------------
    def check(self) -> str | None:
        """The sentence that stops Save on this tab (a refused per-model value or
        provider id), or ``None``. A typed, unsaved key is kept for Save first."""
        self._stash_key()
        if self._model_problem is not None:
            ref, sentence = self._model_problem
            return f"{ref}: {sentence}"
        if self.id_error.isVisible():
            return self.id_error.text()
        return None

    def apply_to(self, settings: Settings) -> None:
        settings.default_model = self.default_combo.currentText().strip()

    def store_keys(self, saved: Settings) -> None:
        """After ``saved`` was written: store the typed keys, drop removed providers'."""
        for provider, key in self._pending_keys.values():
            if provider in self._settings.providers:
                models.set_key(provider.id, key)
        self._pending_keys.clear()
        kept = {p.id for p in saved.providers}
        for removed in self._saved_ids - kept:
            models.delete_key(removed)
        self._saved_ids = kept

    def forget_keys(self) -> None:
        """The dialog closes: no typed key stays in memory."""
        self.key_edit.clear()
        self._pending_keys.clear()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        default_form = QFormLayout()
        default_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        default_form.setContentsMargins(0, 0, 0, 0)
        self.default_combo = model_combo("e.g. openai/gpt-4o-mini")
        self.default_combo.setObjectName("defaultModel")
        self.default_combo.setCurrentText(self._settings.default_model)
        self.default_combo.setToolTip(
            "Used by the desktop app, the command line (consultant ask) and every task "
            "without its own model (Defaults tab)."
        )
        self.default_combo.currentTextChanged.connect(self._refresh_default_hint)
        default_label = QLabel("&Default model:")
        default_label.setStyleSheet("font-weight: 600;")
        default_label.setBuddy(self.default_combo)
        self.default_hint = muted(wrapping())
        self.default_hint.setObjectName("defaultModelHint")
        default_box = QVBoxLayout()
        default_box.setSpacing(2)
        default_box.addWidget(self.default_combo)
        default_box.addWidget(self.default_hint)
        default_form.addRow(default_label, default_box)
        column.addLayout(default_form)
        column.addSpacing(6)
        outer = QHBoxLayout()
        column.addLayout(outer, 1)

        left = QVBoxLayout()
        left.addWidget(QLabel("Providers:"))
        self.providers_list = QListWidget()
        self.providers_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.providers_list.setMinimumWidth(200)
        self.providers_list.setMaximumWidth(260)
        self.providers_list.setSpacing(2)
        self.providers_list.currentRowChanged.connect(self._row_changed)
        left.addWidget(self.providers_list, 1)
        buttons = QHBoxLayout()
        self.add_provider_button = QToolButton()
        self.add_provider_button.setText("Add provider")
        self.add_provider_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_provider_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.add_provider_button)
        for kind, label in models.KIND_LABELS.items():
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, k=kind: self.add_provider(k))
        self.add_provider_button.setMenu(menu)
        self.remove_provider_button = QPushButton("Remove")
        self.remove_provider_button.clicked.connect(self.remove_current_provider)
        buttons.addWidget(self.add_provider_button)
        buttons.addWidget(self.remove_provider_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        outer.addLayout(left)

        right = QVBoxLayout()
        self.empty_models_label = wrapping(
            "No model provider yet. Use “Add provider” to connect OpenAI, Anthropic, "
            "Gemini or OpenRouter with an API key, a LiteLLM proxy or any "
            "OpenAI-compatible server, Ollama on this computer, or a local model file."
        )
        muted(self.empty_models_label)
        right.addWidget(self.empty_models_label)

        self.editor = QWidget()
        editor_box = QVBoxLayout(self.editor)
        editor_box.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel()
        self.kind_label.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.kind_help = muted(wrapping())
        editor_box.addWidget(self.kind_label)
        editor_box.addWidget(self.kind_help)
        editor_box.addSpacing(6)
        form = QFormLayout()
        editor_box.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        self.editor_form = form

        self.id_edit = QLineEdit()
        self.id_edit.setToolTip("Used in model names: <id>/<model>, e.g. openai/gpt-4o-mini")
        self.id_edit.textEdited.connect(self._editor_changed)
        self.id_error = QLabel()
        self.id_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.id_error.hide()
        id_box = QVBoxLayout()
        id_box.setSpacing(2)
        id_box.addWidget(self.id_edit)
        id_box.addWidget(self.id_error)
        id_label = QLabel("&Id:")
        id_label.setBuddy(self.id_edit)
        form.addRow(id_label, id_box)

        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText("Optional display name, e.g. Team proxy")
        self.label_edit.textEdited.connect(self._editor_changed)
        form.addRow("&Name:", self.label_edit)

        self.api_base_edit = QLineEdit()
        self.api_base_edit.setPlaceholderText("http://localhost:4000")
        self.api_base_edit.textEdited.connect(self._editor_changed)
        self.detect_button = QPushButton("Detect")
        self.detect_button.setToolTip("Ask Ollama at this address which models it has")
        self.detect_button.clicked.connect(self.detect_ollama)
        self.api_base_row = QWidget()
        base_box = QHBoxLayout(self.api_base_row)
        base_box.setContentsMargins(0, 0, 0, 0)
        base_box.addWidget(self.api_base_edit, 1)
        base_box.addWidget(self.detect_button)
        form.addRow("Server &address:", self.api_base_row)
        self.detect_label = wrapping()
        self.detect_label.hide()
        form.addRow("", self.detect_label)

        self.local_inference_check = QCheckBox(LOCAL_INFERENCE_LABEL)
        self.local_inference_check.setObjectName("localInference")
        self.local_inference_check.setToolTip(LOCAL_INFERENCE_TIP)
        self.local_inference_check.toggled.connect(self._editor_changed)
        self.local_inference_note = wrapping()
        self.local_inference_note.hide()
        self.local_inference_row = QWidget()
        local_box = QVBoxLayout(self.local_inference_row)
        local_box.setContentsMargins(0, 0, 0, 0)
        local_box.setSpacing(2)
        local_box.addWidget(self.local_inference_check)
        local_box.addWidget(self.local_inference_note)
        form.addRow("", self.local_inference_row)

        self.model_path_edit = QLineEdit()
        self.model_path_edit.setPlaceholderText("/path/to/model.gguf")
        self.model_path_edit.textEdited.connect(self._editor_changed)
        self.browse_button = QPushButton("Choose file…")
        self.browse_button.clicked.connect(self._choose_model_file)
        self.model_path_row = QWidget()
        path_box = QHBoxLayout(self.model_path_row)
        path_box.setContentsMargins(0, 0, 0, 0)
        path_box.addWidget(self.model_path_edit, 1)
        path_box.addWidget(self.browse_button)
        form.addRow("Model &file:", self.model_path_row)

        self.models_edit = QPlainTextEdit()
        self.models_edit.setPlaceholderText("One model per line, e.g. gpt-4o-mini")
        self.models_edit.setFixedHeight(84)
        self.models_edit.textChanged.connect(self._editor_changed)
        self.list_models_button = QPushButton("List models")
        self.list_models_button.setToolTip(
            "Ask the server which models it offers (GET /v1/models) and add them here"
        )
        self.list_models_button.clicked.connect(self.list_server_models)
        models_row = QHBoxLayout()
        models_row.setContentsMargins(0, 0, 0, 0)
        models_row.addWidget(self.models_edit, 1)
        list_box = QVBoxLayout()
        list_box.addWidget(self.list_models_button)
        list_box.addStretch(1)
        models_row.addLayout(list_box)
        models_label = QLabel("&Models:")
        models_label.setBuddy(self.models_edit)
        form.addRow(models_label, models_row)
        self.list_models_label = wrapping()
        self.list_models_label.setObjectName("listModelsResult")
        self.list_models_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.list_models_label.hide()
        form.addRow("", self.list_models_label)

        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("Paste a new API key")
        self.key_edit.returnPressed.connect(self.save_key)
        self.key_edit.textEdited.connect(self._key_edited)
        self.save_key_button = QPushButton("Save key")
        self.save_key_button.clicked.connect(self.save_key)
        self.remove_key_button = QPushButton("Remove key")
        self.remove_key_button.clicked.connect(self.remove_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.save_key_button)
        key_row.addWidget(self.remove_key_button)
        self.key_source_label = muted(wrapping())
        self.key_message_label = wrapping()
        # The message after "Save key" takes space kept for it, so the rows below (the
        # Test button the user is about to click) do not move when it appears.
        policy = self.key_message_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.key_message_label.setSizePolicy(policy)
        self.key_message_label.setMinimumHeight(self.key_message_label.fontMetrics().lineSpacing())
        self.key_message_label.hide()
        self.key_row = QWidget()
        key_box = QVBoxLayout(self.key_row)
        key_box.setContentsMargins(0, 0, 0, 0)
        key_box.setSpacing(3)
        key_box.addLayout(key_row)
        key_box.addWidget(self.key_source_label)
        key_box.addWidget(self.key_message_label)
        key_label = QLabel("API &key:")
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, self.key_row)

        self.test_model_combo = QComboBox()
        self.test_model_combo.setObjectName("selectedModel")
        self.test_model_combo.setEditable(True)
        self.test_model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.test_model_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.test_model_combo.setToolTip(
            "The model to test, and whose limits the fields below set"
        )
        self.test_model_combo.currentTextChanged.connect(self._fill_model_settings)
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_model_combo, 1)
        test_row.addWidget(self.test_button)
        self.test_result_label = wrapping()
        self.test_result_label.setObjectName("testResult")
        self.test_result_label.hide()
        test_box = QVBoxLayout()
        test_box.setSpacing(3)
        test_box.addLayout(test_row)
        test_box.addWidget(self.test_result_label)
        test_label = QLabel("Mo&del:")
        test_label.setBuddy(self.test_model_combo)
        form.addRow(test_label, test_box)

        self.model_field_edits: dict[str, QLineEdit] = {}
        units = {"context_window": "tokens", "max_output_tokens": "tokens", "temperature": ""}
        titles = {
            "context_window": "Context &window:",
            "max_output_tokens": "Max &output:",
            "temperature": "Tem&perature:",
        }
        tips = {
            "context_window": "Tokens the model accepts in one request (prompt and reply). "
            "Long pastes are refused or trimmed to fit this.",
            "max_output_tokens": "The longest reply, in tokens (sent as max_tokens).",
            "temperature": "0 = focused and repeatable, 1 = varied; 0 to 2.",
        }
        rows: dict[str, QVBoxLayout] = {}
        for name in MODEL_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"modelSetting_{name}")
            edit.setToolTip(tips[name])
            edit.setMinimumWidth(120)
            edit.setMaximumWidth(520)  # a number, not a paragraph, on a wide screen
            edit.textEdited.connect(self._model_settings_edited)
            self.model_field_edits[name] = edit
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            unit = muted(QLabel(units[name]))
            unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance("tokens") + 4)
            row.addWidget(unit)
            row.addStretch(0)
            field_label = QLabel(titles[name])
            field_label.setBuddy(edit)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addLayout(row)
            rows[name] = cell
            form.addRow(field_label, cell)
        self.context_window_edit = self.model_field_edits["context_window"]
        self.max_output_edit = self.model_field_edits["max_output_tokens"]
        self.temperature_edit = self.model_field_edits["temperature"]
        self.model_settings_label = wrapping()
        self.model_settings_label.setObjectName("modelSettingsMessage")
        self.model_settings_label.hide()
        rows["temperature"].addWidget(self.model_settings_label)

        right.addWidget(self.editor)
        right.addStretch(1)
        usable, sentence = models.keyring_status()
        self.models_keyring_label = wrapping("" if usable else f"⚠ {sentence}")
        self.models_keyring_label.setStyleSheet(f"color: {WARN_COLOR};")
        self.models_keyring_label.setVisible(not usable)
        right.addWidget(self.models_keyring_label)
        outer.addLayout(right, 1)

    # -- the provider list ---------------------------------------------------
    def _provider_title(self, provider: ProviderSettings) -> str:
        name = provider.label or models.KIND_LABELS.get(provider.kind, provider.kind)
        return name if provider.id == provider.kind else f"{name} ({provider.id})"

    def _refresh_provider_list(self) -> None:
        row = self.providers_list.currentRow()
        self.providers_list.blockSignals(True)
        self.providers_list.clear()
        for provider in self._settings.providers:
            self.providers_list.addItem(QListWidgetItem(self._provider_title(provider)))
        self.providers_list.blockSignals(False)
        if 0 <= row < self.providers_list.count():
            self.providers_list.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        providers = self._settings.providers
        self._select(providers[row] if 0 <= row < len(providers) else None)

    def add_provider(self, kind: str) -> ProviderSettings:
        """Add a provider of ``kind`` (a ``KIND_LABELS`` key) and select it."""
        api_base = support.DEFAULT_OLLAMA_BASE if kind == "ollama" else None
        provider = ProviderSettings(
            id=support.unique_provider_id(self._settings, kind),
            kind=kind,
            api_base=api_base,
            models=support.suggested_models(kind),
            # On for Ollama on localhost; off for any other server until the user ticks it.
            local_inference=default_local_inference(kind, api_base),
        )
        self._settings.providers.append(provider)
        self._refresh_provider_list()
        self.providers_list.setCurrentRow(len(self._settings.providers) - 1)
        if kind in API_BASE_KINDS:
            self.api_base_edit.setFocus()
        elif support.kind_needs_key(kind):
            self.key_edit.setFocus()
        self.sig_providers_changed.emit()
        return provider

    def remove_current_provider(self) -> None:
        provider = self._current
        if provider is None:
            return
        self._pending_keys.pop(id(provider), None)
        self._settings.providers.remove(provider)
        self._current = None
        row = self.providers_list.currentRow()
        self._refresh_provider_list()
        count = self.providers_list.count()
        if count:
            self.providers_list.setCurrentRow(min(row, count - 1))
        else:
            self._select(None)
        self.sig_providers_changed.emit()

    def select_provider(self, provider_id: str) -> None:
        for row, provider in enumerate(self._settings.providers):
            if provider.id == provider_id:
                self.providers_list.setCurrentRow(row)
                return

    # -- the editor ----------------------------------------------------------
    def _select(self, provider: ProviderSettings | None) -> None:
        self._stash_key()
        self._current = provider
        self.editor.setVisible(provider is not None)
        self.empty_models_label.setVisible(provider is None)
        self.remove_provider_button.setEnabled(provider is not None)
        for label in (
            self.key_message_label, self.test_result_label, self.detect_label,
            self.list_models_label,
        ):
            say(label, "")
        if provider is None:
            return
        self._filling = True
        try:
            kind = provider.kind
            self.kind_label.setText(models.KIND_LABELS.get(kind, kind))
            self.kind_help.setText(KIND_HELP.get(kind, ""))
            self.id_edit.setText(provider.id)
            locked = provider.id in self._saved_ids or self._has_key(provider)
            self.id_edit.setReadOnly(locked)
            self.id_edit.setToolTip(
                "The id of a saved provider cannot change (model names and the stored key use it)."
                if locked
                else "Used in model names: <id>/<model>, e.g. openai/gpt-4o-mini"
            )
            say(self.id_error, "")
            self.label_edit.setText(provider.label)
            self.api_base_edit.setText(provider.api_base or "")
            self.api_base_edit.setPlaceholderText(
                support.DEFAULT_OLLAMA_BASE if kind == "ollama" else "http://localhost:4000"
            )
            self.model_path_edit.setText(provider.model_path or "")
            self.models_edit.setPlainText("\n".join(provider.models))
            pending = self._pending_keys.get(id(provider))
            self.key_edit.setText(pending[1] if pending else "")
            form = self.editor_form
            form.setRowVisible(self.api_base_row, kind in API_BASE_KINDS)
            form.setRowVisible(self.local_inference_row, kind in API_BASE_KINDS)
            self.local_inference_check.setChecked(provider.local_inference)
            self._refresh_local_inference_note()
            self.detect_button.setVisible(kind == "ollama")
            self.list_models_button.setVisible(kind == "openai_compatible")
            form.setRowVisible(self.model_path_row, kind == "local_gguf")
            form.setRowVisible(self.key_row, kind not in {"local_gguf", "ollama"})
            self._refresh_key_source()
            self._refresh_test_models()
        finally:
            self._filling = False
        self._fill_model_settings()

    def _editor_changed(self) -> None:
        provider = self._current
        if provider is None or self._filling:
            return
        new_id = self.id_edit.text().strip()
        if not self.id_edit.isReadOnly() and new_id != provider.id:
            problem = support.validate_provider_id(self._settings, new_id, provider)
            say(self.id_error, problem or "")
            if problem is None:
                provider.id = new_id
        provider.label = self.label_edit.text().strip()
        if provider.kind in API_BASE_KINDS:
            provider.api_base = self.api_base_edit.text().strip() or None
            provider.local_inference = self.local_inference_check.isChecked()
            self._refresh_local_inference_note()
        if provider.kind == "local_gguf":
            provider.model_path = self.model_path_edit.text().strip() or None
        provider.models = lines(self.models_edit.toPlainText())
        row = self._settings.providers.index(provider)
        item = self.providers_list.item(row)
        if item is not None:
            item.setText(self._provider_title(provider))
        self._refresh_test_models()
        self.refresh_default_choices()

    def _refresh_local_inference_note(self) -> None:
        """Say so when the box is ticked but the address cannot be this computer."""
        provider = self._current
        ollama = provider is not None and provider.kind == "ollama"
        base = self.api_base_edit.text().strip() or (support.DEFAULT_OLLAMA_BASE if ollama else "")
        remote = (
            self.local_inference_check.isChecked()
            and bool(base)
            and literal_loopback_host(base) is None
        )
        say(
            self.local_inference_note,
            "Only a loopback address (localhost, 127.x.x.x or ::1) counts as this computer: "
            "local-only clients still may not use this server."
            if remote
            else "",
            WARN_COLOR,
        )

    def _choose_model_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose a model file", "", "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.set_model_file(path)

    def set_model_file(self, path: str) -> None:
        self.model_path_edit.setText(path)
        if not self.models_edit.toPlainText().strip():
            self.models_edit.setPlainText(Path(path).stem)
        self._editor_changed()

    # -- keys ------------------------------------------------------------------
    def _has_key(self, provider: ProviderSettings) -> bool:
        return support.provider_key_source(provider) in {"keyring", "session"}

    def _key_edited(self, _text: str) -> None:
        say(self.key_message_label, "")

    def _stash_key(self) -> None:
        """Keep a typed, unsaved key while another provider is shown (memory only)."""
        provider = self._current
        if provider is None:
            return
        text = self.key_edit.text().strip()
        if text:
            self._pending_keys[id(provider)] = (provider, text)
        else:
            self._pending_keys.pop(id(provider), None)

    def _refresh_key_source(self) -> None:
        provider = self._current
        if provider is None:
            return
        source = support.provider_key_source(provider)
        env = support.kind_env_var(provider.kind)
        if source == "keyring":
            text, color = "✓ A key is saved in the system keyring.", OK_COLOR
        elif source == "session":
            text, color = "A key is kept for this session only (not saved).", WARN_COLOR
        elif source == "environment":
            text, color = f"✓ The key comes from the environment variable {env}.", OK_COLOR
        elif support.kind_needs_key(provider.kind):
            text, color = "No key yet: paste one above.", WARN_COLOR
        else:
            text, color = "No key needed unless the server asks for one.", None
        say(self.key_source_label, text, color)
        self.key_source_label.setVisible(True)
        self.remove_key_button.setEnabled(source in {"keyring", "session"})

    def save_key(self) -> bool:
        """Store the typed key for the shown provider; True when one was stored."""
        provider = self._current
        if provider is None:
            return False
        key = self.key_edit.text().strip()
        if not key:
            say(self.key_message_label, "Type or paste a key first.", ERROR_COLOR)
            return False
        result = models.set_key(provider.id, key)
        self.key_edit.clear()
        self._pending_keys.pop(id(provider), None)
        say(self.key_message_label, result.message, OK_COLOR if result.persistent else WARN_COLOR)
        self.id_edit.setReadOnly(True)
        self._refresh_key_source()
        return True

    def remove_key(self) -> None:
        provider = self._current
        if provider is None:
            return
        removed = models.delete_key(provider.id)
        say(
            self.key_message_label,
            f"The key for {provider.id} was removed."
            if removed
            else f"No key for {provider.id} was stored.",
        )
        self._refresh_key_source()

    # -- test connection and detection ----------------------------------------
    def _refresh_test_models(self) -> None:
        provider = self._current
        if provider is None:
            return
        current = self.test_model_combo.currentText()
        self.test_model_combo.blockSignals(True)
        self.test_model_combo.clear()
        self.test_model_combo.addItems(provider.models)
        if current and current in provider.models:
            self.test_model_combo.setCurrentText(current)
        self.test_model_combo.blockSignals(False)
        if self.test_model_combo.currentText() != current:
            self._fill_model_settings()

    def test_connection(self) -> None:
        """A one-token call to the chosen model, in the background."""
        provider = self._current
        if provider is None or self.test_running:
            return
        model = self.test_model_combo.currentText().strip()
        if not model:
            say(self.test_result_label, "✗ Choose or type a model to test.", ERROR_COLOR)
            return
        if self.key_edit.text().strip():
            self.save_key()  # the user typed a key: test with it
        settings = copy.deepcopy(self._settings)
        ref = f"{provider.id}/{model}"
        self.test_running = True
        self.test_button.setEnabled(False)
        say(self.test_result_label, f"Testing {ref}…")

        # The test call is audited like any outbound call: the worker collects the
        # entry, and it is written here, on the thread that owns the database.
        entries: list[AuditEntry] = []

        def done(result: tuple[bool, str]) -> None:
            self._record_audit(entries)
            ok, sentence = result
            self._test_finished(f"{'✓' if ok else '✗'} {sentence}", ok)

        def failed(exc: BaseException) -> None:
            self._record_audit(entries)
            self._test_finished(f"✗ The test could not run: {exc}", False)

        self._tasks.track(
            run_in_background(
                lambda: models.test_connection(settings, ref, entries.append), done, failed, self
            )
        )

    def _record_audit(self, entries: list[AuditEntry]) -> None:
        for entry in entries:
            try:
                self._workspace.record_audit(entry)
            except Exception as exc:  # the test result still shows; say what was lost
                self.sig_notice.emit(f"The test call could not be logged: {exc}")
        entries.clear()

    def _test_finished(self, text: str, ok: bool) -> None:
        self.test_running = False
        self.test_button.setEnabled(True)
        say(self.test_result_label, text, OK_COLOR if ok else ERROR_COLOR)

    def detect_ollama(self) -> None:
        provider = self._current
        if provider is None:
            return
        base = self.api_base_edit.text().strip() or support.DEFAULT_OLLAMA_BASE
        self.detect_button.setEnabled(False)
        say(self.detect_label, f"Looking for Ollama at {base}…")
        entries: list[AuditEntry] = []  # written on this thread, like the test call's

        def done(status: models.OllamaStatus) -> None:
            self._record_audit(entries)
            self.detect_button.setEnabled(True)
            say(self.detect_label, status.message, OK_COLOR if status.running else ERROR_COLOR)
            if status.running and self._current is provider:
                merged = list(provider.models)
                merged += [m for m in status.models if m not in merged]
                self.models_edit.setPlainText("\n".join(merged))

        def failed(exc: BaseException) -> None:
            self._record_audit(entries)
            self.detect_button.setEnabled(True)
            say(self.detect_label, f"Detection failed: {exc}", ERROR_COLOR)

        self._tasks.track(
            run_in_background(
                lambda: models.detect_ollama(base, entries.append), done, failed, self
            )
        )

    # -- per-model settings ------------------------------------------------------
    def selected_model_ref(self) -> str:
        """``provider/model`` of the model picked next to "Test connection" ("" if none)."""
        provider = self._current
        model = self.test_model_combo.currentText().strip()
        return f"{provider.id}/{model}" if provider is not None and model else ""

    def _fill_model_settings(self, _text: str = "") -> None:
        ref = self.selected_model_ref()
        own = self._settings.settings_for_model(ref) if ref else models.ModelSettings()
        automatic = models.automatic_limits(self._settings, ref) if ref else {}
        values = {
            "context_window": own.context_window,
            "max_output_tokens": own.max_output_tokens,
            "temperature": own.temperature,
        }
        for name, edit in self.model_field_edits.items():
            value = values[name]
            edit.setText("" if value is None else plain_number(value))
            edit.setPlaceholderText(automatic.get(name, "choose a model above"))
            edit.setEnabled(bool(ref))
            edit.setStyleSheet("")
        self._model_problem = None
        say(self.model_settings_label, "")

    def _model_settings_edited(self, _text: str = "") -> None:
        ref = self.selected_model_ref()
        if not ref:
            return
        edits = self.model_field_edits
        parsed, problem, field = models.parse_model_settings_fields(
            edits["context_window"].text(),
            edits["max_output_tokens"].text(),
            edits["temperature"].text(),
        )
        for name, edit in edits.items():
            edit.setStyleSheet(f"border: 1px solid {ERROR_COLOR};" if name == field else "")
        if problem is not None:
            self._model_problem = (ref, problem)
            say(self.model_settings_label, f"✗ {problem}", ERROR_COLOR)
            return
        self._model_problem = None
        if parsed.is_empty():
            self._settings.model_settings.pop(ref, None)
        else:
            self._settings.model_settings[ref] = parsed
        say(self.model_settings_label, "")

    # -- asking the server for its models -----------------------------------------
    def list_server_models(self) -> None:
        """Ask the shown provider's server for ``/v1/models`` (only on this click, in
        the background) and add what it lists to the models."""
        provider = self._current
        if provider is None or self.listing_running:
            return
        target = copy.deepcopy(provider)
        self.listing_running = True
        self.list_models_button.setEnabled(False)
        say(self.list_models_label, f"Asking {target.api_base or 'the server'} for its models…")
        entries: list[AuditEntry] = []

        def finish(text: str, ok: bool) -> None:
            self._record_audit(entries)
            self.listing_running = False
            self.list_models_button.setEnabled(True)
            say(self.list_models_label, text, OK_COLOR if ok else ERROR_COLOR)

        def done(answer: models.ModelList) -> None:
            ok = answer.reachable and (answer.status or 200) < 300
            added: list[str] = []
            if ok and self._current is provider:
                merged = list(provider.models)
                added = [m for m in answer.models if m not in merged]
                self.models_edit.setPlainText("\n".join(merged + added))
            if ok and not answer.models:
                finish(f"✗ {answer.message} It offers no models.", False)
            elif ok:
                finish(f"✓ {answer.message} Added {len(added)} new.", True)
            else:
                finish(f"✗ {answer.message}", False)

        def failed(exc: BaseException) -> None:
            finish(f"✗ The server could not be asked: {exc}", False)

        self._tasks.track(
            run_in_background(
                lambda: models.list_server_models(target, entries.append), done, failed, self
            )
        )

    def refresh_default_choices(self) -> None:
        """The default model's list, after the providers' models changed."""
        combo = self.default_combo
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(models.available_models(self._settings))
        combo.setCurrentText(text)
        combo.blockSignals(False)
        self._refresh_default_hint()

    def _refresh_default_hint(self, _text: str = "") -> None:
        """What the default model means right now (the rule all front ends share)."""
        settings = copy.copy(self._settings)
        settings.default_model = self.default_combo.currentText().strip()
        resolved = models.resolve_model_ref(settings)
        if resolved.source == "default":
            text = (
                "Used by the desktop app, the command line and every task without its own "
                "model (Defaults tab)."
            )
        elif resolved.source == "only":
            text = (
                f"None chosen: the only model set up, {resolved.ref}, is used everywhere. "
                f"Choose one once you add more."
            )
        elif resolved.candidates:
            text = (
                "None chosen: several models are set up, so each conversation has to pick "
                "one. Choose the default here."
            )
        else:
            text = "Add a provider below, then choose the model to use by default."
        self.default_hint.setText(text)
