"""Export to JSON and Markdown; import of the JSON export, idempotent by uid.

The JSON document (``format: consultant-export``, ``version: 1``) nests each
client's contacts, domains, conversations with messages, time entries and
invoices with lines. Import matches every entity by ``uid``: an existing one is
updated (issued invoices, being immutable, are left as they are), a new one is
created with the same uid, so importing the same file twice changes nothing the
second time. A client whose uid is unknown but whose name exists is merged into
that client. The whole import is one transaction: it lands completely or not at
all.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from consultant import __version__
from consultant.core import paths
from consultant.core.models import (
    Client,
    Conversation,
    InvoiceStatus,
    MessageStatus,
    Role,
    Task,
)
from consultant.core.money import format_minor
from consultant.services.workspace import ServiceError, Workspace
from consultant.store.db import now_iso
from consultant.store.rows import dump_json, insert_row, load_json

FORMAT = "consultant-export"
VERSION = 1
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
    db = ws.store.db
    clients = [ws.client(client_name)] if client_name else ws.clients(include_archived=True)
    out_clients = []
    for client in clients:
        cid = client.id
        conversations = []
        for conv in ws.store.conversations.list_for_client(cid or 0, include_archived=True):
            assert conv.id is not None
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
                    "metadata": m.metadata,
                    "created_at": _ts(m.created_at),
                    "updated_at": _ts(m.updated_at),
                }
                for m in ws.store.conversations.messages(conv.id)
            ]
            conversations.append(
                {
                    "uid": conv.uid,
                    "title": conv.title,
                    "task": conv.task.value,
                    "model": conv.model,
                    "archived": conv.archived,
                    "pinned": conv.pinned,
                    "created_at": _ts(conv.created_at),
                    "updated_at": _ts(conv.updated_at),
                    "messages": messages,
                }
            )
        entries = [
            dict(r)
            for r in db.query(
                "SELECT t.uid, t.work_date, t.minutes, t.description, t.rate_minor, t.currency,"
                " t.created_at, c.uid AS conversation_uid FROM time_entries t"
                " LEFT JOIN conversations c ON c.id = t.conversation_id"
                " WHERE t.client_id = ? ORDER BY t.work_date, t.id",
                [cid],
            )
        ]
        invoices = []
        for r in db.query(
            "SELECT * FROM invoices WHERE client_id = ? ORDER BY series, seq, id", [cid]
        ):
            lines = [
                dict(x)
                for x in db.query(
                    "SELECT l.position, l.description, l.quantity, l.unit_price_minor,"
                    " l.amount_minor, t.uid AS time_entry_uid FROM invoice_lines l"
                    " LEFT JOIN time_entries t ON t.id = l.time_entry_id"
                    " WHERE l.invoice_id = ? ORDER BY l.position, l.id",
                    [r["id"]],
                )
            ]
            invoice = {k: r[k] for k in r if k not in {"id", "client_id", "seller", "buyer"}}
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
        for inv in data["invoices"]:
            number = inv.get("number") or "draft"
            total = format_minor(inv["total_minor"], inv["currency"])
            lines.append(f"- {number} · {inv['status']} · {total}")
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
def read_export(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if size > MAX_IMPORT_BYTES:
        raise ServiceError(f"{path} is too large to import (over 1 GB).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ServiceError(
            f"{path} is not a text file; expected a Consultant JSON export."
        ) from None
    except json.JSONDecodeError as exc:
        raise ServiceError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return data if isinstance(data, dict) else {}


class _Bad(ServiceError):
    pass


def _req(obj: Any, key: str, kind: type, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _Bad(f"The export is malformed: {where} has no “{key}”.")
    value = obj[key]
    if kind is int and isinstance(value, bool):
        raise _Bad(f"The export is malformed: {where}.{key} should be a number.")
    if not isinstance(value, kind):
        raise _Bad(f"The export is malformed: {where}.{key} has the wrong type.")
    return value


def _opt(obj: dict[str, Any], key: str, default: Any) -> Any:
    value = obj.get(key, default)
    return default if value is None else value


def import_data(ws: Workspace, data: dict[str, Any]) -> ImportReport:
    """Merge an export document into the workspace (idempotent by uid)."""
    if data.get("format") != FORMAT:
        raise ServiceError("This file is not a Consultant export (no “format: consultant-export”).")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ServiceError(
            f"This export has format version {version!r}; this Consultant reads up to "
            f"version {VERSION}. Update Consultant to import it."
        )
    clients = _req(data, "clients", list, "the document")
    report = ImportReport()
    db = ws.store.db
    try:
        with db.atomic():
            for i, raw in enumerate(clients):
                _import_client(ws, raw, f"clients[{i}]", report)
    except sqlite3.Error as exc:
        raise ServiceError(
            f"The import was refused by the database and nothing was changed: {exc}."
        ) from None
    return report


def _import_client(ws: Workspace, raw: Any, where: str, report: ImportReport) -> None:
    repo = ws.store.clients
    uid = _req(raw, "uid", str, where)
    name = _req(raw, "name", str, where)
    fields = {
        "organization": str(_opt(raw, "organization", "")),
        "notes": str(_opt(raw, "notes", "")),
        "tone": str(_opt(raw, "tone", "")),
        "glossary": str(_opt(raw, "glossary", "")),
        "redact_always": str(_opt(raw, "redact_always", "")),
        "redact_never": str(_opt(raw, "redact_never", "")),
        "hourly_rate_minor": _req(raw, "hourly_rate_minor", int, where),
        "currency": _req(raw, "currency", str, where),
        "privacy": _req(raw, "privacy", str, where),
        "archived": bool(raw.get("archived", False)),
    }
    client = repo.get_by_uid(uid)
    if client is None:
        existing = repo.find(name)
        if existing is not None:
            client = existing
            report.warnings.append(
                f"“{name}” already exists with another identity; its history was merged in."
            )
    if client is None:
        client = repo.add(name, uid=uid, created_at=raw.get("created_at") or None, **fields)
        report.count("created", "clients")
    else:
        assert client.id is not None
        changes = {k: v for k, v in fields.items() if getattr(client, k) != v}
        rename = name if (name != client.name and client.uid == uid) else None
        if rename and repo.find(rename) not in (None, client):
            rename = None
        if changes or rename:
            client = repo.update(client.id, name=rename, **changes)
            report.count("updated", "clients")
        else:
            report.count("unchanged", "clients")
    assert client.id is not None
    _import_contacts(ws, client, raw, where, report)
    conv_ids = {}
    for j, conv in enumerate(_opt(raw, "conversations", [])):
        conv_ids.update(
            _import_conversation(ws, client, conv, f"{where}.conversations[{j}]", report)
        )
    entry_ids = {}
    for j, entry in enumerate(_opt(raw, "time_entries", [])):
        entry_ids.update(
            _import_entry(ws, client, entry, conv_ids, f"{where}.time_entries[{j}]", report)
        )
    invoices = list(_opt(raw, "invoices", []))
    invoices.sort(key=lambda x: (str(x.get("series") or ""), x.get("seq") or 0))
    for j, inv in enumerate(invoices):
        _import_invoice(ws, client, inv, entry_ids, f"{where}.invoices[{j}]", report)


def _import_contacts(
    ws: Workspace, client: Client, raw: dict[str, Any], where: str, report: ImportReport
) -> None:
    repo = ws.store.clients
    assert client.id is not None
    known = {c.email: c for c in repo.contacts(client.id)}
    for c in _opt(raw, "contacts", []):
        email = _req(c, "email", str, f"{where}.contacts")
        owner = repo.contact_owner(email)
        if owner is not None and owner != client.id:
            report.warnings.append(f"{email} belongs to another client; skipped.")
            continue
        current = known.get(email.strip().lower())
        if current and current.name == c.get("name", "") and current.role == c.get("role", ""):
            report.count("unchanged", "contacts")
            continue
        repo.add_contact(client.id, email, str(c.get("name") or ""), str(c.get("role") or ""))
        report.count("updated" if current else "created", "contacts")
    existing = set(repo.domains(client.id))
    for domain in _opt(raw, "domains", []):
        if not isinstance(domain, str) or domain in existing:
            continue
        try:
            repo.add_domain(client.id, domain)
            report.count("created", "domains")
        except ServiceError as exc:
            report.warnings.append(f"Domain {domain}: {exc}")


def _import_conversation(
    ws: Workspace, client: Client, raw: Any, where: str, report: ImportReport
) -> dict[str, int]:
    repo = ws.store.conversations
    db = ws.store.db
    uid = _req(raw, "uid", str, where)
    task = _enum(Task, raw.get("task"), Task.CHAT)
    conv: Conversation | None = repo.get_by_uid(uid)
    assert client.id is not None
    if conv is None:
        conv = repo.create(
            client.id, str(_opt(raw, "title", "")), task, str(_opt(raw, "model", "")),
            uid=uid, created_at=raw.get("created_at") or None,
        )  # fmt: skip
        report.count("created", "conversations")
    elif conv.client_id != client.id:
        report.warnings.append(f"Conversation {uid} belongs to another client; skipped.")
        return {}
    else:
        report.count("unchanged", "conversations")
    assert conv.id is not None
    for k, m in enumerate(_opt(raw, "messages", [])):
        mwhere = f"{where}.messages[{k}]"
        muid = _req(m, "uid", str, mwhere)
        content = _req(m, "content", str, mwhere)
        status = _enum(MessageStatus, m.get("status"), MessageStatus.COMPLETE)
        if status == MessageStatus.STREAMING:
            status = MessageStatus.INTERRUPTED
        existing = repo.get_message_by_uid(muid)
        if existing is None:
            repo.add_message(
                conv.id,
                _enum(Role, m.get("role"), Role.USER),
                content,
                status=status,
                task=_enum(Task, m.get("task"), None),
                model=str(_opt(m, "model", "")),
                metadata=m.get("metadata") if isinstance(m.get("metadata"), dict) else {},
                error=str(_opt(m, "error", "")),
                input_tokens=_int_or_none(m.get("input_tokens")),
                output_tokens=_int_or_none(m.get("output_tokens")),
                cost_microusd=_int_or_none(m.get("cost_microusd")),
                uid=muid,
                created_at=m.get("created_at") or None,
            )
            report.count("created", "messages")
        elif existing.content != content or existing.status != status:
            assert existing.id is not None
            repo.finish_message(
                existing.id, content=content, status=status, error=str(_opt(m, "error", "")),
                input_tokens=existing.input_tokens, output_tokens=existing.output_tokens,
                cost_microusd=existing.cost_microusd,
            )  # fmt: skip
            report.count("updated", "messages")
        else:
            report.count("unchanged", "messages")
    # Keep the exported flags and activity time, not the import time.
    db.execute(
        "UPDATE conversations SET title = ?, archived = ?, pinned = ?, "
        "updated_at = coalesce(?, updated_at) WHERE id = ?",
        [
            str(_opt(raw, "title", conv.title)), 1 if raw.get("archived") else 0,
            1 if raw.get("pinned") else 0, raw.get("updated_at"), conv.id,
        ],
    )  # fmt: skip
    return {uid: conv.id}


def _import_entry(
    ws: Workspace,
    client: Client,
    raw: Any,
    conv_ids: dict[str, int],
    where: str,
    report: ImportReport,
) -> dict[str, int]:
    db = ws.store.db
    uid = _req(raw, "uid", str, where)
    row = db.execute("SELECT id FROM time_entries WHERE uid = ?", [uid]).fetchone()
    if row is not None:
        report.count("unchanged", "time entries")
        return {uid: int(row[0])}
    assert client.id is not None
    entry = ws.store.billing.add_entry(
        client.id,
        _req(raw, "minutes", int, where),
        str(_opt(raw, "description", "")),
        rate_minor=_req(raw, "rate_minor", int, where),
        currency=_req(raw, "currency", str, where),
        work_date=_req(raw, "work_date", str, where),
        conversation_id=conv_ids.get(str(raw.get("conversation_uid") or "")),
        uid=uid,
        created_at=raw.get("created_at") or None,
    )
    report.count("created", "time entries")
    assert entry.id is not None
    return {uid: entry.id}


def _import_invoice(
    ws: Workspace,
    client: Client,
    raw: Any,
    entry_ids: dict[str, int],
    where: str,
    report: ImportReport,
) -> None:
    db = ws.store.db
    uid = _req(raw, "uid", str, where)
    if db.execute("SELECT 1 FROM invoices WHERE uid = ?", [uid]).fetchone():
        report.count("unchanged", "invoices")
        return
    status = _enum(InvoiceStatus, raw.get("status"), None)
    if status is None:
        raise _Bad(f"The export is malformed: {where}.status is not an invoice status.")
    currency = _req(raw, "currency", str, where)
    tax_rate = str(_opt(raw, "tax_rate", "0"))
    try:
        Decimal(tax_rate)
    except InvalidOperation:
        raise _Bad(f"The export is malformed: {where}.tax_rate is not a number.") from None
    assert client.id is not None
    invoice_id = insert_row(
        db,
        "invoices",
        {
            "uid": uid, "client_id": client.id, "status": "draft", "currency": currency,
            "tax_rate": tax_rate, "payment_terms": str(_opt(raw, "payment_terms", "")),
            "notes": str(_opt(raw, "notes", "")), "due_date": raw.get("due_date"),
            "created_at": raw.get("created_at") or now_iso(),
        },
    )  # fmt: skip
    for k, line in enumerate(_opt(raw, "lines", [])):
        lwhere = f"{where}.lines[{k}]"
        db.table("invoice_lines").insert(
            {
                "invoice_id": invoice_id,
                "position": _req(line, "position", int, lwhere),
                "description": str(_opt(line, "description", "")),
                "quantity": str(_req(line, "quantity", str, lwhere)),
                "unit_price_minor": _req(line, "unit_price_minor", int, lwhere),
                "amount_minor": _req(line, "amount_minor", int, lwhere),
                "time_entry_id": entry_ids.get(str(line.get("time_entry_uid") or "")),
            }
        )
    db.execute(
        "UPDATE invoices SET subtotal_minor = ?, tax_minor = ?, total_minor = ? WHERE id = ?",
        [
            _req(raw, "subtotal_minor", int, where), _req(raw, "tax_minor", int, where),
            _req(raw, "total_minor", int, where), invoice_id,
        ],
    )  # fmt: skip
    updated = str(raw.get("updated_at") or raw.get("created_at") or now_iso())
    if status != InvoiceStatus.DRAFT:
        try:
            db.execute(
                "UPDATE invoices SET status = 'issued', series = ?, seq = ?, number = ?, "
                "issue_date = ?, seller = ?, buyer = ?, updated_at = ? WHERE id = ?",
                [
                    str(_opt(raw, "series", "")), _req(raw, "seq", int, where),
                    _req(raw, "number", str, where), _req(raw, "issue_date", str, where),
                    dump_json(raw.get("seller") or {}), dump_json(raw.get("buyer") or {}),
                    updated, invoice_id,
                ],
            )  # fmt: skip
        except sqlite3.IntegrityError as exc:
            raise ServiceError(
                f"Invoice {raw.get('number')} cannot be imported ({exc}); nothing was changed."
            ) from None
        if status == InvoiceStatus.PAID:
            db.execute(
                "UPDATE invoices SET status = 'paid', paid_date = ?, updated_at = ? WHERE id = ?",
                [raw.get("paid_date") or raw.get("issue_date"), updated, invoice_id],
            )
        elif status == InvoiceStatus.VOID:
            db.execute(
                "UPDATE invoices SET status = 'void', void_reason = ?, updated_at = ? WHERE id = ?",
                [str(raw.get("void_reason") or "voided"), updated, invoice_id],
            )
    else:
        db.execute("UPDATE invoices SET updated_at = ? WHERE id = ?", [updated, invoice_id])
    report.count("created", "invoices")


def _enum(kind: Any, value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
