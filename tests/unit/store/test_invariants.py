"""DESIGN.md §3 invariants, checked with raw SQL (not only through the repositories)."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from consultant.store import Conflict, Store


def _client(store: Store, name: str = "Acme") -> int:
    client = store.clients.add(name, currency="EUR", hourly_rate_minor=10000)
    assert client.id is not None
    return client.id


def test_client_name_unique_case_insensitively_in_sql(store: Store) -> None:
    store.db.execute("INSERT INTO clients (uid, name, name_key) VALUES ('a', 'Acme', 'acme')")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO clients (uid, name, name_key) VALUES ('b', 'ACME', 'x')")


def test_client_name_unique_unicode_casefold(store: Store) -> None:
    store.clients.add("Müller Straße")
    with pytest.raises(Conflict):
        store.clients.add("  MÜLLER  STRASSE ")


def test_contact_email_belongs_to_one_client_in_sql(store: Store) -> None:
    a, b = _client(store, "A"), _client(store, "B")
    store.db.execute("INSERT INTO contacts (client_id, email) VALUES (?, 'x@acme.org')", [a])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO contacts (client_id, email) VALUES (?, 'X@ACME.ORG')", [b])
    with pytest.raises(sqlite3.IntegrityError):  # stored lower-case only
        store.db.execute("INSERT INTO contacts (client_id, email) VALUES (?, 'Y@ACME.ORG')", [b])


def test_public_domain_cannot_be_claimed_in_sql(store: Store) -> None:
    a = _client(store)
    with pytest.raises(sqlite3.IntegrityError, match="public mail domain"):
        store.db.execute(
            "INSERT INTO client_domains (domain, client_id) VALUES ('gmail.com', ?)", [a]
        )


def test_domain_belongs_to_one_client(store: Store) -> None:
    a, b = _client(store, "A"), _client(store, "B")
    store.clients.add_domain(a, "acme.org")
    with pytest.raises(Conflict):
        store.clients.add_domain(b, "ACME.org")


def test_money_columns_refuse_floats(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO clients (uid, name, name_key, hourly_rate_minor) "
            "VALUES ('f', 'F', 'f', 12.5)"
        )


def _issued_invoice(store: Store) -> tuple[int, int]:
    client = _client(store)
    entry = store.billing.add_entry(client, 90, "Setup", rate_minor=10000, currency="EUR")
    invoice = store.billing.create_draft(client, "EUR", tax_rate=Decimal("19"))
    assert invoice.id is not None and entry.id is not None
    store.billing.add_line(invoice.id, "Setup", Decimal("1.5"), 10000, time_entry_id=entry.id)
    issued = store.billing.issue(invoice.id, issue_date="2026-03-01")
    assert issued.number == "2026-0001"
    assert issued.subtotal_minor == 15000 and issued.tax_minor == 2850
    assert issued.total_minor == 17850
    return invoice.id, entry.id


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE invoices SET total_minor = 1, subtotal_minor = 1, tax_minor = 0",
        "UPDATE invoices SET notes = 'changed'",
        "UPDATE invoices SET number = '2026-0099'",
        "UPDATE invoices SET status = 'draft'",
        "DELETE FROM invoices",
        "UPDATE invoice_lines SET amount_minor = 1",
        "UPDATE invoice_lines SET description = 'other'",
        "DELETE FROM invoice_lines",
    ],
)
def test_issued_invoice_and_lines_are_immutable(store: Store, sql: str) -> None:
    _issued_invoice(store)
    with pytest.raises(sqlite3.IntegrityError, match="issued invoice"):
        store.db.execute(sql)


def test_no_line_can_be_added_to_an_issued_invoice(store: Store) -> None:
    invoice_id, _ = _issued_invoice(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
            "unit_price_minor, amount_minor) VALUES (?, 9, 'x', '1', 1, 1)",
            [invoice_id],
        )


def test_issued_invoice_cannot_be_voided_only_paid(store: Store) -> None:
    invoice_id, entry_id = _issued_invoice(store)
    with pytest.raises(sqlite3.IntegrityError, match="credit note"):
        store.db.execute(
            "UPDATE invoices SET status = 'void', void_reason = 'x' WHERE id = ?", [invoice_id]
        )
    assert store.billing.get_entry(entry_id).invoice_id == invoice_id
    paid = store.billing.mark_paid(invoice_id, "2026-03-09")
    assert paid.status == "paid" and paid.paid_date == "2026-03-09"


def _two_line_invoice(store: Store) -> tuple[int, list[int]]:
    client = _client(store)
    draft = store.billing.create_draft(client, "EUR", tax_rate=Decimal("19"))
    assert draft.id is not None
    store.billing.add_line(draft.id, "Setup", Decimal("1.5"), 10000)
    store.billing.add_line(draft.id, "Licence", Decimal("1"), 3333, tax_rate=Decimal("7"))
    issued = store.billing.issue(draft.id, issue_date="2026-03-01")
    # 150.00 × 19 % = 28.50; 33.33 × 7 % = 2.3331 → 2.33
    assert (issued.subtotal_minor, issued.tax_minor) == (18333, 2850 + 233)
    return draft.id, [line.id for line in issued.lines if line.id is not None]


def test_credit_note_reverses_chosen_lines_in_the_same_series(store: Store) -> None:
    invoice_id, line_ids = _two_line_invoice(store)
    note = store.billing.issue_credit_note(
        invoice_id, [line_ids[1]], "Licence not delivered", issue_date="2026-03-05"
    )
    assert note.kind == "credit_note" and note.credited_invoice_id == invoice_id
    assert note.number == "2026-0002" and note.status == "issued"
    assert [(ln.quantity, ln.amount_minor, ln.tax_category) for ln in note.lines] == [
        ("-1", -3333, "S")
    ]
    assert (note.subtotal_minor, note.tax_minor, note.total_minor) == (-3333, -233, -3566)
    original = store.billing.get_invoice(invoice_id)
    assert original.credited_state == "partly credited"
    assert original.credited_minor == -3566
    with pytest.raises(Conflict, match="already credited"):
        store.billing.issue_credit_note(invoice_id, [line_ids[1]], "again")
    # the rest: the whole invoice is then credited, to the cent
    rest = store.billing.issue_credit_note(invoice_id, [line_ids[0]], "Cancelled")
    assert store.billing.get_invoice(invoice_id).credited_state == "credited"
    assert rest.total_minor + note.total_minor == -original.total_minor


def test_sql_refuses_a_line_credited_twice_or_a_positive_credit(store: Store) -> None:
    invoice_id, line_ids = _two_line_invoice(store)
    note = store.billing.issue_credit_note(invoice_id, [line_ids[0]], "Wrong rate")
    with pytest.raises(sqlite3.IntegrityError):  # same line, a second credit note
        store.db.execute(
            "INSERT INTO invoices (uid, client_id, currency, kind, credited_invoice_id, "
            "credit_reason) VALUES ('cn2', ?, 'EUR', 'credit_note', ?, 'x')",
            [note.client_id, invoice_id],
        )
        draft_id = store.db.execute("SELECT id FROM invoices WHERE uid = 'cn2'").fetchone()[0]
        store.db.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
            "unit_price_minor, amount_minor, credited_line_id) VALUES (?, 1, 'x', '-1', 1, -1, ?)",
            [draft_id, line_ids[0]],
        )
    draft = store.billing.create_draft(note.client_id, "EUR")
    assert draft.id is not None
    store.db.execute(
        "UPDATE invoices SET kind = 'credit_note', credited_invoice_id = ?, "
        "credit_reason = 'x' WHERE id = ?",
        [invoice_id, draft.id],
    )
    store.billing.add_line(draft.id, "positive", Decimal(1), 100)
    with pytest.raises(Conflict, match="zero or less"):
        store.billing.issue(draft.id)


def test_time_entry_cannot_land_on_two_invoices(store: Store) -> None:
    client = _client(store)
    entry = store.billing.add_entry(client, 60, "Work", rate_minor=100, currency="EUR")
    first = store.billing.create_draft(client, "EUR")
    second = store.billing.create_draft(client, "EUR")
    assert first.id and second.id and entry.id
    store.billing.add_line(first.id, "Work", Decimal(1), 100, time_entry_id=entry.id)
    with pytest.raises(sqlite3.IntegrityError, match="already billed"):
        store.db.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
            "unit_price_minor, amount_minor, time_entry_id) VALUES (?, 1, 'x', '1', 100, 100, ?)",
            [second.id, entry.id],
        )
    with pytest.raises(sqlite3.IntegrityError, match="already billed"):
        store.db.execute(
            "UPDATE time_entries SET invoice_id = ? WHERE id = ?", [second.id, entry.id]
        )
    # deleting the draft makes the entry billable again
    store.billing.delete_draft(first.id)
    assert store.billing.get_entry(entry.id).invoice_id is None
    store.billing.add_line(second.id, "Work", Decimal(1), 100, time_entry_id=entry.id)
    assert store.billing.get_entry(entry.id).invoice_id == second.id


def test_billed_entry_is_frozen(store: Store) -> None:
    _, entry_id = _issued_invoice(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE time_entries SET minutes = 1 WHERE id = ?", [entry_id])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("DELETE FROM time_entries WHERE id = ?", [entry_id])


def test_numbering_gapless_in_sql(store: Store) -> None:
    client = _client(store)
    draft = store.billing.create_draft(client, "EUR")
    assert draft.id is not None
    store.billing.add_line(draft.id, "x", Decimal(1), 100)
    with pytest.raises(sqlite3.IntegrityError, match="gapless"):
        store.db.execute(
            "UPDATE invoices SET status='issued', series='2026', seq=5, number='2026-0005', "
            "issue_date='2026-01-01' WHERE id = ?",
            [draft.id],
        )


def test_numbering_gapless_and_unique_from_two_connections(tmp_path: Path) -> None:
    path = tmp_path / "two.sqlite"
    with Store.open(path) as setup:
        client = _client(setup)
        drafts = []
        for _ in range(20):
            d = setup.billing.create_draft(client, "EUR")
            assert d.id is not None
            setup.billing.add_line(d.id, "x", Decimal(1), 100)
            drafts.append(d.id)
    errors: list[BaseException] = []

    def issue(ids: list[int]) -> None:
        store = Store.open(path)
        try:
            for invoice_id in ids:
                store.billing.issue(invoice_id, issue_date="2026-05-01")
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=issue, args=(drafts[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Store.open(path) as check:
        seqs = sorted(r[0] for r in check.db.execute("SELECT seq FROM invoices"))
        numbers = {r[0] for r in check.db.execute("SELECT number FROM invoices")}
    assert seqs == list(range(1, 21))
    assert len(numbers) == 20


def test_an_issued_invoice_cannot_be_inserted_as_issued(store: Store) -> None:
    client = _client(store)
    with pytest.raises(sqlite3.IntegrityError, match="issued from a draft"):
        store.db.execute(
            "INSERT INTO invoices (uid, client_id, currency, status, series, seq, number,"
            " issue_date, kind, credit_reason, total_minor, subtotal_minor) VALUES"
            " ('x', ?, 'EUR', 'issued', '2026', 1, '2026-0001', '2026-01-01',"
            " 'credit_note', '', 5000, 5000)",
            [client],
        )


def test_replace_cannot_delete_an_issued_credit_line(store: Store) -> None:
    invoice_id, line_ids = _two_line_invoice(store)
    note = store.billing.issue_credit_note(invoice_id, [line_ids[0]], "Wrong rate")
    draft = store.billing.create_draft(note.client_id, "EUR")
    with pytest.raises(sqlite3.IntegrityError, match="already credited"):
        store.db.execute(
            "INSERT OR REPLACE INTO invoice_lines (invoice_id, position, description,"
            " quantity, unit_price_minor, amount_minor, credited_line_id)"
            " VALUES (?, 1, 'x', '-1', 1, -1, ?)",
            [draft.id, line_ids[0]],
        )
    assert len(store.billing.get_invoice(note.id or 0).lines) == 1


def test_a_credit_line_must_reverse_its_line_exactly(store: Store) -> None:
    invoice_id, line_ids = _two_line_invoice(store)
    draft = store.billing.create_draft(_client(store, "Other"), "EUR")
    original = store.billing.get_invoice(invoice_id)
    assert draft.id is not None
    store.db.execute(
        "UPDATE invoices SET client_id = ?, kind = 'credit_note', credited_invoice_id = ?,"
        " credit_reason = 'x' WHERE id = ?",
        [original.client_id, invoice_id, draft.id],
    )
    store.db.execute(  # -0.01 against a 150.00 line
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity,"
        " unit_price_minor, amount_minor, credited_line_id) VALUES (?, 1, 'x', '-0.0001',"
        " 10000, -1, ?)",
        [draft.id, line_ids[0]],
    )
    with pytest.raises(Conflict, match="reverse its line exactly"):
        store.billing.issue(draft.id)
