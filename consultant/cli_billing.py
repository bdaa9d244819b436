"""``consultant time …``, ``consultant invoice …`` and ``consultant overview``.

Registered into the main parser by :func:`register` (called from
``consultant.cli.build_parser``). Same rules as the CLI module: no Qt at import time
(the PDF export imports it lazily, offscreen), every refusal is a ``ServiceError`` or
``CliError`` that ``consultant.cli.main`` prints as one line on stderr with exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from consultant.core.durations import format_minutes, hours_text
from consultant.core.invoice_render import display_quantity
from consultant.core.models import Invoice, TimeEntry
from consultant.core.money import format_minor

__all__ = ["register"]

AddFn = Callable[[Any, str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _open() -> Any:
    from consultant.services.billing import BillingService
    from consultant.services.workspace import Workspace

    ws = Workspace.open()
    return ws, BillingService(ws)


def _cli_error(message: str) -> Exception:
    from consultant.cli import CliError

    return CliError(message)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _entry_dict(e: TimeEntry, client_name: str) -> dict[str, Any]:
    return {
        "id": e.id, "uid": e.uid, "client": client_name, "date": e.work_date,
        "minutes": e.minutes, "hours": hours_text(e.minutes), "description": e.description,
        "rate": format_minor(e.rate_minor, e.currency, symbol=False),
        "rate_minor": e.rate_minor, "currency": e.currency,
        "conversation_id": e.conversation_id, "invoice_id": e.invoice_id,
    }  # fmt: skip


def _invoice_dict(inv: Invoice, client_name: str) -> dict[str, Any]:
    cur = inv.currency
    return {
        "id": inv.id, "uid": inv.uid, "number": inv.number, "client": client_name,
        "status": inv.status.value, "currency": cur, "issue_date": inv.issue_date,
        "due_date": inv.due_date, "paid_date": inv.paid_date, "tax_rate": inv.tax_rate,
        "subtotal": format_minor(inv.subtotal_minor, cur, symbol=False),
        "tax": format_minor(inv.tax_minor, cur, symbol=False),
        "total": format_minor(inv.total_minor, cur, symbol=False),
        "subtotal_minor": inv.subtotal_minor, "tax_minor": inv.tax_minor,
        "total_minor": inv.total_minor, "payment_terms": inv.payment_terms,
        "notes": inv.notes, "void_reason": inv.void_reason, "kind": inv.kind.value,
        "display_status": inv.display_status, "credit_reason": inv.credit_reason,
        "credited_invoice_id": inv.credited_invoice_id, "tax_case": inv.tax_case.value,
        "service_start": inv.service_start, "service_end": inv.service_end,
        "language": inv.language, "buyer_reference": inv.buyer_reference,
        "lines": [
            {"id": x.id, "position": x.position, "description": x.description,
             "quantity": x.quantity, "unit_price": format_minor(x.unit_price_minor, cur,
                                                                  symbol=False),
             "amount": format_minor(x.amount_minor, cur, symbol=False),
             "unit_price_minor": x.unit_price_minor, "amount_minor": x.amount_minor,
             "time_entry_id": x.time_entry_id, "tax_rate": inv.line_rate(x),
             "tax_category": x.tax_category}
            for x in inv.lines
        ],
    }  # fmt: skip


def _names(ws: Any) -> dict[int, str]:
    return {c.id: c.name for c in ws.clients(include_archived=True)}


# -- time -----------------------------------------------------------------------
def cmd_time_add(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        entry = billing.log_time(
            args.client, args.duration, args.description, work_date=args.date, rate=args.rate,
            conversation_id=args.conversation,
        )  # fmt: skip
        client = billing.client(entry.client_id)
    rate = format_minor(entry.rate_minor, entry.currency)
    print(
        f"Logged {format_minutes(entry.minutes)} h for “{client.name}” on {entry.work_date} "
        f"at {rate}/h (entry {entry.id})."
    )
    return 0


def cmd_time_list(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        client_id = ws.client(args.client).id if args.client else None
        entries = billing.entries(client_id, unbilled=args.unbilled)
        names = _names(ws)
    if args.json:
        _print_json([_entry_dict(e, names.get(e.client_id, "")) for e in entries])
        return 0
    if not entries:
        print("No time entries." if not args.unbilled else "No unbilled time.")
        return 0
    for e in entries:
        billed = f"  [invoice {e.invoice_id}]" if e.invoice_id else ""
        print(
            f"{e.id:>5}  {e.work_date}  {format_minutes(e.minutes):>6} h  "
            f"{names.get(e.client_id, '?')[:20]:<20}  {e.description[:60]}{billed}"
        )
    total = sum(e.minutes for e in entries)
    print(f"Total: {format_minutes(total)} h in {len(entries)} entries.")
    return 0


def cmd_time_delete(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        billing.delete_entry(args.id)
    print(f"Deleted time entry {args.id}.")
    return 0


# -- invoices ---------------------------------------------------------------------
def _entry_ids(text: str) -> list[int] | None:
    """``all`` → None; ``1,2,3`` → ids."""
    if text.strip().lower() == "all":
        return None
    ids = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit():
            raise _cli_error(f"“{text}” is not a list of entry ids; use e.g. 1,2,3 or all.")
        ids.append(int(part))
    return ids


def _summary(inv: Invoice) -> str:
    label = inv.number or f"draft {inv.id}"
    total = format_minor(inv.total_minor, inv.currency)
    return f"{label} ({inv.display_status}, total {total})"


def cmd_invoice_draft(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        ids = _entry_ids(args.entries)
        if ids is None and not billing.entries(ws.client(args.client).id, unbilled=True):
            raise _cli_error(
                f"“{ws.client(args.client).name}” has no unbilled time; log some with "
                "`consultant time add`, or use --entries with ids."
            )
        inv = billing.create_draft(
            args.client, ids, all_unbilled=ids is None, tax_rate=args.tax,
            payment_terms=args.terms, notes=args.notes or "",
        )  # fmt: skip
    print(f"Created draft invoice {inv.id} with {len(inv.lines)} lines: {_summary(inv)}.")
    return 0


def cmd_invoice_line(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        inv = billing.resolve(args.invoice)
        inv = billing.add_line(
            inv.id, args.description, args.quantity, args.unit_price, tax_rate=args.tax
        )
    print(f"Added a line to draft {inv.id}: {_summary(inv)}.")
    return 0


def cmd_invoice_list(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        client_id = ws.client(args.client).id if args.client else None
        invoices = billing.invoices(client_id)
        names = _names(ws)
    if args.json:
        _print_json([_invoice_dict(i, names.get(i.client_id, "")) for i in invoices])
        return 0
    if not invoices:
        print("No invoices yet. Make one with: consultant invoice draft --client NAME")
        return 0
    for i in invoices:
        print(
            f"{i.id:>5}  {i.number or '(draft)':<12}  {i.display_status:<15}  "
            f"{i.issue_date or '':<10}  {names.get(i.client_id, '?')[:24]:<24}  "
            f"{format_minor(i.total_minor, i.currency):>16}"
        )
    return 0


def cmd_invoice_show(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        inv = billing.resolve(args.invoice)
        name = billing.client(inv.client_id).name
        doc = billing.document(inv.id)
        inv = doc.invoice
        start, end, cost = billing.period_cost_microusd(inv.id)
    notes = [number for number, _date in doc.credit_notes]
    credited = (
        f"{doc.credited_number} of {doc.credited_issue_date}" if doc.credited_number else ""
    )
    tax_note = doc.tax_note
    if args.json:
        data = _invoice_dict(inv, name)
        data["vat"] = [
            {"category": g.category, "rate": str(g.rate), "base_minor": g.base_minor,
             "tax_minor": g.tax_minor} for g in doc.vat_groups
        ]  # fmt: skip
        data.update(tax_note=tax_note, credited_number=doc.credited_number or None,
                    credit_notes=notes, ai_cost_microusd=cost,
                    ai_cost_period=[start, end])  # fmt: skip
        _print_json(data)
        return 0
    cur = inv.currency
    kind = "Credit note " if inv.is_credit_note else ""
    print(f"{kind}{inv.number or 'Draft'} · id {inv.id} · {name} · {inv.display_status}")
    period = inv.service_start or ""
    if inv.service_end and inv.service_end != inv.service_start:
        period = f"{inv.service_start} – {inv.service_end}"
    for label, value in (
        ("Issue date", inv.issue_date), ("Service period", period),
        ("Due date", inv.due_date), ("Paid", inv.paid_date),
        ("Credits", credited), ("Reason", inv.credit_reason),
        ("Credited by", ", ".join(notes)),
        ("VAT", tax_note), ("Void reason", inv.void_reason),
    ):  # fmt: skip
        if value:
            print(f"  {label}: {value}")
    for line in inv.lines:
        print(
            f"  {line.position:>3}. {line.description[:50]:<50} "
            f"{display_quantity(line.quantity):>8} × "
            f"{format_minor(line.unit_price_minor, cur, symbol=False):>10} = "
            f"{format_minor(line.amount_minor, cur, symbol=False):>12}"
            + (f"  (line {line.id})" if inv.status.value == "draft" else "")
        )
    print(f"  Subtotal: {format_minor(inv.subtotal_minor, cur)}")
    for group in doc.vat_groups:
        rate = format(group.rate.normalize(), "f")
        print(
            f"  VAT {group.category} {rate} % on {format_minor(group.base_minor, cur)}: "
            f"{format_minor(group.tax_minor, cur)}"
        )
    print(f"  Total: {format_minor(inv.total_minor, cur)}")
    for label, value in (("Terms", inv.payment_terms), ("Notes", inv.notes)):
        if value:
            print(f"  {label}: {value}")
    from consultant.services.billing import format_microusd

    print(f"  AI cost for {name} {start} – {end} (not on the invoice): {format_microusd(cost)}")
    return 0


def cmd_invoice_issue(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        invoice_id = billing.resolve(args.invoice).id
        warnings = billing.issue_warnings(invoice_id)
        inv = billing.issue(invoice_id, issue_date=args.date)
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(f"Issued invoice {_summary(inv)}.")
    return 0


def cmd_invoice_pay(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        inv = billing.mark_paid(billing.resolve(args.invoice).id, paid_date=args.date)
    print(f"Marked {inv.number} paid on {inv.paid_date}.")
    return 0


def cmd_invoice_void(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        billing.void(billing.resolve(args.invoice).id, args.reason)  # always refused
    return 1
    return 0


def cmd_invoice_delete(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        inv = billing.resolve(args.invoice)
        billing.delete_draft(inv.id)
    print(f"Deleted draft {inv.id}; its time entries are unbilled again.")
    return 0


def cmd_invoice_export(args: argparse.Namespace) -> int:
    from consultant.ui.invoice_export import export_invoice

    ws, billing = _open()
    with ws:
        inv = billing.resolve(args.invoice)
        doc = billing.document(inv.id)
    out = export_invoice(doc, args.format, Path(args.output))
    print(f"Wrote {out}.")
    return 0


def cmd_invoice_credit(args: argparse.Namespace) -> int:
    ws, billing = _open()
    with ws:
        inv = billing.resolve(args.invoice)
        positions = _positions(args.lines) if args.lines else None
        note = billing.credit(inv.id, args.reason, positions=positions, issue_date=args.date)
        original = billing.invoice(inv.id)
    print(
        f"Issued credit note {_summary(note)} for invoice {original.number} "
        f"({original.display_status})."
    )
    return 0


def _positions(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise _cli_error(f"“{text}” is not a list of line numbers; use e.g. 1,3.")
        out.append(int(part))
    return out


# -- your business ----------------------------------------------------------------
_BUSINESS_OPTIONS = (
    ("--name", "business", "legal name of your business, as printed on invoices"),
    ("--owner", "name", "your own name"),
    ("--address", "address", 'postal address; lines separated by "\\n"'),
    ("--country", "country", "ISO 3166 country code, e.g. DE"),
    ("--vat-id", "vat_id", "VAT id with its country prefix, e.g. DE123456789"),
    ("--tax-number", "tax_id", "national tax number (Steuernummer)"),
    ("--email", "email", "e-mail printed on invoices"),
    ("--phone", "phone", None),
    ("--website", "website", None),
    ("--bank", "bank_name", "bank name"),
    ("--iban", "iban", None),
    ("--bic", "bic", None),
    ("--logo", "logo_path", "image printed at the top of invoices"),
)


def cmd_business_show(args: argparse.Namespace) -> int:
    from consultant.core.settings import load_settings

    profile = load_settings().settings.profile
    values = {key: getattr(profile, key) for _flag, key, _text in _BUSINESS_OPTIONS}
    values["small_business"] = profile.small_business
    if args.json:
        _print_json(values)
        return 0
    for flag, key, _text in _BUSINESS_OPTIONS:
        label = flag.lstrip("-").replace("-", " ").capitalize()
        lines = str(values[key]).splitlines() or ["—"]
        print(f"{label + ':':<13} {lines[0]}")
        for line in lines[1:]:
            print(f"{'':<13} {line}")
    exempt = "yes (§ 19 UStG: no VAT is charged)" if profile.small_business else "no"
    print(f"{'Small business:':<13} {exempt}")
    return 0


def cmd_business_edit(args: argparse.Namespace) -> int:
    from consultant.core.settings import load_settings, save_settings
    from consultant.services.billing import edit_business

    loaded = load_settings()
    settings = loaded.settings
    values = {key: getattr(args, key) for _flag, key, _text in _BUSINESS_OPTIONS}
    warnings = edit_business(settings.profile, small_business=args.small_business, **values)
    save_settings(settings)
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print("Updated your business details.")
    return 0


def cmd_overview(args: argparse.Namespace) -> int:
    from consultant.services.billing import format_microusd

    ws, billing = _open()
    with ws:
        rows = billing.overview()
    if args.json:
        _print_json([r.to_dict() for r in rows])
        return 0
    if not rows:
        print("No clients yet.")
        return 0
    for r in rows:
        unbilled = ", ".join(format_minor(v, c) for c, v in r.unbilled_minor.items()) or "-"
        print(
            f"{r.client_name}: unbilled {format_minutes(r.unbilled_minutes)} h ({unbilled}); "
            f"AI cost this month {format_microusd(r.llm_cost_microusd)}"
        )
        for o in r.open_invoices:
            due = " OVERDUE" if o.overdue else ""
            print(
                f"    open {o.number}  {format_minor(o.total_minor, o.currency)}  "
                f"{o.age_days} days{due}"
            )
    return 0


# -- parser -----------------------------------------------------------------------
def register(sub: Any, add: AddFn) -> None:
    """Add ``time``, ``invoice`` and ``overview`` to the ``consultant`` parser."""
    from consultant.cli import _parse_date

    def day(text: str) -> str:
        return _parse_date(text).isoformat()

    time = sub.add_parser("time", help="log and list time per client")
    tsub = time.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(tsub, "add", cmd_time_add, "log time for a client (1.5, 1:30, 1h30m, 90m)")
    p.add_argument("--client", required=True)
    p.add_argument("duration", help="e.g. 1.5, 1:30, 1h30m, 90m")
    p.add_argument("description")
    p.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default today")
    p.add_argument("--rate", help="hourly rate, default the client's, e.g. 120.00")
    p.add_argument("--conversation", type=int, help="link a conversation id")
    p = add(tsub, "list", cmd_time_list, "list time entries")
    p.add_argument("--client")
    p.add_argument("--unbilled", action="store_true", help="only time not on an invoice")
    p.add_argument("--json", action="store_true")
    p = add(tsub, "delete", cmd_time_delete, "delete an unbilled time entry")
    p.add_argument("id", type=int)

    biz = sub.add_parser("business", help="your business details printed on invoices")
    bsub = biz.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(bsub, "show", cmd_business_show, "show your business details")
    p.add_argument("--json", action="store_true")
    p = add(bsub, "edit", cmd_business_edit, "change your business details")
    for flag, key, text in _BUSINESS_OPTIONS:
        p.add_argument(flag, dest=key, help=text)
    p.add_argument(
        "--small-business", dest="small_business", action="store_true", default=None,
        help="small-business VAT exemption (§ 19 UStG): invoices carry no VAT",
    )  # fmt: skip
    p.add_argument("--no-small-business", dest="small_business", action="store_false")

    inv = sub.add_parser("invoice", help="draft, issue, pay, credit and export invoices")
    isub = inv.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(isub, "draft", cmd_invoice_draft, "draft an invoice from unbilled time")
    p.add_argument("--client", required=True)
    p.add_argument("--entries", default="all", help="all (default) or ids, e.g. 1,2,3")
    p.add_argument("--tax", help="tax rate in percent, e.g. 19 (default from settings)")
    p.add_argument("--terms", help="payment terms (default from settings)")
    p.add_argument("--notes")
    p = add(isub, "line", cmd_invoice_line, "add a manual line to a draft")
    p.add_argument("invoice", metavar="N", help="invoice id")
    p.add_argument("description")
    p.add_argument("quantity", metavar="QTY")
    p.add_argument("unit_price", metavar="UNIT_PRICE")
    p.add_argument("--tax", help="this line's VAT rate in percent (default: the invoice's)")
    p = add(isub, "list", cmd_invoice_list, "list invoices")
    p.add_argument("--client")
    p.add_argument("--json", action="store_true")
    for name, func, text in (
        ("show", cmd_invoice_show, "show an invoice"),
        ("issue", cmd_invoice_issue, "number and freeze a draft"),
        ("pay", cmd_invoice_pay, "mark an issued invoice paid"),
        ("credit", cmd_invoice_credit, "issue a credit note correcting an issued invoice"),
        ("void", cmd_invoice_void, "refused: an issued invoice is corrected by a credit note"),
        ("delete", cmd_invoice_delete, "delete a draft (its time becomes unbilled)"),
        ("export", cmd_invoice_export, "write it: PDF, Factur-X, XRechnung, Markdown, HTML"),
    ):
        p = add(isub, name, func, text)
        p.add_argument("invoice", metavar="N", help="invoice id or number (e.g. 2026-0001)")
        if name == "show":
            p.add_argument("--json", action="store_true")
        elif name in ("issue", "pay"):
            p.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default today")
        elif name == "void":
            p.add_argument("--reason", default="")
        elif name == "credit":
            p.add_argument("--reason", required=True, help="why the invoice is corrected")
            p.add_argument("--lines", help="line numbers to credit, e.g. 1,3 (default: all)")
            p.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default today")
        elif name == "export":
            from consultant.ui.invoice_export import FORMATS

            p.add_argument("--format", choices=list(FORMATS), default="pdf")
            p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = add(sub, "overview", cmd_overview, "per client: unbilled time, open invoices, AI cost")
    p.add_argument("--json", action="store_true")
