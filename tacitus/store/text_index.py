"""The text index: which sentences hold which words, kept at ingest (issue 17).

Text search (``Filters.text``) used to read every sentence (``ILIKE``): 3 s on ten million
events. The index is an inverted one in plain tables, written in the same transaction as the
rows it indexes:

    text_terms     every word met (lower case; letters, digits and ``_``), its id and in how
                   many sentences it occurs (``df``)
    text_postings  (term_id, doc_seq, sentence_id): a word in a sentence of a document
                   (sentence_id -1: its title), as sorted runs: each run is ordered by term, so
                   DuckDB's zone maps skip the row groups of the other words
    text_pending   the postings of the latest batches, moved into text_postings as a sorted
                   run once they reach :data:`RUN_SIZE` (``tacitus compact`` makes one run of
                   everything)

    text_unsure    the sentences (doc_seq, sentence_id) whose postings a one-word search
                   does not take on trust (below), kept with the postings

A search takes the query's rarest word (every word of the query must be a word of the store),
reads the sentences that hold it, and keeps those that hold the query as written, in any case,
as whole words (:func:`whole_words`): "grain port" finds "Grain port", not "grain portal";
"rain" does not find "grain". The text is tested on those sentences only (a ``CASE``: with
``AND``, DuckDB pushes the test into the scan and runs it on every row: 1.3 s for a word of one
event in ten at 1M events, 0.2 s this way, loaded machine). A query without a letter or digit
(``%``) is a substring read from every sentence.

A query of one ASCII word (letters, digits, ``_``: :func:`bare_word`) needs no test where the
postings answer it: the test keeps a sentence the word's postings give exactly when it holds
the word as a whole word in any case, and the posting says it does, as long as the sentence's
texts are one text (its sentences row and each of its events' ``sentence``) and hold no ``İ``
(U+0130, which DuckDB's ``lower`` makes ``i`` and RE2's case folding does not match to ``i``).
Every other code point lowers to one code point, keeps whether it is a word character, and
lowers to an ASCII word character only where RE2 folds it to that one (``K``, the Kelvin
sign, does both; ``ſ`` folds to ``s`` but does not lower to it, so "ſtate" is no posting of
"state" and neither way finds it; a test checks every code point). The sentences where that
fails are kept in ``text_unsure`` at ingest; a search window holding none of them reads the
postings alone (no sentence text read), one holding any tests the text as before.

Why not DuckDB's ``fts`` extension (docs/store.md): PyPI carries it for DuckDB 1.4.4 only
(``duckdb-ext-fts``), while Tacitus runs DuckDB 2 (a store written by DuckDB 2 does not open in
1.4), and its index is a snapshot: it is not updated when rows are inserted or deleted, so every
ingest batch would rebuild it over the whole store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from .aggregates import scoped
from .where import Where, like

NO_SENTENCE = -2  # the sentence of an event without a sentence_id (written by old versions)
WORD = r"[\pL\pN_]+"  # RE2, in DuckDB: what a word is, in documents and queries alike
# a text search counts the matches in the documents that hold its rarest word's first this many
# occurrences; beyond them its total is a lower bound (``total_exact`` false)
COUNTED = 10_000
RUN_SIZE = 1_000_000  # postings per sorted run (a lookup reads all pending ones)
# documents whose sentences one query of the whole store's text_unsure groups (all at once: a
# peak of 1.5 GB on 1M events, 0.3 GB for 10,000 documents)
UNSURE_CHUNK = 10_000
_HAS_WORD = re.compile(r"[^\W]", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z0-9_]+")  # WORD in lower-case ASCII text
_BARE_WORD = re.compile(r"[A-Za-z0-9_]+")  # a query the postings answer alone (bare_word)

# the sentences, the events' own sentences (the same text where the pipeline wrote both; a
# store written otherwise may differ) and the titles
_WORDS_SQL = f"""
SELECT DISTINCT term, doc_seq, sentence_id FROM (
    SELECT unnest(regexp_extract_all(lower(text), '{WORD}')) AS term, doc_seq, sentence_id
    FROM (SELECT text, doc_seq, sentence_id FROM {{sentences}}
          UNION SELECT sentence, doc_seq, coalesce(sentence_id, {NO_SENTENCE}) FROM {{events}}
          WHERE sentence IS NOT NULL)
    UNION ALL
    SELECT unnest(regexp_extract_all(lower(title), '{WORD}')), seq, -1 FROM {{documents}}
    WHERE title IS NOT NULL)"""

POSTINGS = "(SELECT * FROM text_postings UNION ALL SELECT * FROM text_pending)"


def add(con: duckdb.DuckDBPyConnection, seqs: Sequence[int] | None) -> None:
    """Index the sentences and titles of documents ``seqs`` (None: all; the caller holds the
    transaction)."""
    words = _WORDS_SQL.format(
        sentences=scoped("sentences", seqs),
        events=scoped("events", seqs),
        documents=scoped("documents", seqs, "seq"),
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE _text_words AS {words}")
    con.execute(
        """INSERT INTO text_terms (term, term_id, df)
           SELECT term, (SELECT coalesce(max(term_id), 0) FROM text_terms)
                        + row_number() OVER (ORDER BY term), 0
           FROM (SELECT DISTINCT term FROM _text_words) w
           WHERE NOT EXISTS (SELECT 1 FROM text_terms t WHERE t.term = w.term)"""
    )
    con.execute(
        """MERGE INTO text_terms t
           USING (SELECT term, count(*) AS n FROM _text_words GROUP BY term) w
           ON t.term = w.term WHEN MATCHED THEN UPDATE SET df = t.df + w.n"""
    )
    con.execute(
        """INSERT INTO text_pending (term_id, doc_seq, sentence_id)
           SELECT t.term_id, w.doc_seq, w.sentence_id FROM _text_words w JOIN text_terms t
           USING (term)"""
    )
    con.execute("DROP TABLE _text_words")
    add_unsure(con, seqs)
    row = con.execute("SELECT count(*) FROM text_pending").fetchone()
    if row and int(row[0]) >= RUN_SIZE:
        flush(con)


# the sentences whose texts are not one text (an event's sentence differs from the sentences
# row or is NULL, or two events without a sentence_id differ), or hold İ (module docstring)
_UNSURE_SQL = f"""
SELECT doc_seq, sentence_id FROM (
    SELECT doc_seq, sentence_id, text FROM {{sentences}}
    UNION ALL
    SELECT doc_seq, coalesce(sentence_id, {NO_SENTENCE}), sentence FROM {{events}})
