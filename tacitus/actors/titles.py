"""Titles and roles: what "the Iranian foreign minister" or "Defense Secretary" asks for.

A *role* is a canonical lower-case phrase ("foreign minister", "president", "leader").
Offices get roles from their title (``office_roles``) plus the ``roles`` written in the data;
mentions get roles from the title words around their head noun (``title_of``). A mention
matches an office when they share a role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .dictionary import Office

# the labels of a transcript or an interview that name no one ("QUESTION:", "MODERATOR:",
# "Q:"): a name made only of these words is no person (the tagger often reads them so); with
# a name beside them ("SPEAKER PELOSI:") they name someone
LABEL_WORDS = frozenset(
    {"question", "questions", "q", "answer", "a", "moderator", "operator", "reporter",
     "reporters", "interviewer", "audience", "member", "participant", "host", "note", "editor",
     "update", "unidentified", "unknown", "speaker", "voice", "male", "female", "off", "mic",
     "camera", "crosstalk", "inaudible", "applause", "laughter"}
)  # fmt: skip

# title words in text (lower-case lemmas, hyphens dropped) -> role
ROLE_PHRASES: dict[tuple[str, ...], str] = {
    tuple(words.split()): role
    for role, phrases in {
        "president": ["president"],
        "vice president": ["vice president"],
        "prime minister": ["prime minister", "premier", "pm"],
        "chancellor": ["chancellor"],
        "monarch": ["king", "queen", "monarch", "emir", "amir", "sultan", "emperor"],
        "crown prince": ["crown prince"],
        "supreme leader": ["supreme leader"],
        "leader": ["leader", "ruler", "strongman"],
        "head of state": ["head of state"],
        "head of government": ["head of government"],
        "foreign minister": [
            "foreign minister", "foreign secretary", "minister of foreign affairs",
            "minister of foreign affair", "minister for foreign affairs",
            "minister for foreign affair", "foreign affairs minister", "foreign affair minister",
            "external affairs minister", "external affair minister",
            "minister of external affairs", "minister of external affair", "top diplomat",
            "chief diplomat",
        ],
        "secretary of state": ["secretary of state"],
        "defence minister": [
            "defence minister", "defense minister", "defence secretary", "defense secretary",
            "secretary of defense", "secretary of defence", "minister of defence",
            "minister of defense", "minister for defence", "minister of national defence",
            "minister of national defense", "armed forces minister",
            "minister of the armed forces", "minister of armed forces", "pentagon chief",
        ],
        "secretary-general": ["secretary general"],
        "director-general": ["director general"],
        "high representative": ["high representative", "foreign policy chief"],
        "commission president": ["commission president"],
        "high commissioner": [
            "high commissioner", "human rights chief", "human right chief", "rights chief",
            "right chief", "refugee chief",
        ],
        "humanitarian chief": ["humanitarian chief", "aid chief", "relief chief"],
        "envoy": ["envoy", "special envoy", "mediator"],
        "spokesperson": ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
        "commander": ["commander", "military chief", "military commander"],
        "general secretary": ["general secretary", "party chief", "party leader"],
        "chair": ["chair", "chairman", "chairwoman", "chairperson"],
        "managing director": ["managing director"],
        "prosecutor": ["prosecutor", "chief prosecutor"],
        "speaker": ["speaker"],
        "commissioner": ["commissioner"],
        "adviser": ["adviser", "advisor"],
        "founder": ["founder"],
        "deputy leader": ["deputy leader"],
        "intelligence chief": ["intelligence chief", "spy chief", "spymaster"],
        "army chief": ["army chief", "chief of staff", "chief of the general staff"],
        "senator": ["senator", "sen."],
        "governor": ["governor", "gov."],
        "attorney general": ["attorney general"],
        "chief": ["chief"],
        "head": ["head"],
        "minister": ["minister"],
        "secretary": ["secretary"],
    }.items()
    for words in phrases
}  # fmt: skip
MAX_PHRASE = max(len(k) for k in ROLE_PHRASES)
# head nouns of titles ("minister" in "minister of foreign affairs", "chief" in "NATO chief")
TITLE_HEADS = frozenset(
    {(k[0] if ("of" in k or "for" in k) else k[-1]) for k in ROLE_PHRASES} | {"counterpart"}
)
# roles that name an office precisely enough to look its holder up
SPECIFIC = frozenset(ROLE_PHRASES.values()) - {"minister", "secretary", "chief", "head"}
GENERIC_COMPATIBLE = {  # a generic word in text is compatible with these office roles
    "minister": ("foreign minister", "defence minister", "minister"),
    "secretary": ("secretary of state", "defence minister", "secretary", "secretary-general"),
    "chief": ("chief", "leader", "head", "commander", "secretary-general", "director-general"),
    "head": ("head", "chief", "leader", "secretary-general", "director-general"),
    "leader": ("leader", "supreme leader"),
    "president": ("president", "commission president"),
}
# words before a title that make it another office ("deputy foreign minister", "rebel leader")
NOT_THE_OFFICE = frozenset(
    {"deputy", "vice", "junior", "assistant", "under", "lieutenant", "shadow", "rebel", "opposition",
     "militia", "tribal", "religious", "spiritual", "community", "union", "student", "protest",
     "militant", "insurgent", "separatist", "clan", "faction"}
)  # fmt: skip
FORMER = frozenset({"former", "ex", "then", "late", "erstwhile", "previous"})
FUTURE = frozenset({"elect", "designate", "incoming", "future", "would-be"})
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class Title:
    """The title words of a mention and what they ask for."""

    text: str  # the words, as written
    roles: frozenset[str]  # canonical roles ("foreign minister"); empty when none matched
    former: bool = False  # "former", "ex-", "then-", "late"
    future: bool = False  # "-elect", "incoming", "designate"
    lemmas: frozenset[str] = frozenset()  # its words' lemmas ("lawmaker", "minister")

    @property
    def specific(self) -> frozenset[str]:
        return self.roles & SPECIFIC


@cache
def title_roles(title: str) -> frozenset[str]:
    """Roles an office title carries ("Minister of Foreign Affairs" -> foreign minister)."""
    t = " " + re.sub(r"[^a-z]+", " ", title.lower()) + " "
    if re.search(r" (deputy|vice|under|assistant|junior) | minister of state | delegate ", t):
        return frozenset()
    if re.search(r" spokes(man|woman|person) ", t):
        return frozenset({"spokesperson"})
    roles: set[str] = set()
    rules = (
        (r" president ", "president"),
        (r" prime minister | premier | head of government ", "prime minister"),
        (r" chancellor ", "chancellor"),
        (r" king | queen | emir | sultan | emperor | monarch ", "monarch"),
        (r" crown prince ", "crown prince"),
        (r" supreme leader ", "supreme leader"),
        (r" leader ", "leader"),
        (
            r" (minister|secretary) .*(foreign|external affairs)|^ foreign (minister|secretary) ",
            "foreign minister",
        ),
        (r"^ secretary of state $", "foreign minister"),
        (r" secretary of state ", "secretary of state"),
        (
            r" (minister|secretary) .*defen[cs]e |^ defen[cs]e (minister|secretary) ",
            "defence minister",
        ),
        (r" minister of the armed forces ", "defence minister"),
        (r" secretary general ", "secretary-general"),
        (r" director general ", "director-general"),
        (r" high representative ", "high representative"),
        (r" high commissioner ", "high commissioner"),
        (r" envoy ", "envoy"),
        (r" commander ", "commander"),
        (r"^ senator ", "senator"),
        (r"^ governor ", "governor"),
        (r"^ attorney general ", "attorney general"),
    )
    for pattern, role in rules:
        if re.search(pattern, t):
            roles.add(role)
    if " minister " in t and "prime minister" not in roles:
        roles.add("minister")
    if " secretary " in t and "secretary-general" not in roles:
        roles.add("secretary")
    return frozenset(roles)


def office_roles(office: Office) -> frozenset[str]:
    """Roles of an office: from its title, plus those written in the data."""
    return title_roles(office.title) | frozenset(office.roles)


def compatible(asked: frozenset[str], held: frozenset[str]) -> bool:
    """Whether a mention asking for ``asked`` roles can be a holder of ``held`` roles."""
    for role in asked:
        if role in held or any(r in held for r in GENERIC_COMPATIBLE.get(role, ())):
            return True
    return False


def title_tokens(head: Token) -> list[Token]:
    """The title words around a head noun: left compounds/adjectives with their "of" phrases,
    the head and its own "of" phrase ("Minister of Foreign Affairs", "Secretary of State John
    Kerry")."""
    tokens: list[Token] = [head]
    stack = [c for c in head.lefts if c.dep_ in TITLE_DEPS]
    while stack:
        child = stack.pop()
        tokens.append(child)
        stack += [c for c in child.children if c.dep_ in TITLE_DEPS | {"punct"} and c.i < head.i]
        tokens += _of_phrase(child, limit=head.i)
    tokens += _of_phrase(head, limit=None)
    return sorted(set(tokens), key=lambda t: t.i)


def _of_phrase(token: Token, limit: int | None) -> list[Token]:
    found: list[Token] = []
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words = [child]
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words += [t for t in pobj.subtree if t.dep_ != "det" or t.lower_ == "the"]
            if limit is None or all(t.i < limit for t in words):
                found += words
    return found


def read_title(tokens: list[Token], skip: set[int] | None = None) -> Title:
    """The roles named by ``tokens`` (skipping ``skip``: names, demonyms), longest first."""
    words: list[tuple[str, Token]] = []
    for token in tokens:
        if skip and token.i in skip:
            continue
        for part in re.split(r"[-\s]+", token.lemma_.lower()):
            if part and part not in ("-", "'s", "’s", "."):
                words.append((part, token))
    lemmas = [w for w, _ in words]
    roles: set[str] = set()
    former = any(w in FORMER for w in lemmas)
    future = any(w in FUTURE for w in lemmas) or any(t.lower_.endswith("-elect") for t in tokens)
    i = 0
    while i < len(lemmas):
        for size in range(min(MAX_PHRASE, len(lemmas) - i), 0, -1):
            role = ROLE_PHRASES.get(tuple(lemmas[i : i + size]))
            if role is None:
                continue
            before = lemmas[max(0, i - 2) : i]
            if not any(b in NOT_THE_OFFICE for b in before) or role == "vice president":
                roles.add(role)
            i += size - 1
            break
        i += 1
    text = " ".join(t.text for t in tokens if not (skip and t.i in skip))
    return Title(text, frozenset(roles), former, future, frozenset(lemmas))
