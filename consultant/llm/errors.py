"""Typed gateway errors, and the mapping from provider/litellm exceptions to them.

Every failure of a model call reaches the caller as a :class:`GatewayError` subclass
with a ``kind`` (a short stable string, also written to the audit log), a
``user_message`` (one human sentence naming the provider and the fix), the
``partial_text`` streamed before the failure, and a scrubbed technical ``detail``.
No message or detail ever contains an API key: :func:`scrub` removes the key in use
and anything that looks like one.

This module does not import litellm; exceptions are recognised by class name (over
the MRO), HTTP status code and message text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "AuthenticationFailed",
    "BadRequest",
    "ConfigurationError",
    "ConnectionFailed",
    "ContextTooLong",
    "GatewayError",
    "GatewayTimeout",
    "LocalModelUnavailable",
    "MissingKey",
    "ModelNotFound",
    "OllamaNotRunning",
    "PrivacyRefused",
    "QuotaExceeded",
    "RateLimited",
    "ServerError",
    "StreamInterrupted",
    "TlsFailed",
    "UnexpectedError",
    "map_exception",
    "scrub",
]

_SETTINGS_HINT = "Open Settings → Models"


class GatewayError(Exception):
    """Base class of every error the gateway raises."""

    kind: str = "error"
    #: Whether sending the same request again may succeed without changing anything.
    retryable: bool = False

    def __init__(
        self,
        user_message: str,
        *,
        provider: str = "",
        partial_text: str = "",
        detail: str = "",
    ) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.provider = provider
        self.partial_text = partial_text
        self.detail = detail

    def __str__(self) -> str:
        return self.user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(kind={self.kind!r}, user_message={self.user_message!r})"


class MissingKey(GatewayError):
    kind = "missing_key"


class AuthenticationFailed(GatewayError):
    kind = "auth_failed"


class RateLimited(GatewayError):
    kind = "rate_limit"
    retryable = True


class QuotaExceeded(RateLimited):
    kind = "quota"
    retryable = False


class ContextTooLong(GatewayError):
    kind = "context_window"


class GatewayTimeout(GatewayError):
    kind = "timeout"
    retryable = True


class ConnectionFailed(GatewayError):
    kind = "connection"
    retryable = True


class OllamaNotRunning(ConnectionFailed):
    kind = "ollama_not_running"


class TlsFailed(ConnectionFailed):
    """The server answered, but the TLS handshake failed (an unverifiable certificate,
    or plain HTTP spoken on an ``https://`` address). Retrying does not help."""

    kind = "tls"
    retryable = False


class ServerError(GatewayError):
    kind = "server_error"
    retryable = True


class StreamInterrupted(GatewayError):
    kind = "stream_interrupted"
    retryable = True


class ModelNotFound(GatewayError):
    kind = "model_not_found"


class BadRequest(GatewayError):
    kind = "bad_request"


class PrivacyRefused(GatewayError):
    kind = "privacy_refused"


class LocalModelUnavailable(GatewayError):
    kind = "local_model_unavailable"


class ConfigurationError(GatewayError):
    kind = "configuration"


class UnexpectedError(GatewayError):
    kind = "error"


# --- scrubbing -------------------------------------------------------------------

_KEY_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"sk-[A-Za-z0-9_\-]{6,}"),  # OpenAI, Anthropic (sk-ant-…), OpenRouter (sk-or-…)
    re.compile(r"AIza[0-9A-Za-z_\-]{20,}"),  # Google
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-~+/=]{8,}"),
    re.compile(
        r"(?i)((?:api[_-]?key|x-api-key|authorization|access[_-]?token|token)"
        r"[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]{8,}"
    ),
)
_REDACTED = "[redacted]"


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` without the given secrets and without anything that looks like a key."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, _REDACTED)
    for pattern in _KEY_PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + _REDACTED, text)
        else:
            text = pattern.sub(_REDACTED, text)
    return text


# --- mapping ---------------------------------------------------------------------


def _class_names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _status(exc: BaseException) -> int | None:
    for attr in ("status_code", "status", "code"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and 100 <= value <= 599:
            return value
    response = getattr(exc, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


_MISSING_KEY_MARKERS = (
    "missing credentials",
    "api_key client option must be set",
    "no api key",
    "api key not found",
    "missing api key",
    "please set `",
)
_MISSING_KEY_RE = re.compile(r"missing (?:[\w-]+ ){0,2}(?:api[ _-]?key|credentials)")
_CONTEXT_MARKERS = (
    "maximum context length",
    "context_length_exceeded",
    "context window",
    "context length",
    "too many tokens",
    "prompt is too long",
    "input is too long",
    "exceeds the context",
)
_QUOTA_MARKERS = ("insufficient_quota", "exceeded your current quota", "quota", "billing")
_CONNECTION_MARKERS = (
    "connection error",
    "connection refused",
    "connecterror",
    "connect error",
    "errno 111",
    "errno 61",
    "name or service not known",
    "nodename nor servname",
    "failed to establish",
    "cannot connect",
    "could not connect",
    "network is unreachable",
    "no route to host",
    "temporary failure in name resolution",
    "getaddrinfo failed",
)
_CUT_MARKERS = (
    "peer closed connection",
    "incomplete chunked read",
    "remoteprotocolerror",
    "connection reset",
    "server disconnected",
    "stream ended",
)
_TIMEOUT_MARKERS = ("timed out", "readtimeout", "read timeout")


