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
    ) -> dict[str, Any]:
        """Check user-entered client fields; only the given ones are returned."""
        fields: dict[str, Any] = {}
        for key, value in (
            ("organization", organization), ("notes", notes), ("tone", tone),
            ("glossary", glossary), ("redact_always", redact_always),
            ("redact_never", redact_never),
        ):  # fmt: skip
            if value is not None:
                fields[key] = value
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
