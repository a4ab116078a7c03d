"""The hostile inputs of issue 16, written by code (the fault suite's corpus).

:func:`write_corpus` writes, into a folder, every case a hostile user broke Tacitus with,
each beside good documents, and says what must become of each: a document (stored), a
document with a warning, or one error line with its reason. ``scale`` sizes the cases that
cost time (the 40,000 '&', the long article): 1 is what the issue tried, CI uses less.
:class:`HostileServer` serves the URL cases on 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

COUNTRIES = ["Russia", "Ukraine", "Iraq", "Iran", "Syria", "France", "Egypt", "Qatar", "Turkey"]
DEEDS = [
    "accused {b} of violating the ceasefire", "threatened {b} with new sanctions",
    "agreed to share intelligence with {b}", "urged {b} to release the prisoners",
    "praised {b} for its mediation", "met officials from {b} in Geneva",
]  # fmt: skip


def article(n_chars: int, seed: int = 0) -> str:
    """Varied newswire sentences with actors and events, about ``n_chars`` long."""
    out: list[str] = []
    size, i = 0, seed
    while size < n_chars:
        a, b = COUNTRIES[i % 9], COUNTRIES[(i * 4 + 1) % 9]
        b = COUNTRIES[(i + 5) % 9] if a == b else b
        sentence = f"{a} {DEEDS[i % 6].format(b=b)} on Monday, officials said."
        sentence += "\n\n" if i % 5 == 4 else " "
        out.append(sentence)
        size += len(sentence)
        i += 1
    return "".join(out)


@dataclass
class Corpus:
    """What was written and what must become of it."""

    inputs: list[str] = field(default_factory=list)  # the arguments, in order
    good: dict[str, str] = field(default_factory=dict)  # doc id -> text, must be stored
    kept: set[str] = field(default_factory=set)  # other doc ids that must be stored
    errors: dict[str, str] = field(default_factory=dict)  # source -> start of its reason
    warned: set[str] = field(default_factory=set)  # sources with a warning line

    def add_good(self, path: Path, doc_id: str, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        self.inputs.append(str(path))
        self.good[doc_id] = text


def write_corpus(folder: Path, scale: float = 1.0) -> Corpus:
    """Write the corpus into ``folder`` (which must exist)."""
    corpus = Corpus()
    _json_lines(folder, corpus)
    _files(folder, corpus, scale)
    _special_files(folder, corpus)
    _feeds(folder, corpus)
    return corpus


def _json_lines(folder: Path, corpus: Corpus) -> None:
    path = folder / "hostile.jsonl"
    good = {"id": "jl-good", "text": "Iraq agreed to share intelligence with Iran on Monday."}
    lines = [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in the JSON parser
        '{"id": ' + "7" * 5000 + ', "text": "Iran thanked Iraq."}',  # over 4,300 digits
        json.dumps(good),
        # lone surrogates in every field (json.dumps writes them as legal \\ud800 escapes)
        json.dumps({"id": "jl-sur\ud800", "title": "T\udfff", "outlet": "W\ud800",
                    "url": "https://x.test/\udce9", "text": "Iran \ud800 thanked Iraq."}),
        json.dumps({"id": "jl-9999", "text": "France threatened Iran.", "published": "9999-12-31"}),
        json.dumps({"id": "jl-year0", "text": "Egypt hosted talks.", "published": "0000-01-01"}),
        json.dumps({"id": "jl-year1", "text": "Qatar praised Egypt.", "published": "0001-01-02"}),
        "not json at all",
        "[1, 2]",
        '{"text": 5}',
        json.dumps({"id": "jl-deep-html", "html": "<div>" * 20_000 + "x" + "</div>" * 20_000}),
        json.dumps({"id": "jl-nul", "text": "Iran\x00 thanked\x00 Iraq."}),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus.inputs.append(str(path))
    corpus.good["jl-good"] = good["text"]
    corpus.kept |= {"jl-sur\ufffd", "jl-9999", "jl-year0", "jl-year1", "jl-nul"}
    name = str(path)
    corpus.errors |= {
        f"{name}:1": "unreadable JSON (nested too deeply)",
        f"{name}:2": "unreadable JSON (a number with 5,000 digits)",
        f"{name}:8": "malformed JSON",
        f"{name}:9": "a JSON line must be an object",
        f"{name}:10": "no 'text' or 'html' field",
        f"{name}:11": "",  # deep HTML: whatever trafilatura makes of it, one line or a document
    }
    corpus.warned |= {f"{name}:5", f"{name}:6", f"{name}:7"}


def _files(folder: Path, corpus: Corpus, scale: float) -> None:
    hostile = folder / "files"
    hostile.mkdir()
    amp = hostile / "ampersands.txt"  # spaCy's tokenizer was quadratic on this
    amp.write_text("&" * int(40_000 * scale))
    long = hostile / "long-article.txt"  # the coder was superlinear in the length
    long.write_text(article(int(300_000 * scale)))
    endless = hostile / "endless-sentence.txt"  # no full stop: one sentence of it all
    endless.write_text("Russia accused Ukraine of attacks and " * int(1000 * scale))
    quotes = hostile / "apostrophes.txt"
    quotes.write_text((("'" * 60) + " ") * int(300 * scale))
    corpus.kept |= {str(p) for p in (amp, long, endless, quotes)}
    corpus.inputs += [str(p) for p in (amp, long, endless, quotes)]
    for name, data, reason in (
        ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary file"),
        ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), "not UTF-8 text"),
        ("empty.txt", b"   \n\n", "empty document"),
        ("odd-utf16.txt", b"\xff\xfeI\x00r\x00a\x00n", "bad UTF-16 text"),
        ("big.txt", b"word " * 900_000, "too large"),
    ):
        (hostile / name).write_bytes(data)
        corpus.inputs.append(str(hostile / name))
        corpus.errors[str(hostile / name)] = reason
    crlf = hostile / "crlf.txt"
    crlf.write_bytes(b"Iran thanked Iraq.\r\nEgypt hosted talks.\rQatar praised Egypt.")
    corpus.inputs.append(str(crlf))
    corpus.kept.add(str(crlf))
    # two files with one name in two folders: two documents
    for sub, text in (("a", "Iran thanked Iraq for its help."), ("b", "Russia warned Ukraine.")):
        (folder / sub).mkdir()
        corpus.add_good(folder / sub / "same.txt", str(folder / sub / "same.txt"), text)


def _special_files(folder: Path, corpus: Corpus) -> None:
    """A directory holding what is no regular file, a file name that is not UTF-8, and good
    files: error lines for the first, documents for the rest."""
    tree = folder / "tree"
    tree.mkdir()
    os.mkfifo(tree / "fifo.txt")
    (tree / "zero.txt").symlink_to("/dev/zero")
    (tree / "dangling.txt").symlink_to(tree / "gone.txt")
    (tree / "loop").symlink_to(tree)
    (tree / "ok.txt").write_text("Syria asked Russia for help.")
    with open(os.fsencode(tree) + b"/caf\xe9.txt", "w") as handle:
        handle.write("Turkey criticised Syria.")
    corpus.inputs.append(str(tree))
    corpus.good["ok.txt"] = "Syria asked Russia for help."
    corpus.kept.add("caf\\xe9.txt")
    corpus.errors |= {
        str(tree / "fifo.txt"): "not a regular file or directory (a FIFO)",
        str(tree / "zero.txt"): "not a regular file or directory (a device)",
        str(tree / "dangling.txt"): "dangling symbolic link",
    }


def _feeds(folder: Path, corpus: Corpus) -> None:
    feed = folder / "dates.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Ledger</title>"
        "<entry><title>Zero</title><id>urn:zero</id><updated>0000-01-01T00:00:00Z</updated>"
        "<summary>France threatened Iran with new sanctions.</summary></entry>"
        "<entry><title>End</title><id>urn:end</id><updated>9999-12-31T00:00:00Z</updated>"
        "<summary>Iraq thanked Russia for its help.</summary></entry></feed>",
        encoding="utf-8",
    )
    corpus.inputs.append(str(feed))
    corpus.kept |= {"urn:zero", "urn:end"}
    corpus.warned |= {"urn:zero", "urn:end"}


# -- URLs ---------------------------------------------------------------------------------------


def gzip_bomb(megabytes: int) -> bytes:
    """gzip inside gzip: a few KB that inflate to ``megabytes`` MB of zeros."""
    inner = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 24)
    packed = b"".join(inner.compress(block) for _ in range(max(megabytes // 16, 1)))
    return gzip.compress(packed + inner.flush(), 9)


PAGE = (
    "<html><head><title>Talks</title></head><body><article><p>"
    + "Egypt hosted talks between Israel and Hamas in Cairo on Tuesday, officials said. " * 3
    + "</p></article></body></html>"
).encode()


class HostileServer:
    """The URL cases on 127.0.0.1: odd charsets, a gzip bomb, a good page. Stops when the
    ``with`` block ends, or after ``limit`` seconds."""

    def __init__(self, bomb_megabytes: int = 256, limit: float = 300) -> None:
        bomb = gzip_bomb(bomb_megabytes)
        self.routes: dict[str, tuple[dict[str, str], bytes]] = {
            "/undefined": ({"content-type": "text/html; charset=undefined"}, PAGE),
            "/punycode": ({"content-type": "text/html; charset=punycode"}, b"abc-" + PAGE),
            "/bomb": ({"content-type": "text/html", "content-encoding": "gzip, gzip"}, bomb),
            "/page": ({"content-type": "text/html; charset=utf-8"}, PAGE),
        }
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = routes.get(self.path)
                if found is None:
                    self.send_error(404)
                    return
                headers, body = found
                self.send_response(200)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._watchdog = threading.Timer(limit, self.httpd.shutdown)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        self._watchdog.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._watchdog.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_to(self, corpus: Corpus) -> None:
        """The URL inputs and what must become of them."""
        for path, reason in (
            ("/undefined", "unsupported character set 'undefined'"),
            ("/punycode", "unsupported character set 'punycode'"),
            ("/bomb", "too large (over 10,000,000 bytes)"),
        ):
            corpus.inputs.append(self.url(path))
            corpus.errors[self.url(path)] = reason
        corpus.inputs.append(self.url("/page"))
        corpus.kept.add(self.url("/page"))
