"""Reading http(s) URLs and RSS/Atom feeds (the one home of httpx and feedparser).

:func:`read_sources` reads everything :func:`tacitus.inputs.read_inputs` reads, plus URLs and
feeds (``.rss``/``.atom`` files, ``.xml`` files that are feeds, and URLs served as feeds). Like
``read_inputs`` it yields a :class:`Document` or an :class:`InputError` per article and never
stops at a bad one.

Fetching is guarded by a :class:`FetchPolicy`: timeouts, a size limit, a content-type check,
redirects followed by hand (at most ``max_redirects``) so that every hop is checked, and hosts
that resolve to private, loopback, link-local or otherwise non-public addresses refused unless
``allow_private`` is set. (The address is checked when the request is made; a DNS answer that
changes between the check and the connection is not caught.)
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import feedparser
import httpx

from . import __version__
from .dates import parse_published
from .errors import (
    DecodeFailure,
    FetchFailure,
    InputFailure,
    ParseFailure,
    RefusedAddress,
    TooLarge,
)
from .inputs import DEFAULT_MAX_CHARS, decode, html_document, read_inputs, text_document
from .records import Document, InputError

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

Item = Document | InputError


@dataclass(frozen=True)
class FetchPolicy:
    """How URLs are fetched; the defaults suit news pages and feeds."""

    timeout: float = 20.0  # seconds, for connecting and for each read
    max_bytes: int = 10_000_000  # of (decompressed) body
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
    with Fetcher(policy or FetchPolicy(), transport) as fetcher:
        for raw in inputs:
            name = str(raw)
            if is_url(name):
                yield from _guarded(name, fetcher.documents(name, max_chars))
            elif _is_feed_file(Path(name)):
                yield from _guarded(name, _feed_file(name, fetcher, max_chars))
            else:
                yield from read_inputs([name], max_chars=max_chars, stdin=stdin)


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """``items``; an input failure raised while producing them ends them as an InputError."""
    try:
        yield from items
    except InputFailure as exc:
        yield InputError(exc.source or name, exc.reason)


def _is_feed_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return path.is_file()
    if suffix != ".xml" or not path.is_file():
        return False
    try:
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
        body = path.read_bytes()
    except OSError as exc:
        raise InputFailure(name, f"cannot read: {exc.strerror or exc}") from exc
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
                headers={"User-Agent": self.policy.user_agent},
                transport=self._transport,
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
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchFailure(url, f"invalid URL ({exc})") from exc
        for _ in range(self.policy.max_redirects + 1):
            if current.scheme not in ("http", "https"):
                raise FetchFailure(url, f"unsupported URL scheme {current.scheme!r}")
            check_address(url, current.host, self.policy.allow_private)
            try:
                response = self.client.send(self.client.build_request("GET", current), stream=True)
                try:
                    if response.is_redirect and "location" in response.headers:
                        current = current.join(response.headers["location"])
                        continue
                    return self._read(url, response, accept)
                finally:
                    response.close()
            except httpx.TimeoutException as exc:
                raise FetchFailure(url, f"timed out after {self.policy.timeout:g} s") from exc
            except httpx.ConnectError as exc:
                raise FetchFailure(url, f"cannot connect ({_ERRNO.sub('', str(exc))})") from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchFailure(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc
        raise FetchFailure(url, f"too many redirects (more than {self.policy.max_redirects})")

    def _read(self, url: str, response: httpx.Response, accept: frozenset[str]) -> Fetched:
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
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise TooLarge(url, f"too large (over {limit:,} bytes)")
            chunks.append(chunk)
        return Fetched(str(response.url), media_type, charset, b"".join(chunks))


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
        return fetched.body.decode(charset)
    except LookupError as exc:
        raise DecodeFailure(name, f"unknown character set {charset!r}") from exc
    except UnicodeDecodeError as exc:
        raise DecodeFailure(name, f"not valid {charset} text ({exc.reason})") from exc


def _page_document(name: str, fetched: Fetched, meta: dict[str, Any], max_chars: int) -> Document:
    """A fetched HTML page or text as a document whose id is its URL (without #fragment)."""
    doc_id = _url_id(name)
    text = _page_text(name, fetched)
    if fetched.media_type in TEXT_TYPES:
        document = text_document(name, doc_id, text, max_chars)
        return dataclasses.replace(
            document, url=fetched.url, **{k: v for k, v in meta.items() if v is not None}
        )
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
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        where = entry.get("link") or f"{name}#{index}"
        try:
            yield _entry(where, entry, outlet, fetcher, max_chars)
        except InputFailure as exc:
            yield InputError(exc.source or where, exc.reason)


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
    document = text_document(where, doc_id, text, max_chars)
    return dataclasses.replace(document, **{k: v for k, v in meta.items() if v is not None})


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed[0], parsed[1], parsed[2]).isoformat()
    return parse_published(entry.get("published") or entry.get("updated"))


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
