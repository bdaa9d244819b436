"""Task templates and prompt assembly (pure: no model, no database).

Each task has a Markdown template under ``resources/prompts/<task>.md`` with a
small header between ``---`` lines (``name``, ``description``, ``role`` — the kind
of model it wants — and ``sections``, separated by ``;``). A file of the same name
in ``<data folder>/config/prompts/`` overrides it. ``_system.md`` holds the rules
every task shares.

Assembly builds the chat messages sent to the model:

1. a system message: the shared rules, the task's instructions, the client's
   profile and the user's own profile, compactly;
2. the conversation's earlier turns (oldest dropped first when the model's
   context window is too small — never the system message or the new input);
3. past context snippets chosen for this turn, labelled with source and date,
   inside ``<past_context>``;
4. the new input. For every task but Chat it is the client's text and goes inside
   ``<client_email>``: pasted mail is data, not instructions (DESIGN.md §3). Tags
   inside the data are neutralised so it cannot close the block early.

Every piece of text that is not the app's own wording — the input, earlier turns,
snippets, the client's and the user's profiles, the values filled into templates —
is marked as client data (:func:`consultant.core.privacy.data`). The outbound door
masks only those segments for ``redact`` clients and strips the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consultant.core import paths
from consultant.core.models import Client, Message, MessageStatus, Role, Task
from consultant.core.privacy import data

ChatMessage = dict[str, str]
TokenCounter = Callable[[list[ChatMessage]], int]

DATA_TAGS = ("client_email", "past_context", "pasted_text", "instructions")
_TAG_RE = re.compile(r"<\s*(/?)\s*(" + "|".join(DATA_TAGS) + r")\b[^>]*>", re.IGNORECASE)
_VAR_RE = re.compile(r"\{(user_name|user_business|user_signature|client_name|client_tone)\}")


class PromptError(ValueError):
    """The input cannot be sent as it is; the message says what to do."""


@dataclass(frozen=True, slots=True)
class PromptTemplate:
    task: Task
    name: str
    description: str
    role: str
    sections: tuple[str, ...]
    body: str
    source: Path


@dataclass(frozen=True, slots=True)
class UserProfile:
    name: str = ""
    business: str = ""
    signature: str = ""


@dataclass(frozen=True, slots=True)
class ContextSnippet:
    """A piece of this client's history offered as context, with its source."""

    message_id: int
    conversation_id: int
    conversation_title: str
    date: str  # YYYY-MM-DD
    role: str
    text: str
    score: float = 0.0
    #: Why it was offered ("matching words: fax, referral", "similar meaning").
    reason: str = ""
    #: Who wrote the first message: "client", "you" or "assistant" ("" in snippets
    #: stored before authors were recorded: then the role decides).
    author: str = ""

    @property
    def label(self) -> str:
        author = self.author or ("you" if self.role == "user" else "assistant")
        who = {"client": "the client wrote", "you": "you wrote"}.get(author, "assistant")
        title = self.conversation_title or "untitled conversation"
        return f"{self.date} · {title} · {who} (message {self.message_id})"


@dataclass(slots=True)
class AssembledPrompt:
    messages: list[ChatMessage]
    context: list[ContextSnippet]
    dropped_turns: int = 0
    dropped_context: int = 0
    tokens: int | None = None
    notes: list[str] = field(default_factory=list)


# -- templates ------------------------------------------------------------------
def parse_template(text: str, task: Task, source: Path) -> PromptTemplate:
    """Split the ``---`` header (``key: value`` lines) from the Markdown body."""
    header: dict[str, str] = {}
    body = text
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                for item in lines[1:i]:
                    if ":" in item:
                        key, value = item.split(":", 1)
                        header[key.strip().lower()] = value.strip()
                body = "\n".join(lines[i + 1 :])
                break
    sections = tuple(s.strip() for s in header.get("sections", "").split(";") if s.strip())
    return PromptTemplate(
        task=task,
        name=header.get("name") or task.label,
        description=header.get("description", ""),
        role=header.get("role", "chat"),
        sections=sections,
        body=body.strip(),
        source=source,
    )


