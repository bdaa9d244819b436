"""Map each corpus source's expected.json onto the intake API (see docs/intake.md)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from consultant.core.intake import ParsedEmail, parse_bytes, parse_text, split_reply

CORPUS = Path(__file__).resolve().parents[3] / "data" / "emails"


def _ws(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _lines(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().split("\n")).strip()


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _fragment_target(parsed: ParsedEmail, spec: dict[str, Any], index: int) -> str:
    flags = spec.get("fragment_flags", {})
    signature = flags.get("signature", [])
    hidden = flags.get("hidden", [])
    if index < len(signature) and signature[index]:
        return parsed.signature
    if index < len(hidden):
        return parsed.quoted_text if hidden[index] else parsed.new_text
    return parsed.new_text if index == 0 else parsed.quoted_text + "\n" + parsed.signature


def check_reply_parser(parsed: ParsedEmail, spec: dict[str, Any], multiline: bool) -> list[str]:
    """github / zapier / crisp reply-parser expectations."""
    errors: list[str] = []
    flags = re.MULTILINE if multiline else 0
    new = _lines(parsed.new_text)
    for key in ("visible_text", "visible_text_stripped", "visible_text_trimmed",
                "first_fragment_trimmed"):
        if key in spec and new != _lines(spec[key]):
            errors.append(f"{key}: {new!r} != {_lines(spec[key])!r}")
    for text in spec.get("visible_text_contains", []):
        if text not in parsed.new_text:
            errors.append(f"visible text lacks {text!r}")
    for text in spec.get("visible_text_not_contains", []):
        if text in parsed.new_text:
            errors.append(f"visible text has {text!r}")
    for idx, value in spec.get("fragment_equals", {}).items():
        if not value.strip():
            continue
        target = _fragment_target(parsed, spec, int(idx))
        if _lines(value) not in _lines(target):
            errors.append(f"fragment {idx} {value!r} not in {target!r}")
    for idx, patterns in spec.get("fragment_matches", {}).items():
        target = _fragment_target(parsed, spec, int(idx)).strip()
        for pattern in patterns:
            if not re.search(pattern.replace(" \n", "\n"), target, flags):
                errors.append(f"fragment {idx} /{pattern}/ not in {target[:200]!r}")
    for idx, texts in spec.get("fragment_contains", {}).items():
        target = _fragment_target(parsed, spec, int(idx))
        for text in texts:
            if text not in target:
                errors.append(f"fragment {idx} lacks {text!r}")
    if spec.get("fragment_count") == 1 and parsed.quoted_text:
        errors.append(f"single fragment but quoted text {parsed.quoted_text[:100]!r}")
    count = spec.get("fragment_count_min", spec.get("fragment_count"))
    if count and count >= 2 and spec.get("fragment_flags") is None and not (
        parsed.quoted_text or parsed.signature
    ) and "first_fragment_trimmed" in spec:
        errors.append("expected a quote or signature split, found none")
    if spec.get("first_fragment_is_signature") is False and not parsed.new_text.strip():
        errors.append("first fragment became empty")
    return errors


def check_talon(path: Path, spec: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if "reply_text_quotations_removed" in spec:
        parsed = parse_bytes(path.read_bytes(), path.name)
        if _ws(parsed.reply_text) != _ws(spec["reply_text_quotations_removed"]):
            errors.append(f"reply {parsed.reply_text!r}")
    elif "reply_text_whitespace_insensitive" in spec or "reply_html_whitespace_removed" in spec:
        parsed = parse_bytes(path.read_bytes(), path.name)
        expected = spec.get("reply_text_whitespace_insensitive")
        if expected is None:
            expected = re.sub(r"<[^>]*>", "", spec["reply_html_whitespace_removed"])
        if _ws(parsed.reply_text) != _ws(expected):
            errors.append(f"reply {parsed.reply_text!r}")
    elif "expected_text_without_signature" in spec:
        parts = split_reply(_read_text(path), sender_name=spec.get("sender", ""))
        if _ws(parts.new_text) != _ws(spec["expected_text_without_signature"]):
            errors.append(f"text {parts.new_text[-200:]!r} sig {parts.signature!r}")
        if _ws(parts.signature) != _ws(spec["expected_signature"]):
            errors.append(f"signature {parts.signature!r}")
    elif spec.get("result_non_empty"):
        parsed = parse_bytes(path.read_bytes(), path.name)
        if not parsed.new_text.strip():
            errors.append("empty result")
        for text in spec.get("result_not_contains", []):
            if text in parsed.new_text:
                errors.append(f"new text has {text!r}")
    return errors


def check_forward(path: Path, spec: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    parts = split_reply(_read_text(path), subject=spec.get("subject_input", ""))
    if not spec["forwarded"]:
        if parts.forwarded is not None:
            errors.append("detected a forward in a plain reply")
        return errors
    fwd = parts.forwarded
    if fwd is None:
        return ["forward not detected"]
    email = spec["email"]
    if fwd.subject != email["subject"]:
        errors.append(f"subject {fwd.subject!r}")
    if _ws(fwd.body) != _ws(email["body"]):
        errors.append(f"body {fwd.body!r}")
    if not fwd.date and "date" in email:
        errors.append("no date")
    sender = email.get("from")
    if sender:
        if fwd.sender is None or fwd.sender.email != sender["address"]:
            errors.append(f"from {fwd.sender!r}")
        elif sender.get("name") and fwd.sender.name != sender["name"]:
            errors.append(f"from name {fwd.sender.name!r}")
    first_to = email.get("to[0]")
    if first_to and (not fwd.to or fwd.to[0].email != first_to["address"]):
        errors.append(f"to {fwd.to!r}")
    for k, cc in enumerate(email.get("cc") or []):
        if k >= len(fwd.cc) or fwd.cc[k].email != cc["address"]:
            errors.append(f"cc {fwd.cc!r}")
            break
    message = spec.get("message")
    if message is None and parts.new_text.strip():
        errors.append(f"unexpected message {parts.new_text!r}")
    if message and _ws(parts.reply_text) != _ws(message):
        errors.append(f"message {parts.reply_text!r}")
    return errors


def check_flanker(path: Path, spec: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    parsed = parse_bytes(path.read_bytes(), path.name)
    if "subject_decoded" in spec and parsed.subject != spec["subject_decoded"]:
        errors.append(f"subject {parsed.subject!r}")
    if "subject" in spec and parsed.subject != spec["subject"]:
        errors.append(f"subject {parsed.subject!r}")
    if "message_id" in spec and parsed.message_id != spec["message_id"]:
        errors.append(f"message id {parsed.message_id!r}")
    if "to_decoded" in spec:
        name = spec["to_decoded"].split("<")[0].strip().strip('"')
        if not parsed.to or parsed.to[0].name != name:
            errors.append(f"to {parsed.to!r}")
    if "attached_message.subject" in spec and (
        parsed.forwarded is None or parsed.forwarded.subject != spec["attached_message.subject"]
    ):
        errors.append(f"forwarded {parsed.forwarded!r}")
    for key in ("body_crlf", "parts[0].raw_body_crlf"):
        if key in spec:
            expected = spec[key].replace("\r\n", "\n")
            if _ws(expected) not in _ws(parsed.body_text):
                errors.append(f"{key} not in body {parsed.body_text!r}")
    if "parts[2].body_crlf" in spec and "~Danielle" not in parsed.body_text:
        errors.append("second text part missing")
    if "raw_from_contains" in spec and parsed.sender is None:
        errors.append("no sender")
    if "raw_from_contains" in spec and parsed.sender and parsed.sender.name != "Foo, Bar":
        errors.append(f"sender {parsed.sender!r}")
    if not parsed.body_text.strip():
        errors.append("empty body")
    if path.name == "8bitmime.eml" and "Превел" not in parsed.body_text:
        errors.append("8-bit text not decoded")
    if path.name == "iphone.eml" and not any(
        a.filename == "photo.JPG" for a in parsed.attachments
    ):
        errors.append(f"attachments {parsed.attachments!r}")
    return errors


def check_msgreader(path: Path, spec: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    data = spec["expected_file_data"]
    parsed = parse_bytes(path.read_bytes(), path.name)
    if parsed.source_kind != "msg":
        errors.append(f"kind {parsed.source_kind}")
    if parsed.subject != data["subject"]:
        errors.append(f"subject {parsed.subject!r}")
    if _ws(data["body"]) not in _ws(parsed.body_text):
        errors.append(f"body {parsed.body_text!r}")
    if data.get("senderEmail") and parsed.sender_email != data["senderEmail"]:
        errors.append(f"sender {parsed.sender!r}")
    to = [r["email"] for r in data.get("recipients", []) if r["recipType"] == "to"]
    if [a.email for a in parsed.to] != to:
        errors.append(f"to {parsed.to!r}")
    for att in data.get("attachments", []):
        inner = att.get("innerMsgContentFields")
        if inner and (parsed.forwarded is None or parsed.forwarded.subject != inner["subject"]):
            errors.append(f"attached message {parsed.forwarded!r}")
    return errors


def check_nodemailer(path: Path, spec: dict[str, Any]) -> list[str]:
    parsed = parse_bytes(path.read_bytes(), path.name)
    errors = []
    for line in spec["text"].split("\n"):
        if line.strip() and line.strip() not in parsed.body_text:
            errors.append(f"missing {line!r} in {parsed.body_text!r}")
    return errors


def check_spamscope(path: Path, spec: dict[str, Any]) -> list[str]:
    parsed = parse_bytes(path.read_bytes(), path.name)
    errors = []
    actual = {
        "from": [parsed.sender] if parsed.sender else [],
        "to": parsed.to,
        "cc": parsed.cc,
    }
    for key in ("from", "to", "cc"):
        if key in spec:
            got = [[a.name, a.email] for a in actual[key]]
            # mail-parser drops a display name equal to the address; so do we accept both.
            want = spec[key]
            norm = [[n if n != e else "", e] for n, e in got]
            if got != want and norm != want:
                errors.append(f"{key} {got!r} != {want!r}")
    for text in spec.get("text_not_managed", []):
        if text in parsed.body_text:
            errors.append(f"attachment content {text!r} leaked into the body")
    return errors


Check = Callable[[], list[str]]


def cases() -> Iterator[tuple[str, str, Check]]:
    """(source, file, check) for every corpus entry."""
    for source_dir in sorted(
        p for p in CORPUS.iterdir() if p.is_dir() and (p / "expected.json").exists()
    ):
        expected = json.loads((source_dir / "expected.json").read_text("utf-8"))
        source = source_dir.name
        entries = list(expected["files"].items())
        entries += list(expected.get("assertions_on_identical_fixtures", {}).items())
        for name, spec in entries:
            path = (source_dir / name).resolve()
            yield source, name, _make_check(source, path, spec)


def _make_check(source: str, path: Path, spec: dict[str, Any]) -> Check:
    def check() -> list[str]:
        if source in ("github-email_reply_parser", "zapier-email-reply-parser",
                      "crisp-oss-email-reply-parser"):
            parsed = parse_text(_read_text(path))
            multiline = source != "crisp-oss-email-reply-parser"
            return check_reply_parser(parsed, spec, multiline=multiline)
        if source == "mailgun-talon":
            return check_talon(path, spec)
        if source == "crisp-oss-email-forward-parser":
            return check_forward(path, spec)
        if source == "mailgun-flanker":
            return check_flanker(path, spec)
        if source == "hiraokahypertools-msgreader":
            return check_msgreader(path, spec)
        if source == "nodemailer-mailparser":
            return check_nodemailer(path, spec)
        if source == "spamscope-mail-parser":
            return check_spamscope(path, spec)
        raise AssertionError(f"unknown source {source}")

    return check


def pass_rates() -> dict[str, tuple[int, int, list[str]]]:
    rates: dict[str, tuple[int, int, list[str]]] = {}
    for source, name, check in cases():
        passed, total, failed = rates.get(source, (0, 0, []))
        try:
            ok = not check()
        except Exception:
            ok = False
        rates[source] = (passed + int(ok), total + 1, failed + ([] if ok else [name]))
    return rates


if __name__ == "__main__":
    for src, (ok, total, failed) in pass_rates().items():
        print(f"{src}: {ok}/{total} ({100 * ok / total:.0f}%) failed: {failed}")
