"""The export files of a rich workspace, byte for byte: written, imported into an empty
workspace, written again, they are the same files (only ``exported_at`` differs), and
the import runs through ``store.transfer`` in one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant.core.models import InvoiceStatus, Role
from consultant.services.transfer import import_data, read_export, write_export
from consultant.services.workspace import ServiceError, Workspace
from consultant.store.transfer import TransferRepo
from tests.unit.services.test_transfer_billing import _old_workspace, _seed


def _rich(ws: Workspace) -> None:
    """Billing identities, invoices, credit notes, a draft (test_transfer_billing), a
    contact, a domain, a conversation with two versions of a reply, unbilled time."""
    _seed(ws)
    ws.add_contact("Acme", "jane@acme.org", "Jane", "IT manager")
    ws.add_domain("Acme", "acme.org")
    acme = ws.client("Acme")
    assert acme.id is not None
    repo = ws.store.conversations
    conv = repo.create(acme.id, "VPN")
    assert conv.id is not None
    repo.add_message(conv.id, Role.USER, "Is the VPN down?")
    first = repo.add_message(
        conv.id, Role.ASSISTANT, "first answer", metadata={"context": [{"message": 1}]}
    )
    assert first.id is not None
    repo.add_version(first.id, "second answer")
    repo.add_message(conv.id, Role.USER, "thanks")
    repo.choose_version(first.id)
    ws.store.billing.add_entry(
        acme.id, 45, "Unbilled call", rate_minor=9999, currency="EUR", conversation_id=conv.id
    )
    ws.add_client("Beta", privacy="local_only")


def _files(folder: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        if path.name == "consultant.json":
            doc = json.loads(data)
            assert doc.pop("exported_at")
            data = json.dumps(doc, ensure_ascii=False, indent=2).encode()
        out[path.name] = data
    return out


@pytest.fixture
def rich(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "home") as ws:
        _rich(ws)
        yield ws


def test_written_imported_and_written_again_the_files_are_the_same(
    rich: Workspace, tmp_path: Path
) -> None:
    write_export(rich, tmp_path / "one")
    first = _files(tmp_path / "one")
    assert sorted(first) == ["acme.md", "beta.md", "consultant.json", "lyon.md"]
    doc = read_export(tmp_path / "one" / "consultant.json")
    acme = doc["clients"][0]
    assert len(acme["invoices"]) == 4 and len(acme["time_entries"]) == 4
    assert len(acme["conversations"][0]["messages"]) == 4
    with Workspace.open(tmp_path / "fresh") as fresh:
        report = import_data(fresh, doc)
        assert report.created["invoices"] == 6 and report.created["messages"] == 4
        write_export(fresh, tmp_path / "two")
        assert _files(tmp_path / "two") == first
        again = import_data(fresh, read_export(tmp_path / "two" / "consultant.json"))
        assert not again.created and not again.updated
        write_export(fresh, tmp_path / "three")
        assert _files(tmp_path / "three") == first


def test_an_old_void_invoice_lands_through_the_repository(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "old") as old_ws:
        old = _old_workspace(old_ws)
    with Workspace.open(tmp_path / "fresh") as fresh:
        assert isinstance(fresh.store.transfer, TransferRepo)
        import_data(fresh, old)
        statuses = sorted((i.number, i.status) for i in fresh.store.billing.invoices())
        assert statuses == [("2026-0001", InvoiceStatus.VOID), ("2026-0002", InvoiceStatus.ISSUED)]


def test_a_refusal_half_way_through_the_writes_leaves_nothing(
    rich: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database refuses the last invoice after clients, messages and the earlier
    invoices were written: the one transaction rolls all of it back."""
    write_export(rich, tmp_path / "out", formats="json")
    doc = read_export(tmp_path / "out" / "consultant.json")
    calls = 0
    original = TransferRepo.set_totals

    def failing(self: TransferRepo, invoice_id: int, *args: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 6:
            raise sqlite3.IntegrityError("refused for the test")
        original(self, invoice_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(TransferRepo, "set_totals", failing)
    with Workspace.open(tmp_path / "fresh") as fresh:
        with pytest.raises(ServiceError, match="refused by the database and nothing was changed"):
            import_data(fresh, doc)
        assert calls == 6
        assert fresh.clients(include_archived=True) == []
        assert fresh.store.billing.invoices() == []
        assert fresh.store.billing.entries() == []