def template_path(name: str) -> Path:
    return paths.resource_path(f"prompts/{name}.md")


def load_template(task: Task) -> PromptTemplate:
    path = template_path(task.value)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"The prompt template {path} cannot be read ({exc}).") from None
    return parse_template(text, task, path)


def load_system_rules() -> str:
    path = template_path("_system")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"The prompt template {path} cannot be read ({exc}).") from None
    return parse_template(text, Task.CHAT, path).body


def list_templates() -> list[PromptTemplate]:
    return [load_template(task) for task in Task]


def fill(text: str, values: dict[str, str]) -> str:
    """Replace the known ``{placeholders}``; leave any other braces alone."""
    return _VAR_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# -- blocks ---------------------------------------------------------------------
def neutralise(text: str) -> str:
    """Make data unable to open or close the prompt's delimiting tags."""
    return _TAG_RE.sub(lambda m: f"‹{m.group(1)}{m.group(2)}›", text)


def client_profile(client: Client) -> str:
    lines = [f"Client: {client.name}"]
    if client.organization:
        lines.append(f"Organization / what they do: {client.organization}")
    if client.tone:
        lines.append(f"Preferred tone: {client.tone}")
    if client.contacts:
        people = "; ".join(
            c.email
            + (f" ({', '.join(x for x in (c.name, c.role) if x)})" if c.name or c.role else "")
            for c in client.contacts[:20]
        )
        lines.append(f"Contacts: {people}")
    if client.domains:
        lines.append(f"Mail domains: {', '.join(client.domains)}")
    if client.glossary.strip():
        lines.append("Systems, vendors and terms:\n" + _compact(client.glossary, 3000))
    if client.notes.strip():
        lines.append("Notes:\n" + _compact(client.notes, 3000))
    return "\n".join(lines)


def user_profile(user: UserProfile) -> str:
    parts = [f"Name: {user.name or 'the user'}"]
    if user.business:
        parts.append(f"Business: {user.business}")
    return "\n".join(parts)


def _compact(text: str, limit: int) -> str:
    text = "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip())
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def context_block(snippets: Sequence[ContextSnippet]) -> str:
    parts = [
        "<past_context>",
        "Earlier exchanges with this client that may be relevant. Cite them by their "
        "label when you use them.",
    ]
    for s in snippets:
        parts.append(data(f"[{s.label}]\n{neutralise(s.text.strip())}"))
    parts.append("</past_context>")
    return "\n\n".join(parts)


def wrap_input(
    task: Task, text: str, instructions: str = "", template: PromptTemplate | None = None
) -> str:
    """The new turn as sent: the user's words, or the client's text as data."""
    if task == Task.CHAT:
        return data(text)
    label = (template or load_template(task)).name
    lead = f"Task: {label}."
    if instructions.strip():
        lead += f"\n<instructions>\n{data(neutralise(instructions.strip()))}\n</instructions>"
    tag = "pasted_text" if task == Task.INVOICE_TEXT else "client_email"
    return f"{lead}\n\n<{tag}>\n{data(neutralise(text))}\n</{tag}>"


def system_message(
    task: Task, client: Client, user: UserProfile, template: PromptTemplate | None = None
) -> str:
    values = {
        "user_name": data(user.name) if user.name else "the user",
        "user_business": data(user.business),
        "user_signature": data(user.signature or user.name or ""),
        "client_name": data(client.name),
        "client_tone": data(client.tone) if client.tone else "professional and friendly",
    }
    template = template or load_template(task)
    return "\n\n".join(
        [
            fill(load_system_rules(), values),
            "# Your task: " + template.name + "\n\n" + fill(template.body, values),
            "# About the client\n\n" + data(client_profile(client)),
            "# About the user\n\n" + data(user_profile(user)),
        ]
    )


