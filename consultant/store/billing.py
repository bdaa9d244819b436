"""Time entries and invoices.

Arithmetic comes from ``consultant.core.money`` (Decimal, integer minor units);
this module only stores it. The SQL triggers in migration 0001 are the last line
of defence: issued invoices are immutable, numbers are gapless per series, a time
entry is billed on at most one invoice. Issuing takes the write lock first
(``BEGIN IMMEDIATE``) so two processes issuing at once still get consecutive
numbers.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from consultant.core.errors import StoreError
from consultant.core.models import Invoice, InvoiceLine, InvoiceStatus, TimeEntry
from consultant.core.money import invoice_totals, line_amount, normalize_currency
from consultant.store.clients import Conflict, NotFound
from consultant.store.db import immediate, now_iso
from consultant.store.rows import dump_json, insert_row, parse_ts, update_row

DEFAULT_NUMBER_FORMAT = "{year}-{seq:04d}"


def _entry(row: dict[str, Any]) -> TimeEntry:
    return TimeEntry(
        id=row["id"],
        uid=row["uid"],
        client_id=row["client_id"],
        work_date=row["work_date"],
        minutes=row["minutes"],
        description=row["description"],
        rate_minor=row["rate_minor"],
        currency=row["currency"],
        conversation_id=row["conversation_id"],
        invoice_id=row["invoice_id"],
        created_at=parse_ts(row["created_at"]),
    )


def _line(row: dict[str, Any]) -> InvoiceLine:
    return InvoiceLine(
        id=row["id"],
        invoice_id=row["invoice_id"],
        position=row["position"],
        description=row["description"],
        quantity=row["quantity"],
        unit_price_minor=row["unit_price_minor"],
        amount_minor=row["amount_minor"],
        time_entry_id=row["time_entry_id"],
    )


def format_number(fmt: str, series: str, seq: int, year: int) -> str:
    try:
        return fmt.format(year=year, seq=seq, series=series)
    except (KeyError, ValueError, IndexError):
        return DEFAULT_NUMBER_FORMAT.format(year=year, seq=seq)


class BillingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- time entries --------------------------------------------------------
    def add_entry(
        self,
        client_id: int,
        minutes: int,
        description: str,
        *,
        rate_minor: int,
        currency: str,
        work_date: str | None = None,
        conversation_id: int | None = None,
        uid: str | None = None,
        created_at: str | None = None,
    ) -> TimeEntry:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
            raise StoreError("A time entry needs a positive duration.")
        day = work_date or date.today().isoformat()
        try:
            date.fromisoformat(day)
        except ValueError:
            raise StoreError(f"“{day}” is not a date (use YYYY-MM-DD).") from None
        now = created_at or now_iso()
        with self.db.atomic():
            row_id = insert_row(
                self.db,
                "time_entries",
                {
                    "uid": uid or str(uuid.uuid4()),
                    "client_id": client_id,
                    "work_date": day,
                    "minutes": minutes,
                    "description": description.strip(),
                    "rate_minor": int(rate_minor),
                    "currency": normalize_currency(currency),
                    "conversation_id": conversation_id,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        return self.get_entry(int(row_id))

    def get_entry(self, entry_id: int) -> TimeEntry:
        rows = list(self.db.query("SELECT * FROM time_entries WHERE id = ?", [entry_id]))
        if not rows:
            raise NotFound(f"There is no time entry {entry_id}.")
        return _entry(rows[0])

    def entries(
        self, *, client_id: int | None = None, unbilled_only: bool = False
    ) -> list[TimeEntry]:
        sql = "SELECT * FROM time_entries WHERE 1"
        params: list[Any] = []
        if client_id is not None:
            sql += " AND client_id = ?"
            params.append(client_id)
        if unbilled_only:
            sql += " AND invoice_id IS NULL"
        sql += " ORDER BY work_date, id"
        return [_entry(r) for r in self.db.query(sql, params)]

    def update_entry(
        self,
        entry_id: int,
        *,
        minutes: int | None = None,
        description: str | None = None,
        work_date: str | None = None,
        rate_minor: int | None = None,
    ) -> TimeEntry:
        """Change an unbilled time entry (a billed one is refused)."""
        entry = self.get_entry(entry_id)
        if entry.invoice_id is not None:
            raise Conflict(
                "This time entry is on an invoice; remove it from the draft first "
                "(or void the issued invoice)."
            )
        values: dict[str, Any] = {}
        if minutes is not None:
            if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
                raise StoreError("A time entry needs a positive duration.")
            values["minutes"] = minutes
        if description is not None:
            values["description"] = description.strip()
        if work_date is not None:
            try:
                date.fromisoformat(work_date)
            except ValueError:
                raise StoreError(f"“{work_date}” is not a date (use YYYY-MM-DD).") from None
            values["work_date"] = work_date
        if rate_minor is not None:
            values["rate_minor"] = int(rate_minor)
        if values:
            values["updated_at"] = now_iso()
            try:
                with self.db.atomic():
                    update_row(self.db, "time_entries", entry_id, values)
            except sqlite3.IntegrityError as exc:
                raise Conflict(_trigger_message(exc)) from None
        return self.get_entry(entry_id)

    def delete_entry(self, entry_id: int) -> None:
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM time_entries WHERE id = ?", [entry_id])
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None

    # -- invoices ------------------------------------------------------------
    def get_invoice(self, invoice_id: int) -> Invoice:
        rows = list(self.db.query("SELECT * FROM invoices WHERE id = ?", [invoice_id]))
        if not rows:
            raise NotFound(f"There is no invoice {invoice_id}.")
        r = rows[0]
        lines = [
            _line(x)
            for x in self.db.query(
                "SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position, id",
                [invoice_id],
            )
        ]
        return Invoice(
            id=r["id"],
            uid=r["uid"],
            client_id=r["client_id"],
            status=InvoiceStatus(r["status"]),
            currency=r["currency"],
            series=r["series"],
            number=r["number"],
            issue_date=r["issue_date"],
            due_date=r["due_date"],
            tax_rate=r["tax_rate"],
            subtotal_minor=r["subtotal_minor"],
            tax_minor=r["tax_minor"],
            total_minor=r["total_minor"],
            payment_terms=r["payment_terms"],
            notes=r["notes"],
            void_reason=r["void_reason"],
            paid_date=r["paid_date"],
            lines=lines,
            created_at=parse_ts(r["created_at"]),
        )

    def invoice_parties(self, invoice_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """The seller and buyer snapshots stored when the invoice was issued."""
        row = self.db.execute(
            "SELECT seller, buyer FROM invoices WHERE id = ?", [invoice_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no invoice {invoice_id}.")
        seller, buyer = (json.loads(x or "{}") for x in row)
        return (
            seller if isinstance(seller, dict) else {},
            buyer if isinstance(buyer, dict) else {},
        )

    def invoice_id_by_number(self, number: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM invoices WHERE number = ?", [number.strip()]
        ).fetchone()
        return int(row[0]) if row else None

    def update_line_description(self, invoice_id: int, line_id: int, description: str) -> Invoice:
        """Reword a line of a draft (SQL refuses it on an issued invoice)."""
        try:
            with self.db.atomic():
                cursor = self.db.execute(
                    "UPDATE invoice_lines SET description = ? WHERE id = ? AND invoice_id = ?",
                    [description.strip(), line_id, invoice_id],
                )
                if cursor.rowcount == 0:
                    raise NotFound(f"Invoice {invoice_id} has no line {line_id}.")
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def llm_cost_microusd(self, client_id: int, since: str) -> int:
        """Model cost (micro-USD) of a client's messages created at or after ``since``."""
        row = self.db.execute(
            "SELECT coalesce(sum(m.cost_microusd), 0) FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.client_id = ? AND m.created_at >= ?",
            [client_id, since],
        ).fetchone()
        return int(row[0] or 0)

    def invoices(self, *, client_id: int | None = None) -> list[Invoice]:
        sql = "SELECT id FROM invoices"
        params: list[Any] = []
        if client_id is not None:
            sql += " WHERE client_id = ?"
            params.append(client_id)
        sql += " ORDER BY coalesce(issue_date, created_at) DESC, id DESC"
        return [self.get_invoice(r[0]) for r in self.db.execute(sql, params)]

    def create_draft(
        self,
        client_id: int,
        currency: str,
        *,
        tax_rate: Decimal = Decimal(0),
        payment_terms: str = "",
        notes: str = "",
    ) -> Invoice:
        now = now_iso()
        with self.db.atomic():
            row_id = insert_row(
                self.db,
                "invoices",
                {
                    "uid": str(uuid.uuid4()),
                    "client_id": client_id,
                    "status": "draft",
                    "currency": normalize_currency(currency),
                    "tax_rate": str(tax_rate),
                    "payment_terms": payment_terms,
                    "notes": notes,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        return self.get_invoice(int(row_id))

    def add_line(
        self,
        invoice_id: int,
        description: str,
        quantity: Decimal,
        unit_price_minor: int,
        *,
        time_entry_id: int | None = None,
    ) -> Invoice:
        invoice = self.get_invoice(invoice_id)
        amount = line_amount(quantity, unit_price_minor, invoice.currency)
        position = max((line.position for line in invoice.lines), default=0) + 1
        try:
            with self.db.atomic():
                self.db.table("invoice_lines").insert(
                    {
                        "invoice_id": invoice_id,
                        "position": position,
                        "description": description.strip(),
                        "quantity": str(quantity),
                        "unit_price_minor": int(unit_price_minor),
                        "amount_minor": amount.amount_minor,
                        "time_entry_id": time_entry_id,
                    }
                )
                self._recompute(invoice_id)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def remove_line(self, invoice_id: int, line_id: int) -> Invoice:
        try:
            with self.db.atomic():
                self.db.execute(
                    "DELETE FROM invoice_lines WHERE id = ? AND invoice_id = ?",
                    [line_id, invoice_id],
                )
                self._recompute(invoice_id)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def update_draft(self, invoice_id: int, **fields: Any) -> Invoice:
        allowed = {"tax_rate", "payment_terms", "notes", "due_date"}
        values = {}
        for key, value in fields.items():
            if key not in allowed:
                raise ValueError(f"unknown invoice field {key}")
            values[key] = str(value) if key == "tax_rate" else value
        values["updated_at"] = now_iso()
        try:
            with self.db.atomic():
                update_row(self.db, "invoices", invoice_id, values)
                self._recompute(invoice_id)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def _recompute(self, invoice_id: int) -> None:
        invoice = self.get_invoice(invoice_id)
        totals = invoice_totals(
            [line.amount_minor for line in invoice.lines],
            Decimal(invoice.tax_rate),
            invoice.currency,
        )
        self.db.execute(
            "UPDATE invoices SET subtotal_minor = ?, tax_minor = ?, total_minor = ? WHERE id = ?",
            [totals.subtotal_minor, totals.tax_minor, totals.total_minor, invoice_id],
        )

    def delete_draft(self, invoice_id: int) -> None:
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM invoices WHERE id = ?", [invoice_id])
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None

    def issue(
        self,
        invoice_id: int,
        *,
        issue_date: str | None = None,
        due_date: str | None = None,
        number_format: str = DEFAULT_NUMBER_FORMAT,
        seller: dict[str, Any] | None = None,
        buyer: dict[str, Any] | None = None,
    ) -> Invoice:
        """Give the invoice the next number of its series and freeze it."""
        day = issue_date or date.today().isoformat()
        year = date.fromisoformat(day).year
        series = str(year)
        try:
            with immediate(self.db):
                row = self.db.execute(
                    "SELECT status FROM invoices WHERE id = ?", [invoice_id]
                ).fetchone()
                if row is None:
                    raise NotFound(f"There is no invoice {invoice_id}.")
                if row[0] != "draft":
                    raise Conflict("This invoice has already been issued.")
                lines = self.db.execute(
                    "SELECT count(*) FROM invoice_lines WHERE invoice_id = ?", [invoice_id]
                ).fetchone()[0]
                if not lines:
                    raise Conflict("An invoice needs at least one line before it is issued.")
                self._recompute(invoice_id)
                seq = self.db.execute(
                    "SELECT coalesce(max(seq), 0) + 1 FROM invoices WHERE series = ?", [series]
                ).fetchone()[0]
                number = format_number(number_format, series, seq, year)
                self.db.execute(
                    "UPDATE invoices SET status = 'issued', series = ?, seq = ?, number = ?, "
                    "issue_date = ?, due_date = coalesce(?, due_date), seller = ?, buyer = ?, "
                    "updated_at = ? WHERE id = ?",
                    [
                        series, seq, number, day, due_date, dump_json(seller or {}),
                        dump_json(buyer or {}), now_iso(), invoice_id,
                    ],
                )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def mark_paid(self, invoice_id: int, paid_date: str | None = None) -> Invoice:
        return self._transition(
            invoice_id, "paid", {"paid_date": paid_date or date.today().isoformat()}
        )

    def void(self, invoice_id: int, reason: str) -> Invoice:
        if not reason.strip():
            raise StoreError("Voiding an invoice needs a reason.")
        return self._transition(invoice_id, "void", {"void_reason": reason.strip()})

    def _transition(self, invoice_id: int, status: str, extra: dict[str, Any]) -> Invoice:
        invoice = self.get_invoice(invoice_id)
        if invoice.status != InvoiceStatus.ISSUED:
            raise Conflict(
                f"Only an issued invoice can be marked {status}; this one is {invoice.status}."
            )
        try:
            with self.db.atomic():
                update_row(
                    self.db,
                    "invoices",
                    invoice_id,
                    {"status": status, "updated_at": now_iso(), **extra},
                )
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)


def _trigger_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
