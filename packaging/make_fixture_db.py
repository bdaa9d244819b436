"""Make the release database fixture ``tests/data/databases/consultant-<version>.sqlite``.

    .venv/bin/python packaging/make_fixture_db.py            # for the current version
    .venv/bin/python packaging/make_fixture_db.py --force    # overwrite it

Run it once per release, with that release's code, and commit the file: later
versions' migrations are then tested against a real database of this release
(``tests/unit/store/test_release_upgrade.py``). Never regenerate an existing
fixture with newer code — that would defeat its purpose.

The content is small and fixed (uids and timestamps are given, not generated), so
``EXPECTED`` below and the test can name what must survive an upgrade.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consultant import __version__  # noqa: E402
from consultant.core.models import MessageStatus, Role, Task  # noqa: E402
from consultant.store import Store  # noqa: E402

OUT_DIR = ROOT / "tests" / "data" / "databases"
T0 = "2026-10-05T09:00:00.000000+00:00"


def _id(value: int | None) -> int:
    assert value is not None
    return value


def populate(store: Store) -> None:
    acme = store.clients.add(
        "Acme Home Health",
        uid="00000000-0000-4000-8000-000000000001",
        created_at=T0,
        organization="Home-health agency",
        hourly_rate_minor=12000,
        currency="EUR",
        privacy="redact",
        tone="friendly, brief",
        glossary="Kno2 fax portal, Axxess",
    )
    store.clients.add_contact(_id(acme.id), "jane@acme-health.org", "Jane Doe", "Office manager")
    store.clients.add_domain(_id(acme.id), "acme-health.org")
    zoe = store.clients.add(
        "Zoë Café GmbH",
        uid="00000000-0000-4000-8000-000000000002",
        created_at=T0,
        organization="Café chain",
        hourly_rate_minor=9500,
        currency="CHF",
    )
    store.clients.set_archived(_id(zoe.id), True)

    conv = store.conversations.create(
        _id(acme.id),
        "Fax portal down",
        Task.INTERPRET,
        "openai/gpt-4o-mini",
        uid="00000000-0000-4000-8000-000000000101",
        created_at=T0,
    )
    store.conversations.add_message(
        _id(conv.id),
        Role.USER,
        "Hi, the fax portal keeps logging us out since Monday. Can you look? — Jane",
        task=Task.INTERPRET,
        uid="00000000-0000-4000-8000-000000001001",
        created_at="2026-10-05T09:01:00.000000+00:00",
    )
    store.conversations.add_message(
        _id(conv.id),
        Role.ASSISTANT,
        "Jane says the Kno2 fax portal session expires early since Monday.",
        status=MessageStatus.COMPLETE,
        task=Task.INTERPRET,
        model="openai/gpt-4o-mini",
        input_tokens=812,
        output_tokens=95,
        cost_microusd=180,
        uid="00000000-0000-4000-8000-000000001002",
        created_at="2026-10-05T09:01:05.000000+00:00",
    )
    chat = store.conversations.create(
        _id(zoe.id),
        "Menu board",
        Task.CHAT,
        uid="00000000-0000-4000-8000-000000000102",
        created_at=T0,
    )
    store.conversations.add_message(
        _id(chat.id),
        Role.USER,
        "Die Menütafel zeigt keine Preise mehr an.",
        uid="00000000-0000-4000-8000-000000001003",
        created_at="2026-10-06T10:00:00.000000+00:00",
    )

    billed = store.billing.add_entry(
        _id(acme.id),
        90,
        "Fax portal: session timeout diagnosis",
        rate_minor=12000,
        currency="EUR",
        work_date="2026-10-05",
        conversation_id=_id(conv.id),
        uid="00000000-0000-4000-8000-000000002001",
        created_at=T0,
    )
    store.billing.add_entry(
        _id(acme.id),
        30,
        "Follow-up call",
        rate_minor=12000,
        currency="EUR",
        work_date="2026-10-07",
        uid="00000000-0000-4000-8000-000000002002",
        created_at=T0,
    )
    invoice = store.billing.create_draft(
        _id(acme.id), "EUR", tax_rate=Decimal("19"), payment_terms="14 days"
    )
    store.billing.add_line(
        _id(invoice.id), billed.description, Decimal("1.5"), 12000, time_entry_id=_id(billed.id)
    )
    store.billing.issue(
        _id(invoice.id),
        issue_date="2026-10-31",
        due_date="2026-11-14",
        seller={"name": "Sam Freelancer", "address": "Hauptstraße 1, Berlin"},
        buyer={"name": "Acme Home Health"},
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite an existing fixture")
    args = parser.parse_args(argv)
    target = OUT_DIR / f"consultant-{__version__}.sqlite"
    if target.exists() and not args.force:
        print(f"{target} exists; it belongs to release {__version__}, keep it.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "consultant.sqlite"
        store = Store.open(work)
        try:
            populate(store)
        finally:
            store.close()
        # One self-contained file: fold the WAL in, then copy with the backup API.
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        src = sqlite3.connect(work)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute("VACUUM")
        finally:
            dst.close()
            src.close()
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