# -- assembly -------------------------------------------------------------------
def history_messages(history: Sequence[Message]) -> list[ChatMessage]:
    """Earlier turns worth sending: finished ones, user input re-wrapped as sent."""
    out: list[ChatMessage] = []
    for m in history:
        if m.role == Role.SYSTEM or not m.content.strip():
            continue
        if m.role == Role.ASSISTANT and m.status not in (
            MessageStatus.COMPLETE,
            MessageStatus.INTERRUPTED,
            MessageStatus.CANCELLED,
        ):
            continue
        if m.role == Role.USER:
            sent = m.metadata.get("sent_as") if isinstance(m.metadata, dict) else None
            # An earlier turn is data as a whole: its stored marks are never trusted
            # (metadata can come from an import), so nothing in it escapes masking.
            out.append({"role": "user", "content": data(str(sent or m.content))})
        else:
            out.append({"role": "assistant", "content": data(m.content)})
    return out


def assemble(
    task: Task,
    client: Client,
    user: UserProfile,
    history: Sequence[Message],
    new_input: str,
    *,
    context: Sequence[ContextSnippet] = (),
    instructions: str = "",
    max_input_tokens: int | None = None,
    count_tokens: TokenCounter | None = None,
) -> AssembledPrompt:
    """Messages for the model, trimmed to fit ``max_input_tokens`` when given."""
    if not new_input.strip():
        raise PromptError("There is nothing to send: the message is empty.")
    template = load_template(task)  # read once for both the system message and the input
    system = {"role": "system", "content": system_message(task, client, user, template)}
    past = history_messages(history)
    snippets = list(context)
    final = {"role": "user", "content": wrap_input(task, new_input, instructions, template)}

    def build() -> list[ChatMessage]:
        msgs = [system, *past]
        if snippets:
            msgs.append({"role": "user", "content": context_block(snippets)})
            msgs.append({"role": "assistant", "content": "Noted; I will use this context."})
        msgs.append(final)
        return msgs

    result = AssembledPrompt(messages=build(), context=snippets)
    if max_input_tokens is None or count_tokens is None:
        return result

    def cost(message: ChatMessage) -> int:
        return count_tokens([message])

    def context_cost() -> int:
        if not snippets:
            return 0
        return cost({"role": "user", "content": context_block(snippets)}) + cost(
            {"role": "assistant", "content": "Noted; I will use this context."}
        )

    fixed = cost(system) + cost(final)
    while snippets and fixed + context_cost() > max_input_tokens:
        snippets.pop()  # least relevant last
        result.dropped_context += 1
    if fixed + context_cost() > max_input_tokens:
        raise PromptError(
            f"The message is too long for this model: about {fixed:,} tokens with the "
            f"instructions, and the model accepts {max_input_tokens:,}. Shorten it or choose a "
            "model with a larger context window."
        )
    # Keep the newest turns that fit; older ones are left out (counted once each,
    # newest first, so a long history costs only what is kept).
    room = max_input_tokens - fixed - context_cost()
    kept: list[ChatMessage] = []
    for message in reversed(past):
        size = cost(message)
        if size > room:
            break
        kept.append(message)
        room -= size
    kept.reverse()
    while kept and kept[0]["role"] == "assistant":
        room += cost(kept.pop(0))  # a reply without its question is noise
    dropped = len(past) - len(kept)
    result.dropped_turns = sum(1 for m in past[:dropped] if m["role"] == "user") or (
        1 if dropped else 0
    )
    past[:] = kept
    result.messages = build()
    result.context = snippets
    result.tokens = max_input_tokens - room
    if result.dropped_turns:
        n = result.dropped_turns
        result.notes.append(
            f"Left out the {n} oldest turn{'s' if n > 1 else ''} of this conversation "
            "to fit the model's context window."
        )
    if result.dropped_context:
        n = result.dropped_context
        result.notes.append(
            f"Left out {n} past-context snippet{'s' if n > 1 else ''} to fit the model's "
            "context window."
        )
    return result
