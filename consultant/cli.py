"""The ``consultant`` command.

With no arguments it starts the desktop app; subcommands run the same use cases
without Qt. Every error is one line on stderr and a non-zero exit status (1 for a
refused request, 2 for bad usage); an unexpected failure writes its traceback to
``logs/consultant.log`` in the data folder, never to the terminal (when the log
cannot be written, one line says so and the details are dropped).

``ask`` keeps what it streamed: the partial reply is saved at most every ~0.5 s
(what a kill -9 leaves), and on Ctrl-C (exit 130, the reply ``cancelled``),
SIGTERM (143) or SIGHUP (129, the terminal closed; both ``interrupted``) it is
saved and one line is printed.

This module must stay light: importing it must not import Qt or litellm, so
``consultant --version`` and the data commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from consultant import __version__
from consultant.core import paths
from consultant.core.models import AuditEntry, Client, SearchHit, Task
from consultant.core.money import format_minor

log = logging.getLogger("consultant")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A refusal explained in one line."""

    exit_code = EXIT_ERROR


class _Stopped(CliError):
    """The command was stopped by a signal; its work so far is saved."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"consultant: {message} (see `consultant --help`)\n")


# -- helpers --------------------------------------------------------------------
def _workspace() -> Any:
    from consultant.services.workspace import Workspace

    return Workspace.open()


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _client_dict(c: Client) -> dict[str, Any]:
    return {
        "id": c.id,
        "uid": c.uid,
        "name": c.name,
        "organization": c.organization,
        "tone": c.tone,
        "notes": c.notes,
        "glossary": c.glossary,
        "always_mask": c.redact_always.splitlines(),
        "never_mask": c.redact_never.splitlines(),
        "hourly_rate": format_minor(c.hourly_rate_minor, c.currency, symbol=False),
        "hourly_rate_minor": c.hourly_rate_minor,
        "currency": c.currency,
        "privacy": c.privacy.value,
        "archived": c.archived,
        "contacts": [{"email": x.email, "name": x.name, "role": x.role} for x in c.contacts],
        "domains": c.domains,
        "billing": {
            "legal_name": c.legal_name, "address": c.billing_address, "country": c.country,
            "vat_id": c.vat_id, "tax_id": c.tax_id, "email": c.billing_email,
            "contact": c.billing_contact, "payment_days": c.payment_days,
            "invoice_language": c.invoice_language, "buyer_reference": c.buyer_reference,
        },
    }  # fmt: skip


#: Billing options of ``client add|edit``: (flag, field, help).
_BILLING_OPTIONS = (
    ("--legal-name", "legal_name", "legal name printed on invoices (default: the client name)"),
    ("--billing-address", "billing_address", 'postal address; lines separated by "\\n"'),
    ("--country", "country", "ISO 3166 country code of the billing address, e.g. DE"),
    ("--vat-id", "vat_id", "VAT id with its country prefix, e.g. DE123456789"),
    ("--tax-id", "tax_id", "national tax number, when the client has no VAT id"),
    ("--billing-email", "billing_email", "where invoices go"),
    ("--billing-contact", "billing_contact", "person invoices are addressed to"),
    ("--payment-days", "payment_days", "days to pay (default from settings; 0: due on receipt)"),
    ("--invoice-language", "invoice_language", "en or de"),
    ("--buyer-reference", "buyer_reference", "purchase order / buyer reference (Leitweg-ID)"),
)


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (use YYYY-MM-DD)") from None


def _client_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--org", dest="organization", help="organization / what they do")
    p.add_argument("--rate", help="hourly rate, e.g. 120.00")
    p.add_argument("--currency", help="ISO 4217 code, e.g. EUR")
    p.add_argument("--privacy", choices=["cloud", "redact", "local_only"])
    p.add_argument("--tone", help="preferred tone of replies")
    p.add_argument("--notes", help="free notes about the client")
    p.add_argument("--glossary", help="systems, vendors and terms the client uses")
    p.add_argument(
        "--always-mask", action="append", metavar="TERM",
        help="redact: a term always masked for this client (repeat; '' clears the list)",
    )  # fmt: skip
    p.add_argument(
        "--never-mask", action="append", metavar="TERM",
        help="redact: a term never masked, e.g. a product name (repeat; '' clears the list)",
    )  # fmt: skip
    for flag, field, text in _BILLING_OPTIONS:
        p.add_argument(flag, dest=field, help=text)


def _fields(args: argparse.Namespace) -> dict[str, str | None]:
    fields: dict[str, str | None] = {
        k: getattr(args, k)
        for k in ("organization", "rate", "currency", "privacy", "tone", "notes", "glossary")
    }
    for _flag, field, _text in _BILLING_OPTIONS:
        fields[field] = getattr(args, field)
    for option, key in (("always_mask", "redact_always"), ("never_mask", "redact_never")):
        terms = getattr(args, option)
        if terms is not None:
            fields[key] = "\n".join(t.strip() for t in terms if t.strip())
    return fields


# -- commands -------------------------------------------------------------------
def cmd_client_add(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.add_client(args.name, **_fields(args))
    print(f"Added client “{client.name}”.")
    return EXIT_OK


def cmd_client_edit(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.edit_client(args.name, new_name=args.rename, **_fields(args))
    print(f"Updated client “{client.name}”.")
    return EXIT_OK


def cmd_client_list(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        clients = ws.clients(include_archived=args.all)
    if args.json:
        _print_json([_client_dict(c) for c in clients])
        return EXIT_OK
    if not clients:
        print("No clients yet. Add one with: consultant client add NAME")
        return EXIT_OK
    width = max(len(c.name) for c in clients)
    for c in clients:
        rate = format_minor(c.hourly_rate_minor, c.currency) if c.hourly_rate_minor else ""
        flags = " [archived]" if c.archived else ""
        badge = "" if c.privacy.value == "cloud" else f" ({c.privacy.value})"
        print(f"{c.name:<{width}}  {c.organization[:40]:<40}  {rate}{badge}{flags}".rstrip())
    return EXIT_OK


def cmd_client_show(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.client(args.name)
    if args.json:
        _print_json(_client_dict(client))
        return EXIT_OK
    d = _client_dict(client)
    print(client.name + (" (archived)" if client.archived else ""))
    for label, key in (
        ("Organization", "organization"), ("Tone", "tone"), ("Privacy", "privacy"),
    ):  # fmt: skip
        if d[key]:
            print(f"  {label}: {d[key]}")
    print(f"  Hourly rate: {format_minor(client.hourly_rate_minor, client.currency)}")
    if client.domains:
        print(f"  Domains: {', '.join(client.domains)}")
    for c in client.contacts:
        extra = " — ".join(x for x in (c.name, c.role) if x)
        print(f"  Contact: {c.email}" + (f" ({extra})" if extra else ""))
    for label, key in (("Notes", "notes"), ("Glossary", "glossary")):
        if d[key]:
            print(f"  {label}:")
            for line in d[key].splitlines():
                print(f"    {line}")
    for label, key in (("Always masked", "always_mask"), ("Never masked", "never_mask")):
        if d[key]:
            print(f"  {label}: {'; '.join(d[key])}")
    billing = d["billing"]
    if any(v not in ("", None, "en") for v in billing.values()):
        print("  Billing:")
        for label, key in (
            ("Legal name", "legal_name"), ("Country", "country"), ("VAT id", "vat_id"),
            ("Tax id", "tax_id"), ("E-mail", "email"), ("Contact", "contact"),
            ("Payment days", "payment_days"), ("Invoice language", "invoice_language"),
            ("Buyer reference", "buyer_reference"),
        ):  # fmt: skip
            if billing[key] not in ("", None):
                print(f"    {label}: {billing[key]}")
        for i, line in enumerate(client.billing_address.splitlines()):
            print(f"    {'Address: ' if i == 0 else '         '}{line}")
    return EXIT_OK


def cmd_client_archive(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.archive_client(args.name, not args.undo)
    print(f"{'Archived' if client.archived else 'Restored'} client “{client.name}”.")
    return EXIT_OK


def cmd_client_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError(
            "Deleting a client removes all its conversations and time entries; "
            "add --yes to confirm (a backup is taken first), or use `client archive`."
        )
    with _workspace() as ws:
        backup = ws.delete_client(args.name)
    print(f"Deleted client “{args.name}”. A backup was saved to {backup}.")
    return EXIT_OK


def cmd_contact_add(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.add_contact(args.client, args.email, args.name or "", args.role or "")
    print(f"{args.email.strip().lower()} is now a contact of “{client.name}”.")
    return EXIT_OK


def cmd_contact_list(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        clients = [ws.client(args.client)] if args.client else ws.clients(include_archived=True)
        rows = [
            {"client": c.name, "email": x.email, "name": x.name, "role": x.role}
            for c in clients
            for x in c.contacts
        ]
    if args.json:
        _print_json(rows)
    elif not rows:
        print("No contacts yet. Add one with: consultant contact add --client NAME EMAIL")
    for r in rows if not args.json else []:
        extra = " — ".join(x for x in (r["name"], r["role"]) if x)
        print(f"{r['email']}  {r['client']}" + (f"  ({extra})" if extra else ""))
    return EXIT_OK


def cmd_contact_remove(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        ws.remove_contact(args.email)
    print(f"Removed contact {args.email.strip().lower()}.")
    return EXIT_OK


def cmd_domain_add(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client = ws.add_domain(args.client, args.domain)
    print(f"Mail from {args.domain.strip().lower().lstrip('@')} now belongs to “{client.name}”.")
    return EXIT_OK


def cmd_domain_remove(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        ws.remove_domain(args.domain)
    print(f"Removed the domain {args.domain.strip().lower()}.")
    return EXIT_OK


def _hit_dict(h: SearchHit) -> dict[str, Any]:
    from consultant.services.search import plain_snippet

    return {
        "client": h.client_name,
        "conversation_id": h.conversation_id,
        "conversation": h.conversation_title,
        "message_id": h.message_id,
        "role": h.role,
        "task": h.task,
        "created_at": h.created_at.isoformat() if h.created_at else None,
        "score": round(h.score, 4),
        "snippet": plain_snippet(h.snippet),
    }


def cmd_search(args: argparse.Namespace) -> int:
    from consultant.services.workspace import SearchQuery

    with _workspace() as ws:
        hits = ws.search(
            SearchQuery(
                text=args.query, client=args.client, task=args.task, since=args.since,
                until=args.until, limit=args.limit,
            )
        )  # fmt: skip
    if args.json:
        _print_json([_hit_dict(h) for h in hits])
        return EXIT_OK
    if not hits:
        print("No matches.")
        return EXIT_OK
    for h in hits:
        d = _hit_dict(h)
        when = (d["created_at"] or "")[:10]
        title = h.conversation_title or "Untitled"
        print(f"{h.client_name} · {title} · {when} · message {h.message_id}")
        print(f"    {d['snippet']}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from consultant.services.transfer import export_data, write_export

    with _workspace() as ws:
        if args.output == "-":
            _print_json(export_data(ws, args.client))
            return EXIT_OK
        stamp = date.today().strftime("%Y%m%d")
        folder = Path(args.output) if args.output else Path(f"consultant-export-{stamp}")
        written = write_export(ws, folder, args.client, args.format)
    print(f"Exported {len(written)} file{'s' if len(written) != 1 else ''} to {folder}/")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from consultant.services.transfer import import_data, read_export

    path = Path(args.file)
    if path.is_dir():
        path = path / "consultant.json"
    data = read_export(path)
    with _workspace() as ws:
        report = import_data(ws, data)
    print(f"Imported {path}: {report.summary()}.")
    for warning in report.warnings:
        print(f"  note: {warning}")
    return EXIT_OK


def cmd_conversation_export(args: argparse.Namespace) -> int:
    from consultant.services.conversation_export import (
        ExportFormat,
        PdfWriter,
        export_conversation,
        parse_format,
    )

    fmt = parse_format(args.format)
    writer: PdfWriter | None = None
    if fmt is ExportFormat.PDF:  # Qt (offscreen) only for a PDF
        from consultant.ui.invoice_pdf import write_pdf

        writer = write_pdf
    with _workspace() as ws:
        written = export_conversation(ws, args.id, fmt, Path(args.output), pdf_writer=writer)
    print(f"Exported conversation {args.id} to {written}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    # The store checks the pages first (a damaged database is not copied) and
    # removes a backup file it could not finish; both are one-line refusals.
    with _workspace() as ws:
        target = ws.backup()
    print(f"Backup saved to {target}")
    return EXIT_OK


# -- models and asking ------------------------------------------------------------
def _read_input(source: str | None) -> tuple[bytes, str | None]:
    """The bytes to read as an e-mail, never more than the intake limit + 1.

    A file is checked by size before it is opened, and read with a bound anyway (it
    may grow, or be a pipe); the intake refuses anything over the limit.
    """
    from consultant.core.intake import MAX_INPUT_BYTES

    limit = MAX_INPUT_BYTES + 1
    too_large = (
        f"{{}} is too large to read as an email (over {MAX_INPUT_BYTES // (1024 * 1024)} MB)."
    )
    if source in (None, "-"):
        if source is None and sys.stdin.isatty():
            raise CliError(
                "Give a file to read (an .eml, .msg, .html or text file), or pipe text in."
            )
        data = sys.stdin.buffer.read(limit)
        if len(data) >= limit:
            raise CliError(too_large.format("The input"))
        return data, None
    path = Path(source)
    if not path.is_file():
        raise CliError(f"There is no file {source}.")
    try:
        if path.stat().st_size >= limit:
            raise CliError(too_large.format(source))
        with path.open("rb") as handle:
            data = handle.read(limit)
    except OSError as exc:
        raise CliError(f"Cannot read {source}: {exc.strerror or exc}.") from None
    if len(data) >= limit:
        raise CliError(too_large.format(source))
    return data, path.name


def cmd_ask(args: argparse.Namespace) -> int:
    from consultant.services import intake
    from consultant.services.ask import AskService, GatewayError, StopRequested, TurnRequest

    data, filename = _read_input(args.file)
    task = Task(args.task)
    with _workspace() as ws:
        received = intake.read(ws, data, filename)
        if args.client:
            client = ws.client(args.client)
        elif args.conversation:  # a conversation belongs to exactly one client
            client = ws.client_by_id(ws.conversation(args.conversation).client_id)
        elif received.client is not None:
            client = received.client
            print(f"Client: {client.name} (matched {received.sender})", file=sys.stderr)
        else:
            who = received.sender or "an unknown sender"
            hint = (
                f"; or add the sender: consultant contact add --client NAME {received.sender}"
                if received.sender
                else ""
            )
            raise CliError(
                f"Could not tell which client this is from ({who}). Use --client NAME{hint}."
            )
        for warning in received.parsed.warnings:
            print(f"note: {warning}", file=sys.stderr)
        assert client.id is not None
        if args.conversation:
            conversation = ws.conversation(args.conversation)
            if conversation.client_id != client.id:
                raise CliError(f"Conversation {args.conversation} belongs to another client.")
        service = AskService(ws)
        # Before anything is stored: a refused model leaves no empty conversation.
        service.check_model(args.model, task)
        if not args.conversation:
            conversation = ws.new_conversation(
                client.id, args.title or received.title, task, args.model or ""
            )
        assert conversation.id is not None
        request = TurnRequest(
            conversation_id=conversation.id,
            text=received.text,
            task=task,
            model_ref=args.model,
            context=[] if args.context == "none" else None,
            subject=received.parsed.subject,
            metadata={"email": received.parsed.to_metadata()},
        )

        def show(text: str) -> None:
            sys.stdout.write(text)
            sys.stdout.flush()

        def stop(reason: str, code: int) -> BaseException:
            error = StopRequested(reason)
            error.exit_code = code  # type: ignore[attr-defined]
            return error

        saved = f"the reply so far is saved in conversation {conversation.id}"
        try:
            with _stop_on_signals(stop):
                turn, message = service.ask(request, on_delta=show)
        except GatewayError as exc:
            _end_line()
            raise CliError(exc.user_message) from None
        except KeyboardInterrupt:
            _end_line()
            raise _Stopped(f"Stopped; {saved} (cancelled).", 130) from None
        except StopRequested as exc:
            _end_line()
            code = int(getattr(exc, "exit_code", EXIT_ERROR))
            raise _Stopped(f"Stopped: {exc.reason}; {saved} (interrupted).", code) from None
        if not message.content.endswith("\n"):
            sys.stdout.write("\n")
        for note in turn.notes:
            print(f"note: {note}", file=sys.stderr)
        if turn.context:
            print(f"Context used: {len(turn.context)} earlier message(s):", file=sys.stderr)
            for snippet in turn.context:
                print(f"  - {snippet.label}", file=sys.stderr)
        cost = f", ${message.cost_microusd / 1e6:.4f}" if message.cost_microusd is not None else ""
        tokens = f"{message.input_tokens or '?'} in / {message.output_tokens or '?'} out tokens"
        print(
            f"Saved to conversation {conversation.id} “{conversation.title}” ({tokens}{cost}).",
            file=sys.stderr,
        )
    return EXIT_OK


_SIGNAL_REASONS = {
    "SIGTERM": "the process was asked to stop (SIGTERM)",
    "SIGHUP": "the terminal was closed (SIGHUP)",
}


@contextlib.contextmanager
def _stop_on_signals(stop: Callable[[str, int], BaseException]) -> Iterator[None]:
    """While streaming: Ctrl-C raises ``KeyboardInterrupt`` and SIGTERM/SIGHUP raise
    ``stop(reason, exit code)`` in the main thread, so the reply is saved on the way
    out. Only the first signal counts: a second one while that save runs is ignored
    (interrupting the save would lose what it is writing)."""
    stopping = False

    def handler(signum: int, _frame: object) -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise stop(_SIGNAL_REASONS[signal.Signals(signum).name], 128 + signum)

    previous: dict[int, Any] = {}
    try:
        for name in ("SIGINT", *_SIGNAL_REASONS):
            number = getattr(signal, name, None)
            if number is not None:
                previous[number] = signal.signal(number, handler)
    except ValueError:  # not the main thread (the CLI called from a test's thread)
        pass
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def _end_line() -> None:
    """End the streamed text's line on a terminal before a message on stderr."""
    with contextlib.suppress(OSError, ValueError):
        if sys.stdout.isatty():
            sys.stdout.write("\n")
            sys.stdout.flush()


