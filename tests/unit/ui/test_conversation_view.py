"""The message view: nothing cut off (code wraps, Copy per code block, no overlap
after a resize or reload, elided title), keyboard and selection, shaped copies,
"Open in mail client" from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from consultant.core.models import MessageStatus, Role, Task
from consultant.services.workspace import Workspace
from consultant.ui.conversation_view import (
    ConversationView,
    ElidedLabel,
    copy_message,
    elide_text,
    plain_text,
)
from consultant.ui.item_models import ObjectRole
from consultant.ui.main_window import MainWindow
from consultant.ui.theme import colors
from tests.unit.ui.window_support import add_client, window, workspace  # noqa: F401

LONG_LINE = "curl -sS https://evv.example/api/v2/visits/export?" + "&".join(
    f"param{i}=value{i}" for i in range(40)
)
REPLY = f"""Here is the plan.

1. Export the visits
2. Send the file

| Field | Minutes |
|:--|--:|
| Visit | 15 |
| Caregiver | 120 |

```bash
{LONG_LINE}
echo done
```

```sql
SELECT 1;
```
"""


def _seed(ws: Workspace, n_pairs: int = 1, reply: str = REPLY) -> int:
    client = add_client(ws, "Harbor Health")
    conv = ws.store.conversations.create(client.id or 0, title="EVV export")
    for i in range(n_pairs):
        ws.store.conversations.add_message(
            conv.id or 0, Role.USER, f"Question {i} " + "word " * (30 * (i % 4))
        )
        ws.store.conversations.add_message(conv.id or 0, Role.ASSISTANT, reply, task=Task.CHAT)
    return conv.id or 0


def _open(qtbot: QtBot, win: MainWindow, cid: int) -> ConversationView:
    win.resize(1200, 800)
    win.open_message_or_conversation(cid)
    view = win.view
    qtbot.waitUntil(lambda: view.model_.rowCount() > 0)
    return view


def _lay(view: ConversationView, row: int):  # type: ignore[no-untyped-def]
    index = view.model_.index(row, 0)
    message = index.data(ObjectRole)
    return view.delegate.layout(view.visualRect(index), message, 0), message, index


def test_code_blocks_wrap_and_keep_every_character(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace))
    lay, message, _ = _lay(view, 1)
    body = view.delegate.body(message, 0, lay.body.width())
    widths = []
    texts = []
    for _top, doc in body.parts:
        block = doc.begin()
        while block.isValid():
            if block.text():  # (Qt reports an odd rect for the empty block after a table)
                widths.append(doc.documentLayout().blockBoundingRect(block).right())
            texts.append(block.text())
            if LONG_LINE in block.text():
                assert block.layout().lineCount() > 1  # wrapped, not cut off
            block = block.next()
    assert max(widths) <= lay.body.width() + 1
    assert any(LONG_LINE in t for t in texts)


def test_each_code_block_has_a_copy_button_that_copies_only_the_code(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace))
    view.scrollTo(view.model_.index(1, 0))
    lay, message, index = _lay(view, 1)
    body = view.delegate.body(message, 0, lay.body.width())
    pills = view.delegate.code_pills(lay, body)
    assert [code for _r, code in pills] == [f"{LONG_LINE}\necho done", "SELECT 1;"]
    QGuiApplication.clipboard().clear()
    rect = pills[1][0]
    assert view.viewport().rect().contains(rect.center())
    with qtbot.waitSignal(view.delegate.sig_code_copied) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["SELECT 1;"]
    assert QGuiApplication.clipboard().text() == "SELECT 1;"
    assert view.delegate.copied_code == (message.id, 1)
    # the pill is under the hand cursor's hit test, the code text is not
    assert view.delegate.hit(view.visualRect(index), index, rect.center()) == ("code", "1")


def _overlaps(view: ConversationView) -> list[int]:
    bad = []
    for row in range(view.model_.rowCount() - 1):
        lay, _m, _i = _lay(view, row)
        if lay.bubble.bottom() > view.visualRect(view.model_.index(row + 1, 0)).top():
            bad.append(row)
    return bad


def test_no_bubble_overlaps_the_next_after_resize_and_reload(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace, n_pairs=12))
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    for width in (700, 1500, 900, 1250):
        before = view.viewport().width()
        window.resize(width, 800)
        qtbot.waitUntil(lambda b=before: bool(view.viewport().width() != b))  # type: ignore[misc]
        qtbot.waitUntil(lambda: _overlaps(view) == [])
        heights = {view.visualRect(view.model_.index(r, 0)).height()
                   for r in range(view.model_.rowCount())}  # fmt: skip
        assert len(heights) > 1
    view.reload()
    qtbot.waitUntil(lambda: view.model_.rowCount() == 24)
    qtbot.waitUntil(lambda: _overlaps(view) == [])
    # a font change (a new style sheet, a zoom) re-measures every row too
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() + 3)
    view.setFont(font)
    qtbot.waitUntil(lambda: _overlaps(view) == [])


def test_elided_title_never_runs_into_its_neighbour(qtbot: QtBot) -> None:
    title = "Weekly EVV visit export for the state registry audit — first quarter 2026"
    label = ElidedLabel(title)
    qtbot.addWidget(label)
    label.show()
    label.resize(200, 30)
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip() == title
    assert label.full_text() == title
    label.resize(2000, 30)
    assert label.text() == title
    assert label.toolTip() == ""
    assert elide_text("a\nb", label.font(), 500) == "a b"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_keyboard_moves_copies_regenerates_and_opens_menus(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace, n_pairs=2))
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().row() == 3  # starts on the newest message
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 3
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "1. Export the visits\n2. Send the file" in copied
    assert "Caregiver      120" in copied
    last = view.model_.last_reply()
    assert last is not None
    with qtbot.waitSignal(view.sig_regenerate) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [last.id]
    for key, mods in ((Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
                      (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)):  # fmt: skip
        qtbot.keyClick(view, key, mods)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        labels = [a.text() for a in menu.actions()]
        assert "Regenerate" in labels and "Open in mail client…" in labels
        menu.close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_select_text_opens_in_place_and_esc_closes(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    selectable = view.selectable
    assert selectable is not None and selectable.isVisible()
    lay, _m, _i = _lay(view, 1)
    assert selectable.geometry().top() == lay.bubble.top()
    browser = selectable.browser
    qtbot.waitUntil(browser.hasFocus)
    found = browser.document().find("the visits")
    assert not found.isNull()
    cursor = browser.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionStart() + len("the vis"), cursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "the vis"  # part of a reply
    stops: list[bool] = []
    window.act_stop.triggered.connect(lambda: stops.append(True))
    qtbot.keyClick(browser, Qt.Key.Key_Escape)
    assert view.selectable is None
    assert stops == []  # Esc closed the text view, it did not stop a reply
    qtbot.waitUntil(view.hasFocus)


def test_focus_ring_is_drawn_in_light_and_dark(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(view.model_.index(0, 0))
    view.scrollToTop()
    lay, _m, index = _lay(view, 0)
    assert view.has_focus_ring(index)
    assert not view.has_focus_ring(view.model_.index(1, 0))
    x, y = lay.bubble.left() - 2, lay.bubble.center().y()
    ring = QColor(colors().link)
    image = (
        view.viewport()
        .grab(QRect(0, 0, view.viewport().width(), lay.bubble.bottom() + 4))
        .toImage()
    )
    pixel = image.pixelColor(x, y)
    assert abs(pixel.blue() - ring.blue()) < 60 and abs(pixel.red() - ring.red()) < 60
    window.composer.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not view.has_focus_ring(index)
    image = (
        view.viewport()
        .grab(QRect(0, 0, view.viewport().width(), lay.bubble.bottom() + 4))
        .toImage()
    )
    assert image.pixelColor(x, y) != pixel


def test_plain_and_html_copies_keep_lists_and_tables() -> None:
    from consultant.core.models import Message

    message = Message(id=1, uid="u", conversation_id=1, role=Role.ASSISTANT, content=REPLY,
                      status=MessageStatus.COMPLETE)  # fmt: skip
    text = plain_text(message)
    assert "1. Export the visits\n2. Send the file" in text
    assert "Field      Minutes\n---------  -------\nVisit           15\nCaregiver      120" in text
    mime = copy_message(message, "html")
    assert mime.text() == text
    assert "<table" in mime.html()
    user = Message(id=2, uid="v", conversation_id=1, role=Role.USER, content="1. a\n2. b")
    assert plain_text(user) == "1. a\n2. b"


def test_open_in_mail_client_from_the_menu_uses_the_injected_opener(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    workspace: Workspace,  # noqa: F811
) -> None:
    view = _open(qtbot, window, _seed(workspace))
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    view.url_opener = opener
    reply = view.model_.last_reply()
    assert reply is not None
    menu = view.copy_menu(reply)
    [action] = [a for a in menu.actions() if a.text() == "Open in mail client…"]
    with qtbot.waitSignal(view.sig_notice) as blocker:
        action.trigger()
    [url] = opened
    assert url.scheme() == "mailto"
    assert "EVV export" in url.toString()
    assert "Opened a new e-mail" in blocker.args[0]
    user = view.model_.items()[0]
    assert "Open in mail client…" not in [a.text() for a in view.copy_menu(user).actions()]
