"""Reading http(s) URLs and RSS/Atom feeds (the one home of httpx and feedparser).

:func:`read_sources` reads everything :func:`tacitus.inputs.read_inputs` reads, plus URLs and
feeds (``.rss``/``.atom`` files, ``.xml`` files that are feeds, and URLs served as feeds). Like
``read_inputs`` it yields a :class:`Document` or an :class:`InputError` per article and never
stops at a bad one.

Fetching is guarded by a :class:`FetchPolicy`: a deadline for the whole fetch of a URL
(connecting, redirects and the body together, however slowly the bytes come) besides the
timeout of each step, a size limit on the body counted as it is decompressed (gzip and
deflate are decoded here, in bounded pieces: a small body that inflates to gigabytes stops at
the limit), a content-type check, web character sets only, redirects followed by hand (at
most ``max_redirects``) so that every hop is checked, and hosts that resolve to private,
loopback, link-local or otherwise non-public addresses refused unless ``allow_private`` is
set. (The address is checked when the request is made; a DNS answer that changes between the
check and the connection is not caught, and the DNS lookup itself is not under the deadline.)
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import ipaddress
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import feedparser
import httpx

from .admission import valid_name
from .errors import (
    DecodeFailure,
    FetchFailure,
    InputFailure,
    ParseFailure,
    RefusedAddress,
    TooLarge,
)
from .inputs import (
    DEFAULT_MAX_CHARS,
    Claims,
    admitted,
    decode,
    html_document,
    read_input,
    text_document,
    unexpected,
)
from .records import Document, InputError
from .version import __version__

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml"}
)  # fmt: skip
FEED_SUFFIXES = frozenset({".rss", ".atom"})
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")
# the web's character sets (the WHATWG Encoding Standard's, as Python names them): a page
# that declares another (punycode, undefined, unicode_escape, ...) is refused
WEB_CHARSETS = frozenset(codecs.lookup(name).name for name in (
    "utf-8", "utf-16", "utf-16-be", "utf-16-le", "ascii", "latin-1", "cp866", "cp874",
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8",
    "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u",
    "mac-roman", "mac-cyrillic", "gbk", "gb2312", "gb18030", "big5", "euc-jp", "iso2022-jp",
    "shift-jis", "euc-kr",
))  # fmt: skip
ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_PIECE = 1 << 16  # bytes decompressed at a time

Item = Document | InputError


@dataclass(frozen=True)
class FetchPolicy:
    """How URLs are fetched; the defaults suit news pages and feeds."""

    timeout: float = 20.0  # seconds, for connecting and for each read
    deadline: float = 60.0  # seconds for the whole fetch of a URL: redirects, headers, body
    max_bytes: int = 10_000_000  # of body, as sent and as decompressed
    max_redirects: int = 5
    allow_private: bool = False  # private, loopback and link-local addresses
    user_agent: str = f"tacitus/{__version__}"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    media_type: str  # "text/html", without parameters; "" when the server sent none
    charset: str | None
    body: bytes


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def read_sources(
    inputs: Iterable[str | Path],
    max_chars: int = DEFAULT_MAX_CHARS,
    policy: FetchPolicy | None = None,
    stdin: IO[bytes] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Iterator[Item]:
    """Documents and errors from paths, directories, ``-``, URLs and feeds, in order."""
    claims = Claims()
    with Fetcher(policy or FetchPolicy(), transport) as fetcher:
        for raw in inputs:
            name = str(raw)
            if is_url(name):
                yield from admitted(valid_name(name), fetcher.documents(name, max_chars))
            elif _is_feed_file(Path(name)):
                yield from admitted(valid_name(name), _feed_file(name, fetcher, max_chars))
            else:
                yield from read_input(name, max_chars, stdin, claims)


def _is_feed_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix not in FEED_SUFFIXES and suffix != ".xml":
        return False
    try:
        if not path.is_file():
            return False  # read_inputs reports what it is
        if suffix in FEED_SUFFIXES:
            return True
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError:
        return False  # read_inputs reports it
    return _FEED_ROOT.search(head) is not None


def _feed_file(name: str, fetcher: Fetcher, max_chars: int) -> Iterator[Item]:
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > fetcher.policy.max_bytes:
            raise TooLarge(name, f"too large ({size:,} bytes; the limit is "
                           f"{fetcher.policy.max_bytes:,})")  # fmt: skip
        with path.open("rb") as handle:
            body = handle.read(fetcher.policy.max_bytes + 1)
    except OSError as exc:
        raise InputFailure(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(body) > fetcher.policy.max_bytes:
        raise TooLarge(name, f"too large (over {fetcher.policy.max_bytes:,} bytes)")
    yield from _feed_documents(name, body, "", fetcher, max_chars)


class Fetcher:
    """One HTTP client for a run of fetches; closes with the ``with`` block."""

    def __init__(self, policy: FetchPolicy, transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self._transport = transport
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.policy.timeout),
                follow_redirects=False,
                # the body is decoded here, bounded: only what _inflate decodes is asked for
                headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
                transport=self._transport,
                # no connection is kept for the next fetch: a fetch cut at its deadline
                # (its socket shut from the watchdog) leaves nothing half-used in a pool
                limits=httpx.Limits(max_keepalive_connections=0),
            )
        return self._client

    def documents(self, url: str, max_chars: int) -> Iterator[Item]:
        """The article at ``url``, or the articles of the feed at ``url``."""
        fetched = self.get(url, FEED_TYPES | HTML_TYPES | TEXT_TYPES)
        if fetched.media_type in FEED_TYPES or _FEED_ROOT.search(fetched.body[:2048]):
            yield from _feed_documents(url, fetched.body, fetched.media_type, self, max_chars)
        else:
            yield _page_document(url, fetched, {}, max_chars)

    def get(self, url: str, accept: frozenset[str]) -> Fetched:
        """GET ``url`` under the policy; raises FetchFailure (or TooLarge) with the reason."""
        try:
            current = httpx.URL(url).copy_with(fragment=None)
        except (httpx.InvalidURL, TypeError, ValueError, UnicodeError) as exc:
            raise FetchFailure(url, f"invalid URL ({exc})") from exc
        deadline = time.monotonic() + self.policy.deadline
        for _ in range(self.policy.max_redirects + 1):
            if current.scheme not in ("http", "https"):
                raise FetchFailure(url, f"unsupported URL scheme {current.scheme!r}")
            check_address(url, current.host, self.policy.allow_private)
            with _Watchdog(deadline) as watchdog:
                try:
                    step = min(self.policy.timeout, max(watchdog.left(), 0.001))
                    request = self.client.build_request("GET", current, timeout=step)
                    response = self.client.send(request, stream=True)
                    try:
                        watchdog.watch(response)
                        if response.is_redirect and "location" in response.headers:
                            current = current.join(response.headers["location"])
                            continue
                        return self._read(url, response, accept, watchdog)
                    finally:
                        response.close()
                except httpx.TimeoutException as exc:
                    raise self._late(url, watchdog) from exc
                except httpx.ConnectError as exc:
                    why = _ERRNO.sub("", str(exc))
                    raise FetchFailure(url, f"cannot connect ({why})") from exc
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    if watchdog.expired:
                        raise self._late(url, watchdog) from exc
                    raise FetchFailure(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc
        raise FetchFailure(url, f"too many redirects (more than {self.policy.max_redirects})")

    def _late(self, url: str, watchdog: _Watchdog) -> FetchFailure:
        if watchdog.expired or watchdog.left() <= 0:
            return FetchFailure(url, f"timed out: the whole fetch takes at most "
                                f"{self.policy.deadline:g} s")  # fmt: skip
        return FetchFailure(url, f"timed out after {self.policy.timeout:g} s")

    def _read(
        self, url: str, response: httpx.Response, accept: frozenset[str], watchdog: _Watchdog
    ) -> Fetched:
        if response.status_code >= 400:
            raise FetchFailure(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type and media_type not in accept:
            raise FetchFailure(
                url,
                f"unsupported content type {media_type!r} "
                "(Tacitus reads HTML pages, plain text and RSS/Atom feeds)",
            )
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge(url, f"too large ({int(declared):,} bytes; the limit is {limit:,})")
        pieces = _raw(url, response.iter_raw(_PIECE), limit)
        for coding in reversed(_codings(url, response.headers.get("content-encoding", ""))):
            pieces = _inflate(url, pieces, coding)
        chunks: list[bytes] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > limit:
                raise TooLarge(url, f"too large (over {limit:,} bytes)")
            if watchdog.left() <= 0:
                raise self._late(url, watchdog)
            chunks.append(piece)
        if watchdog.expired:  # the socket was shut: what came is not the whole body
            raise self._late(url, watchdog)
        return Fetched(str(response.url), media_type, charset, b"".join(chunks))


class _Watchdog:
    """The deadline of one fetch: shuts the response's socket when it passes, so a read that
    waits (a server sending a byte now and then) ends then, not at its own timeout."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> _Watchdog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def watch(self, response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            self._timer = threading.Timer(max(self.left(), 0.0), self._expire, (sock,))
            self._timer.daemon = True
            self._timer.start()

    def _expire(self, sock: socket.socket) -> None:
        self.expired = True
        with contextlib.suppress(OSError):  # already closed: the fetch ended on its own
            sock.shutdown(socket.SHUT_RDWR)


