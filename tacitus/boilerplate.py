"""Boilerplate: what an outlet prints around its reporting, and is not its reporting.

Two kinds, both told sentence by sentence:

    pattern    an editor's note, a correction notice, a sign-up or subscription line,
               "Follow us on ...", a photo credit, a contact or tip line, a rights notice, a
               reporting credit ("Reporting by ...", "... contributed to this report"):
               :data:`PATTERN`, a sentence that opens like one. The pipeline emits no event,
               quote or actor mention from such a sentence (:func:`sentences`), since it
               reports nothing that happened.
    repeated   a sentence that recurs, exactly or but for its case, punctuation and numbers
               ("© 2025" and "© 2026"), in at least :data:`MIN_DOCUMENTS` of one outlet's own
               documents (near-duplicates of one document counted once), with at least
               :data:`MIN_WORDS` words: a sign-off, a standing footer, a recurring
               description of the outlet. Only a whole corpus shows it, so it is left out
               where an outlet's profile is counted (:mod:`tacitus.stories.profiles`), not in the pipeline.

The store keeps both verdicts' inputs on each sentence (``sentences.key_hash``,
``sentences.boilerplate``, schema version 10): changing :data:`PATTERN` or :func:`key` needs
a migration that recomputes them.

Both are left out of an outlet's own reporting (tone, loaded language, stance, the events
and quotes of its profile) and counted apart (``boilerplate`` in :func:`tacitus.stories.outlet_profiles`).

:data:`PATTERN` is written in the syntax Python's ``re`` and RE2 (DuckDB's
``regexp_matches``) share, so the pipeline and the profile queries apply the same list.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

MIN_DOCUMENTS = 3
MIN_WORDS = 4
MAX_CHARS = 400  # a longer sentence is prose, whatever it opens with

_SOCIAL = (
    r"twitter|x|facebook|instagram|telegram|threads|bluesky|tiktok|youtube|linkedin|whatsapp|"
    r"mastodon|social media"
)
_OPENINGS = (
    r"editors?['’]?s?['’]? notes?\b",
    r"(?:correction|clarification)s?\s*[:—–-]",
    r"an earlier version of this (?:article|story|report|piece)\b",
    r"this (?:article|story|report|piece) (?:has been|was|is being) (?:updated|corrected|amended)",
    rf"follow\s[^.!?]{{0,60}}\bon (?:{_SOCIAL})\b",
    r"sign up\b",
    r"subscribe\b",
    r"(?:get|receive) (?:our|the)\b[^.!?]{0,60}\bnewsletters?\b",
    r"(?:click|tap) here\b",
    r"(?:read|see|watch) (?:more|also)\s*:",
    r"related\s*:",
    r"(?:download|get) (?:our|the)\b[^.!?]{0,40}\bapp\b",
    r"(?:top |main |lead |file |header )?(?:photo|photograph|image|picture|video)s?"
    r"(?: credit)?s?\s*[:—–-]",
    r"(?:photo|photograph|image|picture)s? (?:by|courtesy of)\b",
    r"(?:contact|email|e-mail|write to) (?:us|the (?:author|writer|reporter|newsroom|editors?))\b",
    r"(?:have|got) a (?:news )?tip\b",
    r"additional reporting by\b",
    r"(?:reporting|writing) by\b[^.!?]{0,80}(?:;|\bedit(?:ing|ed) by\b)",
    r"edit(?:ing|ed) by\b",
    r"[^.!?]{0,80}\bcontributed to this (?:report|story|article)\b",
    r"©|copyright\s*(?:©|\(c\)|\d{4})",
    r"[^.!?]{0,120}\ball rights reserved\b",
    r"this material may not be\b",
    r"(?:support|donate to) (?:our|independent|local)\b[^.!?]{0,30}\bjournalism\b",
    r"the (?:views|opinions) expressed (?:in this|here)\b",
)
# a sentence opening like one of them (leading quotes, bullets, dashes and spaces skipped)
PATTERN = r"(?i)^[\s\"“*•_—–-]*(?:" + "|".join(_OPENINGS) + ")"
_COMPILED = re.compile(PATTERN)


def is_pattern(sentence: str) -> bool:
    """Whether ``sentence`` is an editor's note, a footer or a credit (:data:`PATTERN`)."""
    return len(sentence) <= MAX_CHARS and _COMPILED.search(sentence) is not None


def sentences(spans: Sequence[tuple[int, int, str]]) -> set[int]:
    """The indices of the sentences (start, end, text) that are boilerplate by pattern."""
    return {i for i, (_, _, text) in enumerate(spans) if is_pattern(text)}


def key(sentence: str) -> str:
    """What two printings of one sentence share: its letters, lowercased, one space apart
    (the same expression as :data:`KEY_SQL`)."""
    return re.sub(r"[^a-z]+", " ", sentence.lower()).strip()


KEY_SQL = "trim(regexp_replace(lower({}), '[^a-z]+', ' ', 'g'))"
"""The SQL of :func:`key` for a column (``KEY_SQL.format("s.text")``)."""


def key_hash(sentence: str) -> int | None:
    """The number the store keeps for a sentence's :func:`key` (``sentences.key_hash``): the
    first 60 bits of its MD5, or None when the key has fewer than :data:`MIN_WORDS` words
    (too short to count as repeated boilerplate). Written at ingest, so finding an outlet's
    repeated sentences groups numbers instead of normalising every sentence's text."""
    found = key(sentence)
    if len(found.split()) < MIN_WORDS:
        return None
    return int(hashlib.md5(found.encode("utf-8")).hexdigest()[:15], 16)


_KEY = KEY_SQL.replace("{}", "{0}")
KEY_HASH_SQL = (
    f"CASE WHEN len(string_split({_KEY}, ' ')) >= {MIN_WORDS} "
    f"THEN ('0x' || md5({_KEY})[1:15])::BIGINT END"
)
"""The SQL of :func:`key_hash` for a column (``KEY_HASH_SQL.format("s.text")``)."""
PATTERN_SQL = f"(length({{0}}) <= {MAX_CHARS} AND regexp_matches({{0}}, ?))"
"""The SQL of :func:`is_pattern` for a column, :data:`PATTERN` its parameter."""
