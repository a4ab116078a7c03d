"""spaCy's ``attribute_ruler``, compiled: the same token attributes without the Matcher.

The English pipelines' ``attribute_ruler`` maps the tagger's fine tags to coarse POS and
morphology, with exceptions for words ("ai n't", "gon na") and dependencies: 179 rules in
``en_core_web_sm`` 3.8. spaCy runs them through its ``Matcher``, which tries every rule at
every token: about a sixth of the whole parse's time on news text, for what is mostly a table
look-up.

:func:`compile_rules` reads a loaded ``AttributeRuler``'s own rules and turns them into that
table: a token's decision depends only on its values of the few attributes the one-token rules
test (``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE`` here), and values no rule names are all alike,
so the attributes to set are worked out once per distinct combination and cached. Rules of
several tokens are tried only where their gating token (the one naming fewest values) can
match. The semantics are spaCy's: every rule is matched against the tokens as they were before
any rule applied, and where several rules set the same attribute of a token the later rule
wins. The outcome is identical token for token (``tests/test_nlp_attributes.py`` checks POS,
tag, morphology, lemma, dependency and entities against the stock component).

Rules this compiler does not understand (operators such as ``OP``, other predicates or
attributes) make :func:`compile_rules` return None, and the stock component stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

COMPONENT = "attribute_rules"  # the compiled component's name in the pipeline
FACTORY = "tacitus_attribute_rules"

# pattern keys this compiler reads, and the token attribute each tests
_ATTRS: dict[str, int] = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "IS_SPACE": IS_SPACE,
}
_BOOLEAN = {IS_SPACE}
_OTHER = numpy.uint64(2**64 - 1)  # stands for every value no rule names
_CACHE_LIMIT = 100_000  # entries kept per cache before it starts again (bounded memory)


class Unsupported(Exception):
    """A rule the compiler cannot reproduce exactly."""


@dataclass(frozen=True)
class _Test:
    """One predicate on one token attribute (values as string-store hashes)."""

    attr: int
    equals: frozenset[int] | None = None  # equality or IN
    excludes: frozenset[int] | None = None  # NOT_IN
    regex: re.Pattern[str] | None = None

    def passes(self, value: int, text: Callable[[int], str]) -> bool:
        if self.equals is not None and value not in self.equals:
            return False
        if self.excludes is not None and value in self.excludes:
            return False
        return self.regex is None or self.regex.search(text(value)) is not None


def _value_hash(attr: int, value: Any, strings: Any) -> int:
    if attr in _BOOLEAN:
        if not isinstance(value, bool):
            raise Unsupported(f"non-boolean value {value!r}")
        return int(value)
    if not isinstance(value, str):
        raise Unsupported(f"non-string value {value!r}")
    return int(strings.add(value))


def _tests(spec: dict[str, Any], strings: Any) -> tuple[_Test, ...]:
    tests = []
    for key, value in spec.items():
        attr = _ATTRS.get(key.upper())
        if attr is None:
            raise Unsupported(f"pattern key {key!r}")
        if not isinstance(value, dict):
            tests.append(_Test(attr, equals=frozenset({_value_hash(attr, value, strings)})))
            continue
        for op, arg in value.items():
            if op == "IN":
                tests.append(
                    _Test(attr, equals=frozenset(_value_hash(attr, v, strings) for v in arg))
                )
            elif op == "NOT_IN":
                tests.append(
                    _Test(attr, excludes=frozenset(_value_hash(attr, v, strings) for v in arg))
                )
            elif op == "REGEX" and attr not in _BOOLEAN:
                tests.append(_Test(attr, regex=re.compile(arg)))
            else:
                raise Unsupported(f"predicate {op!r} on {key!r}")
    return tuple(tests)


def _array(values: Iterable[int]) -> Any:
    """Values as a sorted array, for :func:`_member`."""
    return numpy.sort(numpy.fromiter(values, dtype=numpy.uint64))


def _member(values: Any, named: Any) -> Any:
    """Which of ``values`` are in the sorted array ``named`` (vectorised; ``numpy.isin``
    costs several times more on a document's few hundred tokens)."""
    if not len(named):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(named, values), len(named) - 1)
    return named[at] == values


@dataclass(frozen=True)
class _Rule:
    order: int  # the rule's index in the ruler: later rules win
    tokens: tuple[tuple[_Test, ...], ...]
    index: int  # which token of the match gets the attributes (may be negative)


