"""Export and import carry billing identities, VAT per line and credit notes (format 2),
and still read version-1 files, void invoices included."""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.core.models import Invoice, InvoiceStatus, TaxCase
from consultant.core.settings import Settings
from consultant.core.tax import invoice_vat_groups
from consultant.services.billing import BillingService
from consultant.services.transfer import VERSION, client_markdown, export_data, import_data
from consultant.services.workspace import ServiceError, Workspace
from tests.support import CLIENT_BILLING, business_profile

ACME_BILLING = {
    **CLIENT_BILLING, "tax_id": "22/815/08150", "billing_contact": "Frau Berg",
    "payment_days": "30", "invoice_language": "de", "buyer_reference": "PO-4711",
}  # fmt: skip
LYON_BILLING = {
    **CLIENT_BILLING, "legal_name": "Lyon Santé SAS", "country": "FR",
    "vat_id": "FR40303265045", "billing_address": "1 rue de la Paix\n69001 Lyon",
}  # fmt: skip


def _billing(ws: Workspace) -> BillingService:
    return BillingService(ws, Settings(profile=business_profile(), default_tax_rate="19"))


def _issue(billing: BillingService, client: str, day: int, *durations: str) -> int:
    for i, duration in enumerate(durations):
        billing.log_time(client, duration, f"{client} work {i}", work_date=f"2026-03-{day + i:02d}")
    draft = billing.create_draft(client, all_unbilled=True)
    assert draft.id is not None
    billing.issue(draft.id, issue_date="2026-03-31")
    return draft.id


def _seed(ws: Workspace) -> dict[str, int]:
    """Acme (German, full identity): an invoice credited in two steps, and a draft with
    two VAT rates; Lyon (French: reverse charge): a paid invoice, partly credited.
    Numbers interleave between the clients: 2026-0001 … 2026-0005."""
    ws.add_client("Acme", rate="99.99", **ACME_BILLING)
    ws.add_client("Lyon", rate="120", **LYON_BILLING)
    billing = _billing(ws)
    acme = _issue(billing, "Acme", 2, "1h", "20m", "7m")  # 2026-0001
    lyon = _issue(billing, "Lyon", 10, "2h", "45m")  # 2026-0002
    billing.mark_paid(lyon, paid_date="2026-04-10")
    first = billing.credit(
        acme, "Second session not agreed", positions=[2], issue_date="2026-04-01"
    )
    lyon_note = billing.credit(lyon, "Travel not billable", positions=[2], issue_date="2026-04-02")
    rest = billing.credit(acme, "Cancelled", issue_date="2026-04-03")  # 2026-0005
    draft = billing.create_draft("Acme")
    assert draft.id is not None
    billing.add_line(draft.id, "Book", "3", "12.35", tax_rate="7")
    billing.add_line(draft.id, "Work", "1.5", "99.99")
    ids = {"acme": acme, "lyon": lyon, "first": first.id or 0, "lyon_note": lyon_note.id or 0,
           "rest": rest.id or 0, "draft": draft.id}  # fmt: skip
    assert billing.invoice(acme).display_status == "credited"
    assert billing.invoice(lyon).display_status == "partly credited"
    return ids


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = Workspace.open(tmp_path / "home")
    yield w
    w.close()


def _doc(ws: Workspace) -> dict[str, Any]:
    return json.loads(json.dumps(export_data(ws)))  # as written to and read from a file


def _dump(ws: Workspace) -> list[str]:
    return list(ws.store.db.conn.iterdump())


def _by_uid(ws: Workspace) -> dict[str, Invoice]:
    return {inv.uid: inv for inv in ws.store.billing.invoices()}


