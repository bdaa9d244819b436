"""The settings dialog: providers and keys, connection test, defaults, backup."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from consultant.core.models import Task
from consultant.core.settings import load_settings, settings_path
from consultant.services import models
from consultant.services.workspace import Workspace
from consultant.ui import background
from consultant.ui.settings_dialog import SettingsDialog
from tests.llm_server import LLMTestServer
from tests.support import MemoryKeyring

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SECRET = "sk-test-SECRET-0123456789abcdef"


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
    return dialog


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_add_provider_and_key_goes_to_keyring_only(
    qtbot: QtBot, workspace: Workspace, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, workspace)
    assert dialog.empty_models_label.isVisible()
    provider = dialog.add_provider("openai")
    assert provider.id == "openai"
    assert dialog.key_row.isVisible()
    assert "No key yet" in dialog.key_source_label.text()
    assert dialog.test_model_combo.count() > 0  # suggested models offered

    qtbot.keyClicks(dialog.key_edit, SECRET)
    dialog.save_key_button.click()

    assert memory_keyring.store[("consultant", "openai")] == SECRET
    assert "keyring" in dialog.key_message_label.text()
    assert "system keyring" in dialog.key_source_label.text()
    assert SECRET not in dialog.key_source_label.text() + dialog.key_message_label.text()
    assert dialog.key_edit.text() == ""
    assert dialog.id_edit.isReadOnly()  # the key is stored under this id

    with qtbot.waitSignal(dialog.sig_settings_changed):
        assert dialog.save()
    text = settings_path().read_text(encoding="utf-8")
    assert SECRET not in text
    assert "sk-" not in text
    data = json.loads(text)
    assert [p["id"] for p in data["providers"]] == ["openai"]


def test_key_typed_then_saved_with_the_dialog(
    qtbot: QtBot, workspace: Workspace, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("anthropic")
    dialog.key_edit.setText(SECRET)
    dialog.add_provider("openrouter")  # switching keeps the typed key in memory
    assert dialog.key_edit.text() == ""
    assert memory_keyring.store == {}
    assert dialog.save()
    assert memory_keyring.store == {("consultant", "anthropic"): SECRET}
    assert SECRET not in settings_path().read_text(encoding="utf-8")


def test_cancel_stores_no_typed_key(
    qtbot: QtBot, workspace: Workspace, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("gemini")
    dialog.key_edit.setText(SECRET)
    dialog.reject()
    assert memory_keyring.store == {}
    assert not settings_path().exists()


def test_session_only_key_is_explained(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from tests.support import RefusingKeyring

    keyring.set_keyring(RefusingKeyring())
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai")
    dialog.key_edit.setText(SECRET)
    dialog.save_key_button.click()
    assert "session only" in dialog.key_message_label.text()
    assert "session only" in dialog.key_source_label.text()


def test_connection_success_against_the_test_server(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("local")
    assert dialog.api_base_edit.text() == configured_model.api_base
    dialog.test_model_combo.setCurrentText("test-model")
    dialog.test_button.click()
    assert dialog.test_running
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.test_running, timeout=60_000)
    assert dialog.test_result_label.text().startswith("✓"), dialog.test_result_label.text()
    assert dialog.test_button.isEnabled()
    assert configured_model.requests  # it really called the server
    # The test call is an outbound call: it is in the audit log.
    assert [e.provider for e in workspace.store.audit.recent()] == ["local"]


def test_connection_failure_against_a_dead_port(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("local")
    dialog.api_base_edit.setText(f"http://127.0.0.1:{_dead_port()}/v1")
    dialog.api_base_edit.textEdited.emit(dialog.api_base_edit.text())
    dialog.test_model_combo.setCurrentText("test-model")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.test_running, timeout=60_000)
    text = dialog.test_result_label.text()
    assert text.startswith("✗"), text
    assert "Could not reach" in text


def test_defaults_and_profile_are_saved_and_reloaded(
    qtbot: QtBot, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.tabs.setCurrentIndex(1)
    items = [dialog.default_combo.itemText(i) for i in range(dialog.default_combo.count())]
    assert "local/test-model" in items and "local/slow" in items
    assert dialog.default_combo.currentText() == "local/test-model"
    dialog.default_combo.setCurrentText("local/slow")
    dialog.task_combos[Task.REPLY].setCurrentText("local/cut")
    dialog.profile_name_edit.setText("Alex Example")
    dialog.profile_business_edit.setText("Example Software")
    dialog.profile_email_edit.setText("alex@example.com")
    dialog.signature_edit.setPlainText("Best,\nAlex")
    assert dialog.save()

    saved = load_settings().settings
    assert saved.default_model == "local/slow"
    assert saved.task_models == {"reply": "local/cut"}
    assert saved.model_for("reply") == "local/cut"
    assert saved.model_for("chat") == "local/slow"
    assert saved.profile.name == "Alex Example"
    assert saved.profile.signature == "Best,\nAlex"
    assert saved.providers[0].api_base == configured_model.api_base

    again = _dialog(qtbot, workspace)
    assert again.default_combo.currentText() == "local/slow"
    assert again.task_combos[Task.REPLY].currentText() == "local/cut"
    assert again.task_combos[Task.CHAT].currentText() == ""
    assert again.profile_email_edit.text() == "alex@example.com"


def test_bad_default_model_keeps_dialog_open(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.default_combo.setCurrentText("gpt4")
    assert not dialog.save()
    assert dialog.isVisible()
    assert "provider/model" in dialog.message_label.text()
    assert not settings_path().exists()


def test_openai_compatible_needs_an_address(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai_compatible")
    assert dialog.api_base_edit.isVisible()
    assert not dialog.detect_button.isVisible()
    assert not dialog.save()
    assert "server address" in dialog.message_label.text()
    dialog.api_base_edit.setText("http://localhost:4000")
    dialog.api_base_edit.textEdited.emit("http://localhost:4000")
    dialog.models_edit.setPlainText("team-model\n")
    assert dialog.save()
    provider = load_settings().settings.providers[0]
    assert (provider.kind, provider.api_base, provider.models) == (
        "openai_compatible",
        "http://localhost:4000",
        ["team-model"],
    )


def test_new_provider_id_is_validated(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("ollama")
    assert dialog.api_base_edit.text() == "http://localhost:11434"
    assert not dialog.key_row.isVisible()
    second = dialog.add_provider("ollama")
    assert second.id == "ollama-2"
    qtbot.keyClicks(dialog.id_edit, "x")  # ollama-2x: fine
    assert second.id == "ollama-2x"
    dialog.id_edit.setText("")
    qtbot.keyClicks(dialog.id_edit, "ollama")
    assert dialog.id_error.isVisible()
    assert second.id == "ollam"  # the last valid id; the clash is not applied
    assert not dialog.save()


def test_gguf_provider_uses_a_file(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("local_gguf")
    assert dialog.model_path_row.isVisible()
    assert not dialog.api_base_row.isVisible()
    model = tmp_path / "tiny-model.gguf"
    model.write_bytes(b"GGUF")
    dialog.set_model_file(str(model))
    assert dialog.save()
    provider = load_settings().settings.providers[0]
    assert provider.model_path == str(model)
    assert provider.models == ["tiny-model"]


def test_remove_provider_forgets_its_key_on_save(
    qtbot: QtBot, workspace: Workspace, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai")
    dialog.key_edit.setText(SECRET)
    dialog.save_key()
    assert dialog.save()
    again = _dialog(qtbot, workspace)
    again.select_provider("openai")
    again.remove_current_provider()
    assert again.empty_models_label.isVisible()
    assert again.save()
    assert memory_keyring.store == {}
    assert load_settings().settings.providers == []


def test_backup_now_creates_a_file(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.add_client("Someone")
    dialog = _dialog(qtbot, workspace)
    dialog.tabs.setCurrentIndex(3)
    assert str(workspace.home) in dialog.folder_label.text()
    assert "keyring" in dialog.keyring_label.text()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.backup_running, timeout=20_000)
    assert dialog.last_backup is not None and dialog.last_backup.is_file()
    assert dialog.last_backup.stat().st_size > 0
    assert str(dialog.last_backup) in dialog.backup_label.text()


def test_open_folder_uses_desktop_services(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = _dialog(qtbot, workspace)
    dialog.open_folder_button.click()
    assert opened == [str(workspace.home)]


def test_corrupt_settings_warning_is_shown(qtbot: QtBot, workspace: Workspace) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    dialog = _dialog(qtbot, workspace)
    assert dialog.warning_label.isVisible()
    assert "damaged" in dialog.warning_label.text()


def test_key_source_environment(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai")
    assert "OPENAI_API_KEY" in dialog.key_source_label.text()
    assert SECRET not in dialog.key_source_label.text()
    assert models.key_source(dialog._settings.providers[0]) == "environment"


def test_embedding_model_saved(qtbot: QtBot) -> None:
    from consultant.core.settings import load_settings
    from consultant.services.workspace import Workspace
    from consultant.ui.settings_dialog import SettingsDialog

    with Workspace.open() as ws:
        dialog = SettingsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.embedding_combo.setCurrentText("ollama/nomic-embed-text")
        assert dialog.save()
        assert load_settings().settings.embedding_model == "ollama/nomic-embed-text"
        dialog.embedding_combo.setCurrentText("nonsense")
        assert not dialog.save()


def test_invoicing_details_saved_and_validated(qtbot: QtBot) -> None:
    from consultant.core.settings import load_settings
    from consultant.services.workspace import Workspace
    from consultant.ui.settings_dialog import SettingsDialog

    with Workspace.open() as ws:
        dialog = SettingsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.address_edit.setPlainText("Street 1\n10115 Berlin")
        dialog.business_fields["iban"].setText("DE89 3704 0044 0532 0130 00")
        dialog.tax_rate_edit.setText("19")
        dialog.payment_days_edit.setText("30")
        dialog.number_format_edit.setText("INV-{year}-{seq:03d}")
        assert dialog.save()
        saved = load_settings().settings
        assert saved.profile.address == "Street 1\n10115 Berlin"
        assert saved.profile.iban.startswith("DE89")
        assert (saved.default_tax_rate, saved.payment_days) == ("19", 30)
        assert saved.invoice_number_format == "INV-{year}-{seq:03d}"
        for field, bad in (("number", "no placeholders"), ("tax", "abc"), ("days", "-3")):
            dialog2 = SettingsDialog(ws)
            qtbot.addWidget(dialog2)
            if field == "number":
                dialog2.number_format_edit.setText(bad)
            elif field == "tax":
                dialog2.tax_rate_edit.setText(bad)
            else:
                dialog2.payment_days_edit.setText(bad)
            assert not dialog2.save()


def test_local_inference_checkbox_is_saved(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    box = dialog.local_inference_check
    dialog.add_provider("openai")
    assert not dialog.local_inference_row.isVisible()  # cloud kinds never run here
    dialog.add_provider("ollama")
    assert dialog.local_inference_row.isVisible()
    assert box.isChecked()  # a new Ollama on localhost runs the model here
    assert "forward" in box.toolTip() and "LiteLLM proxy" in box.toolTip()
    compatible = dialog.add_provider("openai_compatible")
    assert dialog.local_inference_row.isVisible()
    assert box.text() == (
        "This server runs the model on this computer and does not forward requests"
    )
    assert not box.isChecked()  # off until the user declares it
    dialog.api_base_edit.setText("http://localhost:8080/v1")
    dialog.api_base_edit.textEdited.emit(dialog.api_base_edit.text())
    box.click()  # as the user does: the toggled signal updates the provider
    assert box.isChecked() and compatible.local_inference
    assert not dialog.local_inference_note.isVisible()
    with qtbot.waitSignal(dialog.sig_settings_changed):
        assert dialog.save()
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    flags = {p["kind"]: p["local_inference"] for p in data["providers"]}
    assert flags == {"openai": False, "ollama": True, "openai_compatible": True}
    loaded = load_settings().settings.provider(compatible.id)
    assert loaded is not None and loaded.local_inference is True


def test_local_inference_can_be_unticked_and_warns_for_a_remote_address(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("ollama")
    box = dialog.local_inference_check
    dialog.api_base_edit.setText("http://192.168.1.9:11434")
    dialog.api_base_edit.textEdited.emit(dialog.api_base_edit.text())
    assert box.isChecked() and dialog.local_inference_note.isVisible()
    assert "loopback address" in dialog.local_inference_note.text()
    box.click()
    assert not box.isChecked() and not dialog.local_inference_note.isVisible()
    assert dialog.save()
    [provider] = json.loads(settings_path().read_text(encoding="utf-8"))["providers"]
    assert provider["local_inference"] is False
