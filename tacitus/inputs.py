"""Reading inputs: plain text, HTML, JSON lines, directories (recursive) and stdin.

``read_inputs`` yields a :class:`Document` for every article it can read and an
:class:`InputError` (with the input's name and the reason) for every one it cannot; it never
stops at a bad input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .dates import parse_published
from .errors import DecodeFailure, EmptyDocument, InputFailure, ParseFailure, TooLarge
from .html import extract_html
from .records import Document, InputError, stable_id

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default max_length

Item = Document | InputError


def read_inputs(
    inputs: Iterable[str | Path], max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Documents and errors from paths, directories and ``-`` (stdin), in order."""
    for raw in inputs:
        name = str(raw)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes("<stdin>", None, stream.read(), max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not files:
                yield InputError(name, "directory has no files")
            for file in files:
                yield from _read_file(file, file.relative_to(path).as_posix(), max_chars)
        elif path.is_file():
            yield from _read_file(path, path.name, max_chars)
        elif path.exists():
            yield InputError(name, "not a regular file or directory")
        else:
            yield InputError(name, "no such file or directory")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, doc_id: str, max_chars: int) -> Iterator[Item]:
    name = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix not in JSONL_SUFFIXES and size > max_chars * 4:
            yield InputError(
                name, f"too large ({size:,} bytes; the limit is {max_chars:,} characters)"
            )
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_jsonl(name, handle, max_chars)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(name, doc_id, data, max_chars, suffix)


def _read_bytes(
    name: str, doc_id: str | None, data: bytes, max_chars: int, suffix: str = ""
) -> Iterator[Item]:
    try:
        text = decode(data, name)
    except InputFailure as exc:
        yield InputError(name, exc.reason)
        return
    head = text.lstrip()[:1]
    try:
        if suffix in JSONL_SUFFIXES or (not suffix and head in ("{", "[")):
            yield from _read_jsonl(name, text.splitlines(keepends=True), max_chars)
        elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and head == "<"):
            yield _html_document(name, doc_id, text, None, {}, max_chars)
        else:
            yield _text_document(name, doc_id, text, max_chars)
    except InputFailure as exc:
        yield InputError(name, exc.reason)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeFailure(name, f"bad UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        raise DecodeFailure(name, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeFailure(
            name,
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8",
        ) from exc


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_size(name: str, text: str, max_chars: int) -> str:
    text = _normalise(text)
    if not text.strip():
        raise EmptyDocument(name, "empty document (no text)")
    if len(text) > max_chars:
        raise TooLarge(name, f"too large ({len(text):,} characters; the limit is {max_chars:,})")
    return text


def _text_document(name: str, doc_id: str | None, text: str, max_chars: int) -> Document:
    text = _check_size(name, text, max_chars)
    first, _, rest = text.lstrip("\n").partition("\n")
    title = first.strip() if rest.startswith("\n") and 0 < len(first.strip()) <= 200 else None
    return Document(doc_id=doc_id or stable_id(text), text=text, title=title, source=name)


def _html_document(
    name: str, doc_id: str | None, html: str, url: str | None, meta: dict[str, Any], max_chars: int
) -> Document:
    if len(html) > max_chars * 4:
        raise TooLarge(name, f"too large ({len(html):,} characters of HTML)")
    extracted = extract_html(html, url)
    if extracted is None:
        raise EmptyDocument(name, "no article text found in the HTML")
    text = _check_size(name, extracted.text, max_chars)
    return Document(
        doc_id=doc_id or stable_id(text),
        text=text,
        title=meta.get("title") or extracted.title,
        url=meta.get("url") or extracted.url,
        published=parse_published(meta.get("published") or extracted.published),
        outlet=meta.get("outlet") or extracted.site,
        source=name,
    )


def _read_jsonl(name: str, lines: Iterable[bytes | str], max_chars: int) -> Iterator[Item]:
    for lineno, line in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = decode(line, where)
            except InputFailure as exc:
                yield InputError(where, exc.reason)
                continue
        if not line.strip():
            continue
        try:
            yield _json_document(where, line, max_chars)
        except InputFailure as exc:
            yield InputError(where, exc.reason)


def _json_document(where: str, line: str, max_chars: int) -> Document:
    if len(line) > max_chars * 4:
        raise TooLarge(where, f"too large ({len(line):,} characters)")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ParseFailure(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ParseFailure(where, "a JSON line must be an object")
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else None
    meta = {k: record.get(k) for k in ("title", "url", "published", "outlet")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise ParseFailure(where, f"'{key}' must be a string")
    if isinstance(record.get("text"), str) and record["text"].strip():
        text = _check_size(where, record["text"], max_chars)
        return Document(
            doc_id=doc_id or stable_id(text),
            text=text,
            title=meta["title"],
            url=meta["url"],
            published=parse_published(meta["published"]),
            outlet=meta["outlet"],
            source=where,
        )
    if isinstance(record.get("html"), str):
        return _html_document(where, doc_id, record["html"], meta["url"], meta, max_chars)
    if "text" in record and isinstance(record["text"], str):
        raise EmptyDocument(where, "empty document (no text)")
    raise ParseFailure(where, "no 'text' or 'html' field")


def html_document(
    name: str,
    doc_id: str | None,
    html: str,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """A document from HTML read elsewhere (a fetched page); raises :class:`InputFailure`."""
    return _html_document(name, doc_id, html, url, meta or {}, max_chars)


def text_document(
    name: str, doc_id: str | None, text: str, max_chars: int = DEFAULT_MAX_CHARS
) -> Document:
    """A document from plain text read elsewhere; raises :class:`InputFailure`."""
    return _text_document(name, doc_id, text, max_chars)
