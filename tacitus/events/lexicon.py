"""The event trigger lexicon (schema: docs/triggers.md; data: data/events/triggers.yaml)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

from ..cameo import lookup
from ..errors import DataError, TacitusError
from ..records import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    pos: str  # "verb" | "noun"
    type: str
    cameo: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    object: frozenset[str] | None = None
    not_object: frozenset[str] = frozenset()
    particle: str | None = None
    target: tuple[str, ...] = ()
    reciprocal: bool = False
    intransitive: bool = False  # not with a direct object or a clause ("demonstrated that")
    not_dep: frozenset[str] = frozenset()  # not with these dependents ("called X a liar": oprd)
    complement: bool = False  # only with a to- or that-clause ("asked X to", not "asked about")
    object_actor: bool = False  # an object, when there is one, must name an actor ("met the needs")
    needs_target: bool = False  # no event without a target actor (a call to nobody is no call)
    # only when every source is a body of armed forces ("troops left Iraq", not "the president
    # left Iraq"): senses.sides
    units_only: bool = False
    # the object matched is what the subject calls the act or actor, its object predicate or
    # "as" phrase ("called the vote a sham", "described the move as illegal"), never the
    # thing named itself
    naming: bool = False
    # the subject receives the act and the "from" / "by" phrase gives it ("received weapons
    # from Iran": Iran is the source, the subject the target)
    converse: bool = False
    # the same word when a state speaks through it ("China protested the sale": ACCUSE 114,
    # not a street protest); chosen by the coder when every source acts for a state
    by_state: TriggerEntry | None = None
    # the same word for material help ("supported Iraqi forces with air strikes": AID, not
    # praise); chosen by the coder on material cues (senses.py)
    material: TriggerEntry | None = None
    # the same word used of words ("attacked the president's tax plan": ACCUSE, not force);
    # chosen on verbal cues (senses.py)
    verbal: TriggerEntry | None = None
    # the same word when people, not armed forces, act ("workers went on strike": PROTEST,
    # not an attack); chosen on civil cues (senses.py)
    civil: TriggerEntry | None = None
    # the same word when sanctions do it ("targeted four banks with sanctions": SANCTION, not
    # force); chosen on sanction cues (senses.py)
    sanction: TriggerEntry | None = None
    # the same word when units of armed forces do it ("peacekeeping troops arrived in Sierra
    # Leone", "warships visited the port": a deployment, not a visit); chosen by the coder
    # when every source is troops, ships or aircraft (senses.py)
    armed: TriggerEntry | None = None
    # the same word when irregular armed men do it ("gunmen seized three aid workers",
    # "pirates seized a tanker": an abduction or a hijacking, not an arrest or a confiscation);
    # chosen when every source is a non-state armed group (senses.py)
    irregular: TriggerEntry | None = None
    # the same word when the weapon strikes nothing ("fired a missile into the sea": a show of
    # force, MOBILIZE, not an attack); chosen on its landing in open water (senses.py)
    display: TriggerEntry | None = None

    @property
    def specificity(self) -> int:
        return (self.object is not None) + (self.particle is not None)

    def describe(self) -> str:
        parts = [self.lemma]
        if self.particle:
            parts.append(self.particle)
        if self.object:
            parts.append("+" + "/".join(sorted(self.object))[:40])
        return f"'{' '.join(parts)}'"


@dataclass
class Lexicon:
    verbs: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    nouns: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    light_verbs: dict[str, set[str | None]] = field(default_factory=dict)
    intent_verbs: frozenset[str] = frozenset()
    negating_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()

    @cached_property
    def verb_types(self) -> dict[str, frozenset[str]]:
        """The PLOVER types each verb lemma can trigger (computed once per lexicon)."""
        return {k: frozenset(e.type for e in v) for k, v in self.verbs.items()}

    def is_light_verb(self, lemma: str, particles: Iterable[str]) -> bool:
        allowed = self.light_verbs.get(lemma)
        if allowed is None:
            return False
        return None in allowed or any(p in allowed for p in particles)


def _entry(raw: Any, pos: str, where: str) -> TriggerEntry:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: an entry must be a mapping")
    lemma, type_, cameo = raw.get("lemma"), raw.get("type"), raw.get("cameo")
    if not isinstance(lemma, str) or not lemma:
        raise DataError(f"{where}: missing 'lemma'")
    if type_ not in PLOVER_TYPES:
        raise DataError(f"{where} ({lemma}): type {type_!r} is not a PLOVER type")
    cameo = str(cameo) if cameo is not None else ""
    try:
        lookup(cameo)
    except TacitusError as exc:
        raise DataError(f"{where} ({lemma}): {exc}") from exc
    obj = raw.get("object")
    context = raw.get("context") or []
    by_state = _alternative(raw, "by_state", pos, where)
    material = _alternative(raw, "material", pos, where)
    verbal = _alternative(raw, "verbal", pos, where)
    civil = _alternative(raw, "civil", pos, where)
    sanction = _alternative(raw, "sanction", pos, where)
    armed = _alternative(raw, "armed", pos, where)
    irregular = _alternative(raw, "irregular", pos, where)
    display = _alternative(raw, "display", pos, where)
    return TriggerEntry(
        lemma=lemma.lower(),
        pos=pos,
        type=type_,
        cameo=cameo,
        mode=raw.get("mode") or None,
        context=tuple(context if isinstance(context, list) else [context]),
        object=frozenset(o.lower() for o in obj) if obj else None,
        not_object=frozenset(str(o).lower() for o in raw.get("not_object") or ()),
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        target=tuple(str(t).lower() for t in raw.get("target") or ()),
        reciprocal=bool(raw.get("reciprocal", False)),
        intransitive=bool(raw.get("intransitive", False)),
        not_dep=frozenset(str(d) for d in raw.get("not_dep") or ()),
        complement=bool(raw.get("complement", False)),
        object_actor=bool(raw.get("object_actor", False)),
        needs_target=bool(raw.get("needs_target", False)),
        units_only=bool(raw.get("units_only", False)),
        naming=bool(raw.get("naming", False)),
        converse=bool(raw.get("converse", False)),
        by_state=by_state,
        material=material,
        verbal=verbal,
        civil=civil,
        sanction=sanction,
        armed=armed,
        irregular=irregular,
        display=display,
    )


def _alternative(raw: dict[str, Any], key: str, pos: str, where: str) -> TriggerEntry | None:
    """An entry's other reading (``by_state``, ``material``): its own type, code and mode,
    the rest of the entry's conditions."""
    alternative = raw.get(key)
    if alternative is None:
        return None
    if not isinstance(alternative, dict):
        raise DataError(
            f"{where} ({raw.get('lemma')}): '{key}' must be a mapping (type, cameo, ...)"
        )
    drop = (
        "by_state",
        "material",
        "verbal",
        "civil",
        "sanction",
        "armed",
        "irregular",
        "display",
        "type",
        "cameo",
        "mode",
        "context",
    )
    keep = {k: v for k, v in raw.items() if k not in drop}
    return _entry({**keep, **alternative}, pos, f"{where} {key}")