def _has(message: str, markers: Iterable[str]) -> bool:
    return any(marker in message for marker in markers)


def _chain(exc: BaseException, limit: int = 8) -> list[BaseException]:
    """``exc`` and what it wraps (``__cause__``/``__context__``, a ``URLError``'s
    ``reason``): litellm keeps the SSL error or the proxy's JSON body only there."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(found) < limit and current not in found:
        found.append(current)
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException) and reason not in found:
            found.append(reason)
        current = current.__cause__ or current.__context__
    return found


_CERT_REASON_RE = re.compile(r"certificate verify failed:\s*([^(\]>]+?)\s*(?:\(|$|>)")


def _tls_problem(chain: list[BaseException]) -> tuple[str, str] | None:
    """``("certificate", reason)`` or ``("version", "")`` for a TLS handshake failure
    anywhere in the chain, else ``None``."""
    for item in chain:
        names = _class_names(item)
        text = str(item)
        lowered = text.lower()
        if "SSLCertVerificationError" in names or "certificate_verify_failed" in lowered:
            reason = getattr(item, "verify_message", None)
            if not isinstance(reason, str) or not reason:
                match = _CERT_REASON_RE.search(text)
                reason = match.group(1).strip() if match else "certificate verify failed"
            return "certificate", reason
        if "wrong version number" in lowered or "wrong_version_number" in lowered:
            return "version", ""
    return None


#: What a LiteLLM proxy answers for a key it does not accept: with no database it
#: knows only its master key (``400``, type ``no_db_connection``, "No connected db."),
#: with one it answers ``401`` with type ``auth_error`` ("Authentication Error, …").
_PROXY_KEY_MARKERS = (
    "no connected db",
    "authentication error,",
    "invalid proxy server token",
    "invalid virtual key",
    "unable to find token in cache",
    "litellm_verificationtokentable",
)
_PROXY_TYPE_RE = re.compile(r"""["']type["']\s*:\s*["'](no_db_connection|auth_error)["']""")


def _proxy_key_rejection(chain: list[BaseException], status: int | None) -> str | None:
    """``"no_db_connection"`` or ``"auth_error"`` when a LiteLLM proxy refused the key."""
    if status is not None and status not in (400, 401, 403):
        return None  # e.g. 503 no_db_connection: the proxy's database is down
    for item in chain:
        body = getattr(item, "body", None)
        if isinstance(body, dict):
            inner = body.get("error") if isinstance(body.get("error"), dict) else body
            kind = inner.get("type") if isinstance(inner, dict) else None
            if kind in ("no_db_connection", "auth_error"):
                return str(kind)
        text = str(item)
        match = _PROXY_TYPE_RE.search(text)
        if match:
            return match.group(1)
        lowered = text.lower()
        if "no connected db" in lowered:
            return "no_db_connection"
        if _has(lowered, _PROXY_KEY_MARKERS):
            return "auth_error"
    return None


