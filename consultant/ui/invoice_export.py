"""Writing an invoice to a file in every format; shared by the CLI and the desktop.

``pdf`` / ``md`` / ``html`` are the printed document. ``facturx`` is the same PDF as
PDF/A-3 with the EN 16931 CII XML embedded (Factur-X / ZUGFeRD, profile EN 16931);
``xrechnung`` is the XRechnung CII XML alone. The XML is built and checked against
the XSD before anything is written, so a refused export leaves no file behind, and
its totals are the invoice's stored totals (core.einvoice). Qt is imported only for
the PDF formats (offscreen when there is no display).
"""

from __future__ import annotations

from pathlib import Path

from consultant.core import paths
from consultant.core.errors import ServiceError
from consultant.core.invoice_render import InvoiceDocument, invoice_filename

__all__ = ["FORMATS", "default_filename", "export_invoice"]

#: format → (label, file extension)
FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("PDF", "pdf"),
    "facturx": ("Factur-X / ZUGFeRD e-invoice (PDF)", "pdf"),
    "xrechnung": ("XRechnung e-invoice (XML)", "xml"),
    "md": ("Markdown", "md"),
    "html": ("HTML", "html"),
}


def default_filename(doc: InvoiceDocument, fmt: str) -> str:
    name = invoice_filename(doc, FORMATS[fmt][1])
    if fmt == "xrechnung":
        return name.replace(".xml", "-xrechnung.xml")
    if fmt == "facturx":
        return name.replace(".pdf", "-facturx.pdf")
    return name


def _xml(doc: InvoiceDocument, fmt: str) -> bytes:
    from consultant.core.einvoice import EInvoiceError, build_cii_xml, validate_xsd

    try:
        xml = build_cii_xml(doc, fmt)
    except EInvoiceError as exc:
        message = str(exc)
        inv = doc.invoice
        fixable = "decimals" not in message  # a currency no e-invoice can carry
        if inv.number and inv.status != "draft" and fixable:
            message += (
                f" Invoice {inv.number} keeps the details it was issued with; to send it as "
                "an e-invoice, fix them, issue a credit note for it and issue a new invoice."
            )
        raise ServiceError(message) from None
    errors = validate_xsd(xml)
    if errors:  # a bug, not a user error: say so plainly rather than write a bad file
        raise ServiceError(
            "The e-invoice XML did not pass the EN 16931 schema check "
            f"({errors[0]}); nothing was written."
        )
    return xml


def export_invoice(doc: InvoiceDocument, fmt: str, out: Path) -> Path:
    """Write ``doc`` as ``fmt`` to ``out`` (mode 0600). Raises ``ServiceError``."""
    from consultant.core.invoice_render import render_html, render_markdown

    if fmt not in FORMATS:
        raise ServiceError(f"“{fmt}” is not an export format; use {', '.join(FORMATS)}.")
    inv = doc.invoice
    try:
        if fmt == "md":
            paths.write_private_file(out, render_markdown(doc))
        elif fmt == "html":
            paths.write_private_file(out, render_html(doc))
        elif fmt == "xrechnung":
            paths.write_private_file(out, _xml(doc, fmt))
        elif fmt == "pdf":
            from consultant.ui.invoice_pdf import write_pdf

            write_pdf(
                render_html(doc), out, title=doc.title, document_uid=inv.uid,
                date=inv.issue_date or "",
            )  # fmt: skip
        else:
            from consultant.core.einvoice import facturx_pdf
            from consultant.ui.invoice_pdf import pdf_bytes

            xml = _xml(doc, fmt)
            pdf = pdf_bytes(
                render_html(doc), title=doc.title, document_uid=inv.uid,
                date=inv.issue_date or "", pdf_a=True,
            )  # fmt: skip
            paths.write_private_file(out, facturx_pdf(pdf, xml, title=doc.title))
    except OSError as exc:
        raise ServiceError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return out
