"""Redaction: stable placeholders, exact restore, and split placeholders in streams."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultant.core.redaction import Redactor, StreamRestorer, iban_is_valid, luhn_is_valid

PLACEHOLDER = re.compile(r"\[(EMAIL|PHONE|PERSON|IBAN|CARD|SSN|TOKEN)_\d+\]")


def test_examples_get_stable_placeholders() -> None:
    r = Redactor(["Jane Doe"])
    text = (
        "Jane Doe <jane.doe@acme.com> called from +49 30 1234567 and (555) 123-4567. "
        "IBAN DE89 3704 0044 0532 0130 00, card 4111-1111-1111-1111, SSN 078-05-1120. "
        "Write to jane.doe@acme.com, Jane."
    )
    out = r.redact(text)
    assert out == (
        "[PERSON_1] <[EMAIL_1]> called from [PHONE_1] and [PHONE_2]. "
        "IBAN [IBAN_1], card [CARD_1], SSN [SSN_1]. "
        "Write to [EMAIL_1], [PERSON_2]."
    )
    assert r.count == 9
    assert r.restore(out) == text


def test_same_value_same_placeholder_across_messages() -> None:
    r = Redactor()
    messages = [
        {"role": "system", "content": "Contact: bob@example.org"},
        {"role": "user", "content": "Ask bob@example.org and amy@example.org"},
    ]
    out = r.redact_messages(messages)
    assert out[0]["content"] == "Contact: [EMAIL_1]"
    assert out[1]["content"] == "Ask [EMAIL_1] and [EMAIL_2]"
    assert out[1]["role"] == "user"
    assert messages[0]["content"] == "Contact: bob@example.org"  # input untouched


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 2026-0007 dated 2026-01-15 for 1234567 EUR",
        "Order number 12345678, version 3.11.7, port 11434",
        "Card-like but not Luhn: 4111 1111 1111 1112",
        "IBAN-like but wrong checksum: DE00 3704 0044 0532 0130 00",
        "Meet at 10:30 on 15.01.2026",
    ],
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    r = Redactor()
    assert r.redact(text) == text
    assert r.count == 0


def test_names_are_case_insensitive_whole_words_only() -> None:
    r = Redactor(["Ann Lee", "Al"])
    out = r.redact("ANN said Annual plans; ask Lee. Al is short, Alice is not Al.")
    assert out == (
        "[PERSON_1] said Annual plans; ask [PERSON_2]. [PERSON_3] is short, Alice is not "
        "[PERSON_3]."
    )
    # Parts shorter than three letters are not masked on their own (too many false hits),
    # but a whole contact name of two letters is.
    r2 = Redactor(["Jo Smith"])
    assert r2.redact("Jo Smith, Jo, Smith") == "[PERSON_1], Jo, [PERSON_2]"


def test_literal_placeholders_in_input_survive_the_round_trip() -> None:
    r = Redactor()
    text = "Template uses [EMAIL_1] and a@b.io"
    out = r.redact(text)
    assert out == "Template uses [TOKEN_1] and [EMAIL_1]"
    assert r.restore(out) == text
    assert r.count == 1


def test_unknown_placeholders_are_left_as_they_are() -> None:
    r = Redactor()
    r.redact("x@y.com")
    assert r.restore("[EMAIL_1] [EMAIL_2] [FOO_1]") == "x@y.com [EMAIL_2] [FOO_1]"


def test_stream_restorer_handles_placeholders_split_across_chunks() -> None:
    r = Redactor()
    r.redact("mail x@y.com or call +1 212 555 0199")
    sr = StreamRestorer(r)
    chunks = ["Write to [EM", "AIL_", "1] now, [", "PHONE_1", "] or [", "not a token] [EMAIL_1"]
    out = [sr.feed(c) for c in chunks]
    assert out[0] == "Write to "
    assert out[1] == ""
    assert out[2] == "x@y.com now, "
    assert "".join(out) + sr.flush() == (
        "Write to x@y.com now, +1 212 555 0199 or [not a token] [EMAIL_1"
    )


def test_luhn_and_iban_checks() -> None:
    assert luhn_is_valid("4111111111111111")
    assert not luhn_is_valid("4111111111111112")
    assert not luhn_is_valid("41111a")
    assert iban_is_valid("GB29 NWBK 6016 1331 9268 19")
    assert not iban_is_valid("GB29 NWBK 6016 1331 9268 18")


# --- properties -----------------------------------------------------------------------

filler = st.text(max_size=40)


def luhn_complete(prefix: str) -> str:
    for check in "0123456789":
        if luhn_is_valid(prefix + check):
            return prefix + check
    raise AssertionError("unreachable")


cards = st.text(alphabet="0123456789", min_size=15, max_size=15).map(
    lambda p: luhn_complete("4" + p)
)
ssns = st.from_regex(r"\A\d{3}-\d{2}-\d{4}\Z")
names = st.sampled_from(["Jane Doe", "Øyvind Ås", "María-José", "李小龙", "O'Brien"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(filler, st.emails(), cards, ssns, names), max_size=8),
    st.lists(names, max_size=3),
)
def test_restore_inverts_redact(parts: list[str], contact_names: list[str]) -> None:
    text = " ".join(parts)
    r = Redactor(contact_names)
    assert r.restore(r.redact(text)) == text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(filler, st.emails(), cards, ssns, names), max_size=8),
    st.integers(min_value=1, max_value=12),
)
def test_stream_restore_equals_restore_for_any_chunking(parts: list[str], size: int) -> None:
    text = " ".join(parts)
    r = Redactor(["Jane Doe"])
    redacted = r.redact(text)
    sr = StreamRestorer(r)
    streamed = "".join(sr.feed(redacted[i : i + size]) for i in range(0, len(redacted), size))
    assert streamed + sr.flush() == text


@settings(max_examples=300, deadline=None)
@given(filler, st.emails(), cards, ssns, filler)
def test_no_email_card_or_ssn_survives(
    before: str, email: str, card: str, ssn: str, after: str
) -> None:
    spaced_card = " ".join(card[i : i + 4] for i in range(0, len(card), 4))
    text = f"{before} {email} , {card} ; {spaced_card} ; {ssn} {after}"
    out = Redactor().redact(text)
    for secret in (email, card, spaced_card, ssn):
        assert secret not in out
    assert PLACEHOLDER.search(out)
