"""`consultant time|invoice|overview`: round trips, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 1, out
    assert err.startswith("consultant: ") and err.count("\n") == 1, err
    return err


def _business(capsys: pytest.CaptureFixture[str], *extra: str) -> None:
    ok(capsys, "business", "edit", "--name", "Alex Example IT", "--owner", "Alex Example",
       "--address", "Hauptstraße 1\\n10115 Berlin", "--country", "DE",
       "--vat-id", "DE136695976", "--tax-number", "30/123/45678",
       "--email", "alex@example.de", "--phone", "+49 30 1234567",
       "--iban", "DE89 3704 0044 0532 0130 00", "--bic", "COBADEFFXXX", *extra)  # fmt: skip


def test_round_trip_time_to_exported_invoice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _business(capsys)
    ok(capsys, "client", "add", "Acme", "--rate", "120", "--currency", "EUR",
       "--billing-address", "Hafenstraße 5\\n20095 Hamburg", "--country", "DE")  # fmt: skip
    assert "1:30 h" in ok(capsys, "time", "add", "--client", "Acme", "1h30m", "Setup VPN",
                          "--date", "2026-03-02")  # fmt: skip
    ok(capsys, "time", "add", "--client", "acme", "50m", "Guide", "--rate", "100")
    entries = json.loads(ok(capsys, "time", "list", "--unbilled", "--json"))
    assert [e["minutes"] for e in entries] == [90, 50]
    assert "Created draft invoice 1 with 2 lines" in ok(
        capsys, "invoice", "draft", "--client", "Acme", "--tax", "19", "--terms", "14 days"
    )
    ok(capsys, "invoice", "line", "1", "Licence", "2", "9.99")
    shown = json.loads(ok(capsys, "invoice", "show", "1", "--json"))
    # 180.00 + 83.33 + 19.98 = 283.31; tax 53.83; total 337.14
    assert (shown["subtotal"], shown["tax"], shown["total"]) == ("283.31", "53.83", "337.14")
    assert "Issued invoice 2026-0001" in ok(capsys, "invoice", "issue", "1", "--date",
                                            "2026-03-31")  # fmt: skip
    assert ok(capsys, "time", "list", "--unbilled").startswith("No unbilled")
    md, html, pdf = tmp_path / "i.md", tmp_path / "i.html", tmp_path / "i.pdf"
    ok(capsys, "invoice", "export", "2026-0001", "--format", "md", "-o", str(md))
    ok(capsys, "invoice", "export", "1", "--format", "html", "-o", str(html))
    ok(capsys, "invoice", "export", "1", "--format", "pdf", "-o", str(pdf))
    assert "EUR 337.14" in md.read_text() and "2026-0001" in html.read_text()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "2026-0001" in text and "EUR 337.14" in text
    first = pdf.read_bytes()
    ok(capsys, "invoice", "export", "1", "--format", "pdf", "-o", str(pdf))
    assert pdf.read_bytes() == first
    listed = json.loads(ok(capsys, "invoice", "list", "--json"))
    assert listed[0]["number"] == "2026-0001" and listed[0]["status"] == "issued"
    over = json.loads(ok(capsys, "overview", "--json"))
    assert over[0]["open_invoices"][0]["number"] == "2026-0001"
    assert "issued and cannot be deleted" in refused(capsys, "invoice", "delete", "1")
    assert "has been issued" in refused(capsys, "invoice", "line", "1", "x", "1", "1")
    assert "credit note" in refused(capsys, "invoice", "void", "1", "--reason", "oops")
    ok(capsys, "invoice", "pay", "2026-0001", "--date", "2026-04-03")
    assert "reason" in refused(capsys, "invoice", "credit", "1", "--reason", " ")


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "client", "add", "Acme", "--rate", "120")
    assert "not a duration" in refused(capsys, "time", "add", "--client", "Acme", "abc", "x")
    assert "1:75" in refused(capsys, "time", "add", "--client", "Acme", "1:75", "x")
    assert "no client" in refused(capsys, "time", "add", "--client", "Nobody", "1h", "x").lower()
    assert "no unbilled time" in refused(capsys, "invoice", "draft", "--client", "Acme")
    assert "tax rate" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                 "--entries", "1", "--tax", "200")  # fmt: skip
    assert "no invoice" in refused(capsys, "invoice", "show", "2026-0042").lower()
    assert "list of entry ids" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                          "--entries", "1,x")  # fmt: skip
    ok(capsys, "time", "add", "--client", "Acme", "1h", "Work")
    ok(capsys, "invoice", "draft", "--client", "Acme", "--entries", "1")
    assert "already billed" in refused(capsys, "invoice", "draft", "--client", "Acme",
                                       "--entries", "1")  # fmt: skip
    assert "Deleted draft 1" in ok(capsys, "invoice", "delete", "1")
    assert "1 entries" in ok(capsys, "time", "list", "--unbilled")
    with pytest.raises(SystemExit) as info:
        main(["time", "add", "--client", "Acme", "1h", "x", "--date", "03/02"])
    assert info.value.code == 2 and "not a date" in capsys.readouterr().err


def test_importing_cli_billing_pulls_no_qt() -> None:
    code = (
        "import sys, consultant.cli, consultant.cli_billing\n"
        "consultant.cli.build_parser()\n"
        "print(','.join(m for m in ('PySide6', 'litellm') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def _pdf_text(path: Path) -> str:
    """The text of every page, ligatures (ﬂ) unfolded, whitespace collapsed."""
    import unicodedata

    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_business_show_and_edit(capsys: pytest.CaptureFixture[str]) -> None:
    assert "Name:" in ok(capsys, "business", "show")
    assert "not a valid IBAN" in refused(capsys, "business", "edit", "--iban", "DE00 1")
    assert "not a country code" in refused(capsys, "business", "edit", "--country", "Germany")
    code, _out, err = run(capsys, "business", "edit", "--vat-id", "DE123456789")
    assert code == 0 and "check digit" in err  # accepted, with a warning
    _business(capsys, "--small-business")
    shown = json.loads(ok(capsys, "business", "show", "--json"))
    assert shown["vat_id"] == "DE136695976" and shown["small_business"] is True
    assert shown["address"] == "Hauptstraße 1\n10115 Berlin"
    assert shown["iban"] == "DE89370400440532013000"
    ok(capsys, "business", "edit", "--no-small-business")
    assert json.loads(ok(capsys, "business", "show", "--json"))["small_business"] is False


def test_acceptance_domestic_invoice_with_e_invoice_exports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """#14: address and VAT id, two time entries, 19 %: issued, printed, Factur-X, XRechnung."""
    from facturx import get_xml_from_pdf
    from lxml import etree

    from consultant.core.einvoice import validate_xsd

    _business(capsys)
    ok(capsys, "client", "add", "Acme", "--rate", "95")
    ok(capsys, "time", "add", "--client", "Acme", "2h", "Server migration", "--date", "2026-03-02")
    ok(capsys, "time", "add", "--client", "Acme", "50m", "User guide", "--date", "2026-03-09")
    ok(capsys, "invoice", "draft", "--client", "Acme", "--tax", "19")
    err = refused(capsys, "invoice", "issue", "1", "--date", "2026-03-31")
    assert "Client Acme has no billing address" in err and "Client Acme has no country" in err
    ok(capsys, "client", "edit", "Acme", "--legal-name", "Acme Pflegedienst GmbH",
       "--billing-address", "Hafenstraße 5\\n20095 Hamburg", "--country", "DE",
       "--vat-id", "DE811569869", "--payment-days", "14", "--invoice-language", "de",
       "--billing-email", "buchhaltung@acme.example")  # fmt: skip
    assert "Issued invoice 2026-0001" in ok(capsys, "invoice", "issue", "1", "--date",
                                            "2026-03-31")  # fmt: skip
    shown = json.loads(ok(capsys, "invoice", "show", "1", "--json"))
    # 2 h × 95 = 190.00; 50 min × 95 = 79.17; 269.17 × 19 % = 51.1423 → 51.14
    assert (shown["subtotal_minor"], shown["tax_minor"], shown["total_minor"]) == (
        26917,
        5114,
        32031,
    )
    assert (shown["service_start"], shown["service_end"]) == ("2026-03-02", "2026-03-09")
    assert shown["due_date"] == "2026-04-14" and shown["vat"][0]["category"] == "S"
    pdf, fx, xr = tmp_path / "i.pdf", tmp_path / "fx.pdf", tmp_path / "x.xml"
    ok(capsys, "invoice", "export", "1", "--format", "pdf", "-o", str(pdf))
    text = _pdf_text(pdf)
    for expected in ("Alex Example IT", "Hauptstraße 1", "10115 Berlin", "DE136695976",
                     "Acme Pflegedienst GmbH", "Hafenstraße 5", "DE811569869",
                     "02.03.2026", "09.03.2026", "14.04.2026"):  # fmt: skip
        assert expected in text, expected
    ok(capsys, "invoice", "export", "1", "--format", "facturx", "-o", str(fx))
    _name, xml = get_xml_from_pdf(fx.read_bytes(), check_xsd=False)
    assert validate_xsd(xml) == []
    root = etree.fromstring(xml)
    ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    ns = {"ram": ram}
    grand = root.find(".//ram:GrandTotalAmount", ns)
    tax = root.find(".//ram:TaxTotalAmount", ns)
    assert grand is not None and grand.text == "320.31"
    assert tax is not None and tax.text == "51.14"
    refusal = refused(capsys, "invoice", "export", "1", "--format", "xrechnung", "-o", str(xr))
    assert "buyer reference" in refusal.lower() and not xr.exists()


