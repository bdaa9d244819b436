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
from consultant.core.models import (
    AuditEntry,
    Client,
    Conversation,
    Message,
    PrivacyPolicy,
    SearchHit,
    Task,
)
from consultant.core.money import MoneyError, normalize_currency, parse_amount
from consultant.core.settings import Settings
from consultant.llm.errors import ConfigurationError
from consultant.llm.providers import is_local_choice, resolve_model
from consultant.store import Conflict, NewerDatabaseError, NotFound, SearchFilter, Store

__all__ = [
    "Conflict",
    "ModelPick",
    "NewerDatabaseError",
    "NotFound",
    "SearchQuery",
    "ServiceError",
    "Workspace",
    "is_local_ref",
    "local_model_refs",
    "pick_model",
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


@dataclass(frozen=True, slots=True)
class ModelPick:
    """The model a conversation shows: ``ref`` ("" for none) and, when none could be
    chosen for a reason the user should know, the sentence saying so."""

    ref: str
    notice: str = ""


def is_local_ref(settings: Settings, ref: str) -> bool:
    """Whether ``ref`` runs on this computer (a local model file, or a server declared
    ``local_inference`` on a loopback address): what a ``local_only`` client may use."""
    try:
        return is_local_choice(resolve_model(settings, ref))
    except ConfigurationError:
        return False


def local_model_refs(settings: Settings, refs: list[str]) -> list[str]:
    """The references among ``refs`` that a ``local_only`` client may use, in order."""
    return [ref for ref in refs if is_local_ref(settings, ref)]


def pick_model(
    settings: Settings,
    refs: list[str],
    *,
    task: Task = Task.CHAT,
    conversation_model: str = "",
    client: Client | None = None,
) -> ModelPick:
    """The model a conversation starts on, from what is offered (``refs``).

    In order: the conversation's own choice, the client's default model, the
    settings' model for the task (or their default). A ``local_only`` client takes
    only models that run on this computer: when none of those is local, the first
    local model offered; when there is none, no model and a sentence saying why —
    never silently a cloud model.
    """
    local_only = client is not None and client.privacy is PrivacyPolicy.LOCAL_ONLY
    from consultant.services.models import default_model_ref

    candidates = [
        conversation_model,
        client.default_model if client is not None else "",
        default_model_ref(settings, task),  # the one rule (services.models)
    ]
    for ref in candidates:
        if ref and ref in refs and (not local_only or is_local_ref(settings, ref)):
            return ModelPick(ref)
    if not local_only:
        return ModelPick("")
    local = local_model_refs(settings, refs)
    if local:
        return ModelPick(local[0])
    name = client.name if client is not None else "This client"
    return ModelPick(
        "",
        f"{name} is local-only, and no model that runs on this computer is set up: add "
        f"Ollama or a local model file in Settings → Models (nothing is sent to a cloud "
        f"model for this client).",
    )


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
        default_model: str | None = None,
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
        if default_model is not None:
            ref = default_model.strip()
            if ref and ("/" not in ref or ref.startswith("/") or ref.endswith("/")):
                raise ServiceError(
                    f"“{ref}” is not a model reference; use <provider>/<model>, e.g. "
                    "ollama/llama3, or leave it empty for the default model."
                )
            fields["default_model"] = ref
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

    def client_by_id(self, client_id: int) -> Client:
        return self.store.clients.get(client_id)

    def clients(self, *, include_archived: bool = False, text: str = "") -> list[Client]:
        return self.store.clients.all(include_archived=include_archived, text=text)

    def set_client_archived(self, client_id: int, archived: bool = True) -> Client:
        """Archive (or restore) the client with this id."""
        return self.store.clients.set_archived(client_id, archived)

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

    def conversations(
        self, client_id: int, *, include_archived: bool = False, kind: str | None = None
    ) -> list[Conversation]:
        """A client's conversations: pinned first, then newest activity first;
        ``kind`` "chat" or "mail" (a thread of synced or imported e-mail) filters."""
        return self.store.conversations.list_for_client(
            client_id, include_archived=include_archived, kind=kind
        )

    def new_conversation(
        self, client_id: int, title: str = "", task: Task = Task.CHAT, model: str = ""
    ) -> Conversation:
        """Start a conversation for the client (the desktop's "New conversation",
        ``consultant ask`` without ``--conversation``)."""
        return self.store.conversations.create(client_id, title=title, task=task, model=model)

    def update_conversation(
        self,
        conversation_id: int,
        *,
        title: str | None = None,
        task: Task | None = None,
        pinned: bool | None = None,
        archived: bool | None = None,
    ) -> Conversation:
        """Change only the given fields of a conversation."""
        fields: dict[str, Any] = {}
        for key, value in (
            ("title", title), ("task", task), ("pinned", pinned), ("archived", archived)
        ):  # fmt: skip
            if value is not None:
                fields[key] = value
        return self.store.conversations.update(conversation_id, **fields)

    def rename_conversation(self, conversation_id: int, title: str) -> Conversation:
        return self.update_conversation(conversation_id, title=title)

    def set_conversation_pinned(self, conversation_id: int, pinned: bool) -> Conversation:
        return self.update_conversation(conversation_id, pinned=pinned)

    def message(self, message_id: int) -> Message:
        return self.store.conversations.get_message(message_id)

    def message_count(self, conversation_id: int) -> int:
        """How many messages the conversation shows (hidden versions not counted)."""
        return self.store.conversations.message_count(conversation_id)

    def messages(self, conversation_id: int) -> list[Message]:
        return self.store.conversations.messages(conversation_id)

    def save_draft(self, conversation_id: int, text: str) -> None:
        """Keep the composer's text (a ``StoreError`` sentence when it is too large)."""
        self.store.conversations.save_draft(conversation_id, text)

    def set_conversation_task(self, conversation_id: int, task: Task) -> Conversation:
        """The task the conversation's picker shows (and its list row names)."""
        return self.store.conversations.set_state(conversation_id, task=task)

    def set_conversation_model(self, conversation_id: int, model_ref: str) -> Conversation:
        """The model the user picked for this conversation ("" for the defaults)."""
        return self.store.conversations.set_state(conversation_id, model=model_ref.strip())

    def set_conversation_archived(self, conversation_id: int, archived: bool) -> Conversation:
        return self.update_conversation(conversation_id, archived=archived)

    def delete_conversation(self, conversation_id: int) -> Path:
        """Delete one conversation with all its messages (every version), after a
        backup (returned). Time entries logged from it stay, unlinked."""
        self.store.conversations.get(conversation_id)  # NotFound: a clear sentence
        backup = self.store.backup()
        self.store.conversations.delete(conversation_id)
        return backup

    def message_versions(self, message_id: int) -> list[Message]:
        """Every version of a message's turn, oldest first (itself included)."""
        return self.store.conversations.versions(message_id)

    def version_positions(self, conversation_id: int) -> dict[int, tuple[int, int]]:
        """``{message id: (number, of how many)}`` for shown messages with versions."""
        return self.store.conversations.version_positions(conversation_id)

    def choose_version(self, message_id: int) -> Message:
        """Show (and send as history from now on) this version of its turn."""
        self.store.conversations.choose_version(message_id)
        return self.store.conversations.get_message(message_id)

    def show_message_version(self, message_id: int) -> bool:
        """Choose the versions that show ``message_id`` (e.g. a search hit in an
        earlier reply); ``False`` when it was shown already."""
        return self.store.conversations.show_path_to(message_id)

    def flip_version(self, message_id: int, step: int) -> Message | None:
        """The version ``step`` places before (-1) or after (+1) ``message_id``,
        chosen; ``None`` when there is none that way."""
        versions = self.message_versions(message_id)
        ids = [m.id for m in versions]
        at = ids.index(message_id) + step
        if not 0 <= at < len(versions) or at == ids.index(message_id):
            return None
        target = versions[at].id
        assert target is not None
        return self.choose_version(target)

    def conversation_for_email(self, key: str) -> Conversation | None:
        """The conversation opened earlier from the e-mail ``key`` (see
        ``services.intake.email_key``), if any."""
        return self.store.conversations.find_by_source(key)

    def remember_email(self, conversation_id: int, key: str) -> None:
        self.store.conversations.set_source_key(conversation_id, key)

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

    # -- audit log -----------------------------------------------------------
    def record_audit(self, entry: AuditEntry) -> int:
        """Keep one outbound model call in the audit log (the writer's thread)."""
        return self.store.audit.record(entry)

    def audit_entries(
        self, *, client_id: int | None = None, limit: int = 200
    ) -> list[AuditEntry]:
        """The newest outbound calls first; ``client_id`` narrows to one client."""
        return self.store.audit.recent(client_id=client_id, limit=limit)

    # -- files ---------------------------------------------------------------
    def backup(self) -> Path:
        return self.store.backup()
