"""Mapping of real litellm exception classes to typed gateway errors, and scrubbing."""

from __future__ import annotations

import litellm
import pytest

from consultant.llm import errors
from consultant.llm.errors import map_exception, scrub

KEY = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx"


def mapped(exc: BaseException, **kwargs: object) -> errors.GatewayError:
    return map_exception(exc, provider="Anthropic", secrets=[KEY], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (
            litellm.AuthenticationError(f"invalid x-api-key {KEY}", "anthropic", "m"),
            errors.AuthenticationFailed,
        ),
        (
            litellm.AuthenticationError("Missing Anthropic API Key - set it", "anthropic", "m"),
            errors.MissingKey,
        ),
        (
            litellm.InternalServerError(
                "OpenAIException - Missing credentials. Please pass an `api_key`", "openai", "m"
            ),
            errors.MissingKey,
        ),
        (
            litellm.InternalServerError("OpenAIException - Connection error.", "openai", "m"),
            errors.ConnectionFailed,
        ),
        (
            litellm.APIConnectionError(
                "OllamaException - [Errno 111] Connection refused", "ollama", "m"
            ),
            errors.ConnectionFailed,
        ),
        (litellm.RateLimitError("Rate limit reached", "anthropic", "m"), errors.RateLimited),
        (
            litellm.RateLimitError("You exceeded your current quota, check billing", "openai", "m"),
            errors.QuotaExceeded,
        ),
        (
            litellm.ContextWindowExceededError("prompt is too long", "m", "anthropic"),
            errors.ContextTooLong,
        ),
        (
            litellm.BadRequestError(
                "This model's maximum context length is 8192 tokens", "m", "openai"
            ),
            errors.ContextTooLong,
        ),
        (litellm.Timeout("Request timed out", "m", "anthropic"), errors.GatewayTimeout),
        (litellm.ServiceUnavailableError("overloaded", "anthropic", "m"), errors.ServerError),
        (litellm.InternalServerError("boom", "anthropic", "m"), errors.ServerError),
        (litellm.NotFoundError("model: nope", "m", "anthropic"), errors.ModelNotFound),
        (litellm.BadRequestError("temperature must be <= 1", "m", "anthropic"), errors.BadRequest),
        (RuntimeError("weird"), errors.UnexpectedError),
    ],
)
def test_litellm_exceptions_map_to_typed_errors(
    exc: BaseException, cls: type[errors.GatewayError]
) -> None:
    error = mapped(exc)
    assert type(error) is cls
    assert error.kind == cls.kind
    assert error.user_message
    assert KEY not in error.user_message and KEY not in error.detail


def test_rejected_key_sentence_names_provider_and_fix() -> None:
    error = mapped(litellm.AuthenticationError("bad key", "anthropic", "m"))
    assert error.user_message == (
        "Anthropic rejected the API key (401). Open Settings → Models to replace it."
    )


def test_ollama_connection_error_is_ollama_not_running() -> None:
    exc = litellm.APIConnectionError("[Errno 111] Connection refused", "ollama", "m")
    error = map_exception(exc, provider="Ollama", provider_kind="ollama")
    assert isinstance(error, errors.OllamaNotRunning)
    assert isinstance(error, errors.ConnectionFailed)


def test_mid_stream_connection_loss_is_stream_interrupted_with_partial_text() -> None:
    exc = litellm.APIConnectionError(
        "peer closed connection without sending complete message body (incomplete chunked read)",
        "openai",
        "m",
    )
    error = mapped(exc, partial_text="Hello wor", stream_started=True)
    assert isinstance(error, errors.StreamInterrupted)
    assert error.partial_text == "Hello wor"


def test_gateway_errors_pass_through_and_gain_partial_text() -> None:
    original = errors.PrivacyRefused("no")
    assert mapped(original, partial_text="abc") is original
    assert original.partial_text == "abc"


