"""Fetching a pasted link: the one module that touches the network, and the project's security boundary.

    async with Fetcher(policy) as fetcher:          # one aiohttp session for the bot's life
        page = await fetcher.fetch_page(url)         # FetchedPage: final url, decoded html
    article = read_article(page)                     # the article in it, or a clear error

bot/jobs.py: brief_link is the bot's one way from a link to a briefing (cache,
this fetch, the engine in a worker); the CLI uses fetch_page_blocking.

Every hop of a redirect chain is checked by bot/address_guard.py before a
byte is sent, the connection goes to the address that was checked, bodies
are read as a stream up to a byte cap, and whatever goes wrong becomes one of
the FetchError types in bot/errors.py with a message a user understands.
"""

from __future__ import annotations

import asyncio
import html as html_lib
import logging
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING

import aiohttp
from yarl import URL

from bot.errors import (
    BadUrl,
    ConnectionFailed,
    DnsFailure,
    FetchTimeout,
    HttpStatusError,
    NewsbriefError,
    PageTooLarge,
    TooManyRedirects,
    worded,
)
from bot.web.address_guard import AddressPolicy, GuardedResolver, Lookup, check_address, parse_ip_host
from bot.web.page import check_page_size, decode_bytes, plain_text_page, refuse_unless_page
from newsbrief import errors as engine_errors
from newsbrief.article_check import check_article
from newsbrief.model import ExtractedArticle
from newsbrief.tables import read_lines

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_URL_CHARS = 2048
CHUNK_BYTES = 64 * 1024
# A page that forwards with <meta http-equiv="refresh"> is followed like a
# redirect when it is this small and waits no longer than this (seconds).
META_REFRESH_MAX_CHARS = 8_000
META_REFRESH_MAX_DELAY = 10


def _version() -> str:
    try:
        return metadata.version("newsbrief")
    except metadata.PackageNotFoundError:
        return "0"


# Many sites answer an unknown client with a 403 or a stripped page; a browser's
# User-Agent that still names the bot is honest and is answered like a reader.
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    f"Chrome/131.0.0.0 Safari/537.36 newsbrief/{_version()} (news briefing bot)"
)
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"


@dataclass(frozen=True)
class FetchPolicy:
    """How a link is fetched. Built from Settings, or directly in tests."""

    allow_private: bool = False  # DANGEROUS: lets any member make the bot reach your private network
    max_bytes: int = 5_000_000
    connect_timeout: float = 5.0
    total_timeout: float = 15.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    # Tests only: (address, port) pairs reachable while the guard stays on for all else.
    exempt_endpoints: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(
            allow_private=settings.fetch_allow_private,
            max_bytes=settings.fetch_max_bytes,
            connect_timeout=settings.fetch_connect_timeout,
            total_timeout=settings.fetch_total_timeout,
            max_redirects=settings.fetch_max_redirects,
        )

    @property
    def addresses(self) -> AddressPolicy:
        return AddressPolicy(self.allow_private, self.exempt_endpoints)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the final URL, after redirects
    html: str  # decoded; a text/plain body comes wrapped as a minimal page
    content_type: str
    status: int
    charset: str = "utf-8"  # the codec the body was decoded with
    truncated: bool = False  # the body was cut at the byte cap
    article: ExtractedArticle | None = None  # the article, once read (fetch_page_blocking reads it)


def _decode_body(body: bytes, content_type: str) -> tuple[str, str]:
    """The page's text and the codec it was read with; a plain text body comes wrapped as a page."""
    from newsbrief import looks_like_html

    kind = refuse_unless_page(content_type, body[:4096])
    text, codec = decode_bytes(body, content_type)
    if kind.kind == "text" or (kind.kind == "sniff" and not looks_like_html(text)):
        text = plain_text_page(text)
    return text, codec


# --- URLs ------------------------------------------------------------------------------


def parse_link(link: str | URL, policy: FetchPolicy) -> URL:
    """A link as a URL we may request, or BadUrl / AddressRefused.

    An IP-literal host, in any spelling the OS accepts ("2130706433", "0x7f.1"),
    is checked here and rewritten to its plain form; names are checked when
    they are resolved (GuardedResolver).
    """
    raw = str(link).strip()
    if len(raw) > MAX_URL_CHARS:
        raise BadUrl("too_long", length=len(raw))
    try:
        url = link if isinstance(link, URL) else URL(raw)
    except (ValueError, TypeError) as err:
        raise BadUrl() from err
    if url.scheme not in ("http", "https"):
        raise BadUrl("scheme", scheme=url.scheme)
    if not url.host:
        raise BadUrl("no_host")
    if url.user is not None or url.password is not None:
        raise BadUrl("credentials")
    try:
        port = url.port or (443 if url.scheme == "https" else 80)
    except ValueError as err:
        raise BadUrl("port") from err
    ip = parse_ip_host(url.raw_host or url.host)
    if ip is not None:
        check_address(ip, port, policy.addresses)
        if ip.version == 4 and url.host != str(ip):
            url = url.with_host(str(ip))
    return url.with_fragment(None)


