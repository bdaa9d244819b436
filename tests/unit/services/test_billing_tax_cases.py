"""Legal content of invoices: identities, VAT cases, refusals naming the field, credits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consultant.core.models import TaxCase
from consultant.core.settings import Settings
from consultant.services.billing import BillingService, edit_business
from consultant.services.workspace import Conflict, ServiceError, Workspace
from tests.support import CLIENT_BILLING, business_profile


@pytest.fixture
def ws() -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


def _billing(ws: Workspace, **profile: object) -> BillingService:
    return BillingService(
        ws, Settings(profile=business_profile(**profile), default_tax_rate="19")
    )


def _issue(billing: BillingService, client: str, *durations: str) -> int:
    for i, duration in enumerate(durations or ("1h",)):
        billing.log_time(client, duration, f"Work {i}", work_date=f"2026-03-{i + 2:02d}")
    draft = billing.create_draft(client, all_unbilled=True)
    assert draft.id is not None
    billing.issue(draft.id, issue_date="2026-03-31")
    return draft.id


@pytest.mark.parametrize(
    ("missing", "client_fields", "profile", "named"),
    [
        ("client address", {"billing_address": ""}, {}, "Client Acme has no billing address"),
        ("client country", {"country": ""}, {}, "Client Acme has no country"),
        ("seller name", {}, {"business": "", "name": ""}, "Your business has no legal name"),
        ("seller address", {}, {"address": ""}, "Your business has no address"),
        ("seller country", {}, {"country": ""}, "Your business has no country"),
        ("seller ids", {}, {"vat_id": "", "tax_id": ""}, "neither a VAT id nor a tax number"),
        ("buyer VAT id, EU", {"country": "FR", "vat_id": ""}, {}, "has no VAT id"),
    ],
)
def test_issuing_is_refused_with_the_missing_field_named(
    ws: Workspace,
    missing: str,
    client_fields: dict[str, str],
    profile: dict[str, str],
    named: str,
) -> None:
    ws.add_client("Acme", rate="100", **{**CLIENT_BILLING, **client_fields})
    billing = _billing(ws, **profile)
    billing.log_time("Acme", "1h", "Work")
    draft = billing.create_draft("Acme", all_unbilled=True)
    assert draft.id is not None
    with pytest.raises(ServiceError, match=named):
        billing.issue(draft.id)
    assert billing.invoice(draft.id).status == "draft"  # nothing numbered
    assert named in " ".join(billing.issue_problems(draft.id))


def test_domestic_invoice_has_period_due_date_and_19_percent(ws: Workspace) -> None:
    ws.add_client("Acme", rate="100", payment_days="30", **CLIENT_BILLING)
    billing = _billing(ws)
    invoice_id = _issue(billing, "Acme", "1h", "30m")
    inv = billing.invoice(invoice_id)
    assert inv.tax_case == TaxCase.DOMESTIC
    assert (inv.service_start, inv.service_end) == ("2026-03-02", "2026-03-03")
    assert inv.due_date == "2026-04-30"  # the client's 30 days, not the default 14
    assert [line.tax_category for line in inv.lines] == ["S", "S"]
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (15000, 2850, 17850)
    doc = billing.document(invoice_id)
    assert doc.tax_note == "" and [g.category for g in doc.vat_groups] == ["S"]


def test_reverse_charge_to_another_eu_country(ws: Workspace) -> None:
    ws.add_client(
        "Lyon", rate="100", **{**CLIENT_BILLING, "country": "FR", "vat_id": "FR40303265045",
                               "invoice_language": "en"},
    )  # fmt: skip
    billing = _billing(ws)
    invoice_id = _issue(billing, "Lyon")
    inv = billing.invoice(invoice_id)
    assert inv.tax_case == TaxCase.REVERSE_CHARGE
    assert [(ln.tax_category, ln.tax_rate) for ln in inv.lines] == [("AE", "0")]
    assert inv.tax_minor == 0 and inv.total_minor == 10000
    doc = billing.document(invoice_id)
    assert "Reverse charge" in doc.tax_note
    assert doc.seller["vat_id"] == "DE136695976" and doc.buyer["vat_id"] == "FR40303265045"


def test_small_business_wins_and_german_note(ws: Workspace) -> None:
    ws.add_client("Acme", rate="100", invoice_language="de", **CLIENT_BILLING)
    billing = _billing(ws, small_business=True)
    inv = billing.invoice(_issue(billing, "Acme"))
    assert inv.tax_case == TaxCase.SMALL_BUSINESS and inv.language == "de"
    assert [ln.tax_category for ln in inv.lines] == ["E"] and inv.tax_minor == 0
    assert "§ 19 UStG" in billing.document(inv.id or 0).tax_note


def test_buyer_outside_the_eu(ws: Workspace) -> None:
    ws.add_client("Boston", rate="100", **{**CLIENT_BILLING, "country": "US", "vat_id": ""})
    billing = _billing(ws)
    inv = billing.invoice(_issue(billing, "Boston"))
    assert inv.tax_case == TaxCase.OUTSIDE_EU and [ln.tax_category for ln in inv.lines] == ["O"]


def test_draft_totals_follow_the_case_before_issue(ws: Workspace) -> None:
    ws.add_client("Lyon", rate="100", **{**CLIENT_BILLING, "country": "FR",
                                        "vat_id": "FR40303265045"})  # fmt: skip
    billing = _billing(ws)
    billing.log_time("Lyon", "1h", "Work")
    draft = billing.create_draft("Lyon", all_unbilled=True)
    assert draft.tax_case == TaxCase.REVERSE_CHARGE and draft.tax_minor == 0
    ws.edit_client("Lyon", country="DE", vat_id="DE811569869")
    doc = billing.document(draft.id or 0)  # the draft follows the client's new details
    assert doc.invoice.tax_case == TaxCase.DOMESTIC and doc.invoice.tax_minor == 1900


def test_per_line_rates_are_grouped_and_rounded_once_per_group(ws: Workspace) -> None:
    ws.add_client("Acme", rate="100", **CLIENT_BILLING)
    billing = _billing(ws)
    draft = billing.create_draft("Acme")
    assert draft.id is not None
    for price in ("0.05", "0.05", "0.05"):  # 7 % of 0.15 = 0.0105 → 0.01 (not 3 × 0.00)
        billing.add_line(draft.id, "Book", "1", price, tax_rate="7")
    billing.add_line(draft.id, "Work", "1", "10.03")  # 19 % of 10.03 = 1.9057 → 1.91
    inv = billing.invoice(draft.id)
    assert inv.tax_minor == 1 + 191 and inv.total_minor == 15 + 1003 + 192
    groups = {(g.category, str(g.rate)): (g.base_minor, g.tax_minor)
              for g in billing.document(draft.id).vat_groups}  # fmt: skip
    assert groups == {("S", "7"): (15, 1), ("S", "19"): (1003, 191)}


def test_partial_credit_note_then_the_rest(ws: Workspace) -> None:
    ws.add_client("Acme", rate="100", **CLIENT_BILLING)
    billing = _billing(ws)
    invoice_id = _issue(billing, "Acme", "1h", "20m", "7m")
    original = billing.invoice(invoice_id)
    first = billing.credit(invoice_id, "Second session not agreed", positions=[2])
    assert first.number == "2026-0002" and first.credited_invoice_id == invoice_id
    assert [ln.amount_minor for ln in first.lines] == [-original.lines[1].amount_minor]
    assert billing.invoice(invoice_id).display_status == "partly credited"
    doc = billing.document(first.id or 0)
    assert doc.credited_number == "2026-0001" and doc.credited_issue_date == "2026-03-31"
    assert doc.title == "Credit note 2026-0002"
    with pytest.raises(Conflict, match="Line 2 of invoice 2026-0001 is already credited"):
        billing.credit(invoice_id, "again", positions=[2])
    with pytest.raises(ServiceError, match="has no line 9"):
        billing.credit(invoice_id, "x", positions=[9])
    with pytest.raises(Conflict, match="is a credit note"):
        billing.credit(first.id or 0, "credit a credit")
    rest = billing.credit(invoice_id, "Cancelled")  # every line not yet credited
    assert [ln.credited_line_id for ln in rest.lines] == [
        original.lines[0].id, original.lines[2].id
    ]
    # lines add up exactly; each credit note rounds its own VAT, so the VAT of two
    # partial credits may differ from the invoice's by a cent
    assert first.subtotal_minor + rest.subtotal_minor == -original.subtotal_minor
    assert abs(first.tax_minor + rest.tax_minor + original.tax_minor) <= 1
    assert billing.invoice(invoice_id).display_status == "credited"
    assert [n.number for n in billing.credit_notes(invoice_id)] == ["2026-0002", "2026-0003"]


def test_full_credit_is_the_exact_negative(ws: Workspace) -> None:
    ws.add_client("Acme", rate="99.99", **CLIENT_BILLING)
    billing = _billing(ws)
    invoice_id = _issue(billing, "Acme", "7m", "20m", "40m")
    original = billing.invoice(invoice_id)
    note = billing.credit(invoice_id, "Wrong rate")
    assert (note.subtotal_minor, note.tax_minor, note.total_minor) == (
        -original.subtotal_minor, -original.tax_minor, -original.total_minor
    )


def test_business_details_are_checked(ws: Workspace) -> None:
    profile = business_profile()
    with pytest.raises(ServiceError, match="not a valid IBAN"):
        edit_business(profile, iban="DE00 1234", country="FR")
    assert profile.country == "DE"  # nothing applied when one value is refused
    with pytest.raises(ServiceError, match="not a country code"):
        edit_business(profile, country="Germany")
    warnings = edit_business(profile, vat_id="de 123 456 789", small_business=True)
    assert profile.vat_id == "DE123456789" and profile.small_business
    assert warnings and "check digit" in warnings[0]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("country", "Deutschland", "not a country code"),
        ("vat_id", "DE12", "not a valid DE VAT id"),
        ("payment_days", "-3", "payment days"),
        ("payment_days", "fourteen", "payment days"),
        ("invoice_language", "fr", "not an invoice language"),
        ("billing_email", "accounts at acme", "not an e-mail address"),
    ],
)
def test_client_billing_fields_are_checked(
    ws: Workspace, field: str, value: str, message: str
) -> None:
    ws.add_client("Acme")
    with pytest.raises(ServiceError, match=message):
        ws.edit_client("Acme", **{field: value})
