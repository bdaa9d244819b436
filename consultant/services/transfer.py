"""Export to JSON and Markdown; import of the JSON export, idempotent by uid.

The JSON document (``format: consultant-export``, ``version: 2``) nests each
client's contacts, domains, conversations with messages, time entries and
invoices with lines. Import matches every entity by ``uid``: an existing one is
updated (clients, messages, unbilled time entries, draft invoices; an issued
invoice only moves on from issued to paid), a new one is created with the same
uid, so importing the same file twice changes nothing the second time.

Version 2 (migration 0005) adds, all optional on import so that version-1 files
still import:

- on a client, its billing identity: ``legal_name``, ``billing_address``,
  ``country``, ``vat_id``, ``tax_id``, ``billing_email``, ``billing_contact``,
  ``payment_days`` (0–365 or null), ``invoice_language`` (``en``/``de``) and
  ``buyer_reference``. A key the document lacks leaves the value here as it is;
- on an invoice: ``kind`` (``invoice`` or ``credit_note``), ``credited_invoice_uid``
  (a credit note's invoice, by uid), ``credit_reason``, ``service_start``,
  ``service_end``, ``language``, ``buyer_reference`` and ``tax_case``;
- on a line: ``tax_rate`` (null: the invoice's rate), ``tax_category`` (S, Z, E,
  AE, O …) and ``credited_line``: on a credit note, the ``position`` of the line
  it reverses in the credited invoice (positions are what the invoice prints and
  what ``invoice credit --line`` takes; they must name exactly one line).

A credit note has negative quantities, amounts and totals (the unit price stays
positive); every total is checked with the VAT breakdown of ``core.tax`` (tax
rounded once per VAT group), as the store computes it. Invoices are imported
across all clients in number order (gapless per series), and a credit note after
the invoice it credits, which must be in the document or already here.

Version 3 (migration 0009) adds, optional as well: a conversation's ``kind``
(``chat`` or ``mail``: a thread of stored e-mail) and its ``mail``, the stored
e-mails' rows (headers, origin, attachment list and text, ``handled``), each tied to
its message by ``message_uid``. They are written after the conversation's messages
(the attachment text is then indexed with its message by the 0009 triggers). An
e-mail whose uid is here already only has its ``handled`` flag updated; one whose
``message_key`` (or message) is here under another uid is skipped with a warning:
never ``INSERT OR REPLACE``. A message's ``metadata.mail_id`` is an id of this
database only: it is left out of the export and set to the new row's id on import.
The IMAP sync state (``mail_folders``) is not exported: a restored database
re-syncs, and the stored e-mails' keys keep it from storing any of them twice.

Invoices voided by older versions (``status: void``, version 1 or 2) stay
importable as history although the database now refuses ``issued → void``
(trigger ``invoices_immutable``): such an invoice is created issued, as any
other, and then, in the import's own transaction, the trigger's SQL is read from
``sqlite_master``, the trigger dropped, the one row set to void and the trigger
recreated from that same SQL before anything else runs. Other connections never
see the schema without it (SQLite DDL is transactional and the import holds the
write lock), and a failure rolls the drop back with the rest. Only an invoice the
import itself creates is voided this way: an invoice that is issued here and void
in the document is refused, because voiding it now would bypass the rule.

An import is refused whole, with one sentence naming the first problem and where
it is, when the document is malformed or out of range, when a uid already exists
under another client or conversation (nothing moves between clients), when a
client's name is taken by another client here, when a credit note's invoice is
neither in the document nor here, or when an issued invoice or credit note (or a
time entry billed on one) differs from the copy here. The whole import is one
transaction: it lands completely or not at all.

This module holds no SQL: the rows it reads and writes go through the repositories,
those only export and import need through ``store.transfer``
(``consultant/store/transfer.py``), and the transaction is ``store.transfer.atomic()``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from consultant import __version__
from consultant.core import paths
from consultant.core.billing_identity import (
    IdentityError,
    check_vat_id,
    normalize_country,
    normalize_language,
)
from consultant.core.domains import normalize_email
from consultant.core.durations import MAX_MINUTES
from consultant.core.models import (
    Client,
    Conversation,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    MessageStatus,
    PrivacyPolicy,
    Role,
    Task,
    TaxCase,
)
from consultant.core.money import (
    MAX_MINOR,
    MoneyError,
    format_minor,
    line_amount,
    normalize_currency,
)
from consultant.core.tax import invoice_vat_groups
from consultant.services.workspace import ServiceError, Workspace
from consultant.store.db import now_iso
from consultant.store.rows import dump_json, load_json

FORMAT = "consultant-export"
VERSION = 3  # 2: billing identity, credit notes, VAT per line (0005); 3: mail (0009)
MAX_IMPORT_BYTES = 1_000_000_000


@dataclass(slots=True)
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def count(self, bucket: str, kind: str) -> None:
        target = getattr(self, bucket)
        target[kind] = target.get(kind, 0) + 1

    def summary(self) -> str:
        def fmt(d: dict[str, int]) -> str:
            return ", ".join(f"{v} {k}" for k, v in sorted(d.items())) or "nothing"

        return (
            f"created {fmt(self.created)}; updated {fmt(self.updated)}; "
            f"unchanged {fmt(self.unchanged)}"
        )


# -- export -------------------------------------------------------------------
def export_data(ws: Workspace, client_name: str | None = None) -> dict[str, Any]:
    """The whole workspace (or one client) as a JSON-serializable document."""
    repo = ws.store.transfer
    clients = [ws.client(client_name)] if client_name else ws.clients(include_archived=True)
    out_clients = []
    for client in clients:
        cid = client.id
        conversations = []
        for conv in ws.store.conversations.list_for_client(cid or 0, include_archived=True):
            assert conv.id is not None
            tree = ws.store.conversations.message_tree(conv.id)
            messages = [
                {
                    "uid": m.uid,
                    "role": m.role.value,
                    "content": m.content,
                    "status": m.status.value,
                    "task": m.task.value if m.task else None,
                    "model": m.model,
                    "input_tokens": m.input_tokens,
                    "output_tokens": m.output_tokens,
                    "cost_microusd": m.cost_microusd,
                    "error": m.error,
                    "metadata": _portable_metadata(m.metadata),
                    "created_at": _ts(m.created_at),
                    "updated_at": _ts(m.updated_at),
                }
                for m, _parent, _chosen in tree
            ]
            # versions of a turn (regenerated replies, edited messages): every one
            # is exported with its parent and whether it is the one shown
            for row, (_m, parent_uid, chosen) in zip(messages, tree, strict=True):
                row["parent_uid"] = parent_uid
                row["chosen"] = chosen
            conversations.append(
                {
                    "uid": conv.uid,
                    "title": conv.title,
                    "kind": conv.kind,
                    "task": conv.task.value,
                    "model": conv.model,
                    "archived": conv.archived,
                    "pinned": conv.pinned,
                    "created_at": _ts(conv.created_at),
                    "updated_at": _ts(conv.updated_at),
                    "messages": messages,
                    "mail": [_export_mail(row) for row in repo.export_mail(conv.id)],
                }
            )
        entries = repo.export_time_entries(cid)
        invoices = []
        for r in repo.invoices_of(cid):
            lines = repo.export_lines(r["id"])
            invoice = {k: r[k] for k in _INVOICE_KEYS}
            invoice["seller"] = load_json(r["seller"])
            invoice["buyer"] = load_json(r["buyer"])
            invoice["lines"] = lines
            invoices.append(invoice)
        out_clients.append(
            {
                "uid": client.uid,
                "name": client.name,
                "organization": client.organization,
                "notes": client.notes,
                "tone": client.tone,
                "glossary": client.glossary,
                "redact_always": client.redact_always,
                "redact_never": client.redact_never,
                "hourly_rate_minor": client.hourly_rate_minor,
                "currency": client.currency,
                "privacy": client.privacy.value,
                "archived": client.archived,
                "created_at": _ts(client.created_at),
                **{key: getattr(client, key) for key in _CLIENT_BILLING_KEYS},
                "contacts": [
                    {"email": c.email, "name": c.name, "role": c.role} for c in client.contacts
                ],
                "domains": list(client.domains),
                "conversations": conversations,
                "time_entries": entries,
                "invoices": invoices,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "clients": out_clients,
    }


#: A message's ``metadata`` keys that are ids of this database only (``mail_id``: its
#: e-mail row); they are left out of the export and set again by the import.
_LOCAL_METADATA_KEYS = ("mail_id",)

#: An e-mail row's JSON columns (text in the database, lists in the document).
_MAIL_JSON_KEYS = ("to_addrs", "cc_addrs", "references_", "attachments")


def _portable_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in metadata.items() if k not in _LOCAL_METADATA_KEYS}


def _json_list(text: Any) -> list[Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _export_mail(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in _MAIL_JSON_KEYS:
        out[key] = _json_list(out[key])
    out["handled"] = bool(out["handled"])
    return out


#: An invoice's exported columns, in order (``seller``, ``buyer`` and ``lines`` follow).
_INVOICE_KEYS = (
    "uid", "kind", "status", "currency", "series", "seq", "number", "issue_date",
    "due_date", "tax_rate", "subtotal_minor", "tax_minor", "total_minor", "payment_terms",
    "notes", "void_reason", "paid_date", "credited_invoice_uid", "credit_reason",
    "service_start", "service_end", "language", "buyer_reference", "tax_case",
    "created_at", "updated_at",
)  # fmt: skip

#: A client's billing identity (format version 2).
_CLIENT_BILLING_KEYS = (
    "legal_name", "billing_address", "country", "vat_id", "tax_id", "billing_email",
    "billing_contact", "payment_days", "invoice_language", "buyer_reference",
    "default_model",
)  # fmt: skip


def _ts(value: datetime | None) -> str | None:
    return value.isoformat(timespec="microseconds") if value else None


def slugify(name: str) -> str:
    slug = re.sub(r"[^\w.-]+", "-", name.strip().lower(), flags=re.UNICODE).strip("-.")
    return slug[:80] or "client"


def client_markdown(data: dict[str, Any]) -> str:
    """One client of an export document as readable Markdown."""
    lines = [f"# {data['name']}", ""]
    facts = [
        ("Organization", data.get("organization")),
        ("Legal name", data.get("legal_name")),
        ("Billing address", ", ".join((data.get("billing_address") or "").splitlines())),
        ("Country", data.get("country")),
        ("VAT id", data.get("vat_id")),
        ("Tax number", data.get("tax_id")),
        ("Billing e-mail", data.get("billing_email")),
        ("Billing contact", data.get("billing_contact")),
        ("Buyer reference", data.get("buyer_reference")),
        (
            "Payment days",
            str(data["payment_days"]) if data.get("payment_days") is not None else "",
        ),
        ("Tone", data.get("tone")),
        ("Privacy", data.get("privacy")),
        (
            "Hourly rate",
            format_minor(data["hourly_rate_minor"], data["currency"])
            if data.get("hourly_rate_minor")
            else "",
        ),
        ("Domains", ", ".join(data.get("domains", []))),
        ("Archived", "yes" if data.get("archived") else ""),
    ]
    for label, value in facts:
        if value:
            lines.append(f"- **{label}:** {value}")
    if data.get("contacts"):
        lines += ["", "## Contacts", ""]
        for c in data["contacts"]:
            who = " — ".join(x for x in (c.get("name"), c.get("role")) if x)
            lines.append(f"- {c['email']}" + (f" ({who})" if who else ""))
    for heading, key in (("Notes", "notes"), ("Glossary", "glossary")):
        if data.get(key):
            lines += ["", f"## {heading}", "", data[key]]
    for conv in data.get("conversations", []):
        lines += ["", f"## {conv['title'] or 'Untitled conversation'}", ""]
        lines.append(f"*{conv['task']} · started {(conv.get('created_at') or '')[:16]}*")
        for m in conv.get("messages", []):
            who = {"user": "You", "assistant": "Assistant", "system": "System"}.get(
                m["role"], m["role"]
            )
            status = "" if m["status"] == "complete" else f" ({m['status']})"
            lines += ["", f"### {who} · {(m.get('created_at') or '')[:16]}{status}", ""]
            lines.append(m["content"])
    if data.get("invoices"):
        lines += ["", "## Invoices", ""]
        numbers = {inv["uid"]: inv.get("number") for inv in data["invoices"]}
        is_note = [x.get("kind") == InvoiceKind.CREDIT_NOTE.value for x in data["invoices"]]
        credited_lines = Counter(
            x.get("credited_invoice_uid")
            for x, note in zip(data["invoices"], is_note, strict=True)
            if note
            for _ in x["lines"]
        )
        for inv, note in zip(data["invoices"], is_note, strict=True):
            number = inv.get("number") or "draft"
            total = format_minor(inv["total_minor"], inv["currency"])
            status = inv["status"]
            if note:
                credited = numbers.get(inv.get("credited_invoice_uid")) or "another invoice"
                number = f"{number} (credit note for {credited})"
            elif credited_lines[inv["uid"]]:  # as Invoice.display_status
                full = credited_lines[inv["uid"]] >= len(inv["lines"])
                status = "credited" if full else "partly credited"
            lines.append(f"- {number} · {status} · {total}")
    return "\n".join(lines).rstrip() + "\n"


def write_export(
    ws: Workspace, folder: Path, client_name: str | None = None, formats: str = "all"
) -> list[Path]:
    """Write ``consultant.json`` and/or one Markdown file per client into ``folder``.

    The files are 0600 and a folder created here is 0700 (health data); a folder
    that already existed keeps its mode.
    """
    data = export_data(ws, client_name)
    try:
        paths.private_dir(folder, tighten=False)
        written: list[Path] = []
        if formats in {"all", "json"}:
            target = folder / "consultant.json"
            paths.write_private_file(target, json.dumps(data, ensure_ascii=False, indent=2))
            written.append(target)
        if formats in {"all", "md"}:
            used: set[str] = set()
            for client in data["clients"]:
                slug = slugify(client["name"])
                while slug in used:
                    slug += "-1"
                used.add(slug)
                target = folder / f"{slug}.md"
                paths.write_private_file(target, client_markdown(client))
                written.append(target)
    except OSError as exc:
        raise ServiceError(f"Cannot write the export to {folder}: {exc.strerror or exc}.") from None
    return written


# -- import -------------------------------------------------------------------
#
# An import runs in three steps, and only the last one writes:
#
# 1. ``validate_document`` checks the whole document (types, ranges, sizes,
#    duplicate uids, invoice arithmetic) and returns a cleaned copy;
# 2. ``_plan`` compares it with the database: a uid that exists under another
#    client or conversation, a client name already used by another client, or an
#    issued invoice whose content differs is refused — nothing ever moves between
#    clients and nothing issued is rewritten;
# 3. ``_import_client`` and ``_import_invoice`` write, in one transaction
#    (``store.transfer.atomic()``).
#
# Every refusal is one sentence naming the first problem and where it is
# (``clients[2].conversations[0].messages[5].uid …``); the database is untouched.

MAX_DEPTH = 64
MAX_NAME_CHARS = 200
MAX_SHORT_CHARS = 1_000
MAX_LINE_CHARS = 10_000
MAX_CLIENT_TEXT = 200_000
MAX_CONTENT_CHARS = 10_000_000
MAX_METADATA_CHARS = 4_000_000
MAX_COUNT = 2**53
MAX_POSITION = 100_000
MAX_SEQ = 10**9
MAX_QUANTITY = Decimal(1_000_000)
_SQLITE_INT = 2**63
_UID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$", re.ASCII)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_export(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if size > MAX_IMPORT_BYTES:
        raise ServiceError(f"{path} is too large to import (over 1 GB).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ServiceError(
            f"{path} is not a text file; expected a Consultant JSON export."
        ) from None
    except json.JSONDecodeError as exc:
        raise ServiceError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise ServiceError(f"{path} is nested too deeply to be a Consultant export.") from None
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        raise ServiceError(f"{path} is not a Consultant export: {exc}.") from None
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return data if isinstance(data, dict) else {}


class _Bad(ServiceError):
    pass


def _bad(where: str, problem: str) -> _Bad:
    return _Bad(f"The export is malformed: {where} {problem}; nothing was imported.")


def _refuse(where: str, problem: str) -> _Bad:
    return _Bad(f"The import was refused: {where} {problem}; nothing was imported.")


def _scan(data: Any) -> None:
    """Depth, lone surrogates, non-finite floats and 64-bit overflow anywhere."""

    def child(where: str, step: str, depth: int) -> str:
        if depth >= 12:  # keep the path of a deep value readable
            return where if where.endswith("…") else f"{where}…"
        if not where:
            return step.lstrip(".")
        return f"{where}{step}"

    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        where_text = where or "the document"
        if depth > MAX_DEPTH:
            raise _bad(where_text, f"is nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _bad(where_text, "contains text that is not valid Unicode") from None
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not -_SQLITE_INT <= value < _SQLITE_INT:
                raise _bad(where_text, "is a number too large to store")
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise _bad(where_text, "is not a finite number")
        elif isinstance(value, dict):  # pushed in reverse: the first problem is found first
            for key, item in reversed(list(value.items())):
                if not isinstance(key, str):
                    raise _bad(where_text, "has a key that is not text")
                stack.append((key, f"{where_text} (a key)", depth + 1))
                stack.append((item, child(where, f".{key}", depth), depth + 1))
        elif isinstance(value, list):
            for i in range(len(value) - 1, -1, -1):
                stack.append((value[i], child(where, f"[{i}]", depth), depth + 1))
        else:
            raise _bad(where_text, "has a value JSON cannot hold")


class _Obj:
    """Typed reads from one JSON object, each failure naming its path."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise _bad(where, "should be an object")
        self.raw: dict[str, Any] = raw
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.raw or self.raw[key] is None:
            if required:
                raise _bad(self.where, f"has no “{key}”")
            return None
        return self.raw[key]

    def text(self, key: str, limit: int, *, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise _bad(self.at(key), "should be text")
        if len(value) > limit:
            raise _bad(self.at(key), f"is longer than {limit:,} characters")
        return value

    def opt_text(self, key: str, limit: int) -> str | None:
        return self.text(key, limit) if self._get(key, False) is not None else None

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(self.at(key), "should be a whole number")
        if not low <= value <= high:
            raise _bad(self.at(key), f"is {value}, outside {low:,} … {high:,}")
        return value

    def req_int(self, key: str, low: int, high: int) -> int:
        value = self.integer(key, low, high)
        assert value is not None
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise _bad(self.at(key), "should be true or false")
        return value

    def uid(self, key: str = "uid", *, required: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _UID_RE.match(value):
            raise _bad(self.at(key), "is not a uid (letters, digits, - _ . : ; at most 100)")
        return value

    def req_uid(self) -> str:
        value = self.uid()
        assert value is not None
        return value

    def enum(self, key: str, kind: Any, *, default: Any = None) -> Any:
        value = self._get(key, default is None)
        if value is None:
            return default
        try:
            return kind(value)
        except (ValueError, TypeError):
            allowed = ", ".join(m.value for m in kind)
            raise _bad(self.at(key), f"is {_show(value)}, not one of {allowed}") from None

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self._get(key, False)
        if value is None:
            return default
        if value not in allowed:
            raise _bad(self.at(key), f"is {_show(value)}, not one of {', '.join(allowed)}")
        return str(value)

    def currency(self, key: str = "currency") -> str:
        value = self.text(key, 3, required=True)
        try:
            return normalize_currency(value)
        except MoneyError:
            raise _bad(self.at(key), f"is {_show(value)}, not a currency code") from None

    def day(self, key: str, *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE_RE.match(value):
            raise _bad(self.at(key), "is not a date (YYYY-MM-DD)")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _bad(self.at(key), f"is {_show(value)}, not a real date") from None
        return value

    def stamp(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is None or value == "":
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise _bad(self.at(key), "is not a date and time")
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _bad(self.at(key), f"is {_show(value)}, not a date and time") from None
        return value

    def items(self, key: str) -> list[Any]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _bad(self.at(key), "should be a list")
        return value

    def mapping(self, key: str, limit: int) -> dict[str, Any]:
        value = self._get(key, False)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise _bad(self.at(key), "should be an object")
        if len(dump_json(value)) > limit:
            raise _bad(self.at(key), f"is larger than {limit:,} characters")
        return value


def _show(value: Any) -> str:
    """A value quoted for a one-line message (control characters escaped, shortened)."""
    if isinstance(value, str):
        text = "“" + json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"') + "”"
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


@dataclass(slots=True)
class _Line:
    where: str
    position: int
    description: str
    quantity: str
    unit_price_minor: int
    amount_minor: int
    time_entry_uid: str | None
    tax_rate: str | None = None
    tax_category: str = "S"
    credited_line: int | None = None  # a credit note's line: the credited line's position

    def key(self) -> tuple[Any, ...]:
        return _line_key(self.position, self.description, self.quantity,
                         self.unit_price_minor, self.amount_minor, self.time_entry_uid,
                         self.tax_rate, self.tax_category, self.credited_line)  # fmt: skip


def _line_key(
    position: int, description: str, quantity: str, unit_price_minor: int, amount_minor: int,
    time_entry_uid: str | None, tax_rate: str | None, tax_category: str,
    credited_line: int | None,
) -> tuple[Any, ...]:  # fmt: skip
    """What makes two lines the same (sortable: no None in it)."""
    return (position, description, Decimal(quantity), unit_price_minor, amount_minor,
            time_entry_uid or "", _rate_key(tax_rate), tax_category,
            -1 if credited_line is None else credited_line)  # fmt: skip


def _rate_key(rate: str | None) -> str:
    if rate is None:
        return ""
    try:
        return format(Decimal(rate).normalize(), "f")
    except (InvalidOperation, ValueError):
        return rate


@dataclass(slots=True)
class _Invoice:
    where: str
    uid: str
    status: InvoiceStatus
    currency: str
    series: str
    seq: int | None
    number: str | None
    issue_date: str | None
    due_date: str | None
    paid_date: str | None
    void_reason: str
    tax_rate: str
    subtotal_minor: int
    tax_minor: int
    total_minor: int
    payment_terms: str
    notes: str
    seller: dict[str, Any]
    buyer: dict[str, Any]
    created_at: str | None
    updated_at: str | None
    lines: list[_Line]
    kind: InvoiceKind = InvoiceKind.INVOICE
    credited_invoice_uid: str | None = None
    credit_reason: str = ""
    service_start: str | None = None
    service_end: str | None = None
    language: str = "en"
    buyer_reference: str = ""
    tax_case: TaxCase = TaxCase.DOMESTIC

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE


@dataclass(slots=True)
class _Entry:
    where: str
    uid: str
    work_date: str
    minutes: int
    description: str
    rate_minor: int
    currency: str
    conversation_uid: str | None
    created_at: str | None


@dataclass(slots=True)
class _Message:
    where: str
    uid: str
    role: Role
    content: str
    status: MessageStatus
    task: Task | None
    model: str
    input_tokens: int | None
    output_tokens: int | None
    cost_microusd: int | None
    error: str
    metadata: dict[str, Any]
    created_at: str | None
    updated_at: str | None
    #: Version links (format 2): absent in older files, which form one line.
    has_parent: bool = False
    parent_uid: str | None = None
    chosen: bool = True


@dataclass(slots=True)
class _Mail:
    """One stored e-mail's headers and origin (format 3), tied to its message by uid."""

    where: str
    uid: str
    message_key: str
    message_uid: str
    #: The ``mail_messages`` columns to write, except the row ids (JSON columns as text).
    columns: dict[str, Any]
    handled: bool


@dataclass(slots=True)
class _Conversation:
    where: str
    uid: str
    title: str
    task: Task
    model: str
    archived: bool
    pinned: bool
    created_at: str | None
    updated_at: str | None
    messages: list[_Message]
    kind: str = "chat"  # format 3; older files hold chats only
    mail: list[_Mail] = field(default_factory=list)


@dataclass(slots=True)
class _Client:
    where: str
    uid: str
    name: str
    fields: dict[str, Any]
    created_at: str | None
    contacts: list[tuple[str, str, str, str]]  # where, email, name, role
    domains: list[str]
    conversations: list[_Conversation]
    entries: list[_Entry]
    invoices: list[_Invoice]


def validate_document(data: Any) -> list[_Client]:
    """Check the whole document before anything is written; raise one clear refusal."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ServiceError("This file is not a Consultant export (no “format: consultant-export”).")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= VERSION:
        raise ServiceError(
            f"This export has format version {_show(version)}; this Consultant reads up to "
            f"version {VERSION}. Update Consultant to import it."
        )
    _scan(data)
    doc = _Obj(data, "the document")
    if not isinstance(data.get("clients"), list):
        raise _bad("the document", "has no “clients” list")
    clients = [_client(raw, f"clients[{i}]") for i, raw in enumerate(doc.items("clients"))]
    _check_unique(clients)
    _check_credits(clients)
    return clients


def _client(raw: Any, where: str) -> _Client:
    obj = _Obj(raw, where)
    uid = obj.req_uid()
    name = obj.text("name", MAX_NAME_CHARS * 4, required=True)
    if not name.split():
        raise _bad(obj.at("name"), "is empty")
    if len(" ".join(name.split())) > MAX_NAME_CHARS:
        raise _bad(obj.at("name"), f"is longer than {MAX_NAME_CHARS} characters")
    fields: dict[str, Any] = {
        key: obj.text(key, MAX_CLIENT_TEXT)
        for key in ("organization", "notes", "tone", "glossary", "redact_always", "redact_never")
    }
    fields["hourly_rate_minor"] = obj.req_int("hourly_rate_minor", 0, MAX_MINOR)
    fields["currency"] = obj.currency()
    fields["privacy"] = obj.enum("privacy", PrivacyPolicy).value
    fields["archived"] = obj.flag("archived")
    fields.update(_billing_fields(obj))
    contacts = []
    for k, c in enumerate(obj.items("contacts")):
        cobj = _Obj(c, f"{where}.contacts[{k}]")
        email = cobj.text("email", 320, required=True)
        if normalize_email(email) is None:
            raise _bad(cobj.at("email"), f"is {_show(email)}, not an e-mail address")
        contacts.append(
            (
                cobj.where,
                email,
                cobj.text("name", MAX_NAME_CHARS),
                cobj.text("role", MAX_NAME_CHARS),
            )
        )
    domains = []
    for k, d in enumerate(obj.items("domains")):
        if not isinstance(d, str) or len(d) > 255:
            raise _bad(f"{where}.domains[{k}]", "should be a domain name")
        domains.append(d)
    conversations = [
        _conversation(c, f"{where}.conversations[{k}]")
        for k, c in enumerate(obj.items("conversations"))
    ]
    conv_uids = {c.uid for c in conversations}
    entries = [
        _entry(e, f"{where}.time_entries[{k}]") for k, e in enumerate(obj.items("time_entries"))
    ]
    entry_uids = {e.uid for e in entries}
    invoices = [
        _invoice(x, f"{where}.invoices[{k}]", entry_uids)
        for k, x in enumerate(obj.items("invoices"))
    ]
    for e in entries:
        if e.conversation_uid is not None and e.conversation_uid not in conv_uids:
            e.conversation_uid = None  # the conversation was not exported with it
    return _Client(
        where, uid, " ".join(name.split()), fields, obj.stamp("created_at"), contacts, domains,
        conversations, entries, invoices,
    )  # fmt: skip


def _billing_fields(obj: _Obj) -> dict[str, Any]:
    """A client's billing identity, checked as ``Workspace.client_fields`` checks it.

    Only the keys the document has: a file of an older version (without them) leaves
    the identity here as it is.
    """
    fields: dict[str, Any] = {}
    for key in ("legal_name", "billing_address", "tax_id", "billing_contact",
                "buyer_reference", "default_model"):  # fmt: skip
        if key in obj.raw:
            fields[key] = obj.text(key, MAX_CLIENT_TEXT)
    if "country" in obj.raw:
        value = obj.text("country", 20)
        try:
            fields["country"] = normalize_country(value)
        except IdentityError:
            raise _bad(
                obj.at("country"), f"is {_show(value)}, not a two-letter country code (ISO 3166)"
            ) from None
    if "vat_id" in obj.raw:
        value = obj.text("vat_id", 64)
        try:
            fields["vat_id"] = check_vat_id(value).value  # a doubtful check digit passes
        except ValueError as exc:  # IdentityError, or whatever python-stdnum raises
            reason = " ".join(str(exc).split()).rstrip(".")  # one line
            raise _bad(obj.at("vat_id"), f"is not a VAT id ({reason})") from None
    if "billing_email" in obj.raw:
        email = obj.text("billing_email", 320).strip()
        if email:
            normalized = normalize_email(email)
            if normalized is None:
                raise _bad(obj.at("billing_email"), f"is {_show(email)}, not an e-mail address")
            email = normalized
        fields["billing_email"] = email
    if "payment_days" in obj.raw:
        fields["payment_days"] = obj.integer("payment_days", 0, 365, required=False)
    if "invoice_language" in obj.raw:
        fields["invoice_language"] = _language(obj, "invoice_language")
    return fields


def _language(obj: _Obj, key: str) -> str:
    value = obj.text(key, 10)
    try:
        return normalize_language(value)
    except IdentityError:
        raise _bad(obj.at(key), f"is {_show(value)}, not an invoice language (en, de)") from None


def _conversation(raw: Any, where: str) -> _Conversation:
    obj = _Obj(raw, where)
    messages = []
    for k, m in enumerate(obj.items("messages")):
        mobj = _Obj(m, f"{where}.messages[{k}]")
        status = mobj.enum("status", MessageStatus, default=MessageStatus.COMPLETE)
        messages.append(
            _Message(
                where=mobj.where,
                uid=mobj.req_uid(),
                role=mobj.enum("role", Role),
                content=mobj.text("content", MAX_CONTENT_CHARS, required=True),
                status=MessageStatus.INTERRUPTED if status == MessageStatus.STREAMING else status,
                task=mobj.enum("task", Task, default=False) or None,
                model=mobj.text("model", MAX_SHORT_CHARS),
                input_tokens=mobj.integer("input_tokens", 0, MAX_COUNT, required=False),
                output_tokens=mobj.integer("output_tokens", 0, MAX_COUNT, required=False),
                cost_microusd=mobj.integer("cost_microusd", 0, MAX_COUNT, required=False),
                error=mobj.text("error", MAX_LINE_CHARS),
                metadata=mobj.mapping("metadata", MAX_METADATA_CHARS),
                created_at=mobj.stamp("created_at"),
                updated_at=mobj.stamp("updated_at"),
                has_parent="parent_uid" in mobj.raw,
                parent_uid=mobj.uid("parent_uid", required=False),
                chosen=mobj.flag("chosen") if "chosen" in mobj.raw else True,
            )
        )
    seen: set[str] = set()
    for message in messages:
        # a link to no earlier message of this conversation (a hand-edited file):
        # the message follows the one before it, as in files without versions
        if message.parent_uid is not None and message.parent_uid not in seen:
            message.has_parent, message.parent_uid = False, None
        seen.add(message.uid)
    message_uids = {m.uid for m in messages}
    mail = [_mail(x, f"{where}.mail[{k}]", message_uids) for k, x in enumerate(obj.items("mail"))]
    return _Conversation(
        where=where,
        uid=obj.req_uid(),
        kind=obj.choice("kind", ("chat", "mail"), "chat"),
        mail=mail,
        title=obj.text("title", MAX_SHORT_CHARS),
        task=obj.enum("task", Task, default=Task.CHAT),
        model=obj.text("model", MAX_SHORT_CHARS),
        archived=obj.flag("archived"),
        pinned=obj.flag("pinned"),
        created_at=obj.stamp("created_at"),
        updated_at=obj.stamp("updated_at"),
        messages=messages,
    )


MAIL_SOURCES = ("imap", "mbox", "maildir", "eml")


def _mail(raw: Any, where: str, message_uids: set[str]) -> _Mail:
    obj = _Obj(raw, where)
    uid = obj.req_uid()
    key = obj.text("message_key", MAX_SHORT_CHARS, required=True)
    if not key.strip():
        raise _bad(obj.at("message_key"), "is empty")
    message_uid = obj.uid("message_uid")
    assert message_uid is not None
    if message_uid not in message_uids:
        raise _bad(obj.at("message_uid"), "names no message of this conversation")
    sent_at = obj.stamp("sent_at")
    if sent_at is None:
        raise _bad(where, "has no “sent_at”")
    columns: dict[str, Any] = {
        "direction": obj.choice("direction", ("in", "out"), "in"),
        "from_addr": obj.text("from_addr", MAX_SHORT_CHARS),
        "from_name": obj.text("from_name", MAX_SHORT_CHARS),
        "subject": obj.text("subject", MAX_LINE_CHARS),
        "sent_at": sent_at,
        "in_reply_to": obj.text("in_reply_to", MAX_SHORT_CHARS),
        "attachment_text": obj.text("attachment_text", MAX_CONTENT_CHARS),
        "source": obj.choice("source", MAIL_SOURCES, "eml"),
        "account": obj.text("account", MAX_SHORT_CHARS),
        "folder": obj.text("folder", MAX_SHORT_CHARS),
        "uidvalidity": obj.integer("uidvalidity", 0, MAX_COUNT, required=False),
        "imap_uid": obj.integer("imap_uid", 0, MAX_COUNT, required=False),
    }
    for name in ("to_addrs", "cc_addrs", "references_"):
        values = obj.items(name)
        for k, value in enumerate(values):
            if not isinstance(value, str) or len(value) > MAX_SHORT_CHARS:
                raise _bad(f"{obj.at(name)}[{k}]", "should be text (an address or Message-ID)")
        columns[name] = json.dumps(values)
    attachments = obj.items("attachments")
    for k, value in enumerate(attachments):
        if not isinstance(value, dict):
            raise _bad(f"{obj.at('attachments')}[{k}]", "should be an object")
    columns["attachments"] = json.dumps(attachments, ensure_ascii=False)
    if len(columns["attachments"]) > MAX_METADATA_CHARS:
        raise _bad(obj.at("attachments"), f"is larger than {MAX_METADATA_CHARS:,} characters")
    created_at = obj.stamp("created_at")
    if created_at is not None:
        columns["created_at"] = created_at
    return _Mail(where=where, uid=uid, message_key=key, message_uid=message_uid,
                 columns=columns, handled=obj.flag("handled"))  # fmt: skip


def _entry(raw: Any, where: str) -> _Entry:
    obj = _Obj(raw, where)
    work_date = obj.day("work_date", required=True)
    assert work_date is not None
    return _Entry(
        where=where,
        uid=obj.req_uid(),
        work_date=work_date,
        minutes=obj.req_int("minutes", 1, MAX_MINUTES),
        description=obj.text("description", MAX_LINE_CHARS).strip(),
        rate_minor=obj.req_int("rate_minor", 0, MAX_MINOR),
        currency=obj.currency(),
        conversation_uid=obj.uid("conversation_uid", required=False),
        created_at=obj.stamp("created_at"),
    )


def _decimal_text(obj: _Obj, key: str, default: str | None) -> tuple[str, Decimal]:
    value = obj._get(key, default is None)
    if value is None:
        value = default
    if not isinstance(value, str) or len(value) > 40:
        raise _bad(obj.at(key), "should be a decimal number written as text")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _bad(obj.at(key), f"is {_show(value)}, not a number") from None
    if not number.is_finite():
        raise _bad(obj.at(key), f"is {_show(value)}, not a finite number")
    return value, number


#: EN 16931 VAT category codes the schema allows (``invoice_lines.tax_category``).
TAX_CATEGORIES = ("S", "Z", "E", "AE", "O", "K", "G", "L", "M")


def _percent(obj: _Obj, key: str, default: str | None) -> str:
    text, number = _decimal_text(obj, key, default)
    if number < 0 or number > 100 or number != number.quantize(Decimal("0.0001")):
        raise _bad(obj.at(key), f"is {_show(text)}, not a percentage from 0 to 100")
    return text


def _invoice_line(lobj: _Obj, currency: str, credit: bool, entry_uids: set[str]) -> _Line:
    """One line; a credit note's lines are negative and each names the line it credits."""
    qty_text, qty = _decimal_text(lobj, "quantity", None)
    if qty != 0 and (qty < 0) != credit:
        raise _bad(
            lobj.at("quantity"),
            f"is {_show(qty_text)}; "
            + ("a credit note's quantities are negative" if credit
               else "only a credit note has negative quantities"),
        )  # fmt: skip
    if qty == 0 or abs(qty) > MAX_QUANTITY or qty != qty.quantize(Decimal(1).scaleb(-20)):
        raise _bad(lobj.at("quantity"), f"is {_show(qty_text)}, not a usable quantity")
    low, high = (-MAX_MINOR, 0) if credit else (0, MAX_MINOR)
    line = _Line(
        where=lobj.where,
        position=lobj.req_int("position", 0, MAX_POSITION),
        description=lobj.text("description", MAX_LINE_CHARS),
        quantity=qty_text,
        unit_price_minor=lobj.req_int("unit_price_minor", 0, MAX_MINOR),
        amount_minor=lobj.req_int("amount_minor", low, high),
        time_entry_uid=lobj.uid("time_entry_uid", required=False),
        tax_rate=None if lobj._get("tax_rate", False) is None else _percent(lobj, "tax_rate", None),
        tax_category=lobj.choice("tax_category", TAX_CATEGORIES, "S"),
        credited_line=lobj.integer("credited_line", 0, MAX_POSITION, required=credit),
    )
    if line.amount_minor != line_amount(qty, line.unit_price_minor, currency).amount_minor:
        raise _bad(lobj.at("amount_minor"), "is not quantity × unit price")
    if line.time_entry_uid is not None:
        if credit:
            raise _bad(
                lobj.at("time_entry_uid"), "is set on a credit note's line (it bills no time)"
            )
        if line.time_entry_uid not in entry_uids:
            raise _bad(lobj.at("time_entry_uid"), "names no time entry of this client")
    if line.credited_line is not None and not credit:
        raise _bad(
            lobj.at("credited_line"), "is set on an invoice; only a credit note credits lines"
        )
    return line


def _invoice(raw: Any, where: str, entry_uids: set[str]) -> _Invoice:
    obj = _Obj(raw, where)
    status: InvoiceStatus = obj.enum("status", InvoiceStatus)
    kind: InvoiceKind = obj.enum("kind", InvoiceKind, default=InvoiceKind.INVOICE)
    credit = kind == InvoiceKind.CREDIT_NOTE
    currency = obj.currency()
    tax_text = _percent(obj, "tax_rate", "0")
    lines = [
        _invoice_line(_Obj(raw_line, f"{where}.lines[{k}]"), currency, credit, entry_uids)
        for k, raw_line in enumerate(obj.items("lines"))
    ]
    low, high = (-MAX_MINOR, 0) if credit else (0, MAX_MINOR)
    inv = _Invoice(
        where=where,
        uid=obj.req_uid(),
        status=status,
        currency=currency,
        series=obj.text("series", 50),
        seq=obj.integer("seq", 1, MAX_SEQ, required=False),
        number=obj.opt_text("number", 100),
        issue_date=obj.day("issue_date"),
        due_date=obj.day("due_date"),
        paid_date=obj.day("paid_date"),
        void_reason=obj.text("void_reason", MAX_LINE_CHARS),
        tax_rate=tax_text,
        subtotal_minor=obj.req_int("subtotal_minor", low, high),
        tax_minor=obj.req_int("tax_minor", low, high),
        total_minor=obj.req_int("total_minor", low, high),
        payment_terms=obj.text("payment_terms", MAX_CLIENT_TEXT),
        notes=obj.text("notes", MAX_CLIENT_TEXT),
        seller=obj.mapping("seller", MAX_CLIENT_TEXT),
        buyer=obj.mapping("buyer", MAX_CLIENT_TEXT),
        created_at=obj.stamp("created_at"),
        updated_at=obj.stamp("updated_at"),
        lines=lines,
        kind=kind,
        credited_invoice_uid=obj.uid("credited_invoice_uid", required=credit),
        credit_reason=obj.text("credit_reason", MAX_LINE_CHARS),
        service_start=obj.day("service_start"),
        service_end=obj.day("service_end"),
        language=_language(obj, "language"),
        buyer_reference=obj.text("buyer_reference", MAX_CLIENT_TEXT),
        tax_case=obj.enum("tax_case", TaxCase, default=TaxCase.DOMESTIC),
    )
    _check_totals(obj, inv)
    if inv.service_start and inv.service_end and inv.service_end < inv.service_start:
        raise _bad(obj.at("service_end"), "is before service_start")
    if credit:
        if status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
            raise _bad(obj.at("status"), f"is {status.value}; a credit note is always issued")
        if not inv.credit_reason.strip():
            raise _bad(where, "is a credit note without a “credit_reason”")
    elif inv.credited_invoice_uid is not None:
        raise _bad(obj.at("credited_invoice_uid"), "is set on an invoice; only a credit note "
                   "refers to the invoice it credits")  # fmt: skip
    if status == InvoiceStatus.DRAFT:
        if inv.seq is not None or inv.number is not None:
            raise _bad(where, "is a draft with a number")
    else:
        for key in ("seq", "number", "issue_date"):
            if getattr(inv, key) in (None, ""):
                raise _bad(where, f"is {status.value} but has no “{key}”")
        if status == InvoiceStatus.PAID and inv.paid_date is None:
            inv.paid_date = inv.issue_date
        if status == InvoiceStatus.VOID and not inv.void_reason.strip():
            inv.void_reason = "voided"
    return inv


def _check_totals(obj: _Obj, inv: _Invoice) -> None:
    """Subtotal, tax and total as the store computes them: tax per VAT group (core.tax),
    each line at its own rate and category (a draft's follow its tax case)."""
    model = Invoice(
        id=None, uid=inv.uid, client_id=0, status=inv.status, currency=inv.currency,
        tax_rate=inv.tax_rate, kind=inv.kind, tax_case=inv.tax_case,
        lines=[
            InvoiceLine(
                id=None, invoice_id=None, position=x.position, description=x.description,
                quantity=x.quantity, unit_price_minor=x.unit_price_minor,
                amount_minor=x.amount_minor, tax_rate=x.tax_rate, tax_category=x.tax_category,
            )
            for x in inv.lines
        ],
    )  # fmt: skip
    subtotal = sum(x.amount_minor for x in inv.lines)
    tax = sum(group.tax_minor for group in invoice_vat_groups(model))
    if inv.subtotal_minor != subtotal:
        raise _bad(obj.at("subtotal_minor"), "is not the sum of the lines")
    if inv.tax_minor != tax:
        raise _bad(obj.at("tax_minor"), "does not match the VAT of the lines (per rate)")
    if inv.total_minor != subtotal + tax:
        raise _bad(obj.at("total_minor"), "is not subtotal + tax")


def _check_unique(clients: list[_Client]) -> None:
    seen: dict[tuple[str, str], str] = {}

    def once(kind: str, key: str, where: str) -> None:
        first = seen.setdefault((kind, key), where)
        if first != where:
            raise _bad(where, f"repeats the {kind} of {first}")

    for c in clients:
        once("uid", c.uid, f"{c.where}.uid")
        once("name", " ".join(c.name.split()).casefold(), f"{c.where}.name")
        for conv in c.conversations:
            once("uid", conv.uid, f"{conv.where}.uid")
            for m in conv.messages:
                once("uid", m.uid, f"{m.where}.uid")
            for mail in conv.mail:
                once("uid", mail.uid, f"{mail.where}.uid")
                once("e-mail key", mail.message_key, f"{mail.where}.message_key")
                once("e-mail of a message", mail.message_uid, f"{mail.where}.message_uid")
        for e in c.entries:
            once("uid", e.uid, f"{e.where}.uid")
        for inv in c.invoices:
            once("uid", inv.uid, f"{inv.where}.uid")
            if inv.number is not None:
                once("invoice number", inv.number, f"{inv.where}.number")
                once("series and seq", f"{inv.series}\x00{inv.seq}", f"{inv.where}.seq")
            for line in inv.lines:
                if line.credited_line is not None:  # a line is credited at most once
                    once("credited line", f"{inv.credited_invoice_uid}\x00{line.credited_line}",
                         f"{line.where}.credited_line")  # fmt: skip


def _check_credits(clients: list[_Client]) -> None:
    """A credit note whose invoice is in the document credits an issued invoice of the
    same client and currency, and each of its lines names exactly one line of it. (One
    whose invoice is not in the document is checked against the database by _plan.)"""
    by_uid = {inv.uid: (c, inv) for c in clients for inv in c.invoices}
    for c in clients:
        for note in c.invoices:
            if not note.is_credit_note:
                continue
            found = by_uid.get(note.credited_invoice_uid or "")
            if found is None:
                continue
            owner, target = found
            at = f"{note.where}.credited_invoice_uid"
            if owner is not c:
                raise _bad(at, f"names an invoice of another client ({target.where})")
            if target.is_credit_note:
                raise _bad(at, f"names a credit note ({target.where}); only an invoice is credited")
            if target.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
                raise _bad(at, f"names {target.where}, which is {target.status.value}; only an "
                           "issued invoice is credited")  # fmt: skip
            if target.currency != note.currency:
                raise _bad(at, f"names an invoice in {target.currency}; a credit note is in "
                           "its invoice's currency")  # fmt: skip
            positions = Counter(line.position for line in target.lines)
            for line in note.lines:
                count = positions[line.credited_line or 0]
                if count != 1:
                    raise _bad(
                        f"{line.where}.credited_line",
                        f"is {line.credited_line}, but {target.where} has "
                        + ("no line" if not count else "several lines")
                        + " at that position",
                    )


def _invoice_order(clients: list[_Client]) -> list[tuple[_Client, _Invoice]]:
    """Every client's invoices in the order they can be created here: drafts, then the
    numbered ones by series and seq (numbers are gapless per series, across clients),
    each credit note after the invoice it credits."""
    drafts = [(c, inv) for c in clients for inv in c.invoices if inv.seq is None]
    numbered = sorted(
        ((c, inv) for c in clients for inv in c.invoices if inv.seq is not None),
        key=lambda pair: (pair[1].series, pair[1].seq or 0),
    )
    queues: dict[str, deque[tuple[_Client, _Invoice]]] = {}
    for pair in numbered:
        queues.setdefault(pair[1].series, deque()).append(pair)
    waiting = {inv.uid for _, inv in numbered}
    order: list[tuple[_Client, _Invoice]] = []
    while queues:
        moved = False
        for series in sorted(queues):
            queue = queues[series]
            while queue and (queue[0][1].credited_invoice_uid or "") not in waiting:
                pair = queue.popleft()
                waiting.discard(pair[1].uid)
                order.append(pair)
                moved = True
            if not queue:
                del queues[series]
        if not moved:
            stuck = queues[min(queues)][0][1]
            raise _bad(f"{stuck.where}.credited_invoice_uid",
                       "names an invoice that is numbered after this credit note; a credit "
                       "note comes after its invoice")  # fmt: skip
    return drafts + order


def import_data(ws: Workspace, data: dict[str, Any]) -> ImportReport:
    """Merge an export document into the workspace (idempotent by uid).

    The whole document is validated and compared with the database first; a refusal
    is a :class:`ServiceError` naming the first problem, and changes nothing.
    """
    clients = validate_document(data)
    order = _invoice_order(clients)
    report = ImportReport()
    try:
        with ws.store.transfer.atomic():
            _plan(ws, clients)
            imported: dict[str, tuple[Client, dict[str, int]]] = {}
            for client in clients:
                imported[client.uid] = _import_client(ws, client, report)
            for c, inv in order:
                here, entry_ids = imported[c.uid]
                _import_invoice(ws, here, inv, entry_ids, report)
    except sqlite3.Error as exc:
        raise ServiceError(
            f"The import was refused by the database and nothing was changed: {exc}."
        ) from None
    return report


def _plan(ws: Workspace, clients: list[_Client]) -> None:
    """Refuse whatever would move a row between clients or rewrite an issued invoice."""
    repo = ws.store.clients
    rows = ws.store.transfer
    in_document = {inv.uid for c in clients for inv in c.invoices}
    for c in clients:
        existing = repo.get_by_uid(c.uid)
        named = repo.find(c.name)
        if existing is None and named is not None:
            raise _refuse(
                f"{c.where}.name", f"“{c.name}” is already another client here (a different uid); "
                "rename one of them first"
            )  # fmt: skip
        if existing is not None and named is not None and named.id != existing.id:
            raise _refuse(f"{c.where}.name", f"“{c.name}” is already another client here")
        client_id = existing.id if existing is not None else None
        for conv in c.conversations:
            row = rows.conversation_row(conv.uid)
            if row is not None and row["client_id"] != client_id:
                raise _refuse(f"{conv.where}.uid", "belongs to a conversation of another client")
            conv_id = row["id"] if row else None
            for m in conv.messages:
                mrow = rows.message_row(m.uid)
                if mrow is not None and mrow["conversation_id"] != conv_id:
                    raise _refuse(f"{m.where}.uid", "belongs to a message of another conversation")
            for mail in conv.mail:
                here = rows.mail_row(mail.uid)
                if here is not None and here["message_uid"] != mail.message_uid:
                    raise _refuse(f"{mail.where}.uid", "belongs to an e-mail of another message")
        for e in c.entries:
            erow = rows.entry_row(e.uid)
            if erow is None:
                continue
            if erow["client_id"] != client_id:
                raise _refuse(f"{e.where}.uid", "belongs to a time entry of another client")
            if erow["invoice_status"] in ("issued", "paid") and _entry_differs(erow, e):
                raise _refuse(
                    e.where, "differs from the same time entry here, which is on an issued invoice"
                )
        for inv in c.invoices:
            if inv.is_credit_note:
                _plan_credit(ws, inv, client_id, in_document)
            irow = rows.invoice_row_with_credited(inv.uid)
            if irow is None:
                if inv.number is not None and rows.number_taken(inv.number, inv.series, inv.seq):
                    raise _refuse(
                        f"{inv.where}.number",
                        f"{inv.number} is already the number of another invoice here",
                    )
                continue
            if irow["client_id"] != client_id:
                raise _refuse(f"{inv.where}.uid", "belongs to an invoice of another client")
            if irow["status"] == "issued" and inv.status == InvoiceStatus.VOID:
                raise _refuse(
                    f"{inv.where}.status",
                    f"is void, but invoice {irow['number']} is issued here, and an issued "
                    "invoice is no longer voided; issue a credit note for it instead",
                )
            if irow["status"] != "draft":
                diff = _issued_difference(ws, irow, inv)
                if diff:
                    what = "credit note" if irow["kind"] == "credit_note" else "invoice"
                    raise _refuse(
                        inv.where,
                        f"differs from issued {what} {irow['number']} here ({diff}); "
                        "issued invoices cannot be changed",
                    )


def _plan_credit(
    ws: Workspace, note: _Invoice, client_id: int | None, in_document: set[str]
) -> None:
    """A credit note's invoice is in the document (see _check_credits) or here: an issued
    invoice of the same client and currency, whose credited lines no other credit note
    here credits."""
    at = f"{note.where}.credited_invoice_uid"
    uid = note.credited_invoice_uid or ""
    rows = ws.store.transfer
    target = rows.invoice_row(uid)
    if target is None:
        if uid not in in_document:
            raise _refuse(at, f"names invoice “{uid}”, which is neither in this file nor here")
        return
    number = target["number"] or "(a draft)"
    if target["client_id"] != client_id:
        raise _refuse(at, f"names invoice {number}, which belongs to another client here")
    if target["kind"] != InvoiceKind.INVOICE.value:
        raise _refuse(at, f"names credit note {number} here; only an invoice is credited")
    if target["status"] == "draft":
        if uid in in_document:
            return  # issued by this import, with the lines of the document
        raise _refuse(at, "names a draft here; only an issued invoice is credited")
    if target["status"] not in ("issued", "paid"):
        raise _refuse(at, f"names invoice {number}, which is {target['status']} here; only an "
                      "issued invoice is credited")  # fmt: skip
    if target["currency"] != note.currency:
        raise _refuse(at, f"names invoice {number}, which is in {target['currency']} here")
    for line in note.lines:
        ids = rows.line_ids_at(target["id"], line.credited_line)
        if len(ids) != 1:
            raise _refuse(
                f"{line.where}.credited_line",
                f"is {line.credited_line}, but invoice {number} here has "
                + ("no line" if not ids else "several lines")
                + " at that position",
            )
        other = rows.crediting_note(ids[0])
        if other is not None and other["uid"] != note.uid:
            raise _refuse(
                f"{line.where}.credited_line",
                f"credits line {line.credited_line} of invoice {number}, which credit note "
                f"{other['number'] or other['uid']} here already credits",
            )


def _entry_differs(row: dict[str, Any], e: _Entry) -> bool:
    return (row["work_date"], row["minutes"], row["description"], row["rate_minor"],
            row["currency"]) != (e.work_date, e.minutes, e.description, e.rate_minor,
                                 e.currency)  # fmt: skip


def _lines_of(ws: Workspace, invoice_id: int) -> list[tuple[Any, ...]]:
    return sorted(
        _line_key(r["position"], r["description"], r["quantity"], r["unit_price_minor"],
                  r["amount_minor"], r["time_entry_uid"], r["tax_rate"], r["tax_category"],
                  r["credited_position"])
        for r in ws.store.transfer.line_rows(invoice_id)
    )  # fmt: skip


def _issued_difference(ws: Workspace, row: dict[str, Any], inv: _Invoice) -> str:
    """The first field in which an issued invoice (or credit note) and the document
    disagree, or "". ``row`` is a ``TransferRepo.invoice_row_with_credited``."""
    if inv.status == InvoiceStatus.DRAFT:
        return "status"
    fields = ("currency", "series", "seq", "number", "issue_date", "due_date",
              "subtotal_minor", "tax_minor", "total_minor", "payment_terms", "notes",
              "kind", "credited_invoice_uid", "credit_reason", "service_start", "service_end",
              "language", "buyer_reference", "tax_case")  # fmt: skip
    for key in fields:
        if row[key] != getattr(inv, key):  # StrEnum members equal their text
            return key
    if Decimal(row["tax_rate"]) != Decimal(inv.tax_rate):
        return "tax_rate"
    for key in ("seller", "buyer"):
        if load_json(row[key]) != json.loads(dump_json(getattr(inv, key))):
            return key
    if _lines_of(ws, int(row["id"])) != sorted(x.key() for x in inv.lines):
        return "lines"
    here, there = row["status"], inv.status.value
    if here != there and not (here == "issued" and there == "paid"):
        if there == "issued":
            return ""  # this copy is further along (paid, or void by an older version): kept
        return "status"
    return ""


def _import_client(
    ws: Workspace, c: _Client, report: ImportReport
) -> tuple[Client, dict[str, int]]:
    """The client, contacts, conversations and time entries (invoices come after every
    client's, in number order: see _invoice_order); returns the client and its entry
    ids by uid."""
    repo = ws.store.clients
    client = repo.get_by_uid(c.uid)
    if client is None:
        client = repo.add(c.name, uid=c.uid, created_at=c.created_at, **c.fields)
        report.count("created", "clients")
    else:
        assert client.id is not None
        changes = {k: v for k, v in c.fields.items() if getattr(client, k) != v}
        rename = c.name if c.name != client.name else None
        if changes or rename:
            client = repo.update(client.id, name=rename, **changes)
            report.count("updated", "clients")
        else:
            report.count("unchanged", "clients")
    assert client.id is not None
    _import_contacts(ws, client, c, report)
    conv_ids: dict[str, int] = {}
    for conv in c.conversations:
        conv_ids[conv.uid] = _import_conversation(ws, client, conv, report)
    entry_ids: dict[str, int] = {}
    for entry in c.entries:
        entry_ids[entry.uid] = _import_entry(ws, client, entry, conv_ids, report)
    return client, entry_ids


def _import_contacts(ws: Workspace, client: Client, c: _Client, report: ImportReport) -> None:
    repo = ws.store.clients
    assert client.id is not None
    known = {x.email: x for x in repo.contacts(client.id)}
    for _where, email, name, role in c.contacts:
        owner = repo.contact_owner(email)
        if owner is not None and owner != client.id:
            report.warnings.append(f"{email} belongs to another client; skipped.")
            continue
        current = known.get(email.strip().lower())
        if current and current.name == name and current.role == role:
            report.count("unchanged", "contacts")
            continue
        repo.add_contact(client.id, email, name, role)
        report.count("updated" if current else "created", "contacts")
    existing = set(repo.domains(client.id))
    for domain in c.domains:
        if domain in existing:
            continue
        try:
            repo.add_domain(client.id, domain)
            report.count("created", "domains")
        except ServiceError as exc:
            report.warnings.append(f"Domain {domain}: {exc}")


def _import_conversation(
    ws: Workspace, client: Client, c: _Conversation, report: ImportReport
) -> int:
    repo = ws.store.conversations
    assert client.id is not None
    conv: Conversation | None = repo.get_by_uid(c.uid)
    if conv is None:
        conv = repo.create(client.id, c.title, c.task, c.model, uid=c.uid, created_at=c.created_at)
        report.count("created", "conversations")
    else:
        report.count("unchanged", "conversations")
    assert conv.id is not None and conv.client_id == client.id  # checked by _plan
    if ws.store.transfer.conversation_kind(conv.id) != c.kind:
        ws.store.transfer.set_conversation_kind(conv.id, c.kind)
    created_ids: dict[str, int] = {}
    message_ids: dict[str, int] = {}
    unchosen: list[int] = []
    for m in c.messages:
        existing = repo.get_message_by_uid(m.uid)
        if existing is not None and existing.id is not None:
            message_ids[m.uid] = existing.id
        if existing is None:
            links: dict[str, Any] = {}
            if m.has_parent:
                parent = None
                if m.parent_uid is not None:
                    parent = created_ids.get(m.parent_uid)
                    if parent is None:
                        known = repo.get_message_by_uid(m.parent_uid)
                        parent = known.id if known is not None else None
                links["parent_id"] = parent
            added = repo.add_message(
                conv.id, m.role, m.content, status=m.status, task=m.task, model=m.model,
                metadata=_portable_metadata(m.metadata), error=m.error,
                input_tokens=m.input_tokens,
                output_tokens=m.output_tokens, cost_microusd=m.cost_microusd, uid=m.uid,
                created_at=m.created_at, **links,
            )  # fmt: skip
            assert added.id is not None
            created_ids[m.uid] = message_ids[m.uid] = added.id
            if m.updated_at is not None:  # e.g. a stored e-mail: when it was filed
                ws.store.transfer.set_message_updated_at(added.id, m.updated_at)
            if not m.chosen:
                unchosen.append(added.id)
            report.count("created", "messages")
        elif existing.status == MessageStatus.STREAMING:
            # Being written right now (by this or another process): the writer's
            # final save decides; an import never overwrites a live reply.
            report.count("unchanged", "messages")
        elif existing.content != m.content or existing.status != m.status:
            assert existing.id is not None and existing.conversation_id == conv.id
            repo.finish_message(
                existing.id, content=m.content, status=m.status, error=m.error,
                input_tokens=existing.input_tokens, output_tokens=existing.output_tokens,
                cost_microusd=existing.cost_microusd,
            )  # fmt: skip
            report.count("updated", "messages")
        else:
            report.count("unchanged", "messages")
    if created_ids:
        repo.restore_choices(conv.id, unchosen)
    for mail in c.mail:
        _import_mail(ws, client, conv.id, mail, message_ids[mail.message_uid], report)
    # Keep the exported flags and activity time, not the import time.
    ws.store.transfer.set_conversation_flags(
        conv.id, c.title or conv.title, c.archived, c.pinned, c.updated_at
    )
    return conv.id


def _import_mail(
    ws: Workspace, client: Client, conversation_id: int, mail: _Mail, message_id: int,
    report: ImportReport,
) -> None:  # fmt: skip
    """An e-mail row after its message: created, its ``handled`` flag updated, or
    skipped when this database stores the same e-mail under another uid (never
    ``INSERT OR REPLACE``: the 0009 triggers refuse it, and it would lose the index)."""
    rows = ws.store.transfer
    here = rows.mail_row(mail.uid)
    if here is not None:
        if bool(here["handled"]) != mail.handled:
            rows.set_mail_handled(int(here["id"]), mail.handled)
            report.count("updated", "e-mails")
        else:
            report.count("unchanged", "e-mails")
        return
    other = rows.mail_key_uid(mail.message_key) or rows.mail_of_message(message_id)
    if other is not None:
        report.warnings.append(
            f"The e-mail {mail.message_key} is already stored here (another copy); "
            "its headers were not imported again."
        )
        report.count("unchanged", "e-mails")
        return
    assert client.id is not None
    mail_id = rows.insert_mail({
        "uid": mail.uid, "message_key": mail.message_key, "message_row": message_id,
        "client_id": client.id, "conversation_id": conversation_id, **mail.columns,
        "handled": int(mail.handled),
    })  # fmt: skip
    rows.set_message_mail_id(message_id, mail_id)
    report.count("created", "e-mails")


def _import_entry(
    ws: Workspace, client: Client, e: _Entry, conv_ids: dict[str, int], report: ImportReport
) -> int:
    rows = ws.store.transfer
    assert client.id is not None
    conversation_id = conv_ids.get(e.conversation_uid or "")
    row = rows.entry_row(e.uid)
    if row is None:
        entry = ws.store.billing.add_entry(
            client.id, e.minutes, e.description, rate_minor=e.rate_minor, currency=e.currency,
            work_date=e.work_date, conversation_id=conversation_id, uid=e.uid,
            created_at=e.created_at,
        )  # fmt: skip
        report.count("created", "time entries")
        assert entry.id is not None
        return entry.id
    if row["invoice_status"] in ("issued", "paid") or (
        not _entry_differs(row, e) and row["conversation_id"] == conversation_id
    ):
        report.count("unchanged", "time entries")  # differing issued entries: see _plan
        return int(row["id"])
    rows.update_entry(
        int(row["id"]), work_date=e.work_date, minutes=e.minutes, description=e.description,
        rate_minor=e.rate_minor, currency=e.currency, conversation_id=conversation_id,
    )  # fmt: skip
    report.count("updated", "time entries")
    return int(row["id"])


def _import_invoice(
    ws: Workspace, client: Client, inv: _Invoice, entry_ids: dict[str, int], report: ImportReport
) -> None:
    rows = ws.store.transfer
    assert client.id is not None
    row = rows.invoice_row(inv.uid)
    updated_at = inv.updated_at or inv.created_at or now_iso()
    if row is not None and row["status"] != "draft":
        # Same content (checked by _plan); only issued → paid moves on.
        if row["status"] == "issued" and inv.status == InvoiceStatus.PAID:
            _advance(ws, int(row["id"]), inv, updated_at)
            report.count("updated", "invoices")
        else:
            report.count("unchanged", "invoices")
        return
    credited_id, credited_lines = _credited_ids(ws, inv)
    content: dict[str, Any] = {
        "kind": inv.kind.value, "currency": inv.currency, "tax_rate": inv.tax_rate,
        "payment_terms": inv.payment_terms, "notes": inv.notes, "due_date": inv.due_date,
        "credited_invoice_id": credited_id, "credit_reason": inv.credit_reason,
        "service_start": inv.service_start, "service_end": inv.service_end,
        "language": inv.language, "buyer_reference": inv.buyer_reference,
        "tax_case": inv.tax_case.value,
    }  # fmt: skip
    if row is None:
        invoice_id = rows.insert_invoice(
            {"uid": inv.uid, "client_id": client.id, "status": "draft",
             "created_at": inv.created_at or now_iso(), **content},
        )  # fmt: skip
        bucket = "created"
    else:
        invoice_id = int(row["id"])
        same = all(row[k] == v for k, v in content.items()) and _lines_of(ws, invoice_id) == sorted(
            x.key() for x in inv.lines
        )
        if same and inv.status == InvoiceStatus.DRAFT:
            report.count("unchanged", "invoices")
            return
        bucket = "updated"
        rows.reset_draft(invoice_id, content)
    for line, credited_line_id in zip(inv.lines, credited_lines, strict=True):
        rows.insert_line(
            invoice_id, position=line.position, description=line.description,
            quantity=line.quantity, unit_price_minor=line.unit_price_minor,
            amount_minor=line.amount_minor,
            time_entry_id=entry_ids.get(line.time_entry_uid) if line.time_entry_uid else None,
            tax_rate=line.tax_rate, tax_category=line.tax_category,
            credited_line_id=credited_line_id,
        )  # fmt: skip
    rows.set_totals(invoice_id, inv.subtotal_minor, inv.tax_minor, inv.total_minor, updated_at)
    if inv.status != InvoiceStatus.DRAFT:
        what = "credit note" if inv.is_credit_note else "invoice"
        try:
            rows.issue(
                invoice_id, series=inv.series, seq=inv.seq, number=inv.number,
                issue_date=inv.issue_date, seller=inv.seller, buyer=inv.buyer,
                updated_at=updated_at,
            )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise ServiceError(
                f"The import was refused: {inv.where} ({what} {inv.number}) cannot be "
                f"issued here ({exc}); nothing was imported."
            ) from None
        _advance(ws, invoice_id, inv, updated_at)
    report.count(bucket, "invoices")


def _credited_ids(ws: Workspace, inv: _Invoice) -> tuple[int | None, list[int | None]]:
    """A credit note's invoice id here and, per line, the id of the line it credits
    (checked by _check_credits and _plan; the invoice was imported before it)."""
    if not inv.is_credit_note:
        return None, [None] * len(inv.lines)
    rows = ws.store.transfer
    target = rows.invoice_row(inv.credited_invoice_uid or "")
    if target is None:  # pragma: no cover - refused by _plan
        raise _refuse(f"{inv.where}.credited_invoice_uid", "names no invoice here")
    ids: list[int | None] = []
    for line in inv.lines:
        found = rows.line_ids_at(target["id"], line.credited_line)
        if not found:  # pragma: no cover - refused by _check_credits / _plan
            raise _refuse(f"{line.where}.credited_line", f"names no line of {target['number']}")
        ids.append(found[0])
    return int(target["id"]), ids


def _advance(ws: Workspace, invoice_id: int, inv: _Invoice, updated_at: str) -> None:
    """Move a just-issued invoice on to the document's status (paid, or void as history);
    an invoice issued here before moves on only to paid (see _plan)."""
    if inv.status == InvoiceStatus.PAID:
        ws.store.transfer.mark_paid(invoice_id, inv.paid_date, updated_at)
    elif inv.status == InvoiceStatus.VOID:
        # the immutability trigger is lifted for this one row, inside the import's
        # transaction (see the module docstring and TransferRepo.void_as_history)
        ws.store.transfer.void_as_history(invoice_id, inv.void_reason, updated_at)