@cache
def _tracking_params() -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = read_lines("tracking_params.txt", "bot.web")
    exact = tuple(n for n in names if not n.endswith("*"))
    prefixes = tuple(n[:-1] for n in names if n.endswith("*"))
    return exact, prefixes


def normalize_url(link: str) -> str:
    """The cache's key for a link: scheme and host in lower case, no default port,
    no fragment, no tracking parameters, the other parameters sorted."""
    try:
        url = URL(link.strip())
    except (ValueError, TypeError):
        return link.strip()
    if not url.host:
        return link.strip()
    exact, prefixes = _tracking_params()
    query = sorted(
        (k, v) for k, v in url.query.items() if k.lower() not in exact and not k.lower().startswith(prefixes)
    )
    url = url.with_fragment(None).with_query(query)
    path = url.raw_path or "/"
    port = f":{url.port}" if url.port and not url.is_default_port() else ""
    query_text = f"?{url.raw_query_string}" if url.raw_query_string else ""
    return f"{url.scheme.lower()}://{url.host.lower().removesuffix('.')}{port}{path}{query_text}"


def same_site(a: str, b: str) -> bool:
    """Two URLs on one host, ignoring a leading www."""
    ha, hb = URL(a).host or "", URL(b).host or ""
    return ha.removeprefix("www.") == hb.removeprefix("www.") and bool(ha)


# --- the fetcher --------------------------------------------------------------------------


class Fetcher:
    """One aiohttp session, with the address guard in its resolver, for the bot's life.

    `lookup` replaces the system DNS lookup (tests); the guard checks its answers all the same.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, lookup: Lookup | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._lookup = lookup
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        # No await before the session is set, so concurrent first calls make one session.
        if self._session is not None and not self._session.closed:
            return
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self.policy.addresses, self._lookup),
            use_dns_cache=False,  # every request resolves and checks afresh
            limit=32,
            limit_per_host=4,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(
                total=self.policy.total_timeout,
                sock_connect=self.policy.connect_timeout,
                connect=self.policy.connect_timeout,
            ),
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept": ACCEPT,
                "Accept-Language": "en;q=0.9, *;q=0.5",
                # Accept-Encoding is left to aiohttp: gzip and deflate always, br and
                # zstd when it can decode them here (Brotli / zstandard installed).
            },
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,  # no proxies from the environment: the guard must see the real target
            auto_decompress=True,
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Fetcher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def fetch_page(self, url: str) -> FetchedPage:
        """The page at `url`, after at most policy.max_redirects checked redirects."""
        await self.start()
        assert self._session is not None
        current = parse_link(url, self.policy)
        # Cookies a site sets while redirecting (consent and session checks) go
        # back to that site on the next hop only; nothing is kept between links.
        cookies: dict[str, dict[str, str]] = {}
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                for _hop in range(self.policy.max_redirects + 1):
                    page, location = await self._request(current, cookies)
                    if page is not None:
                        location = meta_refresh_target(page.html)
                        if not location:
                            return page
                    current = parse_link(_redirect_target(current, location), self.policy)
        except NewsbriefError:
            raise
        except aiohttp.ConnectionTimeoutError as err:
            raise FetchTimeout(current.host, self.policy.connect_timeout, connecting=True) from err
        except TimeoutError as err:
            raise FetchTimeout(current.host, self.policy.total_timeout) from err
        except aiohttp.InvalidURL as err:
            raise BadUrl("invalid_on_the_way") from err
        except aiohttp.ClientConnectorDNSError as err:
            raise DnsFailure(current.host) from err
        except aiohttp.ClientConnectorCertificateError as err:
            raise ConnectionFailed(current.host, "certificate") from err
        except aiohttp.ClientConnectorError as err:
            raise ConnectionFailed(current.host, "refused") from err
        except (aiohttp.ClientError, OSError) as err:
            log.info("fetch of %s failed: %r", current, err)
            raise ConnectionFailed(current.host, "broken") from err
        raise TooManyRedirects(self.policy.max_redirects)

    async def _request(self, url: URL, cookies: dict[str, dict[str, str]]) -> tuple[FetchedPage | None, str]:
        """One hop: (page, "") or (None, the redirect's Location)."""
        assert self._session is not None
        host = url.host or ""
        async with self._session.get(url, allow_redirects=False, cookies=cookies.get(host)) as resp:
            if resp.cookies:
                cookies.setdefault(host, {}).update({k: m.value for k, m in resp.cookies.items()})
            if resp.status in REDIRECT_STATUSES:
                location = resp.headers.get("Location", "").strip()
                if not location:
                    raise HttpStatusError(resp.status)  # a redirect to nowhere
                return None, location
            if not 200 <= resp.status < 300:
                raise HttpStatusError(resp.status, resp.reason)
            content_type = resp.headers.get("Content-Type", "")
            body, truncated = await self._read_body(resp, content_type)
        # Decoding (charset detection on up to max_bytes) is CPU work: off the event loop.
        text, codec = await asyncio.to_thread(_decode_body, body, content_type)
        return FetchedPage(str(url), text, content_type, resp.status, codec, truncated), ""

    async def _read_body(self, resp: aiohttp.ClientResponse, content_type: str) -> tuple[bytes, bool]:
        """Up to policy.max_bytes of the (decompressed) body, streamed: never more is read."""
        cap = self.policy.max_bytes
        refuse_unless_page(content_type, b"")  # a PDF or video is refused before its body is read
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(CHUNK_BYTES):
            if not chunks:
                refuse_unless_page(content_type, chunk)
            if size + len(chunk) > cap:
                chunks.append(chunk[: cap - size])
                resp.close()  # drop the connection rather than drain the rest
                return b"".join(chunks), True
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks), False


