"""The context panel tells a ``redact`` client's user what will be masked, before sending."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from consultant.core.models import Task
from consultant.services.workspace import Workspace
from consultant.ui.main_window import MainWindow
from tests.llm_server import LLMTestServer
from tests.unit.ui.window_support import (
    add_client,
    open_new_conversation,
    window,
    workspace,
)

__all__ = ["window", "workspace"]

EMAIL = (
    "Hi Sam,\nNurse Tamsin saw Mr. Okafor (DOB 03/14/1952, MRN 00482913) today; "
    "call his daughter at (217) 555-0143. SRFax shows ERR-4012.\nMaria"
)


def test_redact_client_sees_what_will_be_masked(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace, "Sunrise Home Health", privacy="redact")
    open_new_conversation(window, client)
    window.composer.set_task(Task.INTERPRET)
    window.composer.edit.setPlainText(EMAIL)
    window.propose_context()
    panel = window.context_panel
    qtbot.waitUntil(lambda: panel.privacy_summary() != "", timeout=10_000)  # computed off-thread
    assert panel.privacy_label.isVisible()
    summary = panel.privacy_summary()
    assert "Masked before sending" in summary and "name" in summary
    assert "medical record number" in summary and "phone number" in summary
    dialog = panel.show_outgoing_text()
    assert dialog is not None
    qtbot.addWidget(dialog)
    outgoing = dialog.text.toPlainText()
    for secret in ("Tamsin", "Okafor", "03/14/1952", "00482913", "555-0143", "Maria"):
        assert secret not in outgoing, secret
    assert "SRFax" in outgoing and "ERR-4012" in outgoing and "[PERSON_" in outgoing
    # Nothing was sent or stored by the preview.
    assert configured_model.requests == []
    assert workspace.store.audit.recent() == []
    dialog.close()


def test_other_policies_show_no_redaction_preview(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace, "Open Clinic")
    open_new_conversation(window, client)
    window.composer.edit.setPlainText(EMAIL)
    window.propose_context()
    qtbot.waitUntil(lambda: window._preview_task.finished, timeout=10_000)
    assert not window.context_panel.privacy_label.isVisible()
    assert window.context_panel.privacy_summary() == ""


def test_the_composer_estimates_what_send_would_send(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, configured_model: LLMTestServer
) -> None:
    window.reload_models()
    client = add_client(workspace, "Open Clinic")
    open_new_conversation(window, client)
    label = window.composer.estimate_label
    assert label.isHidden()
    window.composer.edit.setPlainText(EMAIL * 20)
    window.propose_context()
    qtbot.waitUntil(lambda: "tokens" in label.text(), timeout=10_000)  # off the GUI thread
    assert label.isVisible()
    first = int("".join(ch for ch in label.text().split("tokens")[0] if ch.isdigit()))
    window.composer.edit.setPlainText(EMAIL)
    window.propose_context()
    qtbot.waitUntil(
        lambda: "tokens" in label.text()
        and int("".join(ch for ch in label.text().split("tokens")[0] if ch.isdigit())) < first,
        timeout=10_000,
    )
    window.composer.edit.setPlainText("")
    window.propose_context()
    assert label.isHidden()
    assert configured_model.requests == []  # estimating sends nothing