def cmd_models(args: argparse.Namespace) -> int:
    from consultant.services import models

    loaded = models.load()
    if loaded.warning:
        print(f"note: {loaded.warning}", file=sys.stderr)
    settings = loaded.settings
    if args.check:
        # A check makes outbound calls: each is in the audit log like any other.
        audits: list[AuditEntry] = []
        rows = models.models_status(settings, check=True, audit=audits.append)
        with _workspace() as ws:
            for entry in audits:
                ws.record_audit(entry)
    else:
        rows = models.models_status(settings)
    if args.json:
        _print_json(
            {
                "default_model": settings.default_model,
                "resolved_default_model": models.resolve_model_ref(settings).ref,
                "task_models": settings.task_models,
                "providers": [
                    {
                        "id": r.provider_id, "kind": r.kind, "name": r.name, "models": r.models,
                        "key": r.key_source, "needs_key": r.needs_key, "reachable": r.reachable,
                        "message": r.message,
                    }
                    for r in rows
                ],
            }
        )  # fmt: skip
        return EXIT_OK
    if not rows:
        print("No model providers are configured. Open Settings → Models in the app, or set "
              "OPENAI_API_KEY (or another provider's key) in the environment.")  # fmt: skip
    for r in rows:
        key = {"keyring": "key in keyring", "environment": "key from environment",
               "session": "key for this session",
               "locked": "keyring locked: unlock it (e.g. log in to your desktop "
                         "session) to use its key"}.get(r.key_source or "", "")  # fmt: skip
        if r.needs_key and not r.key_source:
            key = f"no key: consultant key set {r.provider_id}"
        state = {True: "reachable", False: "NOT reachable", None: ""}[r.reachable]
        extra = " · ".join(x for x in (key, state, r.message) if x)
        print(f"{r.provider_id} ({r.name})" + (f" — {extra}" if extra else ""))
        for m in r.models:
            print(f"    {r.provider_id}/{m}")
    resolved = models.resolve_model_ref(settings)
    if resolved.source == "only":
        shown = f"(none set; the only configured model, {resolved.ref}, is used)"
    else:
        shown = resolved.ref or '(none: pass --model, or set "default_model" in settings.json)'
    print(f"Default model: {shown}")
    for task, ref in sorted(settings.task_models.items()):
        print(f"  {task}: {ref}")
    return EXIT_OK


