"""What may leave the machine for one outbound call, and what it looks like when it does.

Pure code, stdlib only (plus :mod:`consultant.core.redaction`).

A :class:`PrivacyContext` travels with every outbound model call: the client's
policy, the names the redactor must know, and the client's own lists of terms to
always or never mask. It is a required argument of the one outbound-call function in
``consultant.llm`` (there is no default): a call that carries no client data says so
explicitly with :meth:`PrivacyContext.no_client_data`, and such a call is refused if
any of its text is marked as client data.

**Data segments.** Prompt assembly marks every piece of untrusted text — the pasted
e-mail, earlier turns, past-context snippets, the client's profile — by enclosing it
in two private-use characters (:func:`data`). Only those segments are redacted; the
app's own instruction text never is, so a contact called "Will" or a mailbox called
"Billing" cannot change what the instructions say. :func:`prepare_outbound` is the
single implementation of "what is actually sent": the gateway calls it for every
request, and the desktop's preview shows its output before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from consultant.core.models import Client, PrivacyPolicy

if TYPE_CHECKING:  # imported on use: prompt assembly needs only the data marks
    from consultant.core.redaction import Redactor

__all__ = [
    "DATA_END",
    "DATA_START",
    "ClientDataRefused",
    "Outbound",
    "PrivacyContext",
    "data",
    "describe_counts",
    "has_data",
    "is_person_name",
    "prepare_outbound",
    "segments",
    "strip_markers",
]

#: Encloses client data inside assembled prompt text (never sent: stripped at the door).
DATA_START = "\ue030"
DATA_END = "\ue031"
_MARKERS = str.maketrans("", "", DATA_START + DATA_END)


class ClientDataRefused(ValueError):
    """Client data was given to a call declared as carrying none."""


def strip_markers(text: str) -> str:
    return text.translate(_MARKERS)


def data(text: str) -> str:
    """``text`` marked as client data (markers already inside it are removed, so data
    cannot end its own segment early)."""
    return DATA_START + strip_markers(text) + DATA_END


def has_data(text: str) -> bool:
    return DATA_START in text


def segments(text: str) -> list[tuple[bool, str]]:
    """``[(is_data, piece), …]`` in order, markers removed. An unclosed segment runs to
    the end of the text; a stray end marker is dropped."""
    out: list[tuple[bool, str]] = []
    pos = 0
    while pos < len(text):
        start = text.find(DATA_START, pos)
        if start == -1:
            out.append((False, text[pos:].replace(DATA_END, "")))
            break
        if start > pos:
            out.append((False, text[pos:start].replace(DATA_END, "")))
        end = text.find(DATA_END, start + 1)
        if end == -1:
            out.append((True, text[start + 1 :].replace(DATA_START, "")))
            break
        out.append((True, text[start + 1 : end]))
        pos = end + 1
    return [(is_data, piece) for is_data, piece in out if piece]


@dataclass(frozen=True, slots=True)
class PrivacyContext:
    """The privacy facts of one outbound call.

    ``carries_client_data=False`` (from :meth:`no_client_data`) is for calls that send
    only the app's own text: connection tests, model lists. Build a client's context
    with :meth:`for_client`.
    """

    policy: PrivacyPolicy
    client_id: int | None = None
    names: tuple[str, ...] = ()
    always_mask: tuple[str, ...] = ()
    never_mask: tuple[str, ...] = ()
    carries_client_data: bool = True

    @classmethod
    def no_client_data(cls) -> PrivacyContext:
        return cls(PrivacyPolicy.CLOUD, carries_client_data=False)

    @classmethod
    def for_client(cls, client: Client, extra_names: Iterable[str] = ()) -> PrivacyContext:
        """The client's policy, contact names (plus e.g. display names from the e-mail
        being answered) and the client's own always/never-mask lists."""
        names = [c.name for c in client.contacts if c.name.strip()]
        names += [n for n in extra_names if n and n.strip()]
        names = [n for n in names if is_person_name(n)]
        return cls(
            policy=PrivacyPolicy(client.privacy),
            client_id=client.id,
            names=tuple(dict.fromkeys(" ".join(n.split()) for n in names)),
            always_mask=_terms(client.redact_always),
            never_mask=_terms(client.redact_never),
        )

    def redactor(self) -> Redactor:
        from consultant.core.redaction import Redactor

        return Redactor(self.names, always_mask=self.always_mask, never_mask=self.never_mask)