def _codings(url: str, header: str) -> list[str]:
    """The content codings of a response, in the order they were applied."""
    found = [c.strip().lower() for c in header.split(",") if c.strip()]
    codings = [c for c in found if c != "identity"]
    for coding in codings:
        if coding not in ENCODINGS:
            raise FetchFailure(url, f"unsupported content encoding {coding!r}")
    return codings


def _raw(url: str, pieces: Iterator[bytes], limit: int) -> Iterator[bytes]:
    """The body as sent, at most ``limit`` bytes."""
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > limit:
            raise TooLarge(url, f"too large (over {limit:,} bytes)")
        yield piece


def _inflate(url: str, pieces: Iterator[bytes], coding: str) -> Iterator[bytes]:
    """Decompress a gzip or deflate body in pieces of at most 64 KiB, as they are read."""
    inflater = zlib.decompressobj(ENCODINGS[coding])
    first = True
    try:
        for piece in pieces:
            if first and coding == "deflate" and piece and (piece[0] & 0x0F) != 8:
                inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            first = False
            data = piece
            while data and not inflater.eof:
                out = inflater.decompress(data, _PIECE)
                data = inflater.unconsumed_tail
                if out:
                    yield out
        while not inflater.eof and (out := inflater.decompress(b"", _PIECE)):
            yield out
    except zlib.error as exc:
        raise FetchFailure(url, f"malformed {coding} body ({exc})") from exc


