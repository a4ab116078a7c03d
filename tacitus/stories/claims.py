"""Claims of one story that outlets state differently: numbers and attributions.

- **numbers**: accounts of the same event type on the same actors (a merged event, or merged
  events on one dyad) whose sentences give different exact counts of the same thing ("33
  soldiers" in one outlet, "34 soldiers" in another). Only exact figures are compared: a count
  with a hedge ("at least 30", "more than", "about", "dozens") bounds nothing here and is
  left out, so a rising toll given as "at least" is no conflict;
- **attribution**: the same words (matched as quotes are across outlets) put in the mouths of
  different speakers by different outlets.

Each conflict names the outlets behind each side with one sentence of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import Any

from .merge import UNKNOWN_OUTLET
from .text import stem

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_IRREGULAR = {"people": "people", "persons": "people", "person": "people", "men": "man",
              "women": "woman", "children": "child", "police": "police", "policemen": "policeman",
              "dead": "dead", "wounded": "wounded", "injured": "wounded", "troops": "soldier",
              "servicemen": "soldier"}  # fmt: skip
# things counted in conflict and protest reports: casualties, people, forces, arms
_COUNTED = {
    "people", "civilian", "soldier", "fighter", "militant", "rebel", "insurgent", "gunman",
    "attacker", "policeman", "officer", "police", "child", "man", "woman", "protester",
    "demonstrator", "refugee", "migrant", "prisoner", "detainee", "hostage", "dead", "death",
    "casualty", "wounded", "victim", "body", "journalist", "worker", "student", "villager",
    "resident", "member", "missile", "rocket", "drone", "shell", "airstrike", "strike", "tank",
    "aircraft", "jet", "vehicle", "house", "home", "building", "village",
}  # fmt: skip
_HEDGES = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some",
           "up to", "roughly", "approximately", "fewer than", "less than", "under", "as many as",
           "dozens", "hundreds", "thousands", "scores")  # fmt: skip
_HEDGE_SET = frozenset(_HEDGES)
_FUNCTION_WORDS = frozenset(
    ["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from"]
)
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|[a-z][\w'-]*|[^\s\w]")


def _noun(word: str) -> str:
    return _IRREGULAR.get(word) or stem(word)


def _value(token: str) -> int | None:
    if token[0].isdigit():
        return None if "." in token else int(token.replace(",", ""))
    return _NUMBER_WORDS.get(token)


def counts(sentence: str) -> dict[str, set[int]]:
    """The exact counts a sentence gives, by the thing counted: {'soldier': {33}} for "killed
    33 Turkish soldiers" (the counted noun right after the number or after one word more;
    "twenty three" is 23, "2 million" two million; "one of the soldiers" counts nothing)."""
    tokens = _TOKEN.findall(sentence.lower())
    found: dict[str, set[int]] = {}
    i = 0
    while i < len(tokens):
        value, after = _number_at(tokens, i)
        if value is None or _hedged(tokens, i) or (1900 <= value <= 2100 and tokens[i].isdigit()):
            i = max(after, i + 1)
            continue  # no number, a hedged count, or a year
        for word in tokens[after : after + 2]:
            if not word[0].isalpha() or word in _FUNCTION_WORDS:
                break
            if _noun(word) in _COUNTED:
                found.setdefault(_noun(word), set()).add(value)
                break
        i = after
    return found


def _number_at(tokens: list[str], i: int) -> tuple[int | None, int]:
    """The number starting at ``tokens[i]`` ("twenty three", "2 million") and where it ends."""
    value = _value(tokens[i])
    if value is None:
        return None, i + 1
    end = i + 1
    if 20 <= value <= 90 and end < len(tokens) and not tokens[i][0].isdigit():
        units = _NUMBER_WORDS.get(tokens[end])
        if units is not None and 0 < units < 10:
            value, end = value + units, end + 1
    if end < len(tokens) and tokens[end] in _SCALES:
        value, end = value * _SCALES[tokens[end]], end + 1
    return value, end


def _hedged(tokens: list[str], i: int) -> bool:
    """Whether a hedge ("at least", "more than", "about") stands right before ``tokens[i]``:
    whole words, not word endings ("awesome" holds no "some")."""
    return any(" ".join(tokens[max(0, i - n) : i]) in _HEDGE_SET for n in (1, 2, 3))


def number_conflicts(
    events: Sequence[Mapping[str, Any]], key: Callable[[Mapping[str, Any] | None], str]
) -> list[dict[str, Any]]:
    """Different exact counts of one thing in accounts of one event type on the same actors."""
    groups: dict[tuple[str, frozenset[str]], list[Mapping[str, Any]]] = {}
    for event in events:
        actors = frozenset(k for k in (key(event["source"]), key(event["target"])) if k)
        if actors and not event.get("negated"):
            groups.setdefault((event["event_type"], actors), []).append(event)
    found: list[dict[str, Any]] = []
    for group in groups.values():
        claims: dict[str, dict[frozenset[int], dict[str, Any]]] = {}
        for event in group:
            for mention in event.get("mentions", []):
                outlet = mention["outlet"] or UNKNOWN_OUTLET
                for noun, values in counts(mention["sentence"]).items():
                    side = claims.setdefault(noun, {}).setdefault(
                        frozenset(values), _side(event, mention)
                    )
                    if outlet not in side["outlets"]:
                        side["outlets"].append(outlet)
        for noun, sides in claims.items():
            for (va, a), (vb, b) in combinations(sides.items(), 2):
                if not va & vb and set(a["outlets"]) != set(b["outlets"]):
                    detail = f"{noun}: {_figures(va)} or {_figures(vb)}"
                    found.append(_conflict("numbers", group[0], a, b, detail))
    return found


def attribution_conflicts(
    quotes: Sequence[Mapping[str, Any]], same: Callable[[str, str], bool]
) -> list[dict[str, Any]]:
    """One statement given to different speakers by different outlets."""
    found = []
    for a, b in combinations(quotes, 2):
        if not (a["speaker_key"] and b["speaker_key"]) or a["speaker_key"] == b["speaker_key"]:
            continue
        if set(a["by_outlet"]) == set(b["by_outlet"]) or not same(a["text"], b["text"]):
            continue
        sides = [
            {"merged_id": q["quote_id"], "label": q["label"], "outlets": sorted(q["by_outlet"]),
             "sentence": q["text"]}
            for q in (a, b)
        ]  # fmt: skip
        conflict = {"kind": "attribution", "dyad": [a["speaker"], b["speaker"]],
                    "detail": f"said by {a['speaker']} or by {b['speaker']}"}  # fmt: skip
        found.append(conflict | _sides(*sides))
    return found


def _side(event: Mapping[str, Any], mention: Mapping[str, Any]) -> dict[str, Any]:
    return {"merged_id": event["merged_id"], "label": event["label"], "outlets": [],
            "sentence": mention["sentence"]}  # fmt: skip


def _figures(values: frozenset[int]) -> str:
    return " and ".join(f"{v:,}" for v in sorted(values))


def _conflict(
    kind: str, event: Mapping[str, Any], a: dict[str, Any], b: dict[str, Any], detail: str
) -> dict[str, Any]:
    names = [(event.get(side) or {}).get("name") or "?" for side in ("source", "target")]
    return {"kind": kind, "dyad": sorted(names), "detail": detail} | _sides(a, b)


def _sides(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    outlets_a, outlets_b = set(a["outlets"]), set(b["outlets"])
    a = a | {"outlets": sorted(outlets_a)}  # copies: a side may be in several conflicts
    b = b | {"outlets": sorted(outlets_b)}
    return {"a": a, "b": b, "only_a": sorted(outlets_a - outlets_b),
            "only_b": sorted(outlets_b - outlets_a)}  # fmt: skip
