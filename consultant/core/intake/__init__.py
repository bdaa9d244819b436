"""Email intake: read pasted text, .eml, .msg and HTML mail; separate new text from history.

Pure domain code: standard library plus ``lxml`` (imported lazily for HTML) and
``extract-msg`` (imported lazily for ``.msg``). Address normalisation and the public mail
domain list come from ``consultant.core.domains`` (re-exported here).
"""

from __future__ import annotations

from .addresses import decode_rfc2047, parse_address_list
from .html import html_to_text, looks_like_html
from .match import (
    PUBLIC_MAIL_DOMAINS,
    MatchResult,
    email_domain,
    is_public_domain,
    match_client,
    normalize_email,
)
from .model import (
    FORWARD_MARKER,
    MAX_BODY_CHARS,
    MAX_INPUT_BYTES,
    SIGNATURE_DELIMITER,
    THREAD_MARKER,
    Address,
    Attachment,
    ForwardedEmail,
    IntakeError,
    ParsedEmail,
    ReplyParts,
    SourceKind,
)
from .parse import parse_bytes, parse_eml, parse_html, parse_msg, parse_text
from .quotes import is_forward_subject, split_reply

__all__ = [
    "FORWARD_MARKER",
    "MAX_BODY_CHARS",
    "MAX_INPUT_BYTES",
    "PUBLIC_MAIL_DOMAINS",
    "SIGNATURE_DELIMITER",
    "THREAD_MARKER",
    "Address",
    "Attachment",
    "ForwardedEmail",
    "IntakeError",
    "MatchResult",
    "ParsedEmail",
    "ReplyParts",
    "SourceKind",
    "decode_rfc2047",
    "email_domain",
    "html_to_text",
    "is_forward_subject",
    "is_public_domain",
    "looks_like_html",
    "match_client",
    "normalize_email",
    "parse_address_list",
    "parse_bytes",
    "parse_eml",
    "parse_html",
    "parse_msg",
    "parse_text",
    "split_reply",
]
