"""Reading inputs: plain text, HTML, JSON lines, directories (recursive) and stdin.

``read_inputs`` yields a :class:`Document` for every article it can read and an
:class:`InputError` (with the input's name and the reason) for every one it cannot; it never
stops at a bad input: whatever goes wrong while one input (a file, a JSON line) is read,
unexpected errors included, is that input's error and the next one is read.

Bounds: a text or HTML file, and stdin unless it holds JSON lines, is read up to
``max_chars * 4`` bytes (more is "too large", not read on); JSON lines are read one at a time,
each up to ``max_chars * 8`` bytes, so a JSON-lines file or stream of any length goes through
in constant memory. Only regular files are read: a FIFO, a device, a socket or a dangling
link, named or met in a directory, is an error line (nothing blocks on it).

Document ids of files: the path as given for a file named on the command line (normalised:
``./a/x.txt`` is ``a/x.txt``), the path relative to the directory for a file found in one.
Two different files that would get the same id in one run (``x.txt`` in two directories
given as arguments) are not merged: the second is an error line. Every document passes
:func:`tacitus.admission.admit` (valid Unicode, a plausible publication date).
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, Any

from .admission import admit, valid_name, valid_text
from .errors import DecodeFailure, EmptyDocument, InputFailure, ParseFailure, TooLarge
from .html import extract_html
from .records import Document, InputError, stable_id

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default max_length
FILE_BYTES_PER_CHAR = 4  # a text file (or stdin) is read up to max_chars * this many bytes
LINE_BYTES_PER_CHAR = 8  # a JSON line up to max_chars * this (\uXXXX escapes take 6 bytes)
_CHUNK = 1 << 16

Item = Document | InputError


def read_inputs(
    inputs: Iterable[str | Path], max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Documents and errors from paths, directories and ``-`` (stdin), in order."""
    claims = Claims()
    for raw in inputs:
        yield from read_input(str(raw), max_chars, stdin, claims)


class Claims:
    """The doc ids that files got in one run, and which file got each."""

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}

    def taken(self, doc_id: str, path: Path) -> str | None:
        """The other file that has ``doc_id`` in this run, or None (then ``path`` has it)."""
        real = os.path.realpath(path)
        owner = self._owners.setdefault(doc_id, real)
        return None if owner == real else owner


def read_input(
    name: str, max_chars: int, stdin: IO[bytes] | None, claims: Claims
) -> Iterator[Item]:
    """The documents and errors of one input argument (a path, a directory, ``-``)."""
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from admitted("<stdin>", _read_stream("<stdin>", stream, max_chars))
        return
    for found in input_files(name):
        if isinstance(found, InputError):
            yield found
            continue
        path, doc_id = found
        shown = valid_name(str(path))
        owner = None if path.suffix.lower() in JSONL_SUFFIXES else claims.taken(doc_id, path)
        if owner is not None:
            yield InputError(shown, f"doc id {doc_id!r} is already the id of "
                             f"{valid_name(owner)} in this run (name the files by distinct "
                             "paths)")  # fmt: skip
            continue
        yield from admitted(shown, _read_file(path, doc_id, max_chars))


