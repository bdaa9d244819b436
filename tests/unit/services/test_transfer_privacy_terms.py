"""A client's always/never-mask lists travel with export and import."""

from __future__ import annotations

import json
from pathlib import Path

from consultant.services.transfer import export_data, import_data
from consultant.services.workspace import Workspace


def test_mask_lists_round_trip(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a") as ws:
        ws.add_client("Sunrise", privacy="redact", redact_always="Ward 7B", redact_never="Parker")
        data = json.loads(json.dumps(export_data(ws)))
    [client] = data["clients"]
    assert (client["redact_always"], client["redact_never"]) == ("Ward 7B", "Parker")
    with Workspace.open(tmp_path / "b") as other:
        import_data(other, data)
        copy = other.client("Sunrise")
        assert (copy.redact_always, copy.redact_never) == ("Ward 7B", "Parker")


def test_import_never_overwrites_a_reply_being_written(tmp_path: Path) -> None:
    from consultant.core.models import MessageStatus, Role

    with Workspace.open(tmp_path / "a") as ws:
        client = ws.add_client("Sunrise")
        conv = ws.store.conversations.create(client.id or 0, "Fax")
        live = ws.store.conversations.add_message(
            conv.id or 0, Role.ASSISTANT, "half a rep", status=MessageStatus.STREAMING
        )
        data = json.loads(json.dumps(export_data(ws)))
        [message] = data["clients"][0]["conversations"][0]["messages"]
        message.update(content="something else entirely", status="complete")
        import_data(ws, data)
        after = ws.store.conversations.get_message(live.id or 0)
        assert (after.status, after.content) == (MessageStatus.STREAMING, "half a rep")