GROUP BY doc_seq, sentence_id
HAVING count(text) < count(*) OR min(text) <> max(text)
    OR bool_or(contains(text, '\u0130'))"""


def add_unsure(con: duckdb.DuckDBPyConnection, seqs: Sequence[int] | None) -> None:
    """Note the sentences of documents ``seqs`` (None: all, :data:`UNSURE_CHUNK` documents
    at a time) a one-word search must test by their text (``text_unsure``; the caller holds
    the transaction)."""
    if seqs is None:
        row = con.execute("SELECT min(seq), max(seq) FROM documents").fetchone()
        if row is None or row[0] is None:
            return
        for start in range(int(row[0]), int(row[1]) + 1, UNSURE_CHUNK):
            add_unsure(con, range(start, min(start + UNSURE_CHUNK, int(row[1]) + 1)))
        return
    unsure = _UNSURE_SQL.format(sentences=scoped("sentences", seqs), events=scoped("events", seqs))
    con.execute(f"INSERT INTO text_unsure {unsure} ORDER BY doc_seq, sentence_id")


def flush(con: duckdb.DuckDBPyConnection) -> None:
    """Move the pending postings into text_postings as one sorted run."""
    con.execute(
        "INSERT INTO text_postings SELECT term_id, doc_seq, sentence_id FROM text_pending "
        "ORDER BY term_id, doc_seq, sentence_id"
    )
    con.execute("DELETE FROM text_pending")


def unsure_differences(con: duckdb.DuckDBPyConnection) -> int:
    """Rows that differ between ``text_unsure`` and its recomputation from the rows (both
    ways), :data:`UNSURE_CHUNK` documents at a time."""
    row = con.execute("SELECT min(seq), max(seq) FROM documents").fetchone()
    if row is None or row[0] is None:
        found = con.execute("SELECT count(*) FROM text_unsure").fetchone()
        return int(found[0]) if found else 0
    lo, hi = int(row[0]), int(row[1])
    outside = con.execute(
        "SELECT count(*) FROM text_unsure WHERE doc_seq NOT BETWEEN ? AND ?", [lo, hi]
    ).fetchone()
    differ = int(outside[0]) if outside else 0
    for start in range(lo, hi + 1, UNSURE_CHUNK):
        seqs = range(start, min(start + UNSURE_CHUNK, hi + 1))
        fresh = _UNSURE_SQL.format(
            sentences=scoped("sentences", seqs), events=scoped("events", seqs)
        )
        stored = f"SELECT doc_seq, sentence_id FROM {scoped('text_unsure', seqs)}"
        found = con.execute(
            f"SELECT (SELECT count(*) FROM (({stored}) EXCEPT ALL ({fresh}))) + "
            f"(SELECT count(*) FROM (({fresh}) EXCEPT ALL ({stored})))"
        ).fetchone()
        differ += int(found[0]) if found else 0
    return differ


def remove(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]) -> None:
    """Take documents ``seqs`` out of the index (before they are written again)."""
    listed = ", ".join(str(int(s)) for s in seqs)
    if not listed:
        return
    con.execute(
        f"""MERGE INTO text_terms t
            USING (SELECT term_id, count(*) AS n FROM
                   ({scoped("text_postings", seqs)} UNION ALL {scoped("text_pending", seqs)})
                   GROUP BY term_id) p
            ON t.term_id = p.term_id WHEN MATCHED THEN UPDATE SET df = t.df - p.n"""
    )
    for table in ("text_postings", "text_pending", "text_unsure"):
        con.execute(f"DELETE FROM {table} WHERE doc_seq IN ({listed})")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Index every stored sentence and title again, as one sorted run."""
    for table in ("text_terms", "text_postings", "text_pending", "text_unsure"):
        con.execute(f"DELETE FROM {table}")
    add(con, None)
    flush(con)


