"""The JSON of the read endpoints' answers, written by orjson (the one home of orjson).

A route returning a dict lets FastAPI write it through pydantic-core (``TypeAdapter(Any)``),
which infers every value's type as it goes: 4-9 ms for the map's 0.9 MB or the network of
200 actors, against 0.6-1.5 ms with orjson, for the same bytes (issue 17). The routes return
:class:`JsonAnswer` instead; orjson is given only plain JSON values (str, int, float, bool,
None, lists, dicts with str keys): anything else (a date, a Decimal, a subclass, a lone
surrogate) makes the whole answer fall back to pydantic-core's writer, so every answer is
byte for byte what FastAPI wrote (``tests/test_api_answer.py``). Where orjson is not
installed (an environment set up before it was a dependency: ``scripts/setup dev`` installs
it), every answer is written by pydantic-core: the same bytes, slower.

A part of an answer may come already written (:class:`RawJson`: JSON text DuckDB wrote, the
map's examples): orjson copies it in as it is (``orjson.Fragment``), pydantic-core's writer
gets it parsed, so both write what the parsed values would have given, where the text is what
orjson writes of them (compact, non-ASCII as it is: the caller's part to check).
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from fastapi.responses import Response
from pydantic import TypeAdapter

orjson: ModuleType | None
try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; pydantic-core writes the same bytes
    orjson = None

_ANY: TypeAdapter[Any] = TypeAdapter(Any)
# dates, dataclasses and subclasses of str/int/dict/list go to ``default`` (which refuses them)
# instead of orjson's own conversion: pydantic-core writes some of them otherwise
_PLAIN_ONLY = (
    orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
    if orjson is not None
    else 0
)


class RawJson:
    """A value of an answer already written as JSON text (as orjson writes it): copied into
    the answer as it is."""

    __slots__ = ("fragment", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fragment = orjson.Fragment(text) if orjson is not None else None

    def __eq__(self, other: object) -> bool:
        """Equal to the values it holds (and to another of the same values)."""
        if isinstance(other, RawJson):
            other = json.loads(other.text)
        return bool(json.loads(self.text) == other)

    __hash__ = None  # type: ignore[assignment]  # as the lists and dicts it holds

    def __repr__(self) -> str:
        return f"RawJson({self.text!r})"


def _refuse(value: Any) -> Any:
    if type(value) is RawJson and value.fragment is not None:
        return value.fragment
    raise TypeError(f"not a plain JSON value: {type(value).__name__}")


def _parsed(value: Any) -> Any:
    """pydantic-core's writer's fallback: a :class:`RawJson` as the values it holds."""
    if type(value) is RawJson:
        return json.loads(value.text)
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def json_bytes(content: Any) -> bytes:
    """``content`` as FastAPI writes it (pydantic-core, compact, UTF-8), by orjson when it
    holds plain JSON values only (and :class:`RawJson`)."""
    if orjson is not None:
        try:
            written: bytes = orjson.dumps(content, default=_refuse, option=_PLAIN_ONLY)
            return written
        except TypeError:  # orjson.JSONEncodeError is one
            pass
    return _ANY.dump_json(content, fallback=_parsed)


class JsonAnswer(Response):
    """A 200 answer of JSON (``application/json``), written by :func:`json_bytes`."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json_bytes(content)