def parse_lexicon(data: Any, name: str = "triggers.yaml") -> Lexicon:
    if not isinstance(data, dict):
        raise DataError(f"{name}: expected a mapping")
    lexicon = Lexicon()
    for pos, table in (("verb", lexicon.verbs), ("noun", lexicon.nouns)):
        for i, raw in enumerate(data.get(pos + "s") or []):
            entry = _entry(raw, pos, f"{name} {pos}s#{i + 1}")
            table.setdefault(entry.lemma, []).append(entry)
    for entries in (*lexicon.verbs.values(), *lexicon.nouns.values()):
        entries.sort(key=lambda e: -e.specificity)
    for phrase in data.get("light_verbs") or []:
        words = str(phrase).lower().split()
        # "engage in" -> {"in"}; "take part in" -> {"part in"}
        lexicon.light_verbs.setdefault(words[0], set()).add(" ".join(words[1:]) or None)
    for key in (
        "intent_verbs", "negating_verbs", "speech_verbs", "request_verbs", "purpose_verbs",
        "holding_verbs",
    ):  # fmt: skip
        words = data.get(key) or []
        setattr(lexicon, key, frozenset(str(w).lower() for w in words))
    return lexicon


@cache
def default_lexicon() -> Lexicon:
    text = resources.files("tacitus").joinpath("data/events/triggers.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"data/events/triggers.yaml: {exc}") from exc
    return parse_lexicon(data)