@pytest.mark.parametrize(
    "text",
    [
        f"key {KEY} rejected",
        "Incorrect API key provided: sk-proj-abcdefghijklmnop1234.",
        "sk-or-v1-0123456789abcdef0123 is wrong",
        "google said AIzaSyA1234567890abcdefghijklmnopq is bad",
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz",
        'headers {"api_key": "zzzzyyyyxxxxwwww"}',
    ],
)
def test_scrub_removes_keys(text: str) -> None:
    cleaned = scrub(text, [KEY])
    assert "[redacted]" in cleaned
    for fragment in (
        KEY,
        "abcdefghijklmnop1234",
        "0123456789abcdef0123",
        "1234567890abcdefghij",
        "abcdefghijklmnopqrstuvwxyz",
        "zzzzyyyyxxxxwwww",
    ):
        assert fragment not in cleaned


def test_scrub_removes_the_key_in_use_whatever_its_shape() -> None:
    assert (
        scrub("token=plainlocalkey9 and plainlocalkey9", ["plainlocalkey9"]).count("plainlocalkey9")
        == 0
    )


def test_scrub_keeps_ordinary_text() -> None:
    text = "The server had an error while processing your request (500)."
    assert scrub(text, [None, ""]) == text


def _wrapped(inner: BaseException, outer: BaseException) -> BaseException:
    """``outer`` raised while handling ``inner``, as litellm/openai/httpx chain them."""
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except BaseException as caught:
        return caught


def test_certificate_error_under_a_connection_error_is_tls() -> None:
    import ssl
    import urllib.error

    cert = ssl.SSLCertVerificationError(
        1,
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has "
        "expired (_ssl.c:1006)",
    )
    outer = litellm.InternalServerError("OpenAIException - Connection error.", "openai", "m")
    for exc in (_wrapped(cert, outer), urllib.error.URLError(cert), cert):
        error = map_exception(exc, provider="the server at https://10.0.0.5/v1")
        assert type(error) is errors.TlsFailed, exc
        assert error.user_message.startswith(
            "The server at https://10.0.0.5/v1 answered, but its TLS certificate could not "
            "be verified (certificate has expired). If it uses a self-signed certificate,"
        )


def test_wrong_version_number_is_tls() -> None:
    import ssl

    inner = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)")
    outer = litellm.InternalServerError("OpenAIException - Connection error.", "openai", "m")
    error = map_exception(_wrapped(inner, outer), provider="Proxy")
    assert type(error) is errors.TlsFailed and "wrong version number" in error.user_message


def test_plain_connection_refused_is_still_no_server_answered() -> None:
    inner = ConnectionRefusedError(111, "Connection refused")
    outer = litellm.InternalServerError("OpenAIException - Connection error.", "openai", "m")
    error = map_exception(_wrapped(inner, outer), provider="Proxy")
    assert type(error) is errors.ConnectionFailed and "no server answered" in error.user_message


def test_proxy_rejections_from_the_body_or_the_chained_text() -> None:
    no_db = litellm.BadRequestError("OpenAIException - No connected db.", "m", "openai")
    no_db.body = {"message": "No connected db.", "type": "no_db_connection", "code": "400"}  # type: ignore[attr-defined]
    auth = _wrapped(
        RuntimeError(
            "Error code: 401 - {'error': {'message': 'Authentication Error, Invalid proxy "
            "server token passed.', 'type': 'auth_error', 'param': 'None', 'code': '401'}}"
        ),
        litellm.AuthenticationError("OpenAIException - Authentication Error, …", "openai", "m"),
    )
    for exc in (no_db, auth):
        error = map_exception(exc, provider="Proxy", provider_kind="openai_compatible")
        assert type(error) is errors.AuthenticationFailed
        assert "the proxy rejected the key" in error.user_message
    # Anthropic's own 401 is not a proxy's.
    plain = map_exception(
        litellm.AuthenticationError("Authentication Error, bad key", "anthropic", "m"),
        provider="Anthropic", provider_kind="anthropic",
    )  # fmt: skip
    assert "proxy" not in plain.user_message
