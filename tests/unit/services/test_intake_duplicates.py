"""E-mail identity (duplicates), the new-client name for an unknown sender, and the
model a conversation starts on (``pick_model``)."""

from __future__ import annotations

import pytest

from consultant.core.intake import parse_bytes, parse_text
from consultant.core.models import Client, PrivacyPolicy, Task
from consultant.core.settings import ProviderSettings, Settings
from consultant.services.intake import email_key, suggest_client_name
from consultant.services.workspace import is_local_ref, local_model_refs, pick_model

EML = b"""From: Jane Doe <jane@acme-health.org>
Subject: Portal
Message-ID: <abc-1@acme-health.org>

Hello, the portal is down.
"""


def test_email_key_is_the_message_id() -> None:
    assert email_key(parse_bytes(EML, "m.eml")) == "mid:abc-1@acme-health.org"


def test_email_key_without_message_id_hashes_the_content() -> None:
    plain = EML.replace(b"Message-ID: <abc-1@acme-health.org>\n", b"")
    one = email_key(parse_bytes(plain, "m.eml"))
    crlf = email_key(parse_bytes(plain.replace(b"\n", b"\r\n"), "m.eml"))
    other = email_key(parse_bytes(plain.replace(b"down", b"up"), "m.eml"))
    assert one.startswith("sha256:") and len(one) == len("sha256:") + 64
    assert one == crlf
    assert one != other


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("Jane Doe <jane@acme-health.org>", "Acme Health"),
        ("Jane Doe <jane@mail.acme-health.org>", "Acme Health"),
        ("Tom <tom@sunrise.co.uk>", "Sunrise"),
        ("Ann <ann@dhs.state-registry.gov>", "State Registry"),
        ("Jane Doe <jane.doe@gmail.com>", "Jane Doe"),
        ("jane.doe@outlook.com", ""),
    ],
)
def test_suggest_client_name(sender: str, expected: str) -> None:
    parsed = parse_text(f"From: {sender}\nSubject: Hi\n\nHello there, a question.")
    assert suggest_client_name(parsed) == expected


def _settings(local: bool = True) -> Settings:
    providers = [
        ProviderSettings(id="cloud", kind="openai_compatible", api_base="http://127.0.0.1:9/v1",
                         models=["big", "small"]),
        ProviderSettings(id="proxy", kind="openai_compatible", api_base="http://127.0.0.1:7/v1",
                         models=["fwd"]),  # loopback, but not declared local
    ]  # fmt: skip
    if local:
        providers.append(
            ProviderSettings(id="here", kind="ollama", api_base="http://127.0.0.1:11434",
                             models=["llama3"], local_inference=True)
        )  # fmt: skip
    return Settings(providers=providers, default_model="cloud/big",
                    task_models={"interpret": "cloud/small"})  # fmt: skip


def _client(privacy: PrivacyPolicy = PrivacyPolicy.CLOUD, default: str = "") -> Client:
    return Client(id=1, uid="u", name="Acme", privacy=privacy, default_model=default)


REFS = ["cloud/big", "cloud/small", "proxy/fwd", "here/llama3"]


def test_local_refs_need_a_declared_local_server() -> None:
    settings = _settings()
    assert local_model_refs(settings, REFS) == ["here/llama3"]
    assert not is_local_ref(settings, "proxy/fwd")
    assert not is_local_ref(settings, "nowhere/x")  # unknown provider: not local


def test_pick_model_order() -> None:
    s = _settings()
    assert pick_model(s, REFS).ref == "cloud/big"
    assert pick_model(s, REFS, task=Task.INTERPRET).ref == "cloud/small"
    assert pick_model(s, REFS, client=_client(default="proxy/fwd")).ref == "proxy/fwd"
    picked = pick_model(s, REFS, conversation_model="cloud/small", client=_client(default="x/y"))
    assert picked.ref == "cloud/small"
    assert pick_model(s, REFS, conversation_model="gone/model").ref == "cloud/big"


def test_pick_model_for_a_local_only_client() -> None:
    local_only = _client(PrivacyPolicy.LOCAL_ONLY)
    s = _settings()
    assert pick_model(s, REFS, client=local_only).ref == "here/llama3"
    assert pick_model(s, REFS, conversation_model="cloud/big", client=local_only).ref == (
        "here/llama3"
    )
    none = pick_model(_settings(local=False), REFS[:3], client=local_only)
    assert none.ref == ""
    assert "Acme is local-only" in none.notice and "Settings → Models" in none.notice
