"""Item models (pytest-qt's model tester), Markdown rendering, paging of long conversations."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from consultant.core.models import Client, Conversation, Message, MessageStatus, Role, Task
from consultant.core.prompts import ContextSnippet
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import PAGE_SIZE
from consultant.ui.item_models import (
    ClientListModel,
    ConversationListModel,
    MessageListModel,
    SnippetListModel,
    format_cost,
    message_footer,
)
from consultant.ui.main_window import MainWindow
from consultant.ui.markdown_render import (
    email_html,
    is_openable_link,
    render_markdown,
    stream_blocks,
)
from tests.unit.ui.window_support import add_client, window, workspace

__all__ = ["window", "workspace"]


def _msg(i: int, role: Role = Role.USER, **kw: object) -> Message:
    return Message(id=i, uid=f"u{i}", conversation_id=1, role=role, content=f"m{i}", **kw)  # type: ignore[arg-type]


def test_message_model_passes_model_tester(qtmodeltester: object) -> None:
    model = MessageListModel()
    model.set_messages([_msg(i) for i in range(5, 10)], has_older=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.prepend_older([_msg(i) for i in range(5)], has_older=False)
    model.append(_msg(10, Role.ASSISTANT, status=MessageStatus.STREAMING))
    model.set_streaming_text(10, "partial")
    model.remove(3)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [m.id for m in model.items()][:3] == [0, 1, 2]
    assert model.last_reply() is not None


def test_client_conversation_snippet_models(qtmodeltester: object) -> None:
    clients = ClientListModel()
    clients.set_items([Client(id=1, uid="a", name="A"), Client(id=2, uid="b", name="B")])
    qtmodeltester.check(clients)  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    convs = ConversationListModel()
    convs.set_conversations([
        Conversation(id=1, uid="1", client_id=1, title="old", updated_at=now - timedelta(1)),
        Conversation(id=2, uid="2", client_id=1, title="new", updated_at=now),
        Conversation(id=3, uid="3", client_id=1, title="pinned", pinned=True,
                     updated_at=now - timedelta(9)),
    ])  # fmt: skip
    qtmodeltester.check(convs)  # type: ignore[attr-defined]
    assert [c.title for c in convs.items()] == ["pinned", "new", "old"]
    snippets = SnippetListModel()
    snippets.set_items([ContextSnippet(5, 1, "t", "2026-01-01", "user", "hello")])
    qtmodeltester.check(snippets)  # type: ignore[attr-defined]
    assert snippets.remove_row(0) is not None
    assert snippets.rowCount() == 0


def test_conversation_list_refresh_changes_only_rows_that_differ(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    now = datetime.now(UTC)
    first = [Conversation(id=i, uid=str(i), client_id=1, title=f"c{i}",
                          updated_at=now - timedelta(hours=i)) for i in range(4)]  # fmt: skip
    convs = ConversationListModel()
    convs.set_conversations(first)
    qtmodeltester.check(convs)  # type: ignore[attr-defined]
    retitled = [*first[:2], Conversation(id=2, uid="2", client_id=1, title="renamed",
                                         updated_at=first[2].updated_at), first[3]]  # fmt: skip
    changed: list[int] = []
    convs.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    with qtbot.assertNotEmitted(convs.modelReset):
        convs.set_conversations(retitled)
    assert changed == [2]
    assert convs.item(2).title == "renamed"
    # A new order (the conversation just answered moves to the top) resets the list.
    moved = [Conversation(id=3, uid="3", client_id=1, title="c3", updated_at=now), *first[:3]]
    with qtbot.waitSignal(convs.modelReset, timeout=1000):
        convs.set_conversations(moved)
    assert [c.id for c in convs.items()] == [3, 0, 1, 2]
    qtmodeltester.check(convs)  # type: ignore[attr-defined]


def test_cost_and_footer() -> None:
    assert format_cost(1200) == "$0.0012"
    assert format_cost(None) == ""
    assert format_cost(3_456_789) == "$3.4568"
    m = _msg(1, Role.ASSISTANT, model="openai/gpt", input_tokens=10, output_tokens=20,
             cost_microusd=1200, status=MessageStatus.INTERRUPTED)  # fmt: skip
    assert message_footer(m) == "openai/gpt · 10 → 20 tokens · $0.0012 · Interrupted"


def test_markdown_renders_tables_code_and_strips_danger() -> None:
    html = render_markdown(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = '<b>'\n```\n\n"
        "<script>alert(1)</script><img src=x onerror=alert(1)>\n\n"
        "[bad](javascript:alert(1)) [data](data:text/html,hi) ![r](http://evil.example/t.png) "
        "[mail](mailto:a@b.c) [web](https://example.com)"
    )
    assert "<table" in html and "<td>1</td>" in html
    assert "<pre><code" in html and "&lt;b&gt;" in html
    assert "<script" not in html and "<img" not in html and "onerror=" not in html.replace(
        "onerror=alert", "")  # shown as escaped text at most
    assert "javascript:" not in html and "data:text" not in html
    assert "evil.example" not in html
    assert 'href="mailto:a@b.c"' in html and 'href="https://example.com"' in html
    assert "style=" in email_html("```\nx\n```")


def test_openable_links() -> None:
    assert is_openable_link("https://example.com/x")
    assert is_openable_link("mailto:someone@example.com")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "http://", "data:text/html,x",
                "ftp://x", "  JAVASCRIPT:x", "smb://host/share"):  # fmt: skip
        assert not is_openable_link(bad), bad


def _seed_long(ws: Workspace, n: int = 2000) -> int:
    client = add_client(ws, "Long Client")
    conv = ws.store.conversations.create(client.id or 0, title="long")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    db = ws.store.db
    rows = []
    for i in range(n):
        role = "user" if i % 2 == 0 else "assistant"
        ts = (start + timedelta(seconds=i)).isoformat()
        rows.append({
            "uid": f"uid-{i}", "conversation_id": conv.id, "role": role,
            "content": f"Message **{i}**\n\n- point a\n- point b", "status": "complete",
            "task": "chat", "model": "", "metadata": "{}", "error": "",
            "created_at": ts, "updated_at": ts,
        })  # fmt: skip
    with db.atomic():
        db["messages"].insert_all(rows)
    return conv.id or 0


def test_long_conversation_opens_a_page_and_loads_more_on_scroll(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    cid = _seed_long(workspace)
    t0 = time.perf_counter()
    window.open_message_or_conversation(cid)
    elapsed = time.perf_counter() - t0
    model = window.view.model_
    assert model.rowCount() == PAGE_SIZE
    assert model.has_older
    assert model.items()[-1].content.startswith("Message **1999**")
    assert elapsed < 2.0
    qtbot.waitUntil(lambda: window.view.verticalScrollBar().maximum() > 0)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    assert model.items()[0].content.startswith(f"Message **{2000 - 2 * PAGE_SIZE}**")
    # the view did not jump to the top: the previously first message stays in view
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.wait(50)
    assert model.rowCount() == 2 * PAGE_SIZE  # no cascade of loads
    # jumping to a very old message loads pages until it is there
    first_id = workspace.store.conversations.messages(cid, limit=1, before=None)
    oldest = workspace.store.conversations.messages(cid)[0]
    assert first_id
    assert window.view.reveal_message(oldest.id or 0)
    assert model.items()[0].id == oldest.id
    assert not model.has_older


def test_streaming_updates_only_its_row(qtbot: QtBot) -> None:
    model = MessageListModel()
    model.set_messages([_msg(1), _msg(2, Role.ASSISTANT, status=MessageStatus.STREAMING)],
                       has_older=False)  # fmt: skip
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r=None: changes.append((a.row(), b.row())))
    model.set_streaming_text(2, "Hello")
    model.set_streaming_text(2, "Hello")  # unchanged: no signal
    assert changes == [(1, 1)]
    assert model.items()[1].task is None or model.items()[1].task == Task.CHAT


REPLY = """# Plan

