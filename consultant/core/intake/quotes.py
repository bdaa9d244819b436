"""Split a plain-text email body into new text, signature and quoted history.

Line-oriented and bounded: only the first :data:`MAX_ANALYSED_LINES` lines are examined,
every regular expression runs on one line (or at most three joined lines) cut to
:data:`MAX_LINE_CHARS` characters, and no expression has nested quantifiers, so the cost is
linear in the input whatever it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .addresses import parse_address_list
from .model import Address, ForwardedEmail, ReplyParts

__all__ = ["MAX_ANALYSED_LINES", "is_forward_subject", "split_reply"]

MAX_ANALYSED_LINES = 5000
MAX_LINE_CHARS = 1000
_MAX_SIGNATURE_LINES = 12
_MAX_HEADER_BLOCK_LINES = 12

# -- vocabularies --------------------------------------------------------------------------

_FWD_PHRASES = (
    "forwarded message", "forwarded e-mail", "forwarded email", "weitergeleitete nachricht",
    "message transféré", "message transfere", "mensaje reenviado", "messaggio inoltrato",
    "doorgestuurd bericht", "videresendt meddelelse", "videresendt melding",
    "vidarebefordrat meddelande", "wiadomość przekazana", "przekazana wiadomość",
    "пересылаемое сообщение", "переслано сообщение", "mensagem encaminhada",
    "välitetty viesti", "przekazanej wiadomości", "treść przekazanej",
    "メッセージを転送", "転送されたメッセージ", "转发的邮件", "轉寄的郵件",
    "forwarded", "message réexpédié", "mensaje original reenviado",
)
_ORIGINAL_PHRASES = (
    "original message", "ursprüngliche nachricht", "ursprungliche nachricht",
    "message d'origine", "message d’origine", "message original", "mensaje original",
    "messaggio originale", "oorspronkelijk bericht", "oprindelig besked",
    "oprindelig meddelelse", "opprinnelig melding", "ursprungligt meddelande",
    "wiadomość oryginalna", "oryginalna wiadomość", "исходное сообщение",
    "alkuperäinen viesti", "mensagem original", "původní zpráva", "eredeti üzenet",
    "orijinal mesaj", "元のメッセージ", "原始邮件", "reply message",
)
_BEGIN_FWD_RE = re.compile(
    r"^\s*(?:begin forwarded message|début du message réexpédié|debut du message reexpedie"
    r"|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado"
    r"|inizio messaggio inoltrato|início da mensagem reencaminhada"
    r"|início da mensagem encaminhada|begin doorgestuurd bericht"
    r"|начало переадресованного сообщения|vidarebefordrat brev|videresendt brev)"
    r"\s*[:：]\s*$",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"^\s*[-_=*]{2,}\s*([^-_=*]{3,60}?)\s*[-_=*]{2,}\s*(.*)$")
_SEPARATOR_NO_TRAIL_RE = re.compile(r"^\s*[-_=*]{2,}\s*([^-_=*]{3,60}?)\s*[:：]?\s*$")
_RULE_RE = re.compile(r"^\s*[-_=*~]{3,}\s*$")

_LABELS: dict[str, tuple[str, ...]] = {
    "from": (
        "From", "Von", "De", "Da", "Van", "Fra", "Från", "Od", "От", "Mittente", "Lähettäjä",
        "Feladó", "Kimden", "Remitente", "Afzender", "Expéditeur", "Expediteur", "Nadawca",
        "送信元", "差出人", "送信者", "发件人", "寄件者", "Lähettäjä", "Od koga",
    ),
    "date": (
        "Date", "Sent", "Datum", "Gesendet", "Envoyé", "Envoyé le", "Envoye", "Data",
        "Inviato", "Enviado", "Enviada", "Fecha", "Verzonden", "Sendt", "Skickat",
        "Wysłano", "Wysłane", "Отправлено", "Дата", "Lähetetty", "Päivämäärä", "日付",
        "送信日時", "日期", "发送时间", "發送時間", "Message du", "Dato", "Sent at", "Gönderildi",
        "Tarih", "Odesláno", "Elküldve", "Dátum",
    ),
    "to": (
        "To", "An", "À", "A", "Aan", "Para", "Til", "Till", "Do", "Кому", "Vastaanottaja",
        "送信先", "宛先", "Adresat", "Adresaci",
        "收件人", "收件者", "Destinataire", "Per", "Címzett", "Kime", "Komu",
    ),
    "cc": (
        "Cc", "CC", "Kopie", "Copie", "Copie à", "Kopia", "Kopio", "Копия", "Dw", "DW", "Kopia do",
        "Cópia", "Copia", "抄送", "副本", "Másolat", "Bilgi",
    ),
    "subject": (
        "Subject", "Betreff", "Objet", "Oggetto", "Asunto", "Onderwerp", "Emne", "Ämne",
        "Temat", "Тема", "Aihe", "Assunto", "件名", "主题", "主旨", "Sujet", "Tárgy", "Konu",
        "Předmět", "Predmet",
    ),
}
_LABEL_KIND: dict[str, str] = {}
for _kind, _names in _LABELS.items():
    for _name in _names:
        _LABEL_KIND[_name.casefold()] = _kind
_ALL_LABELS = sorted(_LABEL_KIND, key=len, reverse=True)
_LABEL_ALT = "|".join(re.escape(label) for label in _ALL_LABELS)
_LABEL_LINE_RE = re.compile(
    rf"^\s*\*?\s?({_LABEL_ALT})\s?\*?\s?[:：]\s?\*?\s*(.*)$", re.IGNORECASE
)
_LONG_LABEL_ALT = "|".join(
    re.escape(name) for names in _LABELS.values() for name in names if len(name) >= 4
)
_SHORT_LABEL_ALT = "|".join(
    re.escape(name) for names in _LABELS.values() for name in names if len(name) < 4
)
# Labels run together on one line (Yahoo): long labels anywhere, short ones after a boundary.
_INLINE_LABEL_RE = re.compile(
    rf"(?:({_LONG_LABEL_ALT})|(?:(?<=^)|(?<=[\s>\"]))({_SHORT_LABEL_ALT}))\s?[:：]\s?"
)

_WROTE_RE = re.compile(
    r"(?:wrote|writes|schrieb|schreef|a\s+écrit|a\s+ecrit|escribió|escribio|ha\s+scritto"
    r"|scrisse|escreveu|skrev(?:\s+følgende)?|napisał(?:a)?|napisal(?:a)?|pisze|kirjoitti"
    r"|írta|пишет|написал(?:а)?|napsal(?:a)?|napísal(?:a)?|yazdı|a\s+scris|έγραψε|kirjutas"
    r"|rašė|rakstīja|書きました|のメッセージ|写道|寫道|кирјоитти)"
    r"\s*[:：]\s*-*\s*$|(?:wrote|schrieb|skrev)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_ADDRESS_COLON_RE = re.compile(r"@[^\s<>@]{1,255}\s?>?\)?\s*[:：]\s*$")
_WROTE_PREFIX_RE = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:on|am|le|el|il|in\s+data|op|em|den|d\.|w\s+dniu|dne|дата|\d"
    r"|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so"
    r"|lø|sø|ke|pe|la|su|пн|вт|ср|чт|пт|сб|вс|\S+@)",
    re.IGNORECASE,
)
_DIGIT_OR_AT_RE = re.compile(r"[\d@]")

_FORWARD_SUBJECT_RE = re.compile(
    r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:(?:re|aw|sv|vs|antw|r|ref|rif|odp)\s*[:：]\s*)*"
    r"(?:fwd?|fw|wg|tr|rv|enc|doorst|vb|vs|pd|i|inoltro|trs|преслано|пересл|転送|转发|zw)"
    r"\s*[:：]",
    re.IGNORECASE,
)

_MOBILE_RE = re.compile(
    r"^\s*(?:sent from my\b|sent from\b|sent with\b|sent via\b|get outlook for\b"
    r"|envoyé de mon\b|envoyé depuis\b|gesendet von\b|von meinem\b|enviado desde mi\b"
    r"|enviado do meu\b|enviado de meu\b|inviato da\b|verzonden vanaf\b|verstuurd vanaf\b"
    r"|skickat från\b|sendt fra\b|lähetetty\b|wysłane z\b|отправлено с\b|iphoneから送信"
    r"|sent from outlook\b)",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(
    r"^\s*(?:best(?:\s+regards|\s+wishes)?|kind\s+regards|warm(?:est)?\s+regards"
    r"|regards|many\s+thanks|thanks(?:\s+(?:again|so\s+much|a\s+lot|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:again|so\s+much|in\s+advance))?|cheers|sincerely"
    r"|yours(?:\s+(?:sincerely|truly|faithfully))?|all\s+the\s+best|take\s+care|br"
    r"|mit\s+freundlichen\s+grü(?:ß|ss)en|freundliche\s+grü(?:ß|ss)e|viele\s+grü(?:ß|ss)e"
    r"|beste\s+grü(?:ß|ss)e|liebe\s+grü(?:ß|ss)e|lg|mfg|vg|gruß|gruss|grü(?:ß|ss)e"
    r"|cordialement|bien\s+à\s+vous|bien\s+cordialement|salutations|merci"
    r"|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordiali\s+saluti|saluti|grazie"
    r"|met\s+vriendelijke\s+groet(?:en)?|groeten|groet|atenciosamente|abraços|obrigad[oa]"
    r"|med\s+vänlig\s+hälsning|vänliga\s+hälsningar|hälsningar|med\s+venlig\s+hilsen"
    r"|vennlig\s+hilsen|hilsen|mvh|pozdrawiam|z\s+poważaniem|с\s+уважением|спасибо"
    r"|ystävällisin\s+terveisin|terveisin)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_DASH_NAME_RE = re.compile(r"^\s*[-~–—]\s?[A-Z][\w.'’]*(?:\s[\w.'’]+){0,3}\s*$")
_SIG_DELIM_RE = re.compile(r"^(?:--|-- |__+|—)\s*$")
_QUOTE_PREFIX_RE = re.compile(r"^(?:[ \t]{0,3}>)+ ?")
_BOM = "\ufeff"


@dataclass(slots=True)
class _Line:
    raw: str
    depth: int
    content: str  # without quote markers, cut to MAX_LINE_CHARS

    @property
    def blank(self) -> bool:
        return not self.content.strip()


@dataclass(slots=True)
class _Header:
    start: int
    end: int  # exclusive: first line after the header
    kind: str  # "wrote" | "block" | "separator"
    forward: bool
    sep_rest: str = ""


def is_forward_subject(subject: str) -> bool:
    """Whether a subject line marks a forward (``Fwd:``, ``FW:``, ``WG:``, ``TR:``, ``RV:`` …)."""
    return bool(_FORWARD_SUBJECT_RE.match(subject[:MAX_LINE_CHARS]))


def _quote_depth(line: str) -> tuple[int, str]:
    match = _QUOTE_PREFIX_RE.match(line[:MAX_LINE_CHARS])
    if not match:
        return 0, line
    prefix = match.group(0)
    return prefix.count(">"), line[len(prefix) :]


def _make_lines(text: str) -> list[_Line]:
    lines = []
    for raw in text.split("\n"):
        depth, content = _quote_depth(raw)
        lines.append(_Line(raw, depth, content[:MAX_LINE_CHARS]))
    return lines


def _label_kind(content: str) -> tuple[str, str] | None:
    match = _LABEL_LINE_RE.match(content)
    if not match:
        return None
    return _LABEL_KIND[match.group(1).casefold()], match.group(2)


def _block_at(lines: list[_Line], i: int) -> _Header | None:
    """An Outlook-style header block (From:/Sent:/To:/Subject:) starting at line ``i``."""
    first = _label_kind(lines[i].content)
    if first is None:
        return None
    depth = lines[i].depth
    kinds = {first[0]}
    end = i + 1
    continuation = 0
    limit = min(len(lines), i + _MAX_HEADER_BLOCK_LINES)
    j = i + 1
    while j < limit:
        line = lines[j]
        if line.depth != depth or line.blank:
            # Tolerate one blank line right after a label with an empty value.
            break
        label = _label_kind(line.content)
        if label is not None:
            kinds.add(label[0])
            end = j + 1
            continuation = 0
        elif continuation < 2 and "subject" not in kinds and (
            "@" in line.content or line.content.lstrip().startswith(("<", "["))
        ):
            continuation += 1
            end = j + 1
        else:
            break
        j += 1
    others = kinds & {"date", "to", "subject", "cc"}
    if ("from" in kinds and (len(others) >= 2 or "date" in others)) or (
        "from" not in kinds and len(kinds) >= 4
    ):
        return _Header(i, end, "block", False)
    return None


def _wrote_end(text: str) -> bool:
    """Cheap necessary condition for ``_WROTE_RE`` / ``_ADDRESS_COLON_RE``: the ending."""
    return text.rstrip().endswith((":", "：", "-"))


def _wrote_at(lines: list[_Line], i: int) -> _Header | None:
    """An ``On … wrote:`` header (any language), possibly over up to three lines."""
    first = lines[i]
    content = first.content.strip()
    if not content or len(content) > 400:
        return None
    if not _WROTE_PREFIX_RE.match(content) and not (
        _wrote_end(content) and _WROTE_RE.search(content)
    ):
        return None
    joined = content
    j = i
    while True:
        if (
            _wrote_end(joined)
            and (_WROTE_RE.search(joined) or _ADDRESS_COLON_RE.search(joined))
            and _DIGIT_OR_AT_RE.search(joined)
            and len(joined) <= 600
        ):
            return _Header(i, j + 1, "wrote", False)
        if j - i >= 2 or j + 1 >= len(lines):
            return None
        nxt = lines[j + 1]
        if nxt.blank or nxt.depth != first.depth:
            return None
        if not (_WROTE_PREFIX_RE.match(content) or _DIGIT_OR_AT_RE.search(content)):
            return None
        j += 1
        joined = f"{joined} {nxt.content.strip()}"


def _separator_at(lines: list[_Line], i: int) -> _Header | None:
    content = lines[i].content
    if _BEGIN_FWD_RE.match(content):
        return _Header(i, i + 1, "separator", True)
    match = _SEPARATOR_RE.match(content) or _SEPARATOR_NO_TRAIL_RE.match(content)
    if not match:
        return None
    phrase = match.group(1).strip().casefold()
    rest = match.group(2) if match.re is _SEPARATOR_RE else ""
    if any(p in phrase for p in _FWD_PHRASES):
        return _Header(i, i + 1, "separator", True, rest)
    if any(p in phrase for p in _ORIGINAL_PHRASES):
        return _Header(i, i + 1, "separator", False, rest)
    if _WROTE_RE.search(content):  # Zoho: "---- On … wrote ----"
        return _Header(i, i + 1, "wrote", False)
    return None


def _header_at(lines: list[_Line], i: int) -> _Header | None:
    if lines[i].blank:
        return None
    return _separator_at(lines, i) or _block_at(lines, i) or _wrote_at(lines, i)


def _cut_start(lines: list[_Line], start: int) -> int:
    """Move a cut upwards over blank lines and rule lines (``____``, ``----``, ``====``)."""
    k = start
    while k > 0 and (lines[k - 1].blank or _RULE_RE.match(lines[k - 1].content)):
        k -= 1
    return k


def _join(lines: list[_Line], start: int, end: int) -> str:
    return "\n".join(line.raw for line in lines[start:end])


def _strip_block(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip("\n")


def _dedent_dequote(lines: list[_Line], depth: int) -> str:
    out: list[str] = []
    for line in lines:
        raw = line.raw
        if depth:
            d, content = _quote_depth(line.raw)
            raw = ("> " * (d - depth) + content) if d >= depth else content
        out.append(raw.rstrip())
    non_blank = [ln for ln in out if ln.strip()]
    if non_blank:
        indent = min(len(ln) - len(ln.lstrip(" \t")) for ln in non_blank)
        if indent:
            out = [ln[indent:] if ln.strip() else "" for ln in out]
    return "\n".join(out).replace(_BOM, "").strip("\n").strip()


def _parse_labels(text: str) -> dict[str, str]:
    """Label values of a header block given as lines or run together on one line."""
    values: dict[str, str] = {}
    lines = [ln for ln in text.split("\n") if ln.strip()]
    multi = sum(1 for ln in lines if _label_kind(ln))
    if multi >= 2:
        current: str | None = None
        for ln in lines:
            label = _label_kind(ln)
            if label is not None:
                current = label[0]
                if current not in values:
                    values[current] = label[1].strip()
                else:
                    current = None
            elif current is not None:
                values[current] = f"{values[current]} {ln.strip()}".strip()
        return values
    flat = " ".join(ln.strip() for ln in lines)[: MAX_LINE_CHARS * 2]
    matches = list(_INLINE_LABEL_RE.finditer(flat))
    for k, match in enumerate(matches):
        name = (match.group(1) or match.group(2)).casefold()
        kind = _LABEL_KIND.get(name)
        if kind is None or kind in values:
            continue
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(flat)
        values[kind] = flat[match.end() : stop].strip()
    return values


def _sender_from_wrote(text: str) -> Address | None:
    flat = " ".join(text.split())
    match = re.search(r"([^,<>\"]{0,80}?)\s*\"?\s*<([^<>\s@]{1,64}@[^<>\s]{1,255})>", flat)
    if match:
        name = match.group(1).strip().strip('"').strip()
        name = re.sub(
            r"^.*\b(?:schrieb|wrote|écrit|escribió|scritto|schreef|escreveu|skrev)\s*",
            "",
            name,
        ).strip()
        return Address(name.strip('"').strip(), match.group(2).strip().rstrip(">"))
    addresses = re.findall(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", flat)
    return Address("", addresses[0]) if addresses else None


def _extract_forward(
    lines: list[_Line], header: _Header, subject: str, limit: int
) -> ForwardedEmail:
    depth = lines[header.start].depth
    block_start = header.start
    block_end = header.end
    sender: Address | None = None
    if header.kind == "separator":
        # The header block follows the separator line (skipping blank lines).
        k = header.end
        while k < limit and lines[k].blank and k - header.end < 3:
            k += 1
        block = _block_at(lines, k) if k < limit else None
        if block is not None:
            block_start, block_end = block.start, block.end
            depth = lines[block_start].depth
        elif header.sep_rest:
            block_start, block_end = header.start, header.end
        else:
            # Labels without the full block form: read consecutive label lines.
            block_start = block_end = k
            while block_end < limit and _label_kind(lines[block_end].content):
                block_end += 1
    values: dict[str, str] = {}
    if header.kind == "wrote":
        wrote_text = " ".join(ln.content.strip() for ln in lines[block_start:block_end])
        sender = _sender_from_wrote(wrote_text)
        date_match = re.match(r"^\S+\s+(.{4,80}?)[,\s]+(?:\S+\s+)?[\"<(]", wrote_text)
        if date_match:
            values["date"] = date_match.group(1).strip(" ,")
    else:
        header_text = "\n".join(ln.content for ln in lines[block_start:block_end])
        if header.kind == "separator" and header.sep_rest and block_start == header.start:
            header_text = header.sep_rest
        values = _parse_labels(header_text)
        found = parse_address_list(values.get("from", ""))
        sender = found[0] if found else None
    body = _dedent_dequote(lines[block_end:], depth)
    fwd_subject = values.get("subject", "").strip()
    if not fwd_subject and subject:
        fwd_subject = _FORWARD_SUBJECT_RE.sub("", subject[:MAX_LINE_CHARS], count=1).strip()
    return ForwardedEmail(
        sender=sender,
        to=tuple(parse_address_list(values.get("to", ""))),
        cc=tuple(parse_address_list(values.get("cc", ""))),
        subject=fwd_subject,
        date=values.get("date", "").strip(),
        body=body,
    )


def _find_signature(lines: list[str], sender_name: str) -> int | None:
    """Index of the first signature line in ``lines`` (the new text), or ``None``."""
    n = len(lines)
    lo = max(0, n - 40)
    # 1. The "-- " delimiter (or "__" rule) anywhere in the tail.
    for k in range(lo, n):
        if _SIG_DELIM_RE.match(lines[k]) and any(ln.strip() for ln in lines[:k]):
            return k
    non_blank = [k for k in range(lo, n) if lines[k].strip()]
    if not non_blank:
        return None
    # 2. Mobile sign-offs ("Sent from my iPhone") among the last lines.
    for k in non_blank[-3:]:
        line = lines[k].strip()
        if (
            _MOBILE_RE.match(line)
            and len(line) <= 100
            and "," not in line
            and any(lines[m].strip() for m in range(0, k))
        ):
            return _closing_before(lines, k)
    tail = non_blank[-_MAX_SIGNATURE_LINES:]
    # 3. A closing ("Best regards,") followed by a few short lines.
    for pos, k in enumerate(tail):
        if _CLOSING_RE.match(lines[k]):
            after = tail[pos + 1 :]
            if (
                1 <= len(after) <= 6
                and all(len(lines[m].strip()) <= 60 for m in after)
                and not lines[after[0]].strip()[:1].islower()
            ) and any(lines[m].strip() for m in range(0, k)):
                return k
    # 4. "-Name" on its own line at the end.
    last = non_blank[-1]
    if len(non_blank) >= 2 and _DASH_NAME_RE.match(lines[last]):
        return last
    # 5. A line naming the sender, followed only by short lines.
    name = sender_name.strip().casefold()
    if name and len(name) >= 2:
        for pos, k in enumerate(tail):
            line = lines[k].strip().casefold()
            if len(line) <= 60 and (line == name or line.startswith(name) or line.endswith(name)):
                after = tail[pos + 1 :]
                if (
                    len(after) <= 8
                    and all(len(lines[m].strip()) <= 80 for m in after)
                    and any(lines[m].strip() for m in range(0, k))
                ):
                    return _closing_before(lines, k)
    return None


def _closing_before(lines: list[str], k: int) -> int:
    """Include a closing line or a rule directly above a signature start."""
    m = k - 1
    while m >= 0 and not lines[m].strip():
        m -= 1
    if m >= 0 and (_CLOSING_RE.match(lines[m]) or _RULE_RE.match(lines[m])):
        return m
    return k


def split_reply(text: str, *, subject: str = "", sender_name: str = "") -> ReplyParts:
    """Split ``text`` into the new text, its signature and the quoted history.

    ``subject`` helps to recognise forwards that are marked only there ("FW: …");
    ``sender_name`` helps to find a signature that starts with the sender's name.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if text.startswith(_BOM):
        text = text[1:]
    all_raw = text.split("\n")
    overflow = ""
    if len(all_raw) > MAX_ANALYSED_LINES:
        overflow = "\n".join(all_raw[MAX_ANALYSED_LINES:])
        all_raw = all_raw[:MAX_ANALYSED_LINES]
    lines = _make_lines("\n".join(all_raw))
    n = len(lines)

    forward_subject = is_forward_subject(subject)
    cut = n
    forward_header: _Header | None = None
    soft_quoted: set[int] = set()
    first_header: _Header | None = None
    i = 0
    while i < n:
        header = _header_at(lines, i)
        if header is None:
            i += 1
            continue
        if first_header is None:
            first_header = header
        if header.forward and forward_header is None:
            forward_header = header
        if lines[i].depth > 0:
            i = header.end
            continue
        if header.kind == "wrote":
            k = header.end
            while k < n and lines[k].blank:
                k += 1
            if k < n and lines[k].depth > 0:
                soft_quoted.update(range(header.start, header.end))
                i = header.end
                continue
        cut = _cut_start(lines, header.start)
        break

    if forward_header is None and forward_subject and first_header is not None:
        forward_header = first_header
    forwarded = (
        _extract_forward(lines, forward_header, subject, n) if forward_header is not None else None
    )
    if forward_header is not None and forward_header.start < cut and lines[
        forward_header.start
    ].depth == 0:
        cut = _cut_start(lines, forward_header.start)

    # Unquoted lines wrapped inside a quote by a mail client belong to the quote.
    for k in range(1, min(cut, n - 1)):
        prev, line, nxt = lines[k - 1], lines[k], lines[k + 1]
        if (
            line.depth == 0
            and not line.blank
            and prev.depth > 0
            and len(prev.content.strip()) >= 60
            and nxt.depth > 0
        ):
            soft_quoted.add(k)

    def is_quoted(k: int) -> bool:
        return lines[k].depth > 0 or k in soft_quoted

    # A "-- " signature after the last quoted line ends the new region.
    delimited_sig = ""
    for k in range(cut - 1, max(-1, cut - 60), -1):
        if is_quoted(k):
            break
        if _SIG_DELIM_RE.match(lines[k].raw.rstrip("\n")) and any(
            not lines[m].blank for m in range(k)
        ):
            m = k - 1
            while m > 0 and lines[m].blank:
                m -= 1
            if m > 0 and _DASH_NAME_RE.match(lines[m].raw) and not is_quoted(m):
                k = m
            delimited_sig = _join(lines, k, cut)
            cut = k
            break

    # New region: up to the last unquoted, non-blank line before the cut.
    last_new = -1
    for k in range(cut - 1, -1, -1):
        if not lines[k].blank and not is_quoted(k):
            last_new = k
            break
    region_end = last_new + 1
    quoted_parts: list[str] = []
    region_start = 0
    # Bottom-posting: a single quoted block at the start, then the new text.
    blocks = 0
    in_block = False
    first_block_end = 0
    seen_new = False
    for k in range(region_end):
        if lines[k].blank:
            continue
        if is_quoted(k):
            if not in_block:
                blocks += 1
                in_block = True
        else:
            if in_block and blocks == 1 and not seen_new:
                first_block_end = k
            in_block = False
            seen_new = True
    leading_quote = False
    for k in range(region_end):
        if lines[k].blank:
            continue
        leading_quote = is_quoted(k)
        break
    if blocks == 1 and leading_quote and first_block_end:
        quoted_parts.append(_join(lines, 0, first_block_end))
        region_start = first_block_end

    new_lines = [ln.raw.rstrip() for ln in lines[region_start:region_end]]
    sig_end = cut + (len(delimited_sig.split("\n")) if delimited_sig else 0)
    trailing = _join(lines, region_end, cut) + "\n" + _join(lines, sig_end, n)
    if trailing.strip():
        quoted_parts.append(trailing)
    if overflow:
        if cut < n or region_end < cut:
            quoted_parts.append(overflow)
        else:
            new_lines.extend(overflow.split("\n"))

    sig_at = None if delimited_sig else _find_signature(new_lines, sender_name)
    signature = _strip_block(delimited_sig)
    if sig_at is not None:
        signature = _strip_block("\n".join(new_lines[sig_at:]))
        new_lines = new_lines[:sig_at]
    while new_lines and (not new_lines[-1].strip() or _RULE_RE.match(new_lines[-1])):
        new_lines.pop()
    new_text = _strip_block("\n".join(new_lines))
    quoted_text = "\n\n".join(_strip_block(part) for part in quoted_parts if part.strip())
    return ReplyParts(new_text, signature, quoted_text, forwarded)