def admitted(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """``items`` with every document admitted; an unexpected error while producing them ends
    them as one more error line for ``name`` (an input failure is worded by its raiser)."""
    try:
        for item in items:
            yield admit(item) if isinstance(item, Document) else item
    except InputFailure as exc:
        yield InputError(valid_name(exc.source or name), exc.reason)
    except Exception as exc:  # a reader bug must cost this input only, never the run
        yield InputError(name, unexpected(exc))


def unexpected(exc: BaseException) -> str:
    """The reason given for an error no reader expected (with its type, for a bug report)."""
    text = " ".join(str(exc).split())
    return f"could not be read ({type(exc).__name__}: {text[:200]})"


def file_id(name: str) -> str:
    """The doc id of a file named on the command line: its path as given, normalised."""
    return valid_name(PurePath(os.path.normpath(name)).as_posix())


def input_files(name: str) -> Iterator[tuple[Path, str] | InputError]:
    """The files an input argument names, with their doc ids: the file itself, or the
    regular files under a directory (hidden ones skipped, symbolic links followed once);
    anything else is an error."""
    path = Path(name)
    kind = _kind(path)
    if kind == "directory":
        yield from _directory_files(path)
    elif kind == "file":
        yield path, file_id(name)
    else:
        yield InputError(valid_name(name), kind)


def _kind(path: Path) -> str:
    """'file', 'directory', or why the path is neither."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "dangling symbolic link" if path.is_symlink() else "no such file or directory"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISREG(mode):
        return "file"
    what = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or
            stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "special")  # fmt: skip
    return f"not a regular file or directory ({what})"


def _directory_files(root: Path) -> Iterator[tuple[Path, str] | InputError]:
    found: list[tuple[tuple[str, ...], Path]] = []
    problems: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=problems.append):
        here = os.stat(folder)
        if (here.st_dev, here.st_ino) in seen:  # a link back up: do not go round
            dirs[:] = []
            continue
        seen.add((here.st_dev, here.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in files:
            if not file.startswith("."):
                path = Path(folder, file)
                found.append((path.relative_to(root).parts, path))
    if not found and not problems:
        yield InputError(valid_name(str(root)), "directory has no files")
    for problem in problems:
        where = valid_name(str(problem.filename or root))
        yield InputError(where, f"cannot read: {problem.strerror or problem}")
    for parts, path in sorted(found):
        kind = _kind(path)
        if kind == "file":
            yield path, valid_name("/".join(parts))
        elif kind != "directory":  # a link to a directory already walked
            yield InputError(valid_name(str(path)), kind)


def _read_file(path: Path, doc_id: str, max_chars: int) -> Iterator[Item]:
    name = valid_name(str(path))
    suffix = path.suffix.lower()
    limit = max_chars * FILE_BYTES_PER_CHAR
    try:
        # O_NONBLOCK: a FIFO put in the file's place since it was listed does not block
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                yield InputError(name, "not a regular file")
                return
            if suffix in JSONL_SUFFIXES:
                yield from _read_jsonl(name, _lines(handle.read, max_chars), max_chars)
                return
            if info.st_size > limit:
                yield InputError(name, _too_large_bytes(info.st_size, max_chars))
                return
            data = handle.read(limit + 1)
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > limit:
        yield InputError(name, _too_large_bytes(len(data), max_chars, more=True))
        return
    yield from _read_bytes(name, doc_id, data, max_chars, suffix)


def _too_large_bytes(size: int, max_chars: int, more: bool = False) -> str:
    over = "over " if more else ""
    return f"too large ({over}{size:,} bytes; the limit is {max_chars:,} characters)"


def _read_stream(name: str, stream: IO[bytes], max_chars: int) -> Iterator[Item]:
    """A stream (stdin): JSON lines are read line by line, anything else whole, bounded."""
    limit = max_chars * FILE_BYTES_PER_CHAR
    head = stream.read(_CHUNK)
    if head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] in (b"{", b"["):
        sent = False

        def read(size: int) -> bytes:
            nonlocal sent
            if not sent:
                sent = True
                return head
            return stream.read(size)

        yield from _read_jsonl(name, _lines(read, max_chars), max_chars)
        return
    data = head + stream.read(limit + 1 - len(head)) if len(head) <= limit else head
    if len(data) > limit:
        yield InputError(name, f"too large (over {limit:,} bytes; the limit is "
                         f"{max_chars:,} characters)")  # fmt: skip
        return
    yield from _read_bytes(name, None, data, max_chars)


def _lines(read: Callable[[int], bytes], max_chars: int) -> Iterator[bytes | None]:
    """The lines of a byte stream, read in chunks; None for a line over the limit (its bytes
    are skipped as they come, never held)."""
    limit = max_chars * LINE_BYTES_PER_CHAR
    buffer = bytearray()
    skipping = False
    while chunk := read(_CHUNK):
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", start)) >= 0:
            if skipping:
                skipping = False
            else:
                yield bytes(buffer[start : end + 1]) if end + 1 - start <= limit else None
            start = end + 1
        del buffer[:start]
        if len(buffer) > limit:
            if not skipping:
                yield None
                skipping = True
            buffer.clear()
    if buffer and not skipping:
        yield bytes(buffer) if len(buffer) <= limit else None


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
            yield from _read_jsonl(name, text.split("\n"), max_chars)
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
    text = valid_text(_normalise(text))
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
    extracted = extract_html(valid_text(html), url)
    if extracted is None:
        raise EmptyDocument(name, "no article text found in the HTML")
    text = _check_size(name, extracted.text, max_chars)
    return Document(
        doc_id=doc_id or stable_id(text),
        text=text,
        title=meta.get("title") or extracted.title,
        url=meta.get("url") or extracted.url,
        published=meta.get("published") or extracted.published,  # checked by admit()
        outlet=meta.get("outlet") or extracted.site,
        source=name,
    )


def _read_jsonl(name: str, lines: Iterable[bytes | str | None], max_chars: int) -> Iterator[Item]:
    """One document or one error per non-blank line (None: a line over the size limit); an
    input without a line is an error too (nothing read is never silent)."""
    blank = True
    for lineno, line in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        try:
            if line is None:
                limit = max_chars * LINE_BYTES_PER_CHAR
                raise TooLarge(where, f"too large (a line over {limit:,} bytes)")
            if isinstance(line, bytes):
                line = decode(line, where)
            if line.strip():
                blank = False
                yield _json_document(where, line, max_chars)
        except InputFailure as exc:
            blank = False
            yield InputError(where, exc.reason)
        except Exception as exc:  # a reader bug costs this line only
            blank = False
            yield InputError(where, unexpected(exc))
    if blank:
        yield InputError(name, "empty (no JSON lines)")


class _LongNumber(ValueError):
    """A JSON integer with more digits than Python converts (4,300 by default)."""


def _parse_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _LongNumber(f"a number with {len(text):,} digits") from None


def _json_document(where: str, line: str, max_chars: int) -> Document:
    if len(line) > max_chars * LINE_BYTES_PER_CHAR:
        raise TooLarge(where, f"too large ({len(line):,} characters)")
    try:
        record = json.loads(line, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ParseFailure(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    except _LongNumber as exc:
        raise ParseFailure(where, f"unreadable JSON ({exc})") from exc
    except RecursionError as exc:
        raise ParseFailure(where, "unreadable JSON (nested too deeply)") from exc
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
            published=meta["published"],  # checked by admit(), which says why it drops one
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