Here is what **I** suggest.

1. First step

2. Second step, with `code`

```python
def f():

    return 1
```

| a | b |
|---|---|
| 1 | 2 |

> A quote
>
> on two paragraphs

Done."""


def _squash(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


def render_streaming(text: str) -> str:
    return "".join(render_markdown(block) for block in stream_blocks(text) if block.strip())


def test_streaming_render_matches_whole_render_block_by_block() -> None:
    blocks = stream_blocks(REPLY)
    assert "\n".join(blocks) == REPLY  # nothing lost or added
    assert blocks[0].strip() == "# Plan"
    assert any("1. First" in b and "2. Second" in b for b in blocks)  # one list
    assert any(b.startswith("```python") and b.strip().endswith("```") for b in blocks)
    assert _squash(render_streaming(REPLY)) == _squash(render_markdown(REPLY))
    # Every prefix (what the view shows while the reply streams) renders safely.
    for end in range(0, len(REPLY), 7):
        assert "<script" not in render_streaming(REPLY[:end] + "<script>x</script>")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab `~-*1.>|#\n\t ")), max_size=200))
def test_stream_blocks_split_any_text_losslessly(text: str) -> None:
    assert "\n".join(stream_blocks(text)) == text
    render_streaming(text)  # never raises


def test_streaming_reply_lays_out_only_the_block_being_written(window: MainWindow) -> None:
    delegate = window.view.delegate
    text = REPLY + "\n\n[the docs](https://example.com/docs) say so."
    message = Message(id=99, uid="s", conversation_id=1, role=Role.ASSISTANT,
                      content=text[:60], status=MessageStatus.STREAMING)  # fmt: skip
    before = delegate.body(message, 1, 400)
    message.content = text  # more of the reply arrived
    after = delegate.body(message, 2, 400)
    assert after.parts[0][1] is before.parts[0][1]  # the finished heading was not redone
    assert len(after.parts) == len([b for b in stream_blocks(text) if b.strip()])
    whole = delegate.document(replace(message, status=MessageStatus.COMPLETE), 3, 400)
    assert after.height == whole.size().height()  # stacked as if laid out whole
    # A link in the last block is found where it is drawn.
    top, doc = after.parts[-1]
    rect = doc.documentLayout().blockBoundingRect(doc.find("the docs").block())
    assert after.anchor_at(QPointF(rect.left() + 5, top + rect.top() + 5)) == (
        "https://example.com/docs"
    )
    assert after.anchor_at(QPointF(5, 2)) == ""  # the heading has no link
    # Complete: the blocks laid out while streaming are reused, nothing is redone.
    done = delegate.body(replace(message, status=MessageStatus.COMPLETE), 3, 400)
    assert [d for _, d in done.parts] == [d for _, d in after.parts]
    # Reference-style links span blocks: such a reply is laid out whole.
    referenced = replace(message, content="See [the docs][1].\n\n[1]: https://example.com/r",
                         status=MessageStatus.COMPLETE)  # fmt: skip
    whole_body = delegate.body(referenced, 4, 400)
    assert len(whole_body.parts) == 1
    assert 'href="https://example.com/r"' in whole_body.parts[0][1].toHtml()


def test_one_long_block_streaming_keeps_one_document_for_its_tail(window: MainWindow) -> None:
    delegate = window.view.delegate
    code = "```python\n" + "\n".join(f"line_{i} = {i}" for i in range(400)) + "\n```"
    message = Message(id=77, uid="c", conversation_id=1, role=Role.ASSISTANT, content="",
                      status=MessageStatus.STREAMING)  # fmt: skip
    for version, end in enumerate(range(20, len(code), 60), start=1):
        message.content = code[:end]
        delegate.body(message, version, 400)
    assert len(delegate._blocks) <= 2  # not one per update: the old tails are dropped
    assert len(delegate._bodies) <= 2


@pytest.mark.parametrize(
    "text",
    [
        "> first\n\n> second",  # one quote
        "```\ncode\n````\nstill code\n\nand more\n```\n\nafter",  # only ``` closes ```
        "  ```\nnot a fence\n\nso two paragraphs\n  ```",  # indented: no fence
        "- a\n\n  continued\n\n- b\n\nText",
    ],
)
def test_blocks_render_like_the_whole_text(text: str) -> None:
    assert "\n".join(stream_blocks(text)) == text
    assert _squash(render_streaming(text)) == _squash(render_markdown(text))
