"""The one door: every request that leaves the machine for a model passes through here.

:func:`outbound_call` wraps the network request of a chat completion, an embedding
batch, a connection test and a model list alike. In order, before any key lookup,
import or socket:

1. the client's privacy policy — ``local_only`` refuses every model that is not
   declared to run on this computer (:func:`providers.local_refusal`);
2. the text — client data (the segments prompt assembly marked, see
   :mod:`consultant.core.privacy`) is masked for ``redact`` clients toward a model
   that does not run here, and refused outright in a call declared to carry none;
3. the key, from the keyring (a missing one is refused with the fix);
4. the transport — local servers are reached without proxies
   (:func:`transport.litellm_transport_kwargs`).

Then the caller's block makes the request with what the door hands it, and the door
writes exactly one audit entry, whatever happens: refused, failed, cancelled or ok.

The privacy context and the audit callback are required arguments with no default,
so a caller cannot forget them: ``tests/unit/llm/test_outbound.py`` also checks
that no network call in ``consultant/llm/`` is made outside this door.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from consultant.core.models import AuditEntry, PrivacyPolicy
from consultant.core.privacy import ClientDataRefused, Outbound, PrivacyContext, prepare_outbound
from consultant.llm import secrets
from consultant.llm.errors import (
    BadRequest,
    GatewayError,
    MissingKey,
    PrivacyRefused,
    map_exception,
    scrub,
)
from consultant.llm.providers import (
    ModelChoice,
    ProviderKind,
    local_refusal,
    runs_on_this_machine,
)

__all__ = ["PURPOSES", "AuditCallback", "OutboundCall", "outbound_call"]

log = logging.getLogger(__name__)

AuditCallback = Callable[[AuditEntry], None]
ChatMessage = Mapping[str, str]

PURPOSES = ("chat", "embedding", "connection test", "model list")


@dataclass(slots=True)
class OutboundCall:
    """What the door lets through: masked messages, the key, transport options."""

    choice: ModelChoice
    privacy: PrivacyContext
    purpose: str
    outbound: Outbound = field(repr=False)  # client text
    key: str | None = field(repr=False)
    transport: dict[str, Any] = field(repr=False)  # may hold a client with the key
    started: float
    _report: Callable[[str, int | None, str], None] = field(repr=False)
    secrets: list[str | None] = field(default_factory=list, repr=False)

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.outbound.messages

    def finish(self, outcome: str = "ok", detail: str = "", *, chars: int | None = None) -> None:
        """Record the outcome now (the door records ``ok`` at the end otherwise)."""
        self._report(outcome, chars, detail)


def _emit(audit: AuditCallback, entry: AuditEntry) -> None:
    try:
        audit(entry)
    except Exception:  # an audit failure must not hide the answer or the error
        log.exception("audit callback failed for a %s call", entry.provider)


def _check_messages(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    result: list[dict[str, str]] = []
    for message in messages:
        role = message.get("role")
        content = message.get("content")
        if role not in ("system", "user", "assistant") or not isinstance(content, str):
            raise ValueError("Each message needs a role (system/user/assistant) and text content.")
        result.append({"role": role, "content": content})
    return result


@contextmanager
def outbound_call(
    choice: ModelChoice,
    privacy: PrivacyContext,
    audit: AuditCallback,
    *,
    purpose: str,
    messages: Sequence[ChatMessage] = (),
    api_key: str | None = None,
) -> Iterator[OutboundCall]:
    """Check, mask and audit one outbound request; the ``with`` block makes it.

    Raises :class:`GatewayError` subclasses (already audited). An exception from the
    block that is not a ``GatewayError`` is mapped to one (keys scrubbed) and audited;
    ``GeneratorExit`` (a stream closed by its reader) is audited as cancelled.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    started = time.monotonic()
    created_at = datetime.now(UTC)
    name = choice.provider_name
    state: dict[str, Any] = {"done": False, "chars": 0, "redactions": 0}

    def report(outcome: str, chars: int | None = None, detail: str = "") -> None:
        if state["done"]:
            return
        state["done"] = True
        _emit(
            audit,
            AuditEntry(
                id=None,
                created_at=created_at,
                provider=choice.provider_id,
                model=choice.model,
                client_id=privacy.client_id,
                chars_sent=state["chars"] if chars is None else chars,
                redactions=state["redactions"],
                outcome=outcome,
                detail=detail,
                purpose=purpose,
            ),
        )

    def refuse(error: GatewayError) -> GatewayError:
        report(error.kind, 0, error.user_message)
        return error

    # 1. Privacy policy, before anything else.
    policy = PrivacyPolicy(privacy.policy)
    if policy is PrivacyPolicy.LOCAL_ONLY:
        reason = local_refusal(choice)
        if reason is not None:
            raise refuse(PrivacyRefused(reason, provider=name))

    # 2. What is sent.
    try:
        checked = _check_messages(messages)
        if purpose in ("chat", "embedding") and not checked:
            raise ValueError("No messages to send.")
    except ValueError as exc:
        raise refuse(BadRequest(str(exc), provider=name)) from None
    mask = policy is PrivacyPolicy.REDACT and not runs_on_this_machine(choice)
    try:
        outbound = prepare_outbound(checked, privacy, mask=mask)
    except ClientDataRefused as exc:
        raise refuse(PrivacyRefused(f"{exc} Nothing was sent.", provider=name)) from None
    state["chars"] = outbound.chars
    state["redactions"] = outbound.redactions

    # 3. The key.
    key = api_key
    if choice.kind is not ProviderKind.LOCAL_GGUF and not key:
        key = secrets.get_api_key(choice.provider_id, choice.kind.env_var)
    if choice.kind.needs_key and not key:
        if secrets.key_source(choice.provider_id, choice.kind.env_var) == "locked":
            raise refuse(MissingKey(secrets.KEYRING_LOCKED, provider=name))
        raise refuse(
            MissingKey(
                f"No API key is set for {name}. Open Settings → Models to add one "
                f"(or run `consultant key set {choice.provider_id}`).",
                provider=name,
            )
        )

    # 4. The transport (proxy-free clients for servers on this machine).
    transport: dict[str, Any] = {}
    if choice.kind is not ProviderKind.LOCAL_GGUF:
        from consultant.llm.transport import litellm_transport_kwargs

        try:
            transport = litellm_transport_kwargs(
                choice, api_key=key, for_embeddings=purpose == "embedding"
            )
        except Exception as exc:  # a bad address, a missing module: audited, typed
            error = map_exception(
                exc, provider=name, provider_kind=choice.kind.value, secrets=[key, api_key]
            )
            error.detail = scrub(error.detail, [key, api_key])
            raise refuse(error) from None

    call = OutboundCall(
        choice=choice, privacy=privacy, purpose=purpose, outbound=outbound, key=key,
        transport=transport, started=started, _report=report, secrets=[key, api_key],
    )  # fmt: skip
    try:
        yield call
    except GeneratorExit:
        report("cancelled", None, "closed by the caller")
        raise
    except GatewayError as exc:
        exc.detail = scrub(exc.detail, [key, api_key])
        report(exc.kind, None, exc.user_message)
        raise
    except Exception as exc:
        error = map_exception(
            exc, provider=name, provider_kind=choice.kind.value, secrets=[key, api_key]
        )
        error.detail = scrub(error.detail, [key, api_key])
        report(error.kind, None, error.user_message)
        raise error from None
    except BaseException:  # Ctrl-C, a signal turned into an exception: still audited
        report("cancelled", None, "stopped: the process was interrupted")
        raise
    report("ok")
