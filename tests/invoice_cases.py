"""Runs the invoice cases of ``tests/data/invoices/cases.json`` through the product.

Each case is driven through the real ``Workspace`` and ``BillingService`` on a fresh
SQLite file: the business details and the client's billing identity are entered as a
user would, the time entries logged, the manual lines added, the draft issued and,
if the case says so, a credit note issued (and a second one attempted). The result
is compared with the case's independently computed expectations; ``run_case``
returns the differences as sentences (empty: the case passes).

Used by ``tests/unit/services/test_invoice_cases.py`` (the *tune* half) and
``tests/bench/bench_invoice_cases.py`` (either half; the *report* half is only ever
reported, never tuned on — tests/data/invoices/README.md).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from consultant.core.settings import Profile, Settings
from consultant.services.billing import BillingService
from consultant.services.workspace import ServiceError, Workspace

CASES = Path(__file__).parent / "data" / "invoices" / "cases.json"


def load_cases(split: str | None = None) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(CASES.read_text(encoding="utf-8"))
    return [c for c in cases if split is None or c["split"] == split]


def _profile(seller: dict[str, Any]) -> Profile:
    return Profile(
        business=seller.get("legal_name") or "",
        address=seller.get("address") or "",
        country=seller.get("country") or "",
        vat_id=seller.get("vat_id") or "",
        tax_id=seller.get("tax_number") or "",
        small_business=bool(seller.get("small_business")),
    )


def _groups(groups: list[Any]) -> list[tuple[str, str, int, int]]:
    out = []
    for g in groups:
        if isinstance(g, dict):
            out.append((g["category"], _rate(g["rate"]), int(g["base"]), int(g["tax"])))
        else:
            out.append((g.category, _rate(str(g.rate)), g.base_minor, g.tax_minor))
    return sorted(out)


def _rate(text: str) -> str:
    from decimal import Decimal

    return format(Decimal(text).normalize(), "f")


#: ``refused_field`` → (whose field the sentence must be about, the words naming it)
_FIELD_WORDS = {
    "seller.legal_name": ("your business", "legal name"),
    "seller.address": ("your business", "address"),
    "seller.country": ("your business", "country"),
    "seller.vat_id": ("your business", "vat id"),
    "seller.vat_id_or_tax_number": ("your business", "tax number"),
    "buyer.address": ("client", "billing address"),
    "buyer.country": ("client", "country"),
    "buyer.vat_id": ("client", "vat id"),
}


def _refused(message: str, expect: dict[str, Any]) -> list[str]:
    """The refusal must name the field and whose it is."""
    words = [expect["refused"]] if expect.get("refused") else []
    field = expect.get("refused_field")
    if field:
        party, name = _FIELD_WORDS[field]
        lowered = message.lower()
        if party not in lowered or name not in lowered:
            return [f"refusal “{message}” does not say that {party} lacks the {name}"]
    missing = [w for w in words if w.lower() not in message.lower()]
    return [f"refusal “{message}” does not name {missing}"] if missing else []


def run_case(case: dict[str, Any]) -> list[str]:
    """The differences between the product and the case's expectations."""
    with tempfile.TemporaryDirectory() as home:
        ws = Workspace.open(Path(home))
        try:
            return _run(ws, case)
        finally:
            ws.close()


def _run(ws: Workspace, case: dict[str, Any]) -> list[str]:
    expect = case["expect"]
    buyer = case["buyer"]
    problems: list[str] = []
    settings = Settings(profile=_profile(case["seller"]), default_tax_rate=case["tax_rate"])
    try:
        ws.add_client(
            buyer["name"],
            currency=case["currency"],
            billing_address=buyer.get("address") or "",
            country=buyer.get("country") or "",
            vat_id=buyer.get("vat_id") or "",
            payment_days=None if buyer.get("payment_days") is None else str(buyer["payment_days"]),
        )
    except ServiceError as exc:
        if expect.get("refused"):
            return _refused(str(exc), expect)
        return [f"client refused: {exc}"]
    billing = BillingService(ws, settings)
    if any(entry["minutes"] > 24 * 60 for entry in case["entries"]):
        # the product refuses a single entry over 24 h ("one entry per day")
        return ["skipped: an entry longer than 24 hours"]
    for entry in case["entries"]:
        billing.log_time(
            buyer["name"], f"{entry['minutes']}m", "Work", work_date=entry["date"],
            rate=entry["rate"],
        )  # fmt: skip
    draft = billing.create_draft(buyer["name"], all_unbilled=bool(case["entries"]))
    assert draft.id is not None
    for line in case["lines"]:
        billing.add_line(
            draft.id, line["description"], line["quantity"], line["unit_price"],
            tax_rate=line.get("tax_rate"),
        )  # fmt: skip
    try:
        inv = billing.issue(draft.id, issue_date=case["issue_date"])
    except ServiceError as exc:
        if expect.get("refused"):
            return _refused(str(exc), expect)
        return [f"issue refused: {exc}"]
    if expect.get("refused"):
        return [f"issued although the case expects a refusal naming {expect['refused']!r}"]
    doc = billing.document(draft.id)
    got = {
        "lines": [line.amount_minor for line in inv.lines],
        "subtotal": inv.subtotal_minor,
        "tax": inv.tax_minor,
        "total": inv.total_minor,
        "tax_case": inv.tax_case.value,
        "due_date": inv.due_date,
    }
    for key, value in got.items():
        if expect.get(key) is not None and expect[key] != value:
            problems.append(f"{key}: expected {expect[key]!r}, got {value!r}")
    if _groups(expect["groups"]) != _groups(list(doc.vat_groups)):
        problems.append(f"VAT groups: expected {expect['groups']}, got {doc.vat_groups}")
    if expect.get("service_start") is not None:
        period = (inv.service_start, inv.service_end)
        if period != (expect["service_start"], expect["service_end"]):
            problems.append(f"service period: expected {expect['service_start']}–"
                            f"{expect['service_end']}, got {period}")  # fmt: skip
    credit = case.get("credit")
    if credit:
        problems += _credit(billing, draft.id, credit, expect.get("credit") or {})
    return problems


def _credit(
    billing: BillingService, invoice_id: int, credit: dict[str, Any], expect: dict[str, Any]
) -> list[str]:
    problems: list[str] = []
    try:
        note = billing.credit(invoice_id, credit["reason"], positions=credit.get("lines"))
    except ServiceError as exc:
        if expect.get("refused"):
            return _refused(str(exc), expect)
        return [f"credit refused: {exc}"]
    got = {
        "lines": [line.amount_minor for line in note.lines],
        "subtotal": note.subtotal_minor,
        "tax": note.tax_minor,
        "total": note.total_minor,
    }
    for key, value in got.items():
        if expect.get(key) is not None and expect[key] != value:
            problems.append(f"credit {key}: expected {expect[key]!r}, got {value!r}")
    if expect.get("groups") is not None:
        doc = billing.document(note.id or 0)
        if _groups(expect["groups"]) != _groups(list(doc.vat_groups)):
            problems.append(f"credit VAT groups: expected {expect['groups']}, "
                            f"got {doc.vat_groups}")  # fmt: skip
    again = credit.get("again")
    if again:
        second = expect.get("again") or {}
        try:
            billing.credit(invoice_id, credit["reason"], positions=again)
        except ServiceError as exc:
            if not second.get("refused"):
                problems.append(f"second credit refused: {exc}")
            else:
                problems += _refused(str(exc), second)
        else:
            if second.get("refused"):
                problems.append("a line was credited twice")
    return problems
