"""The main window's background reading for the message being written.

:class:`ContextProposals` offers past exchanges for the composer's text (the
context panel's snippets) and, for every client, previews what sending it now
would mask and cost. All of it runs off the GUI thread through
``services.context_jobs`` (each job on its own read-only connection; the UI never
holds a ``Store``); only saving the vectors a pass computed, and the audit
entries of the outbound calls the jobs made, happen here on the GUI thread (the
writer).

Ranking uses the vectors that exist; the client's missing vectors are then
computed a batch at a time and saved here (one short transaction per batch); when a
pass added vectors, the proposal is made once more.
"""

from __future__ import annotations

import logging
import queue
from typing import TYPE_CHECKING, Any

from consultant.core.models import AuditEntry

if TYPE_CHECKING:
    from consultant.ui.background import BackgroundTask
    from consultant.ui.main_window import MainWindow

__all__ = ["MIN_CONTEXT_CHARS", "ContextProposals"]

log = logging.getLogger("consultant.ui")

MIN_CONTEXT_CHARS = 20


class ContextProposals:
    """Context proposals and the privacy/cost preview of one main window."""

    preview_task: BackgroundTask[Any]  # the latest preview, once one was started

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        #: The text the panel's snippets were proposed for (``None``: not yet).
        self.proposed_for: str | None = None
        # Audit entries of background work go to one queue the GUI thread drains in
        # every callback, at the next proposal and at shutdown: a cancelled or failed
        # task (whose callbacks never run) still gets its calls recorded.
        self._audit: queue.SimpleQueue[AuditEntry] = queue.SimpleQueue()
        self.context_task: BackgroundTask[Any] | None = None
        self._indexing = False
        self._indexed = 0

    def propose(self) -> None:
        """Offer past exchanges for the text being written, computed off the GUI thread."""
        from consultant.services import context_jobs
        from consultant.ui.background import run_in_background

        w = self._window
        conv = w.current_conversation
        text = w.composer.text()
        if self.context_task is not None:
            self.context_task.cancel()
        self.record_audit()
        self.preview()  # at once, with the snippets shown so far
        if conv is None or conv.id is None or len(text.strip()) < MIN_CONTEXT_CHARS:
            w.context_panel.set_snippets([])
            return
        conv_id, client_id, ask, ws = conv.id, conv.client_id, w.ask, w.ws
        audit = self._audit.put

        def rank() -> list[Any]:
            return context_jobs.rank_context(ws, ask, conv_id, text, audit)

        def index_batch() -> context_jobs.IndexBatch:
            # ~0.5 s a batch of 8: a query waits at most that
            return context_jobs.index_batch(ws, ask, client_id, audit, limit=8)

        def shown(found: list[Any]) -> None:
            self.record_audit()
            current = w.current_conversation
            if current is None or current.id != conv_id or w._closing:
                return
            w.context_panel.set_snippets(found)
            self.proposed_for = text
            self.preview()
            if not self._indexing:
                self._indexing = True
                self._indexed = 0
                run_in_background(index_batch, indexed, failed, parent=w)

        def indexed(result: context_jobs.IndexBatch) -> None:
            model, computed = result
            self.record_audit()
            if w._closing:
                self._indexing = False
                return
            if computed:
                try:
                    context_jobs.save_vectors(ws, model, computed)  # the writer: a few ms
                except Exception:
                    self._indexing = False
                    log.exception("could not save past-message vectors")
                    return
                self._indexed += len(computed)
                run_in_background(index_batch, indexed, failed, parent=w)
                return
            self._indexing = False
            current = w.current_conversation
            if self._indexed and current is not None and current.id == conv_id:
                self._indexed = 0
                self.propose()

        def failed(exc: BaseException) -> None:
            self.record_audit()
            self._indexing = False
            log.warning("could not index past messages: %s", exc)

        def rank_failed(exc: BaseException) -> None:
            self.record_audit()
            log.error("could not propose context", exc_info=exc)
            w.context_panel.set_snippets([])

        self.context_task = run_in_background(rank, shown, rank_failed, parent=w)

    def record_audit(self) -> None:
        """Store the audit entries background work queued (GUI thread: the writer)."""
        while True:
            try:
                entry = self._audit.get_nowait()
            except queue.Empty:
                return
            try:
                self._window.ask.record_audit(entry)
            except Exception:
                log.exception("could not record an audit entry")

    def preview(self) -> None:
        """For a ``redact`` client: what the message being written will mask; for
        every client, the token and cost estimate of sending it now."""
        from consultant.services.ask import TurnRequest

        w = self._window
        conv = w.current_conversation
        text = w.composer.text()
        if conv is None or conv.id is None or not text.strip():
            w.context_panel.set_privacy_preview(None)
            w.composer.set_estimate("")
            return
        email = w._pending_email.get(conv.id)
        request = TurnRequest(
            conversation_id=conv.id,
            text=text,
            task=w.composer.task(),
            model_ref=w.composer.model_ref(),
            context=w.context_panel.snippets(),
            metadata={"email": email.parsed.to_metadata()} if email is not None else {},
        )
        from consultant.services.context_jobs import preview_turn
        from consultant.ui.background import run_in_background

        # Assembling and masking a long conversation takes a while: off the GUI thread,
        # on a read-only connection; only the latest request's answer is shown.
        previous = getattr(self, "preview_task", None)
        if previous is not None:
            previous.cancel()
        ask, ws = w.ask, w.ws

        def compute() -> Any:
            return preview_turn(ws, ask, request)

        def shown(result: Any) -> None:
            preview, estimate = result
            current = w.current_conversation
            if current is not None and current.id == request.conversation_id:
                w.context_panel.set_privacy_preview(preview)
                w.composer.set_estimate(estimate.label if estimate is not None else "")

        def failed(exc: BaseException) -> None:  # never in the way of writing
            log.error("could not preview the redaction or the estimate", exc_info=exc)
            w.context_panel.set_privacy_preview(None)
            w.composer.set_estimate("")

        self.preview_task = run_in_background(compute, shown, failed, parent=w)
