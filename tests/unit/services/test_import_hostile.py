"""Import cannot harm other data: hostile documents are refused whole, nothing moves
between clients, issued invoices stay as they are (also against SQL ``REPLACE``)."""

from __future__ import annotations

import copy
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

from consultant.cli import main
from consultant.core.models import Role
from consultant.services.transfer import export_data, import_data
from consultant.services.workspace import ServiceError, Workspace


def _seed(ws: Workspace) -> None:
    acme = ws.add_client("Acme", rate="120", currency="EUR", privacy="cloud")
    beta = ws.add_client("Beta", rate="90", currency="EUR", privacy="local_only")
    ws.add_contact("Acme", "jane@acme.org", "Jane", "IT")
    assert acme.id is not None and beta.id is not None
    for client, text in ((acme, "Open port 443"), (beta, "Patient record 4711 for Beta")):
        assert client.id is not None
        conv = ws.store.conversations.create(client.id, f"{client.name} thread")
        assert conv.id is not None
        ws.store.conversations.add_message(conv.id, Role.USER, text)
        ws.store.conversations.add_message(conv.id, Role.ASSISTANT, f"Reply for {client.name}")
    conv_id = ws.store.conversations.list_for_client(acme.id)[0].id
    billed = ws.store.billing.add_entry(
        acme.id, 90, "Firewall", rate_minor=12000, currency="EUR", conversation_id=conv_id
    )
    ws.store.billing.add_entry(acme.id, 30, "Call", rate_minor=12000, currency="EUR")
    issued = ws.store.billing.create_draft(acme.id, "EUR", tax_rate=Decimal("19"))
    assert issued.id and billed.id
    ws.store.billing.add_line(issued.id, "Firewall", Decimal("1.5"), 12000, time_entry_id=billed.id)
    ws.store.billing.issue(issued.id, issue_date="2026-02-02")
    draft = ws.store.billing.create_draft(acme.id, "EUR", tax_rate=Decimal("7"))
    assert draft.id
    ws.store.billing.add_line(draft.id, "Licence", Decimal("2"), 999)


def _dump(ws: Workspace) -> list[str]:
    return list(ws.store.db.conn.iterdump())


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = Workspace.open(tmp_path / "home")
    _seed(w)
    yield w
    w.close()


def _client(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in doc["clients"] if c["name"] == name)


def _refused(ws: Workspace, doc: dict[str, Any], *needles: str) -> str:
    before = _dump(ws)
    with pytest.raises(ServiceError) as info:
        import_data(ws, doc)
    message = str(info.value)
    assert "\n" not in message
    for needle in needles:
        assert needle in message, message
    assert _dump(ws) == before
    return message


# -- nothing moves between clients ----------------------------------------------------------
def test_a_message_uid_of_another_client_is_refused_not_overwritten(ws: Workspace) -> None:
    doc = export_data(ws)
    acme_uid = _client(doc, "Acme")["conversations"][0]["messages"][0]["uid"]
    beta = _client(doc, "Beta")
    beta["conversations"][0]["messages"][0]["uid"] = acme_uid
    beta["conversations"][0]["messages"][0]["content"] = "overwritten by Beta"
    doc["clients"] = [beta]  # only Beta's file: the uid is Acme's, already here
    _refused(ws, doc, "clients[0].conversations[0].messages[0].uid", "another conversation")
    assert "Open port 443" in [m.content for m in _messages(ws, "Acme")]


def _messages(ws: Workspace, name: str) -> list[Any]:
    client = ws.client(name)
    conv = ws.store.conversations.list_for_client(client.id or 0)[0]
    return ws.messages(conv.id or 0)


def test_two_clients_sharing_a_uid_are_refused(ws: Workspace) -> None:
    doc = export_data(ws)
    _client(doc, "Beta")["uid"] = _client(doc, "Acme")["uid"]
    _refused(ws, doc, "repeats the uid")
    assert ws.client("Acme").privacy.value == "cloud"


