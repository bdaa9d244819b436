"""The context panel shows who wrote each line of a snippet retrieved from stored
mail: an incoming e-mail is the client's, an e-mail you sent is yours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from consultant.services import context
from consultant.services import mail_store as ms
from consultant.services.mail_store import FileOutcome, MailOrigin
from consultant.services.workspace import Workspace
from consultant.ui.context_panel import ContextPanel
from consultant.ui.item_models import RowRole
from tests.unit.services.test_mail_store import ME, OWN, compose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ws() -> Iterator[Workspace]:
    with Workspace.open() as w:
        w.add_client("Acme Health")
        w.add_contact("Acme Health", "jane@acme-health.example", "Jane Doe")
        yield w


def test_panel_lines_name_client_and_you_for_mail(ws: Workspace, qtbot: QtBot) -> None:
    for raw in (
        compose("jane@acme-health.example", ME, "VPN", "The VPN token expired again.",
                mid="in@acme"),
        compose(ME, "jane@acme-health.example", "Re: VPN", "I renewed the VPN token.",
                mid="out@me", in_reply_to="in@acme"),
    ):  # fmt: skip
        assert ms.file_message(ws, raw, MailOrigin("eml"), own_addresses=OWN).outcome is (
            FileOutcome.STORED
        )
    snippets = context.retrieve(ws.store, ws.client("Acme Health"), "vpn token")
    panel = ContextPanel()
    qtbot.addWidget(panel)
    panel.set_snippets(snippets)
    rows = [panel.model_.index(i, 0).data(RowRole) for i in range(panel.model_.rowCount())]
    assert sorted(r.text for r in rows) == [
        "Client: The VPN token expired again.",
        "You: I renewed the VPN token.",
    ]
