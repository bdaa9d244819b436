"""Lenient address-list parsing (RFC 2047 encoded words, commas in names, bare addresses)."""

from __future__ import annotations

import re
from email.header import decode_header, make_header

from .model import Address

__all__ = ["decode_rfc2047", "parse_address_list"]

_MAX_HEADER = 8192
_MAX_ADDRESSES = 500
_ANGLE_RE = re.compile(r"^(.*?)<\s*(?:mailto:)?([^<>\s]{1,320})\s*>\s*(.*)$", re.DOTALL)
_BARE_RE = re.compile(r"^[^\s@<>\"(),;:]{1,64}@[^\s@<>\"(),;:]{1,255}$")
_COMMENT_RE = re.compile(r"\(([^()]{0,200})\)")
_MAILTO_RE = re.compile(r"\[mailto:[^\]]{0,320}\]", re.IGNORECASE)


def decode_rfc2047(value: str) -> str:
    """Decode ``=?charset?B?…?=`` words; undecodable input is returned unchanged."""
    value = value[:_MAX_HEADER]
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # malformed or unknown charset: keep the raw text
        return value


def _split(value: str) -> list[str]:
    """Split on ``,``/``;`` outside quotes, angle brackets and comments."""
    parts: list[str] = []
    current: list[str] = []
    quote = False
    angle = 0
    paren = 0
    escape = False
    for ch in value:
        if escape:
            current.append(ch)
            escape = False
            continue
        if ch == "\\" and quote:
            escape = True
            current.append(ch)
            continue
        if ch == '"' and not angle:
            quote = not quote
        elif not quote:
            if ch == "<":
                angle += 1
            elif ch == ">" and angle:
                angle -= 1
            elif ch == "(":
                paren += 1
            elif ch == ")" and paren:
                paren -= 1
            elif ch in ",;" and not angle and not paren:
                parts.append("".join(current))
                current = []
                continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _clean_name(name: str) -> str:
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    elif len(name) >= 2 and name[0] == name[-1] == "'":
        name = name[1:-1]
    return " ".join(decode_rfc2047(name).split())


# Angle brackets inside a quoted display name ("Jane <jane@client.org>" <x@other.net>)
# are part of the name, not the address: a sender could otherwise pose as a client.
_QUOTED_LT, _QUOTED_GT = "\x00", "\x01"


def _unquoted_angle_first(part: str) -> str:
    """``part`` with ``<``/``>`` inside double quotes replaced by placeholders, so the
    address is the first bracket pair outside quotes."""
    out: list[str] = []
    quote = escape = False
    for ch in part.replace(_QUOTED_LT, "").replace(_QUOTED_GT, ""):
        if escape:
            escape = False
        elif ch == "\\" and quote:
            escape = True
        elif ch == '"':
            quote = not quote
        elif quote and ch == "<":
            ch = _QUOTED_LT
        elif quote and ch == ">":
            ch = _QUOTED_GT
        out.append(ch)
    return "".join(out)


def _restore_quoted(name: str) -> str:
    return name.replace(_QUOTED_LT, "<").replace(_QUOTED_GT, ">")


def parse_address_list(value: str) -> list[Address]:
    """Parse a header value such as ``"Doe, J." <j@x.org>, k@y.org`` into addresses.

    Never raises. A display name that is itself an address is kept as the name.
    """
    value = _MAILTO_RE.sub("", value[:_MAX_HEADER].replace("\n", " ").replace("\r", " "))
    result: list[Address] = []
    for part in _split(value)[:_MAX_ADDRESSES]:
        match = _ANGLE_RE.match(_unquoted_angle_first(part))
        if match:
            addr = match.group(2).strip().strip("'\"")
            name = _clean_name(_restore_quoted(match.group(1) or ""))
            if not name and match.group(3).strip():
                name = _clean_name(_COMMENT_RE.sub(r"\1", match.group(3)))
            if "@" not in addr and name:
                name = f"{name} <{addr}>"
                addr = ""
            result.append(Address(name, addr))
            continue
        comment = _COMMENT_RE.search(part)
        bare = _COMMENT_RE.sub("", part).strip().strip("'\"")
        if _BARE_RE.match(bare):
            result.append(Address(_clean_name(comment.group(1)) if comment else "", bare))
        else:
            decoded = _clean_name(part)
            if decoded:
                result.append(Address(decoded, ""))
    return result
