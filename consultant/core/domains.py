"""E-mail addresses and mail domains: normalisation and what may not be claimed.

A client may claim a whole domain (everyone at ``acme-health.org`` is Acme), but
:func:`claim_refusal` (which every way of claiming goes through) refuses

- a public mail provider (:data:`PUBLIC_MAIL_DOMAINS`): two clients' staff may both
  use Gmail;
- a public suffix (``co.uk``, ``com.au``, ``uk``, ``рф``, and shared hosting
  suffixes such as ``github.io``): claiming one would file every organisation
  under it as this client. The suffixes come from the Public Suffix List, both
  its ICANN and its private section, as shipped offline inside the
  ``publicsuffixlist`` package; it is read from disk once, on first use.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

PUBLIC_MAIL_DOMAINS: frozenset[str] = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.de",
        "outlook.fr",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.de",
        "hotmail.fr",
        "hotmail.it",
        "hotmail.es",
        "live.com",
        "live.de",
        "live.fr",
        "live.co.uk",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.de",
        "yahoo.fr",
        "yahoo.it",
        "yahoo.es",
        "yahoo.co.jp",
        "yahoo.com.br",
        "yahoo.ca",
        "yahoo.in",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "aim.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "gmx.at",
        "gmx.ch",
        "web.de",
        "freenet.de",
        "t-online.de",
        "posteo.de",
        "mailbox.org",
        "proton.me",
        "protonmail.com",
        "protonmail.ch",
        "pm.me",
        "mail.com",
        "email.com",
        "yandex.ru",
        "yandex.com",
        "ya.ru",
        "mail.ru",
        "inbox.ru",
        "list.ru",
        "bk.ru",
        "rambler.ru",
        "zoho.com",
        "zohomail.com",
        "fastmail.com",
        "fastmail.fm",
        "hey.com",
        "tutanota.com",
        "tutanota.de",
        "tuta.io",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "libero.it",
        "virgilio.it",
        "alice.it",
        "tiscali.it",
        "seznam.cz",
        "wp.pl",
        "o2.pl",
        "onet.pl",
        "interia.pl",
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "rediffmail.com",
        "bol.com.br",
        "uol.com.br",
        "terra.com.br",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "bellsouth.net",
        "charter.net",
        "cox.net",
        "btinternet.com",
        "sky.com",
        "virginmedia.com",
        "bluewin.ch",
        "shaw.ca",
        "rogers.com",
        "telus.net",
        "bigpond.com",
        "optusnet.com.au",
        "xtra.co.nz",
    ]
) | frozenset(
    [
        "aliyun.com",
        "aol.de",
        "arcor.de",
        "bredband.net",
        "disroot.org",
        "earthlink.net",
        "gmx.fr",
        "hetnet.nl",
        "home.nl",
        "hushmail.com",
        "ig.com.br",
        "kpnmail.nl",
        "live.nl",
        "ntlworld.com",
        "online.no",
        "optonline.net",
        "passport.com",
        "planet.nl",
        "posteo.net",
        "riseup.net",
        "runbox.com",
        "skynet.be",
        "sohu.com",
        "sympatico.ca",
        "telenet.be",
        "telia.com",
        "tin.it",
        "tuta.com",
        "ukr.net",
        "usa.com",
        "windowslive.com",
        "xs4all.nl",
        "yahoo.co.in",
        "yahoo.com.ar",
        "yahoo.com.au",
        "yahoo.com.mx",
        "yahoo.dk",
        "yahoo.gr",
        "yahoo.ie",
        "yahoo.nl",
        "yahoo.no",
        "yahoo.se",
        "yeah.net",
        "ziggo.nl",
    ]
)

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@([a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63})$")
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def normalize_email(text: str) -> str | None:
    """``" Jane.Doe@Example.ORG "`` → ``"jane.doe@example.org"``; None if not an address."""
    cleaned = (text or "").strip().strip("<>").strip().lower()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        return None
    return cleaned


def normalize_domain(text: str) -> str | None:
    """``"@Example.org."`` → ``"example.org"``; None if not a domain name."""
    cleaned = (text or "").strip().lower().lstrip("@").rstrip(".")
    if len(cleaned) > 253 or not _DOMAIN.match(cleaned):
        return None
    return cleaned


def domain_of(email: str) -> str | None:
    address = normalize_email(email)
    return address.rsplit("@", 1)[1] if address else None


def is_public_domain(domain: str) -> bool:
    """True for public providers (gmail.com, …) and their subdomains."""
    cleaned = (domain or "").strip().lower().rstrip(".")
    parts = cleaned.split(".")
    return any(".".join(parts[i:]) in PUBLIC_MAIL_DOMAINS for i in range(len(parts) - 1))


@functools.cache
def _suffix_list() -> PublicSuffixList:
    """The Public Suffix List bundled with ``publicsuffixlist`` (read from disk, no
    network), parsed once on first use (about 50 ms)."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def _claim_text(text: str) -> str:
    """``" @CO.UK. "`` → ``"co.uk"``: the form a refusal quotes."""
    return (text or "").strip().lower().lstrip("@").rstrip(".").strip()


def is_public_suffix(domain: str) -> bool:
    """True if ``domain`` itself is a public suffix: ``co.uk``, ``com.au``, ``uk``,
    ``github.io``, ``рф`` (also as ``xn--p1ai``). ``acme.co.uk`` is not.

    Raises ``OSError`` if the bundled list cannot be read (a broken install).
    """
    cleaned = _claim_text(domain)
    if not cleaned or ".." in cleaned:
        return False
    if not cleaned.isascii():
        try:
            cleaned = cleaned.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    # accept_unknown=False: a made-up top-level name is "not a domain", not a suffix.
    return bool(_suffix_list().is_public(cleaned, accept_unknown=False))


def claim_refusal(domain: str) -> str | None:
    """Why ``domain`` cannot be claimed by a client, as a sentence; None if it may be.

    Every claim (``consultant domain add``, the client dialog, import) goes through
    ``ClientRepo.add_domain``, which calls this. Only suffixes and public providers
    are judged here; whether the text is a domain at all is ``normalize_domain``'s.
    """
    cleaned = _claim_text(domain)
    try:
        suffix = is_public_suffix(cleaned)
    except OSError as exc:  # refuse rather than let a whole registry be claimed
        return (
            f"The list of public suffixes could not be read ({exc.strerror or exc}), "
            "so no domain can be claimed; reinstall Consultant."
        )
    if suffix:
        return (
            f"{cleaned} is a public suffix shared by many organisations; "
            f"claim the organisation's own domain, e.g. example.{cleaned}."
        )
    if is_public_domain(cleaned):
        return (
            f"{cleaned} is a public mail provider; it cannot belong to one client. "
            "Add the person as a contact instead."
        )
    return None