def test_a_client_uid_pointing_at_another_client_does_not_change_its_policy(
    ws: Workspace, tmp_path: Path
) -> None:
    doc = export_data(ws)
    beta = copy.deepcopy(_client(doc, "Beta"))
    beta["uid"] = _client(doc, "Acme")["uid"]  # Beta's history under Acme's identity
    doc["clients"] = [beta]
    _refused(ws, doc, "clients[0].name", "already another client")


def test_a_new_client_with_an_existing_name_is_refused_not_merged(ws: Workspace) -> None:
    doc = export_data(ws)
    beta = _client(doc, "Beta")
    beta["uid"] = "someone-else"
    for conv in beta["conversations"]:
        conv["uid"] += "-x"
        for m in conv["messages"]:
            m["uid"] += "-x"
    _refused(ws, doc, ".name", "already another client")


def test_a_conversation_of_another_client_is_refused(ws: Workspace) -> None:
    doc = export_data(ws)
    acme_conv = _client(doc, "Acme")["conversations"][0]
    _client(doc, "Beta")["conversations"].append(copy.deepcopy(acme_conv))
    _client(doc, "Acme")["conversations"] = []
    _refused(ws, doc, "conversations[1].uid", "another client")


def test_a_time_entry_or_invoice_of_another_client_is_refused(ws: Workspace) -> None:
    doc = export_data(ws)
    acme, beta = _client(doc, "Acme"), _client(doc, "Beta")
    beta["time_entries"] = [acme["time_entries"][1]]
    acme["time_entries"] = acme["time_entries"][:1]
    _refused(ws, doc, "time_entries[0].uid", "another client")
    doc = export_data(ws)
    acme, beta = _client(doc, "Acme"), _client(doc, "Beta")
    draft = next(i for i in acme["invoices"] if i["status"] == "draft")
    acme["invoices"].remove(draft)
    beta["invoices"] = [draft]
    _refused(ws, doc, "invoices[0].uid", "another client")


# -- update by uid --------------------------------------------------------------------------
def test_unbilled_entries_and_draft_invoices_are_updated_by_uid(ws: Workspace) -> None:
    doc = export_data(ws)
    acme = _client(doc, "Acme")
    unbilled = next(e for e in acme["time_entries"] if e["description"] == "Call")
    unbilled.update(minutes=45, description="Call with IT")
    draft = next(i for i in acme["invoices"] if i["status"] == "draft")
    draft["notes"] = "Thanks!"
    draft["lines"][0].update(quantity="3", amount_minor=2997)
    draft.update(subtotal_minor=2997, tax_minor=210, total_minor=3207)
    report = import_data(ws, doc)
    assert report.updated == {"invoices": 1, "time entries": 1}
    entry = next(e for e in ws.store.billing.entries() if e.uid == unbilled["uid"])
    assert (entry.minutes, entry.description) == (45, "Call with IT")
    row = ws.store.db.execute(
        "SELECT notes, total_minor FROM invoices WHERE uid = ?", [draft["uid"]]
    ).fetchone()
    assert tuple(row) == ("Thanks!", 3207)
    assert import_data(ws, doc).updated == {}  # idempotent


def test_an_issued_invoice_that_differs_is_refused(ws: Workspace) -> None:
    doc = export_data(ws)
    issued = next(i for i in _client(doc, "Acme")["invoices"] if i["status"] == "issued")
    issued["notes"] = "rewritten after issue"
    _refused(ws, doc, "invoices[", "notes", "issued invoices cannot be changed")
    doc = export_data(ws)
    billed = _client(doc, "Acme")["time_entries"][0]
    billed["description"] = "changed after billing"
    _refused(ws, doc, "time_entries[0]", "issued invoice")


