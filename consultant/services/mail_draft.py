"""A conversation's drafted reply as an e-mail in the account's Drafts folder.

:func:`draft_for_conversation` builds the MIME message (``core.mail_draft``) from the
conversation's **last chosen assistant reply** (the shown version of each turn,
migration 0008) and the e-mail that reply answers — the newest e-mail before it in
the shown path that was not the user's own:

- a conversation started from an opened e-mail: the user message whose metadata holds
  ``"email"`` (``ParsedEmail.to_metadata()``, written by the desktop): To = its
  ``Reply-To`` or sender, ``Subject: Re: …``, ``In-Reply-To`` = its Message-ID,
  ``References`` = its references plus that ID;
- a mail thread (``kind='mail'``) or a conversation started from one: the newest
  message whose metadata has a ``"mail_id"`` with ``"author": "client"``, read back
  with ``services.mail_store.mail_for_message``.

When the reply answers no e-mail, the draft is still written — with no recipient,
the conversation's title as subject and no threading headers — and the sentence
says so: the user may well want to send the text to someone, and their mail client
asks for a recipient before sending anyway.

:func:`append_to_drafts` appends the message to the account's Drafts folder
(``consultant.mail.imap.append_draft``) and returns a sentence for the user.
Consultant never sends mail itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from consultant.core.errors import ServiceError
from consultant.core.mail_draft import build_draft, clean_message_ids, reply_subject
from consultant.core.models import Conversation, Message, MessageStatus, Role
from consultant.core.settings import load_settings
from consultant.mail.accounts import MailAccount, MailError
from consultant.services import mail_accounts, mail_store
from consultant.services.mail_store import MailInfo
from consultant.services.workspace import Workspace

__all__ = [
    "Answered",
    "ConversationRow",
    "Draft",
    "append_to_drafts",
    "build_conversation_draft",
    "draft_for_conversation",
    "list_conversations",
]


@dataclass(frozen=True, slots=True)
class Answered:
    """The e-mail a reply answers, as far as a draft needs it."""

    to: list[str]
    subject: str
    message_id: str
    references: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Draft:
    """A built draft: the bytes and what the user is told about it."""

    raw: bytes
    account: MailAccount | None  # None: written to a file with no account set up
    to: list[str]
    subject: str
    answered: bool
    reply_id: int


def _mailbox(name: str, addr: str) -> str:
    """``"Name" <addr>`` with the name quoted safely (or the bare address)."""
    name = " ".join(name.split())
    if not name:
        return addr
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{addr}>'


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _header(headers: Any, name: str) -> str:
    if not isinstance(headers, Mapping):
        return ""
    for key, value in headers.items():
        if str(key).lower() == name:
            return str(value)
    return ""


def _from_opened_email(data: Mapping[str, Any]) -> Answered:
    headers = data.get("headers")
    to: list[str] = []
    reply_to = _header(headers, "reply-to").strip()
    if reply_to:
        to = [reply_to]
    else:
        sender = data.get("sender")
        if isinstance(sender, Mapping) and _text(sender.get("email")):
            name = _text(sender.get("name"))
            addr = _text(sender.get("email"))
            to = [_mailbox(name, addr)]
    references = clean_message_ids(_header(headers, "references"))
    if not references:
        references = clean_message_ids(_text(data.get("in_reply_to")))
    return Answered(
        to=to,
        subject=_text(data.get("subject")),
        message_id=_text(data.get("message_id")),
        references=references,
    )


def _from_stored_mail(info: MailInfo) -> Answered:
    addr, name = info.from_addr.strip(), " ".join(info.from_name.split())
    message_id = info.message_id.strip()
    if message_id and not message_id.startswith("<"):
        message_id = f"<{message_id}>"
    references = clean_message_ids(list(info.references))
    if not references and info.in_reply_to:
        references = clean_message_ids(info.in_reply_to)
    return Answered(
        to=[_mailbox(name, addr)] if addr else [],
        subject=info.subject.strip(),
        message_id=message_id,
        references=references,
    )


def _answered(ws: Workspace, earlier: Sequence[Message]) -> Answered | None:
    """The newest e-mail (not the user's own) among ``earlier``."""
    for message in reversed(earlier):
        if message.role != Role.USER or not isinstance(message.metadata, dict):
            continue
        email = message.metadata.get("email")
        if isinstance(email, Mapping):
            opened = _from_opened_email(email)
            if opened.to or opened.message_id:
                return opened
            continue  # typed or pasted text without mail headers: not an e-mail
        if message.metadata.get("mail_id") is not None and message.id is not None:
            if message.metadata.get("author") == "you":
                continue
            info = mail_store.mail_for_message(ws, message.id)
            if info is not None and info.direction != "out":
                return _from_stored_mail(info)
    return None


def _last_reply(ws: Workspace, conversation: Conversation) -> tuple[Message, list[Message]]:
    assert conversation.id is not None
    shown = ws.store.conversations.messages(conversation.id)
    for at in range(len(shown) - 1, -1, -1):
        message = shown[at]
        if message.role != Role.ASSISTANT:
            continue
        if message.status != MessageStatus.COMPLETE:
            raise ServiceError(
                f"The last reply in conversation {conversation.id} is not finished "
                f"({message.status.value}); write it again or choose another version first."
            )
        if not message.content.strip():
            raise ServiceError(f"The last reply in conversation {conversation.id} is empty.")
        return message, shown[:at]
    raise ServiceError(
        f"Conversation {conversation.id} has no reply yet; ask for one before making a draft."
    )


def _from_address(account: MailAccount | None) -> str:
    profile = load_settings().settings.profile
    if account is None:
        if not profile.email.strip():
            raise ServiceError(
                "No mail account is set up and no business e-mail is set, so the draft has "
                "no sender; set one with `consultant business edit --email`."
            )
        return _mailbox(profile.name, profile.email.strip())
    addr = account.user if "@" in account.user else profile.email.strip()
    if not addr:
        raise ServiceError(
            f"The user name of mail account {account.name!r} is not an e-mail address and "
            f"no business e-mail is set; set it with `consultant business edit --email`."
        )
    return _mailbox(profile.name, addr)


def _conversation(ws: Workspace, conversation_id: int) -> Conversation:
    try:
        return ws.conversation(conversation_id)
    except ServiceError:
        raise ServiceError(f"There is no conversation {conversation_id}.") from None


def build_conversation_draft(
    ws: Workspace,
    conversation_id: int,
    account_name: str | None = None,
    *,
    now: datetime | None = None,
    need_account: bool = True,
) -> Draft:
    """The draft of ``conversation_id`` with what the sentences need (see module).
    ``need_account=False`` (a draft written to a file): with no account set up and none
    named, the sender is the business e-mail."""
    conversation = _conversation(ws, conversation_id)
    reply, earlier = _last_reply(ws, conversation)
    account: MailAccount | None = None
    if need_account or account_name or mail_accounts.list_accounts():
        account = mail_accounts.get_account(account_name)
    from_addr = _from_address(account)
    answered = _answered(ws, earlier)
    if answered is not None and answered.message_id:
        subject, to = answered.subject or conversation.title, answered.to
        in_reply_to: str | None = answered.message_id
        references = answered.references
    else:
        subject = answered.subject if answered and answered.subject else conversation.title
        to = answered.to if answered else []
        in_reply_to, references = None, []
        if answered is not None:
            subject = reply_subject(subject)
    domain = from_addr.rpartition("@")[2].strip(">").strip()
    raw = build_draft(
        from_addr=from_addr,
        to_addrs=to,
        subject=subject,
        markdown=reply.content,
        in_reply_to=in_reply_to,
        references=references,
        date=(now or datetime.now(UTC)).astimezone(),
        message_id_domain=domain,
    )
    assert reply.id is not None
    return Draft(raw, account, to, subject, answered is not None, reply.id)


def draft_for_conversation(
    ws: Workspace,
    conversation_id: int,
    account_name: str | None = None,
    *,
    need_account: bool = True,
) -> bytes:
    """The MIME bytes of the conversation's draft (``ServiceError`` with a sentence
    when there is no reply yet, no mail account (unless ``need_account`` is false), or
    several and none named)."""
    return build_conversation_draft(
        ws, conversation_id, account_name, need_account=need_account
    ).raw


def _recipients(to: Sequence[str]) -> str:
    from email.utils import getaddresses

    return ", ".join(addr for _name, addr in getaddresses(list(to)) if addr) or ""


def append_to_drafts(
    ws: Workspace,
    conversation_id: int,
    account_name: str | None = None,
    *,
    appender: Callable[[MailAccount, str, bytes], None] | None = None,
) -> str:
    """Append the draft to the account's Drafts folder; a sentence for the user."""
    draft = build_conversation_draft(ws, conversation_id, account_name)
    assert draft.account is not None  # need_account
    secret = mail_accounts.account_secret(draft.account)
    if appender is None:
        from consultant.mail.imap import append_draft

        appender = append_draft
    try:
        appender(draft.account, secret, draft.raw)
    except MailError as exc:
        raise ServiceError(str(exc)) from None
    where = f"the {draft.account.drafts} folder of mail account {draft.account.name!r}"
    to = _recipients(draft.to)
    if to:
        return (
            f"Saved the reply to {to} as a draft in {where}; open it in your mail client "
            f"to send it."
        )
    why = (
        "the e-mail it answers has no address to reply to"
        if draft.answered
        else "this conversation does not answer an e-mail"
    )
    return (
        f"Saved the reply as a draft in {where}, without a recipient ({why}); add one in "
        f"your mail client before sending."
    )


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """One line of ``consultant conversation list``."""

    id: int
    client: str
    title: str
    kind: str
    task: str
    updated_at: str
    messages: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "client": self.client, "title": self.title, "kind": self.kind,
            "task": self.task, "updated_at": self.updated_at, "messages": self.messages,
        }  # fmt: skip