def check_address(name: str, host: str, allow_private: bool) -> None:
    """Refuse hosts that are, or resolve to, non-public addresses (unless allowed)."""
    if not host:
        raise FetchFailure(name, "no host in URL")
    if allow_private:
        return
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        raise RefusedAddress(name, _refusal(host, ipaddress.ip_address("127.0.0.1")))
    try:
        addresses = {ipaddress.ip_address(host.strip("[]"))}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchFailure(name, f"cannot resolve host {host!r}") from exc
        addresses = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
    for address in sorted(addresses, key=str):
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:
            raise RefusedAddress(name, _refusal(host, address))


def _refusal(host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if address.is_loopback:
        kind = "loopback"
    elif address.is_link_local:
        kind = "link-local"
    elif address.is_unspecified or address.is_reserved or address.is_multicast:
        kind = "non-public"
    elif address.is_private:
        kind = "private"
    else:
        kind = "non-public"
    where = host if host == str(address) else f"{host} ({address})"
    return f"refused: {where} is a {kind} address (use --allow-private to fetch it)"


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return media.strip().lower(), charset


def _page_text(name: str, fetched: Fetched) -> str:
    charset = fetched.charset
    if charset is None and fetched.media_type != "text/plain":
        found = _META_CHARSET.search(fetched.body[:4096])
        charset = found[1].decode("ascii").lower() if found else None
    if charset is None or charset.replace("-", "") in ("utf8", "utf16"):
        return decode(fetched.body, name)
    try:
        codec = codecs.lookup(charset).name
    except LookupError as exc:
        raise DecodeFailure(name, f"unknown character set {charset[:40]!r}") from exc
    if codec not in WEB_CHARSETS:
        raise DecodeFailure(name, f"unsupported character set {charset[:40]!r} (not a web "
                            "character set)")  # fmt: skip
    try:
        return fetched.body.decode(codec)
    except UnicodeError as exc:
        raise DecodeFailure(name, f"not valid {charset} text ({exc})") from exc


def _page_document(name: str, fetched: Fetched, meta: dict[str, Any], max_chars: int) -> Document:
    """A fetched HTML page or text as a document whose id is its URL (without #fragment)."""
    doc_id = _url_id(name)
    text = _page_text(name, fetched)
    if fetched.media_type in TEXT_TYPES:
        return _with_meta(text_document(name, doc_id, text, max_chars), meta, fetched.url)
    if _FEED_ROOT.search(fetched.body[:2048]):
        raise ParseFailure(name, "an article was expected, but this is a feed")
    return html_document(name, doc_id, text, fetched.url, meta, max_chars)


def _url_id(url: str) -> str:
    return url.partition("#")[0]


def _feed_documents(
    name: str, body: bytes, media_type: str, fetcher: Fetcher, max_chars: int
) -> Iterator[Item]:
    head = body[:2048]
    if not _FEED_ROOT.search(head) and _HTML_ROOT.search(head):
        served = f" (served as {media_type})" if media_type else ""
        raise ParseFailure(name, f"not an RSS/Atom feed: the content is an HTML page{served}")
    try:
        headers = {"content-type": media_type or "application/xml"}
        if is_url(name):
            headers["content-location"] = name  # the base of relative links
        parsed = feedparser.parse(body, response_headers=headers)
    except Exception as exc:  # feedparser reports problems in `bozo`; anything else is a bug
        raise ParseFailure(name, f"not a readable RSS/Atom feed ({exc})") from exc
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({problem})" if problem else ""
        raise ParseFailure(name, f"not an RSS/Atom feed{why}")
    if not parsed.entries:
        raise ParseFailure(name, "the feed has no entries")
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        where = valid_name(str(entry.get("link") or f"{name}#{index}"))
        try:
            yield _entry(where, entry, outlet, fetcher, max_chars)
        except InputFailure as exc:
            yield InputError(valid_name(exc.source or where), exc.reason)
        except Exception as exc:  # a bug costs this entry only
            yield InputError(where, unexpected(exc))


def _entry(where: str, entry: Any, outlet: str | None, fetcher: Fetcher, max_chars: int) -> Item:
    link = entry.get("link") or None
    meta = {
        "title": entry.get("title") or None,
        "url": link,
        "published": _entry_date(entry),
        "outlet": outlet,
    }
    doc_id = _url_id(link) if link else (entry.get("id") or None)
    contents = entry.get("content") or []
    if contents and contents[0].get("value", "").strip():
        text = html_text(contents[0]["value"])
    elif link and is_url(link):
        fetched = fetcher.get(link, HTML_TYPES | TEXT_TYPES)
        return _page_document(link, fetched, meta, max_chars)
    else:
        text = html_text(entry.get("summary") or "")
    return _with_meta(text_document(where, doc_id, text, max_chars), meta)


def _with_meta(document: Document, meta: dict[str, Any], url: str | None = None) -> Document:
    """The document with what the feed entry says of it (what it says overrides)."""
    return dataclasses.replace(
        document,
        title=meta.get("title") or document.title,
        url=meta.get("url") or url or document.url,
        published=meta.get("published") or document.published,
        outlet=meta.get("outlet") or document.outlet,
    )


def _entry_date(entry: Any) -> str | None:
    """The entry's date as given (checked, and left out with a note, by admit())."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}"
    value = entry.get("published") or entry.get("updated")
    return str(value) if value else None


class _TextOf(HTMLParser):
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "tr", "section", "article"})  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): blocks become lines."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
