"""How a litellm call reaches a server on this computer: straight, never via a proxy.

litellm's default HTTP clients read ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY`` (and
``NO_PROXY``) from the environment, so with a proxy configured a "loopback" call went
to the proxy host — the prompt and the ``Authorization`` header left the machine. And a
host name is handed to the system resolver, which may ask the network's DNS server.

:func:`litellm_transport_kwargs` gives the gateway extra keyword arguments for
``litellm.completion(...)`` and ``litellm.embedding(...)``: for a server whose address
is a literal loopback address or exactly ``localhost``, an HTTP client that ignores the
proxy environment (``httpx.Client(trust_env=False)``), does not follow redirects, and
connects to the literal address (``localhost`` is rewritten to ``127.0.0.1`` in the
``api_base`` returned). Cloud providers get ``{}`` and keep honouring the user's proxy
settings.

How each litellm 1.106.2 route takes a client:

- ``openai/...`` (OpenAI and OpenAI-compatible servers, completions and embeddings):
  ``client=openai.OpenAI(base_url=..., api_key=..., http_client=httpx.Client(...))``;
  litellm then uses that client as it is.
- ``ollama_chat/...`` completions go through litellm's ``BaseLLMHTTPHandler``, which
  uses ``client=`` when it is a ``litellm.llms.custom_httpx.http_handler.HTTPHandler``
  (otherwise it builds one from the environment, proxies included).
- Ollama embeddings: litellm's ``ollama`` embedding route posts through its
  module-level client and takes no ``client=``; so they are sent to Ollama's
  OpenAI-compatible endpoint (``<api_base>/v1/embeddings``) through the ``openai/``
  route instead (the returned dict then also replaces ``model``).

Clients are cached per (route, address, key digest, timeout), so a streamed reply does
not build a connection pool per call. The key is only held by the OpenAI client
object; the cache is keyed by a salted digest, and nothing here logs or shows a key.

Nothing is imported from litellm, openai or httpx until a client is built.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from typing import Any

from consultant.llm.providers import DEFAULT_OLLAMA_BASE, ModelChoice, ProviderKind, loopback_url

__all__ = ["NO_KEY", "clear_transport_cache", "litellm_transport_kwargs", "local_base_url"]

#: Sent to servers that need no key (the OpenAI SDK insists on one).
NO_KEY = "no-key-required"

#: Kinds whose calls may go to a server on this computer through this module.
_TRANSPORT_KINDS = frozenset(
    {ProviderKind.OPENAI, ProviderKind.OPENAI_COMPATIBLE, ProviderKind.OLLAMA}
)
_CACHE_SIZE = 16
_SALT = os.urandom(16)
_lock = threading.Lock()
_clients: OrderedDict[tuple[str, str, bytes, float], Any] = OrderedDict()


def local_base_url(choice: ModelChoice) -> str | None:
    """The ``api_base`` rebuilt on its literal loopback address, or ``None`` when the
    choice's server is not on a literal loopback address (or ``localhost``)."""
    if choice.kind not in _TRANSPORT_KINDS:
        return None
    base = choice.api_base
    if choice.kind is ProviderKind.OLLAMA:
        base = base or DEFAULT_OLLAMA_BASE
    return loopback_url(base)


def litellm_transport_kwargs(
    choice: ModelChoice, *, api_key: str | None, for_embeddings: bool = False
) -> dict[str, Any]:
    """Extra keyword arguments for ``litellm.completion``/``litellm.embedding``.

    Merge them last (``kwargs.update(...)``): they replace ``api_base`` (on the literal
    loopback address), add ``client`` and, for Ollama embeddings, replace ``model`` and
    ``api_key`` (the ``openai/`` route to Ollama's ``/v1``). ``{}`` when the server is
    not on this computer's loopback address: such calls keep the user's proxy settings.
    ``api_key`` is the key the call uses (``None``: the server needs none).
    """
    base = local_base_url(choice)
    if base is None:
        return {}
    timeout = float(choice.timeout)
    if choice.kind is ProviderKind.OLLAMA:
        if for_embeddings:
            v1 = base.rstrip("/") + "/v1"
            key = api_key or NO_KEY
            return {
                "model": "openai/" + _bare_model(choice.model),
                "api_base": v1,
                "api_key": key,
                "client": _openai_client(v1, key, timeout),
            }
        return {"api_base": base, "client": _http_handler(base, timeout)}
    return {"api_base": base, "client": _openai_client(base, api_key or NO_KEY, timeout)}


def clear_transport_cache() -> None:
    """Forget the cached clients (their connections close when no call uses them)."""
    with _lock:
        _clients.clear()


def _bare_model(model: str) -> str:
    for prefix in ("ollama_chat/", "ollama/"):
        if model.startswith(prefix):
            return model[len(prefix) :]
    return model


def _digest(key: str | None) -> bytes:
    if not key:
        return b""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16, key=_SALT).digest()


def _cached(route: str, base: str, key: str | None, timeout: float, build: Any) -> Any:
    cache_key = (route, base, _digest(key), timeout)
    with _lock:
        client = _clients.get(cache_key)
        if client is not None:
            _clients.move_to_end(cache_key)
            return client
    client = build()
    with _lock:
        known = _clients.get(cache_key)
        if known is not None:  # another thread built one meanwhile: use that one
            return known
        _clients[cache_key] = client
        while len(_clients) > _CACHE_SIZE:
            _clients.popitem(last=False)  # not closed: a stream may still read from it
    return client


def _direct_httpx_client(timeout: float) -> Any:
    import httpx

    # trust_env=False: no HTTP(S)_PROXY/ALL_PROXY/NO_PROXY, no .netrc, no SSL_CERT_*
    # from the environment. No redirects: a redirect could lead off this computer.
    return httpx.Client(trust_env=False, follow_redirects=False, timeout=httpx.Timeout(timeout))


def _openai_client(base: str, key: str, timeout: float) -> Any:
    def build() -> Any:
        import openai

        return openai.OpenAI(
            api_key=key,
            base_url=base,
            timeout=timeout,
            max_retries=0,
            http_client=_direct_httpx_client(timeout),
        )

    return _cached("openai", base, key, timeout, build)


def _http_handler(base: str, timeout: float) -> Any:
    def build() -> Any:
        # litellm reads this at import; never let it fetch the price map.
        os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
        from litellm.llms.custom_httpx.http_handler import HTTPHandler

        return HTTPHandler(timeout=timeout, client=_direct_httpx_client(timeout))

    return _cached("litellm-http", base, None, timeout, build)
