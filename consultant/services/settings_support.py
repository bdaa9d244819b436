"""Use cases behind the desktop dialogs (client editor, settings), kept out of Qt.

- :func:`save_client` saves a client together with its contacts and claimed
  domains in one transaction: either everything the form holds is stored, or
  nothing is and the caller gets a :class:`ClientFormError` naming the field.
- Provider helpers for the settings dialog (suggested models, key needs,
  unique ids) so the front end never imports ``consultant.llm``.
"""

from __future__ import annotations

from dataclasses import dataclass

from consultant.core.domains import normalize_domain, normalize_email
from consultant.core.models import Client
from consultant.core.settings import ProviderSettings, Settings
from consultant.llm import providers
from consultant.services.workspace import ServiceError, Workspace

__all__ = [
    "DEFAULT_OLLAMA_BASE",
    "ClientFormError",
    "ContactRow",
    "kind_env_var",
    "kind_needs_key",
    "provider_key_source",
    "save_client",
    "suggested_models",
    "unique_provider_id",
    "validate_provider_id",
]

DEFAULT_OLLAMA_BASE = providers.DEFAULT_OLLAMA_BASE


class ClientFormError(ServiceError):
    """A refused client form; ``field`` names the input at fault (or is ``None``)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class ContactRow:
    email: str
    name: str = ""
    role: str = ""


def save_client(
    workspace: Workspace,
    client_id: int | None,
    name: str,
    *,
    organization: str = "",
    tone: str = "",
    rate: str = "",
    currency: str = "",
    privacy: str = "cloud",
    notes: str = "",
    glossary: str = "",
    redact_always: str | None = None,
    redact_never: str | None = None,
    contacts: list[ContactRow] | None = None,
    domains: list[str] | None = None,
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
) -> Client:
    """Add (``client_id=None``) or update a client with its contacts and domains.

    Contacts and domains are the complete wanted lists: the current ones are
    diffed against them. The billing fields (``legal_name`` … ``buyer_reference``,
    as ``Workspace.client_fields`` takes them) are left as they are when ``None``.
    All or nothing (one transaction); errors are :class:`ClientFormError` with a
    sentence for the user, whose ``field`` is the parameter's name for a refused
    billing field.
    """
    store = workspace.store
    contacts = contacts or []
    domains = domains or []
    # Checks that need no writes first, so the message can point at a field.
    if not " ".join(name.split()):
        raise ClientFormError("A client needs a name.", "name")
    other = store.clients.find(name)
    if other is not None and other.id != client_id:
        raise ClientFormError(f"A client named “{other.name}” already exists.", "name")
    current = store.clients.get(client_id) if client_id is not None else None
    try:
        workspace.client_fields(currency=currency or None)
    except ServiceError as exc:
        raise ClientFormError(str(exc), "currency") from None
    rate_text = rate.strip() or "0"
    try:
        workspace.client_fields(
            rate=rate_text,
            currency=currency or None,
            current_currency=current.currency if current else None,
        )
    except ServiceError as exc:
        raise ClientFormError(str(exc), "rate") from None
    wanted_contacts: dict[str, ContactRow] = {}
    for number, row in enumerate(contacts, start=1):
        if not (row.email.strip() or row.name.strip() or row.role.strip()):
            continue
        if not row.email.strip():
            raise ClientFormError(
                f"Contact {number} ({row.name.strip()}) needs an e-mail address.", "contacts"
            )
        address = normalize_email(row.email)
        if address is None:
            raise ClientFormError(f"“{row.email.strip()}” is not an e-mail address.", "contacts")
        wanted_contacts[address] = ContactRow(address, row.name.strip(), row.role.strip())
    wanted_domains = [d.strip() for d in domains if d.strip()]
    billing: dict[str, str | None] = {
        "legal_name": legal_name, "billing_address": billing_address, "country": country,
        "vat_id": vat_id, "tax_id": tax_id, "billing_email": billing_email,
        "billing_contact": billing_contact, "payment_days": payment_days,
        "invoice_language": invoice_language, "buyer_reference": buyer_reference,
    }  # fmt: skip
    for key, value in billing.items():
        if value is None:
            continue
        try:
            workspace.client_fields(**{key: value})
        except ServiceError as exc:
            raise ClientFormError(str(exc), key) from None

    user_fields: dict[str, str | None] = {
        "organization": organization,
        "tone": tone,
        "rate": rate_text,
        "currency": currency or None,
        "privacy": privacy,
        "notes": notes,
        "glossary": glossary,
        "redact_always": redact_always,
        "redact_never": redact_never,
        **{key: value for key, value in billing.items() if value is not None},
    }
    step = "fields"
    try:
        with store.atomic():
            if current is None:
                saved = workspace.add_client(name, **user_fields)
            else:
                saved = workspace.edit_client(current.name, new_name=name, **user_fields)
            assert saved.id is not None
            step = "contacts"
            have = {c.email: c for c in store.clients.contacts(saved.id)}
            for email in have:
                if email not in wanted_contacts:
                    workspace.remove_contact(email)
            for email, row in wanted_contacts.items():
                old = have.get(email)
                if old is None or (old.name, old.role) != (row.name, row.role):
                    workspace.add_contact(saved.name, email, row.name, row.role)
            step = "domains"
            have_domains = set(store.clients.domains(saved.id))
            for domain in wanted_domains:
                workspace.add_domain(saved.name, domain)
            for domain in sorted(have_domains - _clean_domains(wanted_domains)):
                workspace.remove_domain(domain)
    except ClientFormError:
        raise
    except ServiceError as exc:
        raise ClientFormError(str(exc), None if step == "fields" else step) from None
    return store.clients.get(saved.id)


def _clean_domains(domains: list[str]) -> set[str]:
    return {d for d in (normalize_domain(x) for x in domains) if d}


# -- providers -----------------------------------------------------------------


def suggested_models(kind: str) -> list[str]:
    """Models offered for a new provider of ``kind`` (may be empty)."""
    try:
        return list(providers.SUGGESTED_MODELS.get(providers.ProviderKind(kind), ()))
    except ValueError:
        return []


def kind_needs_key(kind: str) -> bool:
    try:
        return providers.ProviderKind(kind).needs_key
    except ValueError:
        return False


def kind_env_var(kind: str) -> str | None:
    try:
        return providers.ProviderKind(kind).env_var
    except ValueError:
        return None


def provider_key_source(provider: ProviderSettings) -> str | None:
    """``"keyring"``, ``"session"``, ``"environment"`` or ``None`` (never the key)."""
    from consultant.llm import secrets

    return secrets.key_source(provider.id, kind_env_var(provider.kind))


def unique_provider_id(settings: Settings, kind: str) -> str:
    """``"openai"``, or ``"openai-2"`` … when that id is taken."""
    taken = {p.id for p in settings.providers}
    if kind not in taken:
        return kind
    number = 2
    while f"{kind}-{number}" in taken:
        number += 1
    return f"{kind}-{number}"


def validate_provider_id(settings: Settings, provider_id: str, own: ProviderSettings) -> str | None:
    """Why ``provider_id`` cannot name ``own``, or ``None`` when it can."""
    cleaned = provider_id.strip()
    if not cleaned:
        return "A provider needs an id (used in model names such as openai/gpt-4o-mini)."
    if "/" in cleaned or any(c.isspace() for c in cleaned):
        return f"“{cleaned}” cannot be a provider id: no slashes or spaces."
    for provider in settings.providers:
        if provider is not own and provider.id == cleaned:
            return f"Another provider already has the id “{cleaned}”."
    return None
