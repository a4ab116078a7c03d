"""Hand-made stores for the API tests (no model needed). Holds no tests."""

from __future__ import annotations

from pathlib import Path

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
from tacitus.store import Store, open_store

CODES = {  # type: (cameo, quad class, goldstein)
    "COOPERATE": ("064", 2, 6.0),
    "ACCUSE": ("112", 3, -2.0),
    "CONSULT": ("040", 1, 1.0),
    "THREATEN": ("138", 3, -7.0),
    "ASSAULT": ("190", 4, -10.0),
}
XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'


def country(code: str, name: str) -> Actor:
    return Actor(text=name, name=name, actor_id=f"country:{code}", country=code, sector="GOV",
                 reason="test")  # fmt: skip


RUS, USA, IRQ, IRN = (country("RUS", "Russia"), country("USA", "United States"),
                      country("IRQ", "Iraq"), country("IRN", "Iran"))  # fmt: skip


def result(doc_id: str, text: str, outlet: str | None, published: str | None,
           found: list[tuple[str, Actor, Actor, str, str | None]],
           quotes: list[tuple[str, Actor | None]] = (), title: str | None = None) -> DocumentResult:  # type: ignore[assignment]  # fmt: skip
    """A document whose sentences are split on '. '; events are (type, source, target,
    trigger, date) found in the sentence holding the trigger."""
    document = Document(doc_id=doc_id, text=text, title=title or text.split(".")[0],
                        outlet=outlet, published=published, url=f"https://news.test/{doc_id}",
                        source=f"test:{doc_id}")  # fmt: skip
    sentences, offset = [], 0
    for part in text.split(". "):
        sentences.append((offset, offset + len(part), part))
        offset += len(part) + 2
    events, mentions = [], []
    for n, (kind, source, target, trigger, day) in enumerate(found):
        at = text.index(trigger)
        sid = next(i for i, (s, e, _) in enumerate(sentences) if s <= at < e)
        cameo, quad, goldstein = CODES[kind]
        events.append(Event(
            event_id=stable_id(doc_id, n), mention_id=stable_id(doc_id, n, "m"), doc_id=doc_id,
            sentence_id=sid, sentence=sentences[sid][2], trigger=Trigger(trigger, at, at + len(trigger)),
            event_type=kind, cameo=cameo, quad_class=quad, goldstein=goldstein, source=source,
            target=target, outlet=outlet, published=published, date=day,
            date_precision="day" if day else None, reason=f"test {kind}",
        ))  # fmt: skip
        for actor in (source, target):
            start = max(text.find(actor.text), 0)
            mentions.append(ActorMention(doc_id, sid, start, start + len(actor.text), actor))
    quoted = []
    for n, (said, speaker) in enumerate(quotes):
        start = text.find(said)
        quoted.append(Quote(stable_id(doc_id, "q", n), doc_id, said, True, "said", speaker,
                            start, start + len(said)))  # fmt: skip
    return DocumentResult(document, events, mentions, quoted, sentences)


def corpus() -> list[DocumentResult]:
    """Five documents, three outlets, events on four days plus undated ones, one full of HTML."""
    return [
        result("a", "Iraq shared intelligence with Iran. Russia accused the United States of lying.",
               "Meridian Wire", "2025-03-10",
               [("COOPERATE", IRQ, IRN, "shared intelligence", None),
                ("ACCUSE", RUS, USA, "accused", None)],
               [("of lying", RUS)]),
        result("b", "Russia threatened the United States. Iraq shared intelligence with Iran again.",
               "Gulf Observer", "2025-03-11",
               [("THREATEN", RUS, USA, "threatened", "2025-03-09"),
                ("COOPERATE", IRQ, IRN, "shared intelligence", None)]),
        result("c", "Russia attacked Iraq near Mosul. The 50% rule_of thumb was cited.",
               "Meridian Wire", "2025-04-01", [("ASSAULT", RUS, IRQ, "attacked", None)]),
        result("d", "The United States consulted Russia in Geneva.", None, None,
               [("CONSULT", USA, RUS, "consulted", None)]),
        result("sub/x.html", f"Russia accused Iran of {XSS} plotting. Iran said {XSS} nothing.",
               f"Outlet {XSS}", "2025-03-12", [("ACCUSE", RUS, IRN, "accused", None)],
               [(f"{XSS} nothing", IRN)], title=f"Title {XSS}"),
    ]  # fmt: skip


def make_store(path: Path) -> Store:
    """A writable store at ``path`` holding :func:`corpus`."""
    store = open_store(path)
    store.write(corpus())
    return store
