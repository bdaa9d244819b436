"""Mail filing on a labelled, adversarial set of mail stores (issue #16).

    python tests/bench/bench_mail_filing.py [--half tune|report] [--json] [--details]

Data: ``tests/data/mail_eval/`` (see its SOURCE.md) — 8 clients, the user's own
addresses, and per half an mbox file, a Maildir and a folder of ``.eml`` files with
~300 labelled messages: look-alike domains, display-name spoofing, subdomains, public
providers, the user's sent mail, Cc-only clients, mailing lists, threads with broken
headers or two clients, duplicates across stores, malformed files. ``tune`` may be used
while developing; ``report`` is held out (never tune on it): ``--details`` (which lists
the failures) is refused on it.

A fresh workspace (temporary ``CONSULTANT_HOME``) gets the clients, contacts, domains
and privacy policies through the workspace services, the user's profile e-mail and
mail accounts in ``settings.json``; the three stores are imported with
``consultant.services.mail_import.import_path`` in the order of ``labels.json``
(mbox, Maildir, .eml folder). What got stored is then read back from the database
(read-only) and searched through ``Workspace.search`` (what ``consultant search`` runs).

Metrics:

- filing accuracy — share of the messages that must be stored that are stored under
  the right client (two malformed-but-readable ones may also be refused);
- direction accuracy — of those filed right, share with the right ``in``/``out``;
- not-stored precision — share of stored rows that should be stored (leaks: mail of no
  client, look-alikes, spoofs, lists, junk files); and the share of must-not-store
  messages that were indeed left out;
- dedup — rows stored twice for one message (must be 0);
- thread completeness — pairs of stored messages that must share a conversation and
  do; thread purity — pairs sharing a conversation that should (two clients, two
  threads with the same subject, orphans must stay apart);
- integrity — each row's ``messages`` row exists, sits in that conversation, which is a
  ``kind='mail'`` conversation of the same client, with metadata author and mail_id;
- search hit rate — labelled phrases (body, text and PDF attachments) found by search
  in the very message they were written in.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "mail_eval"

Key = tuple[str, ...]


@dataclass
class Expect:
    """What the labels say about one distinct message."""

    key: Key
    label: dict[str, Any]
    duplicates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def expected(self) -> str:
        return str(self.label["expected"])

    @property
    def where(self) -> str:
        return f"{self.label['file']}#{self.label['index']}"


def norm_mid(text: str) -> str:
    return text.strip().strip("<>").strip().lower()


def label_key(label: dict[str, Any]) -> Key:
    if label.get("message_id"):
        return ("mid", norm_mid(label["message_id"]))
    if label.get("from"):
        return ("nomid", label["from"].lower(), label["subject"].strip().casefold())
    return ("file", label["file"])


def load_half(half: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    return data["setup"], data[half]


# -- building the workspace ------------------------------------------------------------
def prepare(home: Path, setup: dict[str, Any]) -> Any:
    from consultant.core.settings import Profile, Settings, save_settings
    from consultant.services.workspace import Workspace

    user = setup["user"]
    settings = Settings(
        profile=Profile(name=user["name"], business=user["business"], email=user["email"]),
        mail_accounts=setup["mail_accounts"],
    )
    save_settings(settings, home / "config" / "settings.json")
    ws = Workspace.open(home)
    for c in setup["clients"]:
        ws.add_client(c["name"], privacy=c["privacy"])
        for domain in c["domains"]:
            ws.add_domain(c["name"], domain)
        for person in c["contacts"]:
            ws.add_contact(c["name"], person["email"], person["name"])
    return ws


def run_imports(ws: Any, folder: Path, order: list[str]) -> dict[str, Any]:
    from consultant.services import mail_import

    out: dict[str, Any] = {"seconds": {}, "report": Counter(), "problems": [], "crashes": []}
    for name in order:
        path = folder / name
        start = time.perf_counter()
        try:
            rep = mail_import.import_path(ws, path, client_name=None)
        except Exception as exc:  # a crash is a finding, not the end of the run
            out["crashes"].append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        finally:
            out["seconds"][name] = round(time.perf_counter() - start, 3)
        for attr in ("stored", "duplicates", "no_client", "malformed", "too_large"):
            out["report"][attr] += int(getattr(rep, attr, 0) or 0)
        out["problems"] += list(getattr(rep, "problems", []) or [])[:5]
    return out


# -- reading back ---------------------------------------------------------------------------
@dataclass
class Row:
    id: int
    key: str
    message_row: int | None
    client_id: int | None
    conversation_id: int | None
    direction: str
    from_addr: str
    subject: str


def read_rows(
    db: Path,
) -> tuple[list[Row], dict[int, tuple[int, str]], dict[int, tuple[int, str, str]]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = [
            Row(*r)
            for r in con.execute(
                "SELECT id, message_key, message_row, client_id, conversation_id, direction, "
                "from_addr, subject FROM mail_messages ORDER BY id"
            )
        ]
        convs = {
            int(r[0]): (int(r[1]), str(r[2]))
            for r in con.execute("SELECT id, client_id, kind FROM conversations")
        }
        ids = [r.message_row for r in rows if r.message_row is not None]
        msgs: dict[int, tuple[int, str, str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for mid, conv, role, meta in con.execute(
                f"SELECT id, conversation_id, role, metadata FROM messages WHERE id IN ({marks})",
                chunk,
            ):
                msgs[int(mid)] = (int(conv), str(role), str(meta or ""))
    finally:
        con.close()
    return rows, convs, msgs


def match_rows(rows: list[Row], expects: dict[Key, Expect]) -> dict[int, Key | None]:
    """Row id → the labelled message it is (None: no label fits)."""
    by_from: dict[str, list[Key]] = defaultdict(list)
    for key in expects:
        if key[0] == "nomid":
            by_from[key[1]].append(key)
    found: dict[int, Key | None] = {}
    for row in rows:
        text = row.key or ""
        if text.startswith("mid:"):
            mid_key: Key = ("mid", norm_mid(text[4:]))
            found[row.id] = mid_key if mid_key in expects else None
            continue
        cands = by_from.get((row.from_addr or "").strip().lower(), [])
        subject = (row.subject or "").strip().casefold()
        exact = [k for k in cands if k[2] == subject]
        found[row.id] = exact[0] if exact else (cands[0] if len(cands) == 1 else None)
    return found


# -- scoring ---------------------------------------------------------------------------------
def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def evaluate(ws: Any, half: str) -> dict[str, Any]:
    from consultant.services.workspace import SearchQuery

    _setup, labels = load_half(half)
    expects: dict[Key, Expect] = {}
    for label in labels:
        key = label_key(label)
        if label["expected"] == "duplicate":
            expects[key].duplicates.append(label)
        else:
            expects[key] = Expect(key, label)
    names = {c.id: c.name for c in ws.clients(include_archived=True)}
    rows, convs, msgs = read_rows(ws.db_path)
    matched = match_rows(rows, expects)
    rows_of: dict[Key, list[Row]] = defaultdict(list)
    unmatched: list[Row] = []
    for row in rows:
        found = matched[row.id]
        if found is None:
            unmatched.append(row)
        else:
            rows_of[found].append(row)

    failures: list[dict[str, Any]] = []

    def fail(kind: str, e: Expect | None, got: str, row: Row | None = None) -> None:
        failures.append(
            {
                "kind": kind,
                "where": e.where if e else "",
                "tags": e.label["tags"] if e else [],
                "expected": (
                    f"{e.expected} / {e.label['client']} / {e.label['direction']}" if e else ""
                ),
                "got": got,
                "subject": (e.label["subject"] if e else (row.subject if row else "")),
            }
        )

    # filing, direction
    must = [e for e in expects.values() if e.expected == "stored"]
    filed_ok = dir_ok = dir_n = 0
    for e in must:
        got = rows_of.get(e.key, [])
        lenient = "not_stored" in e.label.get("also_ok", [])
        if not got:
            if lenient:
                filed_ok += 1
            else:
                fail("missing", e, "not stored")
            continue
        row = got[0]
        client = names.get(row.client_id or -1)
        if client != e.label["client"]:
            fail("wrong_client", e, f"stored under {client}")
            continue
        filed_ok += 1
        dir_n += 1
        if row.direction == e.label["direction"]:
            dir_ok += 1
        else:
            fail("direction", e, f"direction {row.direction}")

    # leaks
    must_not = [e for e in expects.values() if e.expected == "not_stored"]
    leaked = [e for e in must_not if rows_of.get(e.key)]
    for e in leaked:
        r0 = rows_of[e.key][0]
        fail("leak", e, f"stored under {names.get(r0.client_id or -1)}")
    for row in unmatched:
        fail(
            "unlabelled_row", None, f"row {row.id} key {row.key[:60]!r} from {row.from_addr!r}", row
        )
    good_rows = sum(len(v) for k, v in rows_of.items() if expects[k].expected == "stored")

    # dedup
    doubled = {k: v for k, v in rows_of.items() if len(v) > 1}
    for k, v in doubled.items():
        fail("stored_twice", expects[k], f"{len(v)} rows")
    dup_labels = sum(len(e.duplicates) for e in expects.values())

    # threads: over rows filed under the right client that carry a thread label
    threaded = [
        (rows_of[e.key][0], e.label["thread"])
        for e in must
        if e.label.get("thread")
        and rows_of.get(e.key)
        and names.get(rows_of[e.key][0].client_id or -1) == e.label["client"]
    ]
    same_n = same_ok = shared_n = shared_ok = 0
    for (ra, ta), (rb, tb) in combinations(threaded, 2):
        together = ra.conversation_id is not None and ra.conversation_id == rb.conversation_id
        if ta == tb:
            same_n += 1
            same_ok += together
        if together:
            shared_n += 1
            shared_ok += ta == tb
    by_thread: dict[str, list[Row]] = defaultdict(list)
    for row, tid in threaded:
        by_thread[tid].append(row)
    for tid, members in by_thread.items():
        if len({m.conversation_id for m in members}) > 1:
            e = next(x for x in must if x.label.get("thread") == tid)
            n_conv = len({m.conversation_id for m in members})
            fail("thread_split", e, f"{len(members)} messages in {n_conv} conversations")
    by_conv: dict[int | None, set[str]] = defaultdict(set)
    for row, tid in threaded:
        by_conv[row.conversation_id].add(tid)
    for conv_id, tids in by_conv.items():
        if len(tids) > 1:
            e = next(x for x in must if x.label.get("thread") in tids)
            fail("thread_merged", e, f"conversation {conv_id} holds threads {sorted(tids)}")

    # integrity of what was stored
    bad_integrity = 0
    for row in rows:
        problem = ""
        msg = msgs.get(row.message_row) if row.message_row is not None else None
        conv = convs.get(row.conversation_id) if row.conversation_id is not None else None
        if msg is None:
            problem = "no messages row"
        elif conv is None or msg[0] != row.conversation_id:
            problem = "messages row not in the row's conversation"
        elif conv[1] != "mail" or conv[0] != row.client_id:
            problem = f"conversation kind {conv[1]!r} / client {conv[0]} vs {row.client_id}"
        elif msg[1] != "user":
            problem = f"role {msg[1]!r}"
        else:
            try:
                meta = json.loads(msg[2] or "{}")
            except ValueError:
                meta = {}
            want = "client" if row.direction == "in" else "you"
            if meta.get("author") != want or meta.get("mail_id") != row.id:
                problem = f"metadata {meta!r}"
        if problem:
            bad_integrity += 1
            mkey = matched[row.id]
            fail("integrity", expects[mkey] if mkey else None, problem, row)

    # search
    search_n: Counter[str] = Counter()
    search_ok: Counter[str] = Counter()
    for e in must:
        for phrase in e.label.get("phrases", []):
            where = phrase["where"]
            search_n[where] += 1
            got = rows_of.get(e.key, [])
            target = got[0].message_row if got else None
            hits = (
                ws.search(SearchQuery(text=phrase["text"], limit=20)) if target is not None else []
            )
            if target is not None and any(h.message_id == target for h in hits):
                search_ok[where] += 1
            else:
                fail("search_miss", e, f"{phrase['text']!r} ({where}): {len(hits)} other hits")

    return {
        "messages": len(labels),
        "distinct": len(expects),
        "must_store": len(must),
        "must_not_store": len(must_not),
        "rows": len(rows),
        "filing_accuracy": ratio(filed_ok, len(must)),
        "direction_accuracy": ratio(dir_ok, dir_n),
        "not_stored_precision": ratio(good_rows, len(rows)),
        "left_out_rate": ratio(len(must_not) - len(leaked), len(must_not)),
        "leaks": len(leaked) + len(unmatched),
        "stored_twice": len(doubled),
        "duplicate_copies": dup_labels,
        "thread_completeness": ratio(same_ok, same_n),
        "thread_purity": ratio(shared_ok, shared_n),
        "integrity_errors": bad_integrity,
        "search_hit_rate": ratio(sum(search_ok.values()), sum(search_n.values())),
        "search_by_place": {k: f"{search_ok[k]}/{n}" for k, n in sorted(search_n.items())},
        "failures": failures,
    }


TABLE = (
    ("filing accuracy (right client)", "filing_accuracy", "must_store"),
    ("direction accuracy", "direction_accuracy", None),
    ("not-stored precision (rows that belong)", "not_stored_precision", "rows"),
    ("must-not-store left out", "left_out_rate", "must_not_store"),
    ("leaked rows (must be 0)", "leaks", None),
    ("messages stored twice (must be 0)", "stored_twice", "duplicate_copies"),
    ("thread completeness (pairs)", "thread_completeness", None),
    ("thread purity (pairs)", "thread_purity", None),
    ("integrity errors (must be 0)", "integrity_errors", None),
    ("search hit rate", "search_hit_rate", None),
)


def print_table(half: str, result: dict[str, Any]) -> None:
    print(
        f"Mail filing — half “{half}”: {result['messages']} files/messages, "
        f"{result['must_store']} to store, {result['must_not_store']} to leave out, "
        f"{result['rows']} rows stored"
    )
    for title, key, n_key in TABLE:
        value = result[key]
        shown = (
            "n/a" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))
        )
        extra = f"  (of {result[n_key]})" if n_key else ""
        print(f"  {title:<42} {shown:>7}{extra}")
    places = ", ".join(f"{k} {v}" for k, v in result["search_by_place"].items())
    print(f"  {'search by place':<42} {places}")
    imp = result["import"]
    print(f"  import: {dict(imp['report'])}; seconds {imp['seconds']}")
    for crash in imp["crashes"]:
        print(f"  CRASH {crash}")


def print_details(result: dict[str, Any]) -> None:
    fails = result["failures"]
    print(f"\n{len(fails)} failures:")
    kinds = Counter(f["kind"] for f in fails)
    tags = Counter(t for f in fails for t in f["tags"])
    print("  by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("  by tag:  " + ", ".join(f"{k} {n}" for k, n in tags.most_common()))
    for f in fails:
        print(f"  [{f['kind']}] {f['where']} {f['tags']} — {f['subject'][:60]!r}")
        print(f"      expected {f['expected'] or '-'}; got {f['got']}")
    problems = result["import"].get("problems", [])
    if problems:
        print("\nImport problems reported (first few):")
        for p in problems[:15]:
            print(f"  - {p}")


def maildir_names(maildir: Path) -> None:
    """Give the copied Maildir its real shape: a ``tmp`` folder, and on POSIX the
    ``:2,S`` info suffix the repository spells ``!2,S`` (Windows cannot hold ``:``)."""
    (maildir / "tmp").mkdir(exist_ok=True)
    if os.name != "posix":
        return
    for path in (maildir / "cur").iterdir():
        if "!2," in path.name:
            path.rename(path.with_name(path.name.replace("!2,", ":2,")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--half", choices=["tune", "report"], default="report")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list the failures (tune only)")
    args = parser.parse_args(argv)
    if args.details and args.half == "report":
        print(
            "The report half is held out: --details lists its failures only for --half tune.",
            file=sys.stderr,
        )
        return 2
    try:
        from consultant.services import mail_import  # noqa: F401
    except ImportError as exc:
        missing = isinstance(exc, ModuleNotFoundError) and exc.name in (
            "consultant.services.mail_import",
            "consultant.services",
        )
        print(
            "consultant.services.mail_import does not exist yet (issue #16): there is no "
            "mail import to measure."
            if missing
            else f"consultant.services.mail_import cannot be imported ({exc}).",
            file=sys.stderr,
        )
        return 2
    if not (DATA / "labels.json").exists():
        script = DATA / "make_mail_eval.py"
        print(f"The evaluation set is missing: run python {script}.", file=sys.stderr)
        return 2
    setup, _labels = load_half(args.half)
    with tempfile.TemporaryDirectory(prefix="mail-eval-") as tmp:
        home = Path(tmp) / "home"
        os.environ["CONSULTANT_HOME"] = str(home)
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        stores = Path(tmp) / "stores"
        shutil.copytree(DATA / args.half, stores)
        maildir_names(stores / "Maildir")
        ws = prepare(home, setup)
        try:
            imported = run_imports(ws, stores, setup["import_order"])
            try:
                result = evaluate(ws, args.half)
            except sqlite3.OperationalError as exc:
                print(f"The database has no mail tables to measure ({exc}).", file=sys.stderr)
                return 2
        finally:
            ws.close()
    result["import"] = {**imported, "report": dict(imported["report"])}
    if not args.details:
        del result["import"]["problems"]  # they name files: details, for tune only
    if args.json:
        shown = {k: v for k, v in result.items() if k != "failures" or args.details}
        print(json.dumps({"half": args.half, **shown}, indent=2, ensure_ascii=False))
        return 0
    print_table(args.half, result)
    if args.details:
        print_details(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
