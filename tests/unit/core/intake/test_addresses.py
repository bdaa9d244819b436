"""Address headers: what a sender writes in the display name never becomes the address."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant.core.intake.addresses import parse_address_list


@pytest.mark.parametrize(
    ("header", "email", "name"),
    [
        ('"Jane <jane@client.org>" <x@other.net>', "x@other.net", "Jane <jane@client.org>"),
        ('"a\\"<b@client.org>" <e@other.net>', "e@other.net", 'a"<b@client.org>'),
        ("Jane <jane@client.org>", "jane@client.org", "Jane"),
        ("Jane <jane@client.org> (work)", "jane@client.org", "Jane"),
        ('"Doe, J." <j@client.org>', "j@client.org", "Doe, J."),
    ],
)
def test_the_address_is_the_bracket_outside_quotes(header: str, email: str, name: str) -> None:
    (address,) = parse_address_list(header)
    assert (address.email, address.name) == (email, name)


def test_a_list_keeps_every_mailbox() -> None:
    parsed = parse_address_list('"Doe, J." <j@x.org>, k@y.org; "L <l@z.org>" <m@w.org>')
    assert [a.email for a in parsed] == ["j@x.org", "k@y.org", "m@w.org"]


@given(st.text(st.characters(exclude_characters="\x00\x01"), max_size=300))
def test_never_raises_and_never_invents_brackets(value: str) -> None:
    for address in parse_address_list(value):
        assert "\x00" not in address.name and "\x01" not in address.name
        assert "<" not in address.email and ">" not in address.email
