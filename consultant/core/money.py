"""Money: integer minor units with an ISO 4217 currency; quantities are ``Decimal``.

Rules (DESIGN.md §3): each invoice line is rounded half-up once; the subtotal is
the sum of the rounded lines; tax is rounded half-up once on the subtotal; the total
is subtotal + tax. No float ever touches money: functions here refuse floats.
"""

from __future__ import annotations

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


def parse_decimal(text: str, what: str = "amount") -> Decimal:
    """Parse user text such as ``1,234.50`` or ``120`` into a finite ``Decimal``."""
    if isinstance(text, float):
        raise TypeError("money must never be a float")
    cleaned = str(text).strip().replace("_", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # 1,234.50
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")  # 12,50 (decimal comma)
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except (InvalidOperation, ValueError):
        raise MoneyError(f"“{text}” is not a valid {what}.") from None
    if not value.is_finite():
        raise MoneyError(f"“{text}” is not a valid {what}.")
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