def _comparable(ws: Workspace, inv: Invoice) -> dict[str, Any]:
    """Every field of an invoice, with database ids replaced by what they refer to."""
    uids = {i.id: i.uid for i in ws.store.billing.invoices()}
    positions = {
        line.id: (i.uid, line.position) for i in ws.store.billing.invoices() for line in i.lines
    }
    entries = {e.id: e.uid for e in ws.store.billing.entries()}
    data = dataclasses.asdict(inv)
    del data["id"], data["client_id"]
    data["credited_invoice_id"] = uids.get(inv.credited_invoice_id)
    for line, raw in zip(inv.lines, data["lines"], strict=True):
        del raw["id"], raw["invoice_id"]
        raw["time_entry_id"] = entries.get(line.time_entry_id)
        raw["credited_line_id"] = positions.get(line.credited_line_id)
    return {**data, "display_status": inv.display_status, "vat": _groups(inv)}


def _groups(inv: Invoice) -> list[tuple[str, Decimal, int, int]]:
    return [(g.category, g.rate, g.base_minor, g.tax_minor) for g in invoice_vat_groups(inv)]


def _client_fields(client: Any) -> dict[str, Any]:
    data = dataclasses.asdict(client)
    for key in ("id", "updated_at"):
        del data[key]
    for contact in data["contacts"]:
        del contact["id"], contact["client_id"]
    return data


# -- round trip --------------------------------------------------------------------------
def test_round_trip_keeps_identity_vat_and_credit_notes(ws: Workspace, tmp_path: Path) -> None:
    ids = _seed(ws)
    data = _doc(ws)
    assert data["version"] == VERSION == 3
    acme = next(c for c in data["clients"] if c["name"] == "Acme")
    assert (acme["vat_id"], acme["payment_days"], acme["invoice_language"]) == (
        "DE811569869",
        30,
        "de",
    )
    note = next(i for i in acme["invoices"] if i["number"] == "2026-0003")
    original = next(i for i in acme["invoices"] if i["number"] == "2026-0001")
    assert note["kind"] == "credit_note" and note["credited_invoice_uid"] == original["uid"]
    assert "credited_invoice_id" not in note
    assert [(x["credited_line"], x["amount_minor"] < 0) for x in note["lines"]] == [(2, True)]
    assert all(x["credited_line"] is None for x in original["lines"])

    with Workspace.open(tmp_path / "fresh") as fresh:
        report = import_data(fresh, copy.deepcopy(data))
        assert report.created["invoices"] == 6 and report.created["clients"] == 2
        strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
        assert strip(_doc(fresh)) == strip(data)
        for name in ("Acme", "Lyon"):
            assert _client_fields(fresh.client(name)) == _client_fields(ws.client(name))
        here, there = _by_uid(ws), _by_uid(fresh)
        assert set(here) == set(there)
        for uid, inv in here.items():
            assert _comparable(fresh, there[uid]) == _comparable(ws, inv), inv.number
        billing = _billing(fresh)
        by_number = {i.number: i for i in there.values()}
        assert by_number["2026-0001"].display_status == "credited"
        assert by_number["2026-0002"].display_status == "partly credited"
        assert by_number["2026-0002"].status == InvoiceStatus.PAID
        assert by_number["2026-0002"].tax_case == TaxCase.REVERSE_CHARGE
        assert [ln.tax_category for ln in by_number["2026-0002"].lines] == ["AE", "AE"]
        copy_note = by_number["2026-0003"]
        assert copy_note.credited_invoice_id == by_number["2026-0001"].id
        assert copy_note.total_minor == ws.store.billing.get_invoice(ids["first"]).total_minor < 0
        doc = billing.document(copy_note.id or 0)
        assert doc.credited_number == "2026-0001"
        assert [n.number for n in billing.credit_notes(by_number["2026-0001"].id or 0)] == [
            "2026-0003", "2026-0005"
        ]  # fmt: skip
        draft = there[ws.store.billing.get_invoice(ids["draft"]).uid]
        assert {(c, str(r)) for c, r, _, _ in _groups(draft)} == {("S", "7"), ("S", "19")}


