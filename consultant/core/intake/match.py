"""Match a sender address to a client: by contact address first, then by claimed domain.

Address and domain normalisation and the public-provider list live in
``consultant.core.domains``; they are re-exported here for older imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from consultant.core.domains import (
    PUBLIC_MAIL_DOMAINS,
    domain_of,
    is_public_domain,
    is_public_suffix,
    normalize_domain,
    normalize_email,
)

__all__ = [
    "PUBLIC_MAIL_DOMAINS",
    "ClientMatcher",
    "MatchResult",
    "email_domain",
    "is_public_domain",
    "match_client",
    "normalize_email",
]

MatchKind = Literal["contact", "domain", "none"]


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Which client a sender belongs to, and why."""

    client_id: int | None
    kind: MatchKind
    matched: str = ""  # the contact address or the claimed domain that matched

    @property
    def matched_any(self) -> bool:
        return self.client_id is not None


def _ascii_domain(domain: str) -> str:
    """An internationalised domain in its ASCII (IDNA) form; others unchanged."""
    domain = domain.strip().rstrip(".").lstrip("@")
    if domain.isascii():
        return domain
    try:
        return domain.casefold().encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def _sender_address(address: str) -> str | None:
    """``normalize_email`` after removing ``mailto:`` and IDNA-encoding the domain."""
    address = address.strip().strip("<>").strip()
    if address[:7].lower() == "mailto:":
        address = address[7:]
    local, at, domain = address.rpartition("@")
    if at and not domain.isascii():
        address = f"{local}@{_ascii_domain(domain)}"
    return normalize_email(address)


def email_domain(address: str) -> str:
    """The normalised domain of an address, or ``""`` when it is not an address."""
    return domain_of(_sender_address(address) or "") or ""


class ClientMatcher:
    """The matching rule of :func:`match_client`, with the claimed domains normalised
    once, for many lookups against the same clients (a mail sync or import)."""

    def __init__(self, contacts: Mapping[str, int], domains: Mapping[str, int]) -> None:
        self.contacts = contacts
        self.domains: dict[str, int] = {}
        for claimed, cid in domains.items():
            key = normalize_domain(_ascii_domain(claimed))
            if key is not None:
                self.domains[key] = cid

    def match(self, sender_email: str) -> MatchResult:
        address = _sender_address(sender_email)
        if address is None:
            return MatchResult(None, "none")
        client = self.contacts.get(address)
        if client is not None:
            return MatchResult(client, "contact", address)
        domain = address.rsplit("@", 1)[1]
        if is_public_domain(domain):
            return MatchResult(None, "none")
        labels = domain.split(".")
        for k in range(len(labels) - 1):
            candidate = ".".join(labels[k:])
            # A public provider or suffix (co.uk) claimed before that was refused matches
            # nothing: it would file every company's mail under one client.
            if candidate in PUBLIC_MAIL_DOMAINS or is_public_suffix(candidate):
                break
            client = self.domains.get(candidate)
            if client is not None:
                return MatchResult(client, "domain", candidate)
        return MatchResult(None, "none")


def match_client(
    sender_email: str,
    contacts: Mapping[str, int],
    domains: Mapping[str, int],
) -> MatchResult:
    """Find the client of ``sender_email``.

    ``contacts`` maps normalised (lower-case) addresses to client ids; ``domains`` maps
    claimed domains to client ids. An exact contact wins; then the most specific claimed
    domain (``mail.acme.com`` falls under ``acme.com``). Public mail domains never match a
    domain claim, even if one was stored by mistake.
    """
    return ClientMatcher(contacts, domains).match(sender_email)
