"""The client dialog's "Default model" field (a client's conversations start on it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consultant.core.settings import ProviderSettings, Settings, save_settings
from consultant.services.workspace import Workspace
from consultant.ui.client_dialog import ClientDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    save_settings(Settings(providers=[ProviderSettings(
        id="here", kind="ollama", api_base="http://127.0.0.1:11434", models=["llama3"],
        local_inference=True)], default_model="here/llama3"))  # fmt: skip
    ws = Workspace.open()
    yield ws
    ws.close()


def _dialog(qtbot: QtBot, workspace: Workspace, client: object = None) -> ClientDialog:
    dialog = ClientDialog(workspace, client)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: ClientDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_default_model_is_offered_saved_and_shown_again(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    offered = [dialog.model_combo.itemText(i) for i in range(dialog.model_combo.count())]
    assert offered == ["", "here/llama3"]  # "": the settings' default
    dialog.name_edit.setText("Private Practice")
    dialog.model_combo.setCurrentText("here/llama3")
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.client("Private Practice").default_model == "here/llama3"

    again = _dialog(qtbot, workspace, workspace.client("Private Practice"))
    assert again.model_combo.currentText() == "here/llama3"
    again.model_combo.setCurrentText("")
    _save(again)
    assert workspace.client("Private Practice").default_model == ""


def test_a_malformed_default_model_keeps_the_dialog_open(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.name_edit.setText("Typo Inc")
    dialog.model_combo.setCurrentText("llama3")
    _save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "not a model reference" in dialog.error_label.text()
    assert workspace.clients() == []  # nothing half-saved
