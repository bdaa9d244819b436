"""Seed a throw-away data folder, drive the window, save PNGs here.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py   (or under xvfb-run)

Uses the local test LLM server from ``tests/llm_server.py`` for the reply.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent
os.environ["CONSULTANT_HOME"] = tempfile.mkdtemp(prefix="consultant-shots-")
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"

REPLY = """**What they are asking:** a weekly export of visit records for the state EVV audit.

**Questions to ask back**

1. Which date range should the first export cover?
2. Should cancelled visits be included?

| Field | Source | Notes |
|---|---|---|
| Visit ID | Sandata | unique per visit |
| Caregiver | HR system | name + ID |
| Duration | EVV clock-in/out | minutes |

```sql
SELECT visit_id, caregiver_id, minutes
FROM visits
WHERE visit_date >= :start;
```
"""


REDACT_EMAIL = """From: Lena Okafor <lena.okafor@harbor-therapy.example>
Subject: SimplePractice intake form rejects a client

Hi Sam,

the SimplePractice intake form keeps rejecting Mr. Daniel Whitfield (DOB 04/22/1987,
chart #HT-20931). His mother Grace called from (503) 555-0148 and says the error is
ERR-4012 every time she presses Submit. His address is 2210 NE Alberta St, Apt 4,
Portland, OR 97211. Could you look before his visit on 12/08/2026 at 9:30?

Thanks,
Lena
"""


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from consultant.core.models import MessageStatus, Task
    from consultant.core.settings import ProviderSettings, Settings, save_settings
    from consultant.services.workspace import Workspace
    from consultant.ui.main_window import MainWindow
    from consultant.ui.stream_worker import start_preload
    from consultant.ui.theme import apply_theme
    from tests.llm_server import run_server

    app = QApplication(sys.argv)
    apply_theme(app)
    home = Path(os.environ["CONSULTANT_HOME"])

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    ws = Workspace.open(home)
    empty = MainWindow(ws)
    empty.resize(1280, 800)
    empty.show()
    settle()
    empty.grab().save(str(OUT / "empty.png"))
    empty.close()

    with run_server() as server:
        save_settings(Settings(
            providers=[ProviderSettings(id="local", kind="openai_compatible", label="Local",
                                        api_base=server.api_base, models=["llama3.1-8b"])],
            default_model="local/llama3.1-8b",
        ))  # fmt: skip
        ws.add_client("Sunrise Home Health", organization="Sunrise Home Health LLC", rate="95")
        ws.add_client("State Registry Office", privacy="local_only")
        ws.add_client("Harbor Therapy Practice", privacy="redact")
        client = ws.client("Sunrise Home Health")
        for title in ("VPN access for the new server", "Caregiver app login problems"):
            ws.store.conversations.create(client.id or 0, title=title)
        conv = ws.store.conversations.create(client.id or 0, title="")
        win = MainWindow(ws)
        win.resize(1280, 800)
        win.show()
        start_preload().join(120)
        win.open_message_or_conversation(conv.id or 0)
        win.composer.set_task(Task.INTERPRET)
        server.reply_text = REPLY
        server.chunk_chars = 40
        win.send(
            "Hi, can you get us the EVV export the state wants by Friday? Same as last time "
            "but weekly. Thanks, Maria"
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            settle(0.1)
            last = win.view.model_.items()[-1]
            if last.status != MessageStatus.STREAMING:
                break
        settle(0.5)
        win.composer.edit.setPlainText("Also: they asked whether the export can run nightly.")
        settle(0.2)
        win.grab().save(str(OUT / "main-window.png"))
        win.view.grab().save(str(OUT / "conversation.png"))

        # A redact client: what will be masked, before anything is sent.
        harbor = ws.client("Harbor Therapy Practice")
        ws.add_contact(harbor.name, "lena.okafor@harbor-therapy.example", "Lena Okafor",
                       "Practice manager")  # fmt: skip
        therapy = ws.store.conversations.create(harbor.id or 0, title="Intake form errors")
        win.open_message_or_conversation(therapy.id or 0)
        win.composer.set_task(Task.INTERPRET)
        win.composer.edit.setPlainText(REDACT_EMAIL)
        win.propose_context()
        settle(0.3)
        win.grab().save(str(OUT / "privacy-preview.png"))
        dialog = win.context_panel.show_outgoing_text()
        if dialog is not None:
            settle(0.3)
            dialog.grab().save(str(OUT / "outgoing-text.png"))
            dialog.close()
        win.close()
    ws.close()
    print("saved to", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
