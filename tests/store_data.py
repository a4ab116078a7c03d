"""Hand-made analysed documents for the store tests (no model needed)."""

from __future__ import annotations

from typing import Any

from tacitus.records import (
    Actor,
    ActorMention,
    Document,
    DocumentResult,
    Event,
    Quote,
    Trigger,
    stable_id,
)

# type: (cameo, quad class, goldstein)
CODES = {
    "COOPERATE": ("064", 2, 6.0),
    "ACCUSE": ("112", 3, -2.0),
    "CONSULT": ("040", 1, 1.0),
    "THREATEN": ("138", 3, -7.0),
    "ASSAULT": ("190", 4, -10.0),
    "SUPPORT": ("051", 1, 3.4),
}


def country(code: str, name: str, sector: str | None = None) -> Actor:
    return Actor(text=name, name=name, actor_id=f"country:{code}", country=code, sector=sector,
                 wikidata=None, reason=f"country '{name}' (test)")  # fmt: skip


RUS = country("RUS", "Russia", "GOV")
USA = country("USA", "United States", "GOV")
IRQ = country("IRQ", "Iraq")
IRN = country("IRN", "Iran")
ISIS = Actor(text="Daesh", name="Islamic State", actor_id="group:ISIS", country=None,
             sector="INS", wikidata="Q2429253", reason="group alias 'Daesh' (test)")  # fmt: skip


def event(doc_id: str, n: int, kind: str, source: Actor | None, target: Actor | None,
          sentence: str, **extra: Any) -> Event:  # fmt: skip
    cameo, quad, goldstein = CODES[kind]
    trigger = sentence.split()[1] if len(sentence.split()) > 1 else sentence
    start = sentence.find(trigger)
    return Event(
        event_id=stable_id(doc_id, n, kind),
        mention_id=stable_id(doc_id, n),
        doc_id=doc_id,
        sentence_id=extra.pop("sentence_id", 0),
        sentence=sentence,
        trigger=Trigger(trigger, start, start + len(trigger)),
        event_type=kind,
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        source=source,
        target=target,
        reason=f"test rule for {kind}",
        **extra,
    )


def result(doc_id: str, text: str, events: list[Event] | None = None, *, outlet: str | None = None,
           published: str | None = None, quotes: list[Quote] | None = None) -> DocumentResult:  # fmt: skip
    document = Document(doc_id=doc_id, text=text, title=text.split(".")[0], outlet=outlet,
                        published=published, source=f"test:{doc_id}")  # fmt: skip
    found = []
    for e in events or []:
        e.outlet, e.published = outlet, published
        found.append(e)
    mentions = []
    for e in found:
        for actor in (e.source, e.target):
            if actor is not None:
                at = max(text.find(actor.text), 0)
                mentions.append(
                    ActorMention(doc_id, e.sentence_id, at, at + len(actor.text), actor)
                )
    sentences = []
    offset = 0
    for part in text.split(". "):
        sentences.append((offset, offset + len(part), part))
        offset += len(part) + 2
    return DocumentResult(document, found, mentions, quotes or [], sentences)


def corpus() -> list[DocumentResult]:
    """Four documents, three outlets, a few dyads."""
    a = "Iraq shared intelligence with Iran. Russia accused the United States of lying."
    b = "Russia threatened the United States. Iraq shared intelligence with Iran again."
    c = "Daesh attacked Iraq near Mosul. The 50% rule_of thumb was cited."
    d = "The United States consulted Russia in Geneva."
    return [
        result("a", a, [
            event("a", 0, "COOPERATE", IRQ, IRN, "Iraq shared intelligence with Iran",
                  modality="intended", context=["intelligence"]),
            event("a", 1, "ACCUSE", RUS, USA, "Russia accused the United States of lying",
                  sentence_id=1),
        ], outlet="Meridian Wire", published="2025-03-10",
           quotes=[Quote("q1", "a", "of lying", False, "accused", RUS, 58, 66)]),
        result("b", b, [
            event("b", 0, "THREATEN", RUS, USA, "Russia threatened the United States",
                  date="2025-03-09", date_precision="day"),
            event("b", 1, "COOPERATE", IRQ, IRN, "Iraq shared intelligence with Iran again",
                  sentence_id=1, location={"name": "Baghdad", "country": "IRQ", "lat": 33.3,
                                           "lon": 44.4, "geonames_id": 98182,
                                           "precision": "city"}),
        ], outlet="Gulf Observer", published="2025-03-11"),
        result("c", c, [
            event("c", 0, "ASSAULT", ISIS, IRQ, "Daesh attacked Iraq near Mosul",
                  negated=False),
        ], outlet="Meridian Wire", published="2025-04-01"),
        result("d", d, [
            event("d", 0, "CONSULT", USA, RUS, "The United States consulted Russia in Geneva",
                  reciprocal=True),
        ], outlet="Harbor Courier", published=None),
    ]  # fmt: skip
