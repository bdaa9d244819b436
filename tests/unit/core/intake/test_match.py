"""Sender to client matching."""

from __future__ import annotations

import pytest

from consultant.core.intake import PUBLIC_MAIL_DOMAINS, is_public_domain, match_client

CONTACTS = {"jane@gmail.com": 1, "bob@acme.example": 2}
DOMAINS = {"acme.example": 3, "registry.gov.example": 4, "gmail.com": 9}


def test_contact_wins_over_domain() -> None:
    result = match_client("  Bob@ACME.example ", CONTACTS, DOMAINS)
    assert (result.client_id, result.kind, result.matched) == (2, "contact", "bob@acme.example")


def test_domain_and_subdomain() -> None:
    assert match_client("x@acme.example", CONTACTS, DOMAINS).client_id == 3
    result = match_client("x@mail.Acme.example", CONTACTS, DOMAINS)
    assert (result.client_id, result.kind, result.matched) == (3, "domain", "acme.example")


def test_public_domain_never_matches_by_domain() -> None:
    assert match_client("stranger@gmail.com", CONTACTS, DOMAINS).client_id is None
    assert match_client("jane@GMAIL.com", CONTACTS, DOMAINS).client_id == 1


@pytest.mark.parametrize("address", ["", "not-an-address", "@", "x@"])
def test_invalid_addresses(address: str) -> None:
    result = match_client(address, CONTACTS, DOMAINS)
    assert result.client_id is None and result.kind == "none"


@pytest.mark.parametrize(
    "domain", ["gmail.com", "GMAIL.COM", "yahoo.co.uk", "gmx.de", "web.de", "proton.me", "qq.com"]
)
def test_public_domains(domain: str) -> None:
    assert is_public_domain(domain)


@pytest.mark.parametrize("domain", ["acme.example", "", "gmail.com.evil.example"])
def test_not_public_domains(domain: str) -> None:
    assert not is_public_domain(domain)


def test_list_contains_required_providers() -> None:
    assert {"outlook.com", "hotmail.com", "icloud.com", "mail.ru", "163.com"} <= PUBLIC_MAIL_DOMAINS
