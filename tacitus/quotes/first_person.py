"""The first person plural inside a direct quote ("We will not allow ISIL to ...", said Col.
X): a mention of the side the speaker speaks for (issue 14).

The event coder already reads "we" in a quote as its speaker (events/arguments.py); the
actor mentions list the words too, so that "we" is found where the text says it. The
mention is the speaker's side, not the speaker: the speaker's country and sector, no id of
its own (the group is not named; with no country it is named "the side of <speaker>", so
that its key is that, not the word "we"), and the reason names the speaker. "We", "us", "ours",
"ourselves" only: "our" names a thing of theirs ("our education"), as "Moscow's objectives"
does. A quote with no resolved speaker gives none, nor an indirect one ("he said we would
..." may be the writer's "we"). A regular expression over each quote's text finds the
words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..records import Actor, ActorMention, Quote

_PLURAL = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]urs|[Oo]urselves|WE)\b")


def _side(word: str, speaker: Actor) -> Actor:
    """The side a speaker speaks for: their country and sector; with no country, named after
    the speaker ("the side of Anas Ahmad"), so that it has a key of its own."""
    who = speaker.name or speaker.text
    what = " ".join(x for x in (speaker.country, speaker.sector) if x)
    why = f"'{word}' in a quote of {who}: the side the speaker speaks for"
    name = None if speaker.country else f"the side of {who}"
    return Actor(
        text=word, name=name, country=speaker.country, sector=speaker.sector,
        reason=f"{why} ({what})" if what else why,
    )  # fmt: skip


def first_person_mentions(
    text: str, doc_id: str, quotes: Sequence[Quote], starts: Sequence[int]
) -> list[ActorMention]:
    """Mentions of "we", "us", "ours", "ourselves" inside direct quotes whose speaker is resolved; ``starts``
    are the sentences' start offsets."""
    found: list[ActorMention] = []
    seen: set[int] = set()
    for quote in quotes:
        if quote.speaker is None or not quote.direct:
            continue
        if not (quote.speaker.country or quote.speaker.actor_id):
            continue  # a speaker known by a word alone ("the carpenter"): no side to name
        for match in _PLURAL.finditer(text, quote.start, quote.end):
            if match.start() in seen or text[match.start() : match.end()] == "US":
                continue
            seen.add(match.start())
            sentence = max(0, bisect_right(starts, match.start()) - 1)
            actor = _side(match.group(), quote.speaker)
            found.append(ActorMention(doc_id, sentence, match.start(), match.end(), actor))
    return found
