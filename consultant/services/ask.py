"""The *ask* use case: retrieve context → assemble prompt → stream → persist.

Split so the desktop app can stream on a worker thread while only the GUI
thread writes the database (DESIGN.md §4):

1. :meth:`AskService.prepare` (writer thread) stores the user's message and an
   empty ``streaming`` reply, assembles the prompt and resolves the model;
2. :func:`stream_turn` (any thread, no database) runs the gateway and yields
   :class:`TextDelta` events and one :class:`CompletionResult`;
3. :meth:`AskService.save_partial` (writer thread, at most every ~0.5 s) and
   :meth:`AskService.finish` / :meth:`AskService.fail` persist the outcome;
   :meth:`AskService.record_audit` stores the gateway's audit entry.

The CLI runs the same steps in one thread through :meth:`AskService.ask`, saving
the partial reply at most every ~0.5 s as well (a kill -9 keeps what was saved),
and settling it when the process is stopped: Ctrl-C (``KeyboardInterrupt``) ends
it ``cancelled``, a :class:`StopRequested` (SIGTERM, a closed terminal) ends it
``interrupted``.

A send is one transaction: the user's message, its metadata and the empty reply
are stored together or not at all (a full disk or a lock leaves no orphan
message for a retry to duplicate).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from consultant.core.models import (
    AuditEntry,
    Client,
    Message,
    MessageStatus,
    PrivacyPolicy,
    Role,
    Task,
)
from consultant.core.privacy import Outbound, PrivacyContext, prepare_outbound
from consultant.core.prompts import ContextSnippet, PromptError, UserProfile, assemble
from consultant.core.settings import Settings, load_settings
from consultant.llm import gateway, providers
from consultant.llm.errors import GatewayError, StreamInterrupted
from consultant.llm.gateway import CompletionResult, TextDelta
from consultant.llm.local_embedding import LocalEmbeddingUnavailable
from consultant.llm.providers import ModelChoice
from consultant.services import context as context_service
from consultant.services import models as model_service
from consultant.services.semantic import SemanticIndex
from consultant.services.workspace import ServiceError, Workspace
from consultant.store import Store

__all__ = [
    "AskService",
    "BuiltPrompt",
    "CompletionResult",
    "GatewayError",
    "PendingPrompt",
    "PreparedTurn",
    "PrivacyPreview",
    "SendEstimate",
    "StopRequested",
    "TextDelta",
    "TurnRequest",
    "stream_turn",
]

log = logging.getLogger("consultant")

#: The partial reply is written at most this often while streaming (and at the end).
SAVE_INTERVAL_S = 0.5
#: Without a ``context_window`` in ``model_settings`` and unknown to litellm.
DEFAULT_CONTEXT_WINDOW = model_service.DEFAULT_CONTEXT_WINDOW
#: Messages embedded inline per retrieval when nothing embeds in the background.
INLINE_INDEX_PER_CALL = 32
OUTPUT_RESERVE = model_service.DEFAULT_OUTPUT_RESERVE
MAX_INPUT_CHARS = 1_000_000
#: :meth:`AskService.prepare` builds the prompt later (:meth:`AskService.build_prompt`
#: off the writer's thread, or :meth:`AskService.complete`) when it retrieves past
#: context or the conversation has more messages than this: both take longer than a
#: window may stay unresponsive (a 2 000-message history: 50–100 ms to load, count
#: and trim; retrieval 0.1–2 s).
DEFER_HISTORY_MESSAGES = 200


class StopRequested(BaseException):
    """The process was asked to stop mid-turn (e.g. SIGTERM, the terminal closed).

    A ``BaseException`` like ``KeyboardInterrupt``: nothing between the signal and
    :meth:`AskService.ask` may swallow it. The reply is kept as ``interrupted``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class TurnRequest:
    conversation_id: int
    text: str
    task: Task = Task.CHAT
    model_ref: str | None = None
    instructions: str = ""
    #: None: retrieve automatically; a list (possibly empty): use exactly these.
    context: list[ContextSnippet] | None = None
    #: Messages the user removed from the proposed context: never sent, also when
    #: the context is retrieved again at send time.
    exclude_context: frozenset[int] = frozenset()
    subject: str = ""
    #: Stored with the user's message (e.g. e-mail headers from intake).
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class PreparedTurn:
    conversation_id: int
    client_id: int
    task: Task
    user_message: Message
    reply_message: Message
    messages: list[dict[str, str]]
    choice: ModelChoice
    #: What may leave the machine for this turn (the client's policy and names).
    privacy: PrivacyContext
    context: list[ContextSnippet]
    notes: list[str]
    #: From ``model_settings`` (``None``: the server's own default).
    max_tokens: int | None = None
    temperature: float | None = None
    #: Set while the prompt is still to be built: ``messages``, ``context`` and
    #: ``notes`` are empty until :meth:`AskService.build_prompt` +
    #: :meth:`AskService.apply_prompt` (or :meth:`AskService.complete`) ran.
    pending: PendingPrompt | None = None