_META_REFRESH = re.compile(
    r"""<meta\b(?=[^>]*http-equiv\s*=\s*["']?refresh)[^>]*content\s*=\s*["']?\s*(\d+)\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)""",
    re.I,
)


def meta_refresh_target(html: str) -> str | None:
    """Where a small page that only forwards the reader (<meta http-equiv="refresh">) points.

    Link shorteners and tracking links often answer 200 with such a page. A
    page with text of its own (an article that reloads itself) is not followed.
    """
    if len(html) > META_REFRESH_MAX_CHARS:
        return None
    match = _META_REFRESH.search(html)
    if not match or int(match.group(1)) > META_REFRESH_MAX_DELAY:
        return None
    return html_lib.unescape(match.group(2))


def _absolute(base: str, link: str | None) -> str:
    """`link` made absolute against `base`; `base` itself when there is no usable link."""
    if not link:
        return base
    try:
        joined = URL(base).join(URL(link))
    except (ValueError, TypeError):
        return base
    return str(joined) if joined.scheme in ("http", "https") and joined.host else base


def _redirect_target(current: URL, location: str) -> URL:
    try:
        return current.join(URL(location))
    except (ValueError, TypeError) as err:
        raise BadUrl("bad_redirect") from err


# --- from a fetched page to a briefing ------------------------------------------------------


def read_article(page: FetchedPage) -> ExtractedArticle:
    """The article in a fetched page (trafilatura), or a clear error if there is none.

    A page too large to be one article is refused before extraction (page.check_page_size).
    """
    from newsbrief import MAX_TEXT_CHARS, extract

    check_page_size(page.html, MAX_TEXT_CHARS)

    try:
        article = extract.extract_article(page.html, page.url)
    except engine_errors.NoArticleText:
        article = None
    try:
        check_article(page.html, article)
    except engine_errors.PageWithoutArticle as err:
        if page.truncated and type(err) is engine_errors.PageWithoutArticle and not err.shows:
            # Only the first part of a huge page was read: say so, not "no article".
            raise PageTooLarge() from err
        raise worded(err) from err
    assert article is not None
    if not article.url or not article.url.startswith(("http://", "https://")):
        # A relative canonical link ("/news/story") is read against the page's own address.
        article = replace(article, url=_absolute(page.url, article.url))
    return article


# --- the command line -----------------------------------------------------------------------


def fetch_page_blocking(url: str, policy: FetchPolicy | None = None) -> FetchedPage:
    """Fetch one page from synchronous code (the CLI), with its article read and checked.

    `page.article` holds the extracted article; pass it to brief(..., article=page.article)
    to skip extracting twice.
    """
    if policy is None:
        from bot.config import Settings

        policy = FetchPolicy.from_settings(Settings.from_env(require_token=False))

    async def once() -> FetchedPage:
        async with Fetcher(policy) as fetcher:
            return await fetcher.fetch_page(url)

    page = asyncio.run(once())
    return replace(page, article=read_article(page))
