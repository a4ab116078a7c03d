"""URLs and feeds: the fetch policy, feeds, and every way a fetch can fail (no network: an
in-process mock transport, and a local server on 127.0.0.1 that stops by itself)."""

from __future__ import annotations

import contextlib
import gzip
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tacitus.errors import FetchFailure, InputFailure, RefusedAddress
from tacitus.fetch import Fetcher, FetchPolicy, check_address, html_text, read_sources
from tacitus.records import Document, InputError

ARTICLE = """<html><head><title>Iraq and Iran agree</title>
<meta property="og:site_name" content="Gulf Observer">
<meta property="article:published_time" content="2025-06-10T09:00:00Z"></head>
<body><article><p>Iraq agreed on Tuesday to share intelligence with Iran, officials said.</p>
<p>The two governments will meet again next month in Baghdad to review the arrangement.</p>
<p>Syria welcomed the agreement and asked Russia for more help against the militants.</p>
</article></body></html>"""

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Meridian Wire</title>
<item><title>Full story</title><link>http://127.0.0.1:1/full#top</link>
<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Russia accused the United States of lying.</p><p>Washington denied it.</p>]]></content:encoded>
</item>
<item><title>Linked story</title><link>http://127.0.0.1:1/article</link>
<pubDate>Wed, 11 Jun 2025 08:00:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>Dead link</title><link>http://127.0.0.1:1/gone</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
<entry><title>Atom entry</title><id>urn:uuid:1</id><updated>2025-02-03T10:00:00Z</updated>
<summary>France threatened Iran with new sanctions.</summary></entry></feed>"""

Route = tuple[int, dict[str, str], bytes | list[bytes]]  # a list is sent chunked


def mock(routes: dict[str, Route | Exception]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        found = routes.get(request.url.path)
        if found is None:
            return httpx.Response(404, text="not here")
        if isinstance(found, Exception):
            raise found
        status, headers, body = found
        content = iter(body) if isinstance(body, list) else iter([body])  # streamed, as sent
        return httpx.Response(status, headers=headers, content=content)

    return httpx.MockTransport(handle)


HTML = {"content-type": "text/html; charset=utf-8"}
BASE = "http://127.0.0.1:1"


def read(
    routes: dict[str, Route | Exception], *inputs: str, **policy: object
) -> list[Document | InputError]:
    settings = FetchPolicy(**{"allow_private": True, **policy})  # type: ignore[arg-type]
    return list(read_sources(inputs, policy=settings, transport=mock(routes)))


def errors(items: list[Document | InputError]) -> list[tuple[str, str]]:
    return [(i.source, i.reason) for i in items if isinstance(i, InputError)]


def test_a_page_becomes_a_document_with_its_url_as_id() -> None:
    [doc] = read({"/a": (200, HTML, ARTICLE.encode())}, f"{BASE}/a#comments")
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.url, doc.title, doc.outlet, doc.published) == (
        f"{BASE}/a", f"{BASE}/a", "Iraq and Iran agree", "Gulf Observer", "2025-06-10",
    )  # fmt: skip
    assert doc.text.startswith("Iraq agreed on Tuesday")


def test_plain_text_and_declared_charsets() -> None:
    latin = "Le président a rencontré le ministre.".encode("latin-1")
    routes: dict[str, Route | Exception] = {
        "/t": (200, {"content-type": "text/plain; charset=iso-8859-1"}, latin),
        "/bad": (200, {"content-type": "text/plain"}, b"\xff\xfe\x00 not text" + b"\x00" * 10),
        "/odd": (200, {"content-type": "text/plain; charset=klingon"}, b"abc"),
    }
    items = read(routes, f"{BASE}/t", f"{BASE}/odd")
    assert isinstance(items[0], Document) and items[0].text == latin.decode("latin-1")
    assert errors(items) == [(f"{BASE}/odd", "unknown character set 'klingon'")]


def test_redirects_are_followed_and_capped() -> None:
    routes: dict[str, Route | Exception] = {
        "/old": (301, {"location": "/new"}, b""),
        "/new": (200, HTML, ARTICLE.encode()),
        "/loop": (302, {"location": "/loop"}, b""),
    }
    items = read(routes, f"{BASE}/old", f"{BASE}/loop")
    assert isinstance(items[0], Document) and items[0].url == f"{BASE}/new"
    assert errors(items) == [(f"{BASE}/loop", "too many redirects (more than 5)")]


def test_http_errors_content_types_and_sizes() -> None:
    routes: dict[str, Route | Exception] = {
        "/pdf": (200, {"content-type": "application/pdf"}, b"%PDF-1.4"),
        "/big": (200, {"content-type": "text/html", "content-length": "50000000"}, b"<p>x</p>"),
        "/stream": (200, {"content-type": "text/html"}, [b"<p>", b"x" * 800, b"x" * 800, b"</p>"]),
        "/down": (503, {}, b""),
    }
    items = read(routes, f"{BASE}/missing", f"{BASE}/pdf", f"{BASE}/big", f"{BASE}/stream",
                 f"{BASE}/down", max_bytes=1000)  # fmt: skip
    assert errors(items) == [
        (f"{BASE}/missing", "HTTP 404 Not Found"),
        (f"{BASE}/pdf", "unsupported content type 'application/pdf' (Tacitus reads HTML pages, "
                        "plain text and RSS/Atom feeds)"),
        (f"{BASE}/big", "too large (50,000,000 bytes; the limit is 1,000)"),
        (f"{BASE}/stream", "too large (over 1,000 bytes)"),
        (f"{BASE}/down", "HTTP 503 Service Unavailable"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raised", "reason"),
    [
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            "cannot connect (Connection refused)",
        ),
        (httpx.ConnectTimeout("slow"), "timed out after 20 s"),
        (httpx.ReadTimeout("slow"), "timed out after 20 s"),
        (httpx.ReadError("reset"), "cannot fetch (ReadError: reset)"),
        (httpx.RemoteProtocolError("bad"), "cannot fetch (RemoteProtocolError: bad)"),
        (httpx.ProxyError("proxy"), "cannot fetch (ProxyError: proxy)"),
        (httpx.DecodingError("gzip"), "cannot fetch (DecodingError: gzip)"),
        (httpx.TooManyRedirects("many"), "cannot fetch (TooManyRedirects: many)"),
    ],
)
def test_every_httpx_error_becomes_a_fetch_failure(raised: Exception, reason: str) -> None:
    fetcher = Fetcher(FetchPolicy(allow_private=True), mock({"/x": raised}))
    with fetcher, pytest.raises(FetchFailure) as caught:
        fetcher.get(f"{BASE}/x", frozenset({"text/html"}))
    assert (caught.value.source, caught.value.reason) == (f"{BASE}/x", reason)


def test_bad_urls() -> None:
    items = read({}, "http://", "http://example.test:notaport/", "https://")
    assert errors(items) == [
        ("http://", "no host in URL"),
        ("http://example.test:notaport/", "invalid URL (Invalid port: 'notaport')"),
        ("https://", "no host in URL"),
    ]


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "refused: 127.0.0.1 is a loopback address (use --allow-private to fetch it)"),
        (
            "localhost",
            "refused: localhost (127.0.0.1) is a loopback address (use --allow-private to fetch it)",
        ),
        ("10.1.2.3", "refused: 10.1.2.3 is a private address (use --allow-private to fetch it)"),
        (
            "192.168.0.1",
            "refused: 192.168.0.1 is a private address (use --allow-private to fetch it)",
        ),
        (
            "169.254.169.254",
            "refused: 169.254.169.254 is a link-local address (use --allow-private to fetch it)",
        ),
        ("[::1]", "refused: ::1 is a loopback address (use --allow-private to fetch it)"),
        (
            "[::ffff:127.0.0.1]",
            "refused: ::ffff:127.0.0.1 (127.0.0.1) is a loopback address (use --allow-private to fetch it)",
        ),
        ("0.0.0.0", "refused: 0.0.0.0 is a non-public address (use --allow-private to fetch it)"),
    ],
)
def test_private_addresses_are_refused_before_any_request(host: str, reason: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, html=ARTICLE)

    items = list(read_sources([f"http://{host}/a"], transport=httpx.MockTransport(record)))
    assert errors(items) == [(f"http://{host}/a", reason)]
    assert sent == []


def test_public_addresses_pass_the_check() -> None:
    check_address("x", "93.184.216.34", allow_private=False)
    check_address("x", "2606:2800:220:1:248:1893:25c8:1946", allow_private=False)
    with pytest.raises(RefusedAddress):
        check_address("x", "172.16.0.9", allow_private=False)


def test_a_redirect_to_a_private_address_is_refused() -> None:
    fetcher = Fetcher(FetchPolicy(), mock({"/r": (302, {"location": "http://127.0.0.1/a"}, b"")}))
    with fetcher, pytest.raises(RefusedAddress) as caught:
        fetcher.get("http://93.184.216.34/r", frozenset({"text/html"}))
    assert caught.value.reason.startswith("refused: 127.0.0.1 is a loopback address")


# -- feeds ---------------------------------------------------------------------------------------


def test_rss_entries_use_their_content_or_their_page() -> None:
    routes: dict[str, Route | Exception] = {
        "/feed": (200, {"content-type": "application/rss+xml"}, RSS.encode()),
        "/article": (200, HTML, ARTICLE.encode()),
    }
    items = read(routes, f"{BASE}/feed")
    full, linked = items[0], items[1]
    assert isinstance(full, Document) and isinstance(linked, Document)
    assert (full.doc_id, full.title, full.outlet, full.published) == (
        f"{BASE}/full", "Full story", "Meridian Wire", "2025-06-10",
    )  # fmt: skip
    assert full.text == "Russia accused the United States of lying.\nWashington denied it."
    assert (linked.doc_id, linked.title, linked.outlet, linked.published) == (
        f"{BASE}/article", "Linked story", "Meridian Wire", "2025-06-11",
    )  # fmt: skip
    assert linked.text.startswith("Iraq agreed")
    assert errors(items) == [(f"{BASE}/gone", "HTTP 404 Not Found")]


def test_atom_feed_files_and_summaries(tmp_path: Path) -> None:
    path = tmp_path / "ledger.atom"
    path.write_text(ATOM)
    [doc] = list(read_sources([str(path)]))
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.text, doc.outlet, doc.published) == (
        "urn:uuid:1", "France threatened Iran with new sanctions.", "Ledger", "2025-02-03",
    )  # fmt: skip
    xml = tmp_path / "feed.xml"  # .xml files are read as feeds when they are feeds
    xml.write_text(ATOM)
    assert [type(i) for i in read_sources([str(xml)])] == [Document]


def test_a_feed_that_is_html_is_refused(tmp_path: Path) -> None:
    routes: dict[str, Route | Exception] = {
        "/feed": (200, {"content-type": "application/rss+xml"}, ARTICLE.encode()),
        "/junk": (
            200,
            {"content-type": "text/xml"},
            b"<?xml version='1.0'?><urlset><url/></urlset>",
        ),
    }
    local = tmp_path / "news.rss"
    local.write_text(ARTICLE)
    items = read(routes, f"{BASE}/feed", f"{BASE}/junk", str(local))
    assert errors(items) == [
        (f"{BASE}/feed", "not an RSS/Atom feed: the content is an HTML page (served as application/rss+xml)"),
        (f"{BASE}/junk", "not an RSS/Atom feed"),
        (str(local), "not an RSS/Atom feed: the content is an HTML page"),
    ]  # fmt: skip


def test_other_inputs_pass_through_to_read_inputs(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Russia warned Ukraine.")
    items = list(read_sources([str(text), str(tmp_path / "nope.txt")]))
    assert isinstance(items[0], Document) and items[0].doc_id == str(text)
    assert errors(items) == [(str(tmp_path / "nope.txt"), "no such file or directory")]


def test_html_text_keeps_blocks_as_lines() -> None:
    assert (
        html_text("<div>One &amp; two<br>three</div><p> four  five </p>")
        == "One & two\nthree\nfour five"
    )


def test_fetch_failures_are_input_failures() -> None:
    assert issubclass(RefusedAddress, FetchFailure) and issubclass(FetchFailure, InputFailure)


# -- a real server ---------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[Callable[[str], str]]:
    """A server on 127.0.0.1 for this test only; it stops after the test, or after 60 s."""
    pages = {"/article": ("text/html; charset=utf-8", ARTICLE.encode())}
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in ("/trickle", "/stall"):  # a byte every 0.2 s, or nothing at all
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "200")
                self.end_headers()
                self.wfile.flush()
                for _ in range(200):
                    if stop.wait(0.2 if self.path == "/trickle" else 5):
                        return
                    with contextlib.suppress(OSError):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                return
            found = pages.get(self.path)
            if found is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", found[0])
            self.send_header("Content-Length", str(len(found[1])))
            self.end_headers()
            self.wfile.write(found[1])

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    watchdog = threading.Timer(60, httpd.shutdown)
    watchdog.start()
    try:
        yield lambda path: f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    finally:
        stop.set()
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()


def test_fetching_from_a_real_local_server(server: Callable[[str], str]) -> None:
    url = server("/article")
    items = list(read_sources([url, server("/missing")], policy=FetchPolicy(allow_private=True)))
    assert isinstance(items[0], Document) and items[0].title == "Iraq and Iran agree"
    assert errors(items) == [(server("/missing"), "HTTP 404 Not Found")]
    refused = list(read_sources([url]))
    assert errors(refused)[0][1].startswith("refused: 127.0.0.1 is a loopback address")


def test_a_slow_body_meets_the_deadline_of_the_whole_fetch(server: Callable[[str], str]) -> None:
    """Every read comes within the 20 s timeout, but the whole fetch has its own deadline; a
    read that waits is cut at the deadline (the socket is shut), not at its own timeout."""
    policy = FetchPolicy(allow_private=True, timeout=20, deadline=1.0)
    items = list(read_sources([server("/trickle"), server("/stall"), server("/article")],
                              policy=policy))  # fmt: skip
    late = "timed out: the whole fetch takes at most 1 s"
    assert errors(items) == [(server("/trickle"), late), (server("/stall"), late)]
    assert isinstance(items[2], Document)


def _bomb(megabytes: int) -> bytes:
    """gzip inside gzip: a few KB that inflate to ``megabytes`` MB of zeros."""
    inner = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 24)
    packed = b"".join(inner.compress(block) for _ in range(megabytes // 16)) + inner.flush()
    return gzip.compress(packed, 9)


def test_a_compressed_body_is_counted_as_it_inflates() -> None:
    """Content-Encoding: gzip, gzip: 256 MB of zeros from 3 KB stop at the limit, in bounded
    memory (decompressed 64 KiB at a time, never whole)."""
    bomb = _bomb(256)
    assert len(bomb) < 5_000
    routes: dict[str, Route | Exception] = {
        "/bomb": (200, {**HTML, "content-encoding": "gzip, gzip"}, bomb),
        "/br": (200, {**HTML, "content-encoding": "br"}, b"x"),
        "/broken": (200, {**HTML, "content-encoding": "gzip"}, b"\x1f\x8b not gzip at all"),
        "/twice": (200, {**HTML, "content-encoding": "gzip, deflate"},
                   zlib.compress(gzip.compress(ARTICLE.encode()))),
        "/raw": (200, {**HTML, "content-encoding": "deflate"},
                 zlib.compress(ARTICLE.encode())[2:-4]),
    }  # fmt: skip
    tracemalloc.start()
    try:
        items = read(routes, *(f"{BASE}{p}" for p in routes), max_bytes=5_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert errors(items) == [
        (f"{BASE}/bomb", "too large (over 5,000,000 bytes)"),
        (f"{BASE}/br", "unsupported content encoding 'br'"),
        (f"{BASE}/broken", "malformed gzip body (Error -3 while decompressing data: unknown compression method)"),
    ]  # fmt: skip
    assert [d.title for d in items if isinstance(d, Document)] == ["Iraq and Iran agree"] * 2
    assert peak < 40_000_000  # the body up to its limit, never the 256 MB


@pytest.mark.parametrize("charset", ["undefined", "punycode", "unicode_escape", "rot13", "idna"])
def test_a_charset_that_is_no_web_charset_is_refused(charset: str) -> None:
    headers = {"content-type": f"text/html; charset={charset}"}
    routes: dict[str, Route | Exception] = {
        "/odd": (200, headers, b"abc-" + ARTICLE.encode()),
        "/a": (200, HTML, ARTICLE.encode()),
    }
    items = read(routes, f"{BASE}/odd", f"{BASE}/a")
    [(where, reason)] = errors(items)
    assert where == f"{BASE}/odd"
    assert reason.startswith((f"unsupported character set '{charset}'", "unknown character set"))
    assert isinstance(items[1], Document)


def test_feed_dates_outside_the_calendar_leave_the_entry_undated() -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
<entry><title>Zero</title><id>urn:1</id><updated>0000-01-01T00:00:00Z</updated>
<summary>France threatened Iran with new sanctions.</summary></entry>
<entry><title>Far</title><id>urn:2</id><updated>9999-12-31T00:00:00Z</updated>
<summary>Iraq thanked Russia for its help.</summary></entry></feed>"""
    routes: dict[str, Route | Exception] = {
        "/feed": (200, {"content-type": "application/atom+xml"}, feed.encode())
    }
    docs = read(routes, f"{BASE}/feed")
    assert [type(d) for d in docs] == [Document, Document]
    assert [d.published for d in docs if isinstance(d, Document)] == [None, None]
    assert all(isinstance(d, Document) and len(d.notes) == 1 for d in docs)