def test_an_issued_invoice_moves_on_to_paid(ws: Workspace) -> None:
    doc = export_data(ws)
    issued = next(i for i in _client(doc, "Acme")["invoices"] if i["status"] == "issued")
    issued.update(status="paid", paid_date="2026-02-20")
    assert import_data(ws, doc).updated == {"invoices": 1}
    row = ws.store.db.execute(
        "SELECT status, paid_date FROM invoices WHERE uid = ?", [issued["uid"]]
    ).fetchone()
    assert tuple(row) == ("paid", "2026-02-20")
    issued.update(status="issued", paid_date=None)  # an older export: this copy is ahead
    assert import_data(ws, doc).updated == {}


# -- malformed, out of range, oversized ------------------------------------------------------
def _nest(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"a": value}
    return value


HOSTILE: list[tuple[str, Any, str]] = [
    ("invoice.tax_rate", "-19", "tax_rate"),
    ("invoice.tax_rate", "NaN", "tax_rate"),
    ("invoice.tax_rate", "Infinity", "tax_rate"),
    ("line.unit_price_minor", 2**62, "unit_price_minor"),
    ("invoice.total_minor", 2**62, "total_minor"),
    ("entry.minutes", 10**6, "minutes"),
    ("entry.rate_minor", 2**64, "rate_minor"),
    ("client.hourly_rate_minor", -1, "hourly_rate_minor"),
    ("client.hourly_rate_minor", 1.5, "hourly_rate_minor"),
    ("client.hourly_rate_minor", float("nan"), "hourly_rate_minor"),
    ("message.metadata", _nest(200), "nested"),
    ("message.content", "x" * 10_000_001, "content"),
    ("client.name", "N" * 5_000, "name"),
    ("client.notes", "\ud800", "not valid Unicode"),
    ("message.uid", "", "uid"),
    ("message.role", "root", "role"),
    ("entry.work_date", "2026-02-30", "work_date"),
    ("client.currency", "EURO", "currency"),
    ("client.privacy", "none", "privacy"),
    ("line.amount_minor", 1, "amount_minor"),
    ("message.input_tokens", 2**63, "input_tokens"),
]


def _target(doc: dict[str, Any], what: str) -> tuple[dict[str, Any], str]:
    kind, key = what.split(".")
    acme = _client(doc, "Acme")
    issued = next(i for i in acme["invoices"] if i["status"] == "issued")
    obj = {
        "client": acme,
        "message": acme["conversations"][0]["messages"][1],
        "entry": acme["time_entries"][1],
        "invoice": issued,
        "line": issued["lines"][0],
    }[kind]
    return obj, key


@pytest.mark.parametrize(("what", "value", "needle"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_values_are_refused_whole(
    ws: Workspace, what: str, value: Any, needle: str
) -> None:
    doc = export_data(ws)
    obj, key = _target(doc, what)
    obj[key] = value
    message = _refused(ws, doc, needle)
    assert message.startswith(("The export is malformed: clients[", "The import was refused"))


def test_the_cli_refuses_a_hostile_file_in_one_line(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    doc = export_data(ws)
    doc["clients"][0]["time_entries"][0]["minutes"] = 10**6
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc))
    before = _dump(ws)
    ws.close()
    monkeypatch.setenv("CONSULTANT_HOME", str(tmp_path / "home"))
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "clients[0].time_entries[0].minutes" in err
    path.write_text('{"format": "consultant-export", "version": 1, "clients": '
                    + "[" * 100_000 + "]" * 100_000 + "}")  # fmt: skip
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "unexpected" not in err
    path.write_text('{"format": "consultant-export", "version": 1, "clients": [NaN]}')
    assert main(["import", str(path)]) == 1
    assert "unexpected" not in capsys.readouterr().err
    with Workspace.open(tmp_path / "home") as again:
        assert _dump(again) == before


# -- hypothesis: mutations of a real export --------------------------------------------------
_HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([2**62, 2**63, -(2**63) - 1, 10**6]),
    st.floats(), st.text(max_size=20), st.sampled_from(["NaN", "-1", "1e999", "\ud800", ""]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=3),
)  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


