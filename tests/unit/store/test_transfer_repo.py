"""``TransferRepo``: the SQL of bulk export and import, on a real database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from consultant.core.models import InvoiceStatus
from consultant.store import Store
from consultant.store.transfer import IMMUTABLE_TRIGGER


def _trigger_sql(store: Store) -> str | None:
    row = store.db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [IMMUTABLE_TRIGGER]
    ).fetchone()
    return row[0] if row else None


def _seed(store: Store) -> dict[str, int]:
    """Acme: two time entries (one from a conversation), invoice 2026-0001 on the
    first, a credit note reversing its line, and a draft."""
    acme = store.clients.add("Acme", hourly_rate_minor=12000, currency="EUR")
    assert acme.id is not None
    conv = store.conversations.create(acme.id, "Firewall")
    assert conv.id is not None
    late = store.billing.add_entry(
        acme.id, 30, "Later", rate_minor=12000, currency="EUR", work_date="2026-02-03",
        conversation_id=conv.id, uid="entry-late",
    )  # fmt: skip
    early = store.billing.add_entry(
        acme.id, 90, "Firewall", rate_minor=12000, currency="EUR", work_date="2026-02-01",
        uid="entry-early", created_at="2026-02-01T09:00:00.000000+00:00",
    )  # fmt: skip
    assert early.id is not None and late.id is not None
    inv = store.billing.create_draft(acme.id, "EUR", tax_rate=Decimal("19"))
    assert inv.id is not None
    inv = store.billing.add_line(inv.id, "Firewall", Decimal("1.5"), 12000, time_entry_id=early.id)
    assert inv.id is not None
    inv = store.billing.issue(inv.id, issue_date="2026-02-02")
    assert inv.id is not None
    note = store.billing.issue_credit_note(
        inv.id, [inv.lines[0].id or 0], "Not agreed", issue_date="2026-02-05"
    )
    draft = store.billing.create_draft(acme.id, "EUR")
    assert note.id is not None and draft.id is not None
    return {"client": acme.id, "conv": conv.id, "invoice": inv.id, "note": note.id,
            "draft": draft.id, "early": early.id, "late": late.id,
            "line": inv.lines[0].id or 0}  # fmt: skip


# -- export ------------------------------------------------------------------------------
def test_time_entries_come_by_work_date_with_the_exported_columns(store: Store) -> None:
    ids = _seed(store)
    conv = store.conversations.get(ids["conv"])
    entries = store.transfer.export_time_entries(ids["client"])
    # key order is the order of the exported JSON object
    assert [list(e) for e in entries] == [
        ["uid", "work_date", "minutes", "description", "rate_minor", "currency",
         "created_at", "conversation_uid"]
    ] * 2  # fmt: skip
    assert entries[0] == {
        "uid": "entry-early", "work_date": "2026-02-01", "minutes": 90,
        "description": "Firewall", "rate_minor": 12000, "currency": "EUR",
        "created_at": "2026-02-01T09:00:00.000000+00:00", "conversation_uid": None,
    }  # fmt: skip
    assert (entries[1]["uid"], entries[1]["conversation_uid"]) == ("entry-late", conv.uid)
    assert store.transfer.export_time_entries(ids["client"] + 1) == []


def test_invoices_come_drafts_first_then_by_number_with_their_credited_uid(store: Store) -> None:
    ids = _seed(store)
    rows = store.transfer.invoices_of(ids["client"])
    assert [r["id"] for r in rows] == [ids["draft"], ids["invoice"], ids["note"]]
    invoice_uid = store.billing.get_invoice(ids["invoice"]).uid
    assert [r["credited_invoice_uid"] for r in rows] == [None, None, invoice_uid]
    assert [r["number"] for r in rows] == [None, "2026-0001", "2026-0002"]


def test_exported_lines_name_time_entries_and_credited_positions(store: Store) -> None:
    ids = _seed(store)
    [line] = store.transfer.export_lines(ids["invoice"])
    assert list(line) == ["position", "description", "quantity", "unit_price_minor",
                          "amount_minor", "time_entry_uid", "tax_rate", "tax_category",
                          "credited_line"]  # fmt: skip
    assert (line["position"], line["time_entry_uid"], line["amount_minor"]) == (
        1, "entry-early", 18000
    )  # fmt: skip
    [reversing] = store.transfer.export_lines(ids["note"])
    assert (reversing["credited_line"], reversing["amount_minor"]) == (1, -18000)
    assert reversing["time_entry_uid"] is None
    assert store.transfer.export_lines(ids["draft"]) == []


# -- reads by uid --------------------------------------------------------------------------
def test_rows_by_uid(store: Store) -> None:
    ids = _seed(store)
    repo = store.transfer
    conv = store.conversations.get(ids["conv"])
    assert repo.conversation_row(conv.uid) == {"id": ids["conv"], "client_id": ids["client"]}
    assert repo.conversation_row("nope") is None
    from consultant.core.models import Role

    msg = store.conversations.add_message(ids["conv"], Role.USER, "hi")
    assert repo.message_row(msg.uid) == {"conversation_id": ids["conv"]}
    assert repo.message_row("nope") is None
    billed = repo.entry_row("entry-early")
    assert billed is not None and billed["invoice_status"] == "issued"
    assert billed["invoice_id"] == ids["invoice"] and billed["minutes"] == 90
    unbilled = repo.entry_row("entry-late")
    assert unbilled is not None and unbilled["invoice_status"] is None
    assert repo.entry_row("nope") is None
    note_uid = store.billing.get_invoice(ids["note"]).uid
    plain = repo.invoice_row(note_uid)
    joined = repo.invoice_row_with_credited(note_uid)
    assert plain is not None and joined is not None
    assert "credited_invoice_uid" not in plain
    assert joined["credited_invoice_uid"] == store.billing.get_invoice(ids["invoice"]).uid
    assert {k: joined[k] for k in plain} == plain
    assert repo.invoice_row("nope") is None


def test_numbers_lines_and_credit_notes(store: Store) -> None:
    ids = _seed(store)
    repo = store.transfer
    assert repo.number_taken("2026-0001", "other", 99)
    assert repo.number_taken("9999-0001", "2026", 2)  # the seq is taken in its series
    assert not repo.number_taken("2026-0003", "2026", 3)
    assert repo.line_ids_at(ids["invoice"], 1) == [ids["line"]]
    assert repo.line_ids_at(ids["invoice"], 2) == []
    note = store.billing.get_invoice(ids["note"])
    assert repo.crediting_note(ids["line"]) == {"uid": note.uid, "number": "2026-0002"}
    assert repo.crediting_note(note.lines[0].id or 0) is None
    [row] = repo.line_rows(ids["note"])
    assert (row["credited_position"], row["time_entry_uid"]) == (1, None)
    [row] = repo.line_rows(ids["invoice"])
    assert (row["credited_position"], row["time_entry_uid"]) == (None, "entry-early")


# -- writes --------------------------------------------------------------------------------
def test_a_draft_is_written_line_by_line_and_issued_with_the_given_number(store: Store) -> None:
    ids = _seed(store)
    repo = store.transfer
    with repo.atomic():
        new = repo.insert_invoice(
            {"uid": "imported", "client_id": ids["client"], "status": "draft",
             "currency": "EUR", "tax_rate": "19", "created_at": "2026-03-01T00:00:00+00:00"}
        )  # fmt: skip
        repo.insert_line(
            new, position=1, description="Work", quantity="2", unit_price_minor=5000,
            amount_minor=10000, time_entry_id=ids["late"], tax_rate=None, tax_category="S",
            credited_line_id=None,
        )  # fmt: skip
        repo.set_totals(new, 10000, 1900, 11900, "2026-03-01T00:00:00+00:00")
        repo.issue(
            new, series="2026", seq=3, number="2026-0003", issue_date="2026-03-01",
            seller={"name": "Me"}, buyer={"name": "Acme"}, updated_at="2026-03-01T00:00:00+00:00",
        )  # fmt: skip
    inv = store.billing.get_invoice(new)
    assert (inv.status, inv.number, inv.total_minor) == (InvoiceStatus.ISSUED, "2026-0003", 11900)
    row = repo.invoice_row("imported")
    assert row is not None and (row["seller"], row["buyer"]) == (
        '{"name": "Me"}',
        '{"name": "Acme"}',
    )
    assert [line.time_entry_id for line in inv.lines] == [ids["late"]]
    with repo.atomic():
        repo.mark_paid(new, "2026-03-20", "2026-03-20T00:00:00+00:00")
    assert store.billing.get_invoice(new).status == InvoiceStatus.PAID


def test_a_number_out_of_sequence_is_refused_by_the_database(store: Store) -> None:
    ids = _seed(store)
    repo = store.transfer
    before = store.billing.get_invoice(ids["draft"])
    with pytest.raises(sqlite3.IntegrityError), repo.atomic():
        repo.issue(
            ids["draft"], series="2026", seq=7, number="2026-0007", issue_date="2026-03-01",
            seller={}, buyer={}, updated_at="2026-03-01T00:00:00+00:00",
        )  # fmt: skip
    assert store.billing.get_invoice(ids["draft"]) == before


def test_reset_draft_clears_lines_and_totals(store: Store) -> None:
    ids = _seed(store)
    store.billing.add_line(ids["draft"], "Book", Decimal("1"), 1000)
    with store.transfer.atomic():
        store.transfer.reset_draft(ids["draft"], {"notes": "replaced", "currency": "EUR"})
    draft = store.billing.get_invoice(ids["draft"])
    assert (draft.lines, draft.notes, draft.total_minor) == ([], "replaced", 0)


def test_conversation_flags_and_entries_are_rewritten(store: Store) -> None:
    ids = _seed(store)
    repo = store.transfer
    kept = store.conversations.get(ids["conv"]).updated_at
    with repo.atomic():
        repo.set_conversation_flags(ids["conv"], "Renamed", True, True, None)
        repo.update_entry(
            ids["late"], work_date="2026-02-04", minutes=45, description="Call",
            rate_minor=9000, currency="EUR", conversation_id=None,
        )  # fmt: skip
    conv = store.conversations.get(ids["conv"])
    assert (conv.title, conv.archived, conv.pinned, conv.updated_at) == (
        "Renamed", True, True, kept
    )  # fmt: skip
    with repo.atomic():
        repo.set_conversation_flags(
            ids["conv"], "Renamed", False, False, "2026-01-01T00:00:00+00:00"
        )
    assert store.conversations.get(ids["conv"]).updated_at == datetime(2026, 1, 1, tzinfo=UTC)
    entry = repo.entry_row("entry-late")
    assert entry is not None
    assert (entry["work_date"], entry["minutes"], entry["description"], entry["rate_minor"],
            entry["conversation_id"]) == ("2026-02-04", 45, "Call", 9000, None)  # fmt: skip


def test_atomic_is_all_or_nothing(store: Store) -> None:
    ids = _seed(store)
    with pytest.raises(RuntimeError), store.transfer.atomic():
        store.transfer.insert_invoice(
            {"uid": "half", "client_id": ids["client"], "status": "draft", "currency": "EUR"}
        )
        raise RuntimeError("the import fails later")
    assert store.transfer.invoice_row("half") is None


# -- void as history -----------------------------------------------------------------------
def test_void_as_history_voids_one_row_and_restores_the_trigger(store: Store) -> None:
    ids = _seed(store)
    trigger = _trigger_sql(store)
    assert trigger is not None
    # the rule holds: an issued invoice is not voided
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE invoices SET status = 'void' WHERE id = ?", [ids["invoice"]])
    with store.transfer.atomic():
        store.transfer.void_as_history(ids["invoice"], "Wrong address", "2026-03-01T00:00:00+00:00")
    inv = store.billing.get_invoice(ids["invoice"])
    assert (inv.status, inv.void_reason) == (InvoiceStatus.VOID, "Wrong address")
    assert _trigger_sql(store) == trigger
    with pytest.raises(sqlite3.IntegrityError):  # and holds again for every other invoice
        store.db.execute("UPDATE invoices SET status = 'void' WHERE id = ?", [ids["note"]])


def test_void_as_history_only_voids_an_issued_invoice(store: Store) -> None:
    ids = _seed(store)
    with store.transfer.atomic():
        store.transfer.void_as_history(ids["note"], "x", "2026-03-01T00:00:00+00:00")
        store.transfer.void_as_history(ids["draft"], "x", "2026-03-01T00:00:00+00:00")
    assert store.billing.get_invoice(ids["note"]).status == InvoiceStatus.ISSUED
    assert store.billing.get_invoice(ids["draft"]).status == InvoiceStatus.DRAFT


def test_void_as_history_is_rolled_back_with_its_transaction(store: Store) -> None:
    ids = _seed(store)
    trigger = _trigger_sql(store)
    with pytest.raises(RuntimeError), store.transfer.atomic():
        store.transfer.void_as_history(ids["invoice"], "x", "2026-03-01T00:00:00+00:00")
        raise RuntimeError("a later invoice fails")
    assert store.billing.get_invoice(ids["invoice"]).status == InvoiceStatus.ISSUED
    assert _trigger_sql(store) == trigger


def test_void_as_history_refuses_to_run_outside_a_transaction(store: Store) -> None:
    ids = _seed(store)
    with pytest.raises(AssertionError, match="transaction"):
        store.transfer.void_as_history(ids["invoice"], "x", "2026-03-01T00:00:00+00:00")
    assert _trigger_sql(store) is not None
    assert store.billing.get_invoice(ids["invoice"]).status == InvoiceStatus.ISSUED