def cmd_key_set(args: argparse.Namespace) -> int:
    import getpass

    from consultant.services import models

    if sys.stdin.isatty():
        key = getpass.getpass(f"API key for {args.provider} (input hidden): ")
    else:
        key = sys.stdin.readline()
    key = key.strip()
    if not key:
        raise CliError("No key was entered; nothing was changed.")
    # This process ends with the command: a key kept "for the session" would be lost
    # at once, so without a usable keyring nothing is kept and the fix is named.
    result = models.set_key(args.provider, key, session_fallback=False)
    if not result.persistent:
        raise CliError(result.message)
    print(result.message)
    return EXIT_OK


def cmd_key_delete(args: argparse.Namespace) -> int:
    from consultant.services import models

    result = models.forget_key(args.provider)
    if result.problem:
        raise CliError(result.problem)
    if result.found:
        print(f"Deleted the key for {args.provider} from the keyring.")
        return EXIT_OK
    raise CliError(f"There was no stored key for {args.provider}.")


def cmd_audit(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        client_id = ws.client(args.client).id if args.client else None
        entries = ws.audit_entries(client_id=client_id, limit=args.limit)
        names = {c.id: c.name for c in ws.clients(include_archived=True)}
    if args.json:
        _print_json(
            [
                {
                    "time": e.created_at.isoformat(), "provider": e.provider, "model": e.model,
                    "client": names.get(e.client_id), "chars_sent": e.chars_sent,
                    "redactions": e.redactions, "outcome": e.outcome, "detail": e.detail,
                    "purpose": e.purpose,
                }
                for e in entries
            ]
        )  # fmt: skip
        return EXIT_OK
    if not entries:
        print("No model calls recorded yet.")
    for e in entries:
        who = names.get(e.client_id, "-")
        red = f", {e.redactions} redacted" if e.redactions else ""
        purpose = "" if e.purpose == "chat" else f"  [{e.purpose}]"
        print(
            f"{e.created_at:%Y-%m-%d %H:%M:%S}  {who}  {e.provider}/{e.model}  "
            f"{e.chars_sent:,} chars{red}  {e.outcome}{purpose}"
        )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from consultant.ui.app import run

    _setup_logging()  # the window's own errors go to the log file, not a terminal
    return run()


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    from consultant import desktop_entry

    if args.uninstall_desktop_entry:
        done = desktop_entry.uninstall()
        print(f"Removed {len(done.files)} files of the desktop entry from {done.data_home}.")
    else:
        done = desktop_entry.install()
        print(f"Installed the desktop entry, icons and metainfo under {done.data_home}.")
    return EXIT_OK


# -- parser ---------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="consultant",
        description="Consultant: understand client e-mails, draft replies, keep every "
        "client's history. With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"consultant {__version__}")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add Consultant to this user's application menu (Linux)")  # fmt: skip
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove it from the menu again")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(
        group: Any, name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = group.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    client = sub.add_parser("client", help="add, list, show, edit, archive clients")
    csub = client.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(csub, "add", cmd_client_add, "add a client")
    p.add_argument("name")
    _client_options(p)
    p = add(csub, "list", cmd_client_list, "list clients")
    p.add_argument("--all", action="store_true", help="include archived clients")
    p.add_argument("--json", action="store_true")
    p = add(csub, "show", cmd_client_show, "show a client")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p = add(csub, "edit", cmd_client_edit, "change a client")
    p.add_argument("name")
    p.add_argument("--rename", metavar="NEW_NAME")
    _client_options(p)
    p = add(csub, "archive", cmd_client_archive, "archive a client (history is kept)")
    p.add_argument("name")
    p.add_argument("--undo", action="store_true", help="restore an archived client")
    p = add(csub, "delete", cmd_client_delete, "delete a client and its history")
    p.add_argument("name")
    p.add_argument("--yes", action="store_true", help="confirm the deletion")

    contact = sub.add_parser("contact", help="a client's contacts (e-mail addresses)")
    tsub = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(tsub, "add", cmd_contact_add, "add or update a contact of a client")
    p.add_argument("--client", required=True)
    p.add_argument("email")
    p.add_argument("--name")
    p.add_argument("--role", help="e.g. IT manager, office manager")
    p = add(tsub, "list", cmd_contact_list, "list contacts")
    p.add_argument("--client")
    p.add_argument("--json", action="store_true")
    p = add(tsub, "remove", cmd_contact_remove, "remove a contact")
    p.add_argument("email")

    domain = sub.add_parser("domain", help="mail domains a client claims")
    dsub = domain.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(dsub, "add", cmd_domain_add, "claim a mail domain for a client")
    p.add_argument("--client", required=True)
    p.add_argument("domain")
    p = add(dsub, "remove", cmd_domain_remove, "release a mail domain")
    p.add_argument("domain")

    p = add(sub, "search", cmd_search, "full-text search of every conversation")
    p.add_argument("query")
    p.add_argument("--client")
    p.add_argument("--task", choices=[t.value for t in Task])
    p.add_argument("--since", type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = add(sub, "export", cmd_export, "export to JSON and Markdown")
    p.add_argument("--client", help="only this client")
    p.add_argument("-o", "--output", help="folder to write (default ./consultant-export-DATE), "
                   "or - for JSON on stdout")  # fmt: skip
    p.add_argument("--format", choices=["all", "json", "md"], default="all")

    conversation = sub.add_parser("conversation", help="one conversation: export")
    vsub = conversation.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(vsub, "export", cmd_conversation_export,
            "export one conversation (the shown versions) as Markdown, HTML or PDF")  # fmt: skip
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--format", choices=["md", "html", "pdf"], default="md")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = add(sub, "import", cmd_import, "import a JSON export (safe to repeat)")
    p.add_argument("file", help="consultant.json, or the export folder")

    p = add(sub, "ask", cmd_ask, "ask about a client's e-mail or text (streams the answer)")
    p.add_argument(
        "file", nargs="?", metavar="FILE|-", help=".eml, .msg, .html or text; - for stdin"
    )
    p.add_argument("--client", help="the client (default: matched from the sender)")
    p.add_argument("--task", choices=[t.value for t in Task], default=Task.INTERPRET.value)
    p.add_argument("--model", help="provider/model, e.g. openai/gpt-4o-mini")
    p.add_argument("--context", choices=["auto", "none"], default="auto",
                   help="offer this client's past messages as context (default auto)")  # fmt: skip
    p.add_argument("--conversation", type=int, help="continue this conversation id")
    p.add_argument("--title", help="title of the new conversation")

    p = add(sub, "models", cmd_models, "list configured providers and models")
    p.add_argument("--check", action="store_true", help="check which are reachable")
    p.add_argument("--json", action="store_true")

    key = sub.add_parser("key", help="API keys in the OS keyring")
    ksub = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = add(ksub, "set", cmd_key_set, "store a provider's API key (asked at a prompt)")
    p.add_argument("provider", help="provider id, e.g. openai")
    p = add(ksub, "delete", cmd_key_delete, "delete a provider's API key")
    p.add_argument("provider")

    p = add(sub, "audit", cmd_audit, "list outbound model calls")
    p.add_argument("--client")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    add(sub, "backup", cmd_backup, "copy the database into the backups folder")
    from consultant import cli_billing

    cli_billing.register(sub, add)
    from consultant import cli_mail

    cli_mail.register(sub, add)
    cli_mail.register_conversation_list(vsub, add)
    return parser


_log_note_shown = False


def _say(line: str) -> None:
    """One line on stderr; a terminal that is gone (SIGHUP) is not an error."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _log_unwritable(path: Path, why: str) -> None:
    """Say once that the log cannot be written; the details are then dropped."""
    global _log_note_shown
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())  # never Python's stderr fallback
    log.propagate = False
    if not _log_note_shown:
        _log_note_shown = True
        _say(f"consultant: the log file {path} cannot be written ({why}); details are not kept.")


class _LogFile(logging.FileHandler):
    """A log file whose write errors (disk full, …) are one line, not a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        _log_unwritable(Path(self.baseFilename), str(error) if error else "write failed")


def _setup_logging() -> Path | None:
    folder = paths.data_dir() / "logs"
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):  # already set up
            return Path(handler.baseFilename)
    target = folder / "consultant.log"
    try:
        paths.private_dir(folder.parent)  # the data folder and logs/ are 0700:
        paths.private_dir(folder)  # the log may quote client data
        paths.create_private_file(target)  # 0600 before the first line
        handler = _LogFile(target, encoding="utf-8")
    except OSError as exc:
        _log_unwritable(target, exc.strerror or type(exc).__name__)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return folder / "consultant.log"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list:
        args = build_parser().parse_args(args_list)
        func = getattr(args, "func", None)
        if func is None:
            desktop = args.install_desktop_entry or args.uninstall_desktop_entry
            func = cmd_desktop_entry if desktop else cmd_gui
    else:  # the desktop app, started without building every command's parser
        args, func = argparse.Namespace(), cmd_gui
    from consultant.core.errors import ServiceError

    if not log.handlers:  # until a log file is set up, nothing reaches the terminal
        log.addHandler(logging.NullHandler())
    try:
        return int(func(args))
    except CliError as exc:
        _say(f"consultant: {exc}")
        return exc.exit_code
    except ServiceError as exc:
        # A refusal worded for each front end (``ModelNotChosen``) names the CLI's fix.
        cli_message = getattr(exc, "cli_message", None)
        _say(f"consultant: {cli_message if isinstance(cli_message, str) else exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("consultant: Stopped.")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); quiet exit like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: never a traceback
        logfile = _setup_logging()
        if logfile is not None:
            log.exception("unexpected error in `consultant %s`", " ".join(args_list[:2]))
        where = f" (details in {logfile})" if logfile else ""
        _say(f"consultant: unexpected error: {type(exc).__name__}: {exc}{where}")
        return EXIT_ERROR