def compact(con: duckdb.DuckDBPyConnection) -> None:
    """All postings as one sorted run (fewest row groups per word); terms no sentence holds
    any more are dropped."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _text_all AS SELECT term_id, doc_seq, sentence_id "
        f"FROM {POSTINGS} ORDER BY term_id, doc_seq, sentence_id"
    )
    con.execute("DELETE FROM text_postings")
    con.execute("DELETE FROM text_pending")
    con.execute("INSERT INTO text_postings SELECT * FROM _text_all")
    con.execute("DROP TABLE _text_all")
    con.execute("DELETE FROM text_terms WHERE df = 0")


def searchable(text: str) -> bool:
    """Whether the index can answer ``text`` (it has a letter or digit)."""
    return bool(_HAS_WORD.search(text))


def bare_word(text: str) -> bool:
    """Whether ``text`` is one ASCII word (letters, digits, ``_``): a search the postings
    answer alone where no sentence of the window is in ``text_unsure`` (module docstring)."""
    return bool(_BARE_WORD.fullmatch(text))


def _words(text: str) -> tuple[str, list[object]]:
    """SQL of the words of ``text`` as the index keeps them (lower case; one parameter).

    An ASCII text's words are found here: DuckDB's ``lower`` and ``WORD`` on ASCII are
    Python's ``lower`` and ``[a-z0-9_]+`` (the letters and digits of ``\\pL`` and
    ``\\pN`` there), so the words are the same list, and RE2 does not compile the pattern's
    Unicode classes for each search (about 2 ms of CPU of every text search, a third of the
    rarest word's lookup). Any other text is split by DuckDB, as the index was."""
    if text.isascii():
        return "?::VARCHAR[]", [_ASCII_WORD.findall(text.lower())]
    return f"regexp_extract_all(lower(?), '{WORD}')", [text]


def _rarest(text: str) -> tuple[str, list[object]]:
    """A scalar subquery: the id of the query's rarest word, NULL when a word of the query is
    no word of the store; and its parameters."""
    words, params = _words(text)
    return (
        "(SELECT CASE WHEN count(*) = len(list_distinct(any_value(q.w))) "
        "THEN arg_min(t.term_id, (t.df, t.term_id)) END "
        f"FROM text_terms t, (SELECT {words} AS w) q "
        "WHERE list_contains(q.w, t.term) AND t.df > 0)"
    ), params


def whole_words(text: str) -> str:
    """An RE2 pattern: ``text`` as written, not run into a word at either end where it starts
    or ends with a letter or digit ("grain port" is not in "grain portal")."""
    literal = "\\Q" + text.replace("\\E", "\\E\\\\E\\Q") + "\\E"
    edge = r"[^\pL\pN_]"
    before = f"(^|{edge})" if _HAS_WORD.match(text[0]) else ""
    after = f"($|{edge})" if _HAS_WORD.match(text[-1]) else ""
    return before + literal + after


def _postings(window: Window | None, text: str) -> tuple[str, str, list[object]] | None:
    """The postings a condition reads: (the term, as SQL, the documents' bounds and the
    term's parameters), the rarest word of ``text`` over every document without ``window``;
    None when the window holds no document (nothing matches)."""
    if window is None:
        term, params = _rarest(text)
        return term, "", params
    if window[0] is None:
        return None
    inside = f" AND doc_seq >= {int(window[1])}"
    inside += "" if window[2] is None else f" AND doc_seq <= {int(window[2])}"
    return str(int(window[0])), inside, []


def _holds(columns: Sequence[str], text: str) -> tuple[str, list[str]]:
    """Any of ``columns`` holds ``text``: as whole words (:func:`whole_words`, any case) when
    it has a letter or digit, else as a substring."""
    if searchable(text):
        test, value = "regexp_matches({}, ?, 'i')", whole_words(text)
    else:
        test, value = "{} ILIKE ? ESCAPE '\\'", like(text)
    return "(" + " OR ".join(test.format(c) for c in columns) + ")", [value] * len(columns)


# a text search read in part: the query's rarest word (its term_id, None: a word of the query
# is no word of the store), the documents (doc_seq) from, to (None: the last), and whether the
# postings answer the query there alone (a bare word, no sentence of text_unsure in the window)
Window = tuple["int | None", int, "int | None", bool]


def sentence_condition(
    where: Where, text: str, column: str, prefix: str = "", window: Window | None = None
) -> None:
    """Adds: the sentence (``column``, of the row's ``doc_seq`` and ``sentence_id``) holds
    ``text`` (module docstring); the index picks the sentences with its rarest word. With
    ``window`` (:func:`rarest_sql`, :func:`window_end_sql`), only the documents in it: both
    the postings read and the rows tested stop there, and the word's id is a constant, so the
    postings' zone maps skip the other words' row groups."""
    holds, params = _holds([column], text)
    if not searchable(text):
        where.add(holds, *params)
        return
    postings = _postings(window, text)
    if postings is None:
        where.add("false")
        return
    term, inside, term_params = postings
    key = f"({prefix}doc_seq, coalesce({prefix}sentence_id, {NO_SENTENCE}))"
    held = f"(SELECT doc_seq, sentence_id FROM {POSTINGS} WHERE term_id = {term}{inside})"
    if window is not None and window[3]:
        # the postings are the answer: no sentence text read (the test over a common word's
        # 9,507 sentences was 15 of the 20 ms of the scan on the 1M store)
        where.add(f"{key} IN {held}", *term_params)
    else:
        where.add(f"CASE WHEN {key} IN {held} THEN {holds} ELSE false END", *term_params, *params)
    if window is not None:
        where.add(f"{prefix}doc_seq >= ?", int(window[1]))
        if window[2] is not None:
            where.add(f"{prefix}doc_seq <= ?", int(window[2]))


def rarest_sql(text: str) -> tuple[str, list[object]]:
    """SQL of ``term_id``: the id of the rarest word of ``text`` (NULL: a word of it is no
    word of the store)."""
    term, params = _rarest(text)
    return f"SELECT {term} AS term_id", params


def window_end_sql(term_id: int, first: int, postings: int) -> tuple[str, list[object]]:
    """SQL of ``doc_seq``: the document of word ``term_id``'s occurrence number ``postings``
    (0-based) counted from document ``first`` on; no row when it has fewer. The documents
    from ``first`` to it hold at least ``postings`` sentences with the word, and every match
    among them: a search that reads only those is bounded, however common the word."""
    return (
        f"SELECT doc_seq FROM {POSTINGS} WHERE term_id = {int(term_id)} AND doc_seq >= ? "
        "ORDER BY doc_seq LIMIT 1 OFFSET ?",
        [int(first), int(postings)],
    )


def window(
    rows: Callable[[str, list[object]], list[dict[str, Any]]], text: str, first: int, postings: int
) -> Window | None:
    """The documents from ``first`` to the one holding the ``postings``-th occurrence (from
    ``first`` on) of ``text``'s rarest word, with that word's id (None: ``text`` is not a
    search the index answers); ``rows(sql, params)`` runs a query."""
    if not searchable(text):
        return None
    term = rows(*rarest_sql(text))[0]["term_id"]
    if term is None:
        return None, first, None, False
    found = rows(*window_end_sql(int(term), first, postings))
    end = int(found[0]["doc_seq"]) if found else None
    return int(term), first, end, bare_word(text) and not rows(*unsure_sql(first, end))


def unsure_sql(first: int, end: int | None) -> tuple[str, list[object]]:
    """SQL of a row when a sentence of documents ``first`` to ``end`` (None: the last) is in
    ``text_unsure``, none else."""
    last = "" if end is None else " AND doc_seq <= ?"
    params: list[object] = [int(first)] if end is None else [int(first), int(end)]
    return f"SELECT 1 AS unsure FROM text_unsure WHERE doc_seq >= ?{last} LIMIT 1", params


def document_condition(
    where: Where, text: str, seq: str, columns: Sequence[str], window: Window | None = None
) -> None:
    """Adds: one of ``columns`` of the document (whose seq is ``seq``) holds ``text``; the
    index picks the documents with its rarest word (in the title or a sentence). With
    ``window`` (:func:`window`), only the documents in it, as :func:`sentence_condition`."""
    holds, params = _holds(columns, text)
    if not searchable(text):
        where.add(holds, *params)
        return
    postings = _postings(window, text)
    if postings is None:
        where.add("false")
        return
    term, inside, term_params = postings
    where.add(
        f"CASE WHEN {seq} IN (SELECT doc_seq FROM {POSTINGS} WHERE term_id = {term}{inside}) "
        f"THEN {holds} ELSE false END",
        *term_params,
        *params,
    )
    if window is not None:
        where.add(f"{seq} >= ?", int(window[1]))
        if window[2] is not None:
            where.add(f"{seq} <= ?", int(window[2]))
