"""Bulk export and import (``services/transfer.py``): the SQL it needs, and only that.

The service decides (validation, what may change, in which order); this repository
reads rows by uid for those decisions and writes exactly what it is told. Rows come
back as plain ``dict`` values keyed by column name, with the joined uids the
export document uses (``credited_invoice_uid``, ``time_entry_uid``,
``conversation_uid``), so the service never sees an SQL statement.

Nothing here opens a transaction of its own except :meth:`TransferRepo.atomic`: an
import runs every call below inside that one transaction, so it lands completely
or not at all. :meth:`TransferRepo.void_as_history` refuses to run outside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from consultant.store.db import now_iso
from consultant.store.rows import dump_json, insert_row

#: The trigger that refuses ``issued → void`` since migration 0005.
IMMUTABLE_TRIGGER = "invoices_immutable"

_ENTRY_WITH_STATUS = (
    "SELECT t.*, i.status AS invoice_status FROM time_entries t"
    " LEFT JOIN invoices i ON i.id = t.invoice_id WHERE t.uid = ?"
)


class TransferRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        rows = list(self.db.query(sql, params))
        return rows[0] if rows else None

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """The import's one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``; rolled
        back whole on any error)."""
        with self.db.atomic():
            yield

    # -- export ---------------------------------------------------------------------
    def export_time_entries(self, client_id: int | None) -> list[dict[str, Any]]:
        """A client's time entries as exported: by work date, then id."""
        return [
            dict(r)
            for r in self.db.query(
                "SELECT t.uid, t.work_date, t.minutes, t.description, t.rate_minor, t.currency,"
                " t.created_at, c.uid AS conversation_uid FROM time_entries t"
                " LEFT JOIN conversations c ON c.id = t.conversation_id"
                " WHERE t.client_id = ? ORDER BY t.work_date, t.id",
                [client_id],
            )
        ]

    def invoices_of(self, client_id: int | None) -> list[dict[str, Any]]:
        """A client's invoice rows (every column, plus ``credited_invoice_uid``) by
        series, seq, id (drafts, whose series is null, first)."""
        return list(
            self.db.query(
                "SELECT i.*, o.uid AS credited_invoice_uid FROM invoices i"
                " LEFT JOIN invoices o ON o.id = i.credited_invoice_id"
                " WHERE i.client_id = ? ORDER BY i.series, i.seq, i.id",
                [client_id],
            )
        )

    def export_lines(self, invoice_id: int) -> list[dict[str, Any]]:
        """An invoice's lines as exported (``time_entry_uid``, ``credited_line``: the
        position of the line a credit note's line reverses), by position."""
        return [
            dict(x)
            for x in self.db.query(
                "SELECT l.position, l.description, l.quantity, l.unit_price_minor,"
                " l.amount_minor, t.uid AS time_entry_uid, l.tax_rate, l.tax_category,"
                " c.position AS credited_line FROM invoice_lines l"
                " LEFT JOIN time_entries t ON t.id = l.time_entry_id"
                " LEFT JOIN invoice_lines c ON c.id = l.credited_line_id"
                " WHERE l.invoice_id = ? ORDER BY l.position, l.id",
                [invoice_id],
            )
        ]

    # -- reads by uid, for the import's plan ------------------------------------------
    def conversation_row(self, uid: str) -> dict[str, Any] | None:
        """``id`` and ``client_id`` of the conversation with this uid, if any."""
        return self._one("SELECT id, client_id FROM conversations WHERE uid = ?", [uid])

    def message_row(self, uid: str) -> dict[str, Any] | None:
        """``conversation_id`` of the message with this uid, if any."""
        return self._one("SELECT conversation_id FROM messages WHERE uid = ?", [uid])

    def entry_row(self, uid: str) -> dict[str, Any] | None:
        """The time entry with this uid (every column, plus ``invoice_status``: the
        status of the invoice it is billed on, or None)."""
        return self._one(_ENTRY_WITH_STATUS, [uid])

    def number_taken(self, number: str | None, series: str, seq: int | None) -> bool:
        """Whether an invoice here has this number, or this seq in this series."""
        return (
            self._one(
                "SELECT 1 FROM invoices WHERE number = ? OR (series = ? AND seq = ?)",
                [number, series, seq],
            )
            is not None
        )

    def invoice_row(self, uid: str) -> dict[str, Any] | None:
        """The invoice with this uid (every column)."""
        return self._one("SELECT * FROM invoices WHERE uid = ?", [uid])

    def invoice_row_with_credited(self, uid: str) -> dict[str, Any] | None:
        """The invoice with this uid, plus ``credited_invoice_uid``."""
        return self._one(
            "SELECT i.*, o.uid AS credited_invoice_uid FROM invoices i"
            " LEFT JOIN invoices o ON o.id = i.credited_invoice_id WHERE i.uid = ?",
            [uid],
        )

    def line_ids_at(self, invoice_id: int, position: int | None) -> list[int]:
        """Ids of an invoice's lines at this position (one, if the invoice is sound)."""
        return [
            int(r["id"])
            for r in self.db.query(
                "SELECT id FROM invoice_lines WHERE invoice_id = ? AND position = ?",
                [invoice_id, position],
            )
        ]

    def crediting_note(self, line_id: int) -> dict[str, Any] | None:
        """``uid`` and ``number`` of the credit note with a line reversing this line."""
        return self._one(
            "SELECT n.uid, n.number FROM invoice_lines l JOIN invoices n ON n.id = l.invoice_id"
            " WHERE l.credited_line_id = ?",
            [line_id],
        )

    def line_rows(self, invoice_id: int) -> list[dict[str, Any]]:
        """An invoice's lines (every column, plus ``time_entry_uid`` and
        ``credited_position``), by position."""
        return list(
            self.db.query(
                "SELECT l.*, t.uid AS time_entry_uid, c.position AS credited_position"
                " FROM invoice_lines l LEFT JOIN time_entries t ON t.id = l.time_entry_id"
                " LEFT JOIN invoice_lines c ON c.id = l.credited_line_id"
                " WHERE l.invoice_id = ? ORDER BY l.position, l.id",
                [invoice_id],
            )
        )

    # -- writes (inside atomic()) --------------------------------------------------------
    def set_conversation_flags(
        self, conversation_id: int, title: str, archived: bool, pinned: bool,
        updated_at: str | None,
    ) -> None:  # fmt: skip
        """The exported title, flags and activity time (kept when ``updated_at`` is None)."""
        self.db.execute(
            "UPDATE conversations SET title = ?, archived = ?, pinned = ?, "
            "updated_at = coalesce(?, updated_at) WHERE id = ?",
            [title, int(archived), int(pinned), updated_at, conversation_id],
        )

    def update_entry(
        self, entry_id: int, *, work_date: str, minutes: int, description: str,
        rate_minor: int, currency: str, conversation_id: int | None,
    ) -> None:  # fmt: skip
        """Rewrite an unbilled time entry (``updated_at``: now)."""
        self.db.execute(
            "UPDATE time_entries SET work_date = ?, minutes = ?, description = ?, rate_minor = ?,"
            " currency = ?, conversation_id = ?, updated_at = ? WHERE id = ?",
            [work_date, minutes, description, rate_minor, currency, conversation_id,
             now_iso(), entry_id],
        )  # fmt: skip

    def insert_invoice(self, row: dict[str, Any]) -> int:
        """A new invoice row (a draft: lines and totals follow); returns its id."""
        return insert_row(self.db, "invoices", row)

    def reset_draft(self, invoice_id: int, content: dict[str, Any]) -> None:
        """Delete a draft's lines, set its columns to ``content`` and its totals to 0."""
        self.db.execute("DELETE FROM invoice_lines WHERE invoice_id = ?", [invoice_id])
        self.db.execute(
            "UPDATE invoices SET " + ", ".join(f"{k} = ?" for k in content)
            + ", subtotal_minor = 0, tax_minor = 0, total_minor = 0 WHERE id = ?",
            [*content.values(), invoice_id],
        )  # fmt: skip

    def insert_line(
        self, invoice_id: int, *, position: int, description: str, quantity: str,
        unit_price_minor: int, amount_minor: int, time_entry_id: int | None,
        tax_rate: str | None, tax_category: str, credited_line_id: int | None,
    ) -> None:  # fmt: skip
        self.db.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity,"
            " unit_price_minor, amount_minor, time_entry_id, tax_rate, tax_category,"
            " credited_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [invoice_id, position, description, quantity, unit_price_minor, amount_minor,
             time_entry_id, tax_rate, tax_category, credited_line_id],
        )  # fmt: skip

    def set_totals(
        self, invoice_id: int, subtotal_minor: int, tax_minor: int, total_minor: int,
        updated_at: str,
    ) -> None:  # fmt: skip
        self.db.execute(
            "UPDATE invoices SET subtotal_minor = ?, tax_minor = ?, total_minor = ?, updated_at = ?"
            " WHERE id = ?",
            [subtotal_minor, tax_minor, total_minor, updated_at, invoice_id],
        )

    def issue(
        self, invoice_id: int, *, series: str, seq: int | None, number: str | None,
        issue_date: str | None, seller: dict[str, Any], buyer: dict[str, Any],
        updated_at: str,
    ) -> None:  # fmt: skip
        """Issue a draft with the document's number (the SQL triggers check that the
        number is gapless and the invoice sound: ``sqlite3.IntegrityError`` if not)."""
        self.db.execute(
            "UPDATE invoices SET status = 'issued', series = ?, seq = ?, number = ?, "
            "issue_date = ?, seller = ?, buyer = ?, updated_at = ? WHERE id = ?",
            [series, seq, number, issue_date, dump_json(seller), dump_json(buyer), updated_at,
             invoice_id],
        )  # fmt: skip

    def mark_paid(self, invoice_id: int, paid_date: str | None, updated_at: str) -> None:
        self.db.execute(
            "UPDATE invoices SET status = 'paid', paid_date = ?, updated_at = ? WHERE id = ?",
            [paid_date, updated_at, invoice_id],
        )

    def void_as_history(self, invoice_id: int, reason: str, updated_at: str) -> None:
        """Record an invoice voided by an older version: inside the import's
        transaction, drop the immutability trigger, void this one issued invoice, and
        recreate the trigger from its own SQL, whatever happens (see the docstring of
        ``services/transfer.py``)."""
        assert self.db.conn.in_transaction, "only inside the import's transaction"
        found = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            [IMMUTABLE_TRIGGER],
        ).fetchone()
        if found is not None:
            self.db.execute(f"DROP TRIGGER {IMMUTABLE_TRIGGER}")
        try:
            self.db.execute(
                "UPDATE invoices SET status = 'void', void_reason = ?, updated_at = ?"
                " WHERE id = ? AND status = 'issued' AND kind = 'invoice'",
                [reason, updated_at, invoice_id],
            )
        finally:
            if found is not None:
                self.db.execute(found[0])

    def set_message_updated_at(self, message_id: int, updated_at: str) -> None:
        """A new message's exported ``updated_at`` (``add_message`` sets it to now)."""
        self.db.execute("UPDATE messages SET updated_at = ? WHERE id = ?", [updated_at, message_id])

    # -- mail (migration 0009) -------------------------------------------------------------
    def conversation_kind(self, conversation_id: int) -> str:
        """``chat`` or ``mail`` (``chat`` for a database before migration 0009)."""
        row = self._one("SELECT kind FROM conversations WHERE id = ?", [conversation_id])
        return str(row["kind"]) if row and row.get("kind") else "chat"

    def set_conversation_kind(self, conversation_id: int, kind: str) -> None:
        self.db.execute("UPDATE conversations SET kind = ? WHERE id = ?", [kind, conversation_id])

    def export_mail(self, conversation_id: int) -> list[dict[str, Any]]:
        """The e-mail rows of a thread as exported (``message_uid`` instead of the row
        ids; the JSON columns as text), by id: the order they were stored in."""
        return [
            dict(r)
            for r in self.db.query(
                "SELECT mm.uid, mm.message_key, m.uid AS message_uid, mm.direction,"
                " mm.from_addr, mm.from_name, mm.to_addrs, mm.cc_addrs, mm.subject, mm.sent_at,"
                " mm.in_reply_to, mm.references_, mm.attachments, mm.attachment_text,"
                " mm.source, mm.account, mm.folder, mm.uidvalidity, mm.imap_uid, mm.handled,"
                " mm.created_at FROM mail_messages mm"
                " LEFT JOIN messages m ON m.id = mm.message_row"
                " WHERE mm.conversation_id = ? ORDER BY mm.id",
                [conversation_id],
            )
        ]

    def mail_row(self, uid: str) -> dict[str, Any] | None:
        """``id``, ``message_key``, ``handled``, ``client_id`` and ``message_uid`` of the
        e-mail row with this uid, if any."""
        return self._one(
            "SELECT mm.id, mm.message_key, mm.handled, mm.client_id, m.uid AS message_uid"
            " FROM mail_messages mm LEFT JOIN messages m ON m.id = mm.message_row"
            " WHERE mm.uid = ?",
            [uid],
        )

    def mail_key_uid(self, message_key: str) -> str | None:
        """The uid of the e-mail row stored under this key, if any."""
        row = self._one("SELECT uid FROM mail_messages WHERE message_key = ?", [message_key])
        return str(row["uid"]) if row else None

    def mail_of_message(self, message_id: int) -> str | None:
        """The uid of the e-mail row of this message, if it has one."""
        row = self._one("SELECT uid FROM mail_messages WHERE message_row = ?", [message_id])
        return str(row["uid"]) if row else None

    def insert_mail(self, row: dict[str, Any]) -> int:
        """A new e-mail row (a plain ``INSERT``: the 0009 triggers refuse any collision,
        and index its attachment text with its message); returns its id."""
        return insert_row(self.db, "mail_messages", row)

    def set_mail_handled(self, mail_id: int, handled: bool) -> None:
        self.db.execute(
            "UPDATE mail_messages SET handled = ? WHERE id = ?", [int(handled), mail_id]
        )

    def set_message_mail_id(self, message_id: int, mail_id: int | None) -> None:
        """Point a message's ``metadata.mail_id`` at its e-mail row (None: remove it)."""
        if mail_id is None:
            self.db.execute(
                "UPDATE messages SET metadata = json_remove(metadata, '$.mail_id')"
                " WHERE id = ? AND json_valid(metadata)",
                [message_id],
            )
        else:
            self.db.execute(
                "UPDATE messages SET metadata = json_set(CASE WHEN json_valid(metadata)"
                " THEN metadata ELSE '{}' END, '$.mail_id', ?) WHERE id = ?",
                [mail_id, message_id],
            )
