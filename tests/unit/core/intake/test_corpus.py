"""Data-driven tests against each third-party corpus folder's expected.json."""

from __future__ import annotations

import pytest

from .corpus_checks import Check, cases, pass_rates

# Known misses, each explained in docs/intake.md ("Corpus results"). Everything else must pass.
KNOWN_MISSES = {
    ("crisp-oss-email-forward-parser", "outlook_live_en_body_variant_8.txt"),
    ("crisp-oss-email-reply-parser", "email_7.txt"),
    ("crisp-oss-email-reply-parser", "email_norwegian_gmail.txt"),
    ("github-email_reply_parser", "email_1_3.txt"),
    ("mailgun-talon", "reply-separated-by-hr.html"),
    ("mailgun-talon", "signature/stripped/sparse_body"),
}
CASES = list(cases())


@pytest.mark.parametrize(
    ("source", "name", "check"), CASES, ids=[f"{s}/{n}" for s, n, _ in CASES]
)
def test_corpus_file(source: str, name: str, check: Check) -> None:
    errors = check()
    if (source, name) in KNOWN_MISSES:
        if not errors:
            pytest.fail("known miss now passes: remove it from KNOWN_MISSES")
        pytest.xfail("; ".join(errors)[:300])
    assert errors == []


def test_reply_parser_corpora_pass_rate_above_90_percent() -> None:
    rates = pass_rates()
    for source in (
        "github-email_reply_parser",
        "zapier-email-reply-parser",
        "crisp-oss-email-reply-parser",
        "crisp-oss-email-forward-parser",
        "mailgun-talon",
    ):
        passed, total, _ = rates[source]
        assert passed / total > 0.9, (source, passed, total)
