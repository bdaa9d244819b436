"""Test helpers shared by every test package (not fixtures: see conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import keyring.backend
import keyring.errors

from consultant.core.models import AuditEntry, PrivacyPolicy

if TYPE_CHECKING:
    from consultant.llm.gateway import StreamEvent
    from consultant.llm.providers import ModelChoice


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


class RefusingKeyring(MemoryKeyring):
    """A keyring that exists but refuses to store anything (locked, denied …)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def complete(
    messages: Sequence[Mapping[str, str]],
    choice: ModelChoice,
    *,
    privacy: PrivacyPolicy | str = PrivacyPolicy.CLOUD,
    contact_names: Sequence[str] = (),
    client_id: int | None = None,
    audit: Callable[[AuditEntry], None] | None = None,
    **options: Any,
) -> Iterator[StreamEvent]:
    """``stream_completion`` for tests about streaming, errors and the wire: every
    message's text is client data of a client with ``privacy`` and these contact
    names (the real callers mark data in prompt assembly)."""
    from consultant.core.privacy import PrivacyContext, data
    from consultant.llm.gateway import stream_completion

    context = PrivacyContext(
        PrivacyPolicy(privacy), client_id=client_id, names=tuple(contact_names)
    )
    marked = [{**m, "content": data(m["content"])} if "content" in m else dict(m)
              for m in messages]  # fmt: skip
    return stream_completion(
        marked, choice, context, audit if audit is not None else _ignore, **options
    )


def _ignore(entry: AuditEntry) -> None:
    """An audit sink for tests that assert on something else."""


# -- billing identities ---------------------------------------------------------------
#: A German business with a VAT id whose check digit is right.
BUSINESS: dict[str, str] = {
    "business": "Alex Example IT", "name": "Alex Example",
    "address": "Hauptstraße 1\n10115 Berlin", "country": "DE", "vat_id": "DE136695976",
    "tax_id": "30/123/45678", "email": "alex@example.de", "phone": "+49 30 1234567",
    "iban": "DE89370400440532013000", "bic": "COBADEFFXXX",
}  # fmt: skip

#: A German client's billing fields, as ``Workspace.add_client`` takes them.
CLIENT_BILLING: dict[str, str] = {
    "legal_name": "Acme Pflegedienst GmbH", "billing_address": "Hafenstraße 5\n20095 Hamburg",
    "country": "DE", "vat_id": "DE811569869", "billing_email": "buchhaltung@acme.example",
}  # fmt: skip


def business_profile(**changes: Any) -> Any:
    """A ``Profile`` of :data:`BUSINESS`, with ``changes``."""
    from consultant.core.settings import Profile

    return Profile(**{**BUSINESS, **changes})
