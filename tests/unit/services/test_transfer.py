"""Export and import: round trip, idempotence by uid, bad files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from consultant.core.models import Role
from consultant.services.transfer import export_data, import_data, read_export, write_export
from consultant.services.workspace import ServiceError, Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = Workspace.open(tmp_path / "home")
    yield w
    w.close()


def _seed(ws: Workspace) -> None:
    acme = ws.add_client("Acme", rate="120", currency="EUR", notes="Fax vendor: Faxtastic")
    ws.add_contact("Acme", "jane@acme.org", "Jane", "IT manager")
    ws.add_domain("Acme", "acme.org")
    assert acme.id is not None
    conv = ws.store.conversations.create(acme.id, "Firewall")
    assert conv.id is not None
    ws.store.conversations.add_message(conv.id, Role.USER, "Open port 443 please")
    ws.store.conversations.add_message(
        conv.id, Role.ASSISTANT, "Drafted.", metadata={"context": [{"message": 1}]}
    )
    entry = ws.store.billing.add_entry(
        acme.id, 90, "Firewall", rate_minor=12000, currency="EUR", conversation_id=conv.id
    )
    inv = ws.store.billing.create_draft(acme.id, "EUR", tax_rate=Decimal("19"))
    assert inv.id and entry.id
    ws.store.billing.add_line(inv.id, "Firewall", Decimal("1.5"), 12000, time_entry_id=entry.id)
    ws.store.billing.issue(inv.id, issue_date="2026-02-02")
    ws.add_client("Beta", privacy="local_only")


def _counts(ws: Workspace) -> dict[str, int]:
    tables = ["clients", "contacts", "client_domains", "conversations", "messages",
              "time_entries", "invoices", "invoice_lines"]  # fmt: skip
    return {t: ws.store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_round_trip_into_empty_workspace_is_identical(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    data = export_data(ws)
    with Workspace.open(tmp_path / "other") as other:
        report = import_data(other, json.loads(json.dumps(data)))
        assert report.created["clients"] == 2
        again = export_data(other)
        assert _counts(other) == _counts(ws)
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(again) == strip(data)


def test_import_twice_changes_nothing(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    data = export_data(ws)
    before = _counts(ws)
    report = import_data(ws, data)
    assert not report.created and not report.updated
    assert _counts(ws) == before
    with Workspace.open(tmp_path / "fresh") as fresh:
        import_data(fresh, data)
        import_data(fresh, data)
        assert _counts(fresh) == before


def test_import_updates_by_uid(ws: Workspace) -> None:
    _seed(ws)
    data = export_data(ws)
    data["clients"][0]["notes"] = "New notes"
    data["clients"][0]["conversations"][0]["messages"][0]["content"] = "Edited"
    report = import_data(ws, data)
    assert report.updated == {"clients": 1, "messages": 1}
    assert ws.client("Acme").notes == "New notes"


def test_markdown_export(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    written = write_export(ws, tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == ["acme.md", "beta.md", "consultant.json"]
    text = (tmp_path / "out" / "acme.md").read_text()
    assert "# Acme" in text and "Open port 443 please" in text and "2026-0001" in text


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff\xfe", b"not json", b"[]", b'{"format": "x"}',
     b'{"format": "consultant-export", "version": 99, "clients": []}',
     b'{"format": "consultant-export", "version": 1, "clients": [{"name": 3}]}',
     b'{"format": "consultant-export", "version": 1, "clients": "nope"}'],
)  # fmt: skip
def test_bad_files_get_a_message_and_change_nothing(
    ws: Workspace, tmp_path: Path, content: bytes
) -> None:
    _seed(ws)
    before = _counts(ws)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ServiceError):
        import_data(ws, read_export(path))
    assert _counts(ws) == before


def test_failed_import_is_all_or_nothing(ws: Workspace) -> None:
    _seed(ws)
    data = export_data(ws)
    data["clients"][1]["uid"] = "new-uid"
    data["clients"][1]["name"] = "Gamma"
    data["clients"][1]["conversations"] = [{"uid": "c", "messages": [{"uid": "m"}]}]
    before = _counts(ws)
    with pytest.raises(ServiceError, match="malformed"):
        import_data(ws, data)
    assert _counts(ws) == before
    assert ws.store.clients.find("Gamma") is None
