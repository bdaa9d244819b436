"""Billing use cases: arithmetic properties, numbering, immutability, one invoice per entry."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.core.models import InvoiceStatus, Role
from consultant.core.money import MAX_MINOR, exponent, invoice_totals, line_amount
from consultant.core.settings import Profile, Settings, save_settings
from consultant.services.billing import (
    BillingService,
    check_number_format,
    entry_amount_minor,
    entry_quantity,
    parse_suggestions,
    parse_tax_rate,
)
from consultant.services.workspace import Conflict, ServiceError, Workspace
from tests.llm_server import LLMTestServer
from tests.support import CLIENT_BILLING, business_profile


@pytest.fixture
def ws() -> Iterator[Workspace]:
    w = Workspace.open()
    yield w
    w.close()


@pytest.fixture
def billing(ws: Workspace) -> BillingService:
    ws.add_client(
        "Acme", rate="120.00", currency="EUR", organization="Acme Home Health", **CLIENT_BILLING
    )
    return BillingService(
        ws, Settings(profile=business_profile(), default_tax_rate="19", payment_days=14)
    )


# -- arithmetic properties -------------------------------------------------------------
def _half_up(value: Fraction) -> int:
    """Reference rounding for non-negative values, with exact rationals."""
    return math.floor(value + Fraction(1, 2))


@settings(max_examples=3000)
@given(
    st.integers(min_value=0, max_value=MAX_MINOR),
    st.integers(min_value=1, max_value=24 * 60),
    st.sampled_from(["EUR", "JPY", "KWD", "USD"]),
)
def test_entry_line_rounds_once_from_the_exact_value(rate: int, minutes: int, cur: str) -> None:
    q = entry_quantity(minutes)
    assert isinstance(q, Decimal)
    exact = entry_amount_minor(rate, minutes)
    # independent check: exact rational arithmetic, rounded half-up once
    assert exact == _half_up(Fraction(rate * minutes, 60))
    assert line_amount(q, rate, cur).amount_minor == exact


@settings(max_examples=3000)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(10_000), places=4),
            st.integers(min_value=0, max_value=10**9),
        ),
        min_size=0,
        max_size=8,
    ),
    st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=4),
    st.sampled_from(["EUR", "JPY", "KWD", "CHF"]),
)
def test_totals_are_sum_of_rounded_lines_plus_rounded_tax(
    lines: list[tuple[Decimal, int]], tax: Decimal, cur: str
) -> None:
    amounts = []
    for qty, price in lines:
        amount = line_amount(qty, price, cur).amount_minor
        assert type(amount) is int
        assert amount == _half_up(Fraction(qty) * price)  # price is in minor units
        amounts.append(amount)
    totals = invoice_totals(amounts, tax, cur)
    assert totals.subtotal_minor == sum(amounts)
    assert totals.tax_minor == _half_up(Fraction(sum(amounts)) * Fraction(tax) / 100)
    assert totals.total_minor == totals.subtotal_minor + totals.tax_minor
    assert all(type(x) is int for x in (totals.subtotal_minor, totals.tax_minor))


def test_floats_are_refused_everywhere() -> None:
    with pytest.raises(TypeError):
        line_amount(1.5, 100, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        line_amount(Decimal(1), 1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        invoice_totals([100], 19.0, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_tax_rate(19.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        entry_quantity(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        entry_amount_minor(100.0, 60)  # type: ignore[arg-type]


def test_exponents() -> None:
    assert exponent("JPY") == 0 and exponent("KWD") == 3 and exponent("EUR") == 2
    assert line_amount(Decimal("1.5"), 1001, "JPY").amount_minor == 1502  # ¥1,501.5 → 1,502
    assert line_amount(Decimal("0.5"), 1, "KWD").amount_minor == 1  # 0.0005 KWD → 0.001


@pytest.mark.parametrize(
    ("text", "value"), [("19", "19"), ("19 %", "19"), ("7,5", "7.5"), ("0", "0"), ("", "0")]
)
def test_tax_rate_parsing(text: str, value: str) -> None:
    assert parse_tax_rate(text) == Decimal(value)


@pytest.mark.parametrize("text", ["-1", "101", "abc", "1.23456", "nan"])
def test_tax_rate_rejected(text: str) -> None:
    with pytest.raises(ServiceError):
        parse_tax_rate(text)


def test_number_format_checked() -> None:
    assert check_number_format("") == "{year}-{seq:04d}"
    assert check_number_format("INV-{year}/{seq:03d}") == "INV-{year}/{seq:03d}"
    for bad in ("{seq}", "{year}", "{year}-{nope}", "{year}-{seq:q}"):
        with pytest.raises(ServiceError):
            check_number_format(bad)


# -- use cases ---------------------------------------------------------------------------
def test_log_time_defaults_rate_and_currency(billing: BillingService) -> None:
    e = billing.log_time("acme", "1h30m", "Setup", work_date="2026-03-02")
    assert (e.minutes, e.rate_minor, e.currency, e.work_date) == (90, 12000, "EUR", "2026-03-02")
    e2 = billing.log_time("Acme", "20m", "Call", rate="150")
    assert e2.rate_minor == 15000 and e2.work_date == date.today().isoformat()
    for bad in (("abc", "x"), ("1h", "  "), ("25h", "x")):
        with pytest.raises(ServiceError):
            billing.log_time("Acme", *bad)
    with pytest.raises(ServiceError, match="Rate"):
        billing.log_time("Acme", "1h", "x", rate="12.345")
    with pytest.raises(ServiceError, match="not a date"):
        billing.log_time("Acme", "1h", "x", work_date="2026-02-30")


def test_conversation_link_must_belong_to_the_client(ws: Workspace, billing: BillingService):
    other = ws.add_client("Other")
    assert other.id is not None
    conv = ws.store.conversations.create(other.id, "Elsewhere")
    with pytest.raises(ServiceError, match="another client"):
        billing.log_time("Acme", "1h", "x", conversation_id=conv.id)
    acme = ws.client("Acme")
    assert acme.id is not None
    mine = ws.store.conversations.create(acme.id, "VPN")
    assert billing.log_time("Acme", "1h", "x", conversation_id=mine.id).conversation_id == mine.id


def test_draft_issue_pay_flow(billing: BillingService) -> None:
    a = billing.log_time("Acme", "1:30", "Setup", work_date="2026-03-02")
    b = billing.log_time("Acme", "50m", "Guide", work_date="2026-03-03")
    draft = billing.create_draft("Acme", all_unbilled=True, notes="Thanks")
    assert draft.status == InvoiceStatus.DRAFT and draft.number is None
    assert [x.time_entry_id for x in draft.lines] == [a.id, b.id]
    # 1.5 h × 120 = 180.00; 50/60 h × 120 = 100.00
    assert [x.amount_minor for x in draft.lines] == [18000, 10000]
    assert draft.tax_rate == "19" and draft.tax_minor == 5320 and draft.total_minor == 33320
    assert draft.id is not None
    draft = billing.add_line(draft.id, "Licence", "2", "9.99")
    assert draft.subtotal_minor == 29998 and draft.total_minor == 29998 + 5700
    issued = billing.issue(draft.id, issue_date="2026-03-31")
    assert issued.number == "2026-0001" and issued.due_date == "2026-04-14"
    assert (issued.service_start, issued.service_end) == ("2026-03-02", "2026-03-03")
    doc = billing.document(draft.id)
    # the bill-to block is the legal identity, never the organization description
    assert doc.buyer["legal_name"] == "Acme Pflegedienst GmbH"
    assert "organization" not in doc.buyer and doc.buyer["vat_id"] == "DE811569869"
    assert doc.seller["vat_id"] == "DE136695976" and doc.seller["country"] == "DE"
    paid = billing.mark_paid(draft.id, paid_date="2026-04-02")
    assert paid.status == InvoiceStatus.PAID and paid.paid_date == "2026-04-02"
    with pytest.raises(Conflict, match="credit note"):
        billing.void(draft.id, "too late")


def test_issued_invoice_is_immutable_through_the_service(billing: BillingService) -> None:
    billing.log_time("Acme", "1h", "Work", work_date="2026-01-02")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-01-31")
    line_id = inv.lines[0].id
    assert line_id is not None
    for attempt in (
        lambda: billing.add_line(inv.id, "x", "1", "1"),
        lambda: billing.remove_line(inv.id, line_id),
        lambda: billing.set_line_description(inv.id, line_id, "other"),
        lambda: billing.update_draft(inv.id, tax_rate="0"),
        lambda: billing.delete_draft(inv.id),
        lambda: billing.issue(inv.id),
        lambda: billing.add_entries(inv.id, []),
    ):
        with pytest.raises(ServiceError, match=r"issued|cannot"):
            attempt()
    # and the repository itself refuses, even bypassing the service's checks
    with pytest.raises(Conflict):
        billing.ws.store.billing.update_line_description(inv.id, line_id, "sneaky")
    with pytest.raises(Conflict):
        billing.ws.store.billing.delete_draft(inv.id)
    with pytest.raises(ServiceError, match="on an invoice"):
        billing.delete_entry(inv.lines[0].time_entry_id or 0)
    with pytest.raises(ServiceError, match="credit note"):
        billing.void(inv.id, "Wrong address")
    with pytest.raises(ServiceError, match="reason"):
        billing.credit(inv.id, "  ")
    note = billing.credit(inv.id, "Wrong address")
    assert note.is_credit_note and note.number == "2026-0002"
    assert note.total_minor == -billing.invoice(inv.id).total_minor
    assert billing.invoice(inv.id).display_status == "credited"
    with pytest.raises(Conflict, match="already credited"):
        billing.credit(inv.id, "again")


def test_time_entry_cannot_be_billed_twice(billing: BillingService) -> None:
    e = billing.log_time("Acme", "1h", "Work")
    assert e.id is not None
    first = billing.create_draft("Acme", [e.id])
    with pytest.raises(Conflict, match="already billed"):
        billing.create_draft("Acme", [e.id])
    empty = billing.create_draft("Acme", [])
    assert empty.id is not None and first.id is not None
    with pytest.raises(Conflict, match="already billed"):
        billing.add_entries(empty.id, [e.id])
    assert billing.create_draft("Acme", all_unbilled=True).lines == []
    # deleting the draft releases the entry
    billing.delete_draft(first.id)
    assert billing.entry(e.id).invoice_id is None
    again = billing.add_entries(empty.id, [e.id])
    assert again.lines[0].time_entry_id == e.id


def test_entries_of_another_client_or_currency_refused(ws: Workspace, billing: BillingService):
    ws.add_client("Yen Co", rate="10000", currency="JPY")
    y = billing.log_time("Yen Co", "1h", "Work")
    assert y.id is not None
    with pytest.raises(ServiceError, match="another client"):
        billing.create_draft("Acme", [y.id])
    inv = billing.create_draft("Yen Co", [y.id])
    assert inv.currency == "JPY" and inv.lines[0].amount_minor == 10000
    assert inv.tax_minor == 1900  # JPY has no minor units: ¥1,900


def test_draft_editing_and_deleting(billing: BillingService) -> None:
    e = billing.log_time("Acme", "2h", "Work")
    inv = billing.create_draft("Acme", all_unbilled=True, tax_rate="7", payment_terms="14 days")
    assert inv.id is not None and inv.payment_terms == "14 days"
    inv = billing.update_draft(inv.id, tax_rate="19 %", notes="hello")
    assert inv.tax_rate == "19" and inv.notes == "hello" and inv.tax_minor == 4560
    line = inv.lines[0]
    assert line.id is not None
    inv = billing.set_line_description(inv.id, line.id, "Network setup")
    assert inv.lines[0].description == "Network setup"
    inv = billing.remove_line(inv.id, line.id)
    assert inv.lines == [] and inv.total_minor == 0
    assert billing.entry(e.id or 0).invoice_id is None
    with pytest.raises(ServiceError, match="at least one line"):
        billing.issue(inv.id)
    for args in (("", "1", "1"), ("x", "0", "1"), ("x", "abc", "1"), ("x", "1", "-1")):
        with pytest.raises(ServiceError):
            billing.add_line(inv.id, *args)
    billing.delete_draft(inv.id)
    with pytest.raises(ServiceError):
        billing.invoice(inv.id)


def test_update_entry_only_while_unbilled(billing: BillingService) -> None:
    e = billing.log_time("Acme", "1h", "Work")
    assert e.id is not None
    e = billing.update_entry(e.id, duration="1:15", description="More work", rate="100")
    assert (e.minutes, e.description, e.rate_minor) == (75, "More work", 10000)
    billing.create_draft("Acme", [e.id])
    with pytest.raises(ServiceError, match="on an invoice"):
        billing.update_entry(e.id, duration="2h")


def test_resolve_by_id_or_number(billing: BillingService) -> None:
    billing.log_time("Acme", "1h", "Work")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-05-01")
    assert billing.resolve("2026-0001").id == inv.id
    assert billing.resolve(str(inv.id)).id == inv.id
    with pytest.raises(ServiceError):
        billing.resolve("2026-0099")


def test_issue_snapshots_seller_and_uses_number_format(ws: Workspace) -> None:
    ws.add_client("Acme", rate="100", currency="EUR", **CLIENT_BILLING)
    settings = Settings(
        profile=business_profile(business="Alex Dev", iban="DE00 1234"),
        invoice_number_format="AD-{year}-{seq:03d}",
    )
    billing = BillingService(ws, settings)
    billing.log_time("Acme", "1h", "Work")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    issued = billing.issue(inv.id, issue_date="2026-02-01")
    assert issued.number == "AD-2026-001"
    settings.profile.iban = "CHANGED"
    doc = billing.document(inv.id)
    assert doc.seller["iban"] == "DE00 1234" and doc.seller["legal_name"] == "Alex Dev"


def test_numbering_gapless_and_unique_from_two_workspaces(tmp_path: Path) -> None:
    home = tmp_path / "shared"
    with Workspace.open(home) as setup:
        setup.add_client("Acme", rate="100", currency="EUR", **CLIENT_BILLING)
        b = BillingService(setup, Settings(profile=business_profile()))
        drafts = []
        for _ in range(24):
            b.log_time("Acme", "1h", "Work")
            d = b.create_draft("Acme", all_unbilled=True)
            assert d.id is not None
            drafts.append(d.id)
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def issue(ids: list[int]) -> None:
        ws = Workspace.open(home)
        try:
            service = BillingService(ws, Settings(profile=business_profile()))
            barrier.wait()
            for invoice_id in ids:
                service.issue(invoice_id, issue_date="2026-06-01")
        except BaseException as exc:
            errors.append(exc)
        finally:
            ws.close()

    threads = [threading.Thread(target=issue, args=(drafts[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Workspace.open(home) as check:
        numbers = sorted(i.number or "" for i in BillingService(check).invoices())
    assert numbers == [f"2026-{n:04d}" for n in range(1, 25)]


def test_overview(ws: Workspace, billing: BillingService) -> None:
    billing.log_time("Acme", "1:30", "A")
    billing.log_time("Acme", "20m", "B")  # 40.00
    billing.log_time("Acme", "1h", "C", work_date="2026-01-01")
    inv = billing.create_draft("Acme", [billing.entries(unbilled=True)[0].id or 0])
    assert inv.id is not None
    billing.issue(inv.id, issue_date="2026-01-10")
    acme = ws.client("Acme")
    assert acme.id is not None
    conv = ws.store.conversations.create(acme.id, "Chat")
    assert conv.id is not None
    m = ws.store.conversations.add_message(conv.id, Role.ASSISTANT, "hi")
    ws.store.db.execute("UPDATE messages SET cost_microusd = 1234 WHERE id = ?", [m.id])
    [row] = billing.overview(acme.id, today=date.today())
    assert row.unbilled_minutes == 110
    assert row.unbilled_minor == {"EUR": 18000 + 4000}
    assert [o.number for o in row.open_invoices] == ["2026-0001"]
    assert row.open_invoices[0].age_days == (date.today() - date(2026, 1, 10)).days
    assert row.llm_cost_microusd == 1234
    assert row.to_dict()["llm_cost_usd"] == "$0.0012"


def test_parse_suggestions() -> None:
    text = "Here you go:\n1. Set up VPN\n2) Wrote the guide\n\n**3.** ignored?\n"
    assert parse_suggestions(text, 3)[:2] == ["Set up VPN", "Wrote the guide"]
    assert parse_suggestions("- a\n- b", 3) == ["a", "b", ""]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.integers(min_value=1, max_value=600), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=50_000),
    st.sampled_from(["0", "7", "19", "8.1"]),
)
def test_invoice_from_entries_matches_exact_arithmetic(
    billing: BillingService, minutes: list[int], rate: int, tax: str
) -> None:  # fmt: skip
    ids = []
    for m in minutes:
        e = billing.log_time("Acme", f"{m}m", "w", rate=f"{Decimal(rate).scaleb(-2)}")
        ids.append(e.id or 0)
    inv = billing.create_draft("Acme", ids, tax_rate=tax)
    expected = [entry_amount_minor(rate, m) for m in minutes]
    assert [x.amount_minor for x in inv.lines] == expected
    totals = invoice_totals(expected, Decimal(tax), "EUR")
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (
        totals.subtotal_minor, totals.tax_minor, totals.total_minor,
    )  # fmt: skip
    assert inv.id is not None
    billing.delete_draft(inv.id)


def test_suggest_descriptions_through_the_invoice_text_task(
    configured_model: LLMTestServer, ws: Workspace
) -> None:
    configured_model.reply_text = "1. Configured VPN access for the field team"
    ws.add_client("Acme", rate="100", currency="EUR")
    billing = BillingService(ws)
    billing.log_time("Acme", "1h", "vpn stuff")
    inv = billing.create_draft("Acme", all_unbilled=True)
    assert inv.id is not None
    proposals = billing.suggest_descriptions(inv.id)
    assert proposals == ["Configured VPN access for the field team"]
    assert "vpn stuff" in str(configured_model.requests[-1]["messages"])
    # amounts untouched, the exchange is kept in a conversation
    assert billing.invoice(inv.id).total_minor == inv.total_minor
    convs = ws.store.conversations.list_for_client(ws.client("Acme").id or 0)
    assert any(c.title.startswith("Invoice text") for c in convs)


def test_settings_file_round_trip_with_business_details(consultant_home: Path) -> None:
    from consultant.core.settings import load_settings

    save_settings(Settings(profile=Profile(name="A", iban="DE1", address="X\nY"),
                           invoice_number_format="{year}/{seq}", payment_days=30))  # fmt: skip
    loaded = load_settings().settings
    assert loaded.profile.iban == "DE1" and loaded.profile.address == "X\nY"
    assert loaded.invoice_number_format == "{year}/{seq}" and loaded.payment_days == 30