#: Provider kinds that are never a LiteLLM proxy (their own services, or no HTTP).
_NOT_PROXIES = frozenset({"anthropic", "gemini", "openrouter", "ollama", "local_gguf"})


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def map_exception(
    exc: BaseException,
    *,
    provider: str,
    provider_kind: str = "",
    secrets: Iterable[str | None] = (),
    partial_text: str = "",
    stream_started: bool = False,
) -> GatewayError:
    """Turn any exception from a model call into a typed :class:`GatewayError`.

    ``provider`` is the human name used in messages ("OpenAI", "Ollama", "the server
    at http://…"); ``secrets`` are scrubbed from the technical detail; ``partial_text``
    is kept on the result; ``stream_started`` tells a dropped connection mid-answer
    from one that never got through.
    """
    if isinstance(exc, GatewayError):
        if partial_text and not exc.partial_text:
            exc.partial_text = partial_text
        return exc
    names = _class_names(exc)
    status = _status(exc)
    detail = scrub(f"{type(exc).__name__}: {exc}", secrets)[:2000]
    message = str(exc).lower()

    def make(cls: type[GatewayError], sentence: str) -> GatewayError:
        return cls(sentence, provider=provider, partial_text=partial_text, detail=detail)

    chain = _chain(exc)
    tls = _tls_problem(chain)
    if tls is not None and not stream_started:
        where = _sentence_start(provider)
        if tls[0] == "version":
            return make(
                TlsFailed,
                f"{where} answered, but not with TLS (wrong version number): it probably "
                f"speaks plain HTTP. Use its http:// address instead of https:// in "
                f"Settings → Models.",
            )
        return make(
            TlsFailed,
            f"{where} answered, but its TLS certificate could not be verified "
            f"({tls[1]}). If it uses a self-signed certificate, give it one from a "
            f"certificate authority this computer trusts, or, for a server on this "
            f"computer, use its http:// address; check the address in Settings → Models.",
        )
    proxy = None if provider_kind in _NOT_PROXIES else _proxy_key_rejection(chain, status)
    if proxy is not None:
        why = [str(status)] if status else []
        if proxy == "no_db_connection":
            why.append("it has no database, so it accepts only its master key")
        return make(
            AuthenticationFailed,
            f"{_sentence_start(provider)} is a LiteLLM proxy, and the proxy rejected the "
            f"key{' (' + ': '.join(why) + ')' if why else ''}. {_SETTINGS_HINT} to enter "
            f"a key this proxy accepts (its master key, or a virtual key it issued).",
        )
    is_timeout = (
        bool(names & {"Timeout", "APITimeoutError", "TimeoutError", "ReadTimeout"})
        or status == 408
        or _has(message, _TIMEOUT_MARKERS)
    )
    if is_timeout:
        where = " while answering" if stream_started else ""
        return make(
            GatewayTimeout,
            f"{provider} did not respond in time{where}. Try again, or raise the timeout "
            f"in Settings → Models.",
        )
    if (stream_started or "MidStreamFallbackError" in names) and (
        _has(message, _CUT_MARKERS)
        or _has(message, _CONNECTION_MARKERS)
        or "MidStreamFallbackError" in names
        or "APIConnectionError" in names
    ):
        return make(
            StreamInterrupted,
            f"The connection to {provider} dropped in the middle of the answer. "
            f"The partial reply is kept; retry to get a complete one.",
        )
    if (_has(message, _MISSING_KEY_MARKERS) or _MISSING_KEY_RE.search(message)) and (
        status in (None, 401, 500) or "AuthenticationError" in names
    ):
        return make(
            MissingKey,
            f"No API key is set for {provider}. {_SETTINGS_HINT} to add one.",
        )
    if "AuthenticationError" in names or status == 401:
        return make(
            AuthenticationFailed,
            f"{provider} rejected the API key (401). {_SETTINGS_HINT} to replace it.",
        )
    if "PermissionDeniedError" in names or status == 403:
        return make(
            AuthenticationFailed,
            f"{provider} refused access (403): the key may lack permission for this model. "
            f"{_SETTINGS_HINT} to check the key or pick another model.",
        )
    if "ContextWindowExceededError" in names or _has(message, _CONTEXT_MARKERS):
        return make(
            ContextTooLong,
            f"The conversation is too long for this model at {provider}. Remove some "
            f"context or older messages, or pick a model with a larger context window.",
        )
    if "RateLimitError" in names or status == 429:
        if _has(message, _QUOTA_MARKERS):
            return make(
                QuotaExceeded,
                f"{provider} says the account's quota or credit is used up (429). "
                f"Check billing with {provider}, or pick another model.",
            )
        return make(
            RateLimited,
            f"{provider} is rate-limiting requests (429). Wait a moment and retry.",
        )
    if "PaymentRequiredError" in names or status == 402:
        return make(
            QuotaExceeded,
            f"{provider} says the account has no credit left (402). "
            f"Check billing with {provider}, or pick another model.",
        )
    if (
        names & {"APIConnectionError", "ConnectError", "ConnectionError", "ConnectionRefusedError"}
        and status in (None, 500)
    ) or _has(message, _CONNECTION_MARKERS):
        if provider_kind == "ollama":
            return make(
                OllamaNotRunning,
                "Ollama is not running (nothing answered on its address). Start it with "
                "`ollama serve`, or pick another model.",
            )
        return make(
            ConnectionFailed,
            f"Could not reach {provider}: no server answered. Check the network, or the "
            f"server address in Settings → Models.",
        )
    if "NotFoundError" in names or status == 404:
        return make(
            ModelNotFound,
            f"{provider} does not know this model (404). {_SETTINGS_HINT} to pick one it offers.",
        )
    if names & {"InternalServerError", "ServiceUnavailableError", "BadGatewayError"} or (
        status is not None and status >= 500
    ):
        code = f" ({status})" if status else ""
        return make(
            ServerError,
            f"{provider} had a server error{code}. This is usually temporary; retry in a moment.",
        )
    if names & {"BadRequestError", "UnprocessableEntityError", "UnsupportedParamsError"} or (
        status is not None and 400 <= status < 500
    ):
        code = f" ({status})" if status else ""
        return make(
            BadRequest,
            f"{provider} refused the request{code}: {scrub(str(exc), secrets)[:300]}",
        )
    return make(
        UnexpectedError,
        f"The call to {provider} failed unexpectedly ({type(exc).__name__}). Retry, or "
        f"pick another model.",
    )
