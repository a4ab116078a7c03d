"""Every input kind and every way an input can fail (no model needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tacitus.inputs import read_inputs
from tacitus.records import Document, InputError

HTML = """<html><head><title>Talks resume in Cairo</title>
<meta property="og:site_name" content="Gulf Observer">
<meta property="article:published_time" content="2025-03-11T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article>
<p>Egypt hosted talks between Israel and Hamas in Cairo on Tuesday, officials said.</p>
<p>Qatar's prime minister joined the delegations and urged both sides to agree a truce.</p>
<p>The negotiators will meet again next week to discuss the release of prisoners.</p>
</article><footer>Copyright Gulf Observer</footer></body></html>"""


def read(
    *inputs: str | Path, stdin: bytes | None = None, max_chars: int = 1_000_000
) -> list[Document | InputError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_inputs(inputs, max_chars=max_chars, stdin=stream))


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Russia warns Ukraine\n\nRussia warned Ukraine on Monday.\r\nMore text.\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.doc_id == str(path)  # a file named on the command line: its path as given
    assert doc.title == "Russia warns Ukraine"
    assert "\r" not in doc.text
    assert doc.published is None


def test_html_file_gives_text_title_date_and_site(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML)
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert "Egypt hosted talks" in doc.text
    assert "Home | World" not in doc.text
    assert doc.title == "Talks resume in Cairo"
    assert doc.published == "2025-03-11"
    assert doc.outlet == "Gulf Observer"


def test_jsonl_records_with_ids_html_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {
            "id": "a1",
            "title": "T",
            "text": "Iran criticised France.",
            "outlet": "X",
            "published": "2025-01-02",
        },
        {"text": "Iraq thanked Russia."},
        {"id": 7, "html": HTML, "url": "https://example.test/a"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    docs = read(path)
    assert [type(d) for d in docs] == [Document, Document, Document]
    first, second, third = docs
    assert (
        isinstance(first, Document) and isinstance(second, Document) and isinstance(third, Document)
    )
    assert (first.doc_id, first.outlet, first.published) == ("a1", "X", "2025-01-02")
    assert len(second.doc_id) == 16  # a content hash when no id is given
    assert third.doc_id == "7" and third.url == "https://example.test/a" and "Cairo" in third.text


def test_directory_is_recursive_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("Russia attacked Ukraine.")
    (tmp_path / "two.txt").write_text("Iran thanked Iraq.")
    (tmp_path / ".hidden").write_text("skip me")
    docs = read(tmp_path)
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["a/b/one.txt", "two.txt"]


def test_stdin_text_and_jsonl() -> None:
    [doc] = read("-", stdin=b"Syria asked Russia for help.")
    assert isinstance(doc, Document) and doc.source == "<stdin>"
    docs = read("-", stdin=b'{"id": "s1", "text": "Iraq thanked Russia."}\n')
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["s1"]


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "big.txt").write_text("word " * 400)
    (tmp_path / "good.txt").write_text("Iran thanked Iraq.")
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "ok", "text": "Iraq thanked Iran."}\n{"id": oops}\n[1]\n{"id": "x"}\n{"text": 5, "html": 3}\n'
    )
    items = read(tmp_path / "nope.txt", tmp_path, max_chars=1000)
    errors = {
        (e.source.replace(str(tmp_path) + "/", ""), e.reason)
        for e in items
        if isinstance(e, InputError)
    }
    assert errors == {
        ("nope.txt", "no such file or directory"),
        ("binary.txt", "binary file (contains NUL bytes), not text"),
        ("latin1.txt", "not UTF-8 text (invalid byte 0xe9 at offset 3); convert it to UTF-8"),
        ("empty.txt", "empty document (no text)"),
        ("big.txt", "too large (2,000 characters; the limit is 1,000)"),
        ("bad.jsonl:2", "malformed JSON (Expecting value at column 8)"),
        ("bad.jsonl:3", "a JSON line must be an object"),
        ("bad.jsonl:4", "no 'text' or 'html' field"),
        ("bad.jsonl:5", "no 'text' or 'html' field"),
    }
    assert sorted(d.doc_id for d in items if isinstance(d, Document)) == ["good.txt", "ok"]


def test_empty_directory_and_html_without_article(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "nav.html").write_text(
        "<html><head><title>Menu</title></head><body><script>x()</script></body></html>"
    )
    items = read(tmp_path / "empty", tmp_path / "nav.html")
    assert [(type(i), getattr(i, "reason", "")) for i in items] == [
        (InputError, "directory has no files"),
        (InputError, "no article text found in the HTML"),
    ]


def test_utf16_with_bom_and_utf8_bom(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Iran thanked Iraq.".encode("utf-16"))
    (tmp_path / "u8.txt").write_bytes(b"\xef\xbb\xbfIran thanked Iraq.")
    docs = read(tmp_path / "u16.txt", tmp_path / "u8.txt")
    assert [d.text for d in docs if isinstance(d, Document)] == ["Iran thanked Iraq."] * 2


# -- hostile inputs (issue 16): one error line each, the rest goes on -------------------------


def reasons(items: list[Document | InputError], root: Path) -> dict[str, str]:
    return {
        i.source.replace(str(root) + "/", ""): i.reason for i in items if isinstance(i, InputError)
    }


def test_json_that_breaks_the_parser_is_that_line_s_error(tmp_path: Path) -> None:
    lines = [
        "[" * 100_000 + "]" * 100_000,  # RecursionError
        '{"id": ' + "9" * 5000 + ', "text": "Iran thanked Iraq."}',  # int digits limit
        '{"id": "ok", "text": "Iraq thanked Iran."}',
        '{"text": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}",
    ]
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    items = read(tmp_path / "bad.jsonl")
    assert reasons(items, tmp_path) == {
        "bad.jsonl:1": "unreadable JSON (nested too deeply)",
        "bad.jsonl:2": "unreadable JSON (a number with 5,000 digits)",
        "bad.jsonl:4": "unreadable JSON (nested too deeply)",
    }
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["ok"]


def test_lone_surrogates_become_replacement_characters_in_every_field(tmp_path: Path) -> None:
    record = '{"id": "s\\ud800", "title": "T\\udfff", "text": "Iran \\ud83d thanked Iraq.", '
    record += '"outlet": "W\\ud800", "url": "https://x.test/\\udce9"}'
    (tmp_path / "s.jsonl").write_text(record + "\n")
    [doc] = read(tmp_path / "s.jsonl")
    assert isinstance(doc, Document)
    assert doc.text == "Iran \ufffd thanked Iraq."  # one character for one: offsets hold
    assert (doc.doc_id, doc.title, doc.outlet) == ("s\ufffd", "T\ufffd", "W\ufffd")
    assert doc.url == "https://x.test/\\xe9"  # a file-system escape stays distinct
    doc.content_hash  # encodable  # noqa: B018


def test_a_publication_date_out_of_range_is_left_out_with_a_note(tmp_path: Path) -> None:
    lines = [
        {"id": "future", "text": "Iran thanked Iraq.", "published": "9999-12-31"},
        {"id": "ancient", "text": "Iran thanked Iraq.", "published": "0001-01-02"},
        {"id": "zero", "text": "Iran thanked Iraq.", "published": "0000-01-01"},
        {"id": "words", "text": "Iran thanked Iraq.", "published": "the other day"},
        {"id": "fine", "text": "Iran thanked Iraq.", "published": "2025-03-01T10:00:00Z"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    docs = {d.doc_id: d for d in read(tmp_path / "d.jsonl") if isinstance(d, Document)}
    assert {k: d.published for k, d in docs.items()} == {
        "future": None, "ancient": None, "zero": None, "words": None, "fine": "2025-03-01",
    }  # fmt: skip
    assert docs["future"].notes[0].startswith("published date 9999-12-31 is out of range (from ")
    assert docs["ancient"].notes[0].startswith("published date 0001-01-02 is out of range")
    assert docs["zero"].notes == ("published date '0000-01-01' is not a date; left out",)
    assert docs["words"].notes == ("published date 'the other day' is not a date; left out",)
    assert docs["fine"].notes == ()


def test_special_files_and_links_in_a_directory_are_error_lines(tmp_path: Path) -> None:
    import os

    (tmp_path / "good.txt").write_text("Iran thanked Iraq.")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a link back up is not walked again
    items = read(tmp_path)
    assert reasons(items, tmp_path) == {
        "pipe.txt": "not a regular file or directory (a FIFO)",
        "zero.txt": "not a regular file or directory (a device)",
        "dangling.txt": "dangling symbolic link",
    }
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["good.txt"]
    named = read(tmp_path / "pipe.txt", tmp_path / "zero.txt", tmp_path / "dangling.txt")
    assert [getattr(i, "reason", "") for i in named] == [
        "not a regular file or directory (a FIFO)",
        "not a regular file or directory (a device)",
        "dangling symbolic link",
    ]


def test_files_named_alike_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    for folder, text in (("a", "Iran thanked Iraq."), ("b", "Russia warned Ukraine.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text)
    docs = read(tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", tmp_path / "a" / "x.txt")
    assert [d.doc_id for d in docs if isinstance(d, Document)] == [
        str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), str(tmp_path / "a" / "x.txt"),
    ]  # fmt: skip
    # two directories holding x.txt would give it one id: the second is an error, not lost
    items = read(tmp_path / "a", tmp_path / "b")
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["x.txt"]
    assert reasons(items, tmp_path) == {
        "b/x.txt": f"doc id 'x.txt' is already the id of {tmp_path / 'a' / 'x.txt'} in this run "
        "(name the files by distinct paths)"
    }


def test_a_relative_path_is_its_own_id() -> None:
    from tacitus.inputs import file_id

    assert file_id("./news/../news/x.txt") == "news/x.txt"
    assert file_id("/data/x.txt") == "/data/x.txt"


def test_stdin_is_capped_unless_it_streams_json_lines() -> None:
    [error] = read("-", stdin=b"word " * 1000, max_chars=1000)
    assert isinstance(error, InputError)
    assert error.reason == "too large (over 4,000 bytes; the limit is 1,000 characters)"
    lines = b"".join(b'{"id": "n%d", "text": "Iran thanked Iraq."}\n' % i for i in range(300))
    docs = read("-", stdin=lines, max_chars=1000)  # 12 KB of lines, each well under the cap
    assert [d.doc_id for d in docs if isinstance(d, Document)] == [f"n{i}" for i in range(300)]


def test_a_json_line_over_the_limit_is_skipped_as_it_streams(tmp_path: Path) -> None:
    big = '{"id": "big", "text": "' + "word " * 5000 + '"}'
    good = '{"id": "after", "text": "Iraq thanked Iran."}'
    (tmp_path / "l.jsonl").write_text(big + "\n" + good + "\n" + big)
    items = read(tmp_path / "l.jsonl", max_chars=1000)
    assert reasons(items, tmp_path) == {
        "l.jsonl:1": "too large (a line over 8,000 bytes)",
        "l.jsonl:3": "too large (a line over 8,000 bytes)",
    }
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["after"]


def test_a_reader_bug_costs_one_input_and_never_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tacitus.inputs

    real = tacitus.inputs._text_document

    def buggy(name: str, doc_id: str | None, text: str, max_chars: int) -> Document:
        if "crash" in text:
            raise RuntimeError("a bug")
        return real(name, doc_id, text, max_chars)

    monkeypatch.setattr(tacitus.inputs, "_text_document", buggy)
    (tmp_path / "0-first.txt").write_text("crash me")
    (tmp_path / "1-next.txt").write_text("Iran thanked Iraq.")
    (tmp_path / "j.jsonl").write_text('{"text": "crash"}\n{"id": "j2", "text": "fine"}\n')
    monkeypatch.setattr(tacitus.inputs, "_json_document", _crashing(tacitus.inputs._json_document))
    items = read(tmp_path)
    assert reasons(items, tmp_path) == {
        "0-first.txt": "could not be read (RuntimeError: a bug)",
        "j.jsonl:1": "could not be read (RuntimeError: a bug)",
    }
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["1-next.txt", "j2"]


def _crashing(real: Any) -> Any:
    def crashing(where: str, line: str, max_chars: int) -> Document:
        if "crash" in line:
            raise RuntimeError("a bug")
        result: Document = real(where, line, max_chars)
        return result

    return crashing


def test_a_file_name_that_is_not_utf8_gets_a_distinct_readable_id(tmp_path: Path) -> None:
    import os

    folder = os.fsencode(tmp_path)
    for name in (b"caf\xe9.txt", b"caf\xe8.txt"):
        with open(folder + b"/" + name, "w") as handle:
            handle.write("Iran thanked Iraq.")
    docs = read(tmp_path)
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["caf\\xe8.txt", "caf\\xe9.txt"]
