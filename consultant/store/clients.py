"""Clients, their contacts and the mail domains they claim."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from sqlite_utils import Database

from consultant.core.billing_identity import (
    IdentityError,
    check_vat_id,
    normalize_country,
    normalize_language,
)
from consultant.core.domains import claim_refusal, normalize_domain, normalize_email
from consultant.core.errors import StoreError
from consultant.core.models import Client, Contact, PrivacyPolicy
from consultant.core.money import MoneyError, normalize_currency
from consultant.store.db import now_iso
from consultant.store.rows import insert_row, parse_ts, update_row

CLIENT_FIELDS = (
    "organization", "notes", "tone", "glossary", "hourly_rate_minor", "currency",
    "privacy", "archived", "redact_always", "redact_never",
    # billing identity (migration 0005)
    "legal_name", "billing_address", "country", "vat_id", "tax_id", "billing_email",
    "billing_contact", "payment_days", "invoice_language", "buyer_reference",
    # migration 0006
    "default_model",
)  # fmt: skip
MAX_TEXT = 200_000


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    pass


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise StoreError("A client needs a name.")
    if len(cleaned) > 200:
        raise StoreError("A client name can be at most 200 characters.")
    return cleaned


def _client_from_row(row: dict[str, Any]) -> Client:
    return Client(
        id=row["id"],
        uid=row["uid"],
        name=row["name"],
        organization=row["organization"],
        notes=row["notes"],
        tone=row["tone"],
        glossary=row["glossary"],
        hourly_rate_minor=row["hourly_rate_minor"],
        redact_always=row["redact_always"],
        redact_never=row["redact_never"],
        legal_name=row["legal_name"],
        billing_address=row["billing_address"],
        country=row["country"],
        vat_id=row["vat_id"],
        tax_id=row["tax_id"],
        billing_email=row["billing_email"],
        billing_contact=row["billing_contact"],
        payment_days=row["payment_days"],
        invoice_language=row["invoice_language"],
        buyer_reference=row["buyer_reference"],
        default_model=row["default_model"],
        currency=row["currency"],
        privacy=PrivacyPolicy(row["privacy"]),
        archived=bool(row["archived"]),
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
    )


def _check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in CLIENT_FIELDS:
            raise ValueError(f"unknown client field {key}")
        if key == "currency":
            try:
                value = normalize_currency(value)
            except MoneyError as exc:
                raise StoreError(str(exc)) from None
        elif key == "privacy":
            try:
                value = PrivacyPolicy(value).value
            except ValueError:
                raise StoreError(
                    f"“{value}” is not a privacy policy; use cloud, redact or local_only."
                ) from None
        elif key == "hourly_rate_minor":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise StoreError("The hourly rate must be zero or more.")
        elif key == "archived":
            value = 1 if value else 0
        elif key in ("country", "vat_id", "invoice_language", "payment_days"):
            value = _billing_field(key, value)
        else:
            value = str(value or "")
            if len(value) > MAX_TEXT:
                raise StoreError(f"The {key} text is too long (over {MAX_TEXT} characters).")
        out[key] = value
    return out


def _billing_field(key: str, value: Any) -> Any:
    try:
        if key == "country":
            return normalize_country(str(value or ""))
        if key == "vat_id":
            return check_vat_id(str(value or "")).value
        if key == "invoice_language":
            return normalize_language(str(value or ""))
    except IdentityError as exc:
        raise StoreError(str(exc)) from None
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
        raise StoreError("Payment days must be a whole number from 0 to 365.")
    return value


class ClientRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- clients -----------------------------------------------------------
    def add(
        self, name: str, *, uid: str | None = None, created_at: str | None = None, **fields: Any
    ) -> Client:
        cleaned = clean_name(name)
        values = _check_fields(fields)
        existing = self.find(cleaned)
        if existing is not None:
            raise Conflict(f"A client named “{existing.name}” already exists.")
        now = created_at or now_iso()
        row = {
            "uid": uid or str(uuid.uuid4()),
            "name": cleaned,
            "name_key": name_key(cleaned),
            "created_at": now,
            "updated_at": now,
            **values,
        }
        try:
            with self.db.atomic():
                client_id = insert_row(self.db, "clients", row)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc, cleaned)) from None
        return self.get(int(client_id))

    def update(self, client_id: int, *, name: str | None = None, **fields: Any) -> Client:
        current = self.get(client_id)
        values = _check_fields(fields)
        if name is not None:
            cleaned = clean_name(name)
            other = self.find(cleaned)
            if other is not None and other.id != client_id:
                raise Conflict(f"A client named “{other.name}” already exists.")
            values["name"] = cleaned
            values["name_key"] = name_key(cleaned)
        if not values:
            return current
        values["updated_at"] = now_iso()
        try:
            with self.db.atomic():
                update_row(self.db, "clients", client_id, values)
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc, values.get("name", current.name))) from None
        return self.get(client_id)

    def get(self, client_id: int) -> Client:
        rows = list(self.db.query("SELECT * FROM clients WHERE id = ?", [client_id]))
        if not rows:
            raise NotFound(f"There is no client with id {client_id}.")
        client = _client_from_row(rows[0])
        client.contacts = self.contacts(client_id)
        client.domains = self.domains(client_id)
        return client

    def get_by_uid(self, uid: str) -> Client | None:
        rows = list(self.db.query("SELECT id FROM clients WHERE uid = ?", [uid]))
        return self.get(rows[0]["id"]) if rows else None

    def find(self, name: str) -> Client | None:
        """The client with this name (trimmed, case-insensitive), or None."""
        key = name_key(name or "")
        rows = list(self.db.query("SELECT id FROM clients WHERE name_key = ?", [key]))
        return self.get(rows[0]["id"]) if rows else None

    def require(self, name: str) -> Client:
        client = self.find(name)
        if client is None:
            raise NotFound(f"There is no client named “{name}”. See `consultant client list`.")
        return client

    def all(self, *, include_archived: bool = False, text: str = "") -> list[Client]:
        sql = "SELECT * FROM clients"
        where: list[str] = []
        params: list[Any] = []
        if not include_archived:
            where.append("archived = 0")
        if text.strip():
            where.append("(name LIKE ? ESCAPE '\\' OR organization LIKE ? ESCAPE '\\')")
            pattern = "%" + _like_escape(text.strip()) + "%"
            params += [pattern, pattern]
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY name_key"
        clients = [_client_from_row(r) for r in self.db.query(sql, params)]
        by_id = {c.id: c for c in clients}
        for r in self.db.query("SELECT * FROM contacts ORDER BY name, email"):
            if r["client_id"] in by_id:
                by_id[r["client_id"]].contacts.append(
                    Contact(r["id"], r["client_id"], r["email"], r["name"], r["role"])
                )
        for r in self.db.query("SELECT domain, client_id FROM client_domains ORDER BY domain"):
            if r["client_id"] in by_id:
                by_id[r["client_id"]].domains.append(r["domain"])
        return clients

    def set_archived(self, client_id: int, archived: bool) -> Client:
        return self.update(client_id, archived=archived)

    def delete(self, client_id: int) -> None:
        """Delete a client and all its history (the caller confirms and backs up first)."""
        self.get(client_id)
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM invoices WHERE client_id = ? AND status = 'draft'", [client_id]
            )
            issued = self.db.execute(
                "SELECT count(*) FROM invoices WHERE client_id = ?", [client_id]
            ).fetchone()[0]
            if issued:
                raise Conflict("This client has issued invoices; archive the client instead.")
            self.db.execute("DELETE FROM time_entries WHERE client_id = ?", [client_id])
            self.db.execute(
                "DELETE FROM messages WHERE conversation_id IN "
                "(SELECT id FROM conversations WHERE client_id = ?)",
                [client_id],
            )
            self.db.execute("DELETE FROM conversations WHERE client_id = ?", [client_id])
            self.db.execute("DELETE FROM clients WHERE id = ?", [client_id])

    # -- contacts ----------------------------------------------------------
    def contacts(self, client_id: int) -> list[Contact]:
        return [
            Contact(r["id"], r["client_id"], r["email"], r["name"], r["role"])
            for r in self.db.query(
                "SELECT * FROM contacts WHERE client_id = ? ORDER BY name, email", [client_id]
            )
        ]

    def add_contact(self, client_id: int, email: str, name: str = "", role: str = "") -> Contact:
        self.get(client_id)
        address = normalize_email(email)
        if address is None:
            raise StoreError(f"“{email}” is not an e-mail address.")
        owner = self.contact_owner(address)
        if owner is not None and owner != client_id:
            other = self.get(owner)
            raise Conflict(f"{address} already belongs to the client “{other.name}”.")
        try:
            with self.db.atomic():
                if owner == client_id:
                    self.db.execute(
                        "UPDATE contacts SET name = ?, role = ? WHERE email = ?",
                        [name.strip(), role.strip(), address],
                    )
                else:
                    self.db.table("contacts").insert(
                        {
                            "client_id": client_id,
                            "email": address,
                            "name": name.strip(),
                            "role": role.strip(),
                            "created_at": now_iso(),
                        }
                    )
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc, address)) from None
        return next(c for c in self.contacts(client_id) if c.email == address)

    def remove_contact(self, email: str) -> bool:
        address = normalize_email(email) or (email or "").strip().lower()
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM contacts WHERE email = ?", [address])
        return cursor.rowcount > 0

    def contact_owner(self, email: str) -> int | None:
        address = normalize_email(email)
        if address is None:
            return None
        row = self.db.execute(
            "SELECT client_id FROM contacts WHERE email = ?", [address]
        ).fetchone()
        return int(row[0]) if row else None

    def contact_map(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT email, client_id FROM contacts")}

    # -- domains -----------------------------------------------------------
    def domains(self, client_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT domain FROM client_domains WHERE client_id = ? ORDER BY domain",
                [client_id],
            )
        ]

    def domain_map(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT domain, client_id FROM client_domains")}

    def add_domain(self, client_id: int, domain: str) -> str:
        self.get(client_id)
        # Judged before the syntax check, so "uk" or "рф" get the public-suffix
        # sentence rather than "not a mail domain".
        refusal = claim_refusal(domain)
        if refusal is not None:
            raise Conflict(refusal)
        cleaned = normalize_domain(domain)
        if cleaned is None:
            raise StoreError(f"“{domain}” is not a mail domain such as example.com.")
        row = self.db.execute(
            "SELECT client_id FROM client_domains WHERE domain = ?", [cleaned]
        ).fetchone()
        if row is not None:
            if row[0] == client_id:
                return cleaned
            raise Conflict(f"{cleaned} already belongs to the client “{self.get(row[0]).name}”.")
        try:
            with self.db.atomic():
                self.db.table("client_domains").insert({"domain": cleaned, "client_id": client_id})
        except sqlite3.IntegrityError as exc:
            raise Conflict(_integrity_message(exc, cleaned)) from None
        return cleaned

    def remove_domain(self, domain: str) -> bool:
        cleaned = normalize_domain(domain) or (domain or "").strip().lower()
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM client_domains WHERE domain = ?", [cleaned])
        return cursor.rowcount > 0


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _integrity_message(exc: sqlite3.IntegrityError, subject: str) -> str:
    text = str(exc)
    if "UNIQUE" in text and "clients.name" in text:
        return f"A client named “{subject}” already exists."
    if "UNIQUE" in text and "contacts.email" in text:
        return f"{subject} already belongs to another client."
    if "UNIQUE" in text and "client_domains" in text:
        return f"{subject} already belongs to another client."
    if "public mail domain" in text:
        return f"{subject} is a public mail provider; it cannot belong to one client."
    return f"The change was refused by the database ({text})."