class CompiledRules:
    """Apply an attribute ruler's rules to a Doc, as the ruler would."""

    def __init__(self, rules: Sequence[_Rule], attrs: Sequence[dict[int, int]], strings: Any):
        self._strings = strings
        self._attrs = list(attrs)
        self._single = [r for r in rules if len(r.tokens) == 1]
        used = sorted({t.attr for r in rules for spec in r.tokens for t in spec})
        self._columns: list[int | str] = list(used)  # for Doc.to_array
        self._column = {attr: i for i, attr in enumerate(used)}
        # per attribute, the values the one-token rules name: any other value decides alike
        named: dict[int, set[int]] = {attr: set() for attr in used}
        probes: list[tuple[int, re.Pattern[str]]] = []  # (column, regex) of one-token rules
        for rule in self._single:
            for test in rule.tokens[0]:
                named[test.attr].update(test.equals or ())
                named[test.attr].update(test.excludes or ())
                if test.regex is not None and (self._column[test.attr], test.regex) not in probes:
                    probes.append((self._column[test.attr], test.regex))
        self._named = [_array(named[attr]) for attr in used]
        if any(_OTHER in values for values in self._named):
            raise Unsupported("a value equal to the stand-in for others")
        self._probes = probes
        self._probed: dict[tuple[int, int], bool] = {}  # (id of regex, value) -> it matched
        # rules of several tokens, each with the token whose values gate it: (its place in the
        # rule, its column, the values it must have: sorted), tried only where that token is
        self._multi: list[tuple[_Rule, int, int, Any]] = []
        for rule in rules:
            if len(rule.tokens) > 1:
                gates = [(len(t.equals), k, t.attr, t.equals) for k, spec in enumerate(rule.tokens)
                         for t in spec if t.equals is not None]  # fmt: skip
                if not gates:
                    raise Unsupported("a rule of several tokens none of which names its values")
                _, k, attr, values = min(gates, key=lambda g: g[:2])
                self._multi.append((rule, k, self._column[attr], _array(values)))
        self._cache: dict[tuple[Any, ...], dict[int, int] | None] = {}

    def _text(self, value: int) -> str:
        return str(self._strings[value])

    def _passes(self, spec: tuple[_Test, ...], row: Sequence[int]) -> bool:
        return all(t.passes(row[self._column[t.attr]], self._text) for t in spec)

    def _probed_values(self, values: list[int], regex: re.Pattern[str]) -> list[int]:
        """1 where ``regex`` finds the value, else 0 (one search per distinct value)."""
        probed = self._probed
        found = []
        for value in values:
            key = (id(regex), value)
            hit = probed.get(key)
            if hit is None:
                if len(probed) >= _CACHE_LIMIT:
                    probed.clear()
                hit = probed[key] = regex.search(self._text(value)) is not None
            found.append(int(hit))
        return found

    def _single_orders(self, row: Sequence[int]) -> list[int]:
        return [rule.order for rule in self._single if self._passes(rule.tokens[0], row)]

    def _merged(self, orders: Iterable[int]) -> dict[int, int] | None:
        merged: dict[int, int] = {}
        for order in sorted(orders):
            merged.update(self._attrs[order])
        return merged or None

    def _multi_hits(self, array: Any, rows: list[list[int]]) -> dict[int, list[int]]:
        """Where each rule of several tokens matches, as {token: [rule orders]}: tried only
        where its gating token has one of the values it names (found vectorised)."""
        hits: dict[int, list[int]] = {}
        n = len(rows)
        for rule, k, column, gate in self._multi:
            width = len(rule.tokens)
            for at in numpy.flatnonzero(_member(array[:, column], gate)).tolist():
                start = at - k
                if start < 0 or start + width > n:
                    continue
                if all(self._passes(spec, rows[start + j]) for j, spec in enumerate(rule.tokens)):
                    target = start + (rule.index if rule.index >= 0 else width + rule.index)
                    if not start <= target < start + width:
                        raise ValueError(f"attribute rule {rule.order}: index {rule.index}")
                    hits.setdefault(target, []).append(rule.order)
        return hits

    def _keys(self, array: Any) -> list[list[int]]:
        """Per token, what the one-token rules can tell apart: each value a rule names, else
        :data:`_OTHER`, and whether each probe's regex finds the value."""
        columns = [
            numpy.where(_member(array[:, j], named), array[:, j], _OTHER)
            for j, named in enumerate(self._named)
        ]
        keys = numpy.stack(columns, axis=1).tolist()
        for column, regex in self._probes:
            for row, hit in zip(keys, self._probed_values(array[:, column].tolist(), regex),
                                strict=True):  # fmt: skip
                row.append(hit)
        return keys  # type: ignore[no-any-return]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array(self._columns)  # (tokens, columns) of uint64
        rows: list[list[int]] = array.tolist()
        multi = self._multi_hits(array, rows) if self._multi else {}
        cache = self._cache
        for i, key_row in enumerate(self._keys(array)):
            key = tuple(key_row)
            if key in cache:
                attrs = cache[key]
            else:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                attrs = cache[key] = self._merged(self._single_orders(rows[i]))
            extra = multi.get(i)
            if extra is not None:
                attrs = self._merged([*self._single_orders(rows[i]), *extra])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


def compile_rules(ruler: Any) -> CompiledRules | None:
    """The ruler's rules as a :class:`CompiledRules`, or None where one is not reproducible."""
    strings = ruler.vocab.strings
    rules = []
    try:
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not pattern or not isinstance(pattern, list):
                    raise Unsupported("empty or non-list pattern")
                specs = tuple(_tests(spec, strings) for spec in pattern)
                if any(not spec for spec in specs):
                    raise Unsupported("a token with no test")  # matches anything: keep spaCy's
                rules.append(_Rule(order, specs, int(entry.get("index", 0))))
        attrs = [dict(a) for a in ruler.attrs]
        if any(not isinstance(k, int) or k not in IDS.values() for a in attrs for k in a):
            raise Unsupported("extension or unknown attribute")
        return CompiledRules(rules, attrs, strings)
    except Unsupported:
        return None


class AttributeRules:
    """The pipeline component: holds the compiled rules (set by :func:`use_compiled_rules`)."""

    def __init__(self) -> None:
        self.rules: CompiledRules | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise RuntimeError(f"{COMPONENT}: no rules compiled")
        return self.rules(doc)


@Language.factory(FACTORY)
def _make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules()


def use_compiled_rules(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's enabled attribute ruler by its compiled rules; False: kept as is."""
    if name not in nlp.pipe_names:
        return False
    rules = compile_rules(nlp.get_pipe(name))
    if rules is None:
        return False
    component = nlp.add_pipe(FACTORY, name=COMPONENT, after=name)
    assert isinstance(component, AttributeRules)
    component.rules = rules
    nlp.remove_pipe(name)
    return True
