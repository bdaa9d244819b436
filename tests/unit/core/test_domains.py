from __future__ import annotations

import pytest

from consultant.core.domains import (
    domain_of,
    is_public_domain,
    normalize_domain,
    normalize_email,
)


def test_normalize_email() -> None:
    assert normalize_email("  Jane.Doe@Example.ORG ") == "jane.doe@example.org"
    assert normalize_email("<bob@acme.co.uk>") == "bob@acme.co.uk"
    for bad in ["", "no-at-sign", "a@b", "a b@c.com", "@acme.org", "x@" + "a" * 300 + ".com"]:
        assert normalize_email(bad) is None, bad


def test_normalize_domain() -> None:
    assert normalize_domain("@Acme-Health.org.") == "acme-health.org"
    assert normalize_domain("not a domain") is None
    assert domain_of("x@Mail.Acme.org") == "mail.acme.org"


@pytest.mark.parametrize("domain", ["gmail.com", "GMAIL.COM", "mx.outlook.com", "yahoo.co.uk"])
def test_public_domains(domain: str) -> None:
    assert is_public_domain(domain)


def test_company_domain_is_not_public() -> None:
    assert not is_public_domain("acme-health.org")
    assert not is_public_domain("com")