def test_acceptance_reverse_charge_and_credit_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """#14: an EU client abroad gets 0 % AE with both VAT ids; a partial credit note (381)."""
    from lxml import etree

    _business(capsys)
    ok(capsys, "client", "add", "Lyon", "--rate", "100", "--billing-address",
       "12 rue de la République\\n69002 Lyon", "--country", "FR",
       "--vat-id", "FR40303265045")  # fmt: skip
    for day, duration in (("2026-04-01", "1h"), ("2026-04-02", "2h"), ("2026-04-03", "30m")):
        ok(capsys, "time", "add", "--client", "Lyon", duration, "Work", "--date", day)
    ok(capsys, "invoice", "draft", "--client", "Lyon", "--tax", "19")
    ok(capsys, "invoice", "issue", "1", "--date", "2026-04-30")
    shown = json.loads(ok(capsys, "invoice", "show", "2026-0001", "--json"))
    assert shown["tax_case"] == "reverse_charge" and shown["tax_minor"] == 0
    assert [x["tax_category"] for x in shown["lines"]] == ["AE", "AE", "AE"]
    assert "Reverse charge" in shown["tax_note"]
    html = tmp_path / "rc.html"
    ok(capsys, "invoice", "export", "1", "--format", "html", "-o", str(html))
    page = html.read_text()
    assert "DE136695976" in page and "FR40303265045" in page and "Reverse charge" in page
    xml = tmp_path / "rc.xml"
    ok(capsys, "client", "edit", "Lyon", "--buyer-reference", "PO-4711")
    # the buyer reference was snapshotted at issue, so XRechnung still lacks it
    assert (
        "buyer reference"
        in refused(
            capsys, "invoice", "export", "1", "--format", "xrechnung", "-o", str(xml)
        ).lower()
    )
    out = ok(capsys, "invoice", "credit", "2026-0001", "--reason", "Session 2 not agreed",
             "--lines", "2", "--date", "2026-05-02")  # fmt: skip
    assert "Issued credit note 2026-0002" in out and "partly credited" in out
    assert "already credited" in refused(capsys, "invoice", "credit", "1", "--reason", "x",
                                         "--lines", "2")  # fmt: skip
    assert "list of line numbers" in refused(capsys, "invoice", "credit", "1", "--reason",
                                             "x", "--lines", "two")  # fmt: skip
    note = json.loads(ok(capsys, "invoice", "show", "2026-0002", "--json"))
    assert note["kind"] == "credit_note" and note["credited_number"] == "2026-0001"
    assert note["total_minor"] == -20000
    for fmt, name in (("pdf", "cn.pdf"), ("md", "cn.md"), ("html", "cn.html"),
                      ("facturx", "cn-fx.pdf")):  # fmt: skip
        ok(capsys, "invoice", "export", "2026-0002", "--format", fmt, "-o", str(tmp_path / name))
    assert "2026-0001" in _pdf_text(tmp_path / "cn.pdf")
    from facturx import get_xml_from_pdf

    _name, cii = get_xml_from_pdf((tmp_path / "cn-fx.pdf").read_bytes(), check_xsd=False)
    root = etree.fromstring(cii)
    type_code = root.find(".//{*}ExchangedDocument/{*}TypeCode")
    ref = root.find(".//{*}InvoiceReferencedDocument/{*}IssuerAssignedID")
    grand = root.find(".//{*}GrandTotalAmount")
    assert type_code is not None and type_code.text == "381"
    assert ref is not None and ref.text == "2026-0001"
    assert grand is not None and grand.text == "200.00"
    assert "AE" in {c.text for c in root.iter("{*}CategoryCode")}