def test_reimport_is_idempotent(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    data = _doc(ws)
    before = _dump(ws)
    report = import_data(ws, copy.deepcopy(data))
    assert not report.created and not report.updated
    assert report.unchanged["invoices"] == 6
    assert _dump(ws) == before
    with Workspace.open(tmp_path / "fresh") as fresh:
        import_data(fresh, copy.deepcopy(data))
        once = _dump(fresh)
        again = import_data(fresh, copy.deepcopy(data))
        assert not again.created and not again.updated
        assert _dump(fresh) == once


def test_a_credit_note_whose_invoice_is_only_here_imports(ws: Workspace) -> None:
    _seed(ws)
    data = _doc(ws)
    acme = next(c for c in data["clients"] if c["name"] == "Acme")
    acme["invoices"] = [i for i in acme["invoices"] if i["kind"] == "credit_note"]
    data["clients"] = [acme]
    report = import_data(ws, data)
    assert report.unchanged["invoices"] == 2 and not report.updated


def test_markdown_shows_identity_and_credit_notes(ws: Workspace) -> None:
    _seed(ws)
    text = client_markdown(_doc(ws)["clients"][0])
    assert "- **VAT id:** DE811569869" in text and "- **Payment days:** 30" in text
    assert "- 2026-0001 · credited · EUR 172.54" in text
    assert "- 2026-0003 (credit note for 2026-0001) · issued · -EUR 39.66" in text


def _acme_invoice(data: dict[str, Any], number: str) -> tuple[int, dict[str, Any]]:
    acme = next(c for c in data["clients"] if c["name"] == "Acme")
    assert data["clients"].index(acme) == 0
    return next((k, i) for k, i in enumerate(acme["invoices"]) if i["number"] == number)


# -- refusals ----------------------------------------------------------------------------
def test_a_credit_note_of_an_unknown_invoice_is_refused_naming_the_path(
    ws: Workspace, tmp_path: Path
) -> None:
    _seed(ws)
    data = _doc(ws)
    k, note = _acme_invoice(data, "2026-0003")
    note["credited_invoice_uid"] = "no-such-invoice"
    with Workspace.open(tmp_path / "fresh") as fresh:
        before = _dump(fresh)
        with pytest.raises(ServiceError) as info:
            import_data(fresh, data)
        message = str(info.value)
        assert f"clients[0].invoices[{k}].credited_invoice_uid" in message
        assert "neither in this file nor here" in message and "\n" not in message
        assert _dump(fresh) == before
    # Only Acme's credit notes, into a workspace that lacks their invoice.
    data = _doc(ws)
    acme = data["clients"][0]
    acme["invoices"] = [i for i in acme["invoices"] if i["kind"] == "credit_note"]
    with (
        Workspace.open(tmp_path / "other") as other,
        pytest.raises(
            ServiceError, match=r"clients\[0\]\.invoices\[0\]\.credited_invoice_uid names invoice"
        ),
    ):
        import_data(other, data)


def _tamper_total(note: dict[str, Any]) -> None:
    note["total_minor"] -= 1


def _tamper_tax(note: dict[str, Any]) -> None:
    note["tax_minor"] -= 1
    note["total_minor"] -= 1


def _positive_line(note: dict[str, Any]) -> None:
    line = note["lines"][0]
    line["quantity"] = line["quantity"].lstrip("-")
    line["amount_minor"] = -line["amount_minor"]


def _single_rate_tax(note: dict[str, Any]) -> None:
    note["lines"][0]["tax_rate"] = "7"  # totals no longer match the lines' VAT


def _other_line(note: dict[str, Any]) -> None:
    note["lines"][0]["credited_line"] = 9


@pytest.mark.parametrize(
    ("tamper", "needle"),
    [
        (_tamper_total, ".total_minor is not subtotal + tax"),
        (_tamper_tax, ".tax_minor does not match the VAT"),
        (_positive_line, ".lines[0].quantity"),
        (_single_rate_tax, ".tax_minor does not match the VAT"),
        (_other_line, ".lines[0].credited_line is 9, but clients[0].invoices["),
    ],
)
def test_a_tampered_credit_note_is_refused(
    ws: Workspace, tmp_path: Path, tamper: Any, needle: str
) -> None:
    _seed(ws)
    data = _doc(ws)
    k, note = _acme_invoice(data, "2026-0003")
    tamper(note)
    for target in (ws, Workspace.open(tmp_path / "fresh")):
        before = _dump(target)
        with pytest.raises(ServiceError) as info:
            import_data(target, copy.deepcopy(data))
        assert f"clients[0].invoices[{k}]{needle}" in str(info.value)
        assert _dump(target) == before
        if target is not ws:
            target.close()


def test_negative_lines_only_on_credit_notes(ws: Workspace) -> None:
    _seed(ws)
    data = _doc(ws)
    k, invoice = _acme_invoice(data, "2026-0001")
    line = invoice["lines"][0]
    line.update(quantity="-" + line["quantity"], amount_minor=-line["amount_minor"])
    with pytest.raises(
        ServiceError, match=rf"invoices\[{k}\]\.lines\[0\]\.quantity .*only a credit"
    ):
        import_data(ws, data)


@pytest.mark.parametrize(
    ("number", "change", "field"),
    [
        ("2026-0003", {"credit_reason": "Something else"}, "credit_reason"),
        ("2026-0003", {"service_end": "2026-03-30"}, "service_end"),
        ("2026-0002", {"tax_case": "domestic"}, "tax_case"),
        ("2026-0002", {"language": "de"}, "language"),
        ("2026-0001", {"buyer_reference": "PO-9"}, "buyer_reference"),
    ],
)
def test_an_issued_invoice_or_credit_note_that_differs_is_refused(
    ws: Workspace, number: str, change: dict[str, str], field: str
) -> None:
    _seed(ws)
    data = _doc(ws)
    inv = next(i for c in data["clients"] for i in c["invoices"] if i["number"] == number)
    inv.update(change)
    before = _dump(ws)
    with pytest.raises(ServiceError, match=rf"differs from issued .* {number} here \({field}\)"):
        import_data(ws, data)
    assert _dump(ws) == before


def test_a_changed_line_category_is_refused(ws: Workspace) -> None:
    _seed(ws)
    data = _doc(ws)
    lyon = next(c for c in data["clients"] if c["name"] == "Lyon")
    lyon["invoices"][0]["lines"][0]["tax_category"] = "Z"  # still 0 %: totals unchanged
    with pytest.raises(ServiceError, match=r"2026-0002 here \(lines\)"):
        import_data(ws, data)


@pytest.mark.parametrize(
    ("key", "value", "needle"),
    [
        ("country", "Germany", "clients[0].country"),
        ("vat_id", "DE12", "clients[0].vat_id is not a VAT id"),
        ("payment_days", 400, "clients[0].payment_days is 400"),
        ("payment_days", "30", "clients[0].payment_days should be a whole number"),
        ("invoice_language", "fr", "clients[0].invoice_language"),
        ("billing_email", "accounts at acme", "clients[0].billing_email"),
    ],
)
def test_client_billing_fields_are_checked(
    ws: Workspace, key: str, value: Any, needle: str
) -> None:
    _seed(ws)
    data = _doc(ws)
    data["clients"][0][key] = value
    with pytest.raises(ServiceError) as info:
        import_data(ws, data)
    assert needle in str(info.value)


@pytest.mark.parametrize(
    ("key", "value", "needle"),
    [
        ("kind", "refund", ".kind"),
        ("tax_case", "offshore", ".tax_case"),
        ("language", "xx", ".language"),
        ("service_start", "2026-02-30", ".service_start"),
    ],
)
def test_invoice_fields_are_checked(ws: Workspace, key: str, value: Any, needle: str) -> None:
    _seed(ws)
    data = _doc(ws)
    k, invoice = _acme_invoice(data, "2026-0001")
    invoice[key] = value
    with pytest.raises(ServiceError, match="malformed") as info:
        import_data(ws, data)
    assert f"clients[0].invoices[{k}]{needle}" in str(info.value)
    data = _doc(ws)
    k, invoice = _acme_invoice(data, "2026-0001")
    invoice["lines"][0]["tax_category"] = "X"
    with pytest.raises(ServiceError, match=rf"invoices\[{k}\]\.lines\[0\]\.tax_category"):
        import_data(ws, data)


# -- files of older versions -------------------------------------------------------------
_NEW_CLIENT_KEYS = ("legal_name", "billing_address", "country", "vat_id", "tax_id",
                    "billing_email", "billing_contact", "payment_days", "invoice_language",
                    "buyer_reference")  # fmt: skip
_NEW_INVOICE_KEYS = ("kind", "credited_invoice_uid", "credit_reason", "service_start",
                     "service_end", "language", "buyer_reference", "tax_case")  # fmt: skip


def _version_1(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as an export of Consultant before migration 0005 would have it."""
    old = copy.deepcopy(data)
    old["version"] = 1
    for client in old["clients"]:
        for key in _NEW_CLIENT_KEYS:
            del client[key]
        for inv in client["invoices"]:
            for key in _NEW_INVOICE_KEYS:
                del inv[key]
            for line in inv["lines"]:
                del line["tax_rate"], line["tax_category"], line["credited_line"]
    return old


def _old_workspace(ws: Workspace) -> dict[str, Any]:
    """A version-1 document: invoice 2026-0001 voided and its time entry billed again
    on the corrected invoice 2026-0002."""
    acme = ws.add_client("Acme", rate="120")
    assert acme.id is not None
    entry = ws.store.billing.add_entry(acme.id, 90, "Firewall", rate_minor=12000, currency="EUR")
    inv = ws.store.billing.create_draft(acme.id, "EUR", tax_rate=Decimal("19"))
    assert inv.id and entry.id
    ws.store.billing.add_line(inv.id, "Firewall", Decimal("1.5"), 12000, time_entry_id=entry.id)
    ws.store.billing.issue(inv.id, issue_date="2026-02-02")
    old = _version_1(_doc(ws))
    [voided] = old["clients"][0]["invoices"]
    corrected = copy.deepcopy(voided)
    corrected.update(uid="corrected-invoice", seq=2, number="2026-0002", notes="Corrected")
    voided.update(status="void", void_reason="Wrong address")
    old["clients"][0]["invoices"].append(corrected)
    return old


def test_a_version_1_file_with_a_void_invoice_imports(ws: Workspace, tmp_path: Path) -> None:
    old = _old_workspace(ws)
    with Workspace.open(tmp_path / "fresh") as fresh:
        trigger_sql = fresh.store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'invoices_immutable'"
        ).fetchone()[0]
        report = import_data(fresh, copy.deepcopy(old))
        assert report.created["invoices"] == 2
        by_number = {i.number: i for i in fresh.store.billing.invoices()}
        voided, corrected = by_number["2026-0001"], by_number["2026-0002"]
        assert (voided.status, voided.void_reason, voided.display_status) == (
            InvoiceStatus.VOID,
            "Wrong address",
            "void",
        )
        assert corrected.status == InvoiceStatus.ISSUED and corrected.tax_case == TaxCase.DOMESTIC
        [entry] = fresh.store.billing.entries()
        assert entry.invoice_id == corrected.id  # released by the void, billed again
        # The rule is back in place, unchanged: nothing else can be voided.
        assert (
            fresh.store.db.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'invoices_immutable'"
            ).fetchone()[0]
            == trigger_sql
        )
        with pytest.raises(sqlite3.IntegrityError, match="credit note instead"):
            fresh.store.db.execute(
                "UPDATE invoices SET status = 'void', void_reason = 'x' WHERE id = ?",
                [corrected.id],
            )
        once = _dump(fresh)
        again = import_data(fresh, copy.deepcopy(old))
        assert not again.created and not again.updated and again.unchanged["invoices"] == 2
        assert _dump(fresh) == once
        # Exported again (version 2), it imports into another workspace as well.
        with Workspace.open(tmp_path / "third") as third:
            import_data(third, _doc(fresh))
            assert {i.number: i.status for i in third.store.billing.invoices()} == {
                "2026-0001": InvoiceStatus.VOID, "2026-0002": InvoiceStatus.ISSUED
            }  # fmt: skip


def test_an_issued_invoice_here_is_not_voided_by_an_old_file(ws: Workspace) -> None:
    old = _old_workspace(ws)  # 2026-0001 is issued here, void in the file
    before = _dump(ws)
    with pytest.raises(ServiceError, match=r"invoices\[0\]\.status is void, but invoice 2026-0001"):
        import_data(ws, old)
    assert _dump(ws) == before


def test_an_old_file_leaves_the_billing_identity_here(ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    old = _version_1(_doc(ws))
    for client in old["clients"]:
        client["invoices"] = []  # issued by this version: an old file has other ones
    acme_before = _client_fields(ws.client("Acme"))
    old["clients"][0]["notes"] = "Changed in the old version"
    report = import_data(ws, old)
    assert report.updated == {"clients": 1}
    after = _client_fields(ws.client("Acme"))
    assert after.pop("notes") == "Changed in the old version"
    acme_before.pop("notes")
    assert after == acme_before  # vat id, country, payment days … kept
    # A credit note stripped of its version-2 keys looks like an invoice with negative
    # quantities: refused, naming the line.
    old = _version_1(_doc(ws))
    acme = old["clients"][0]
    acme["invoices"] = [i for i in acme["invoices"] if i["number"] in ("2026-0001", "2026-0003")]
    old["clients"] = [acme]
    with (
        Workspace.open(tmp_path / "fresh") as fresh,
        pytest.raises(
            ServiceError, match=r"invoices\[1\]\.lines\[0\]\.quantity .*only a credit note"
        ),
    ):
        import_data(fresh, old)


# -- mutations of an export with credit notes ----------------------------------------------
def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    home = tmp_path_factory.mktemp("seeded")
    with Workspace.open(home) as w:
        _seed(w)
        doc = _doc(w)
    return home, doc


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 10), st.sampled_from([2**62, -(2**62)]),
    st.sampled_from(["", "0", "-1", "19", "7", "credit_note", "invoice", "void", "paid",
                     "draft", "AE", "S", "Z", "reverse_charge", "domestic", "de", "FR"]),
    st.text(max_size=8),
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_mutated_exports_with_credit_notes_import_or_are_refused_cleanly(
    seeded: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory, data: Any
) -> None:
    home, original = seeded
    doc = copy.deepcopy(original)
    uids = [str(_get(doc, p)) for p in _paths(doc) if p and str(p[-1]).endswith("uid")]
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        path = data.draw(st.sampled_from([p for p in _paths(doc) if p]), label="path")
        parent, key = _get(doc, path[:-1]), path[-1]
        action = data.draw(st.sampled_from(["replace", "delete", "uid", "duplicate"]))
        if action == "replace":
            parent[key] = data.draw(_VALUES, label="value")
        elif action == "delete":
            del parent[key]
        elif action == "uid":
            parent[key] = data.draw(st.sampled_from(uids), label="uid")
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    target = tmp_path_factory.mktemp("example")
    shutil.copytree(home, target / "copy")
    for folder in ("copy", "empty"):  # into the workspace it came from, and a new one
        with Workspace.open(target / folder) as w:
            before = _dump(w)
            try:
                import_data(w, copy.deepcopy(doc))
            except ServiceError as exc:
                assert "\n" not in str(exc)
                assert _dump(w) == before
            else:  # an accepted document imports again without change
                again = _dump(w)
                import_data(w, copy.deepcopy(doc))
                assert _dump(w) == again


def test_a_clients_default_model_travels(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a") as source:
        source.add_client("Acme", **CLIENT_BILLING)
        source.edit_client("Acme", default_model="ollama/llama3")
        data = export_data(source)
    assert data["clients"][0]["default_model"] == "ollama/llama3"
    with Workspace.open(tmp_path / "b") as target:
        import_data(target, data)
        assert target.client("Acme").default_model == "ollama/llama3"
        older = copy.deepcopy(data)
        del older["clients"][0]["default_model"]  # a file without the key keeps it
        target.edit_client("Acme", default_model="team/big")
        import_data(target, older)
        assert target.client("Acme").default_model == "team/big"


def test_every_version_of_a_turn_travels(tmp_path: Path) -> None:
    """Regenerated replies and edited messages are exported and imported with their
    links and the version shown (nothing is lost through an export)."""
    from consultant.core.models import Role

    with Workspace.open(tmp_path / "a") as source:
        client = source.add_client("Acme")
        assert client.id is not None
        repo = source.store.conversations
        conv = repo.create(client.id, "VPN")
        assert conv.id is not None
        question = repo.add_message(conv.id, Role.USER, "Is the VPN down?")
        first = repo.add_message(conv.id, Role.ASSISTANT, "first answer")
        assert first.id is not None and question.id is not None
        second = repo.add_version(first.id, "second answer")
        repo.add_message(conv.id, Role.USER, "thanks")
        assert second.id is not None
        repo.choose_version(first.id)  # the user flipped back to the first answer
        shown = [m.content for m in repo.messages(conv.id)]
        data = export_data(source)
    assert shown == ["Is the VPN down?", "first answer"]
    exported = data["clients"][0]["conversations"][0]["messages"]
    assert len(exported) == 4 and sum(1 for m in exported if not m["chosen"]) == 1
    with Workspace.open(tmp_path / "b") as target:
        import_data(target, data)
        repo = target.store.conversations
        [conv_b] = repo.list_for_client(target.client("Acme").id or 0, include_archived=True)
        assert conv_b.id is not None
        assert [m.content for m in repo.messages(conv_b.id)] == shown
        reply = repo.messages(conv_b.id)[1]
        assert reply.id is not None
        assert [m.content for m in repo.versions(reply.id)] == ["first answer", "second answer"]
        second_b = repo.versions(reply.id)[1]
        assert second_b.id is not None
        repo.choose_version(second_b.id)  # what followed the second answer came along
        assert [m.content for m in repo.messages(conv_b.id)][-1] == "thanks"
        before = export_data(target)
        import_data(target, data)  # again: nothing changes
        assert len(before["clients"][0]["conversations"][0]["messages"]) == 4


def test_a_version_link_to_an_unknown_message_follows_the_previous_one(tmp_path: Path) -> None:
    from consultant.core.models import Role

    with Workspace.open(tmp_path / "a") as source:
        client = source.add_client("Acme")
        conv = source.store.conversations.create(client.id or 0, "x")
        source.store.conversations.add_message(conv.id or 0, Role.USER, "hi")
        source.store.conversations.add_message(conv.id or 0, Role.ASSISTANT, "hello")
        data = export_data(source)
    data["clients"][0]["conversations"][0]["messages"][1]["parent_uid"] = (
        "00000000-0000-4000-8000-000000000000"
    )
    with Workspace.open(tmp_path / "b") as target:
        import_data(target, data)
        [conv_b] = target.store.conversations.list_for_client(target.client("Acme").id or 0)
        shown = target.store.conversations.messages(conv_b.id or 0)
        assert [m.content for m in shown] == ["hi", "hello"]
