"""Checking the legal identity printed on invoices: countries, VAT ids, IBAN, BIC.

Pure: no database, no Qt. VAT ids, IBANs and BICs are checked with python-stdnum
(a maintained library that knows each country's format and check digits). A
malformed value (wrong length or characters) is refused with a sentence; a
well-formed VAT id whose check digit or office code does not match is accepted with a
warning, because tax offices issue ids that some
published algorithms reject, and the example ids in documentation (DE123456789)
fail the check too. :func:`issue_problems` lists what an invoice cannot be issued
without, each naming the field and where to fill it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

from consultant.core.models import TaxCase

__all__ = [
    "COUNTRIES",
    "INVOICE_LANGUAGES",
    "Checked",
    "IdentityError",
    "check_bic",
    "check_iban",
    "check_text",
    "check_vat_id",
    "normalize_country",
    "normalize_language",
    "refuse_control_characters",
]

#: ISO 3166-1 alpha-2 codes (officially assigned).
COUNTRIES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
    BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY
    CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI
    GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
    JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
    ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO
    NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
    SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN
    TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()
)

INVOICE_LANGUAGES = ("en", "de")


class IdentityError(ValueError):
    """A malformed identity field; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A normalized value and, if it is doubtful but accepted, why."""

    value: str
    warning: str = ""


def normalize_country(text: str) -> str:
    """``" de "`` → ``"DE"``; ``""`` stays ``""``; anything else is refused."""
    code = (text or "").strip().upper()
    if code == "UK":
        code = "GB"
    if code and code not in COUNTRIES:
        raise IdentityError(
            f"“{text.strip()}” is not a country code; use the two-letter ISO 3166 code "
            "(DE, FR, AT, US, …)."
        )
    return code


def normalize_language(text: str) -> str:
    code = (text or "").strip().lower()[:2] or "en"
    if code not in INVOICE_LANGUAGES:
        raise IdentityError(
            f"“{text.strip()}” is not an invoice language; use one of "
            f"{', '.join(INVOICE_LANGUAGES)}."
        )
    return code


def _vat_module(prefix: str) -> object | None:
    from stdnum.eu import vat as eu_vat

    try:
        return eu_vat._get_cc_module(prefix.lower())
    except Exception:
        return None


def check_vat_id(text: str) -> Checked:
    """A VAT id with its country prefix (``DE123456789``), spaces and dots removed."""
    compact = "".join(ch for ch in (text or "") if ch.isascii() and ch.isalnum()).upper()
    if not compact:
        return Checked("")
    if compact.startswith("GR"):  # Greece's VAT ids carry EL (VIES knows no GR)
        compact = "EL" + compact[2:]
    prefix = compact[:2]
    if not prefix.isalpha() or len(compact) < 4:
        raise IdentityError(
            f"“{text.strip()}” is not a VAT id: it starts with the country prefix "
            "(DE123456789, FRXX999999999, ATU12345678)."
        )
    module = _vat_module(prefix)
    if module is None:
        if prefix not in COUNTRIES and prefix != "EL":
            raise IdentityError(f"“{text.strip()}” does not start with a country prefix.")
        return Checked(compact)
    try:
        module.validate(compact[2:] if prefix not in ("CH",) else compact)  # type: ignore[attr-defined]
    except InvalidChecksum:
        return Checked(
            compact,
            f"The check digit of VAT id {compact} does not match; check it before issuing.",
        )
    except InvalidComponent:
        return Checked(
            compact,
            f"VAT id {compact} has a part that {prefix} ids do not usually have; "
            "check it before issuing.",
        )
    except (InvalidLength, InvalidFormat):
        raise IdentityError(
            f"“{text.strip()}” is not a valid {prefix} VAT id (wrong length or characters)."
        ) from None
    except ValidationError:
        raise IdentityError(f"“{text.strip()}” is not a valid {prefix} VAT id.") from None
    return Checked(compact)


#: Longest legal name, and address, printed on an invoice.
MAX_NAME_CHARS = 200
MAX_ADDRESS_LINES = 8
MAX_LINE_CHARS = 200


def refuse_control_characters(text: str, what: str, *, allowed: str = "") -> None:
    """Raise ``IdentityError`` naming the first C0/C1 control character in ``text``
    (but those in ``allowed``): printed text must not carry them (they break
    e-invoice XML and files)."""
    for ch in text:
        if (ord(ch) < 32 and ch not in allowed) or 0x7F <= ord(ch) < 0xA0:
            raise IdentityError(
                f"The {what} contains a control character (U+{ord(ch):04X}); remove it."
            )


def check_text(text: str, what: str, *, multiline: bool = False) -> str:
    """A name or address as printed on an invoice: no control characters, bounded.
    Returns it trimmed (each line, for ``multiline``); raises ``IdentityError``."""
    refuse_control_characters(text, what, allowed="\n" if multiline else "")
    if not multiline:
        cleaned = " ".join(text.split())
        if len(cleaned) > MAX_NAME_CHARS:
            raise IdentityError(f"The {what} is longer than {MAX_NAME_CHARS} characters.")
        return cleaned
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_ADDRESS_LINES or any(len(x) > MAX_LINE_CHARS for x in lines):
        raise IdentityError(
            f"The {what} is too long: at most {MAX_ADDRESS_LINES} lines of "
            f"{MAX_LINE_CHARS} characters."
        )
    return "\n".join(lines)


def check_iban(text: str) -> str:
    compact = "".join((text or "").split()).upper()
    if not compact:
        return ""
    try:
        return str(stdnum_iban.validate(compact))
    except ValidationError:
        raise IdentityError(f"“{text.strip()}” is not a valid IBAN.") from None


def check_bic(text: str) -> str:
    compact = "".join((text or "").split()).upper()
    if not compact:
        return ""
    try:
        return str(stdnum_bic.validate(compact))
    except ValidationError:
        raise IdentityError(f"“{text.strip()}” is not a valid BIC (8 or 11 characters).") from None


def issue_problems(
    seller: dict[str, str], buyer: dict[str, str], case: TaxCase, client_name: str
) -> list[str]:
    """What a lawful invoice between these parties lacks, most important first.

    ``seller`` and ``buyer`` are the snapshots stored on the invoice (services.billing
    builds them). An empty list means the invoice may be issued.
    """
    problems: list[str] = []
    where = "Settings → Invoicing (or consultant business edit)"
    if not seller.get("legal_name", "").strip():
        problems.append(f"Your business has no legal name: set it in {where}.")
    if not seller.get("address", "").strip():
        problems.append(f"Your business has no address: set it in {where}.")
    if not seller.get("country", "").strip():
        problems.append(f"Your business has no country: set it in {where}.")
    if not (seller.get("vat_id", "").strip() or seller.get("tax_number", "").strip()):
        problems.append(f"Your business has neither a VAT id nor a tax number: set one in {where}.")
    client_where = f"(consultant client edit “{client_name}” or the client's Billing tab)"
    if not buyer.get("address", "").strip():
        problems.append(f"Client {client_name} has no billing address {client_where}.")
    if not buyer.get("country", "").strip():
        problems.append(f"Client {client_name} has no country {client_where}.")
    if case == TaxCase.REVERSE_CHARGE:
        if not seller.get("vat_id", "").strip():
            problems.append(
                f"A reverse-charge invoice needs your business's VAT id: set it in {where}."
            )
        if not buyer.get("vat_id", "").strip():
            problems.append(f"Client {client_name} has no VAT id {client_where}.")
    return problems
