"""Finds person names in free text for :mod:`consultant.core.redaction`.

Layered, in this order; each layer only adds tokens:

1. cues: e-mail header display names (``From:``/``To:``/``Cc:``…, ``On … X <x@y> wrote:``),
   greetings (``Hi Dev,``), sign-offs and the name line under them, titles
   (``Mrs. Delgado``, ``patient Lopez``), credentials after a name (``Maria Lopez, RN``),
   and verbs around a name (``spoke with X``, ``X called``);
2. the lexicon: a capitalised token that is a known first name or surname. Names that
   are also ordinary words (Will, Grace, Hope, Bill) need more: mid-sentence, not after
   an article, not part of a Title Case phrase ("Grace Period");
3. neighbours: an unknown capitalised token next to a name (``Oluwaseun Adeyemi``);
4. propagation: every name found is masked at each of its occurrences (see
   :meth:`NameFinder.spans` ``known``).

5. lower-case names as a sentence's subject ("steve set up the kiosk", "kim from HIM
   owns it", "reed is me").

Also: cells of a people column and values after a people label (``Name:``,
``participant=``; found by :mod:`consultant.core.redaction_ids`), the first name in a
header address's local part (``To: dev@x.io`` makes "hey dev." a name), self-introductions
("this is dolores ferrante"), capitalised "SURNAME, FIRST". Runs that are places, products,
organisations, pets or status texts ("Des Moines", "Jane App", "413 Payload Too Large",
"the vendor is Mitchell", "the Dallas offices", "Kansas City", "uses Brightree", "the
dog's name, Bruno") are unmarked again, also after propagation. Round 8 adds: head words
of practices and firms in several languages before or in a run ("Lohnbüro Fischer",
"Hausarztpraxis Dr. Wagner"), trades, legal forms and "& Sons" after a surname, rooms and
buildings ("Room Osler", "at Carver Hall"), job titles ("Privacy Officer"), pets listed
after a species word ("Pets this week: Murphy, Pepper"), products described in brackets.
A ``Subject:`` line is Title Case, so the lexicon alone does not make a name there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from consultant.core import redaction_lexicon as lx

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_HEADER_RE = re.compile(
    r"^[ \t>]*(?:From|To|Cc|Bcc|Reply-To|Sender|Von|An|Kopie|De|Para|À|Absender)[ \t]*:[ \t]*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_WROTE_RE = re.compile(
    r"^[ \t>]*(?:On|Am|Le|El)\b[^\n]{0,200}?(?:wrote|schrieb|a écrit|escribió)\s*:?[ \t]*$",
    re.MULTILINE,
)
_EMAILISH_RE = re.compile(r"<[^<>\n]*>|\S+@\S+|\"|\(|\)")
# Mid-word capitals (SRFax, PointClickCare) mark products; Mc/Mac/O'/De prefixes do not.
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_CONTRACTION_RE = re.compile(r"['’](?:t|s|re|ll|ve|d|m)$")
# What a person's possessive is followed by: "gwendolyn's chart", "teodoro's mum".
_OWNED_AFTER = frozenset(
    """
    chart charts file files record records meds medication medications appointment appt
    visit visits mum mom mother dad father son daughter wife husband sister brother
    family parents insurance claim account address phone number dob birthday room bed
    care plan notes note labs results case scan scans x-ray referral prescription
    """.split()
)
_NAME_LABELS = frozenset(
    "name names surname firstname lastname naam achternaam voornaam nom prénom prenom "
    "nombre apellido apellidos vorname nachname".split()
)
_NAME_CAMEL_RE = re.compile(r"^(?:Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von|D'|D’)[A-Z][a-z]+$")


# Cues before two unknown capitalised words that make them a person.
_PAIR_CUES = frozenset(
    "for with by from is are was were cc thanks told asked called sent met per "
    "patient client resident named".split()
)
_DOUBLE_BARREL_RE = re.compile(r"^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$")
_ID_AFTER_RE = re.compile(
    r",? \(?(?:MRN|DOB|SSN|DOB|ID|member|acct|account|chart|patient|client|#)\b", re.IGNORECASE
)
_SUBJECT_RE = re.compile(r"^[ \t>]*(?:Subject|Betreff|Objet|Asunto)[ \t]*:.*$", re.M | re.I)
# Tokens that are never a name on their own: pronouns ("She says ..."), "am"/"pm".
_NEVER_NAMES = frozenset(
    "am pm he she him his her hers they them their we us our you your it its".split()
)
# An animal's name, not a person's (veterinary e-mails).
_PET_BEFORE_RE = re.compile(
    r"\b(?:dog|cat|pet|puppy|kitten|horse|canine|feline)(?:'s|’s)? name(?: is)?[,:]?\s*[\"“]?$",
    re.IGNORECASE,
)
_PET_AFTER_RE = re.compile(
    r"[\"”]?\s*\((?:[\w -]+ )?(?:mix|breed|retriever|terrier|shepherd|poodle|spaniel|"
    r"tabby|dsh|dlh|canine|feline|gelding|mare|cat|dog|puppy|kitten|siamese|persian|"
    r"rabbit|bunny|hamster|ferret|parrot|budgie|cockatiel|guinea pig|tortoise|pony|"
    r"labrador|beagle|collie|bulldog|dachshund|chihuahua|husky|pug|corgi|doodle|"
    r"hond|kat|chien|chat|hund|katze|perro|gato|cane|gatto)\)",
    re.IGNORECASE,
)
# Round 8: between a species word and the first pet's name ("Pets this week: Murphy",
# "hond Bo", "Dogs Ranger and Hazel").
_PET_LIST_GAP_RE = re.compile(
    r"(?:[ \t]+(?:this week|today|seen today|affected|booked|deze week|vandaag|heute|"
    r"diese Woche|cette semaine|aujourd'hui|hoy|esta semana))?[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
_LIST_AND = frozenset("and or en of und oder et ou y o e".split())
# Titles that may open an organisation's or a room's name after its head word
# ("Hausarztpraxis Dr. Wagner", "Cabinet Dentaire du Dr Moreau").
_ORG_TITLES = frozenset("dr doctor docteur doktor dott dra prof professor".split())
# "Apotheke am Markt", "Praxis im Zentrum": a German place name after an organisation.
_AT_THE = frozenset("am im beim zum zur".split())
_AT_THE_OWNERS = frozenset("haus hotel zentrum center ärztehaus gesundheitszentrum".split())
_ORG_PARTICLES = frozenset("de du des di del della da do dos das van von am im zum zur".split())
# A dotted legal form after a run: "Vries Metaaltechniek B.V.", "Rossi S.p.A.".
_DOTTED_SUFFIX_RE = re.compile(r"[ \t]*(?:B\.V|N\.V|S\.A|e\.V|S\.p\.A|S\.r\.l|S\.L)\b")
# What a product is, in brackets after its name: "Harmony (the scheduling add-on)",
# "Julie (version 3.2)".
_PRODUCT_AFTER_RE = re.compile(
    r"[ \t]*\((?:(?:the|a|an|our|their|das|die|le|la|el|de|het|il|o)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,2}(?:add-on|addon|module|software|app|system|tool|plugin|plug-in|"
    r"platform|program|programme|Programm|logiciel|version|Version|versie|versión)\b"
    r"|[ \t]*\((?:version[ \t]*|v)\d",
    re.IGNORECASE,
)
# A model number after a run: "Mettler Toledo IND780", "Wyze Cam v3".
_MODEL_AFTER_RE = re.compile(r" (?:[A-Z]{1,5}\d{2,}[A-Za-z]*|v\d+(?:\.\d+)*)\b")
# Verbs whose object is software or equipment rather than a person.
_USE_VERBS = frozenset(
    "use uses using used runs install installed installing deploy deployed migrate "
    "migrating decommission decommissioning decommissioned license licensed upgrade "
    "upgrading integrate integrating".split()
)
# Around a name typed in lower case ("and okafor reviewed it", "kim from HIM owns").
_LOWER_NAME_BEFORE = frozenset("and also aide ask cc with ping tell".split())
_ME_RE = re.compile(r" me\b")
_LOWER_NAME_AFTER = frozenset(
    "from in on at handles runs owns manages merged reviewed set joins approved already "
    "clocked rotated signs saw sees knows thinks".split()
)
_LOWER_NAME_AFTER_STRONG = frozenset("from handles runs owns manages merged reviewed".split())
# "my name is dolores ferrante", "this is Kemi": a person introducing themselves.
_INTRO_RE = re.compile(
    r"\b(?:my name(?: is)?|this is|i am|i'm|name is|named|je suis|ich bin|me llamo|soy)[ \t]+",
    re.IGNORECASE,
)
# A chat or transcript line: "[09:14] LM: …", "[9:15 AM] R. Holmqvist: …".
_CHAT_SPEAKER_RE = re.compile(
    r"^[ \t>]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]*"
    r"([^\W\d_][^\n:\[\]\d]{0,38}?)[ \t]*:[ \t]",
    re.M,
)
# Month names that are also given names ("my dad april, his birthday …").
_GIVEN_MONTHS = frozenset({"april", "may", "june", "august"})
_CARE_OF_RE = re.compile(r"\bc/o[ \t]+", re.IGNORECASE)
# A chat line pasted from Slack or Teams: "summer [7:58 AM]: grace did you see …".
_CHAT_SPEAKER_AFTER_RE = re.compile(
    r"^[ \t>]*([^\W\d_][^\n:\[\]\d]{0,38}?)[ \t]+\[\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\][ \t]*:[ \t]",
    re.M,
)
# A Markdown table's heading row (group 1), followed by its "|---|---|" rule.
_MD_HEADER_RE = re.compile(r"(?m)^([ \t]*\|[^\n]*\|)[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}")
_FILE_NAME_RE = re.compile(
    r"(?<![\w.-])([\w-]+(?:_[\w-]+)+)\.(?:pdf|jpe?g|png|gif|tiff?|heic|docx?|xlsx?|csv|txt|"
    r"dcm|zip|msg|eml|mp3|wav|m4a)\b",
    re.IGNORECASE,
)
_IMPERATIVE_OBJECT = frozenset("your the my our their this that these those them it".split())
_VOCATIVE_AFTER = frozenset("can could would will pls please do did are is have".split())
# "my husband frank", "her daughter Maria", "mi hijo", "mein Sohn": a relative's name.
_KIN_RE = re.compile(
    r"\b(?:my|our|her|his|their|your|mi|mein|meine|ma|mon|mijn)[ \t]+(?:late[ \t]+)?"
    r"(?:mother|father|mom|mum|dad|husband|wife|son|daughter|brother|sister|partner|"
    r"grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|niece|"
    r"nephew|cousin|fiancée?|spouse|stepson|stepdaughter|caregiver|neighbou?r|"
    r"madre|padre|esposo|esposa|hijo|hija|Mutter|Vater|Mann|Frau|Sohn|Tochter|"
    r"mère|père|mari|femme|fils|fille|moeder|vader|zoon|dochter)[ \t]+",
    re.IGNORECASE,
)
_KIN_AFTER = frozenset(
    "at on or and is was who has had will called calls says said can could from in".split()
)
# "OKONKWO, ADAEZE", "ABERNATHY-QUIST, LUCIAN": a surname and first name in capitals.
_CAPS_NAME_RE = re.compile(r"(?<![\w-])([A-Z][A-Z'’-]{2,}), ([A-Z][A-Z'’-]{1,})(?![\w-])")
_CAMEL_WORD_RE = re.compile(r"^(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*)$")
# A status text after a code: "413 Payload Too Large", "Error 402: Payment Required".
_STATUS_BEFORE_RE = re.compile(
    r"(?:\b\d{3}|\berror|\berr|\bcode|\bstatus)\b:?[ \t](?:[A-Z][\w'-]*[ \t]){0,3}$",
    re.IGNORECASE,
)
# A road or exit on directions: "uscita Corso Regina", "bis Ausfahrt Tempelhofer Damm",
# "zjazd Marki", "drive in via the Gardiner".
_ROUTE_BEFORE_RE = re.compile(
    r"\b(?:uscita|Ausfahrt|Abfahrt|zjazd|sortie|salida|afrit|exit|via the|take the)[ \t]+$",
    re.IGNORECASE,
)
# Software named by what runs in it: "the roster page in Deputy", "the job in Consolo".
_IN_SOFTWARE_BEFORE_RE = re.compile(
    r"\b(?:page|job|report|screen|module|export|import|sync|field|tab|queue|workflow|"
    r"koppeling met|Cliëntgegevens in|integration with|the letter is from)"
    r"[ \t]+(?:in|met|from)?[ \t]*$",
    re.IGNORECASE,
)
# A vendor named as such: "the vendor is Mitchell", "Portal: Yardi", "insurer is State Farm".
_VENDOR_BEFORE_RE = re.compile(
    r"\b(?:vendor|insurer|carrier|bank|banks|portal|platform|software|system|tool|product|"
    r"logiciel|programa|programma|Programm|Software|Anwendung|applicatie|aplicativo|"
    r"zorgverzekeraar|verzekeraar|Versicherung|Krankenkasse|Krankenversicherung|assureur|"
    r"mutuelle|aseguradora|assicurazione|seguradora|insurance company|"
    r"processor|clearinghouse|EHR|EMR|CRM|PMS|app|provider is|company|lender|payer)(?:'s|’s)?"
    r"(?:[ \t]+(?:is|was|are|were|name))?[ \t]*[:(=]?[ \t]*(?:the[ \t]+)?(?:[A-Za-z]+[ \t])?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Contacts:
    forced: frozenset[str]  # parts masked in any case ("kevin", "OYELARAN")
    soft: frozenset[str]  # parts that are also words ("Will", "Rose"): only where a name
    fulls: frozenset[tuple[str, ...]]  # whole names, token by token


@dataclass(slots=True)
class Tok:
    text: str  # without a trailing period or possessive
    start: int
    end: int
    low: str
    cap: bool  # Capitalised (Jane, O'Brien, McDonald)
    upper: bool  # ALL CAPS, 2+ letters
    line_start: bool
    sent_start: bool
    glued: bool  # touches a digit, '@', '/', '_' or '.x': part of an identifier
    dot: bool  # followed by a period
    poss: bool = False  # followed by 's


_SKIP_BACK = frozenset(" \t>*-•–—\"'(“‘[")
_GLUE_BEFORE = frozenset("@/_\\.#$%&=+")
_GLUE_AFTER = frozenset("@/_\\")


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    n = len(text)
    titles = lx.TITLES_STRONG
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start = m.start()
        dot = word[-1] == "."
        if dot:
            word = word[:-1]
        poss = False
        if len(word) > 3 and word[-2] in "'’" and word[-1] == "s":
            word = word[:-2]
            poss = True
        end = start + len(word)
        before = text[start - 1] if start else "\n"
        after = text[end] if end < n else " "
        glued = (
            before.isdigit()
            or (before == "-" and start >= 2 and text[start - 2].isdigit())
            or before in _GLUE_BEFORE
            or after.isdigit()
            or after in _GLUE_AFTER
            or (
                after in ".-"
                and end + 1 < n
                and text[end + 1].isalnum()
                and not (after == "-" and text[end + 1].isalpha())
            )
        )
        # Where does this token stand: first on its line, first in its sentence?
        j = start - 1
        while j >= 0 and text[j] in _SKIP_BACK:
            j -= 1
        prev = text[j] if j >= 0 else "\n"
        line_start = prev == "\n"
        sent_start = line_start or prev in ".!?:;" or before in '"“‘('
        if prev == "." and toks and toks[-1].dot and toks[-1].end == j:
            # "Mrs. Delgado", "Dr. Roe", "J. Smith": a title or initial, not a sentence end.
            last = toks[-1]
            if last.low in titles or len(last.text) == 1:
                sent_start = False
        first = word[0]
        upper = False
        cap = False
        if first.isupper():
            if word.isupper():
                upper = len(word) >= 2
            else:
                cap = not _CAMEL_RE.search(word) or bool(_NAME_CAMEL_RE.match(word))
        toks.append(
            Tok(
                word, start, end, word.lower(), cap, upper, line_start, sent_start, glued, dot, poss
            )
        )
    return toks


class NameFinder:
    """Person-name spans in one text; ``known`` are names found elsewhere in the request."""

    def __init__(self) -> None:
        self.lex = lx.lexicon()
        #: token indices ``i`` whose span is joined with ``i + 1`` across ", " ("Roe, Jane")
        self._joins: set[int] = set()
        #: token indices inside a cell of a people column
        self._cell_toks: set[int] = set()
        self._src = ""
        self._pet_cache: tuple[tuple[str, int], set[int]] | None = None

    # --- token classes ------------------------------------------------------------------

    def is_word(self, low: str) -> bool:
        return self.lex.zipf(low) > 0 and low not in lx.EXTRA_FIRST

    def nameish(self, t: Tok) -> bool:
        """Could be part of a name given a cue: a capitalised (or ALL CAPS) plain token."""
        if t.glued or t.low in lx.PRODUCTS or t.low in lx.MONTHS_DAYS:
            return False
        if t.upper:
            return (
                len(t.text) >= 2
                and t.low not in lx.CREDENTIALS
                and (self.lex.is_name(t.low) or not self.is_word(t.low))
            )
        return t.cap

    def lexical(self, t: Tok) -> bool:
        """A known name that is not (also) an ordinary word."""
        return self.lex.is_name(t.low) and not self.is_word(t.low)

    def plausible(self, t: Tok) -> bool:
        """Known name, or a capitalised token that is not an ordinary word."""
        return self.nameish(t) and (self.lex.is_name(t.low) or not self.is_word(t.low))

    # --- layers -----------------------------------------------------------------------

    def contacts(self, names: Iterable[str]) -> Contacts:
        """Prepare the client's contact names for :meth:`spans`."""
        forced: set[str] = set()
        soft: set[str] = set()
        fulls: set[tuple[str, ...]] = set()
        for raw in names:
            parts = tuple(t.low for t in tokenize(raw))
            if not parts:
                continue
            if all(
                p in lx.ROLE_WORDS or (self.is_word(p) and not self.lex.is_first(p)) for p in parts
            ):
                continue  # "Registry Support": a shared mailbox, not a person
            if len(parts) > 1 or len(parts[0]) >= 2:
                fulls.add(parts)
            for part in parts:
                if len(part) < 3:
                    continue
                (soft if self.is_word(part) else forced).add(part)
        return Contacts(frozenset(forced), frozenset(soft), frozenset(fulls))

    def spans(
        self,
        text: str,
        known: Iterable[str] = (),
        contacts: Contacts | None = None,
        cells: Iterable[tuple[int, int]] = (),
    ) -> tuple[list[tuple[int, int]], set[str]]:
        toks = tokenize(text)
        if not toks:
            return [], set()
        self._src = text
        marked: set[int] = set()
        self._joins = set()
        self._cell_toks = set()
        self._cells(toks, cells, marked)
        if contacts is not None:
            for i, t in enumerate(toks):
                if t.low in contacts.forced and not t.glued:
                    marked.add(i)
            if contacts.fulls:
                by_first: dict[str, list[tuple[str, ...]]] = {}
                for full in contacts.fulls:
                    by_first.setdefault(full[0], []).append(full)
                for i, t in enumerate(toks):
                    for full in by_first.get(t.low, ()):
                        if tuple(x.low for x in toks[i : i + len(full)]) == full:
                            marked.update(range(i, i + len(full)))
        self._headers(text, toks, marked)
        self._greetings_titles_cues(text, toks, marked)
        self._signoffs(text, toks, marked)
        self._standalone(text, toks, marked)
        self._lexicon(text, toks, marked)
        self._unknown_pairs(text, toks, marked)
        self._neighbours(text, toks, marked)
        self._nicknames(text, toks, marked)
        self._header_locals(text, toks, marked)
        self._intros_and_caps(text, toks, marked)
        self._lowercase(text, toks, marked)
        self._chat_and_kin(text, toks, marked)
        self._drop_non_persons(text, toks, marked)
        self._care_of_and_word_surnames(text, toks, marked)
        found = {toks[i].low for i in marked}
        known_set = {k.lower() for k in known} | found
        if contacts is not None:
            known_set |= contacts.soft
        if known_set:
            for i, t in enumerate(toks):
                if i in marked or t.low not in known_set or t.glued:
                    continue
                if self.is_word(t.low):
                    if not (t.cap or t.upper):
                        continue  # "will" the verb, when Will is a name elsewhere
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    if (
                        t.sent_start
                        and nxt is not None
                        and nxt.low in _IMPERATIVE_OBJECT
                        and text[t.end : nxt.start] == " "
                    ):
                        continue  # "Mark your calendar", "Bill the client": a verb
                    opened = t.start > 0 and text[t.start - 1] == "(" and not t.line_start
                    if (
                        t.sent_start
                        and not opened  # "(Ferreira)": an aside, not a sentence
                        and not self._cue_after(toks, i, frozenset(known_set))
                    ):
                        continue
                    if not self._ambiguous_ok(toks, i):
                        continue
                if t.low in lx.PRODUCTS or t.low in lx.ROLE_WORDS:
                    continue
                marked.add(i)
            self._neighbours(text, toks, marked)
            # A propagated name can join a product or a place ("Deere" -> "John Deere
            # Operations Center API"): check the grown runs again.
            self._drop_non_persons(text, toks, marked, grown=True)
        self._initials(text, toks, marked)
        self._drop_field_words(text, toks, marked)
        if "\n" in text:
            self._row_heads(text, toks, marked)
        self._surname_comma_first(text, toks, marked)
        self._more_titles(text, toks, marked)
        spans = self._merge(text, toks, marked)
        files = self._file_name_parts(text)
        if files:
            spans = sorted({*spans, *files})
        return spans, {toks[i].text for i in marked}

    def vet(self, text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The parts of ``spans`` (from the learned tagger) that these rules do not
        explain as something else: runs that are places, products, organisations, pets
        or status texts, field labels, role words and ordinary words that open a
        sentence ("Hope this helps", "Will that work?") are dropped. Call after
        :meth:`spans` on the same ``text``."""
        toks = tokenize(text)
        if not toks:
            return []
        starts = [t.start for t in toks]
        marked: set[int] = set()
        import bisect

        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(toks) and toks[i].start < e:
                t = toks[i]
                if t.end > s and not t.glued:
                    marked.add(i)
                i += 1
        for i in list(marked):
            t = toks[i]
            low = t.low
            if (
                low in _NEVER_NAMES
                or (t.upper and not self.lex.is_name(low))
                or low in lx.PRODUCTS
                or low in lx.ROLE_WORDS
                or low in lx.NOT_NAMES
                or low in lx.TITLES_STRONG
                or (t.sent_start and self.is_word(low) and i + 1 not in marked)
                or (not (t.cap or t.upper) and self.is_word(low))
            ):
                marked.discard(i)
        self._src = text
        marked.difference_update([i for i in marked if toks[i].low in _NEVER_NAMES])
        for run in self._runs(text, toks, marked):
            # Judge the whole capitalised phrase a tagged word stands in: "Vogelsang" in
            # "Physiotherapie Vogelsang", "Moines" in "Des Moines".
            lo, hi = run[0], run[-1]
            while lo > 0 and _phrase_gap(text, toks[lo - 1], toks[lo]):
                if toks[lo - 1].cap:
                    lo -= 1
                elif (
                    toks[lo - 1].low in _PHRASE_PARTICLES
                    and lo > 1
                    and toks[lo - 2].cap
                    and _phrase_gap(text, toks[lo - 2], toks[lo - 1])
                ):
                    lo -= 2  # "Centro de Psicología Alba", "Praxis für Psychotherapie X"
                else:
                    break
            while (
                hi + 1 < len(toks)
                and _phrase_gap(text, toks[hi], toks[hi + 1])
                and (toks[hi + 1].cap or toks[hi + 1].upper)
            ):
                hi += 1
            phrase = list(range(lo, hi + 1))
            if (
                self._non_person_run(text, toks, run)
                or self._non_person_run(text, toks, phrase)
                or self._product_or_place_run(text, toks, phrase)
                or any(
                    toks[k].low in lx.FACILITY_WORDS or toks[k].low in lx.ORG_HEADS for k in phrase
                )
            ):
                marked.difference_update(run)
        self._drop_field_words(text, toks, marked)
        out: list[tuple[int, int]] = []
        for run in self._runs(text, toks, marked):
            out.append((toks[run[0]].start, toks[run[-1]].end))
        return out

    def _file_name_parts(self, text: str) -> list[tuple[int, int]]:
        """Names inside file names joined by underscores: "Roe_Jane_2231.pdf",
        "IMG_Okafor_0231.jpg", "scan_20260218_DOE_JANE.png"."""
        out: list[tuple[int, int]] = []
        for m in _FILE_NAME_RE.finditer(text):
            parts: list[tuple[int, int, str]] = []
            pos = m.start(1)
            for piece in m.group(1).split("_"):
                parts.append((pos, pos + len(piece), piece))
                pos += len(piece) + 1
            alpha = [
                p[2].replace("-", "").isalpha()
                and len(p[2]) >= 3
                and p[2].lower() not in lx.PRODUCTS
                and p[2].lower() not in lx.ROLE_WORDS
                and p[2].lower() not in lx.RECORD_WORDS
                for p in parts
            ]
            lows = [p[2].lower() for p in parts]
            for k, (s, e, _piece) in enumerate(parts):
                if not alpha[k]:
                    continue
                low = lows[k]
                name = self.lex.is_name(low)
                lexical = name and not self.is_word(low)
                around = [lows[j] for j in (k - 1, k + 1) if 0 <= j < len(parts) and alpha[j]]
                # a name next to a name (or an unknown word), an unknown word next to a
                # first name
                paired = (
                    name and any(self.lex.is_name(w) or not self.is_word(w) for w in around)
                ) or (not self.is_word(low) and any(self.lex.is_first(w) for w in around))
                if lexical or paired:
                    if out and out[-1][1] + 1 == s and text[out[-1][1]] == "_":
                        out[-1] = (out[-1][0], e)  # "Roe_Jane" as one name
                    else:
                        out.append((s, e))
        return out

    def _cells(self, toks: list[Tok], cells: Iterable[tuple[int, int]], marked: set[int]) -> None:
        """Table cells under a column of people's names (see ``redaction_ids.name_cells``)."""
        import bisect

        starts = [t.start for t in toks]
        for s, e in cells:
            i = bisect.bisect_left(starts, s)
            idx: list[int] = []
            while i < len(toks) and toks[i].end <= e:
                idx.append(i)
                i += 1
            ws = [toks[k] for k in idx]
            if not 1 <= len(ws) <= 5:
                continue
            if any(
                w.low in lx.PRODUCTS
                or w.low in lx.ROLE_WORDS
                or w.low in lx.GREETING_NOT_NAMES
                or w.low in lx.MONTHS_DAYS
                for w in ws
            ):
                continue
            if len(ws) > 1 and all(self.is_word(w.low) and not self.lex.is_name(w.low) for w in ws):
                continue
            for k, w in zip(idx, ws, strict=True):
                if w.low in lx.TITLES_STRONG or w.low in lx.CREDENTIALS:
                    continue
                if len(w.text) == 1 and not (w.dot or (w.text.isupper() and len(ws) > 1)):
                    continue
                marked.add(k)
                self._cell_toks.add(k)
                if k + 1 in idx and "," in (self._text_between(toks, k)):
                    self._joins.add(k)

    def _text_between(self, toks: list[Tok], k: int) -> str:
        return self._src[toks[k].end : toks[k + 1].start]

    def _header_locals(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """A first name that is the local part of a header address (``To: dev@x.io``) is
        that person's name wherever it appears, in any case ("hey dev.", "Dev —")."""
        names: set[str] = set()
        for m in _HEADER_RE.finditer(text):
            for local in re.findall(r"([\w.+-]+)@", m.group(1)):
                for part in re.split(r"[._+-]", local.lower()):
                    if len(part) >= 3 and self.lex.is_first(part) and part not in lx.ROLE_WORDS:
                        names.add(part)
        if not names:
            return
        addressing = lx.GREETINGS | {"fyi", "thanks", "thx", "cc", "ping", "ask", "tell"}
        for i, t in enumerate(toks):
            if t.low not in names or t.glued:
                continue
            if self.is_word(t.low) and not (
                t.line_start or (i and toks[i - 1].low in addressing and not toks[i - 1].glued)
            ):
                continue  # "to be frank", "by dawn", "will"
            marked.add(i)

    def _intros_and_caps(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        import bisect

        starts = [t.start for t in toks]
        for m in _INTRO_RE.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            k = 0
            nxt_prev_last = False
            while i < len(toks) and k < 3:
                t = toks[i]
                if k and text[toks[i - 1].end : t.start] not in (" ", ", "):
                    break
                if t.glued or t.low in lx.PRODUCTS or t.low in lx.ROLE_WORDS:
                    break
                first_ok = self.lex.is_first(t.low) and len(t.text) >= 3
                if t.text.islower():
                    nxt_last = (
                        k == 0
                        and i + 1 < len(toks)
                        and text[t.end : toks[i + 1].start] == " "
                        and toks[i + 1].text.islower()
                        and not toks[i + 1].glued
                        and self.lex.is_last(toks[i + 1].low)
                        and self.lex.zipf(toks[i + 1].low) < 2
                    )
                    ok = (
                        first_ok
                        and (nxt_last or not (k == 0 and self.is_word(t.low) and t.low != "dev"))
                    ) or (
                        k > 0
                        and len(t.text) >= 3
                        and (not self.is_word(t.low) or (k == 1 and nxt_prev_last))
                    )
                    nxt_prev_last = nxt_last
                else:
                    ok = self.plausible(t) or (t.cap and first_ok)
                if not ok:
                    break
                marked.add(i)
                i += 1
                k += 1
        for m in _CAPS_NAME_RE.finditer(text):
            a, b = m.group(1).lower(), m.group(2).lower()
            parts = [*a.split("-"), b]
            if not any(self.lex.is_name(p) for p in parts) and not (
                not any(self.is_word(p) for p in parts)
                and re.match(r"\W{0,3}(?:DOB|MRN|SSN|ID|Medicaid|born|member)\b", text[m.end() :])
            ):
                continue
            if any(p in lx.CREDENTIALS or p in lx.ROLE_WORDS or p in lx.PRODUCTS for p in parts):
                continue
            i = bisect.bisect_left(starts, m.start(1))
            j = bisect.bisect_left(starts, m.start(2))
            if i < len(toks) and j < len(toks):
                marked.update((i, j))
                self._joins.add(i)

    def _lower_first(self, t: Tok) -> bool:
        """A lower-case token that is a known first name and could stand for one."""
        return (
            t.text.islower()
            and not t.glued
            and len(t.text) >= 3
            and self.lex.is_first(t.low)
            and t.low not in lx.PRODUCTS
            and t.low not in lx.ROLE_WORDS
            and t.low not in lx.MONTHS_DAYS
            and t.low not in lx.GREETINGS
            and t.low not in lx.SIGNOFF_WORDS
        )

    def _lower_last(self, t: Tok) -> bool:
        """A lower-case token that is a known surname and no ordinary word."""
        return (
            t.text.islower()
            and not t.glued
            and len(t.text) >= 3
            and _CONTRACTION_RE.search(t.low) is None  # "couldn't", "she's"
            and t.low not in lx.PRODUCTS
            and (
                self.lex.is_last(t.low)
                or (len(t.text) >= 5 and not self.lex.is_first(t.low))
            )
            and not self.is_word(t.low)
        )

    def _chat_and_kin(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """Names typed in lower case or as initials where the shape says "person":
        a first name followed by a surname that is no word ("frank mcallister", "rose
        pellegrino"); the speaker of a chat or transcript line ("[09:14] LM:", "[09:15]
        R. Holmqvist:") and the person that speaker addresses ("LM: rose can you…"); and
        a relative's name ("my husband frank at …", "my mother joaquín …")."""
        import bisect

        n = len(toks)
        for i in range(n - 1):
            a, b = toks[i], toks[i + 1]
            if (
                text[a.end : b.start] == ", "
                and a.text.islower()
                and not a.glued
                and self.lex.is_last(a.low)
                and not self.is_word(a.low)
                and self._lower_first(b)
                and not self.is_word(b.low)
                and a.low != b.low
            ):
                # "okafor, chinedu": a surname and a first name, both lower case
                marked.update((i, i + 1))
                self._joins.add(i)
                continue
            if text[a.end : b.start] != " ":
                continue
            if (
                (self._lower_first(a) or (self._lower_last(a) and self.lex.is_name(a.low)))
                and self._lower_last(b)
                and a.low not in _LOWER_NAME_BEFORE
                and a.low not in lx.JOB_WORDS
            ):
                marked.update((i, i + 1))
            elif i in marked and a.text.islower() and self._lower_last(b):
                marked.add(i + 1)
        starts = [t.start for t in toks]
        speakers = [*_CHAT_SPEAKER_RE.finditer(text), *_CHAT_SPEAKER_AFTER_RE.finditer(text)]
        for m in speakers:
            i = bisect.bisect_left(starts, m.start(1))
            j = bisect.bisect_left(starts, m.end(1))
            run = list(range(i, j))
            if not run or len(run) > 3:
                continue
            if any(
                toks[k].glued
                or toks[k].low in lx.PRODUCTS
                or toks[k].low in lx.ROLE_WORDS
                or not (
                    toks[k].upper
                    or (len(toks[k].text) == 1 and toks[k].text.isupper())
                    or self.plausible(toks[k])
                    or (toks[k].text.islower() and self.lex.is_first(toks[k].low))
                )
                for k in run
            ):
                continue
            head = toks[i]
            if len(run) == 1 and head.upper and len(head.text) > 3 and self.is_word(head.low):
                continue  # "[09:14] ERROR: …"
            marked.update(run)
            if j < n and self._lower_first(toks[j]) and j + 1 < n:
                nxt = toks[j + 1]
                if text[toks[j].end : nxt.start] in (" ", ", ") and (
                    nxt.low in _VOCATIVE_AFTER or text[toks[j].end] == ","
                ):
                    marked.add(j)
        for m in _KIN_RE.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            if i >= n or toks[i].glued or toks[i].start != m.end():
                continue
            t = toks[i]
            follow = toks[i + 1] if i + 1 < n else None
            after = text[t.end : t.end + 2]
            if (
                t.low in lx.MONTHS_DAYS
                and (self.lex.is_first(t.low) or t.low in _GIVEN_MONTHS)
                and after[:1] == ","
                and not re.match(r",?[ \t]*\d", text[t.end : t.end + 4])
            ):
                marked.add(i)  # "my dad april, his birthday is …": April the name
                continue
            if not (self._lower_first(t) or (t.cap and self.lex.is_first(t.low))):
                continue
            if (
                follow is None
                or after[:1] in (",", ".", ")", "!", "?", ";")
                or (text[t.end : follow.start] == " " and follow.low in _KIN_AFTER)
                or i + 1 in marked
            ):
                marked.add(i)
            elif (
                text[t.end : follow.start] == " "
                and not follow.glued
                and self.lex.is_last(follow.low)
                and self.lex.zipf(follow.low) < 2
                and (follow.text.islower() or follow.cap)
            ):
                marked.update((i, i + 1))  # "my mother dolores villanueva"

    def _drop_field_words(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """Not names: a record field's abbreviation in capitals ("MRI SN", "NHS No"),
        an ordinary word followed by a number after a name ("Esposito, Grade 4"), and the
        heading row of a Markdown table ("| Client | NHS No | Sessions |")."""
        n = len(toks)
        for i in sorted(marked):
            t = toks[i]
            if self._cell_toks and i in self._cell_toks:
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            if (
                t.cap
                and t.low in lx.TITLES_ROLE
                and nxt is not None
                and text[t.end : nxt.start] == " "
                and (nxt.low in lx.RECORD_WORDS or nxt.low in ("no", "nr", "number", "name"))
            ):
                marked.discard(i)  # "Patient ID: …", "Client Name: …": a field label
                continue
            if (t.cap or t.upper) and t.low in _NAME_LABELS and text[t.end : t.end + 1] == ":":
                marked.discard(i)  # "Patient Name: …"
                continue
            if t.upper and t.low in lx.RECORD_WORDS:
                marked.discard(i)
                if nxt is not None and nxt.low in ("no", "nr", "number", "num") and i + 1 in marked:
                    marked.discard(i + 1)
                continue
            if (
                t.cap
                and self.is_word(t.low)
                and not self.lex.is_first(t.low)
                and re.match(r" \d", text[t.end : t.end + 2])
                and i - 1 in marked
                and text[toks[i - 1].end : t.start] == ", "
            ):
                marked.discard(i)
                self._joins.discard(i - 1)
        for m in _MD_HEADER_RE.finditer(text):
            for i in range(n):
                if m.start() <= toks[i].start < m.end(1):
                    marked.discard(i)

    def _initials(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """An initial written next to a name: "Lindgren, F.", "Rashid A.", "R. Holmqvist"."""
        for i in sorted(marked):
            for k in (i - 1, i + 1):
                if not 0 <= k < len(toks) or k in marked:
                    continue
                t = toks[k]
                if len(t.text) != 1 or not t.text.isupper() or not t.dot:
                    continue
                gap = text[toks[i].end : t.start] if k > i else text[t.end + 1 : toks[i].start]
                if (k > i and gap in (" ", ", ")) or (k < i and gap == " "):
                    marked.add(k)

    def _lowercase(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """A name typed in lower case as a sentence's subject: "steve set up the kiosk",
        "kim from HIM owns it", "and okafor reviewed it", "reed is me", "aoki and fernandez
        from Core Lab". The token must be a known name, not a frequent word, and a verb or
        "from/in" must follow."""
        for _ in range(2):  # twice: "aoki and fernandez from" needs fernandez first
            for i in range(len(toks)):
                if i not in marked and self._lowercase_name(text, toks, i, marked):
                    marked.add(i)

    def _lowercase_name(self, text: str, toks: list[Tok], i: int, marked: set[int]) -> bool:
        t = toks[i]
        if t.glued or len(t.text) < 3 or not t.text.islower():
            return False
        if self._lower_first(t) and self.lex.zipf(t.low) == 0:
            # Anywhere in a sentence, a first name that is no word: "tbh marisol said",
            # "gwendolyn's chart", "teodoro’s mum".
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            gap = text[t.end : nxt.start] if nxt is not None else ""
            if nxt is not None and (
                (not t.poss and gap == " " and nxt.low in lx.CUE_AFTER_STRONG)
                or (t.poss and gap in ("'s ", "’s ") and nxt.low in _OWNED_AFTER)
            ):
                return True
        prv = toks[i - 1] if i else None
        if not (
            t.sent_start
            or (
                prv is not None
                and prv.low in _LOWER_NAME_BEFORE
                and text[prv.end : t.start] == " "
                and not prv.glued
            )
            or (
                # a clause after a comma: "…again, okafor saw it"
                prv is not None
                and text[prv.end : t.start] == ", "
                and not self.is_word(t.low)
            )
        ):
            return False
        low = t.low
        if not self.lex.is_name(low) or self.lex.zipf(low) >= 2:
            return False
        if (
            low in lx.PRODUCTS
            or low in lx.ROLE_WORDS
            or low in lx.MONTHS_DAYS
            or low in lx.GREETINGS
            or low in lx.SIGNOFF_WORDS
        ):
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None:
            return False
        gap = text[t.end : nxt.start]
        if gap == " (":
            return nxt.low == "me"  # "mayer (me)"
        if gap != " ":
            return False
        if nxt.low == "is" and _ME_RE.match(text, nxt.end):
            return True  # "reed is me"
        if nxt.low == "and" and i + 2 in marked and toks[i + 2].text.islower():
            return True  # "aoki and fernandez from Core Lab"
        if self.is_word(low):
            return nxt.low in _LOWER_NAME_AFTER_STRONG
        return (
            nxt.low in lx.CUE_AFTER
            or nxt.low in _LOWER_NAME_AFTER
            or (
                self.lex.zipf(low) == 0
                and nxt.text.islower()
                and nxt.low.endswith(("s", "ed"))
                and len(nxt.low) >= 4
            )
        )

    def _care_of_and_word_surnames(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """Two shapes that the word filters above undo: the addressee after "c/o" ("c/o
        Ottilie Page, PO Box …"), and a first name that is no word followed by a
        capitalised surname that is one ("Colette Best, born …", "Thandiwe Best's")."""
        import bisect

        starts = [t.start for t in toks]
        n = len(toks)
        for m in _CARE_OF_RE.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            run: list[int] = []
            while i < n and len(run) < 3 and toks[i].cap and not toks[i].glued:
                if toks[i].low in lx.ORG_WORDS or toks[i].low in lx.ORG_SUFFIXES:
                    run = []
                    break
                run.append(i)
                if i + 1 < n and text[toks[i].end : toks[i + 1].start] != " ":
                    break
                i += 1
            if len(run) >= 2:
                marked.update(run)
        for i in range(n - 1):
            a, b = toks[i], toks[i + 1]
            if (
                a.cap
                and b.cap
                and not a.upper
                and not b.upper
                and text[a.end : b.start] == " "
                and not a.glued
                and self.lex.is_first(a.low)
                and not self.is_word(a.low)
                and a.low not in lx.PRODUCTS
                and b.low in lx.SIGNOFF_WORDS
                and re.match(r"(?:'s|’s)?[,:;)]?[ \t]+[a-z(]|(?:'s|’s)\b", text[b.end : b.end + 5])
            ):
                marked.update((i, i + 1))

    def _drop_non_persons(
        self, text: str, toks: list[Tok], marked: set[int], grown: bool = False
    ) -> None:
        """Unmark runs that are places, products or status texts rather than people:
        "Des Moines", "Jane App", "413 Payload Too Large", "the vendor is Mitchell"."""
        marked.difference_update([i for i in marked if toks[i].low in _NEVER_NAMES])
        for run in self._runs(text, toks, marked):
            if (self._product_or_place_run(text, toks, run) if grown else False) or (
                not grown and self._non_person_run(text, toks, run)
            ):
                marked.difference_update(run)

    def _non_person_run(self, text: str, toks: list[Tok], run: list[int]) -> bool:
        first, last = toks[run[0]], toks[run[-1]]
        ls = max(text.rfind("\n", 0, first.start) + 1, first.start - 60)
        before = text[ls : first.start]
        prv = toks[run[0] - 1] if run[0] else None
        nxt = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        if _STATUS_BEFORE_RE.search(before) or _VENDOR_BEFORE_RE.search(before):
            return True
        if _ROUTE_BEFORE_RE.search(before) or _IN_SOFTWARE_BEFORE_RE.search(before):
            return True  # "uscita Corso Regina", "Ausfahrt Tempelhofer Damm", "the job in Consolo"
        if first.low in lx.ORG_HEADS and len(run) >= 2:
            return True  # "Poliambulatorio San Luca", "Physiotherapie Vogelsang"
        if first.low in lx.PLACE_PREFIXES and len(run) >= 2:
            return True  # "Des Moines", "San Jose"
        if any(
            toks[k].low in lx.PRODUCT_WORDS
            or toks[k].low in lx.ORG_WORDS
            or (
                k == run[-1] and toks[k].low in lx.PLACE_WORDS and not self.lex.is_name(toks[k].low)
            )
            for k in run[1:]
        ):
            return True  # "Parker Medical Supply", "Elm Street", "Millbrook Public Works"
        if len(run) == 1 and first.low in lx.PLACES_EXTRA:
            return True
        if self._product_or_place_run(text, toks, run):
            return True
        if _PET_BEFORE_RE.search(before) or _PET_AFTER_RE.match(text, last.end):
            return True  # 'the dog's name, Bruno', 'Patient: "Rufus" (lab mix)'
        # Round 8's word-class rules never take a first name and a surname for a thing:
        # "Maria Lopez (our program coordinator)", "Hal Finney", "Sarah Hall".
        person = self._full_name(toks, run)
        if not person and _PRODUCT_AFTER_RE.match(text, last.end):
            return True  # "Harmony (the scheduling add-on)"
        if not person and run[0] in self._pet_list_toks(text, toks):
            return True  # "Pets this week: Murphy, Pepper", "hond Bo en kat Pip"
        if not person and self._room_or_job_run(text, toks, run):
            return True

        if prv is not None and text[prv.end : first.start] in (" ", ". "):
            if prv.low in lx.PLACE_PREFIXES:
                return True  # "Port Isabel", "St. Luke"
            if _CAMEL_WORD_RE.match(prv.text) and text[prv.end : first.start] == " ":
                return True  # "eStatement Suite": a product
        return _thing_follows(text, last, nxt, places=True)

    def _product_or_place_run(self, text: str, toks: list[Tok], run: list[int]) -> bool:
        """The checks of :meth:`_non_person_run` that hold whatever marked the run: words
        of a product, an organisation or a place in or after it."""
        first, last = toks[run[0]], toks[run[-1]]
        prv = toks[run[0] - 1] if run[0] else None
        nxt = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        if any(toks[k].low in lx.PRODUCT_WORDS or toks[k].low in lx.ORG_WORDS for k in run[1:]):
            return True
        if (
            len(run) >= 2
            and last.low in lx.FACILITY_WORDS
            and not self.lex.is_first(first.low)
            and not last.poss
        ):
            return True  # "Ashdown Lodge", "Evening Star Hospice": a facility
        if (
            prv is not None
            and prv.low in _USE_VERBS
            and text[prv.end : first.start] == " "
            and not last.poss
            and not any(self.lex.is_first(toks[k].low) for k in run)
        ):
            return True  # "both use Brightree", "decommissioning Greenway Intergy"
        if self._place_run(text, toks, run):
            return True
        if self._full_name(toks, run):
            return _thing_follows(text, last, nxt, places=False)
        if self._org_run(text, toks, run):
            return True
        if any(_lower_compound(toks[k].text) for k in run):
            return True  # "Intramed-koppeling", "quinta-feira": a word, not a name
        return _thing_follows(text, last, nxt, places=False)

    # --- round 8: organisations, rooms and buildings, job titles, pet lists ----------

    def _full_name(self, toks: list[Tok], run: list[int]) -> bool:
        """A known first name followed by a capitalised word: a person, whatever word
        classes (a trade, a room, a building) the rest of the run holds."""
        if len(run) < 2:
            return False
        first, second = toks[run[0]], toks[run[1]]
        after = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        if after is not None and after.low.rstrip(".").replace(".", "") in _LEGAL_FORMS:
            return False  # "Hale Morgan LLP": a firm, whoever it is named after
        return (
            self.lex.is_first(first.low)
            and first.low not in lx.TITLES_STRONG
            and first.low not in lx.PARTICLES
            and second.cap
            and second.low not in lx.ORG_HEADS
        )

    def _org_run(self, text: str, toks: list[Tok], run: list[int]) -> bool:
        """An organisation's name that holds a surname: a head word of a practice or firm
        before or in the run ("Lohnbüro Fischer", "Hausarztpraxis Dr. Wagner", "Dr. Hansen
        Zahnarztpraxis GmbH"), a legal form or a trade after it ("Lowe Bennett LLP",
        "Webb Payroll Services"), or a partner joined by "&" ("Hartwell & Moss LLP")."""
        first, last = toks[run[0]], toks[run[-1]]
        nxt = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        heads = lx.ORG_HEADS | lx.ORG_HEADS_MORE
        if len(run) >= 2 and _head_low(first.low) in heads:
            return True  # "Collège Jean Moulin", "Tandartspraktijk De Jong"
        if any(
            "-" in toks[k].low and toks[k].low.rsplit("-", 1)[1] in heads | lx.FACILITY_WORDS
            for k in run
        ):
            return True  # "Rosen-Apotheke", "Saleh-Apotheke": a compound ending in a head
        if any(
            _head_low(toks[k].low) in heads
            or toks[k].low in lx.ORG_TRADE_WORDS
            or (toks[k].low in lx.ORG_SUFFIXES and (toks[k].upper or toks[k].cap))
            for k in run[1:]
        ):
            return True  # "Hansen Zahnarztpraxis", "Foster Orthodontics", "Kronos Diner LLC"
        if len(run) >= 2 and (
            _DOTTED_SUFFIX_RE.match(text, last.end) or _DOTTED_SUFFIX_RE.match(text, last.start)
        ):
            return True  # "Vries Metaaltechniek B.V."
        if (
            len(run) == 1
            and _head_low(first.low) in heads
            and first.cap
            and re.match(r" (?:de|do|da|dos|das|du|des|di|del|della) [^\W\d_]", text[last.end :])
            and re.match(r"[A-ZÀ-Þ]", text[last.end :].split(" ")[2][:1] or "x")
        ):
            return True  # "Casa de Acolhimento Esperança"
        prv = toks[run[0] - 1] if run[0] else None
        if (
            prv is not None
            and run[0] >= 2
            and prv.low in _AT_THE
            and text[prv.end : first.start] == " "
            and text[toks[run[0] - 2].end : prv.start] == " "
        ):
            owner = toks[run[0] - 2]
            tail = owner.low.rsplit("-", 1)[-1]
            if owner.cap and (
                tail in heads or tail in lx.FACILITY_WORDS or tail in _AT_THE_OWNERS
            ):
                return True  # "Apotheke am Markt", "Saleh-Apotheke am Markt", "Haus am Dom"
        # A head word shortly before: "Hausarztpraxis Dr. Wagner", "Studio Dentistico Rossi",
        # "Cabinet Dentaire du Dr Moreau" (titles, capitalised words and particles between).
        k = run[0] - 1
        steps = 0
        while k >= 0 and steps < 4:
            t = toks[k]
            gap = text[t.end : toks[k + 1].start]
            if gap not in (" ", ". ", "-"):
                break
            if t.cap and _head_low(t.low) in heads and gap != ". ":
                return True
            if not (
                t.low in _ORG_TITLES
                or t.low in _ORG_PARTICLES
                or (t.cap and t.low not in lx.TITLES_STRONG and t.low not in lx.TITLES_ROLE)
            ):
                break
            k -= 1
            steps += 1
        if nxt is not None and not last.poss:
            gap = text[last.end : nxt.start]
            if gap == " " and (
                (nxt.low in lx.ORG_SUFFIXES and (nxt.upper or (nxt.cap and len(nxt.text) > 2)))
                or (nxt.cap and nxt.low in lx.ORG_TRADE_WORDS)
            ):
                return True  # "Lowe Bennett LLP", "Webb Payroll Services"
            if gap in (" & ", " + ") and (nxt.cap or nxt.upper):
                j = run[-1] + 1
                while j < len(toks) and j < run[-1] + 4:
                    w = toks[j]
                    if (
                        w.low in lx.ORG_WORDS
                        or w.low in lx.ORG_TRADE_WORDS
                        or w.low in lx.ORG_SUFFIXES
                        or w.low in lx.FACILITY_WORDS
                    ):
                        return True  # "Bailey & Sons", "Costa & Associados", "Hartwell & Moss LLP"
                    if j + 1 >= len(toks) or text[w.end : toks[j + 1].start] not in (" ", " & "):
                        break
                    j += 1
            if (
                len(run) >= 2
                and _MODEL_AFTER_RE.match(text, last.end)
                and not any(self.lex.is_first(toks[k].low) for k in run)
                and not any(toks[k].low in lx.RECORD_WORDS for k in (run[-1] + 1,))
            ):
                return True  # "Mettler Toledo IND780", "Wyze Cam v3": a product and model
        return False

    def _room_or_job_run(self, text: str, toks: list[Tok], run: list[int]) -> bool:
        """A room, ward or building ("Room Osler", "sala Egas Moniz", "at Carver Hall",
        "the Maple Street entrance") or a job title ("Riverbend Hospice - Privacy
        Officer", "School Nurse" on its own line)."""
        first, last = toks[run[0]], toks[run[-1]]
        prv = toks[run[0] - 1] if run[0] else None
        nxt = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        if first.low in lx.ROOM_HEADS and first.cap:
            if len(run) >= 2:
                return True  # "Room Osler", "Zimmer Rosengarten", "Werk Traun"
            if re.match(r" \d", text[last.end : last.end + 2]):
                return True  # "Room 4"
        if (
            prv is not None
            and prv.low in lx.ROOM_HEADS
            and not prv.upper
            and text[prv.end : first.start] == " "
            and not (prv.cap and prv.sent_start and prv.low in lx.BUILDING_WORDS)
        ):
            return True  # "sala Egas Moniz", "bâtiment Curie", "hal Rembrandt"
        if len(run) >= 2 and last.low in lx.BUILDING_WORDS and not last.poss and last.cap:
            if (
                prv is not None
                and prv.low in lx.PLACE_BEFORE
                and text[prv.end : first.start] == " "
            ):
                return True  # "at Carver Hall", "in the Hawthorne Wing"
            if (
                nxt is not None
                and nxt.low in lx.BUILDING_AFTER
                and text[last.end : nxt.start] == " "
            ):
                return True  # "the Carver Hall lobby"
        if not any(self.lex.is_first(toks[k].low) for k in run):
            if (
                len(run) >= 2
                and last.low in lx.JOB_TITLE_WORDS
                and not (prv is not None and prv.low in lx.TITLES_STRONG)
            ):
                return True  # "Privacy Officer", "Town Clerk", "Data Abstractor"
            if (
                nxt is not None
                and nxt.cap
                and nxt.low in lx.JOB_TITLE_WORDS
                and text[last.end : nxt.start] == " "
                and re.match(r"[ \t]*(?:[.,;]|\n|$)", text[nxt.end : nxt.end + 2])
            ):
                return True  # "School Nurse", "Hospice Privacy Officer."
        return False

    def _pet_list_toks(self, text: str, toks: list[Tok]) -> set[int]:
        """Tokens of pets' names listed after a species word: "Pets this week: Murphy,
        Pepper and Rosie", "hond Bo en kat Pip", "Dogs Ranger and Hazel"."""
        key = (text, len(toks))
        cached = self._pet_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        found: set[int] = set()
        n = len(toks)
        for i, t in enumerate(toks):
            if t.low not in lx.SPECIES_WORDS or (t.cap and self.lex.is_first(t.low)) or t.upper:
                continue
            m = _PET_LIST_GAP_RE.match(text, t.end)
            if m is None:
                continue
            j = i + 1
            while j < n and toks[j].start < m.end():
                j += 1
            if j >= n or toks[j].start != m.end():
                continue
            entry = 0
            while j < n:
                names = [j]
                while (
                    len(names) < 3
                    and names[-1] + 1 < n
                    and toks[names[-1] + 1].cap
                    and text[toks[names[-1]].end : toks[names[-1] + 1].start] == " "
                ):
                    names.append(names[-1] + 1)
                if not toks[j].cap:
                    break
                person_like = (
                    len(names) >= 2
                    and self.lex.is_first(toks[names[0]].low)
                    and toks[names[0]].low not in lx.TITLES_STRONG
                )
                j = names[-1] + 1
                more = False
                if j < n:
                    gap = text[toks[names[-1]].end : toks[j].start]
                    if gap == ", " and toks[j].cap:
                        more = True
                    elif (
                        gap in (" ", ", ")
                        and toks[j].low in _LIST_AND
                        and j + 1 < n
                        and text[toks[j].end : toks[j + 1].start] == " "
                        and toks[j + 1].cap
                    ):
                        j += 1
                        more = True
                if person_like and not more:
                    break  # "Dogs Max, Jane Smith called": a person after the list
                found.update(names)
                entry += 1
                if not more:
                    break
        self._pet_cache = (key, found)
        return found

    def _place_run(self, text: str, toks: list[Tok], run: list[int]) -> bool:
        """A town rather than a person: "Kansas City"; "Worcester", "Dayton" (a town and
        no first name) without a title before it; "Orlando" (also a first name) only
        next to another town ("the Miami and Orlando teams", "Boston ..., Worcester")."""
        places = self.lex.places
        name = " ".join(toks[k].low for k in run)
        if name not in places or any(toks[k].poss or k in self._cell_toks for k in run):
            return False
        if len(run) > 1:
            return True
        t = toks[run[0]]
        prv = toks[run[0] - 1] if run[0] else None
        if prv is not None and (prv.low in lx.TITLES_STRONG or prv.low in lx.CUE_BEFORE_STRONG):
            return False
        nxt = toks[run[0] + 1] if run[0] + 1 < len(toks) else None
        if nxt is not None and nxt.cap and text[t.end : nxt.start] == " ":
            return False  # "Dayton Smith"
        if not self.lex.is_first(t.low):
            return True
        for k in (run[0] - 2, run[0] + 2):
            if 0 <= k < len(toks) and toks[k].low in places and toks[k].cap:
                lo, hi = sorted((toks[k], t), key=lambda x: x.start)
                if re.fullmatch(r",? (?:and|or|&) |, ", text[lo.end : hi.start]):
                    return True
        return False

    def _runs(self, text: str, toks: list[Tok], marked: set[int]) -> list[list[int]]:
        runs: list[list[int]] = []
        for i in sorted(marked):
            gap = text[toks[i - 1].end : toks[i].start] if i else ""
            if (
                runs
                and runs[-1][-1] == i - 1
                and (
                    gap in (" ", "-")
                    or (
                        gap == ". "
                        and (
                            len(toks[i - 1].text) <= 2
                            or toks[i - 1].low in lx.TITLES_STRONG
                            or toks[i - 1].low in lx.PLACE_PREFIXES
                        )
                    )
                )
            ):
                runs[-1].append(i)
            else:
                runs.append([i])
        return runs

    def _ambiguous_ok(self, toks: list[Tok], i: int) -> bool:
        """May token ``i``, a name that is also a word, stand for a person here?"""
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev is not None and prev.low in lx.DETERMINERS:
            return False
        if nxt is not None and nxt.cap and self.is_word(nxt.low) and not self.lex.is_name(nxt.low):
            return False  # "Grace Period", "Art Department"
        if (
            prev is not None
            and prev.cap
            and self.is_word(prev.low)
            and not self.lex.is_name(prev.low)
        ):
            return False
        return not (nxt is not None and (nxt.glued or nxt.upper))

    def _group(self, toks: list[Tok], i: int, text: str, limit: int = 4) -> list[int]:
        """Indices of consecutive name-like tokens starting at ``i`` on one line."""
        out: list[int] = []
        j = i
        while j < len(toks) and len(out) < limit:
            t = toks[j]
            if out:
                gap = text[toks[j - 1].end : t.start]
                if "\n" in gap or gap.strip(" .-") != "" or "  " in gap or "\t" in gap:
                    break  # a new line, punctuation or a table's next column
                if gap.startswith(".") and " " in gap and len(toks[j - 1].text) > 2:
                    break  # "… Rutger Vlasic. Error code …": a sentence ends
            if self.nameish(t) or (out and t.low in lx.PARTICLES and j + 1 < len(toks)):
                out.append(j)
            elif len(t.text) == 1 and t.text.isupper() and t.dot:
                out.append(j)  # an initial
            else:
                break
            j += 1
        while out and toks[out[-1]].low in lx.PARTICLES:
            out.pop()
        return out

    def _headers(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        spans: list[tuple[int, int]] = []
        for m in _HEADER_RE.finditer(text):
            spans.append(m.span(1))
        for m in _WROTE_RE.finditer(text):
            line = m.group()
            lt = line.find("<")
            end = m.start() + (lt if lt != -1 else len(line))
            # The name stands right before the address (or before "wrote").
            seg_start = m.start() + max(line.rfind(",", 0, lt if lt != -1 else len(line)), 0)
            spans.append((seg_start, end))
        if not spans:
            return
        by_start = [t.start for t in toks]
        import bisect

        for s, e in spans:
            segment = text[s:e]
            # Blank out addresses and quotes, then look at each comma/semicolon part.
            # "Adeyemi, Oluwaseun" in quotes is one name: hide its comma from the split.
            quoted_commas = [
                s + qm.start() + qm.group().index(",")
                for qm in re.finditer(r'"[^",]+,[^",]+"', segment)
            ]
            cleaned = _EMAILISH_RE.sub(lambda mm: " " * len(mm.group()), segment)
            for qc in quoted_commas:
                cleaned = cleaned[: qc - s] + " " + cleaned[qc - s + 1 :]
            pos = 0
            for part in re.split(r"[;,]", cleaned):
                p_start = s + pos
                p_end = p_start + len(part)
                pos += len(part) + 1
                i = bisect.bisect_left(by_start, p_start)
                idx: list[int] = []
                while i < len(toks) and toks[i].end <= p_end:
                    idx.append(i)
                    i += 1
                words = [toks[k] for k in idx]
                if not words or any(w.low in lx.ROLE_WORDS or w.low in lx.PRODUCTS for w in words):
                    continue
                if not any(
                    self.plausible(w) or (w.upper and self.lex.is_name(w.low)) for w in words
                ):
                    continue
                for k in idx:
                    t = toks[k]
                    if t.low in lx.CREDENTIALS or t.low in lx.TITLES_STRONG:
                        continue
                    if (
                        t.cap or t.upper or (t.text.islower() and self.lex.is_name(t.low))
                    ) and not t.glued:
                        marked.add(k)
                        if any(
                            toks[k].end <= qc < toks[k + 1].start
                            for qc in quoted_commas
                            if k + 1 < len(toks)
                        ):
                            self._joins.add(k)

    def _cue_after(self, toks: list[Tok], i: int, known: frozenset[str] = frozenset()) -> bool:
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        if nxt.low in lx.CUE_AFTER_STRONG or (known and nxt.low in lx.CUE_AFTER):
            return True
        # "Hope and Faith get ...": two names of this request side by side.
        return (
            bool(known)
            and nxt.low in ("and", "&")
            and i + 2 < len(toks)
            and (toks[i + 2].low in known and toks[i + 2].cap)
        )

    def _greetings_titles_cues(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        n = len(toks)
        for i, t in enumerate(toks):
            low = t.low
            # Greetings: "Hi Dev,", "Dear Mrs. Delgado", "hi kevin", "Good morning Ana".
            if (low in lx.GREETINGS and t.line_start) or (
                low == "good" and i + 1 < n and toks[i + 1].low in lx.GREETINGS and t.line_start
            ):
                j = i + 1 if low != "good" else i + 2
                while j < n:
                    gap = text[toks[j - 1].end : toks[j].start]
                    if "\n" in gap or gap.strip(" ,.") not in ("",):
                        break
                    tj = toks[j]
                    if tj.low in lx.TITLES_STRONG:
                        j += 1
                        continue
                    if tj.low in lx.GREETING_NOT_NAMES or tj.low in lx.ROLE_WORDS:
                        break
                    if (
                        tj.cap
                        or tj.upper
                        or (
                            tj.text.islower()
                            and (self.lex.is_first(tj.low) and not self.is_word(tj.low))
                        )
                    ):
                        if tj.glued or tj.low in lx.PRODUCTS:
                            break
                        group = [j] if not (tj.cap or tj.upper) else self._group(toks, j, text, 3)
                        if not group:
                            break
                        marked.update(group)
                        j = group[-1] + 1
                        # "Hi Dev and Priya,"
                        if j < n and toks[j].low in ("and", "und", "y", "et") and j + 1 < n:
                            j += 1
                            continue
                        if j < n and text[toks[j - 1].end : toks[j].start].strip() == ",":
                            nxt = toks[j]
                            if (
                                nxt.cap
                                and self.plausible(nxt)
                                and "\n" not in text[toks[j - 1].end : nxt.start]
                            ):
                                continue
                    break
                continue
            # Titles: "Mrs. Delgado", "Dr Roe", "patient Lopez", "Nurse Ana".
            if low in lx.TITLES_STRONG and (t.cap or t.upper) and i + 1 < n:
                nxt = toks[i + 1]
                gap = text[t.end : nxt.start]
                if (
                    "\n" not in gap
                    and gap.strip(" .") == ""
                    and (nxt.cap or nxt.upper)
                    and not nxt.glued
                    and nxt.low not in lx.PRODUCTS
                    and nxt.low not in lx.ROLE_WORDS
                    and nxt.low not in lx.MONTHS_DAYS
                ):
                    marked.update(self._group(toks, i + 1, text, 3))
                    continue
                if (
                    "\n" not in gap
                    and gap.strip(" .") == ""
                    and nxt.cap
                    and nxt.low in lx.MONTHS_DAYS
                    and not re.match(r"\s*\d", text[nxt.end : nxt.end + 3])
                ):
                    marked.add(i + 1)  # "Dr. April Faith"
                    marked.update(self._group(toks, i + 2, text, 2) if i + 2 < n else ())
                    continue
            if low in lx.TITLES_ROLE and i + 1 < n:
                nxt = toks[i + 1]
                gap = text[t.end : nxt.start]
                if (
                    "\n" not in gap
                    and "  " not in gap
                    and "\t" not in gap
                    and gap.strip(" .:") == ""
                    and (
                        (nxt.cap and self.plausible(nxt))
                        or (nxt.upper and ":" in gap)
                        or (
                            # "patient okafor", "aide darnell": lower case, a name and
                            # no word
                            nxt.text.islower()
                            and not nxt.glued
                            and len(nxt.text) >= 3
                            and self.lex.is_name(nxt.low)
                            and not self.is_word(nxt.low)
                            and nxt.low not in lx.PRODUCTS
                        )
                    )
                ):
                    group = self._group(toks, i + 1, text, 3)
                    if not group and nxt.text.islower():
                        group = [i + 1]
                        if i + 2 < n:
                            nx2 = toks[i + 2]
                            if (
                                text[nxt.end : nx2.start] == " "
                                and nx2.text.islower()
                                and not nx2.glued
                                and self.lex.is_name(nx2.low)
                                and not self.is_word(nx2.low)
                            ):
                                group.append(i + 2)
                    marked.update(group)
                    # "Patient: RAMIREZ, VALENTINA"
                    if group and group[-1] + 1 < n:
                        nx2 = toks[group[-1] + 1]
                        if (
                            text[toks[group[-1]].end : nx2.start] == ", "
                            and nx2.upper == toks[group[-1]].upper
                            and (self.nameish(nx2))
                        ):
                            marked.add(group[-1] + 1)
                            self._joins.add(group[-1])
                    if group:
                        continue
            # "spoke with X", "cc X", "thanks X".
            if low in lx.CUE_BEFORE and i + 1 < n:
                nxt = toks[i + 1]
                gap = text[t.end : nxt.start]
                if "\n" in gap or gap.strip(" :") != "" or nxt.glued:
                    continue
                strong = low in lx.CUE_BEFORE_STRONG
                if nxt.cap and (self.lexical(nxt) or (strong and self.plausible(nxt))):
                    marked.update(self._group(toks, i + 1, text, 3))
                elif nxt.cap and strong and self.lex.is_name(nxt.low) and not nxt.sent_start:
                    if nxt.low not in lx.MONTHS_DAYS and nxt.low not in lx.PRODUCTS:
                        marked.update(self._group(toks, i + 1, text, 3))
                elif (
                    nxt.text.islower()
                    and self.lex.is_first(nxt.low)
                    and not self.is_word(nxt.low)
                    and len(nxt.text) >= 3
                ):
                    marked.add(i + 1)
            # "X called", "Will said".
            if low in lx.CUE_AFTER_STRONG and i >= 1:
                prv = toks[i - 1]
                gap = text[prv.end : t.start]
                if (
                    gap.strip() == ""
                    and "\n" not in gap
                    and prv.cap
                    and not prv.glued
                    and self.lex.is_name(prv.low)
                    and prv.low not in lx.MONTHS_DAYS
                    and prv.low not in lx.PRODUCTS
                    and prv.low not in lx.ROLE_WORDS
                ):
                    marked.add(i - 1)
            # "Maria Lopez, RN"
            if (
                (t.upper or t.cap)
                and low in lx.CREDENTIALS
                and low not in ("it", "sr", "jr")
                and i >= 1
            ):
                prv = toks[i - 1]
                gap = text[prv.end : t.start]
                if gap.strip() in (",", "") and "\n" not in gap and self.plausible(prv):
                    # A signature line "Ama Owusu, LPN": every capitalised token before it.
                    k = i - 1
                    while (
                        k >= 0
                        and k >= i - 4
                        and (toks[k].cap or toks[k].upper)
                        and not toks[k].glued
                    ):
                        if toks[k].line_start:
                            marked.update(range(k, i))
                            break
                        if text[toks[k - 1].end : toks[k].start] not in (" ", "-") if k else False:
                            break
                        k -= 1
                    k = i - 1
                    while k >= 0 and self.plausible(toks[k]) and k >= i - 3:
                        marked.add(k)
                        if k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]:
                            break
                        if text[toks[k - 1].end : toks[k].start].strip(" .") != "":
                            break
                        k -= 1

    def _signoffs(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        lines = text.split("\n")
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        import bisect

        starts = [t.start for t in toks]

        def line_toks(k: int) -> list[int]:
            s, e = offsets[k], offsets[k] + len(lines[k])
            i = bisect.bisect_left(starts, s)
            out = []
            while i < len(toks) and toks[i].end <= e:
                out.append(i)
                i += 1
            return out

        def name_line(k: int) -> bool:
            line = lines[k].strip().lstrip("-–—~ ").strip()
            if not line or len(line) > 60 or any(ch.isdigit() or ch == "@" for ch in line):
                return False
            head = re.split(r",| \| | - | – ", line)[0]
            idx = [
                i
                for i in line_toks(k)
                if toks[i].start < offsets[k] + lines[k].find(head) + len(head) + 1
            ]
            idx = [i for i in idx if toks[i].low not in lx.CREDENTIALS or toks[i].cap]
            idx = [i for i in idx if toks[i].low not in lx.CREDENTIALS]
            if not 1 <= len(idx) <= 4:
                return False
            ws = [toks[i] for i in idx]
            if any(w.low in lx.ROLE_WORDS or w.low in lx.PRODUCTS for w in ws):
                return False
            if len(ws) == 1 and ws[0].text.islower() and not ws[0].glued:
                w = ws[0]
                if self.lex.is_first(w.low) and not self.is_word(w.low) and len(w.text) >= 3:
                    marked.add(idx[0])  # "thx\njess"
                    return True
            if not all(self.nameish(w) or w.low in lx.PARTICLES or len(w.text) == 1 for w in ws):
                return False
            if not any(self.plausible(w) for w in ws):
                return False
            marked.update(i for i in idx if w_ok(toks[i]))
            return True

        def w_ok(t: Tok) -> bool:
            return t.low not in lx.PARTICLES or t.cap

        for k, line in enumerate(lines):
            stripped = line.strip().rstrip(",.!").strip().lower()
            if not stripped:
                continue
            if stripped in lx.SIGNOFFS or line.strip() == "--":
                for k2 in range(k + 1, min(k + 3, len(lines))):
                    if lines[k2].strip():
                        name_line(k2)
                        break
                continue
            # Same line: "Thanks, Kevin", "Best - Maria", "— Dan".
            for so in ("thanks", "thank you", "best", "cheers", "regards", "thx"):
                if stripped.startswith(so + ",") or stripped.startswith(so + " -"):
                    idx = line_toks(k)
                    rest = [
                        i
                        for i in idx
                        if toks[i].start > offsets[k] + line.lower().find(so) + len(so)
                    ]
                    if (
                        1 <= len(rest) <= 3
                        and all(self.nameish(toks[i]) for i in rest)
                        and any(self.plausible(toks[i]) for i in rest)
                    ):
                        marked.update(rest)
                    break
            if line.lstrip().startswith(("—", "– ", "-- ")) and k >= len(lines) - 4:
                idx = line_toks(k)
                if 1 <= len(idx) <= 3 and all(self.plausible(toks[i]) for i in idx):
                    marked.update(idx)

    def _title_case_line(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is token ``i`` in a heading or subject written in Title Case?"""
        t = toks[i]
        ls = text.rfind("\n", 0, t.start) + 1
        le = text.find("\n", t.end)
        le = len(text) if le == -1 else le
        line = text[ls:le]
        if line.lower().startswith("subject:") or line.lower().startswith("betreff:"):
            return True
        words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
        if len(words) < 3:
            return False
        caps = sum(w[0].isupper() for w in words)
        return caps / len(words) >= 0.75

    def _org_context(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is token ``i`` part of a product or organisation name ("Office Ally",
        "Marlow Data", "SQL Server 2019", "Holzbau Reiter GmbH")?"""
        t = toks[i]
        text[t.end : t.end + 3]
        if re.match(r" \d{1,4}(?![\d.:/-])", text[t.end : t.end + 7]):
            return True  # "Server 2019", "Windows 11"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        if nxt is not None and text[t.end : nxt.start] in (" ", "-"):
            if (
                nxt.low in lx.ORG_SUFFIXES
                or nxt.glued
                or (nxt.upper and nxt.low not in lx.CREDENTIALS)
            ):
                return True
            if nxt.low in lx.PRODUCTS or nxt.low in lx.ROLE_WORDS:
                return True
            if nxt.cap and self.is_word(nxt.low) and not self.lex.is_name(nxt.low):
                return True
            # Further along the same run of capitalised words: "Holzbau Reiter GmbH".
            j = i + 1
            while (
                j < len(toks)
                and j < i + 4
                and toks[j].cap
                and text[toks[j - 1].end : toks[j].start] == " "
            ):
                j += 1
            if (
                j < len(toks)
                and toks[j].low in lx.ORG_SUFFIXES
                and text[toks[j - 1].end : toks[j].start] == " "
            ):
                return True
        if prev is not None and text[prev.end : t.start] in (" ", "-"):
            if (
                prev.glued
                or (prev.upper and prev.low not in lx.TITLES_STRONG)
                or prev.low in lx.PRODUCTS
            ):
                return True
            if (
                prev.cap
                and self.is_word(prev.low)
                and not self.lex.is_name(prev.low)
                and (prev.low not in lx.CUE_BEFORE and prev.low not in lx.TITLES_ROLE)
            ):
                return True
        return False

    def _subject_toks(self, text: str, toks: list[Tok]) -> set[int]:
        """Tokens on ``Subject:`` header lines: written in Title Case, so a capitalised
        word there is no evidence of a name by itself."""
        import bisect

        starts = [t.start for t in toks]
        found: set[int] = set()
        for m in _SUBJECT_RE.finditer(text):
            found.update(
                range(bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end()))
            )
        return found

    def _lexicon(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        subjects = self._subject_toks(text, toks)
        for i, t in enumerate(toks):
            if i in marked or not t.cap or t.glued or len(t.text) < 2 or i in subjects:
                continue
            low = t.low
            if low in lx.PRODUCTS or low in lx.MONTHS_DAYS or low in lx.ROLE_WORDS:
                continue
            if low in lx.TITLES_STRONG or low in lx.GREETINGS or low in lx.PLACES:
                continue
            if low in lx.ORG_SUFFIXES or not self.lex.is_name(low):
                continue
            if re.match(r" (?:of|for|de|der|du) [A-Z]", text[t.end : t.end + 6]) and self.is_word(
                low
            ):
                continue  # "Bank of Ireland", "Office of Vital Records"
            if self._org_context(text, toks, i):
                continue
            z = self.lex.zipf(low)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if i and z and toks[i - 1].low in lx.NOUN_DETERMINERS and toks[i - 1].text.islower():
                continue  # "der Dienst", "unser Arzt": a noun
            if low in lx.PARTICLES and nxt is not None and not (nxt.cap or nxt.upper):
                continue  # "De koppeling …": an article, not "De Jong"
            if z == 0:
                marked.add(i)
                continue
            # Also an ordinary word: Will, Grace, Hope, Mark, Bill, Rose, Smith, Young.
            if z >= 2 and low != "will":
                continue
            if text[t.end : t.end + 1] == ":" and not t.line_start:
                continue  # a field label inside a line: "DOB: …  Plan: BlueCare"
            if t.poss and self.lex.is_first(low):
                marked.add(i)  # "Chase's laptop"
                continue
            if t.sent_start:
                if nxt is not None and (
                    nxt.low in lx.CUE_AFTER_STRONG
                    or (
                        nxt.cap
                        and self.plausible(nxt)
                        and not nxt.sent_start
                        and text[t.end : nxt.start] == " "
                        and not self._org_context(text, toks, i + 1)
                    )
                    or self._role_after(toks, i)
                ):
                    marked.add(i)
                continue
            if self._ambiguous_ok(toks, i):
                marked.add(i)

    def _unknown_pairs(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """Two capitalised tokens that are neither words nor known names, side by side
        mid-sentence: "for Nomvula Dlamini and ..."."""
        subjects = self._subject_toks(text, toks)
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if (i in marked and i + 1 in marked) or i in subjects:
                continue
            if not (a.cap and b.cap) or a.sent_start or a.glued or b.glued:
                continue
            if text[a.end : b.start] != " ":
                continue
            if any(
                self.is_word(t.low)
                or t.low in lx.PRODUCTS
                or t.low in lx.PLACES
                or t.low in lx.ROLE_WORDS
                or len(t.text) < 3
                for t in (a, b)
            ):
                continue
            if self._org_context(text, toks, i + 1) and not self.lex.is_name(b.low):
                continue
            if not (
                self.lex.is_name(a.low)
                or self.lex.is_name(b.low)
                or _DOUBLE_BARREL_RE.match(b.text)
                or (i and toks[i - 1].low in _PAIR_CUES)
                or _ID_AFTER_RE.match(text, b.end)
            ):
                continue  # "Acuvue Oasys", "Ceridian Dayforce": two unknown words, no cue
            marked.update((i, i + 1))

    def _nicknames(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """ "Rosalind Achterberg (Roz)", 'Robert "Bob" Lindqvist'."""
        for i in range(1, len(toks)):
            if i in marked or i - 1 not in marked or not toks[i].cap:
                continue
            gap = text[toks[i - 1].end : toks[i].start]
            close = text[toks[i].end : toks[i].end + 1]
            if gap in (" (", ' "', " “") and close in (")", '"', "”"):
                marked.add(i)

    def _role_after(self, toks: list[Tok], i: int) -> bool:
        """ "Joy in billing says", "Hope at the front desk"."""
        if i + 2 >= len(toks) or toks[i + 1].low not in ("in", "at", "from"):
            return False
        k = i + 2
        if toks[k].low == "the" and k + 1 < len(toks):
            k += 1
        return toks[k].low in lx.ROLE_WORDS

    def _standalone(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """Name lines and name cells: a signature line ("Bill", "Hope" at the end), a
        paragraph opening "Dev," / "Will -", a cell of a table or list ("2) Kwame Mensah",
        "- Thabo Nkosi: ...", "Nkechi Eze" between runs of spaces)."""
        lines = text.split("\n")
        pos = 0
        starts = [t.start for t in toks]
        import bisect

        for k, line in enumerate(lines):
            ls = pos
            pos += len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            i0 = bisect.bisect_left(starts, ls)
            i1 = bisect.bisect_left(starts, ls + len(line))
            if i0 >= i1:
                continue
            prev_blank = (
                k == 0
                or not lines[k - 1].strip()
                or lines[k - 1].rstrip().endswith((".", "!", "?", ","))
            )
            next_line = next((ln.strip() for ln in lines[k + 1 :] if ln.strip()), "")
            next_blank = k + 1 >= len(lines) or not lines[k + 1].strip()
            # 1. A line that is only a name, in signature position.
            body = stripped.lstrip("-–—~ ").rstrip(",.! ")
            idx = list(range(i0, i1))
            if (
                1 <= len(idx) <= 3
                and re.fullmatch(r"[^\W\d_][\w'’. -]*", body)
                and prev_blank
                and (
                    next_blank
                    or not next_line
                    or next_line.startswith(("--", "__", "On ", ">", "From:", "Sent from"))
                    or self._role_line(next_line)
                    or stripped.startswith(("-", "–", "—"))
                )
            ):
                ws = [toks[i] for i in idx]
                if (
                    all(self.nameish(w) or w.low in lx.PARTICLES for w in ws)
                    and all(
                        w.low not in lx.SIGNOFF_WORDS and w.low not in lx.ROLE_WORDS for w in ws
                    )
                    and any(self.lex.is_first(w.low) or not self.is_word(w.low) for w in ws)
                    and all(
                        self.lex.is_first(w.low)
                        or not self.is_word(w.low)
                        or (n > 0 and self.lex.is_last(w.low))
                        or w.low in lx.PARTICLES
                        for n, w in enumerate(ws)
                    )
                    and not any(self.lex.zipf(w.low) >= 2 and w.low != "will" for w in ws)
                ) and (len(ws) > 1 or ws[0].low not in lx.NOT_LINE_NAMES):
                    marked.update(i for i in idx if toks[i].low not in lx.PARTICLES or toks[i].cap)
                    continue
            # 2. A paragraph that opens with a name: "Dev," / "Will, quote attached" / "Dev -".
            t = toks[i0]
            if k and lines[k - 1].rstrip().endswith(":"):
                prev_blank = True
            if (
                (
                    t.line_start
                    and t.text.islower()
                    and not t.glued
                    and text[t.end : t.end + 3] == " - "
                )
                and self.lex.is_first(t.low)
                and not self.is_word(t.low)
                and len(t.text) >= 3
            ):
                marked.add(i0)  # "raúl - MacBook Pro 14 - FVFH3LQ2Q6L4"
            if prev_blank and t.line_start and (t.cap or t.upper) and not t.glued:
                after = text[t.end : t.end + 2]
                if (
                    (after.startswith(",") or after == " -")
                    and t.low not in lx.PARAGRAPH_OPENERS
                    and (
                        self.lex.is_first(t.low) or (self.plausible(t) and not self.is_word(t.low))
                    )
                    and t.low not in lx.PRODUCTS
                    and t.low not in lx.ROLE_WORDS
                ):
                    marked.add(i0)
            # 3. Cells of a table or list.
            cells = re.split(r"\s{2,}|\t| [-–—|] |:\s| \(", line)
            if len(cells) < 2 and not re.match(r"\s*(?:[-*•]|\d{1,2}[).])\s", line):
                continue
            cpos = ls
            for cell in cells:
                cstart = line.find(cell, cpos - ls) + ls if cell else cpos
                cpos = cstart + len(cell)
                ctext = re.sub(r"^\s*(?:[-*•]|\d{1,2}[).])\s+", "", cell).strip().rstrip(",;:")
                if not ctext or re.search(r"[\d@/()#]", ctext):
                    continue
                off = cell.find(ctext)
                c0 = bisect.bisect_left(starts, cstart + off)
                c1 = bisect.bisect_left(starts, cstart + off + len(ctext))
                ws = toks[c0:c1]
                if not 2 <= len(ws) <= 4:
                    continue
                if not all(
                    ((w.cap or w.upper or (len(w.text) == 1 and w.dot)) and not w.glued)
                    or w.low in lx.PARTICLES
                    for w in ws
                ):
                    continue
                if any(
                    w.low in lx.PRODUCTS
                    or w.low in lx.ROLE_WORDS
                    or w.low in lx.MONTHS_DAYS
                    or w.low in lx.CREDENTIALS
                    or w.low in lx.TITLES_STRONG
                    for w in ws
                ):
                    continue
                if all(self.is_word(w.low) and not self.lex.is_name(w.low) for w in ws):
                    continue
                if sum(self.is_word(w.low) and not self.lex.is_name(w.low) for w in ws) > 1:
                    continue
                if not any(
                    self.lex.is_name(w.low) or not self.is_word(w.low)
                    for w in ws
                    if len(w.text) > 1
                ):
                    continue
                marked.update(range(c0, c1))

    def _role_line(self, line: str) -> bool:
        """A job title or organisation line under a name in a signature."""
        words = re.findall(r"[^\W\d_]+", line.lower())
        return (
            bool(words)
            and len(words) <= 8
            and any(w in lx.ROLE_WORDS or w in lx.JOB_WORDS or w in lx.CREDENTIALS for w in words)
        )

    def _neighbours(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        changed = True
        while changed:
            changed = False
            for i in sorted(marked):
                for j in (i - 1, i + 1):
                    if j < 0 or j >= len(toks) or j in marked:
                        continue
                    a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
                    gap = text[a.end : b.start]
                    if (
                        gap not in (" ", "-", ". ", " ")
                        and not (gap == "" and a.dot)
                        and not (gap == "." and len(a.text) == 1 and a.text.isupper())
                    ):
                        continue  # ("J.R. Tolliver": initials without a space)
                    t = toks[j]
                    if t.glued or not (t.cap or (t.upper and toks[i].upper)):
                        if len(t.text) == 1 and t.text.isupper() and t.dot and j < i:
                            marked.add(j)
                            changed = True
                        elif (
                            j < i
                            and j >= 1
                            and t.low in lx.PARTICLES
                            and t.text.islower()
                            and gap == " "
                            and toks[i].cap
                            and (
                                j - 1 in marked
                                or toks[j - 1].low in lx.TITLES_STRONG
                                or toks[j - 1].low in lx.TITLES_ROLE
                                or toks[j - 1].low in lx.GREETINGS
                            )
                            and text[toks[j - 1].end : t.start].strip(" .") == ""
                            and "\n" not in text[toks[j - 1].end : t.start]
                        ):
                            marked.add(j)  # "Mevrouw de Jong", "Frau van der Berg"
                            changed = True
                        elif t.low in lx.PARTICLES and j + 1 < len(toks) and j > i:
                            k = j
                            while k + 1 < len(toks) and toks[k].low in lx.PARTICLES and k < j + 3:
                                k += 1
                            nx = toks[k]
                            if (
                                nx.cap
                                and self.plausible(nx)
                                and text[toks[k - 1].end : nx.start] == " "
                            ):
                                marked.update(range(j, k + 1))
                                changed = True
                        continue
                    if t.low in lx.PRODUCTS or t.low in lx.ROLE_WORDS or t.low in lx.MONTHS_DAYS:
                        continue
                    if t.upper and t.low in lx.RECORD_WORDS:
                        continue  # "OKONKWO, ADAEZE DOB 2016-11-23"
                    if (
                        t.low in lx.TITLES_STRONG
                        or t.low in lx.CREDENTIALS
                        or t.low in lx.GREETINGS
                    ):
                        continue
                    if t.low in lx.TITLES_ROLE or t.low in lx.CUE_BEFORE:
                        continue
                    if self.is_word(t.low) and not self.lex.is_name(t.low):
                        continue
                    if j < i and t.sent_start and self.is_word(t.low):
                        continue
                    if gap == ". " and (j > i or len(t.text) > 2):
                        continue  # "... Lopez. Then", "use Brightree. Luca": a sentence end
                    marked.add(j)
                    changed = True

    def _row_heads(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """A list of rows laid out alike ("Mendoza TX 40918273", "Fonseca - PT86 …",
        "Brooks - EMDR - Tufts …") whose first cell is a person's name in one row: the
        first cells of the rows next to it, laid out the same way, are names too. A
        head that is a frequent word, a product, a role, a place or an organisation's
        word, or a pet listed after a species word, is left alone."""
        import bisect

        starts = [t.start for t in toks]
        rows: list[tuple[int, int, str, list[int]]] = []  # line start, end, layout, heads
        for m in _ROW_RE.finditer(text):
            hs, he = m.span("head")
            i = bisect.bisect_left(starts, hs)
            idx: list[int] = []
            while i < len(toks) and toks[i].end <= he:
                idx.append(i)
                i += 1
            if not idx or toks[idx[0]].start != hs or toks[idx[-1]].end != he:
                continue
            sep = m.group("sep").strip() or " "
            mark = (m.group("mark") or "").strip()
            key = f"{mark[:1].isdigit()}{mark[:1]}{sep}"
            rows.append((m.start(), m.end(), key, idx))
        if len(rows) < 2:
            return
        pets: set[int] | None = None
        n = 0
        while n < len(rows):
            # a block: consecutive lines with the same marker and separator
            k = n + 1
            while (
                k < len(rows)
                and rows[k][2] == rows[n][2]
                and rows[k][0] == rows[k - 1][1] + 1
            ):
                k += 1
            block = rows[n:k]
            n = k
            if len(block) < 2:
                continue
            if pets is None:
                pets = self._pet_list_toks(text, toks)
            if not any(all(i in marked for i in r[3]) for r in block):
                # no row's head is a name yet: a list of at least two known surnames,
                # none a place, each row with a number or code after it
                heads = [r[3] for r in block]
                named = [
                    idx
                    for idx in heads
                    if all(
                        self.lex.is_name(toks[i].low)
                        and self.lex.zipf(toks[i].low) < 2
                        and toks[i].low not in self.lex.places
                        and toks[i].cap
                        for i in idx
                    )
                ]
                if len(named) < 2 or not all(
                    any(ch.isdigit() for ch in text[toks[idx[-1]].end : e])
                    for (_s, e, _key, idx) in block
                ):
                    continue
            for _s, _e, _key, idx in block:
                if all(i in marked for i in idx):
                    continue
                part = any(i in marked for i in idx)
                if (
                    all(
                        i in marked
                        or self._row_head_tok(toks[i])
                        or (part and toks[i].cap and self.lex.zipf(toks[i].low) < 2)
                        for i in idx
                    )
                    and not (set(idx) & pets)
                ):
                    marked.update(idx)

    def _more_titles(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """A surname after a Polish "pan/pani" in any case ("u pacjenta pana
        Lewandowskiego") or after the French "M." in French mail ("M. Abdelkader se
        connecte"): the title is not masked, the name after it is."""
        french: bool | None = None
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if i + 1 in marked or nxt.glued or not nxt.cap or not self.plausible(nxt):
                continue
            if t.low in _POLISH_TITLES and t.text.islower() and text[t.end : nxt.start] == " ":
                marked.add(i + 1)
            elif t.text == "M" and t.dot and text[t.end : nxt.start] == ". ":
                if french is None:
                    french = len(_FRENCH_WORDS_RE.findall(text)) >= 3
                if french and not self.lex.is_first(nxt.low):
                    marked.add(i + 1)

    def _row_head_tok(self, t: Tok) -> bool:
        if t.glued or not (t.cap or t.text.islower() or (t.upper and self.lex.is_name(t.low))):
            return False
        low = t.low
        if any(low in words for words in _ROW_HEAD_NOT_NAMES):
            return False
        if t.text.islower() and low not in lx.PARTICLES and not self.lex.is_name(low):
            return False
        z = self.lex.zipf(low)
        return z == 0 or (z == 1 and self.lex.is_name(low)) or low in lx.PARTICLES

    def _surname_comma_first(self, text: str, toks: list[Tok], marked: set[int]) -> None:
        """"Surname, Firstname" is one name: "Pruitt, Walter", "de Boer, Femke",
        "Ashworth, Kenneth 485 777 3457". The surname is a name found by the other
        rules, or a name-like word opening its row; the first name is a known first
        name, and a word that is also a first name ("June", "Will") only where the pair
        fills a cell of its own."""
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if i in self._joins or text[a.end : b.start] != ", " or b.glued or a.glued:
                continue
            if not (b.cap or (b.text.islower() and a.text.islower())):
                continue
            if b.low in lx.PRODUCTS or b.low in lx.ROLE_WORDS or b.low in lx.GREETINGS:
                continue
            if b.low in lx.TITLES_STRONG or b.low in lx.CREDENTIALS:
                continue
            rest = text[b.end : b.end + 2]
            cell_end = rest[:1] in ("", "\n", "\r", ",", ";", "|", '"', "\t", ")") or rest in (
                " |",
                " -",
                " (",
            )
            if not cell_end and not re.match(r" \d", rest):
                continue
            # where does the surname's run begin: first in its row or cell?
            j = i
            while j > 0 and j - 1 in marked and text[toks[j - 1].end : toks[j].start] == " ":
                j -= 1
            if j < i and self.lex.is_first(toks[j].low) and toks[j].low not in lx.PARTICLES:
                continue  # "Jo Smith, Jo": a full name, then the next one
            before = text[max(0, toks[j].start - 4) : toks[j].start]
            cell_start = (
                toks[j].line_start
                or before[-1:] in (",", ";", "|", '"', "\t")
                or before[-2:] in (", ", "; ", "| ", ". ", "- ")
            )
            if not self.lex.is_first(b.low) and not (
                cell_start
                and cell_end
                and i in marked
                and (i + 1 in marked or b.low in _MONTH_FIRST_NAMES)
            ):
                continue
            word_like = self.is_word(b.low) or b.low in lx.MONTHS_DAYS
            if i in marked:
                if word_like and not (cell_start and cell_end):
                    continue
            else:
                if not (
                    cell_start
                    and cell_end
                    and i + 1 in marked
                    and a.cap
                    and self.plausible(a)
                    and not word_like
                    and a.low not in lx.GREETINGS
                    and a.low not in lx.SIGNOFF_WORDS
                    and a.low not in lx.PRODUCTS
                ):
                    continue
                marked.add(i)
            marked.add(i + 1)
            self._joins.add(i)

    def _merge(self, text: str, toks: list[Tok], marked: set[int]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for i in sorted(marked):
            t = toks[i]
            if spans and i - 1 in marked and i - 1 in self._joins:
                # "Roe, J.": an initial keeps its period
                spans[-1] = (spans[-1][0], t.end + (1 if len(t.text) == 1 and t.dot else 0))
                continue
            if spans and i - 1 in marked:
                gap = text[spans[-1][1] : t.start]
                if gap in (" ", "-") or (gap == ". " and len(toks[i - 1].text) == 1):
                    spans[-1] = (spans[-1][0], t.end)
                    continue
                if gap == "" and toks[i - 1].dot:
                    spans[-1] = (spans[-1][0], t.end)
                    continue
                opens = gap.strip() in ('"', "“", "(") and text[t.end : t.end + 1] in (
                    '"',
                    "”",
                    ")",
                )
                if gap in (' "', '" ', " “", "” ", " (", ") ") and (
                    opens or gap.strip() in ('"', "”", ")")
                ):
                    spans[-1] = (spans[-1][0], t.end)  # 'Theodore "Teddy" Markwick'
                    continue
            start, end = t.start, t.end
            if len(t.text) == 1 and t.dot:
                end += 1
            spans.append((start, end))
        return spans


# A row of a list laid out as "<head><separator><rest>": the head is one to four
# words at the start of a line (after an optional "-", "•" or "3."), the separator a
# "|", ";", ",", a spaced dash, or a space before a number or a capitalised code.
_ROW_RE = re.compile(
    r"^[ \t]*(?P<mark>(?:[-*•–]|\d{1,3}[.)])[ \t]+)?"
    r"(?P<head>[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
    r"(?:[ \t][^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*){0,3}?)"
    r"(?P<sep>[ \t]*[|;,][ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?=\d|[A-Z]{2,3}\b))"
    r"(?P<tail>\S[^\n]*)$",
    re.MULTILINE,
)

#: Months that are also first names: "Abernathy, June" in a row of names.
_MONTH_FIRST_NAMES = frozenset("april may june august".split())

#: Polish forms of "Mr"/"Mrs" before a surname in any case.
_POLISH_TITLES = frozenset("pan pana panu panem pani panią panie".split())
_FRENCH_WORDS_RE = re.compile(r"\b(?:le|la|les|des|est|une|pour|avec|dans|sur|depuis|nous)\b")

#: Words that never head a row of names.
_ROW_HEAD_NOT_NAMES = (
    lx.PRODUCTS,
    lx.ROLE_WORDS,
    lx.MONTHS_DAYS,
    lx.GREETINGS,
    lx.GREETING_NOT_NAMES,
    lx.TITLES_STRONG,
    lx.TITLES_ROLE,
    lx.CREDENTIALS,
    lx.ORG_WORDS,
    lx.ORG_HEADS,
    lx.FACILITY_WORDS,
    lx.PLACE_WORDS,
    lx.PRODUCT_WORDS,
    lx.ROOM_HEADS,
    lx.BUILDING_WORDS,
    lx.SIGNOFF_WORDS,
    lx.RECORD_WORDS,
    lx.JOB_WORDS,
    lx.SPECIES_WORDS,
    lx.PLACES,
)


# Lower-case words inside an organisation's name.
_PHRASE_PARTICLES = frozenset("de del della di du des für fur of van der la le y e".split())


#: Legal forms after a name: a firm ("Hale Morgan LLP", "Vries Metaaltechniek B.V.")
_LEGAL_FORMS = frozenset(
    "gmbh inc llc ltd llp plc corp ag kg sa srl bv pty pllc lp ug ohg gbr oy nv sarl spa".split()
)


def _lower_compound(word: str) -> bool:
    """A hyphenated word whose last part is a lower-case noun of five letters or more
    ("Intramed-koppeling", "quinta-feira"); double-barrelled names are capitalised."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1]
    return len(tail) >= 5 and tail.isalpha() and tail.islower()


def _head_low(low: str) -> str:
    """``low`` without an elided article: "l'hospice" -> "hospice"."""
    return re.sub(r"^(?:l|d|dell|all|nell)['’]", "", low)


def _phrase_gap(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end : b.start] in (" ", "-")


def _thing_follows(text: str, last: Tok, nxt: Tok | None, *, places: bool) -> bool:
    """A word right after a run that makes it a product, facility, organisation (or,
    with ``places``, a place): "Parker Medical", "Milan warehouse", "Dallas offices"."""
    return (
        nxt is not None
        and text[last.end : nxt.start] == " "
        and not last.poss
        and (
            nxt.low in lx.PRODUCT_WORDS
            or (places and nxt.low in lx.PLACE_WORDS)
            or nxt.low in lx.FACILITY_WORDS
            or (nxt.cap and nxt.low in lx.ORG_WORDS)
        )
    )
