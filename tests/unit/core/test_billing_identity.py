"""VAT id checks lean on python-stdnum internals (pinned exactly): catch a release
that moves them, and check the three outcomes a VAT id can have."""

from __future__ import annotations

import pytest

from consultant.core.billing_identity import (
    IdentityError,
    _vat_module,
    check_vat_id,
    refuse_control_characters,
)


@pytest.mark.parametrize("prefix", ["DE", "FR", "AT", "NL", "EL"])
def test_the_private_country_lookup_still_finds_the_vat_modules(prefix: str) -> None:
    module = _vat_module(prefix)
    assert module is not None and callable(getattr(module, "validate", None))


def test_valid_doubtful_and_malformed_vat_ids() -> None:
    assert check_vat_id("de 136 695 976").value == "DE136695976"
    assert check_vat_id("de 136 695 976").warning == ""
    doubtful = check_vat_id("DE123456789")  # right shape, wrong check digit
    assert doubtful.value == "DE123456789" and "check digit" in doubtful.warning
    assert check_vat_id("GR094014201").value == "EL094014201"
    with pytest.raises(IdentityError, match="not a valid DE VAT id"):
        check_vat_id("DE12")


def test_control_characters_are_named() -> None:
    refuse_control_characters("line one\nline two", "address", allowed="\n")
    with pytest.raises(IdentityError, match=r"U\+000B"):
        refuse_control_characters("a\x0bb", "name")