@dataclass(frozen=True, slots=True)
class PendingPrompt:
    """What building a deferred turn's prompt needs besides the database."""

    request: TurnRequest
    client: Client
    #: The user's new message and the streaming reply (stored already): not history.
    skip_ids: frozenset[int]
    #: Regenerate / resend an edited message: the history is the shown path before
    #: this message (the turn's user message) instead of the whole conversation.
    before_id: int | None = None


@dataclass(slots=True)
class BuiltPrompt:
    """A deferred turn's prompt (:meth:`AskService.build_prompt`), to be applied on
    the writer's thread with :meth:`AskService.apply_prompt`."""

    messages: list[dict[str, str]]
    context: list[ContextSnippet]
    notes: list[str]
    #: Audit entries of the retrieval's embedding calls, for the writer to record.
    audits: list[AuditEntry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SendEstimate:
    """What a send would cost, before sending (:meth:`AskService.estimate`)."""

    model_ref: str
    #: Tokens of everything sent: instructions, profile, earlier turns, context, text.
    prompt_tokens: int
    #: ``"litellm"`` (litellm's counter for a model it knows) or ``"characters"``
    #: (characters / 4: litellm does not know the model or is not loaded yet).
    method: str
    context_window: int
    #: Input cost in millionths of a US dollar; ``None`` when litellm has no price.
    input_cost_microusd: int | None
    #: The reply's limit, when ``model_settings`` sets one.
    max_output_tokens: int | None = None

    @property
    def label(self) -> str:
        """One line for the composer, e.g. "≈ 1 234 tokens · ≈ $0.0004"."""
        tokens = f"{self.prompt_tokens:,}".replace(",", "\u202f")
        how = "" if self.method == "litellm" else " (estimated from characters)"
        if self.input_cost_microusd is None:
            cost = "cost unknown"
        elif self.input_cost_microusd == 0:
            cost = "no charge"
        else:
            cost = f"≈ ${self.input_cost_microusd / 1_000_000:.4f} input"
        return f"≈ {tokens} tokens{how} · {cost}"


@dataclass(frozen=True, slots=True)
class PrivacyPreview:
    """A ``redact`` turn as it would leave the machine (placeholders in place)."""

    counts: dict[str, int]  # kind -> occurrences masked
    total: int
    messages: list[dict[str, str]]
    provider: str

    @property
    def outgoing_text(self) -> str:
        """Every message as sent, the user's new message first (what they check)."""
        if not self.messages:
            return ""
        *earlier, last = self.messages
        parts = [f"── Your message, as sent ──\n{last['content']}"]
        if earlier:
            parts.append("── Also sent: instructions, client profile, earlier turns, context ──")
            parts += [f"[{m['role']}]\n{m['content']}" for m in earlier]
        return "\n\n".join(parts)


def stream_turn(
    turn: PreparedTurn,
    cancel: threading.Event | None,
    audit: Callable[[AuditEntry], None],
) -> Iterator[TextDelta | CompletionResult]:
    """Run the model for a prepared turn. Touches no database: safe on a worker."""
    if turn.pending is not None:
        raise ServiceError("The prompt of this turn is not built yet.")
    yield from gateway.stream_completion(
        turn.messages, turn.choice, turn.privacy, audit, cancel=cancel,
        max_tokens=turn.max_tokens, temperature=turn.temperature,
    )  # fmt: skip


def outgoing_preview(turn: PreparedTurn) -> Outbound:
    """Exactly what :func:`stream_turn` would send for ``turn`` (masked for a
    ``redact`` client), for showing before the request goes out. Sends nothing."""
    mask = turn.privacy.policy is PrivacyPolicy.REDACT and not providers.runs_on_this_machine(
        turn.choice
    )
    return prepare_outbound(turn.messages, turn.privacy, mask=mask)


def _sender_names(metadata: dict[str, Any]) -> list[str]:
    """Display names from the headers of an e-mail the user opened (intake metadata):
    the redactor then knows them wherever they appear."""
    email = metadata.get("email") if isinstance(metadata, dict) else None
    if not isinstance(email, dict):
        return []
    people = [email.get("sender"), *(email.get("to") or []), *(email.get("cc") or [])]
    forwarded = email.get("forwarded")
    if isinstance(forwarded, dict):
        people.append(forwarded.get("sender"))
    names: list[str] = []
    for person in people:
        name = person.get("name") if isinstance(person, dict) else None
        if isinstance(name, str) and name.strip():
            names.append(name)
    return names


def _tolerant(
    rank: Callable[[str], list[tuple[int, float]]],
) -> Callable[[str], list[tuple[int, float]]]:
    def safe(text: str) -> list[tuple[int, float]]:
        try:
            return rank(text)
        except (GatewayError, LocalEmbeddingUnavailable):
            return []

    return safe


class _TokenCounter:
    """Counts a message list, each distinct text once (trimming re-counts often)."""

    PER_MESSAGE = 4

    def __init__(self, choice: ModelChoice) -> None:
        self.choice = choice
        self.cache: dict[str, int] = {}

    def __call__(self, messages: list[dict[str, str]]) -> int:
        total = 0
        for m in messages:
            text = m["content"]
            if text not in self.cache:
                self.cache[text] = gateway.count_text_tokens(self.choice, text)
            total += self.cache[text] + self.PER_MESSAGE
        return total


def _context_metadata(snippets: list[ContextSnippet]) -> list[dict[str, Any]]:
    return [
        {
            "message_id": s.message_id, "conversation_id": s.conversation_id,
            "conversation_title": s.conversation_title, "date": s.date, "role": s.role,
            "text": s.text, "score": s.score,
        }
        for s in snippets
    ]  # fmt: skip


class AskService:
    def __init__(self, ws: Workspace, settings: Settings | None = None) -> None:
        self.ws = ws
        self._settings = settings

    @property
    def settings(self) -> Settings:
        return self._settings if self._settings is not None else load_settings().settings

    def user_profile(self) -> UserProfile:
        p = self.settings.profile
        return UserProfile(name=p.name, business=p.business, signature=p.signature)

    # -- context -------------------------------------------------------------------
    def propose_context(
        self,
        conversation_id: int,
        text: str,
        *,
        subject: str = "",
        limit: int = 5,
        store: Store | None = None,
        index: bool = True,
        audit: Callable[[AuditEntry], None] | None = None,
    ) -> list[ContextSnippet]:
        """Past exchanges of this conversation's client for ``text`` (an e-mail as
        intake renders it, or anything typed; see ``context.query_text``).

        ``index`` embeds the client's missing history first, inline (the command
        line). The desktop passes ``index=False`` with a read-only ``store`` and an
        ``audit`` collector, runs this off the GUI thread and saves vectors itself
        (``semantic.pending`` / ``compute`` / ``save``): ranking then uses the
        vectors that exist.
        """
        store = store or self.ws.store
        conversation = store.conversations.get(conversation_id)
        client = store.clients.get(conversation.client_id)
        return context_service.retrieve(
            store,
            client,
            text,
            subject=subject,
            exclude_conversation_id=conversation_id,
            limit=limit,
            semantic=self._semantic(client, conversation_id, store, index, audit),
        )

    def _semantic(
        self,
        client: Client,
        conversation_id: int,
        store: Store | None = None,
        index: bool = True,
        audit: Callable[[AuditEntry], None] | None = None,
    ) -> Callable[[str], list[tuple[int, float]]] | None:
        """The embedding ranker: the local model by default, a configured model
        through the privacy door, none when ``embedding_model`` is ``"off"``.

        A failing embedding model never blocks a turn: retrieval falls back to
        BM25 alone (a configured model's failure is in the audit log).
        """
        try:
            semantic_index = SemanticIndex.for_settings(
                store or self.ws.store, self.settings, client, audit or self.record_audit
            )
            if semantic_index is None:
                return None
            if index:
                # Inline (the command line, or a send): bounded, so one call never
                # embeds a long history (~60 ms a message); the rest follows later.
                semantic_index.refresh(limit=INLINE_INDEX_PER_CALL)
            return _tolerant(semantic_index.ranker(exclude_conversation_id=conversation_id))
        except (GatewayError, LocalEmbeddingUnavailable):
            log.warning("semantic retrieval unavailable", exc_info=True)
            return None

    # -- preparing -----------------------------------------------------------------
    def prepare(self, request: TurnRequest, *, defer: bool | None = None) -> PreparedTurn:
        """Store the user's message and a streaming reply; build the prompt.

        ``defer``: leave building the prompt (retrieving context, loading, counting
        and trimming the history) for :meth:`build_prompt`, which a window runs off
        its GUI thread, or :meth:`complete`. ``None``: defer when context is to be
        retrieved or the conversation is longer than ``DEFER_HISTORY_MESSAGES``.
        Whether or not deferred, what is refused (an empty or oversized message, no
        model, a message too long for the model) is refused here, before anything
        is stored."""
        text = request.text
        if not text.strip():
            raise ServiceError("There is nothing to send: the message is empty.")
        if len(text) > MAX_INPUT_CHARS:
            raise ServiceError(
                f"The message is too large to send ({len(text):,} characters; the limit is "
                f"{MAX_INPUT_CHARS:,}). Send the relevant part."
            )
        store = self.ws.store
        conversation = store.conversations.get(request.conversation_id)
        client = store.clients.get(conversation.client_id)
        choice = self._choice(request.model_ref, request.task, client)
        if defer is None:
            defer = request.context is None or self._defer_history(request.conversation_id, None)
        if defer:
            return self._prepare_deferred(request, client, choice)
        snippets = (
            request.context
            if request.context is not None
            else self.propose_context(conversation.id or 0, text, subject=request.subject)
        )
        snippets = [s for s in snippets if s.message_id not in request.exclude_context]
        history = store.conversations.messages(request.conversation_id)
        assembled = self._assemble(request.task, client, history, text, snippets, request, choice)
        metadata = dict(request.metadata)
        metadata["sent_as"] = assembled.messages[-1]["content"]
        with store.atomic():  # the message, its metadata and the reply: all or nothing
            user_message = store.conversations.add_message(
                request.conversation_id, Role.USER, text, task=request.task, metadata=metadata
            )
            return self._start_reply(
                conversation.id or 0, client, request.task, user_message, assembled.messages,
                choice, assembled.context, assembled.notes,
            )  # fmt: skip

    def _prepare_deferred(
        self, request: TurnRequest, client: Client, choice: ModelChoice
    ) -> PreparedTurn:
        """:meth:`prepare` without the prompt: the messages are stored now."""
        store = self.ws.store
        # The system message and the new input alone: the full assembly refuses a
        # message exactly when these do not fit (context snippets are dropped first,
        # then older turns), and its last message is the same.
        fixed = self._assemble(request.task, client, [], request.text, [], request, choice)
        metadata = dict(request.metadata)
        metadata["sent_as"] = fixed.messages[-1]["content"]
        metadata["context"] = []  # until the prompt is built (``apply_prompt``)
        with store.atomic():  # the message, its metadata and the reply: all or nothing
            user_message = store.conversations.add_message(
                request.conversation_id, Role.USER, request.text, task=request.task,
                metadata=metadata,
            )  # fmt: skip
            turn = self._start_reply(
                request.conversation_id, client, request.task, user_message, [], choice, [], [],
                stored_context=True,
            )  # fmt: skip
        return self._pending(turn, request, client, before_id=None)

    def build_prompt(self, turn: PreparedTurn) -> BuiltPrompt:
        """The prompt of a deferred turn, as :meth:`prepare` would have built it then.

        Reads through a read-only connection of its own and writes nothing: safe on a
        worker thread. Context retrieval ranks with the vectors that exist (like the
        desktop's proposals) and collects its audit entries in the result."""
        audits: list[AuditEntry] = []
        with self.ws.store.reader() as reader:
            return self._build(turn, reader, index=False, audit=audits.append, audits=audits)

    def apply_prompt(self, turn: PreparedTurn, built: BuiltPrompt) -> None:
        """Writer thread: record ``built``'s audit entries, store the context and
        notes with the turn's messages (as :meth:`prepare` does) and make the turn
        ready for :func:`stream_turn`."""
        for entry in built.audits:
            self.record_audit(entry)
        store = self.ws.store
        meta = _context_metadata(built.context)
        assert turn.user_message.id is not None and turn.reply_message.id is not None
        with store.atomic():
            user = store.conversations.update_metadata(turn.user_message.id, {"context": meta})
            reply = store.conversations.update_metadata(
                turn.reply_message.id, {"context": meta, "notes": built.notes}
            )
        turn.user_message, turn.reply_message = user, reply
        turn.messages, turn.context, turn.notes = built.messages, built.context, built.notes
        turn.pending = None

    def complete(self, turn: PreparedTurn) -> PreparedTurn:
        """Writer thread: build a deferred turn's prompt here and now (the command
        line), embedding missing history inline as :meth:`prepare` does."""
        if turn.pending is not None:
            self.apply_prompt(turn, self._build(turn, self.ws.store, index=True, audit=None))
        return turn

    def _build(
        self,
        turn: PreparedTurn,
        store: Store,
        *,
        index: bool,
        audit: Callable[[AuditEntry], None] | None,
        audits: list[AuditEntry] | None = None,
    ) -> BuiltPrompt:
        pending = turn.pending
        if pending is None:
            raise ServiceError("The prompt of this turn is built already.")
        request = pending.request
        if request.context is not None:
            snippets = request.context
        else:
            snippets = self.propose_context(
                turn.conversation_id, request.text, subject=request.subject, store=store,
                index=index, audit=audit,
            )  # fmt: skip
        snippets = [s for s in snippets if s.message_id not in request.exclude_context]
        if pending.before_id is not None:  # regenerate / an edited message
            before = store.conversations.get_message(pending.before_id)
            history = self._history_before(before, store)
        else:
            history = [
                m
                for m in store.conversations.messages(turn.conversation_id)
                if m.id not in pending.skip_ids
            ]
        assembled = self._assemble(
            request.task, pending.client, history, request.text, snippets, request, turn.choice
        )
        return BuiltPrompt(
            assembled.messages, assembled.context, assembled.notes,
            audits if audits is not None else [],
        )  # fmt: skip

    def preview(self, request: TurnRequest, *, store: Store | None = None) -> PrivacyPreview | None:
        """What a ``redact`` client's turn would send, masked, without storing or
        sending anything; ``None`` when nothing would be masked (another policy, a
        model that runs on this computer, no model chosen yet, or no text).

        ``store``: a reader connection, to run this off the writer's thread."""
        if not request.text.strip():
            return None
        store = store or self.ws.store
        conversation = store.conversations.get(request.conversation_id)
        client = store.clients.get(conversation.client_id)
        if client.privacy is not PrivacyPolicy.REDACT:
            return None
        try:
            choice = self._choice(request.model_ref, request.task, client)
        except ServiceError:
            return None
        if providers.runs_on_this_machine(choice):
            return None
        history = store.conversations.messages(request.conversation_id)
        snippets = request.context or []
        try:
            assembled = self._assemble(
                request.task, client, history, request.text, snippets, request, choice
            )
        except ServiceError:
            return None
        privacy = PrivacyContext.for_client(client, _sender_names(request.metadata))
        outbound = prepare_outbound(assembled.messages, privacy, mask=True)
        return PrivacyPreview(
            counts=dict(outbound.counts),
            total=outbound.redactions,
            messages=outbound.messages,
            provider=choice.provider_name,
        )

    def estimate(self, request: TurnRequest, *, store: Store | None = None) -> SendEstimate | None:
        """Prompt tokens and input cost of ``request`` as it would be sent now (the
        prompt assembled and trimmed exactly as :meth:`prepare` does), without storing
        or sending anything. ``None`` when there is no text or no model can be chosen.

        Fast (no network, litellm never imported: before it is loaded the count is
        characters / 4); ``store``: a reader connection, to run it off the writer."""
        if not request.text.strip() or len(request.text) > MAX_INPUT_CHARS:
            return None
        store = store or self.ws.store
        conversation = store.conversations.get(request.conversation_id)
        client = store.clients.get(conversation.client_id)
        try:
            choice = self._choice(request.model_ref, request.task, client)
        except ServiceError:
            return None
        history = store.conversations.messages(request.conversation_id)
        try:
            assembled = self._assemble(
                request.task, client, history, request.text, request.context or [], request,
                choice,
            )  # fmt: skip
        except ServiceError:
            return None
        limits = model_service.model_limits(self.settings, choice)
        counted = gateway.estimate_prompt(
            choice, [m["content"] for m in assembled.messages], _TokenCounter.PER_MESSAGE
        )
        return SendEstimate(
            model_ref=choice.ref,
            prompt_tokens=counted.tokens,
            method=counted.method,
            context_window=limits.context_window,
            input_cost_microusd=counted.input_cost_microusd,
            max_output_tokens=limits.max_output_tokens,
        )

    def check_model(self, model_ref: str | None, task: Task) -> ModelChoice:
        """The model a turn would use (``services.models.resolve_model_ref``); raises
        ``ServiceError`` (a ``ModelNotChosen`` when none is chosen) before anything is
        stored, so a refused send leaves no empty conversation behind."""
        return self._choice(model_ref, task)

    def prepare_retry(
        self, reply_message_id: int, model_ref: str | None = None, *, defer: bool | None = None
    ) -> PreparedTurn:
        """Regenerate (or retry) an assistant reply from the user message before it.

        The earlier reply is kept as a version of the turn (``< 1/2 >``); the new one
        is chosen, so later turns see it. Replies and turns that followed the earlier
        version stay with it, off the shown path.

        ``defer`` as for :meth:`prepare` (``None``: when the conversation is longer
        than ``DEFER_HISTORY_MESSAGES``): the new reply is stored now, the history
        is loaded and trimmed by :meth:`build_prompt` / :meth:`complete`."""
        store = self.ws.store
        old = store.conversations.get_message(reply_message_id)
        if old.role != Role.ASSISTANT:
            raise ServiceError("Only a reply can be regenerated.")
        if old.status == MessageStatus.STREAMING:
            raise ServiceError("This reply is still being written; stop it or wait.")
        parent_id = store.conversations.parent_id(reply_message_id)
        user = store.conversations.get_message(parent_id) if parent_id is not None else None
        if user is None or user.role != Role.USER:
            raise ServiceError("There is no message of yours before this reply to answer.")
        conversation = store.conversations.get(old.conversation_id)
        client = store.clients.get(conversation.client_id)
        task = user.task or conversation.task
        choice = self._choice(model_ref or old.model or None, task, client)
        snippets = [
            ContextSnippet(**s) for s in user.metadata.get("context", []) if isinstance(s, dict)
        ]
        request = TurnRequest(old.conversation_id, user.content, task, context=snippets)
        if self._defer_history(old.conversation_id, defer):
            # refused here exactly when the full assembly would be (see prepare)
            self._assemble(task, client, [], user.content, [], request, choice)
            with store.atomic():  # the new version is chosen only if it is stored
                turn = self._start_reply(
                    conversation.id or 0, client, task, user, [], choice, [], [],
                    version_of=reply_message_id, stored_context=True,
                )  # fmt: skip
            return self._pending(turn, request, client, before_id=user.id)
        earlier = self._history_before(user)
        assembled = self._assemble(task, client, earlier, user.content, snippets, request, choice)
        with store.atomic():  # the new version is chosen only if it is stored
            return self._start_reply(
                conversation.id or 0, client, task, user, assembled.messages, choice,
                assembled.context, assembled.notes, version_of=reply_message_id,
            )  # fmt: skip

    def prepare_edit(
        self,
        user_message_id: int,
        text: str,
        model_ref: str | None = None,
        *,
        defer: bool | None = None,
    ) -> PreparedTurn:
        """Resend an edited message of the user's as a new version of that turn.

        The earlier text and everything that followed it are kept (reachable by
        flipping back to version 1); the new version gets a new reply. ``defer`` as
        for :meth:`prepare_retry`."""
        store = self.ws.store
        old = store.conversations.get_message(user_message_id)
        if old.role != Role.USER:
            raise ServiceError("Only a message of yours can be edited.")
        if not text.strip():
            raise ServiceError("There is nothing to send: the message is empty.")
        if len(text) > MAX_INPUT_CHARS:
            raise ServiceError(
                f"The message is too large to send ({len(text):,} characters; the limit is "
                f"{MAX_INPUT_CHARS:,}). Send the relevant part."
            )
        conversation = store.conversations.get(old.conversation_id)
        if any(m.status == MessageStatus.STREAMING for m in store.conversations.messages(
            old.conversation_id, limit=4
        )):  # fmt: skip
            raise ServiceError("A reply is still being written; stop it or wait.")
        client = store.clients.get(conversation.client_id)
        task = old.task or conversation.task
        choice = self._choice(model_ref, task, client)
        snippets = [
            ContextSnippet(**s) for s in old.metadata.get("context", []) if isinstance(s, dict)
        ]
        request = TurnRequest(old.conversation_id, text, task, context=snippets)
        metadata = {k: v for k, v in old.metadata.items() if k == "email"}
        if self._defer_history(old.conversation_id, defer):
            fixed = self._assemble(task, client, [], text, [], request, choice)
            metadata["sent_as"] = fixed.messages[-1]["content"]
            metadata["context"] = _context_metadata(snippets)  # until apply_prompt
            with store.atomic():
                user_message = store.conversations.add_version(
                    user_message_id, text, task=task, metadata=metadata
                )
                turn = self._start_reply(
                    conversation.id or 0, client, task, user_message, [], choice, [], [],
                    stored_context=True,
                )  # fmt: skip
            return self._pending(turn, request, client, before_id=user_message.id)
        earlier = self._history_before(old)
        assembled = self._assemble(task, client, earlier, text, snippets, request, choice)
        metadata["sent_as"] = assembled.messages[-1]["content"]
        with store.atomic():
            user_message = store.conversations.add_version(
                user_message_id, text, task=task, metadata=metadata
            )
            return self._start_reply(
                conversation.id or 0, client, task, user_message, assembled.messages,
                choice, assembled.context, assembled.notes,
            )  # fmt: skip

    def _defer_history(self, conversation_id: int, defer: bool | None) -> bool:
        if defer is not None:
            return defer
        count = self.ws.store.conversations.message_count(conversation_id)
        return count > DEFER_HISTORY_MESSAGES

    def _pending(
        self, turn: PreparedTurn, request: TurnRequest, client: Client, *, before_id: int | None
    ) -> PreparedTurn:
        turn.pending = PendingPrompt(
            request, client, frozenset({turn.user_message.id or 0, turn.reply_message.id or 0}),
            before_id=before_id,
        )  # fmt: skip
        return turn

    def _history_before(self, message: Message, store: Store | None = None) -> list[Message]:
        """The shown path up to (not including) ``message``: its turn's history."""
        history = (store or self.ws.store).conversations.messages(message.conversation_id)
        ids = [m.id for m in history]
        if message.id in ids:
            return history[: ids.index(message.id)]
        return [m for m in history if (m.created_at, m.id) < (message.created_at, message.id)]

    def _choice(
        self, model_ref: str | None, task: Task, client: Client | None = None
    ) -> ModelChoice:
        try:
            return model_service.choice_for(self.settings, model_ref, task, client=client)
        except GatewayError as exc:
            raise ServiceError(exc.user_message) from None

    def _assemble(
        self,
        task: Task,
        client: Client,
        history: list[Message],
        text: str,
        snippets: list[ContextSnippet],
        request: TurnRequest,
        choice: ModelChoice,
    ) -> Any:
        budget = model_service.model_limits(self.settings, choice).input_budget
        try:
            return assemble(
                task,
                client,
                self.user_profile(),
                history,
                text,
                context=snippets,
                instructions=request.instructions,
                max_input_tokens=budget,
                count_tokens=_TokenCounter(choice),
            )
        except PromptError as exc:
            raise ServiceError(str(exc)) from None

    def _start_reply(
        self,
        conversation_id: int,
        client: Client,
        task: Task,
        user_message: Message,
        messages: list[dict[str, str]],
        choice: ModelChoice,
        snippets: list[ContextSnippet],
        notes: list[str],
        *,
        version_of: int | None = None,
        stored_context: bool = False,
    ) -> PreparedTurn:
        """Store the streaming reply after ``user_message`` (with ``version_of``: as
        a new, chosen version of that reply; ``stored_context``: ``user_message``
        was stored with this context in its metadata already)."""
        store = self.ws.store
        context_meta = _context_metadata(snippets)
        assert user_message.id is not None
        if not stored_context:
            store.conversations.update_metadata(user_message.id, {"context": context_meta})
            user_message = store.conversations.get_message(user_message.id)
        fields: dict[str, Any] = {
            "status": MessageStatus.STREAMING,
            "task": task,
            "model": choice.ref,
            "metadata": {"context": context_meta, "notes": notes},
        }
        if version_of is not None:
            reply = store.conversations.add_version(version_of, "", **fields)
        else:
            reply = store.conversations.add_message(
                conversation_id, Role.ASSISTANT, "", parent_id=user_message.id, **fields
            )
        limits = model_service.model_limits(self.settings, choice)
        return PreparedTurn(
            max_tokens=limits.max_output_tokens,
            temperature=limits.temperature,
            conversation_id=conversation_id,
            client_id=client.id or 0,
            task=task,
            user_message=user_message,
            reply_message=reply,
            messages=messages,
            choice=choice,
            privacy=PrivacyContext.for_client(client, _sender_names(user_message.metadata)),
            context=snippets,
            notes=notes,
        )

    # -- persisting ----------------------------------------------------------------
    def save_partial(self, turn: PreparedTurn, text: str) -> None:
        assert turn.reply_message.id is not None
        self.ws.store.conversations.update_streaming(turn.reply_message.id, text)

    def _save_partial_quietly(self, turn: PreparedTurn, text: str) -> None:
        """A periodic save that fails (disk full, locked) must not end the stream:
        the reply is still shown, and the final save reports the problem."""
        try:
            self.save_partial(turn, text)
        except ServiceError:
            log.warning("could not save the partial reply %s", turn.reply_message.id)

    def finish(self, turn: PreparedTurn, result: CompletionResult) -> Message:
        assert turn.reply_message.id is not None
        return self.ws.store.conversations.finish_message(
            turn.reply_message.id,
            content=result.text,
            status=MessageStatus.CANCELLED if result.cancelled else MessageStatus.COMPLETE,
            error="Stopped before the reply finished." if result.cancelled else "",
            model=turn.choice.ref,
            input_tokens=result.input_tokens,
            output_tokens=result.output_tokens,
            cost_microusd=result.cost_microusd,
            metadata={
                "finish_reason": result.finish_reason,
                "redactions": result.redactions,
                "served_model": result.model,
            },
        )

    def fail(self, turn: PreparedTurn, error: BaseException, partial: str = "") -> Message:
        assert turn.reply_message.id is not None
        if isinstance(error, GatewayError):
            text = error.partial_text or partial
            status = (
                MessageStatus.INTERRUPTED
                if isinstance(error, StreamInterrupted)
                else MessageStatus.ERROR
            )
            message, kind = error.user_message, error.kind
        elif isinstance(error, KeyboardInterrupt):  # Ctrl-C: the user's own stop
            text, status = partial, MessageStatus.CANCELLED
            message, kind = "Stopped.", "cancelled"
        elif isinstance(error, StopRequested):
            text, status = partial, MessageStatus.INTERRUPTED
            message, kind = f"Stopped before the reply finished: {error.reason}.", "interrupted"
        elif isinstance(error, ServiceError):  # already a sentence for the user
            text, status = partial, MessageStatus.ERROR
            message, kind = str(error), "error"
        else:
            text, status = partial, MessageStatus.ERROR
            message, kind = f"Unexpected error: {type(error).__name__}.", "error"
        return self.ws.store.conversations.finish_message(
            turn.reply_message.id,
            content=text,
            status=status,
            error=message,
            metadata={"error_kind": kind},
        )

    def record_audit(self, entry: AuditEntry) -> None:
        self.ws.store.audit.record(entry)

    def message(self, message_id: int) -> Message:
        """One stored message (e.g. a reply whose outcome could not be stored)."""
        return self.ws.store.conversations.get_message(message_id)

    # -- all in one (CLI) ----------------------------------------------------------
    def ask(
        self,
        request: TurnRequest,
        on_delta: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[PreparedTurn, Message]:
        """Prepare, stream and persist in this thread. Gateway errors are stored on
        the reply and re-raised as ``GatewayError`` for the caller to report.

        The partial reply is saved at most every ``SAVE_INTERVAL_S`` while it
        streams; on any exit (an error, Ctrl-C, :class:`StopRequested`) what
        arrived is stored with the matching status before the exception goes on."""
        turn = self.prepare(request, defer=False)
        audits: list[AuditEntry] = []
        shown: list[str] = []
        last_save = time.monotonic()
        finished: Message | None = None
        try:
            for event in stream_turn(turn, cancel, audits.append):
                if isinstance(event, TextDelta):
                    shown.append(event.text)
                    if on_delta is not None:
                        on_delta(event.text)
                    now = time.monotonic()
                    if now - last_save >= SAVE_INTERVAL_S:
                        last_save = now
                        self._save_partial_quietly(turn, "".join(shown))
                else:
                    finished = self.finish(turn, event)
                    return turn, finished
            raise GatewayError("The model returned no result.")
        except BaseException as exc:
            if finished is not None:
                raise  # stored complete already (a signal after that changes nothing)
            try:
                # Called outside any transaction: one still open is a periodic
                # save the signal cut short, and the outcome must not nest into it.
                if self.ws.store.discard_interrupted_transaction():
                    log.warning("a save of reply %s was cut short", turn.reply_message.id)
                self.fail(turn, exc, "".join(shown))
            except Exception:  # the original exception is what the caller reports
                log.exception("could not store the outcome of reply %s", turn.reply_message.id)
            raise
        finally:
            for entry in audits:
                self.record_audit(entry)
