"""#14 acceptance, end to end: invoices issued with the CLI, exported as Factur-X, pass
the EN 16931 business rules (schematron) and carry the stored totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from facturx import get_xml_from_pdf
from lxml import etree

from consultant.cli import main
from consultant.core.einvoice import validate_xsd
from consultant.services.billing import BillingService
from consultant.services.workspace import Workspace
from tests.slow.test_en16931_rules import Rules

pytestmark = pytest.mark.slow


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _business(capsys: pytest.CaptureFixture[str]) -> None:
    _ok(capsys, "business", "edit", "--name", "Alex Example IT", "--owner", "Alex Example",
        "--address", "Hauptstraße 1\\n10115 Berlin", "--country", "DE",
        "--vat-id", "DE136695976", "--email", "alex@example.de", "--phone", "+49 30 123",
        "--iban", "DE89370400440532013000")  # fmt: skip


def _amount(root: etree._Element, tag: str) -> str:
    found = root.find(f".//{{*}}{tag}")
    assert found is not None and found.text
    return found.text


@pytest.mark.parametrize(
    ("country", "vat_id", "category", "type_code", "credit"),
    [
        ("DE", "DE811569869", "S", "380", False),
        ("FR", "FR40303265045", "AE", "380", False),
        ("FR", "FR40303265045", "AE", "381", True),
        ("US", "", "O", "380", False),
    ],
)
def test_cli_issued_facturx_passes_the_rules(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    country: str,
    vat_id: str,
    category: str,
    type_code: str,
    credit: bool,
) -> None:
    _business(capsys)
    _ok(capsys, "business", "edit", "--tax-number", "30/123/45678")
    _ok(capsys, "client", "add", "Acme", "--rate", "95", "--legal-name", "Acme Ltd",
        "--billing-address", "1 Harbour Road\\n20095 Hamburg", "--country", country,
        "--vat-id", vat_id)  # fmt: skip
    _ok(capsys, "time", "add", "--client", "Acme", "2h", "Migration", "--date", "2026-03-02")
    _ok(capsys, "time", "add", "--client", "Acme", "50m", "Guide", "--date", "2026-03-09")
    _ok(capsys, "invoice", "draft", "--client", "Acme", "--tax", "19")
    _ok(capsys, "invoice", "issue", "1", "--date", "2026-03-31")
    number = "2026-0001"
    if credit:
        _ok(capsys, "invoice", "credit", "1", "--reason", "Guide not delivered", "--lines", "2")
        number = "2026-0002"
    out = tmp_path / "fx.pdf"
    _ok(capsys, "invoice", "export", number, "--format", "facturx", "-o", str(out))
    _name, xml = get_xml_from_pdf(out.read_bytes(), check_xsd=False)
    assert validate_xsd(xml) == []
    errors = Rules().errors(xml)
    assert errors == [], "\n".join(str(e) for e in errors)
    root = etree.fromstring(xml)
    assert _amount(root, "TypeCode") == type_code
    assert {c.text for c in root.iter("{*}CategoryCode")} == {category}
    with Workspace.open() as ws:
        stored = BillingService(ws).resolve(number)
    cents = f"{abs(stored.total_minor) // 100}.{abs(stored.total_minor) % 100:02d}"
    assert _amount(root, "GrandTotalAmount") == cents
    assert _amount(root, "DuePayableAmount") == cents
    tax = f"{abs(stored.tax_minor) // 100}.{abs(stored.tax_minor) % 100:02d}"
    assert _amount(root, "TaxTotalAmount") == tax
