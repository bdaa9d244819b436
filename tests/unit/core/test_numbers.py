"""Numbers mean one thing: a comma or a dot is read the same way in every locale, or
the input is refused with both readings as the fix."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant.cli import main
from consultant.core.durations import DurationError, parse_duration
from consultant.core.money import MoneyError, parse_amount, parse_decimal
from consultant.services.billing import parse_tax_rate
from consultant.services.workspace import ServiceError


@pytest.mark.parametrize(
    ("text", "value"),
    [("1500", "1500"), ("1,500.00", "1500.00"), ("1.500,00", "1500.00"), ("1500.5", "1500.5"),
     ("0,5", "0.5"), ("0,125", "0.125"), ("12,50", "12.50"), ("1 500,00", "1500.00"),
     ("1,500,000", "1500000"), ("1.500.000", "1500000"), ("1.500.000,25", "1500000.25"),
     ("1.234", "1.234"), ("12,3456", "12.3456"), ("1234,567", "1234.567"), (",5", "0.5")],
)  # fmt: skip
def test_unambiguous_numbers(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "fix"), [("1,500", "write 1500 or 1.5"), ("12,345", "write 12345 or 12.345"),
                      ("999,999", "write 999999 or 999.999"), ("-1,250", "1250 or 1.25")]
)  # fmt: skip
def test_a_single_comma_before_three_digits_is_ambiguous(text: str, fix: str) -> None:
    with pytest.raises(MoneyError, match="ambiguous") as info:
        parse_decimal(text)
    assert fix in str(info.value)


@pytest.mark.parametrize(
    "text", ["1,5.00", "1.50,0.0", "1,50,000", "1.", "1,", "1e3", "NaN", "1,2,3.4,5", "١٥", "+-1"]
)
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_decimal(text)


def test_kwd_and_fractions_no_longer_shift_by_a_thousand() -> None:
    with pytest.raises(MoneyError, match="ambiguous"):
        parse_amount("1,500", "KWD")
    assert parse_amount("0,125", "KWD") == 125  # 0.125 KWD, not 125 KWD
    assert parse_amount("1.500", "KWD") == 1500
    assert parse_tax_rate("0,125") == Decimal("0.125")
    with pytest.raises(ServiceError, match="ambiguous"):
        parse_tax_rate("19,000")
    with pytest.raises(DurationError, match="ambiguous"):
        parse_duration("1,500")
    assert parse_duration("0,25") == 15


def _en(value: Decimal) -> str:
    return f"{value:,}"


def _de(value: Decimal) -> str:
    return f"{value:,}".translate(str.maketrans(",.", ".,"))


_VALUES = st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False)


@given(_VALUES)
def test_grouped_numbers_read_the_same_in_both_conventions(value: Decimal) -> None:
    """``1,234,567.125`` and ``1.234.567,125`` are the same number; so is the plain form
    — unless the only separator is one comma before three digits, which is refused."""
    for text in (_en(value), _de(value), format(value, "f")):
        try:
            parsed = parse_decimal(text)
        except MoneyError as exc:
            assert "ambiguous" in str(exc) and text.count(",") == 1 and "." not in text
            continue
        assert parsed == value, text


@given(st.text(alphabet="0123456789.,- _", max_size=20))
def test_swapping_separators_never_changes_an_accepted_value(text: str) -> None:
    """Whatever is accepted means one thing: read with the other locale's marks it is
    either the same number or refused."""
    try:
        value = parse_decimal(text)
    except MoneyError:
        return
    swapped = text.translate(str.maketrans(",.", ".,"))
    try:
        other = parse_decimal(swapped)
    except MoneyError:
        return
    assert other == value, (text, swapped)


@given(st.text(max_size=40))
def test_any_text_is_a_number_or_a_sentence(text: str) -> None:
    try:
        value = parse_decimal(text)
    except MoneyError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
    else:
        assert value.is_finite()


@given(st.integers(0, 23), st.sampled_from(["25", "5", "75", "1", "45"]))
def test_durations_read_comma_and_dot_alike(hours: int, fraction: str) -> None:
    def read(text: str) -> int | str:
        try:
            return parse_duration(text)
        except DurationError as exc:
            return type(exc).__name__

    assert read(f"{hours},{fraction}") == read(f"{hours}.{fraction}")
    assert read(f"{hours},{fraction}h") == read(f"{hours}.{fraction}h")


def test_cli_refuses_ambiguous_rates_and_accepts_decimal_commas(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["client", "add", "Kuwait Co", "--rate", "1,500", "--currency", "KWD"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ambiguous: write 1500 or 1.5" in err
    assert main(["client", "add", "Kuwait Co", "--rate", "0,125", "--currency", "KWD"]) == 0
    assert main(["client", "add", "Acme", "--rate", "1.250,50", "--currency", "EUR"]) == 0
    capsys.readouterr()
    assert main(["client", "list", "--json"]) == 0
    rates = {c["name"]: c["hourly_rate_minor"] for c in json.loads(capsys.readouterr().out)}
    assert rates == {"Kuwait Co": 125, "Acme": 125050}
    assert main(["time", "add", "--client", "Acme", "1,500", "Work"]) == 1
    assert "ambiguous" in capsys.readouterr().err
    assert main(["time", "add", "--client", "Acme", "1,5", "Work"]) == 0
    assert main(["invoice", "draft", "--client", "Acme", "--entries", "all", "--tax", "7,5"]) == 0
    capsys.readouterr()
    assert main(["invoice", "line", "1", "Licence", "0,125", "1,000.00"]) == 0
    capsys.readouterr()
    assert main(["invoice", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["tax_rate"] == "7.5"
    assert [line["amount_minor"] for line in shown["lines"]] == [187575, 12500]