#: Words that make a display name a shared mailbox or a department, not a person
#: ("Registry Support", "Front Desk", "Billing"): such names are not masked as people.
_ROLE_WORDS = frozenset(
    """
    accounting accounts admin administration alerts appointments billing bookings care
    clinic compliance contact coordinator customer department desk dispatch enrollment
    facilities finance front hello help helpdesk hr info inquiries intake it mailbox
    noreply no-reply notifications office operations orders payroll pharmacy portal
    records reception referrals registry reports sales scheduling security service
    services shared staff support system team webmaster
    """.split()
)


def is_person_name(name: str) -> bool:
    """False for role-named shared mailboxes ("Registry Support", "Front Desk",
    "Billing") and for names without a letter."""
    words = [w.strip(".,'\"()").casefold() for w in name.split()]
    if not any(any(ch.isalpha() for ch in w) for w in words):
        return False
    return not any(w in _ROLE_WORDS for w in words)


#: How the kinds of masked data are named to the user (singular, plural).
_KIND_NAMES: dict[str, tuple[str, str]] = {
    "PERSON": ("name", "names"), "ADDRESS": ("address", "addresses"),
    "POSTCODE": ("postal code", "postal codes"), "DATE": ("date", "dates"),
    "PHONE": ("phone number", "phone numbers"), "EMAIL": ("e-mail address", "e-mail addresses"),
    "URL": ("link", "links"), "IP": ("IP address", "IP addresses"), "SSN": ("SSN", "SSNs"),
    "NATIONAL_ID": ("national ID", "national IDs"),
    "MRN": ("medical record number", "medical record numbers"),
    "MEMBER": ("member ID", "member IDs"), "ACCOUNT": ("account number", "account numbers"),
    "LICENSE": ("licence number", "licence numbers"), "PLATE": ("plate", "plates"),
    "DEVICE": ("device serial", "device serials"), "IBAN": ("IBAN", "IBANs"),
    "CARD": ("card number", "card numbers"), "TERM": ("listed term", "listed terms"),
    "ID": ("ID number", "ID numbers"),
}  # fmt: skip


def describe_counts(counts: Mapping[str, int]) -> str:
    """"3 names, 2 phone numbers, 1 date" (most frequent first); "" for none."""
    parts = []
    for kind, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if n <= 0 or kind == "TOKEN":
            continue
        one, many = _KIND_NAMES.get(kind, (kind.lower().replace("_", " "),) * 2)
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def _terms(text: str | Sequence[str]) -> tuple[str, ...]:
    items = text.splitlines() if isinstance(text, str) else list(text)
    return tuple(dict.fromkeys(t.strip() for t in items if t.strip()))


@dataclass(slots=True)
class Outbound:
    """Chat messages as they leave the machine, and how they were masked."""

    messages: list[dict[str, str]]
    redactor: Redactor
    masked: bool
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def redactions(self) -> int:
        return self.redactor.count

    @property
    def chars(self) -> int:
        return sum(len(m["content"]) for m in self.messages)


def prepare_outbound(
    messages: Sequence[Mapping[str, str]], privacy: PrivacyContext, *, mask: bool
) -> Outbound:
    """The messages as sent: data segments redacted when ``mask`` (the ``redact``
    policy toward a model that does not run on this machine), markers removed.

    Raises :class:`ClientDataRefused` when ``privacy`` carries no client data but a
    message holds a data segment.
    """
    redactor = privacy.redactor()
    split = [(dict(m), segments(m.get("content", ""))) for m in messages]
    if not privacy.carries_client_data and any(
        is_data for _, parts in split for is_data, _piece in parts
    ):
        raise ClientDataRefused(
            "This call is declared as carrying no client data, but its text holds some."
        )
    if mask:
        pieces = [piece for _, parts in split for is_data, piece in parts if is_data]
        masked = iter(redactor.redact_all(pieces))
    out: list[dict[str, str]] = []
    for message, parts in split:
        if mask:
            message["content"] = "".join(
                next(masked) if is_data else piece for is_data, piece in parts
            )
        else:
            message["content"] = "".join(piece for _, piece in parts)
        out.append(message)
    counts = dict(getattr(redactor, "counts", {}) or {})
    return Outbound(out, redactor, mask, counts)
