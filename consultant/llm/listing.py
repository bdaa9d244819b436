"""Model lists from servers: Ollama's ``/api/tags`` and OpenAI-compatible ``/models``.

A model list is an outbound call like any other: it goes through the door
(:func:`consultant.llm.outbound.outbound_call`, purpose ``model list``, no client
data) and is audited. The key is sent when one is stored, so a server that
rejects it says so (a 401 is "the key was refused", not "reachable"). Servers on
this machine are reached without proxies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from consultant.core.privacy import PrivacyContext
from consultant.llm.errors import GatewayError, map_exception
from consultant.llm.outbound import AuditCallback, outbound_call
from consultant.llm.providers import ModelChoice, ProviderKind, is_loopback_url, loopback_url

__all__ = ["ModelList", "list_models"]

MAX_BODY = 2_000_000


@dataclass(frozen=True, slots=True)
class ModelList:
    """What a server answered: whether it did, its models, and a sentence."""

    reachable: bool
    models: list[str] = field(default_factory=list)
    message: str = ""
    status: int | None = None  # the HTTP status when one was received


def _models_url(choice: ModelChoice) -> str:
    base = (choice.api_base or "").rstrip("/")
    if choice.kind is ProviderKind.OLLAMA:
        return base + "/api/tags"
    return base + "/models"


def _parse(kind: ProviderKind, payload: Any) -> list[str]:
    names: list[str] = []
    if not isinstance(payload, dict):
        return names
    items = payload.get("models") if kind is ProviderKind.OLLAMA else payload.get("data")
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                name = item.get("name") if kind is ProviderKind.OLLAMA else item.get("id")
                if isinstance(name, str) and name:
                    names.append(name)
    return names


def list_models(choice: ModelChoice, audit: AuditCallback, *, timeout: float = 2.0) -> ModelList:
    """Ask the server behind ``choice`` for its models (blocking: call off the GUI
    thread). Never raises for a server that is down or refuses: the answer says so."""
    import urllib.error
    import urllib.request  # imported on use: it costs ~40 ms at start-up

    url = _models_url(choice)
    if not urllib.parse.urlsplit(url).scheme:
        return ModelList(False, [], f"{choice.provider_name} has no server address.")
    try:
        with outbound_call(
            choice, PrivacyContext.no_client_data(), audit, purpose="model list"
        ) as call:
            # No redirects: urllib would carry the key to wherever a server points.
            handlers: list[Any] = [_no_redirect_handler()]
            if is_loopback_url(choice.api_base):
                handlers.append(urllib.request.ProxyHandler({}))  # never via a proxy
            opener = urllib.request.build_opener(*handlers)
            # A loopback name is connected to as 127.0.0.1: no resolver is asked.
            target = loopback_url(url) or url
            request = urllib.request.Request(target, headers={"Accept": "application/json"})
            if call.key:
                request.add_header("Authorization", f"Bearer {call.key}")
            try:
                with opener.open(request, timeout=timeout) as response:
                    body = response.read(MAX_BODY)
                    status = int(response.status)
            except urllib.error.HTTPError as exc:
                status = exc.code
                try:
                    detail = exc.read(64_000).decode("utf-8", "replace")
                except OSError:
                    detail = ""
                exc.close()
                message, kind = _http_message(choice, status, detail, call.secrets)
                call.finish(kind, message)
                return ModelList(True, [], message, status)
            try:
                models = _parse(choice.kind, json.loads(body or b"null"))
            except ValueError:
                message = f"{choice.provider_name} answered, but not with a model list."
                call.finish("bad_response", message)
                return ModelList(True, [], message, status)
            message = f"{choice.provider_name} answered with {len(models)} model(s)."
            call.finish("ok", message)
            return ModelList(True, models, message, status)
    except GatewayError as exc:
        return ModelList(False, [], exc.user_message)


def _no_redirect_handler() -> Any:
    """A handler that turns every redirect into the HTTP error answer it is."""
    import urllib.request

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    return NoRedirect()


class _HttpStatus(Exception):
    """An HTTP error answer, in the shape ``errors.map_exception`` reads."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"Error code: {status} - {body}")
        self.status_code = status


def _http_message(
    choice: ModelChoice, status: int, body: str, secrets: list[str | None]
) -> tuple[str, str]:
    """(sentence, audit outcome) for an HTTP error answer to a model list: the same
    wording as a chat call that got it (a proxy that refuses the key says so)."""
    name = choice.provider_name
    if status == 404:
        return f"{name} answered but has no model list at {_models_url(choice)} (404).", "http_404"
    if 300 <= status < 400:
        return (
            f"{name} answered with a redirect (HTTP {status}), which is not followed: the "
            f"key would go with it. Check the server address in Settings → Models.",
            "redirect",
        )
    if status < 400:
        return f"{name} answered with HTTP {status}.", "ok"
    error = map_exception(
        _HttpStatus(status, body), provider=name, provider_kind=choice.kind.value,
        secrets=secrets,
    )  # fmt: skip
    return error.user_message, error.kind
