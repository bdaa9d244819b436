"""Faults of the server side that are not the model's: TLS certificates, and what a
LiteLLM proxy answers for a key it does not accept. Real servers on 127.0.0.1."""

from __future__ import annotations

import datetime
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from consultant.core.models import AuditEntry
from consultant.core.privacy import PrivacyContext
from consultant.llm import errors
from consultant.llm.gateway import stream_completion, test_connection
from consultant.llm.listing import list_models
from consultant.llm.providers import ModelChoice, ProviderKind
from tests.llm_server import LLMTestServer, _make_handler, _QuietServer

KEY = "sk-proxy-wrong-0123456789abcdefWXYZ"
MESSAGES = [{"role": "user", "content": "Say hello."}]


def choice_at(api_base: str, **kwargs: Any) -> ModelChoice:
    return ModelChoice(
        model="openai/test-model", provider_id="local", kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base=api_base, timeout=5.0, **kwargs,
    )  # fmt: skip


def stream_error(
    choice: ModelChoice, audit: list[AuditEntry], **kwargs: Any
) -> errors.GatewayError:
    with pytest.raises(errors.GatewayError) as info:
        list(stream_completion(MESSAGES, choice, PrivacyContext.no_client_data(), audit.append,
                               **kwargs))  # fmt: skip
    return info.value


# --- TLS ----------------------------------------------------------------------------


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost that nothing trusts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[LLMTestServer]:
    """The test server's handler behind TLS with a self-signed certificate."""
    cert, key = self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = LLMTestServer()
    httpd = _QuietServer(("127.0.0.1", 0), _make_handler(server))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    server.base_url = f"https://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


TLS_SENTENCE_START = "The server at https://127.0.0.1:"


def test_self_signed_certificate_is_not_no_server_answered(tls_server: LLMTestServer) -> None:
    audit: list[AuditEntry] = []
    error = stream_error(choice_at(tls_server.api_base), audit)
    assert type(error) is errors.TlsFailed and error.kind == "tls"
    assert isinstance(error, errors.ConnectionFailed) and not error.retryable
    message = error.user_message
    assert message.startswith(TLS_SENTENCE_START)
    assert "answered, but its TLS certificate could not be verified (self-signed certificate)" in (
        message
    )
    assert "If it uses a self-signed certificate" in message
    assert "no server answered" not in message
    assert [e.outcome for e in audit] == ["tls"]
    assert tls_server.requests == []  # nothing was sent over the unverified connection


def test_connection_test_and_model_list_say_the_same(tls_server: LLMTestServer) -> None:
    audit: list[AuditEntry] = []
    ok, message = test_connection(choice_at(tls_server.api_base), audit.append)
    assert not ok and "TLS certificate could not be verified" in message
    # The model list (``consultant models --check``) goes through urllib, not httpx.
    answer = list_models(choice_at(tls_server.api_base), audit.append, timeout=3)
    assert not answer.reachable
    assert "TLS certificate could not be verified (self-signed certificate)" in answer.message


def test_https_to_a_plain_http_server_says_so(llm_server: LLMTestServer) -> None:
    api_base = llm_server.api_base.replace("http://", "https://")
    error = stream_error(choice_at(api_base), [])
    assert type(error) is errors.TlsFailed
    assert error.user_message.startswith(TLS_SENTENCE_START)
    assert "wrong version number" in error.user_message
    assert "http://" in error.user_message


# --- a LiteLLM proxy ------------------------------------------------------------------

#: What litellm's proxy (1.106.x ``user_api_key_auth``) answers.
NO_DB = (400, {"error": {"message": "No connected db.", "type": "no_db_connection",
                         "param": None, "code": "400"}})  # fmt: skip
AUTH_ERROR = (401, {"error": {
    "message": "Authentication Error, Invalid proxy server token passed. Received API Key "
               "= sk-...WXYZ, Key Hash (Token) =3c9f. Unable to find token in cache or "
               "`LiteLLM_VerificationTokenTable`",
    "type": "auth_error", "param": "None", "code": "401"}})  # fmt: skip
DB_DOWN = (503, {"error": {"message": "Service Unavailable, the authentication database "
                           "query engine is not reachable", "type": "no_db_connection",
                           "param": "None", "code": "503"}})  # fmt: skip


@dataclass
class FakeProxy:
    answer: tuple[int, dict[str, Any]] = NO_DB
    base_url: str = ""
    authorizations: list[str] = field(default_factory=list)

    @property
    def api_base(self) -> str:
        return self.base_url + "/v1"


@pytest.fixture
def proxy() -> Iterator[FakeProxy]:
    state = FakeProxy()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            state.authorizations.append(self.headers.get("authorization", ""))
            status, body = state.answer
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST

    httpd = _QuietServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_proxy_without_database_rejecting_the_key(proxy: FakeProxy) -> None:
    proxy.answer = NO_DB
    audit: list[AuditEntry] = []
    error = stream_error(choice_at(proxy.api_base, label="Team proxy"), audit, api_key=KEY)
    assert type(error) is errors.AuthenticationFailed
    assert error.user_message == (
        "Team proxy is a LiteLLM proxy, and the proxy rejected the key (400: it has no "
        "database, so it accepts only its master key). Open Settings → Models to enter a key "
        "this proxy accepts (its master key, or a virtual key it issued)."
    )
    assert proxy.authorizations == [f"Bearer {KEY}"]  # the key was sent …
    assert KEY not in error.user_message and KEY not in error.detail  # … and not echoed
    assert [e.outcome for e in audit] == ["auth_failed"]


def test_proxy_without_any_key(proxy: FakeProxy) -> None:
    proxy.answer = NO_DB  # what it answers for the placeholder key, too
    error = stream_error(choice_at(proxy.api_base), [])
    assert type(error) is errors.AuthenticationFailed
    assert error.user_message.startswith(
        f"The server at {proxy.api_base} is a LiteLLM proxy, and the proxy rejected the key"
    )


def test_proxy_with_database_rejecting_the_key(proxy: FakeProxy) -> None:
    proxy.answer = AUTH_ERROR
    audit: list[AuditEntry] = []
    ok, message = test_connection(choice_at(proxy.api_base, label="Team proxy"), audit.append,
                                  api_key=KEY)  # fmt: skip
    assert not ok
    assert message.startswith("Team proxy is a LiteLLM proxy, and the proxy rejected the key (401)")
    assert "its master key, or a virtual key it issued" in message
    assert KEY not in message


def test_proxy_database_outage_is_a_server_error(proxy: FakeProxy) -> None:
    proxy.answer = DB_DOWN
    error = stream_error(choice_at(proxy.api_base), [], api_key=KEY)
    assert type(error) is errors.ServerError
