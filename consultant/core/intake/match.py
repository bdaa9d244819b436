"""Match a sender address to a client: by contact address first, then by claimed domain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "PUBLIC_MAIL_DOMAINS",
    "MatchResult",
    "email_domain",
    "is_public_domain",
    "match_client",
    "normalize_email",
]

PUBLIC_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        # Google, Microsoft, Apple, AOL
        "gmail.com", "googlemail.com", "outlook.com", "outlook.de", "outlook.fr",
        "hotmail.com", "hotmail.co.uk", "hotmail.de", "hotmail.fr", "hotmail.it",
        "hotmail.es", "live.com", "live.co.uk", "live.de", "live.fr", "live.nl", "msn.com",
        "passport.com", "windowslive.com", "icloud.com", "me.com", "mac.com", "aol.com",
        "aol.de", "aim.com",
        # Yahoo and country variants
        "yahoo.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.it", "yahoo.es",
        "yahoo.ca", "yahoo.com.au", "yahoo.com.br", "yahoo.co.in", "yahoo.co.jp",
        "yahoo.com.mx", "yahoo.com.ar", "yahoo.nl", "yahoo.se", "yahoo.dk", "yahoo.no",
        "yahoo.gr", "yahoo.ie", "yahoo.in", "ymail.com", "rocketmail.com",
        # Europe
        "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "gmx.fr", "web.de",
        "t-online.de", "freenet.de", "posteo.de", "posteo.net", "mailbox.org", "arcor.de",
        "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "libero.it",
        "virgilio.it", "tiscali.it", "alice.it", "tin.it", "bluewin.ch", "seznam.cz",
        "wp.pl", "o2.pl", "onet.pl", "interia.pl", "btinternet.com", "sky.com",
        "virginmedia.com", "ntlworld.com", "telenet.be", "skynet.be", "ziggo.nl",
        "kpnmail.nl", "hetnet.nl", "home.nl", "planet.nl", "xs4all.nl", "telia.com",
        "online.no", "bredband.net",
        # Privacy / independent
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com",
        "tutanota.de", "tuta.io", "tuta.com", "fastmail.com", "fastmail.fm", "hey.com",
        "mail.com", "email.com", "usa.com", "zoho.com", "zohomail.com", "hushmail.com",
        "runbox.com", "disroot.org", "riseup.net",
        # Russia, Asia, Americas
        "yandex.ru", "yandex.com", "ya.ru", "mail.ru", "bk.ru", "inbox.ru", "list.ru",
        "rambler.ru", "ukr.net", "qq.com", "163.com", "126.com", "yeah.net", "sina.com",
        "sohu.com", "aliyun.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
        "uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "comcast.net",
        "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net",
        "charter.net", "earthlink.net", "optonline.net", "shaw.ca", "rogers.com",
        "sympatico.ca", "bigpond.com", "optusnet.com.au",
    }
)

MatchKind = Literal["contact", "domain", "none"]


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Which client a sender belongs to, and why."""

    client_id: int | None
    kind: MatchKind
    matched: str = ""  # the contact address or the claimed domain that matched

    @property
    def matched_any(self) -> bool:
        return self.client_id is not None


def normalize_email(address: str) -> str:
    """Trimmed, case-folded address (``<>`` and a ``mailto:`` prefix removed)."""
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    return address.casefold()


def _normalize_domain(domain: str) -> str:
    domain = domain.strip().rstrip(".").lstrip("@").casefold()
    try:
        return domain.encode("idna").decode("ascii") if domain and not domain.isascii() else domain
    except UnicodeError:
        return domain


def email_domain(address: str) -> str:
    """The normalised domain of an address, or ``""`` when there is none."""
    address = normalize_email(address)
    if address.count("@") < 1:
        return ""
    return _normalize_domain(address.rsplit("@", 1)[1])


def is_public_domain(domain: str) -> bool:
    """Whether ``domain`` (or a parent of it) is a public mail provider nobody may claim."""
    domain = _normalize_domain(domain)
    if not domain:
        return False
    labels = domain.split(".")
    return any(".".join(labels[k:]) in PUBLIC_MAIL_DOMAINS for k in range(len(labels) - 1))


def match_client(
    sender_email: str,
    contacts: Mapping[str, int],
    domains: Mapping[str, int],
) -> MatchResult:
    """Find the client of ``sender_email``.

    ``contacts`` maps case-folded addresses to client ids; ``domains`` maps claimed
    domains to client ids. An exact contact wins; then the most specific claimed domain
    (``mail.acme.com`` falls under ``acme.com``). Public mail domains never match a
    domain claim, even if one was stored by mistake.
    """
    address = normalize_email(sender_email)
    if not address or "@" not in address:
        return MatchResult(None, "none")
    client = contacts.get(address)
    if client is not None:
        return MatchResult(client, "contact", address)
    domain = email_domain(address)
    if not domain or is_public_domain(domain):
        return MatchResult(None, "none")
    normalized = {_normalize_domain(d): cid for d, cid in domains.items()}
    labels = domain.split(".")
    for k in range(len(labels) - 1):
        candidate = ".".join(labels[k:])
        if candidate in PUBLIC_MAIL_DOMAINS:
            break
        client = normalized.get(candidate)
        if client is not None:
            return MatchResult(client, "domain", candidate)
    return MatchResult(None, "none")
