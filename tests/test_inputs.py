"""Every input kind and every way an input can fail (no model needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path

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
    assert doc.doc_id == "story.txt"
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
