"""Write cases.json: invoice evaluation cases with independently computed expectations.

Run:  python tests/data/invoices/make_expected.py

This script is *data generation only*. It does not import anything from the
`consultant` package and must not be imported by tests or by product code: the
expected numbers come from the written rules (README.md), computed exactly with
fractions.Fraction, never from the implementation under test.

It also prints, per case, which naive implementations (float arithmetic, banker's
rounding, per-line tax, rounding the sum, hours rounded to 2 decimals, ...) would
get the case wrong -- a check that the cases are actually adversarial.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent

EU = set("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
MINOR_DIGITS = {"EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "JPY": 0, "KWD": 3}
DEFAULT_PAYMENT_DAYS = 14


# --------------------------------------------------------------------------- rules


def round_half_up(x: Fraction) -> int:
    """Round to an integer, exact halves away from zero."""
    sign = -1 if x < 0 else 1
    a = abs(x)
    n, rem = divmod(a.numerator, a.denominator)
    if 2 * rem >= a.denominator:
        n += 1
    return sign * n


def F(text: str) -> Fraction:
    return Fraction(Decimal(text))


def rate_text(r: Fraction) -> str:
    """Canonical decimal text of a rate: 19, 7, 5.5, 0."""
    d = Decimal(r.numerator) / Decimal(r.denominator)
    s = format(d.normalize(), "f")
    return s


def blank(s: str | None) -> bool:
    return s is None or s.strip() == ""


def scale(currency: str) -> int:
    return 10 ** MINOR_DIGITS[currency]


def ordered_entries(case):
    ents = case["entries"]
    dates = [e["date"] for e in ents]
    assert len(set(dates)) == len(dates), f"{case['id']}: entry dates must be distinct"
    return sorted(ents, key=lambda e: e["date"])


def invoice_lines(case):
    """[(amount_minor, rate Fraction)] in invoice order: entries by date, then manual lines."""
    s = scale(case["currency"])
    default = F(case["tax_rate"])
    out = []
    for e in ordered_entries(case):
        out.append((round_half_up(F(e["rate"]) * e["minutes"] / 60 * s), default))
    for ln in case["lines"]:
        r = default if ln.get("tax_rate") is None else F(ln["tax_rate"])
        out.append((round_half_up(F(ln["quantity"]) * F(ln["unit_price"]) * s), r))
    return out


def problems(case):
    """Every missing field, as (keyword, field). Refused cases are written to have exactly one."""
    se, bu = case["seller"], case["buyer"]
    p = []
    if blank(se["legal_name"]):
        p.append(("legal name", "seller.legal_name"))
    if blank(se["address"]):
        p.append(("address", "seller.address"))
    if blank(se["country"]):
        p.append(("country", "seller.country"))
    if blank(se["vat_id"]) and blank(se["tax_number"]):
        p.append(("tax number", "seller.vat_id_or_tax_number"))
    if blank(bu["address"]):
        p.append(("billing address", "buyer.address"))
    if blank(bu["country"]):
        p.append(("country", "buyer.country"))
    if p:
        return p, None
    tc = tax_case(case)
    if tc == "reverse_charge":
        if blank(se["vat_id"]):
            p.append(("VAT id", "seller.vat_id"))
        if blank(bu["vat_id"]):
            p.append(("VAT id", "buyer.vat_id"))
    elif tc == "refused_no_buyer_vat_id":
        p.append(("VAT id", "buyer.vat_id"))
    return p, tc


def tax_case(case):
    # The place of supply decides first; a small-business exemption covers only
    # supplies taxable in the seller's own country (corrected after a legal review:
    # B2B services to another EU country are reverse charge, services to a buyer
    # outside the EU are not taxable at home, for small businesses too).
    se, bu = case["seller"], case["buyer"]
    if bu["country"] == se["country"]:
        return "small_business" if se["small_business"] else "domestic"
    if se["country"] in EU and bu["country"] in EU:
        return "reverse_charge" if not blank(bu["vat_id"]) else "refused_no_buyer_vat_id"
    if se["country"] in EU and bu["country"] not in EU:
        return "outside_eu"
    raise ValueError(f"{case['id']}: seller outside the EU is not covered by the rules")


def category(tc, rate: Fraction):
    if tc == "small_business":
        return "E", Fraction(0)
    if tc == "reverse_charge":
        return "AE", Fraction(0)
    if tc == "outside_eu":
        return "O", Fraction(0)
    return ("Z", Fraction(0)) if rate == 0 else ("S", rate)


def group(tc, lines, sign=1):
    """lines: [(amount, rate)] -> ordered list of groups (first appearance order)."""
    groups: dict = {}
    for amount, rate in lines:
        key = category(tc, rate)
        groups[key] = groups.get(key, 0) + sign * amount
    out = []
    for (cat, r), base in groups.items():
        out.append({"category": cat, "rate": rate_text(r), "base": base,
                    "tax": round_half_up(base * r / 100)})
    return out


def credit_result(tc, lines, positions):
    chosen = [lines[i - 1] for i in positions]
    groups = group(tc, chosen, sign=-1)
    sub = sum(-a for a, _ in chosen)
    tax = sum(g["tax"] for g in groups)
    return {"lines": [-a for a, _ in chosen], "groups": groups, "subtotal": sub, "tax": tax,
            "total": sub + tax, "refused": None}


def compute(case):
    probs, tc = problems(case)
    exp = {k: None for k in ("refused", "refused_field", "lines", "groups", "subtotal", "tax",
                             "total", "tax_case", "note", "vat_ids_on_invoice",
                             "service_start", "service_end", "due_date", "credit")}
    if probs:
        assert len(probs) == 1, f"{case['id']}: refused cases must have exactly one problem: {probs}"
        assert case["credit"] is None
        exp["refused"], exp["refused_field"] = probs[0]
        return exp
    lines = invoice_lines(case)
    groups = group(tc, lines)
    sub = sum(a for a, _ in lines)
    tax = sum(g["tax"] for g in groups)
    ents = ordered_entries(case)
    issue = dt.date.fromisoformat(case["issue_date"])
    days = case["buyer"]["payment_days"]
    exp.update(
        lines=[a for a, _ in lines], groups=groups, subtotal=sub, tax=tax, total=sub + tax,
        tax_case=tc,
        note={"reverse_charge": "reverse_charge", "small_business": "small_business"}.get(tc),
        vat_ids_on_invoice=([case["seller"]["vat_id"], case["buyer"]["vat_id"]]
                            if tc == "reverse_charge" else None),
        service_start=ents[0]["date"] if ents else None,
        service_end=ents[-1]["date"] if ents else None,
        due_date=(issue + dt.timedelta(days=DEFAULT_PAYMENT_DAYS if days is None else days)).isoformat(),
    )
    cr = case["credit"]
    if cr is not None:
        positions = cr["lines"] if cr["lines"] is not None else list(range(1, len(lines) + 1))
        assert len(set(positions)) == len(positions) and all(1 <= p <= len(lines) for p in positions)
        c = credit_result(tc, lines, positions)
        if "again" in cr:
            again = cr["again"] if cr["again"] is not None else list(range(1, len(lines) + 1))
            if set(again) & set(positions):
                c["again"] = {"refused": "credited", "lines": None, "groups": None,
                              "subtotal": None, "tax": None, "total": None}
            else:
                a = credit_result(tc, lines, again)
                a["refused"] = None
                c["again"] = a
        exp["credit"] = c
    return exp


# --------------------------------------------------------------------------- naive models
# Each returns (lines, subtotal, tax) as a plausibly wrong implementation would. Used only
# to report which traps a case contains.


def _naive(case, *, line_round, tax_round, per_line_tax=False, hours_2dp=False,
           round_sum=False):
    s = scale(case["currency"])
    default = F(case["tax_rate"])
    tc = tax_case(case)
    raw = []
    for e in ordered_entries(case):
        if hours_2dp:
            h = Decimal(e["minutes"]) / Decimal(60)
            h = h.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
            raw.append((float(Decimal(e["rate"]) * h * s), default))
        else:
            raw.append((float(e["rate"]) * e["minutes"] / 60 * s, default))
    for ln in case["lines"]:
        r = default if ln.get("tax_rate") is None else F(ln["tax_rate"])
        raw.append((float(ln["quantity"]) * float(ln["unit_price"]) * s, r))
    lines = [line_round(v) for v, _ in raw]
    if round_sum:
        sub = line_round(sum(v for v, _ in raw))
    else:
        sub = sum(lines)
    bases: dict = {}
    taxsum = 0
    for (v, r), a in zip(raw, lines):
        _, rr = category(tc, r)
        if per_line_tax:
            taxsum += tax_round(a * float(rr) / 100)
        bases[rr] = bases.get(rr, 0) + a
    if not per_line_tax:
        taxsum = sum(tax_round(b * float(r) / 100) for r, b in bases.items())
    return lines, sub, taxsum


def _float_half_up(x: float) -> int:
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)


NAIVE = {
    "float+round()": dict(line_round=round, tax_round=round),
    "float half-up": dict(line_round=_float_half_up, tax_round=_float_half_up),
    "exact half-even": None,  # handled separately (Decimal, banker's rounding)
    "per-line tax": dict(line_round=_float_half_up, tax_round=_float_half_up, per_line_tax=True),
    "hours to 2dp": dict(line_round=_float_half_up, tax_round=_float_half_up, hours_2dp=True),
    "round the sum": dict(line_round=_float_half_up, tax_round=_float_half_up, round_sum=True),
}


def _half_even(x: Fraction) -> int:
    return int((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def traps(case, exp):
    if exp["refused"] is not None:
        return []
    hit = []
    want = (exp["lines"], exp["subtotal"], exp["tax"])
    for name, kw in NAIVE.items():
        if kw is None:
            s = scale(case["currency"])
            default = F(case["tax_rate"])
            tc = exp["tax_case"]
            ls = []
            for e in ordered_entries(case):
                ls.append((_half_even(F(e["rate"]) * e["minutes"] / 60 * s), default))
            for ln in case["lines"]:
                r = default if ln.get("tax_rate") is None else F(ln["tax_rate"])
                ls.append((_half_even(F(ln["quantity"]) * F(ln["unit_price"]) * s), r))
            bases: dict = {}
            for a, r in ls:
                k = category(tc, r)
                bases[k] = bases.get(k, 0) + a
            got = ([a for a, _ in ls], sum(a for a, _ in ls),
                   sum(_half_even(b * k[1] / 100) for k, b in bases.items()))
        else:
            got = _naive(case, **kw)
        if list(got[0]) != want[0] or got[1] != want[1] or got[2] != want[2]:
            hit.append(name)
    return hit


# --------------------------------------------------------------------------- parties

def seller(**kw):
    base = {"country": "DE", "vat_id": "DE123456789", "tax_number": "30/123/45678",
            "small_business": False, "legal_name": "Kessler IT-Beratung GmbH",
            "address": "Torstraße 101, 10119 Berlin, Germany"}
    base.update(kw)
    return base


SELLER_DE = seller()
SELLER_DE_TAXNO = seller(vat_id="", legal_name="Jonas Albers Softwareentwicklung",
                         tax_number="143/258/36901",
                         address="Lindenweg 7, 20095 Hamburg, Germany")
SELLER_DE_SB = seller(vat_id="", tax_number="21/815/08150", small_business=True,
                      legal_name="Mira Sommer Webdesign",
                      address="Am Kanal 3, 04109 Leipzig, Germany")
SELLER_FR = seller(country="FR", vat_id="FR40123456824", tax_number="",
                   legal_name="Conseil Lefèvre SARL",
                   address="12 rue des Lilas, 69003 Lyon, France")
SELLER_AT = seller(country="AT", vat_id="ATU12345678", tax_number="",
                   legal_name="Huber Systemberatung e.U.",
                   address="Mariahilfer Straße 45, 1060 Wien, Austria")


def buyer(name, country, vat_id="", address=None, payment_days=None):
    return {"name": name, "country": country, "vat_id": vat_id,
            "address": address if address is not None else f"{name}, Example Street 1, {country}",
            "payment_days": payment_days}


B_DE = buyer("Brandt Maschinenbau KG", "DE", "DE987654321",
             "Industriestraße 12, 80939 München, Germany")
B_DE_NOVAT = buyer("Praxis Dr. Weiß", "DE", "", "Bahnhofstraße 4, 50667 Köln, Germany")
B_FR = buyer("Atelier Moreau SAS", "FR", "FR83404833048", "5 avenue Foch, 75116 Paris, France")
B_AT = buyer("Gruber Logistik GmbH", "AT", "ATU87654321", "Landstraße 22, 4020 Linz, Austria")
B_NL = buyer("De Vries Installatie B.V.", "NL", "NL123456789B01",
             "Keizersgracht 100, 1015 AA Amsterdam, Netherlands")
B_BE = buyer("Janssens & Peeters BV", "BE", "BE0123456749", "Meir 50, 2000 Antwerpen, Belgium")
B_GR = buyer("Papadopoulos Shipping S.A.", "GR", "EL094014201",
             "Akti Miaouli 25, 185 35 Piraeus, Greece")
B_IT = buyer("Rossi Arredamenti S.r.l.", "IT", "IT01234567897",
             "Via Roma 10, 20121 Milano, Italy")
B_CH = buyer("Alpenblick Treuhand AG", "CH", "CHE-123.456.788 MWST",
             "Bahnhofstrasse 1, 8001 Zürich, Switzerland")
B_US = buyer("Harbor Analytics Inc.", "US", "", "200 Pine St, San Francisco, CA 94104, USA")
B_GB = buyer("Thornbury Consulting Ltd", "GB", "GB123456782",
             "14 Market Street, Manchester M1 1PT, United Kingdom")
B_NO = buyer("Fjordkraft Data AS", "NO", "NO923609016MVA", "Strandgata 8, 5013 Bergen, Norway")
B_JP = buyer("Sakura Trading K.K.", "JP", "", "1-2-3 Marunouchi, Chiyoda-ku, Tokyo, Japan")
B_KW = buyer("Al-Sabah Engineering W.L.L.", "KW", "",
             "Block 3, Street 14, Sharq, Kuwait City, Kuwait")


def with_(b, **kw):
    c = dict(b)
    c.update(kw)
    return c


def E(date, minutes, rate):
    return {"date": date, "minutes": minutes, "rate": rate}


def L(description, quantity, unit_price, tax_rate=None):
    return {"description": description, "quantity": quantity, "unit_price": unit_price,
            "tax_rate": tax_rate}


def case(id, split, why, seller, buyer, entries, lines=(), *, currency="EUR", tax_rate="19",
         issue_date="2026-03-31", credit=None):
    return {"id": id, "split": split, "why": why, "seller": seller, "buyer": buyer,
            "currency": currency, "tax_rate": tax_rate, "entries": list(entries),
            "lines": list(lines), "issue_date": issue_date, "credit": credit}


# --------------------------------------------------------------------------- cases

CASES = [
    # ================================================================== TUNE
    case("tune-thirds-of-an-hour", "tune",
         "20/40/10-minute entries at a round rate: 1/3 and 2/3 hours never terminate; an "
         "implementation that rounds hours to 0.33/0.67 first gets 3300/6700; entries given out of date order",
         SELLER_DE, B_DE,
         [E("2026-03-03", 40, "100.00"), E("2026-03-02", 20, "100.00"),
          E("2026-03-05", 10, "100.00"), E("2026-03-04", 20, "100.01")]),
    case("tune-half-cent-lines", "tune",
         "every line is an exact half cent with an EVEN integer part (banker's rounding goes down, "
         "half-up goes up): 30 min @ 95.05 = 47.525, 7 min @ 86.10 = 10.045 (float gives 10.04499..), "
         "45 min @ 95.02 = 71.265, 0.5 x 0.05 = 0.025",
         SELLER_DE, B_DE,
         [E("2026-03-09", 30, "95.05"), E("2026-03-10", 7, "86.10"), E("2026-03-11", 45, "95.02")],
         [L("Parking", "0.5", "0.05")]),
    case("tune-tax-tie-19", "tune",
         "subtotal 983.50 -> 19 % VAT = 186.865 exactly, integer part even: half-up 186.87, "
         "banker's 186.86; client payment days 0 -> due on the issue date (0 is set, not 'unset')",
         SELLER_DE, with_(B_DE, payment_days=0),
         [E("2026-03-16", 480, "110.00")],
         [L("Workshop materials", "3", "34.50")]),
    case("tune-many-small-lines", "tune",
         "14 tiny manual lines: 8 x 0.10 and 6 x (0.5 x 0.05 = 0.025 -> 0.03). Sum of rounded lines "
         "0.98 vs rounded sum 0.95; group tax 0.1862 -> 0.19 vs per-line tax 0.22; no time entries -> "
         "no service period",
         SELLER_DE, B_DE_NOVAT, [],
         [L(f"Copy {i}", "1", "0.10") for i in range(1, 9)]
         + [L(f"Stamp {i}", "0.5", "0.05") for i in range(1, 7)]),
    case("tune-two-rates-19-7", "tune",
         "19 % and 7 % on one invoice, both group taxes exact half cents with even integer part "
         "(19 %: 331.50 -> 62.985; 7 %: 21.50 -> 1.505); per-line tax differs",
         SELLER_DE, B_DE,
         [E("2026-03-02", 90, "120.00"), E("2026-03-06", 50, "96.00"), E("2026-03-04", 30, "143.00")],
         [L("Reference book", "2", "10.75", "7")]),
    case("tune-fr-domestic-three-rates", "tune",
         "French seller and buyer: 20 %, 5.5 % and 10 % groups; 5.5 % of 11.00 = 0.605 and 10 % of "
         "15.05 = 1.505 are exact ties with even integer part",
         SELLER_FR, B_FR,
         [E("2026-03-02", 20, "75.00"), E("2026-03-03", 40, "75.00")],
         [L("Livres", "4", "2.75", "5.5"), L("Transport", "1", "15.05", "10")],
         tax_rate="20"),
    case("tune-rate-7-5", "tune",
         "default rate '7.5' (decimal rate text): 7.5 % of 100.60 = 7.545 exact tie, even integer "
         "part; plus a 19 % manual line",
         SELLER_DE, B_DE,
         [E("2026-03-02", 60, "100.60")],
         [L("Software licence", "1", "49.90", "19")],
         tax_rate="7.5"),
    case("tune-zero-rate-domestic", "tune",
         "domestic invoice whose default rate is 0 -> category Z (not S, not E), tax 0, plus one "
         "explicit 19 % line -> a separate S group",
         SELLER_DE, B_DE,
         [E("2026-03-02", 20, "66.66"), E("2026-03-03", 7, "77.77")],
         [L("Hardware", "1", "250.00", "19")],
         tax_rate="0"),
    case("tune-jpy", "tune",
         "JPY has no minor unit: 7 min @ 12345 = 1440.25, 45 min @ 1006 = 754.5 (tie, even), "
         "20 min @ 10000 = 3333.33, 0.5 x 1001 = 500.5 (tie, even); 19 % of 6150 = 1168.5 (tie, even)",
         SELLER_DE, B_DE,
         [E("2026-03-02", 7, "12345"), E("2026-03-03", 45, "1006"), E("2026-03-04", 20, "10000")],
         [L("Adapter", "0.5", "1001"), L("Cable", "1", "121")],
         currency="JPY"),
    case("tune-kwd", "tune",
         "KWD has 3 decimals (fils): 7 min @ 12.345 = 1.44025, 30 min @ 10.001 = 5.0005 (tie, even), "
         "20 min @ 0.125 = 0.041667; 19 % of the base is an exact half fils",
         SELLER_DE, B_DE,
         [E("2026-03-02", 7, "12.345"), E("2026-03-03", 30, "10.001"), E("2026-03-04", 20, "0.125")],
         [L("Courier", "1", "0.467")],
         currency="KWD"),
    case("tune-large-amounts", "tune",
         "millions: 160 h @ 1250.00 and 12345.5 x 99.99 = 1 234 426.545 (tie, even; float gives "
         "...544999); 19 % of 1 434 427.50 = 272 541.225 exact half cent",
         SELLER_DE, B_DE,
         [E("2026-03-31", 9600, "1250.00")],
         [L("Licence pool", "12345.5", "99.99"), L("Setup", "1", "0.95")]),
    case("tune-rc-de-at", "tune",
         "DE -> AT business with ATU id: reverse charge, AE 0 %, one group even though the lines "
         "carry 19 % and 7 %; both VAT ids on the invoice",
         SELLER_DE, B_AT,
         [E("2026-03-02", 20, "100.00"), E("2026-03-03", 40, "100.00")],
         [L("Handbook", "1", "29.95", "7")]),
    case("tune-rc-de-nl", "tune",
         "DE -> NL with a 'NL...B01' VAT id: reverse charge; a 7-minute entry at an odd rate",
         SELLER_DE, with_(B_NL, payment_days=30),
         [E("2026-02-27", 7, "133.33"), E("2026-03-02", 45, "95.02")]),
    case("tune-rc-fr-be", "tune",
         "seller is French (not German): FR -> BE business with BE VAT id is reverse charge too; "
         "default rate 20",
         SELLER_FR, B_BE,
         [E("2026-03-10", 50, "95.00"), E("2026-03-12", 40, "80.00")],
         tax_rate="20"),
    case("tune-rc-seller-has-only-tax-number", "tune",
         "reverse-charge situation (DE -> FR, buyer has VAT id) but the seller has only a German "
         "tax number: issuing must be refused naming the seller's VAT id",
         SELLER_DE_TAXNO, B_FR,
         [E("2026-03-02", 60, "90.00")]),
    case("tune-eu-buyer-without-vat-id", "tune",
         "DE -> ES business with no VAT id: neither domestic nor reverse charge, refused naming the "
         "buyer's VAT id",
         SELLER_DE, buyer("Construcciones Ruiz S.L.", "ES", "", "Calle Mayor 5, 28013 Madrid, Spain"),
         [E("2026-03-02", 60, "90.00")]),
    case("tune-outside-eu-ch", "tune",
         "DE -> CH: outside the EU (CH has a VAT id, irrelevant) -> O 0 %; seller with only a tax "
         "number is fine here; 7-minute entries at odd rates",
         SELLER_DE_TAXNO, B_CH,
         [E("2026-03-02", 7, "131.17"), E("2026-03-03", 7, "86.10"), E("2026-03-04", 40, "99.99")]),
    case("tune-outside-eu-norway", "tune",
         "DE -> NO: Norway is EEA but not EU -> O, not reverse charge (the buyer has a VAT number)",
         SELLER_DE, with_(B_NO, payment_days=10),
         [E("2026-03-02", 20, "150.00")],
         [L("Travel", "1", "412.37", "19")]),
    case("tune-outside-eu-jp-jpy", "tune",
         "DE -> JP invoiced in JPY: O 0 %; 45 min @ 1002 = 751.5 (tie), 40 min @ 12345 = 8230, "
         "7 min @ 15000 = 1750, 0.5 x 333 = 166.5 (tie, even)",
         SELLER_DE, with_(B_JP, payment_days=21),
         [E("2026-03-23", 45, "1002"), E("2026-03-20", 40, "12345"), E("2026-03-24", 7, "15000")],
         [L("Translation", "0.5", "333")],
         currency="JPY"),
    case("tune-small-business-domestic", "tune",
         "§ 19 UStG seller: every line E 0 % in one group even with a 7 % line and default 19 %; "
         "no VAT id, only a tax number; 0.5 x 59.49 = 29.745 (tie, even)",
         SELLER_DE_SB, B_DE_NOVAT,
         [E("2026-03-02", 20, "45.00"), E("2026-03-03", 40, "45.00")],
         [L("Printed flyers", "0.5", "59.49", "7")]),
    case("tune-small-business-eu-buyer-no-vat-id", "tune",
         "small-business seller billing an AT buyer WITHOUT VAT id: the place of supply comes "
         "first, so this is the EU-buyer case and the missing buyer VAT id is refused",
         SELLER_DE_SB, buyer("Bäckerei Hofer", "AT", "", "Hauptplatz 3, 8010 Graz, Austria"),
         [E("2026-03-02", 90, "60.00")]),
    case("tune-missing-seller-legal-name", "tune",
         "seller legal name is empty: refusal must name the legal name",
         seller(legal_name=""), B_DE,
         [E("2026-03-02", 60, "90.00")]),
    case("tune-missing-seller-address-blank", "tune",
         "seller address is only spaces (blank after trimming counts as missing)",
         seller(address="   "), B_DE,
         [E("2026-03-02", 60, "90.00")]),
    case("tune-missing-seller-country", "tune",
         "seller country empty: the VAT case cannot be decided; refusal names the country",
         seller(country=""), B_DE,
         [E("2026-03-02", 60, "90.00")]),
    case("tune-missing-seller-vat-and-tax-number", "tune",
         "seller has neither VAT id nor tax number (domestic invoice, so only one of them is needed "
         "but none is present)",
         seller(vat_id="", tax_number=""), B_DE,
         [E("2026-03-02", 60, "90.00")]),
    case("tune-missing-buyer-billing-address", "tune",
         "buyer billing address empty on an otherwise valid domestic invoice",
         SELLER_DE, with_(B_DE, address=""),
         [E("2026-03-02", 60, "90.00")]),
    case("tune-missing-buyer-country", "tune",
         "buyer country empty (buyer has a VAT id): refused naming the buyer's country",
         SELLER_DE, with_(B_FR, country=""),
         [E("2026-03-02", 60, "90.00")]),
    case("tune-credit-partial-then-again", "tune",
         "credit lines 1 and 3: the credited 19 % base is -1.50 -> tax -0.285 -> -0.29 (away from "
         "zero; half-even gives -0.28, floor-based half-up gives -0.28); crediting line 3 again is refused",
         SELLER_DE, B_DE,
         [E("2026-03-02", 1, "60.00"), E("2026-03-03", 60, "123.45"), E("2026-03-04", 1, "30.00")],
         [L("Postage", "1", "1.45")],
         credit={"lines": [1, 3], "reason": "Entries booked twice", "again": [3]}),
    case("tune-credit-full-two-rates", "tune",
         "credit everything (lines null): must be exactly -subtotal, -tax, -total; both groups have "
         "half-cent tax ties; then a second full credit is refused",
         SELLER_DE, B_DE,
         [E("2026-03-02", 30, "95.05"), E("2026-03-05", 20, "100.00")],
         [L("Fachbuch", "1", "21.50", "7"), L("Porto", "1", "0.64", "19")],
         credit={"lines": None, "reason": "Invoice issued to wrong client", "again": None}),
    case("tune-credit-partial-then-other-line", "tune",
         "credit line 2, then in a second credit line 1 (a different line, allowed); each credit "
         "rounds its own group tax, so the two credit taxes do not add up to -original tax",
         SELLER_DE, B_DE,
         [E("2026-03-02", 30, "1.01"), E("2026-03-03", 30, "1.01")],
         credit={"lines": [2], "reason": "Goodwill", "again": [1]}),

    # ================================================================== REPORT
    case("report-thirds-of-an-hour", "report",
         "20/40/100-minute entries at 85.00 and a 40-minute entry at 133.33: 1/3-hour fractions "
         "that a 2-decimal hours field gets wrong; entries out of order across a month boundary",
         SELLER_DE, B_DE,
         [E("2026-03-02", 100, "85.00"), E("2026-02-26", 20, "85.00"),
          E("2026-02-27", 40, "85.00"), E("2026-03-03", 40, "133.33")]),
    case("report-half-cent-lines", "report",
         "exact half-cent lines with even integer part: 7 min @ 52.50 = 6.125, 30 min @ 120.01 = "
         "60.005, 45 min @ 80.06 = 60.045, 2.5 x 0.21 = 0.525",
         SELLER_DE, B_DE,
         [E("2026-03-16", 7, "52.50"), E("2026-03-17", 30, "120.01"), E("2026-03-18", 45, "80.06")],
         [L("Parking", "2.5", "0.21")]),
    case("report-tax-tie-19-year-end", "report",
         "19 % of 2 171.50 = 412.585 exact tie with even integer part; payment days 30 across the "
         "year end (2026-12-20 -> 2027-01-19)",
         SELLER_DE, with_(B_DE, payment_days=30),
         [E("2026-12-14", 600, "180.00"), E("2026-12-15", 60, "130.00")],
         [L("Cloud credits", "1", "241.50")],
         issue_date="2026-12-20"),
    case("report-many-small-lines", "report",
         "nine 7-minute entries at 100.00 (11.6667 -> 11.67 each = 105.03, while 63 min = 105.00); "
         "group tax 19.9557 -> 19.96 vs per-line tax 9 x 2.22 = 19.98",
         SELLER_DE, B_DE,
         [E(f"2026-03-{d:02d}", 7, "100.00") for d in (2, 3, 4, 5, 6, 9, 10, 11, 12)]),
    case("report-two-rates-19-7", "report",
         "19 % and 7 % groups both hit an exact half cent with even integer part (19 %: 3.50 -> "
         "0.665; 7 %: 11.50 -> 0.805); the 19 % lines are themselves ties with even integer part "
         "(6 min @ 24.85 = 2.485, 0.5 x 2.01 = 1.005)",
         SELLER_DE, B_DE,
         [E("2026-03-02", 6, "24.85")],
         [L("Bücher", "2", "5.75", "7"), L("Snacks", "0.5", "2.01", "19")]),
    case("report-fr-domestic-three-rates", "report",
         "French domestic: 20 %, 5.5 % of 55.00 = 3.025 (tie, even) and 10 % of 25.05 = 2.505 "
         "(tie, even); entries on 20-minute grid",
         SELLER_FR, with_(B_FR, payment_days=45),
         [E("2026-03-09", 40, "62.50"), E("2026-03-11", 20, "62.50")],
         [L("Documentation", "10", "5.50", "5.5"), L("Déplacement", "1", "25.05", "10")],
         tax_rate="20"),
    case("report-rate-7-5", "report",
         "manual lines at '7.5' % with an exact tie (7.5 % of 1.40 = 0.105 -> 0.11; banker's 0.10), "
         "plus a 19 % group from a time entry",
         SELLER_DE, B_DE,
         [E("2026-03-02", 40, "90.00")],
         [L("Item A", "1", "0.60", "7.5"), L("Item B", "1", "0.80", "7.5")]),
    case("report-zero-rate-line-domestic", "report",
         "default 19 % with one manual line at 0 % -> separate Z group (base counted, tax 0); "
         "7 min @ 102.90 = 12.005 (tie, even) and 19 % of 35.50 = 6.745 (tie, even)",
         SELLER_DE, B_DE,
         [E("2026-03-02", 7, "102.90")],
         [L("Exempt pass-through fee", "1", "500.00", "0"), L("Consumables", "1", "23.49")]),
    case("report-jpy-two-rates", "report",
         "JPY: 45 min @ 1014 = 760.5 (tie, even), 20 min @ 8001 = 2667, 7 min @ 9000 = 1050; 7 % of 2150 = "
         "150.5 and 19 % of the rest is an exact half yen",
         SELLER_DE, B_DE,
         [E("2026-03-02", 45, "1014"), E("2026-03-03", 20, "8001"), E("2026-03-04", 7, "9000")],
         [L("Manual", "2", "1075", "7"), L("Misc", "1", "72")],
         currency="JPY"),
    case("report-kwd-two-rates", "report",
         "KWD 3 decimals: 45 min @ 8.006 = 6.0045 (tie, even), 7 min @ 2.1 = 0.245 (exact in fils), "
         "40 min @ 1.001 = 0.667333; 7 % of 0.150 = 0.0105 (tie, even) and a 19 % tie",
         SELLER_DE, B_DE,
         [E("2026-03-02", 45, "8.006"), E("2026-03-03", 7, "2.100"), E("2026-03-04", 40, "1.001")],
         [L("Stationery", "1", "0.150", "7"), L("Courier", "1", "0.033")],
         currency="KWD"),
    case("report-large-amounts", "report",
         "millions: 20 min @ 1 234 567.89 = 411 522.63, 0.5 x 19 999 999.97 = 9 999 999.985 (tie, "
         "even), 250 000 x 40.01; 19 % of the base is an exact half cent",
         SELLER_DE, B_DE,
         [E("2026-03-02", 20, "1234567.89")],
         [L("Platform", "0.5", "19999999.97"), L("Seats", "250000", "40.01"), L("Adj", "1", "0.88")]),
    case("report-rc-de-fr", "report",
         "DE -> FR business: reverse charge, AE 0 % single group despite 19 % and 7 % lines; "
         "1/3-hour entries",
         SELLER_DE, B_FR,
         [E("2026-03-02", 20, "99.98"), E("2026-03-03", 40, "99.98")],
         [L("Fachliteratur", "3", "12.95", "7")]),
    case("report-rc-de-gr-el-prefix", "report",
         "Greek buyer: country GR but VAT id prefix 'EL' -- must still be EU reverse charge (an "
         "implementation matching the prefix against the EU country list fails)",
         SELLER_DE, with_(B_GR, payment_days=60),
         [E("2026-03-02", 7, "131.17"), E("2026-03-03", 30, "95.05")],
         issue_date="2028-02-15"),
    case("report-rc-at-de", "report",
         "Austrian seller billing a German business: reverse charge from the other direction; default "
         "rate 20",
         SELLER_AT, B_DE,
         [E("2026-03-02", 45, "95.02"), E("2026-03-05", 20, "120.00")],
         tax_rate="20"),
    case("report-rc-seller-has-only-tax-number", "report",
         "DE seller with tax number only billing an IT business with VAT id: reverse charge needs the "
         "seller's VAT id -> refused",
         SELLER_DE_TAXNO, B_IT,
         [E("2026-03-02", 60, "90.00")]),
    case("report-eu-buyer-without-vat-id", "report",
         "AT seller -> DE buyer without VAT id (a private practice): refused naming the buyer's VAT id",
         SELLER_AT, B_DE_NOVAT,
         [E("2026-03-02", 60, "90.00")],
         tax_rate="20"),
    case("report-outside-eu-us-usd", "report",
         "DE (tax number only) -> US in USD: O 0 %, no VAT id needed; 7-minute entries at odd rates "
         "with an exact half cent",
         SELLER_DE_TAXNO, B_US,
         [E("2026-03-02", 7, "94.50"), E("2026-03-03", 7, "137.77"), E("2026-03-04", 20, "250.00")],
         currency="USD"),
    case("report-outside-eu-gb", "report",
         "DE -> GB business with a GB VAT id: the UK is outside the EU -> O, not reverse charge",
         SELLER_DE, with_(B_GB, payment_days=45),
         [E("2026-03-02", 40, "110.00"), E("2026-03-20", 20, "110.00")]),
    case("report-outside-eu-kw-kwd", "report",
         "DE -> KW invoiced in KWD (3 decimals): O 0 %; 30 min @ 4.001 = 2.0005 (tie, even), "
         "7 min @ 12.345 = 1.44025, 20 min @ 3.001 = 1.000333, 2.5 x 0.101 = 0.2525 (tie, even)",
         SELLER_DE, with_(B_KW, payment_days=7),
         [E("2026-03-02", 30, "4.001"), E("2026-03-03", 7, "12.345"), E("2026-03-05", 20, "3.001")],
         [L("Document legalisation", "2.5", "0.101")],
         currency="KWD"),
    case("report-small-business-eu-business", "report",
         "small-business seller (no VAT id) billing a French business WITH VAT id: B2B services "
         "to another EU country are reverse charge even for a small business, which needs "
         "its own VAT id for that -> refused naming the seller's VAT id",
         SELLER_DE_SB, B_FR,
         [E("2026-03-02", 20, "55.00"), E("2026-03-03", 7, "55.00")],
         [L("Stock photos", "3", "4.99", "7")]),
    case("report-small-business-us", "report",
         "small-business seller billing a US client in USD: not taxable at home, so O (not E); "
         "45 min @ 70.06 = 52.545 (tie, even)",
         SELLER_DE_SB, B_US,
         [E("2026-03-02", 45, "70.06")],
         currency="USD"),
    case("report-missing-seller-legal-name-blank", "report",
         "seller legal name consists of spaces only (blank after trimming)",
         seller(legal_name="  "), B_DE,
         [E("2026-03-02", 60, "90.00")]),
    case("report-missing-seller-address", "report",
         "small-business seller whose address is empty: small business does not waive it",
         with_(SELLER_DE_SB, address=""), B_DE_NOVAT,
         [E("2026-03-02", 60, "90.00")]),
    case("report-missing-seller-country", "report",
         "seller country empty on an invoice to a US client",
         seller(country=""), B_US,
         [E("2026-03-02", 60, "90.00")], currency="USD"),
    case("report-missing-seller-vat-and-tax-number", "report",
         "outside-EU invoice (no VAT id needed for the case itself) but the seller has neither VAT id "
         "nor tax number",
         seller(vat_id="", tax_number=""), B_CH,
         [E("2026-03-02", 60, "90.00")]),
    case("report-missing-buyer-billing-address", "report",
         "reverse-charge invoice with both VAT ids present but the buyer's billing address empty",
         SELLER_DE, with_(B_NL, address=""),
         [E("2026-03-02", 60, "90.00")]),
    case("report-missing-buyer-country", "report",
         "domestic-looking buyer (German address, DE VAT id) but country field empty",
         SELLER_DE, with_(B_DE, country=""),
         [E("2026-03-02", 60, "90.00")]),
    case("report-credit-partial-then-again", "report",
         "entries out of date order, so line 2 is the 03-04 entry; credit lines 2 and 3: 19 % of "
         "-51.50 = -9.785 -> -9.79 and 7 % of -1.50 = -0.105 -> -0.11 (away from zero; half-even "
         "gives -9.78 and -0.10); then crediting line 2 again is refused",
         SELLER_DE, B_DE,
         [E("2026-03-04", 20, "154.50"), E("2026-03-02", 3, "30.00")],
         [L("Booklet", "1", "1.50", "7"), L("Cable", "1", "9.99")],
         credit={"lines": [2, 3], "reason": "Cancelled items", "again": [2]}),
    case("report-credit-full-reverse-charge", "report",
         "full credit of a DE -> AT reverse-charge invoice: AE 0 %, tax 0, exact negation; a second "
         "credit of line 1 is refused",
         SELLER_DE, B_AT,
         [E("2026-03-02", 7, "86.10"), E("2026-03-03", 40, "100.00")],
         [L("Licence", "1", "99.95", "7")],
         credit={"lines": None, "reason": "Wrong legal entity", "again": [1]}),
    case("report-credit-partial-then-other-line", "report",
         "19 % lines 0.50, 0.50, 1.00: credit [1] then [2, 3]: credit taxes -0.095 -> -0.10 and "
         "-0.285 -> -0.29, together -0.39, while the original 19 % tax on 2.00 is 0.38; the 7 % "
         "line (3.50 -> 0.245 -> 0.25) stays uncredited",
         SELLER_DE, B_DE,
         [E("2026-03-02", 1, "30.00"), E("2026-03-03", 1, "30.00"), E("2026-03-04", 2, "30.00")],
         [L("Tea", "1", "3.50", "7")],
         credit={"lines": [1], "reason": "Duplicate", "again": [2, 3]}),
]


# --------------------------------------------------------------------------- hand checks
# Values worked out by hand (pencil arithmetic written in the comments), asserted against
# the Fraction computation so that a bug in compute() cannot silently change them.

HAND = {
    # 20 min @ 100.00 = 33.333.. -> 3333; 40 min = 66.666.. -> 6667; 20 @ 100.01 = 33.3366 -> 3334;
    # 10 min = 16.666 -> 1667 (date order 03-02, 03-03, 03-04, 03-05). 15001 * 0.19 = 2850.19.
    "tune-thirds-of-an-hour": dict(lines=[3333, 6667, 3334, 1667], subtotal=15001, tax=2850),
    # 95.05/2 = 47.525 -> 4753; 86.10*7/60 = 602.70/60 = 10.045 -> 1005; 95.02*3/4 = 71.265 -> 7127;
    # 0.025 -> 3. Sum 12888; 19 % = 2448.72 -> 2449.
    "tune-half-cent-lines": dict(lines=[4753, 1005, 7127, 3], subtotal=12888, tax=2449),
    # 8 h * 110 = 880.00, 3 * 34.50 = 103.50 -> 98350; 98350 * 0.19 = 18686.5 -> 18687; due = issue.
    "tune-tax-tie-19": dict(lines=[88000, 10350], subtotal=98350, tax=18687, due_date="2026-03-31"),
    # 8*10 + 6*3 = 98; 98*0.19 = 18.62 -> 19.
    "tune-many-small-lines": dict(subtotal=98, tax=19, service_start=None, service_end=None),
    # 1.5 h * 120 = 18000 (03-02); 30 min * 143 = 7150 (03-04); 50 min * 96 = 8000 (03-06); 2 * 10.75.
    # 19 %: 33150 * 0.19 = 6298.5 -> 6299; 7 %: 2150 * 0.07 = 150.5 -> 151.
    "tune-two-rates-19-7": dict(lines=[18000, 7150, 8000, 2150], subtotal=35300, tax=6450),
    # 20 min @ 75 = 25.00, 40 min = 50.00; 20 % of 7500 = 1500; 5.5 % of 1100 = 60.5 -> 61;
    # 10 % of 1505 = 150.5 -> 151.
    "tune-fr-domestic-three-rates": dict(lines=[2500, 5000, 1100, 1505], subtotal=10105, tax=1712),
    # 7.5 % of 10060 = 754.5 -> 755; 19 % of 4990 = 948.1 -> 948.
    "tune-rate-7-5": dict(lines=[10060, 4990], tax=755 + 948),
    # 66.66/3 = 22.22; 77.77*7/60 = 9.0731 -> 907; Z base 3129, S 25000 -> 4750.
    "tune-zero-rate-domestic": dict(lines=[2222, 907, 25000], tax=4750),
    # 1440.25 -> 1440; 754.5 -> 755; 3333.3 -> 3333; 500.5 -> 501; 121. Sum 6150; 19 % = 1168.5 -> 1169.
    "tune-jpy": dict(lines=[1440, 755, 3333, 501, 121], subtotal=6150, tax=1169),
    # 12.345*7/60 = 1.44025 -> 1440 fils; 10.001/2 = 5.0005 -> 5001; 0.125/3 = 0.041666 -> 42; 467.
    # Sum 6950; 19 % = 1320.5 -> 1321.
    "tune-kwd": dict(lines=[1440, 5001, 42, 467], subtotal=6950, tax=1321),
    # 160 h * 1250 = 200000.00; 12345.5 * 99.99 = 1234550 - 123.455 = 1234426.545 -> 123442655 ct;
    # + 95 = 143442750; * 0.19 = 27254122.5 -> 27254123.
    "tune-large-amounts": dict(lines=[20000000, 123442655, 95], subtotal=143442750, tax=27254123),
    "tune-rc-de-at": dict(lines=[3333, 6667, 2995], tax=0, tax_case="reverse_charge",
                          vat_ids_on_invoice=["DE123456789", "ATU87654321"]),
    # 0.5 * 59.49 = 29.745 -> 2975; all E.
    "tune-small-business-domestic": dict(lines=[1500, 3000, 2975], tax=0, tax_case="small_business"),
    "tune-small-business-eu-buyer-no-vat-id": dict(refused="VAT id", refused_field="buyer.vat_id"),
    # lines 1 and 3: 100 + 50 cents -> base -150 -> 19 % = -28.5 -> -29.
    "tune-credit-partial-then-again": dict(lines=[100, 12345, 50, 145]),
    # 4753 + 3333 + 64 = 8150 -> 1548.5 -> 1549; 2150 -> 150.5 -> 151. 10300 / 1700 / 12000.
    "tune-credit-full-two-rates": dict(lines=[4753, 3333, 2150, 64], subtotal=10300, tax=1700,
                                       total=12000),
    # 30 min @ 1.01 = 0.505 -> 51 each; 102 * 0.19 = 19.38 -> 19.
    "tune-credit-partial-then-other-line": dict(lines=[51, 51], tax=19),
    # 20 min @ 85 = 28.333 -> 2833 (02-26); 40 min = 56.667 -> 5667 (02-27); 100 min = 141.667 ->
    # 14167 (03-02); 40 min @ 133.33 = 88.8867 -> 8889 (03-03).
    "report-thirds-of-an-hour": dict(lines=[2833, 5667, 14167, 8889], subtotal=31556,
                                     service_start="2026-02-26", service_end="2026-03-03"),
    # 52.50*7/60 = 6.125 -> 613; 60.005 -> 6001; 80.06*0.75 = 60.045 -> 6005; 0.525 -> 53.
    "report-half-cent-lines": dict(lines=[613, 6001, 6005, 53], subtotal=12672, tax=2408),
    # 10 h * 180 = 180000; 1 h * 130 = 13000; 24150 -> 217150 * 0.19 = 41258.5 -> 41259.
    "report-tax-tie-19-year-end": dict(subtotal=217150, tax=41259, due_date="2027-01-19"),
    # 63 min as 9 x 1167 = 10503; 10503 * 0.19 = 1995.57 -> 1996.
    "report-many-small-lines": dict(subtotal=10503, tax=1996),
    # 6 min @ 24.85 = 2.485 -> 249; 2 * 5.75 = 1150; 0.5 * 2.01 = 1.005 -> 101.
    # 19 %: 350 -> 66.5 -> 67; 7 %: 1150 -> 80.5 -> 81.
    "report-two-rates-19-7": dict(lines=[249, 1150, 101], subtotal=1500, tax=148),
    # 62.50*2/3 = 41.667 -> 4167; 62.50/3 = 20.833 -> 2083; 20 %: 6250 -> 1250; 5.5 %: 5500 -> 302.5
    # -> 303; 10 %: 2505 -> 250.5 -> 251.
    "report-fr-domestic-three-rates": dict(lines=[4167, 2083, 5500, 2505], tax=1804),
    # 7.5 %: 140 -> 10.5 -> 11; 19 %: 6000 -> 1140.
    "report-rate-7-5": dict(lines=[6000, 60, 80], tax=1151),
    # 102.90*7/60 = 12.005 -> 1201; 1201 + 2349 = 3550 -> 674.5 -> 675.
    "report-zero-rate-line-domestic": dict(lines=[1201, 50000, 2349], tax=675),
    # 1014*0.75 = 760.5 -> 761; 8001/3 = 2667; 9000*7/60 = 1050; 72; 19 %: 4550 -> 864.5 -> 865;
    # 7 %: 2150 -> 150.5 -> 151.
    "report-jpy-two-rates": dict(lines=[761, 2667, 1050, 2150, 72], tax=1016),
    # 8.006*0.75 = 6.0045 -> 6005; 2.1*7/60 = 0.245; 1.001*2/3 = 0.66733 -> 667; 19 %: 6950 ->
    # 1320.5 -> 1321; 7 %: 150 -> 10.5 -> 11.
    "report-kwd-two-rates": dict(lines=[6005, 245, 667, 150, 33], tax=1332),
    # 1234567.89/3 = 411522.63; 9 999 999.985 -> 999 999 998.5 ct -> 999 999 999; 250000 * 40.01 =
    # 10 002 500.00; 88. Sum 2 041 402 350; * 0.19 = 387 866 446.5 -> 387 866 447.
    "report-large-amounts": dict(lines=[41152263, 999999999, 1000250000, 88],
                                 subtotal=2041402350, tax=387866447),
    # 99.98/3 = 33.3267 -> 3333; 2/3 = 66.6533 -> 6665; 3 * 12.95 = 3885; AE.
    "report-rc-de-fr": dict(lines=[3333, 6665, 3885], tax=0, tax_case="reverse_charge"),
    # 7 min @ 131.17 = 918.19/60 = 15.30316 -> 1530; 30 min @ 95.05 -> 4753; AE, tax 0;
    # 2028 is a leap year: 2028-02-15 + 60 days = 2028-04-15.
    "report-rc-de-gr-el-prefix": dict(lines=[1530, 4753], tax=0, due_date="2028-04-15",
                                      tax_case="reverse_charge"),
    # 94.50*7/60 = 11.025 -> 1103; 137.77*7/60 = 16.0732 -> 1607; 250/3 = 83.333 -> 8333.
    "report-outside-eu-us-usd": dict(lines=[1103, 1607, 8333], tax=0, tax_case="outside_eu"),
    "report-outside-eu-gb": dict(lines=[7333, 3667], subtotal=11000, tax_case="outside_eu"),
    # 1002*0.75 = 751.5 -> 752; 12345*2/3 = 8230; 15000*7/60 = 1750; 166.5 -> 167. Date order 03-20,
    # 03-23, 03-24. Due 2026-03-31 + 21 = 2026-04-21.
    "tune-outside-eu-jp-jpy": dict(lines=[8230, 752, 1750, 167], tax=0, tax_case="outside_eu",
                                   due_date="2026-04-21", service_start="2026-03-20"),
    # 4.001/2 = 2.0005 -> 2001 fils; 12.345*7/60 = 1.44025 -> 1440; 3.001/3 = 1.000333 -> 1000;
    # 0.2525 -> 253.
    "report-outside-eu-kw-kwd": dict(lines=[2001, 1440, 1000, 253], subtotal=4694, tax=0,
                                     due_date="2026-04-07"),
    "report-small-business-eu-business": dict(refused="VAT id", refused_field="seller.vat_id"),
    # 70.06 * 0.75 = 52.545 -> 5255.
    "report-small-business-us": dict(lines=[5255], tax_case="outside_eu"),
    "report-missing-seller-address": dict(refused="address", refused_field="seller.address"),
    "report-missing-buyer-billing-address": dict(refused="billing address"),
}

HAND_CREDIT = {
    "tune-credit-partial-then-again": dict(lines=[-100, -50], subtotal=-150, tax=-29, total=-179,
                                           again_refused="credited"),
    "tune-credit-full-two-rates": dict(lines=[-4753, -3333, -2150, -64], subtotal=-10300,
                                       tax=-1700, total=-12000, again_refused="credited"),
    # -51 * 0.19 = -9.69 -> -10 for each credit: -20 in all vs +19 on the invoice.
    "tune-credit-partial-then-other-line": dict(lines=[-51], tax=-10, total=-61,
                                                again_refused=None, again_tax=-10),
    # lines by date: 150 (03-02), 5150 (03-04), 150 (7 %), 999. Credit 2 and 3:
    # -5150 * 0.19 = -978.5 -> -979; -150 * 0.07 = -10.5 -> -11.
    "report-credit-partial-then-again": dict(lines=[-5150, -150], subtotal=-5300, tax=-990,
                                             total=-6290, again_refused="credited"),
    "report-credit-full-reverse-charge": dict(lines=[-1005, -6667, -9995], subtotal=-17667, tax=0,
                                              total=-17667, again_refused="credited"),
    # [1]: -50 -> -9.5 -> -10; [2, 3]: -150 -> -28.5 -> -29.
    "report-credit-partial-then-other-line": dict(lines=[-50], tax=-10, total=-60,
                                                  again_refused=None, again_tax=-29),
}


def check_hand(exps):
    for cid, want in HAND.items():
        got = exps[cid]
        for k, v in want.items():
            assert got[k] == v, f"hand check {cid}.{k}: computed {got[k]!r}, by hand {v!r}"
    for cid, want in HAND_CREDIT.items():
        got = exps[cid]["credit"]
        for k, v in want.items():
            if k == "again_refused":
                assert got["again"]["refused"] == v, (cid, k, got["again"])
            elif k == "again_tax":
                assert got["again"]["tax"] == v, (cid, k, got["again"])
            else:
                assert got[k] == v, f"hand check {cid}.credit.{k}: computed {got[k]!r}, by hand {v!r}"
    for cid, e in exps.items():
        if e["credit"] and e["credit"].get("refused") is None and e["credit"]["lines"] is not None:
            c = next(c for c in CASES if c["id"] == cid)
            if c["credit"]["lines"] is None:  # full credit = exact negation
                assert (e["credit"]["subtotal"], e["credit"]["tax"], e["credit"]["total"]) == \
                    (-e["subtotal"], -e["tax"], -e["total"]), cid


def main():
    out = []
    exps = {}
    for c in CASES:
        c = json.loads(json.dumps(c))  # deep copy
        c["expect"] = compute(c)
        exps[c["id"]] = c["expect"]
        out.append(c)
    ids = [c["id"] for c in out]
    assert len(set(ids)) == len(ids)
    check_hand(exps)
    text = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")
    # summary
    for c in out:
        e = c["expect"]
        tr = traps(c, e)
        kind = e["refused"] and f"REFUSED[{e['refused_field']}]" or e["tax_case"]
        print(f"{c['split']:6} {c['id']:44} {kind:36} "
              f"sub={e['subtotal']} tax={e['tax']} traps={','.join(tr)}")
    print(len(out), "cases;", sum(c["split"] == "tune" for c in out), "tune,",
          sum(c["split"] == "report" for c in out), "report")


if __name__ == "__main__":
    main()