def test_credit_note_exports_as_xrechnung(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from lxml import etree

    from consultant.core.einvoice import validate_xsd

    _business(capsys)
    ok(capsys, "client", "add", "Amt", "--rate", "100", "--legal-name", "Stadt Musterstadt",
       "--billing-address", "Rathausplatz 1\\n12345 Musterstadt", "--country", "DE",
       "--billing-email", "rechnung@musterstadt.example",
       "--buyer-reference", "04011000-1234512345-06")  # fmt: skip
    ok(capsys, "time", "add", "--client", "Amt", "3h", "Beratung", "--date", "2026-06-01")
    ok(capsys, "invoice", "draft", "--client", "Amt", "--tax", "19")
    ok(capsys, "invoice", "issue", "1", "--date", "2026-06-30")
    ok(capsys, "invoice", "credit", "1", "--reason", "Falscher Stundensatz")
    for number, type_code in (("2026-0001", "380"), ("2026-0002", "381")):
        out = tmp_path / f"{number}.xml"
        ok(capsys, "invoice", "export", number, "--format", "xrechnung", "-o", str(out))
        xml = out.read_bytes()
        assert validate_xsd(xml) == []
        root = etree.fromstring(xml)
        assert root.findtext(".//{*}ExchangedDocument/{*}TypeCode") == type_code
        assert root.findtext(".//{*}BuyerReference") == "04011000-1234512345-06"
        assert "xrechnung" in (
            root.findtext(".//{*}GuidelineSpecifiedDocumentContextParameter/{*}ID") or ""
        )
        assert root.findtext(".//{*}GrandTotalAmount") == "357.00"
