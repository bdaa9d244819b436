"""Settings → Models: the default model, per-model limits, the server's model list,
the key row that does not move the Test button, and the theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from consultant.core.models import AuditEntry
from consultant.core.settings import (
    ModelSettings,
    ProviderSettings,
    Settings,
    load_settings,
    save_settings,
)
from consultant.services.workspace import Workspace
from consultant.ui import background, theme
from consultant.ui.settings_dialog import SettingsDialog
from tests.llm_server import LLMTestServer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def workspace() -> Iterator[Workspace]:
    ws = Workspace.open()
    yield ws
    background.wait_for_background(10_000)
    ws.close()


@pytest.fixture(autouse=True)
def _system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    theme.set_theme(qapp, "system")


def _dialog(qtbot: QtBot, workspace: Workspace) -> SettingsDialog:
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _team(server: LLMTestServer | None = None, **kwargs: object) -> Settings:
    base = server.api_base if server is not None else "http://127.0.0.1:9/v1"
    return Settings(
        providers=[ProviderSettings(id="team", kind="openai_compatible", label="Team proxy",
                                    api_base=base, models=["big", "small"])],
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def test_default_model_is_on_the_models_tab_and_explained(
    qtbot: QtBot, workspace: Workspace
) -> None:
    save_settings(_team())
    dialog = _dialog(qtbot, workspace)
    models_page = dialog.tabs.widget(0)
    assert dialog.tabs.tabText(0) == "Models" and models_page is not None
    assert models_page.isAncestorOf(dialog.default_combo)
    assert dialog.default_combo.isVisible()
    items = [dialog.default_combo.itemText(i) for i in range(dialog.default_combo.count())]
    assert items == ["team/big", "team/small"]
    assert "several models" in dialog.default_hint.text()
    dialog.default_combo.setCurrentText("team/small")
    assert "command line" in dialog.default_hint.text()
    assert dialog.save()
    assert load_settings().settings.default_model == "team/small"


def test_only_model_is_named_as_the_default(qtbot: QtBot, workspace: Workspace) -> None:
    settings = _team()
    settings.providers[0].models = ["big"]
    save_settings(settings)
    dialog = _dialog(qtbot, workspace)
    assert "team/big, is used everywhere" in dialog.default_hint.text()


def test_bad_default_model_is_shown_on_the_models_tab(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.tabs.setCurrentIndex(2)
    dialog.default_combo.setCurrentText("gpt4")
    assert not dialog.save()
    assert dialog.tabs.currentIndex() == 0
    assert "provider/model" in dialog.message_label.text()


def test_model_settings_are_shown_edited_validated_and_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    save_settings(_team(model_settings={"team/small": ModelSettings(32_000, None, 0.3)}))
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("team")
    dialog.test_model_combo.setCurrentText("big")
    assert dialog.selected_model_ref() == "team/big"
    window = dialog.context_window_edit
    assert window.text() == "" and window.placeholderText().startswith("automatic: ")
    assert "8\u202f192" in window.placeholderText()
    assert dialog.temperature_edit.placeholderText() == "automatic: the model's default"

    dialog.test_model_combo.setCurrentText("small")  # another model: its own values
    assert (window.text(), dialog.temperature_edit.text()) == ("32000", "0.3")

    dialog.test_model_combo.setCurrentText("big")
    qtbot.keyClicks(window, "200 000")
    qtbot.keyClicks(dialog.max_output_edit, "lots")
    assert dialog.model_settings_label.isVisible()
    assert "whole number" in dialog.model_settings_label.text()
    assert not dialog.save()  # the refused value keeps the dialog open
    assert "team/big" in dialog.message_label.text()
    dialog.max_output_edit.clear()
    qtbot.keyClicks(dialog.max_output_edit, "4096")
    qtbot.keyClicks(dialog.temperature_edit, "0,2")
    assert not dialog.model_settings_label.isVisible()
    assert dialog.save()

    saved = load_settings().settings
    assert saved.settings_for_model("team/big") == ModelSettings(200_000, 4096, 0.2)
    assert saved.settings_for_model("team/small") == ModelSettings(32_000, None, 0.3)


def test_emptied_fields_mean_automatic_again(qtbot: QtBot, workspace: Workspace) -> None:
    save_settings(_team(model_settings={"team/big": ModelSettings(context_window=64_000)}))
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("team")
    dialog.test_model_combo.setCurrentText("big")
    assert dialog.context_window_edit.text() == "64000"
    dialog.context_window_edit.clear()
    dialog.context_window_edit.textEdited.emit("")
    assert dialog.save()
    assert load_settings().settings.model_settings == {}


def test_list_models_asks_the_server_only_when_clicked(
    qtbot: QtBot, workspace: Workspace, llm_server: LLMTestServer
) -> None:
    save_settings(_team(llm_server))
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("team")
    assert dialog.list_models_button.isVisible()
    assert llm_server.gets == []  # opening Settings contacts nobody
    dialog.list_models_button.click()
    assert dialog.listing_running and not dialog.list_models_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.listing_running, timeout=20_000)
    assert [path for path, _ in llm_server.gets] == ["/v1/models"]
    assert dialog.models_edit.toPlainText().splitlines() == ["big", "small", "test"]
    assert dialog.list_models_label.text().startswith("✓")
    assert dialog.test_model_combo.findText("test") >= 0
    assert dialog.default_combo.findText("team/test") >= 0
    audit: list[AuditEntry] = workspace.store.audit.recent()
    assert [a.outcome for a in audit] == ["ok"]


def test_list_models_reports_a_server_that_is_down(qtbot: QtBot, workspace: Workspace) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = _team()
    settings.providers[0].api_base = f"http://127.0.0.1:{port}/v1"
    save_settings(settings)
    dialog = _dialog(qtbot, workspace)
    dialog.select_provider("team")
    dialog.list_models_button.click()
    qtbot.waitUntil(lambda: not dialog.listing_running, timeout=20_000)
    assert dialog.list_models_label.text().startswith("✗")
    assert dialog.models_edit.toPlainText().splitlines() == ["big", "small"]


def test_list_models_is_not_offered_for_cloud_providers(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai")
    assert not dialog.list_models_button.isVisible()


def test_save_key_does_not_move_the_test_button(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.add_provider("openai")
    qtbot.waitExposed(dialog)
    before = dialog.test_button.mapTo(dialog, dialog.test_button.rect().topLeft())
    size = dialog.test_button.size()
    qtbot.keyClicks(dialog.key_edit, "sk-test-0123456789abcdef")
    dialog.save_key_button.click()
    assert dialog.key_message_label.isVisible() and "keyring" in dialog.key_message_label.text()
    QApplication.processEvents()
    after = dialog.test_button.mapTo(dialog, dialog.test_button.rect().topLeft())
    assert (after, dialog.test_button.size()) == (before, size)


def test_theme_applies_at_once_and_is_saved(
    qtbot: QtBot, workspace: Workspace, qapp: QApplication
) -> None:
    dialog = _dialog(qtbot, workspace)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Appearance"
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert theme.is_dark() and theme.colors().dark
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert dialog.save()
    assert load_settings().settings.theme == "dark"

    theme.set_theme(qapp, "system")
    theme.apply_theme(qapp)  # start-up: the saved choice
    assert theme.theme_choice() == "dark" and theme.is_dark()


def test_cancel_puts_the_saved_theme_back(
    qtbot: QtBot, workspace: Workspace, qapp: QApplication
) -> None:
    save_settings(Settings(theme="light"))
    theme.apply_theme(qapp)
    dialog = _dialog(qtbot, workspace)
    assert dialog.theme_value() == "light"
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert theme.is_dark()
    dialog.reject()
    assert theme.theme_choice() == "light" and not theme.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert load_settings().settings.theme == "light"
