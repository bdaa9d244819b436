"""The ``consultant`` command.

With no arguments it starts the desktop app; subcommands run the same use cases
without Qt. Every error is one line on stderr and a non-zero exit status (1 for a
refused request, 2 for bad usage); an unexpected failure writes its traceback to
``logs/consultant.log`` in the data folder, never to the terminal.

This module must stay light: importing it must not import Qt or litellm, so
``consultant --version`` and the data commands start fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from consultant import __version__
from consultant.core import paths
from consultant.core.models import Client, SearchHit, Task
from consultant.core.money import format_minor

log = logging.getLogger("consultant")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A refusal explained in one line."""


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
        "hourly_rate": format_minor(c.hourly_rate_minor, c.currency, symbol=False),
        "hourly_rate_minor": c.hourly_rate_minor,
        "currency": c.currency,
        "privacy": c.privacy.value,
        "archived": c.archived,
        "contacts": [{"email": x.email, "name": x.name, "role": x.role} for x in c.contacts],
        "domains": c.domains,
    }


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


def _fields(args: argparse.Namespace) -> dict[str, str | None]:
    return {
        k: getattr(args, k)
        for k in ("organization", "rate", "currency", "privacy", "tone", "notes", "glossary")
    }


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
            for x in ws.store.clients.contacts(c.id)
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


def cmd_backup(args: argparse.Namespace) -> int:
    with _workspace() as ws:
        target = ws.backup()
    print(f"Backup saved to {target}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from consultant.ui.app import run

    return run()


# -- parser ---------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="consultant",
        description="Consultant: understand client e-mails, draft replies, keep every "
        "client's history. With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"consultant {__version__}")
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

    p = add(sub, "import", cmd_import, "import a JSON export (safe to repeat)")
    p.add_argument("file", help="consultant.json, or the export folder")

    add(sub, "backup", cmd_backup, "copy the database into the backups folder")
    return parser


def _setup_logging() -> Path | None:
    folder = paths.data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "consultant.log", encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return folder / "consultant.log"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    func = getattr(args, "func", None)
    if func is None:
        func = cmd_gui
    from consultant.services.workspace import ServiceError

    try:
        return int(func(args))
    except (CliError, ServiceError) as exc:
        sys.stderr.write(f"consultant: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("consultant: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); quiet exit like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: never a traceback
        logfile = _setup_logging()
        log.exception("unexpected error in `consultant %s`", " ".join(args_list[:2]))
        where = f" (details in {logfile})" if logfile else ""
        sys.stderr.write(f"consultant: unexpected error: {type(exc).__name__}: {exc}{where}\n")
        return EXIT_ERROR
