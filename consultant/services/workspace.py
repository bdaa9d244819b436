"""The workspace: one open data folder and the use cases front ends call.

Front ends (the Qt app, the CLI) hold one ``Workspace``. It owns the single
writing ``Store`` of the process and turns user text (rates such as ``"120.00"``,
currency codes, names) into checked values, so both front ends share one set of
rules and one set of error messages. Errors are ``ServiceError`` subclasses whose
text is a sentence for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from consultant.core import paths
from consultant.core.billing_identity import (
    IdentityError,
    check_vat_id,
    normalize_country,
    normalize_language,
)
from consultant.core.domains import normalize_email
from consultant.core.errors import ServiceError
from consultant.core.models import Client, Conversation, Message, PrivacyPolicy, SearchHit
from consultant.core.money import MoneyError, normalize_currency, parse_amount
from consultant.store import Conflict, NewerDatabaseError, NotFound, SearchFilter, Store

__all__ = [
    "Conflict",
    "NewerDatabaseError",
    "NotFound",
    "SearchQuery",
    "ServiceError",
    "Workspace",
]


@dataclass(slots=True)
class SearchQuery:
    text: str
    client: str | None = None  # a client name
    client_id: int | None = None
    task: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 50


class Workspace:
    """A data folder opened for use."""

    def __init__(self, store: Store, home: Path) -> None:
        self.store = store
        self.home = home

    @classmethod
    def open(cls, home: Path | None = None) -> Workspace:
        folder = Path(home) if home is not None else paths.data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError(
                f"Cannot create the data folder {folder}: {exc.strerror or exc}."
            ) from None
        return cls(Store.open(folder / paths.DB_FILENAME), folder)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db_path(self) -> Path:
        return self.store.path

    # -- clients -------------------------------------------------------------
    def client_fields(
        self,
        *,
        organization: str | None = None,
        notes: str | None = None,
        tone: str | None = None,
        glossary: str | None = None,
        rate: str | None = None,
        currency: str | None = None,
        privacy: str | None = None,
        redact_always: str | None = None,
        redact_never: str | None = None,
        current_currency: str | None = None,
        legal_name: str | None = None,
        billing_address: str | None = None,
        country: str | None = None,
        vat_id: str | None = None,
        tax_id: str | None = None,
        billing_email: str | None = None,
        billing_contact: str | None = None,
        payment_days: str | None = None,
        invoice_language: str | None = None,
        buyer_reference: str | None = None,
    ) -> dict[str, Any]:
        """Check user-entered client fields; only the given ones are returned."""
        fields: dict[str, Any] = {}
        for key, value in (
            ("organization", organization), ("notes", notes), ("tone", tone),
            ("glossary", glossary), ("redact_always", redact_always),
            ("redact_never", redact_never), ("legal_name", legal_name),
            ("billing_contact", billing_contact), ("buyer_reference", buyer_reference),
            ("tax_id", tax_id),
        ):  # fmt: skip
            if value is not None:
                fields[key] = value.strip() if key not in ("notes", "glossary") else value
        if billing_address is not None:
            # "\n" typed on a command line separates lines too
            text = billing_address.replace("\\n", "\n")
            lines = [" ".join(line.split()) for line in text.splitlines()]
            fields["billing_address"] = "\n".join(line for line in lines if line)
        try:
            if country is not None:
                fields["country"] = normalize_country(country)
            if vat_id is not None:
                fields["vat_id"] = check_vat_id(vat_id).value
            if invoice_language is not None:
                fields["invoice_language"] = normalize_language(invoice_language)
        except IdentityError as exc:
            raise ServiceError(str(exc)) from None
        if billing_email is not None:
            email = billing_email.strip()
            if email:
                normalized = normalize_email(email)
                if normalized is None:
                    raise ServiceError(f"Billing e-mail: “{email}” is not an e-mail address.")
                email = normalized
            fields["billing_email"] = email
        if payment_days is not None:
            text = str(payment_days).strip()
            if not text:
                fields["payment_days"] = None
            elif not text.isdigit() or not 0 <= int(text) <= 365:
                raise ServiceError(
                    f"“{text}” is not a number of payment days; use a whole number from 0 "
                    "to 365 (0: due on receipt)."
                )
            else:
                fields["payment_days"] = int(text)
        try:
            cur = normalize_currency(currency) if currency is not None else None
        except MoneyError as exc:
            raise ServiceError(str(exc)) from None
        if cur is not None:
            fields["currency"] = cur
        if rate is not None:
            rate_currency = cur or current_currency or "EUR"
            try:
                fields["hourly_rate_minor"] = parse_amount(rate, rate_currency)
            except MoneyError as exc:
                raise ServiceError(f"Hourly rate: {exc}") from None
        if privacy is not None:
            try:
                fields["privacy"] = PrivacyPolicy(privacy.strip().lower().replace("-", "_"))
            except ValueError:
                raise ServiceError(
                    f"“{privacy}” is not a privacy policy; use cloud, redact or local_only."
                ) from None
        return fields

    def add_client(self, name: str, **user_fields: str | None) -> Client:
        return self.store.clients.add(name, **self.client_fields(**user_fields))

    def edit_client(
        self, name: str, new_name: str | None = None, **user_fields: str | None
    ) -> Client:
        client = self.client(name)
        assert client.id is not None
        fields = self.client_fields(current_currency=client.currency, **user_fields)
        return self.store.clients.update(client.id, name=new_name, **fields)

    def client(self, name: str) -> Client:
        return self.store.clients.require(name)

    def clients(self, *, include_archived: bool = False, text: str = "") -> list[Client]:
        return self.store.clients.all(include_archived=include_archived, text=text)

    def archive_client(self, name: str, archived: bool = True) -> Client:
        client = self.client(name)
        assert client.id is not None
        return self.store.clients.set_archived(client.id, archived)

    def delete_client(self, name: str) -> Path:
        """Delete a client with all its history, after a backup (returned)."""
        client = self.client(name)
        assert client.id is not None
        backup = self.store.backup()
        self.store.clients.delete(client.id)
        return backup

    def add_contact(self, client_name: str, email: str, name: str = "", role: str = "") -> Client:
        client = self.client(client_name)
        assert client.id is not None
        self.store.clients.add_contact(client.id, email, name, role)
        return self.store.clients.get(client.id)

    def remove_contact(self, email: str) -> None:
        if not self.store.clients.remove_contact(email):
            raise NotFound(f"There is no contact {email.strip()}.")

    def add_domain(self, client_name: str, domain: str) -> Client:
        client = self.client(client_name)
        assert client.id is not None
        self.store.clients.add_domain(client.id, domain)
        return self.store.clients.get(client.id)

    def remove_domain(self, domain: str) -> None:
        if not self.store.clients.remove_domain(domain):
            raise NotFound(f"No client claims the domain {domain.strip()}.")

    # -- conversations -------------------------------------------------------
    def conversation(self, conversation_id: int) -> Conversation:
        return self.store.conversations.get(conversation_id)

    def messages(self, conversation_id: int) -> list[Message]:
        return self.store.conversations.messages(conversation_id)

    # -- search --------------------------------------------------------------
    def search(self, query: SearchQuery) -> list[SearchHit]:
        client_id = query.client_id
        if query.client:
            client = self.client(query.client)
            client_id = client.id
        filters = SearchFilter(
            client_id=client_id, task=query.task, since=query.since, until=query.until
        )
        return self.store.search.messages(query.text, filters, limit=query.limit)

    # -- files ---------------------------------------------------------------
    def backup(self) -> Path:
        return self.store.backup()