def _uids(doc: Any) -> list[str]:
    return [str(_get(doc, p)) for p in _paths(doc) if p and p[-1] in ("uid", "time_entry_uid")]


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    home = tmp_path_factory.mktemp("seeded")
    with Workspace.open(home) as w:
        _seed(w)
        doc = export_data(w)
    return home, doc


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_mutated_exports_are_imported_or_refused_cleanly(
    seeded: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory, data: Any
) -> None:
    home, original = seeded
    doc = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = [p for p in _paths(doc) if p]
        path = data.draw(st.sampled_from(paths), label="path")
        parent, key = _get(doc, path[:-1]), path[-1]
        action = data.draw(st.sampled_from(["replace", "delete", "uid", "duplicate"]))
        if action == "replace":
            parent[key] = data.draw(_HOSTILE_VALUES, label="value")
        elif action == "delete":
            del parent[key]
        elif action == "uid":
            parent[key] = data.draw(st.sampled_from(_uids(original)), label="uid")
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    target = tmp_path_factory.mktemp("example")
    shutil.copytree(home, target, dirs_exist_ok=True)
    with Workspace.open(target) as w:
        before = _dump(w)
        try:
            import_data(w, doc)
        except ServiceError as exc:
            assert "\n" not in str(exc)
            assert _dump(w) == before
        else:  # an accepted document imports again without change
            again = _dump(w)
            import_data(w, doc)
            assert _dump(w) == again


# -- REPLACE cannot delete an issued invoice -------------------------------------------------
def _issued_row(ws: Workspace) -> dict[str, Any]:
    return next(iter(ws.store.db.query("SELECT * FROM invoices WHERE status = 'issued'")))


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT OR REPLACE INTO invoices (id, uid, client_id, currency) "
        "VALUES (:id, 'new-uid', :client_id, 'EUR')",
        "REPLACE INTO invoices (uid, client_id, currency) VALUES (:uid, :client_id, 'EUR')",
        "INSERT OR REPLACE INTO invoices (uid, client_id, currency, status, series, seq,"
        " number, issue_date) VALUES ('other', :client_id, 'EUR', 'issued', :series, :seq,"
        " 'X-1', '2026-01-01')",
        "UPDATE OR REPLACE invoices SET uid = :uid WHERE status = 'draft'",
        "UPDATE OR REPLACE invoices SET id = :id WHERE status = 'draft'",
    ],
)
def test_replace_cannot_remove_an_issued_invoice(ws: Workspace, sql: str) -> None:
    row = _issued_row(ws)
    with pytest.raises(sqlite3.IntegrityError, match=r"issued invoice|issued from a draft"):
        ws.store.db.execute(sql, row)
    assert _issued_row(ws) == row


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT OR REPLACE INTO invoice_lines (id, invoice_id, position, description,"
        " quantity, unit_price_minor, amount_minor) VALUES (:line_id, :draft_id, 9, 'x', '1',"
        " 1, 1)",
        "UPDATE OR REPLACE invoice_lines SET id = :line_id WHERE invoice_id = :draft_id",
        "INSERT OR REPLACE INTO time_entries (uid, client_id, work_date, minutes, rate_minor,"
        " currency) VALUES (:entry_uid, :client_id, '2026-01-01', 1, 0, 'EUR')",
    ],
)
def test_replace_cannot_remove_an_issued_line_or_billed_entry(ws: Workspace, sql: str) -> None:
    db = ws.store.db
    issued = _issued_row(ws)
    line_id, entry_id = db.execute(
        "SELECT id, time_entry_id FROM invoice_lines WHERE invoice_id = ?", [issued["id"]]
    ).fetchone()
    params = {
        "line_id": line_id,
        "draft_id": db.execute("SELECT id FROM invoices WHERE status = 'draft'").fetchone()[0],
        "entry_uid": db.execute("SELECT uid FROM time_entries WHERE id = ?", [entry_id]).fetchone()[
            0
        ],
        "client_id": issued["client_id"],
    }
    before = _dump(ws)
    with pytest.raises(sqlite3.IntegrityError, match=r"issued invoice|billed time entry"):
        db.execute(sql, params)
    assert _dump(ws) == before
