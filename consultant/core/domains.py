"""E-mail addresses and mail domains: normalisation and the public-provider list.

A client may claim a whole domain (everyone at ``acme-health.org`` is Acme), but a
public mail provider can never be claimed: two clients' staff may both use Gmail.
"""

from __future__ import annotations

import re

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
