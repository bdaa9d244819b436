"""Money: integer minor units with an ISO 4217 currency; quantities are ``Decimal``.

Rules (DESIGN.md §3): each invoice line is rounded half-up once; the subtotal is
the sum of the rounded lines; tax is rounded half-up once on the subtotal; the total
is subtotal + tax. No float ever touches money: functions here refuse floats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor-unit exponents that differ from 2. Everything else uses 2.
_EXPONENTS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
}  # fmt: skip

# Currencies offered in pickers; any other well-formed ISO code is accepted too.
COMMON_CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK", "NOK", "DKK", "PLN",
    "CZK", "HUF", "INR", "SGD", "HKD", "BRL", "MXN", "ZAR",
)  # fmt: skip

MAX_MINOR = 10**15  # a sanity bound far above any freelance invoice


class MoneyError(ValueError):
    """Bad amount or currency; the message is meant for the user."""


def normalize_currency(code: str) -> str:
    """Upper-case a three-letter ISO 4217 code, or raise ``MoneyError``."""
    cleaned = (code or "").strip().upper()
    if len(cleaned) != 3 or not cleaned.isascii() or not cleaned.isalpha():
        raise MoneyError(f"“{code}” is not a currency code; use three letters such as EUR or USD.")
    return cleaned


def exponent(currency: str) -> int:
    """Number of minor-unit digits: 2 for EUR, 0 for JPY, 3 for KWD."""
    return _EXPONENTS.get(normalize_currency(currency), 2)


def round_half_up(value: Decimal, currency: str) -> int:
    """Round a major-unit ``Decimal`` to integer minor units, half-up, once."""
    if not isinstance(value, Decimal):
        raise TypeError("money must be a Decimal, never a float")
    scaled = value.scaleb(exponent(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


_SPACES = str.maketrans("", "", " _\u00a0\u202f\u2009")
_DIGITS = re.compile(r"\d+", re.ASCII)
_NUMBER_CHARS = re.compile(r"[0-9.,]+", re.ASCII)


def _grouped(text: str, sep: str) -> bool:
    """``1,500,000`` with ``sep=","``: a 1–3 digit head, then groups of exactly 3."""
    return re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+", text, re.ASCII) is not None


def parse_decimal(text: str, what: str = "amount") -> Decimal:
    """Parse user text into a finite ``Decimal``, accepting only unambiguous numbers.

    The rule, the same for amounts, rates, quantities, tax rates and durations:

    - plain digits, optionally with one decimal mark: ``1500``, ``1500.5``, ``0,5``;
    - both ``.`` and ``,`` present: the last one is the decimal mark, the other groups
      thousands (``1,500.00``, ``1.500,00``, ``1 500,00``);
    - the same separator more than once: thousands (``1,500,000``, ``1.500.000``);
    - one ``.`` alone is a decimal mark (``1.234`` KWD is 1 dinar 234 fils);
    - one ``,`` alone is a decimal mark when followed by 1–2 or 4+ digits, or when
      what precedes it cannot be a thousands group (``0,125``); a ``,`` followed by
      exactly three digits after 1–3 digits (``1,500``) means 1500 in one locale and
      1.5 in another, and is refused with both readings as the fix.

    Spaces and underscores are ignored; exponents, ``NaN`` and words are refused.
    """
    if isinstance(text, float):
        raise TypeError("money must never be a float")
    original = str(text)
    shown = " ".join(original.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    invalid = MoneyError(f"“{shown}” is not a valid {what}.")
    cleaned = original.strip().translate(_SPACES)
    sign = ""
    if cleaned[:1] in ("-", "+"):
        sign, cleaned = cleaned[0], cleaned[1:]
    if len(cleaned) > 60 or not _NUMBER_CHARS.fullmatch(cleaned):
        raise invalid
    commas, dots = cleaned.count(","), cleaned.count(".")
    integer, fraction = cleaned, ""
    if commas and dots:
        mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if mark == "," else ","
        if cleaned.count(mark) != 1:
            raise invalid
        integer, fraction = cleaned.split(mark)
        if not _grouped(integer, group):
            raise invalid
        integer = integer.replace(group, "")
    elif commas > 1 or dots > 1:
        group = "," if commas else "."
        if not _grouped(cleaned, group):
            raise invalid
        integer = cleaned.replace(group, "")
    elif commas or dots:
        integer, fraction = cleaned.split("," if commas else ".")
        if (
            commas
            and len(fraction) == 3
            and fraction.isdigit()
            and re.fullmatch(r"[1-9]\d{0,2}", integer, re.ASCII)
        ):
            reading = Decimal(f"{integer}.{fraction}").normalize()
            raise MoneyError(
                f"“{shown}” is ambiguous: write {integer}{fraction} or {format(reading, 'f')}."
            )
        if not fraction:
            raise invalid
    if (integer and not _DIGITS.fullmatch(integer)) or (
        fraction and not _DIGITS.fullmatch(fraction)
    ):
        raise invalid
    if not integer and not fraction:
        raise invalid
    try:
        value = Decimal(f"{sign}{integer or '0'}" + (f".{fraction}" if fraction else ""))
    except (InvalidOperation, ValueError):  # pragma: no cover - only digits reach here
        raise invalid from None
    return value


def parse_amount(text: str, currency: str) -> int:
    """User text in major units → integer minor units (rejects negatives and excess digits)."""
    value = parse_decimal(text)
    if value < 0:
        raise MoneyError(f"“{text}” is negative; amounts must be zero or more.")
    exp = exponent(currency)
    if value.scaleb(exp) > MAX_MINOR:
        raise MoneyError(f"“{text}” is too large.")
    if value != value.quantize(Decimal(1).scaleb(-exp)):
        raise MoneyError(
            f"“{text}” has more decimals than {normalize_currency(currency)} allows ({exp})."
        )
    return round_half_up(value, currency)


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(int(minor)).scaleb(-exponent(currency))


def format_minor(minor: int, currency: str, *, symbol: bool = True) -> str:
    """``12345, "EUR"`` → ``"EUR 123.45"`` (or ``"123.45"`` without the code)."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    value = minor_to_decimal(abs(minor), currency)
    text = f"{value:,.{exp}f}"
    return f"{sign}{normalize_currency(currency)} {text}" if symbol else f"{sign}{text}"


@dataclass(frozen=True, slots=True)
class LineAmount:
    quantity: Decimal
    unit_price_minor: int
    amount_minor: int


def line_amount(quantity: Decimal, unit_price_minor: int, currency: str) -> LineAmount:
    """quantity × unit price, rounded half-up once to minor units."""
    if not isinstance(quantity, Decimal) or isinstance(unit_price_minor, float):
        raise TypeError("quantities are Decimal and prices integer minor units")
    major = Decimal(unit_price_minor).scaleb(-exponent(currency)) * quantity
    return LineAmount(quantity, unit_price_minor, round_half_up(major, currency))


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal_minor: int
    tax_minor: int
    total_minor: int


def invoice_totals(line_amounts: list[int], tax_rate_percent: Decimal, currency: str) -> Totals:
    """Subtotal = Σ rounded lines; tax rounded half-up once on the subtotal."""
    if not isinstance(tax_rate_percent, Decimal):
        raise TypeError("tax rate must be a Decimal")
    subtotal = sum(int(a) for a in line_amounts)
    tax_major = Decimal(subtotal).scaleb(-exponent(currency)) * tax_rate_percent / Decimal(100)
    tax = round_half_up(tax_major, currency)
    return Totals(subtotal, tax, subtotal + tax)
