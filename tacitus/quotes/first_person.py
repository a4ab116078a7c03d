"""The first person as a mention (issue 14): whom "we" and "I" stand for.

- **Inside a direct quote** whose speaker is resolved ("We will not allow ISIL to ...", said
  Col. X): "we" is the side the speaker speaks for (the speaker's country and sector, no id
  of its own: the group is not named; with no country it is named "the side of
  <speaker>", so that its key is that, not the word "we"); "I", "me", "myself" are the
  speaker.
- **Outside quotes**, where the text's voice is known (quotes/voice.py: a speaker line
  "SECRETARY KERRY:", or the body that issues a statement, "The United States condemns
  ... We express our condolences"): "we" is the issuing body itself, or the side of a
  speaker who is a person; "I" is a person speaking.
- Anywhere else, "we" still names a group of people the text does not say: an *entity*
  (actors/entities.py), no actor. "I" with no voice is left alone.

The event coder reads these words itself (events/arguments.py); the mentions list them so
that they are found where the text says them. "We", "us", "ours", "ourselves" only, and "I",
"me", "myself": "our" and "my" name a thing of theirs ("our education"), as "Moscow's
objectives" does. A regular expression over the text finds the words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..records import Actor, ActorMention, Quote
from .voice import Voice

_WORDS = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]urs|[Oo]urselves|WE|[Mm]e|[Mm]yself)\b|\bI(?![\w.-])")
SINGULAR = frozenset({"i", "me", "myself"})


def _side(word: str, speaker: Actor, why: str) -> Actor:
    """The side a speaker speaks for: their country and sector; with no country, named after
    the speaker ("the side of Anas Ahmad"), so that it has a key of its own."""
    who = speaker.name or speaker.text
    what = " ".join(x for x in (speaker.country, speaker.sector) if x)
    name = None if speaker.country else f"the side of {who}"
    return Actor(
        text=word, name=name, country=speaker.country, sector=speaker.sector,
        reason=f"{why} ({what})" if what else why,
    )  # fmt: skip


def _person(actor: Actor) -> bool:
    return (actor.actor_id or "").startswith("person:") or bool(actor.office)


def _quoted(word: str, quote: Quote) -> Actor | None:
    speaker = quote.speaker
    if speaker is None or not quote.direct or not (speaker.country or speaker.actor_id):
        return None  # a speaker known by a word alone ("the carpenter"): no side to name
    who = speaker.name or speaker.text
    if word.lower() in SINGULAR:
        return replace(speaker, text=word, reason=f"'{word}' in a quote of {who}: the speaker")
    return _side(word, speaker, f"'{word}' in a quote of {who}: the side the speaker speaks for")


def _voiced(word: str, offset: int, voice: Voice) -> Actor | None:
    found = voice.of(offset, word)
    hits = [h for h in found.hits if not h.thing] if found is not None else []
    if found is None or not hits:
        return None
    actor = hits[0].actor
    why = found.how
    if word.lower() in SINGULAR:
        return replace(actor, text=word, reason=why) if _person(actor) else None
    if _person(actor) or hits[0].named is False:
        return _side(word, actor, f"{why}: the side the speaker speaks for")
    return replace(actor, text=word, reason=f"{why}: the body itself")


def first_person_mentions(
    text: str, doc_id: str, quotes: Sequence[Quote], starts: Sequence[int],
    voice: Voice | None = None,
) -> tuple[list[ActorMention], list[ActorMention]]:  # fmt: skip
    """(actor mentions, entities) of the first-person words of ``text``; ``starts`` are the
    sentences' start offsets, ``voice`` whose voice the text outside quotes is."""
    mentions: list[ActorMention] = []
    entities: list[ActorMention] = []
    spans = sorted((q.start, q.end, i) for i, q in enumerate(quotes))  # few per document
    opens = [s for s, _, _ in spans]
    for match in _WORDS.finditer(text):
        word, offset = match.group(), match.start()
        if word == "US":
            continue
        holding = [
            quotes[i] for s, e, i in reversed(spans[: bisect_right(opens, offset)]) if e > offset
        ]  # innermost first
        if holding:
            actor = next((a for q in holding if (a := _quoted(word, q)) is not None), None)
        else:
            actor = _voiced(word, offset, voice) if voice is not None else None
        sentence = max(0, bisect_right(starts, offset) - 1)
        if actor is not None:
            mentions.append(ActorMention(doc_id, sentence, offset, match.end(), actor))
        elif word.lower() not in SINGULAR:
            why = f"'{word}': a group the text speaks for or of, not named: an entity, not an actor"
            entities.append(
                ActorMention(doc_id, sentence, offset, match.end(), Actor(text=word, reason=why))
            )
    return mentions, entities
