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
from consultant.core.models import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    TaxCase,
    TimeEntry,
)
from consultant.core.money import line_amount, normalize_currency
from consultant.core.tax import invoice_vat_groups, line_tax
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
        tax_rate=row["tax_rate"],
        tax_category=row["tax_category"],
        credited_line_id=row["credited_line_id"],
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
        credited = self.db.execute(
            "SELECT coalesce(sum(c.total_minor), 0), "
            "(SELECT count(*) FROM invoice_lines AS l JOIN invoices AS n ON n.id = l.invoice_id "
            " WHERE n.credited_invoice_id = ? AND n.status <> 'draft') "
            "FROM invoices AS c WHERE c.credited_invoice_id = ? AND c.status <> 'draft'",
            [invoice_id, invoice_id],
        ).fetchone()
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
            kind=InvoiceKind(r["kind"]),
            credited_invoice_id=r["credited_invoice_id"],
            credit_reason=r["credit_reason"],
            service_start=r["service_start"],
            service_end=r["service_end"],
            language=r["language"],
            buyer_reference=r["buyer_reference"],
            tax_case=TaxCase(r["tax_case"]),
            credited_minor=int(credited[0] or 0),
            credited_lines=int(credited[1] or 0),
        )

    def credit_notes_of(self, invoice_id: int) -> list[Invoice]:
        """The issued credit notes against an invoice, oldest first."""
        rows = self.db.execute(
            "SELECT id FROM invoices WHERE credited_invoice_id = ? AND status <> 'draft' "
            "ORDER BY seq, id",
            [invoice_id],
        ).fetchall()
        return [self.get_invoice(r[0]) for r in rows]

    def credited_line_ids(self, invoice_id: int) -> set[int]:
        """Lines of ``invoice_id`` already reversed by a credit note."""
        rows = self.db.execute(
            "SELECT l.credited_line_id FROM invoice_lines AS l "
            "JOIN invoices AS c ON c.id = l.invoice_id "
            "WHERE c.credited_invoice_id = ? AND l.credited_line_id IS NOT NULL",
            [invoice_id],
        ).fetchall()
        return {int(r[0]) for r in rows}

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

    def latest_issue_date(self, series: str) -> str | None:
        """The latest issue date of the series' invoices and credit notes."""
        row = self.db.execute(
            "SELECT max(issue_date) FROM invoices WHERE series = ? AND status <> 'draft'",
            [series],
        ).fetchone()
        return str(row[0]) if row and row[0] else None

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

    def llm_cost_microusd(self, client_id: int, since: str, until: str | None = None) -> int:
        """Model cost (micro-USD) of a client's messages created in [since, until)."""
        row = self.db.execute(
            "SELECT coalesce(sum(m.cost_microusd), 0) FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.client_id = ? AND m.created_at >= ? AND (? IS NULL OR m.created_at < ?)",
            [client_id, since, until, until],
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
        tax_rate: Decimal | None = None,
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
                        "tax_rate": None if tax_rate is None else str(tax_rate),
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
        allowed = {"tax_rate", "payment_terms", "notes", "due_date", "tax_case", "language",
                   "buyer_reference"}  # fmt: skip
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

    def set_line_tax_rate(self, invoice_id: int, line_id: int, rate: Decimal | None) -> Invoice:
        """A draft line's own VAT rate (None: the invoice's rate)."""
        try:
            with self.db.atomic():
                cursor = self.db.execute(
                    "UPDATE invoice_lines SET tax_rate = ? WHERE id = ? AND invoice_id = ?",
                    [None if rate is None else str(rate), line_id, invoice_id],
                )
                if cursor.rowcount == 0:
                    raise NotFound(f"Invoice {invoice_id} has no line {line_id}.")
                self._recompute(invoice_id)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def _recompute(self, invoice_id: int, *, freeze: bool = False) -> None:
        """Totals from the lines, per VAT group (core.tax). While a draft, each line's
        category follows the invoice's tax case; ``freeze`` (at issue) writes the
        effective rate and category onto every line."""
        invoice = self.get_invoice(invoice_id)
        for line in invoice.lines:
            category, rate = line_tax(invoice, line)
            if invoice.status == InvoiceStatus.DRAFT and (
                category != line.tax_category or freeze
            ):
                self.db.execute(
                    "UPDATE invoice_lines SET tax_category = ?, tax_rate = ? WHERE id = ?",
                    [category, str(rate) if freeze else line.tax_rate, line.id],
                )
        groups = invoice_vat_groups(invoice)
        subtotal = sum(line.amount_minor for line in invoice.lines)
        tax = sum(group.tax_minor for group in groups)
        self.db.execute(
            "UPDATE invoices SET subtotal_minor = ?, tax_minor = ?, total_minor = ? WHERE id = ?",
            [subtotal, tax, subtotal + tax, invoice_id],
        )

    def delete_draft(self, invoice_id: int) -> None:
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM invoices WHERE id = ?", [invoice_id])
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None

    _ISSUE_DETAILS = frozenset(
        {"tax_case", "language", "buyer_reference", "service_start", "service_end"}
    )

    def issue(
        self,
        invoice_id: int,
        *,
        issue_date: str | None = None,
        due_date: str | None = None,
        number_format: str = DEFAULT_NUMBER_FORMAT,
        seller: dict[str, Any] | None = None,
        buyer: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
    ) -> Invoice:
        """Give the invoice the next number of its series and freeze it.

        ``details`` (tax case, language, buyer reference, service period) are written
        first, then every line's VAT category and rate are frozen and the totals
        recomputed, all in the one transaction that takes the number.
        """
        try:
            with immediate(self.db):
                self._issue_locked(
                    invoice_id, issue_date=issue_date, due_date=due_date,
                    number_format=number_format, seller=seller, buyer=buyer,
                    details=details,
                )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(invoice_id)

    def _issue_locked(
        self,
        invoice_id: int,
        *,
        issue_date: str | None,
        due_date: str | None,
        number_format: str,
        seller: dict[str, Any] | None,
        buyer: dict[str, Any] | None,
        details: dict[str, Any] | None,
    ) -> None:
        day = issue_date or date.today().isoformat()
        year = date.fromisoformat(day).year
        series = str(year)
        row = self.db.execute("SELECT status FROM invoices WHERE id = ?", [invoice_id]).fetchone()
        if row is None:
            raise NotFound(f"There is no invoice {invoice_id}.")
        if row[0] != "draft":
            raise Conflict("This invoice has already been issued.")
        lines = self.db.execute(
            "SELECT count(*) FROM invoice_lines WHERE invoice_id = ?", [invoice_id]
        ).fetchone()[0]
        if not lines:
            raise Conflict("An invoice needs at least one line before it is issued.")
        extra = dict(details or {})
        unknown = set(extra) - self._ISSUE_DETAILS
        if unknown:
            raise ValueError(f"unknown invoice fields {sorted(unknown)}")
        if extra:
            update_row(self.db, "invoices", invoice_id, extra)
        self._recompute(invoice_id, freeze=True)
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

    def issue_credit_note(
        self,
        invoice_id: int,
        line_ids: list[int],
        reason: str,
        *,
        issue_date: str | None = None,
        number_format: str = DEFAULT_NUMBER_FORMAT,
        seller: dict[str, Any] | None = None,
        buyer: dict[str, Any] | None = None,
    ) -> Invoice:
        """Issue a credit note reversing ``line_ids`` of the issued invoice ``invoice_id``.

        One transaction: the credit note is created, given the exact negative of each
        chosen line (same unit price, negated quantity and amount, the line's frozen
        VAT category and rate), numbered in the same gapless series and issued. SQL
        refuses a line credited twice (``invoice_lines_credited_once``).
        """
        if not reason.strip():
            raise StoreError("A credit note needs a reason.")
        try:
            with immediate(self.db):
                original = self.get_invoice(invoice_id)
                if original.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
                    raise Conflict("Only an issued invoice can be credited.")
                if original.is_credit_note:
                    raise Conflict("A credit note cannot itself be credited.")
                by_id = {line.id: line for line in original.lines}
                already = self.credited_line_ids(invoice_id)
                for line_id in line_ids:
                    if line_id not in by_id:
                        raise NotFound(f"Invoice {original.number} has no line {line_id}.")
                    if line_id in already:
                        line = by_id[line_id]
                        raise Conflict(
                            f"Line {line.position} of invoice {original.number} is already "
                            "credited."
                        )
                now = now_iso()
                credit_id = int(
                    insert_row(
                        self.db,
                        "invoices",
                        {
                            "uid": str(uuid.uuid4()),
                            "client_id": original.client_id,
                            "status": "draft",
                            "kind": InvoiceKind.CREDIT_NOTE.value,
                            "currency": original.currency,
                            "tax_rate": original.tax_rate,
                            "credited_invoice_id": invoice_id,
                            "credit_reason": reason.strip(),
                            "tax_case": original.tax_case.value,
                            "language": original.language,
                            "buyer_reference": original.buyer_reference,
                            "service_start": original.service_start,
                            "service_end": original.service_end,
                            "created_at": now,
                            "updated_at": now,
                        },
                    )
                )
                for position, line_id in enumerate(line_ids, start=1):
                    line = by_id[line_id]
                    category, rate = line_tax(original, line)
                    self.db.table("invoice_lines").insert(
                        {
                            "invoice_id": credit_id,
                            "position": position,
                            "description": line.description,
                            "quantity": str(-Decimal(line.quantity)),
                            "unit_price_minor": line.unit_price_minor,
                            "amount_minor": -line.amount_minor,
                            "tax_rate": str(rate),
                            "tax_category": category,
                            "credited_line_id": line_id,
                        }
                    )
                self._issue_locked(
                    credit_id, issue_date=issue_date, due_date=None,
                    number_format=number_format, seller=seller, buyer=buyer, details=None,
                )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise Conflict(_trigger_message(exc)) from None
        return self.get_invoice(credit_id)

    def mark_paid(self, invoice_id: int, paid_date: str | None = None) -> Invoice:
        return self._transition(
            invoice_id, "paid", {"paid_date": paid_date or date.today().isoformat()}
        )

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
