"""What a document must be to enter the pipeline, checked at the door.

Every reader (:mod:`tacitus.inputs`, :mod:`tacitus.fetch`, the HTTP API) passes its documents
through :func:`admit`, and so does the pipeline itself for documents made in Python:

- every field is valid Unicode: a lone surrogate (``"\\ud800"`` in a JSON string, half an
  emoji cut by a scraper) becomes U+FFFD in the text and title, one character for one, so
  offsets do not move; in ids, sources and other names a byte that the file system gave as an
  escape (a file name that is not UTF-8) is written ``\\xNN``, so the id stays distinct;
- the publication date is a plausible one (:func:`tacitus.dates.check_published`); a date
  that is not (9999-12-31, year 0, text) is left out and the document kept, with a note.

Notes are the document's :attr:`~tacitus.records.Document.notes`: the CLI prints them as
``warning: SOURCE: note`` lines, the API returns them as ``warnings``.
"""

from __future__ import annotations

import re

from .dates import check_published
from .records import Document

_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = range(0xDC80, 0xDD00)  # what os.fsdecode makes of a byte that is not UTF-8


def valid_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the length is kept)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def valid_name(name: str) -> str:
    """A name (id, path, URL) as valid Unicode: escaped file-system bytes as ``\\xNN``,
    other lone surrogates as U+FFFD."""
    if not _SURROGATE.search(name):
        return name

    def replace(match: re.Match[str]) -> str:
        code = ord(match[0])
        return f"\\x{code - 0xDC00:02x}" if code in _ESCAPED_BYTE else "\ufffd"

    return _SURROGATE.sub(replace, name)


def _optional(value: str | None) -> str | None:
    return None if value is None else valid_name(value)


def admit(document: Document) -> Document:
    """``document`` as the pipeline takes it: valid Unicode, a plausible date (or none)."""
    published, problem = check_published(document.published)
    notes = document.notes + ((problem,) if problem else ())
    admitted = Document(
        doc_id=valid_name(document.doc_id),
        text=valid_text(document.text),
        title=None if document.title is None else valid_text(document.title),
        url=_optional(document.url),
        published=published,
        outlet=None if document.outlet is None else valid_text(document.outlet),
        source=_optional(document.source),
        notes=tuple(valid_text(n) for n in notes),
    )
    return document if admitted == document else admitted
