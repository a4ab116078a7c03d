"""Agency copy: documents that carry a press agency's text rather than their outlet's own
reporting, so that a story counts its independent sources apart from its articles.

Agency copy is told from the text, as an editor tells it:

    dateline      "KHARTOUM, Sudan (AP) —", "PORT SUDAN, Aug 5 (Reuters) -", "Kyiv (ACP) -"
                  (the parenthesis of a dateline names the source), "AFP —" (a known agency
                  opening the text)
    byline        "By SAMY MAGDY Associated Press", "By NAME, Global Press Agency" (a byline
                  ending with a press agency, a wire or a known agency)
    copyright     "Copyright 2025 Global Press Agency. All rights reserved.", "© AFP"
    credit        "Associated Press writer X in Cairo contributed to this report."

and from copying (:mod:`.index`: a near-duplicate of another outlet's document is that
document's copy; the stories queries count it with its original's source). The agency named is
canonical: a name of several words by its initials ("Global Press Agency" and "GPA" are one
source, "Agence France-Presse" is AFP), one word as it is ("Reuters"). An outlet that is the
agency itself ("Associated Press" publishing "(AP)") reports on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# agencies known by name (canonical form); others are recognised by the shape of the mark
KNOWN = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "ansa": "ANSA", "efe": "EFE",
    "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "kyodo": "Kyodo", "yonhap": "Yonhap",
    "pti": "PTI", "press trust of india": "PTI", "upi": "UPI", "bernama": "Bernama",
}  # fmt: skip
_AGENCY_WORDS = r"(?:Press Agency|News Agency|Presse-Agentur|Press|Agency|Wire|Newswire)"
_NAME = r"(?:The )?(?:[A-Z][\w'’&.-]*[ -]){0,4}"
_KNOWN_ALT = "|".join(
    sorted((re.escape(k.title() if " " in k else k.upper()) for k in KNOWN), key=len, reverse=True)
)

DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3})"
    r"(?:, (?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))?"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r" \((?P<agency>[^()\n]{1,40})\) ?[—–-]{1,2}"
)
_OPENING = re.compile(r"^(?P<agency>AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|TASS)\s*[—–-]{1,2}\s")
# a byline's agency: title-case words ending in agency words (the reporters' names before it are
# often in capitals, "By DAVID PARK Global Press Agency"), or a known agency in any case
_TITLE_NAME = r"(?:The )?(?:[A-Z][a-z][\w'’&.-]*[ -]){0,4}"
_BYLINE = re.compile(
    rf"^(?i:by) [^\n]{{2,80}}?(?:,\s*|\s+)"
    rf"(?P<agency>{_TITLE_NAME}{_AGENCY_WORDS}|(?i:{_KNOWN_ALT}))\.?\s*$"
)
_COPYRIGHT = re.compile(
    r"^(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(?P<holder>[^\n.]{2,60}?)\.?"
    r"(?:\s+All rights reserved.*)?$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    rf"^(?P<agency>{_NAME}{_AGENCY_WORDS}|{_KNOWN_ALT})\s+(?:writer|writers|correspondent|"
    r"reporter|reporters)\b.*\bcontributed\b",
    re.IGNORECASE,
)


def canonical(name: str) -> str:
    """One name per source: known agencies as they sign, several words by their initials."""
    plain = " ".join(name.replace("’", "'").split()).strip(" .,")
    known = KNOWN.get(plain.lower())
    if known:
        return known
    parts = [p for p in re.split(r"[\s-]+", plain) if p and p[0].isupper()]
    if plain.lower().startswith("the "):
        parts = parts[1:]
    if len(parts) >= 2:
        return "".join(p[0] for p in parts).upper()
    return plain


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: its non-empty lines (single-newline text has no other marks)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


@dataclass(frozen=True)
class Copy:
    """Agency copy: which agency, and the mark that says so."""

    agency: str
    how: str  # "dateline 'KHARTOUM, Sudan (AP) —'", ...


def agency_copy(text: str, outlet: str | None) -> Copy | None:
    """The agency whose copy ``text`` is, from its dateline, byline, copyright or credit
    line; None for the outlet's own reporting (the agency named is the outlet itself)."""
    for found in _marks(paragraphs(text)):
        if not is_outlet(found.agency, outlet):
            return found
    return None


def is_outlet(agency: str, outlet: str | None) -> bool:
    """Whether ``agency`` (canonical) is the outlet itself: "AP" is "Associated Press", not
    "Alpine Post" (a known agency by one of its names; another source by its initials too)."""
    if outlet is None:
        return False
    if agency.lower() == outlet.strip().lower():
        return True
    if agency in KNOWN.values():
        return KNOWN.get(" ".join(outlet.lower().split())) == agency
    return canonical(outlet) == agency


def without_marks(lines: Sequence[str]) -> list[str]:
    """The lines less their agency marks at the top: a byline line goes, a dateline keeps its
    place ("ISTANBUL (GPA) — Rubio met ..." → "ISTANBUL Rubio met ..."). What an agency signs
    is no part of what happened, and is shared by every story it sends."""
    out = list(lines)
    for i, line in enumerate(out[:4]):
        if _BYLINE.match(line):
            out[i] = ""
            continue
        dateline = DATELINE.match(line)
        if dateline and _plausible(dateline.group("agency")):
            out[i] = dateline.group("place") + " " + line[dateline.end() :].lstrip()
            continue
        opening = _OPENING.match(line)
        if opening:
            out[i] = line[opening.end() :]
    return [line for line in out if line]


def _marks(lines: Sequence[str]) -> Iterable[Copy]:
    for line in lines[:4]:
        for pattern, what in ((DATELINE, "dateline"), (_OPENING, "dateline")):
            found = pattern.match(line)
            if found and _plausible(found.group("agency")):
                yield Copy(canonical(found.group("agency")), f"{what} '{_clip(line, found.end())}'")
        byline = _BYLINE.match(line)
        if byline:
            yield Copy(canonical(byline.group("agency")), f"byline '{_clip(line)}'")
    for line in lines[-4:]:
        copyright_ = _COPYRIGHT.match(line)
        if copyright_ and _agency_like(copyright_.group("holder")):
            yield Copy(canonical(copyright_.group("holder")), f"copyright line '{_clip(line)}'")
        credit = _CONTRIBUTED.match(line)
        if credit:
            yield Copy(canonical(credit.group("agency")), f"credit line '{_clip(line)}'")


_AGENCY_END = re.compile(r"\b(?:Agency|Wire|Newswire|Presse-Agentur|Agentur)$", re.IGNORECASE)


def _agency_like(holder: str) -> bool:
    """A copyright holder that is a news agency (known, or named as one): a publisher's own
    notice ("The New York Times Company", "Winnipeg Free Press Ltd") says nothing of copy."""
    plain = " ".join(holder.replace("’", "'").split()).strip(" .,")
    return plain.lower() in KNOWN or bool(_AGENCY_END.search(plain))


def _plausible(agency: str) -> bool:
    """A dateline's parenthesis names a source, not a date or a number ("(Oct 5)", "(2)")."""
    return bool(re.search(r"[A-Za-z]{2}", agency)) and not re.search(r"\d", agency)


def _clip(line: str, end: int | None = None, width: int = 60) -> str:
    shown = line[:end].strip() if end else line
    return shown if len(shown) <= width else shown[: width - 1] + "…"
