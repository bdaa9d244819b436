"""The one outbound door: no network call in ``consultant/llm/`` bypasses it, its
privacy context and audit callback have no default, and it audits every call."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from consultant.core.models import AuditEntry, PrivacyPolicy
from consultant.core.privacy import PrivacyContext, data
from consultant.llm import embeddings, errors, gateway, listing, outbound
from consultant.llm.providers import ModelChoice, ProviderKind
from tests.llm_server import LLMTestServer

LLM = Path(outbound.__file__).parent

#: Calls that put bytes on a network (or into a local model) in the llm package
#: (``open`` counts only as ``opener.open``: urllib's, not a file's).
NETWORK_CALLS = {"completion", "embedding", "urlopen", "create_chat_completion", "open"}
#: Functions that open the door themselves (``with outbound_call(...)`` around the call).
DOORS = {
    ("gateway", "stream_completion"),
    ("embeddings", "embed_texts"),
    ("listing", "list_models"),
}
#: Functions that make network calls but are run only inside a door (lexically, or
#: from another function of this list).
DOOR_BODIES = {("gateway", "_stream"), ("gateway", "_gguf_chunks")}
#: Offline by construction: an in-memory transport, no socket (checked below).
OFFLINE = {("gateway", "_warm_up")}


def _functions(tree: ast.AST) -> dict[str, ast.FunctionDef]:
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _network_calls(fn: ast.FunctionDef) -> list[str]:
    return [
        _call_name(node) for node in ast.walk(fn)
        if isinstance(node, ast.Call) and _call_name(node) in NETWORK_CALLS
    ]  # fmt: skip


def _inside_door(tree: ast.AST, target: ast.AST) -> bool:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.With)
            and any(
                isinstance(item.context_expr, ast.Call)
                and getattr(item.context_expr.func, "id", "") == "outbound_call"
                for item in node.items
            )
            and any(child is target for child in ast.walk(node))
        ):
            return True
    return False


def _trees() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(LLM.glob("*.py"))}


def test_every_network_call_in_llm_is_behind_the_door() -> None:
    trees = _trees()
    found: set[tuple[str, str]] = set()
    for module, tree in trees.items():
        for name, fn in _functions(tree).items():
            calls = _network_calls(fn)
            if not calls or module == "outbound":
                continue
            found.add((module, name))
            if (module, name) in DOORS:
                for node in ast.walk(fn):
                    if isinstance(node, ast.Call) and _call_name(node) in NETWORK_CALLS:
                        assert _inside_door(fn, node) or _calls_a_body(node), (module, name)
    allowed = DOORS | DOOR_BODIES | OFFLINE
    assert found <= allowed, f"network calls outside the door: {sorted(found - allowed)}"
    # A door body is entered only from inside ``with outbound_call`` or another body.
    for _module, body in DOOR_BODIES:
        callers = 0
        for module, tree in trees.items():
            for fn in _functions(tree).values():
                for node in ast.walk(fn):
                    if isinstance(node, ast.Call) and _call_name(node) == body:
                        callers += 1
                        assert _inside_door(fn, node) or (module, fn.name) in DOOR_BODIES, (
                            f"{body} called outside the door in {module}.{fn.name}"
                        )
        assert callers, f"{body} is never called"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        if func.attr == "open" and getattr(func.value, "id", "") != "opener":
            return ""  # a file's open(), not urllib's
        return func.attr
    return getattr(func, "id", "")


def _calls_a_body(node: ast.Call) -> bool:
    return any(_call_name(node) == body for _m, body in DOOR_BODIES)


def test_warm_up_uses_an_in_memory_transport_only() -> None:
    source = inspect.getsource(gateway._warm_up)
    assert "MockTransport" in source and "warm-up.invalid" in source


@pytest.mark.parametrize(
    "function",
    [gateway.stream_completion, embeddings.embed_texts, gateway.test_connection,
     listing.list_models, outbound.outbound_call],
)  # fmt: skip
def test_privacy_and_audit_have_no_default(function: object) -> None:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    for name in ("privacy", "audit"):
        if name in signature.parameters:
            assert signature.parameters[name].default is inspect.Parameter.empty, name
    assert "audit" in signature.parameters


def _choice(server: LLMTestServer) -> ModelChoice:
    return ModelChoice(
        model="openai/test-model", provider_id="box", kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base=server.api_base, timeout=5.0,
    )  # fmt: skip


def test_no_client_data_context_refuses_client_text(llm_server: LLMTestServer) -> None:
    audit: list[AuditEntry] = []
    messages = [{"role": "user", "content": "Summarise: " + data("Mrs. Brandt's chart")}]
    with pytest.raises(errors.PrivacyRefused, match="no client data"):
        list(gateway.stream_completion(
            messages, _choice(llm_server), PrivacyContext.no_client_data(), audit.append
        ))  # fmt: skip
    assert llm_server.requests == []
    assert [(e.outcome, e.chars_sent) for e in audit] == [("privacy_refused", 0)]


def test_only_data_segments_are_masked(llm_server: LLMTestServer) -> None:
    audit: list[AuditEntry] = []
    context = PrivacyContext(PrivacyPolicy.REDACT, client_id=4, names=("Will Turner",))
    messages = [
        {"role": "system", "content": "Say what the user will do; the bill is due."},
        {"role": "user", "content": "E-mail: " + data("Will Turner wrote: call 217-555-0143")},
    ]
    list(gateway.stream_completion(messages, _choice(llm_server), context, audit.append))
    sent = llm_server.requests[-1]["messages"]
    assert sent[0]["content"] == "Say what the user will do; the bill is due."
    assert "Will" not in sent[1]["content"] and "555-0143" not in sent[1]["content"]
    assert sent[1]["content"].startswith("E-mail: [PERSON_1]")
    assert "\ue030" not in json_text(sent) and "\ue031" not in json_text(sent)
    assert audit[0].redactions >= 2 and audit[0].client_id == 4


def json_text(messages: list[dict[str, str]]) -> str:
    return "".join(m["content"] for m in messages)


def test_model_list_is_audited_and_sends_the_key(
    llm_server: LLMTestServer, memory_keyring: object
) -> None:
    from consultant.llm import secrets

    secrets.set_api_key("box", "sk-list-secret-123")
    audit: list[AuditEntry] = []
    answer = listing.list_models(_choice(llm_server), audit.append)
    assert answer.reachable
    assert [(e.purpose, e.client_id) for e in audit] == [("model list", None)]
    assert "sk-list-secret-123" not in repr(audit) + answer.message


def test_model_list_of_a_dead_server_says_so_and_is_audited() -> None:
    audit: list[AuditEntry] = []
    choice = ModelChoice(
        model="", provider_id="box", kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base="http://127.0.0.1:9/v1", timeout=1.0,
    )  # fmt: skip
    answer = listing.list_models(choice, audit.append, timeout=0.5)
    assert not answer.reachable and answer.message
    assert len(audit) == 1 and audit[0].outcome != "ok"


def test_model_list_follows_no_redirect_and_keeps_the_key_home(memory_keyring: object) -> None:
    import http.server
    import threading

    from consultant.llm import secrets

    seen: list[str] = []

    class Redirecting(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path + " " + self.headers.get("Authorization", ""))
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.2:{self.server.server_port}/stolen")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = http.server.HTTPServer(("127.0.0.1", 0), Redirecting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        secrets.set_api_key("box", "sk-redirect-secret-1")
        choice = ModelChoice(
            model="", provider_id="box", kind=ProviderKind.OPENAI_COMPATIBLE,
            api_base=f"http://127.0.0.1:{server.server_port}/v1", timeout=2.0,
        )  # fmt: skip
        audit: list[AuditEntry] = []
        answer = listing.list_models(choice, audit.append)
    finally:
        server.shutdown()
        server.server_close()
    assert [s.split()[0] for s in seen] == ["/v1/models"]  # asked once, not redirected
    assert answer.models == [] and audit[0].outcome != "ok"


def test_the_door_keeps_keys_and_client_text_out_of_its_repr(llm_server: LLMTestServer) -> None:
    audit: list[AuditEntry] = []
    context = PrivacyContext(PrivacyPolicy.CLOUD, client_id=1)
    messages = [{"role": "user", "content": data("Mrs. Brandt's chart")}]
    with outbound.outbound_call(
        _choice(llm_server), context, audit.append, purpose="chat", messages=messages,
        api_key="sk-repr-secret-42",
    ) as call:  # fmt: skip
        shown = repr(call)
    assert "sk-repr-secret-42" not in shown and "Brandt" not in shown