def _kind(ws: Workspace, conversation: Conversation) -> str:
    """``"mail"`` for a mail thread: the ``kind`` column when the model carries it,
    else a thread is recognised by its first message being a stored e-mail."""
    kind = getattr(conversation, "kind", None)
    if isinstance(kind, str) and kind:
        return kind
    assert conversation.id is not None
    shown = ws.store.conversations.messages(conversation.id)
    first = shown[0] if shown else None
    if first is not None and isinstance(first.metadata, dict):
        return "mail" if first.metadata.get("mail_id") is not None else "chat"
    return "chat"


def list_conversations(
    ws: Workspace, *, client: str | None = None, kind: str | None = None
) -> list[ConversationRow]:
    """Conversations (mail threads included), newest activity first."""
    if kind not in {None, "chat", "mail"}:
        raise ServiceError(f"Unknown conversation kind {kind!r}: use chat or mail.")
    clients = [ws.client(client)] if client else ws.clients(include_archived=True)
    rows: list[ConversationRow] = []
    for c in clients:
        assert c.id is not None
        for conversation in ws.conversations(c.id, include_archived=True):
            assert conversation.id is not None
            this_kind = _kind(ws, conversation)
            if kind is not None and this_kind != kind:
                continue
            updated = conversation.updated_at or conversation.created_at
            rows.append(ConversationRow(
                id=conversation.id, client=c.name, title=conversation.title, kind=this_kind,
                task=conversation.task.value if conversation.task else "",
                updated_at=updated.isoformat() if updated else "",
                messages=ws.store.conversations.message_count(conversation.id),
            ))  # fmt: skip
    rows.sort(key=lambda r: (r.updated_at, r.id), reverse=True)
    return rows
