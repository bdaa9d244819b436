"""Gateway overhead: stream N tokens from the local test server through the gateway and
through a bare litellm loop, and print both rates as JSON.

    python tests/bench/bench_gateway.py [--tokens 5000] [--runs 5] [--redact]

Target: gateway overhead ≤ 10 % (``ratio`` = gateway rate / bare rate ≥ 0.90).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from consultant.core.models import PrivacyPolicy  # noqa: E402
from consultant.core.privacy import PrivacyContext, data  # noqa: E402
from consultant.llm.gateway import (  # noqa: E402
    CompletionResult,
    TextDelta,
    _load_litellm,
    stream_completion,
)
from consultant.llm.providers import ModelChoice, ProviderKind  # noqa: E402
from tests.llm_server import LLMTestServer, run_server  # noqa: E402

MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Write a long answer. Contact: jane.doe@example.com"},
]
KEY = "sk-bench-0123456789"


def bare(server: LLMTestServer, litellm: Any) -> tuple[float, int]:
    started = time.perf_counter()
    parts: list[str] = []
    stream = litellm.completion(
        model="openai/gpt-4o-mini",
        messages=MESSAGES,
        api_base=server.api_base,
        api_key=KEY,
        stream=True,
        stream_options={"include_usage": True},
        timeout=30,
        num_retries=0,
        max_retries=0,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return time.perf_counter() - started, len(parts)


def gateway(server: LLMTestServer, redact: bool) -> tuple[float, int]:
    choice = ModelChoice(
        model="openai/gpt-4o-mini",
        provider_id="bench",
        kind=ProviderKind.OPENAI_COMPATIBLE,
        api_base=server.api_base,
        timeout=30,
    )
    started = time.perf_counter()
    parts: list[str] = []
    result: CompletionResult | None = None
    policy = PrivacyPolicy.REDACT if redact else PrivacyPolicy.CLOUD
    privacy = PrivacyContext(policy, names=("Jane Doe",))
    messages = [{**m, "content": data(m["content"])} for m in MESSAGES]
    for event in stream_completion(messages, choice, privacy, lambda entry: None, api_key=KEY):
        if isinstance(event, TextDelta):
            parts.append(event.text)
        else:
            result = event
    assert result is not None and result.output_tokens
    return time.perf_counter() - started, len(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--redact", action="store_true", help="gateway with redaction on")
    args = parser.parse_args()
    litellm = _load_litellm()
    with run_server() as server:
        server.reply_text = " ".join(f"tok{i}" for i in range(args.tokens))
        bare(server, litellm)  # warm-up (connection pool, lazy imports)
        gateway(server, args.redact)
        bare_times: list[float] = []
        gw_times: list[float] = []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            seconds, n = bare(server, litellm)
            assert n == args.tokens, n
            bare_times.append(seconds)
            seconds, n = gateway(server, args.redact)
            gw_times.append(seconds)
    bare_rate = args.tokens / statistics.median(bare_times)
    gw_rate = args.tokens / statistics.median(gw_times)
    print(
        json.dumps(
            {
                "tokens": args.tokens,
                "runs": args.runs,
                "redact": args.redact,
                "bare_litellm_tokens_per_s": round(bare_rate),
                "gateway_tokens_per_s": round(gw_rate),
                "ratio": round(gw_rate / bare_rate, 3),
                "overhead_pct": round((bare_rate / gw_rate - 1) * 100, 1),
                "bare_median_s": round(statistics.median(bare_times), 3),
                "gateway_median_s": round(statistics.median(gw_times), 3),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
