"""Fetching links from a local server on 127.0.0.1 (no internet): pages, charsets, redirects, refusals."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest

from bot.errors import (
    AddressRefused,
    BadUrl,
    FetchTimeout,
    HttpStatusError,
    JavaScriptOnlyPage,
    NotAWebPage,
    PageTooComplex,
    PageWithoutArticle,
    PaywallTeaser,
    TooManyRedirects,
)
from bot.jobs import Briefed, brief_link
from bot.store import BriefingCache
from bot.web.fetch import (
    FetchedPage,
    Fetcher,
    FetchPolicy,
    fetch_page_blocking,
    normalize_url,
    read_article,
)
from newsbrief import brief
from tests.fetch_server import (
    ARTICLE_TITLE,
    JAPANESE_TEXT,
    KOREAN_TEXT,
    RUSSIAN_TEXT,
    NewsServer,
    start_server,
    start_silent_server,
)


@pytest.fixture
async def other() -> AsyncIterator[NewsServer]:
    """A second server, standing for a private service the guard must keep links away from."""
    server = await start_server(NewsServer())
    yield server
    await server.runner.cleanup()


@pytest.fixture
async def news(other: NewsServer) -> AsyncIterator[NewsServer]:
    server = await start_server(NewsServer(), other_port=other.port)
    yield server
    await server.runner.cleanup()


def guarded(server: NewsServer, **kw) -> FetchPolicy:
    """The guard on, with only this one test server's address and port let through."""
    return FetchPolicy(exempt_endpoints=frozenset({("127.0.0.1", server.port)}), **kw)


@pytest.fixture
async def fetcher(news: NewsServer) -> AsyncIterator[Fetcher]:
    async with Fetcher(guarded(news)) as f:
        yield f


async def test_a_normal_article(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/news/cable")
    assert page.status == 200
    assert page.url == news.base + "/news/cable"
    assert page.content_type.startswith("text/html")
    assert not page.truncated
    assert "Gibraltar" in page.html
    article = read_article(page)
    assert article.title == ARTICLE_TITLE
    assert article.site == "Newswire"
    assert article.url == news.base + "/news/cable"  # the canonical link, made absolute
    assert "Ferreira" in article.text


async def test_the_request_looks_like_a_browser_that_names_the_bot(
    fetcher: Fetcher, news: NewsServer
) -> None:
    await fetcher.fetch_page(news.base + "/news/cable")
    headers = news.headers["/news/cable"]
    assert headers["User-Agent"].startswith("Mozilla/5.0")
    assert "newsbrief" in headers["User-Agent"]
    assert "text/html" in headers["Accept"]
    assert "gzip" in headers["Accept-Encoding"] and "deflate" in headers["Accept-Encoding"]
    assert "Cookie" not in headers


async def test_gzip_bodies_are_decompressed(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/gzip")
    assert "Gibraltar" in page.html


@pytest.mark.parametrize(
    ("path", "text", "charset"),
    [
        ("/korean", KOREAN_TEXT, "cp949"),  # EUC-KR declared only in <meta charset>
        ("/japanese", JAPANESE_TEXT, "cp932"),  # Shift_JIS declared only in http-equiv
        ("/russian", RUSSIAN_TEXT, "cp1251"),  # windows-1251 declared only in the header
        ("/undeclared-utf8", KOREAN_TEXT, "utf-8"),  # declared nowhere
    ],
)
async def test_charsets_come_out_right(
    fetcher: Fetcher, news: NewsServer, path: str, text: str, charset: str
) -> None:
    page = await fetcher.fetch_page(news.base + path)
    assert text in page.html
    assert page.charset == charset
    assert "\ufffd" not in page.html


@pytest.mark.parametrize("label", ["idna", "punycode", "undefined", "unicode_escape", "no-such-codec"])
async def test_a_page_declaring_a_codec_that_is_no_page_encoding_is_decoded_by_detection(
    fetcher: Fetcher, news: NewsServer, label: str
) -> None:
    page = await fetcher.fetch_page(f"{news.base}/charset/{label}")
    assert RUSSIAN_TEXT in page.html
    assert page.charset == "cp1251"


async def test_a_redirect_chain_is_followed_hop_by_hop(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/r/5")
    assert page.url == news.base + "/news/cable"
    assert [news.hits[f"/r/{n}"] for n in range(1, 6)] == [1] * 5


async def test_more_than_five_redirects_are_refused(fetcher: Fetcher, news: NewsServer) -> None:
    with pytest.raises(TooManyRedirects):
        await fetcher.fetch_page(news.base + "/r/6")
    with pytest.raises(TooManyRedirects):
        await fetcher.fetch_page(news.base + "/loop")
    assert news.hits["/news/cable"] == 0


@pytest.mark.parametrize("path", ["/to-other-port", "/to-localhost", "/to-metadata"])
async def test_a_redirect_into_the_private_network_is_refused(
    fetcher: Fetcher, news: NewsServer, other: NewsServer, path: str
) -> None:
    with pytest.raises(AddressRefused):
        await fetcher.fetch_page(news.base + path)
    assert other.hits["/secret"] == 0  # not a byte was sent there


async def test_a_page_that_only_forwards_is_followed_and_checked(
    fetcher: Fetcher, news: NewsServer, other: NewsServer
) -> None:
    page = await fetcher.fetch_page(news.base + "/short/a")
    assert page.url == news.base + "/news/cable"
    with pytest.raises(AddressRefused):
        await fetcher.fetch_page(news.base + "/short/b")
    assert other.hits["/secret"] == 0


async def test_an_article_that_reloads_itself_is_not_followed() -> None:
    from bot.web.fetch import meta_refresh_target
    from tests.fetch_server import article_html

    assert (
        meta_refresh_target(article_html(head='<meta http-equiv="refresh" content="300; url=/news/cable">'))
        is None
    )
    assert meta_refresh_target('<meta content="0;url=/x" http-equiv="Refresh">') == "/x"


async def test_a_redirect_to_another_scheme_is_a_bad_link(fetcher: Fetcher, news: NewsServer) -> None:
    with pytest.raises(BadUrl):
        await fetcher.fetch_page(news.base + "/to-file")


async def test_with_the_guard_on_the_local_server_itself_is_refused(news: NewsServer) -> None:
    async with Fetcher(FetchPolicy()) as f:
        with pytest.raises(AddressRefused):
            await f.fetch_page(news.base + "/news/cable")
        with pytest.raises(AddressRefused):
            await f.fetch_page(f"http://localhost:{news.port}/news/cable")
    assert news.hits["/news/cable"] == 0


async def test_allow_private_lets_the_redirect_through(news: NewsServer, other: NewsServer) -> None:
    async with Fetcher(FetchPolicy(allow_private=True)) as f:
        page = await f.fetch_page(news.base + "/to-other-port")
    assert "internal admin page" in page.html
    assert other.hits["/secret"] == 1


async def test_the_connection_goes_to_the_address_that_was_checked(news: NewsServer) -> None:
    """A name is looked up once; a rebinding DNS answer on a second lookup would not be used."""
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])
    lookups: list[str] = []

    async def rebinding_dns(host: str, port: int, family: int = 0) -> list[tuple[int, str]]:
        lookups.append(host)
        return [(socket.AF_INET, a) for a in next(answers)]

    async with Fetcher(guarded(news), lookup=rebinding_dns) as f:
        page = await f.fetch_page(f"http://news.example:{news.port}/news/cable")
        assert "Gibraltar" in page.html
        assert lookups == ["news.example"]
        assert news.headers["/news/cable"]["Host"] == f"news.example:{news.port}"


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/broken", 503)])
async def test_http_errors_say_the_status(fetcher: Fetcher, news: NewsServer, path: str, status: int) -> None:
    with pytest.raises(HttpStatusError) as info:
        await fetcher.fetch_page(news.base + path)
    assert info.value.status == status
    assert f"HTTP {status}" in str(info.value)


# Only stops a hung test; how fast things happen is the benchmarks' business.
HANG_GUARD_S = 30


async def test_a_30_mb_body_is_cut_at_the_cap_and_the_connection_dropped(
    fetcher: Fetcher, news: NewsServer
) -> None:
    page = await fetcher.fetch_page(news.base + "/huge")
    assert page.truncated
    assert len(page.html.encode("utf-8")) <= fetcher.policy.max_bytes
    # we hung up rather than drain the rest: the server's next write failed
    await asyncio.wait_for(news.huge_hung_up.wait(), HANG_GUARD_S)
    assert news.huge_bytes_sent < 20_000_000


async def test_the_article_at_the_top_of_a_cut_page_is_still_read(news: NewsServer) -> None:
    async with Fetcher(guarded(news, max_bytes=200_000)) as f:
        page = await f.fetch_page(news.base + "/huge")
    assert page.truncated
    assert "Ferreira" in read_article(page).text


async def test_a_compressed_body_is_capped_after_unpacking(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/gzip-bomb")  # 50 MB unpacked
    assert page.truncated and len(page.html) <= fetcher.policy.max_bytes
    with pytest.raises(PageTooComplex):  # 1.6 million <p>: refused before extraction
        read_article(page)


async def test_cookies_set_while_redirecting_go_back_to_the_site(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/consent")
    assert "Gibraltar" in page.html
    assert news.hits["/consent"] == 2 and news.hits["/consent-check"] == 1
    assert news.headers["/consent"]["Cookie"] == "seen=yes"  # the second visit carried it


async def test_cookies_are_not_kept_from_one_link_to_the_next(fetcher: Fetcher, news: NewsServer) -> None:
    await fetcher.fetch_page(news.base + "/consent")
    await fetcher.fetch_page(news.base + "/news/cable")
    assert "Cookie" not in news.headers["/news/cable"]


async def test_a_redirect_to_a_broken_address_is_a_bad_link(fetcher: Fetcher, news: NewsServer) -> None:
    with pytest.raises(BadUrl):
        await fetcher.fetch_page(news.base + "/bad-location")


async def test_a_small_cap_cuts_a_normal_page(news: NewsServer) -> None:
    async with Fetcher(guarded(news, max_bytes=2048)) as f:
        page = await f.fetch_page(news.base + "/news/cable")
    assert page.truncated and len(page.html.encode("utf-8")) <= 2048


async def test_a_server_that_never_answers_times_out() -> None:
    silent = await start_silent_server()
    try:
        policy = FetchPolicy(exempt_endpoints=frozenset({("127.0.0.1", silent.port)}), total_timeout=0.5)
        async with Fetcher(policy) as f:
            with pytest.raises(FetchTimeout) as info:
                await asyncio.wait_for(f.fetch_page(f"http://127.0.0.1:{silent.port}/"), HANG_GUARD_S)
        assert "too long" in str(info.value) and "0.5 s" in str(info.value)
        # the fetcher closed the connection it gave up on
        await asyncio.wait_for(silent.gave_up.wait(), HANG_GUARD_S)
    finally:
        silent.server.close()
        await silent.server.wait_closed()


@pytest.mark.parametrize(
    ("path", "what"),
    [
        ("/pdf", "a PDF document"),
        ("/pdf-called-html", "a PDF document"),
        ("/image", "an image (PNG)"),
        ("/video", "a video (MP4)"),
    ],
)
async def test_files_that_are_not_web_pages_are_named(
    fetcher: Fetcher, news: NewsServer, path: str, what: str
) -> None:
    with pytest.raises(NotAWebPage) as info:
        await fetcher.fetch_page(news.base + path)
    assert info.value.what == what
    assert what in str(info.value)


async def test_plain_text_is_read_as_an_article(fetcher: Fetcher, news: NewsServer) -> None:
    page = await fetcher.fetch_page(news.base + "/plain")
    article = read_article(page)
    assert "Strait of Gibraltar" in article.text
    assert "<p>" not in article.text


@pytest.mark.parametrize(
    ("path", "error", "words"),
    [
        ("/home", PageWithoutArticle, "no article"),
        ("/app", JavaScriptOnlyPage, "JavaScript"),
        ("/teaser", PaywallTeaser, "only the start"),
        ("/cookies", PageWithoutArticle, "cookie"),
        ("/soft-404", PageWithoutArticle, "error page"),
    ],
)
async def test_pages_without_an_article_are_refused_clearly(
    fetcher: Fetcher, news: NewsServer, path: str, error: type[Exception], words: str
) -> None:
    page = await fetcher.fetch_page(news.base + path)
    with pytest.raises(error) as info:
        read_article(page)
    assert words in str(info.value)


async def in_a_thread(fn, /, *args, **kwargs):
    """Stands in for the bot's worker pool (bot.client run_blocking), which runs the same functions."""
    return await asyncio.to_thread(fn, *args, **kwargs)


async def brief_via_bot_path(
    fetcher: Fetcher, cache: BriefingCache | None, link: str, n_sentences: int | None = None
) -> Briefed:
    """The bot's one way from a link to a briefing, with the engine in a thread."""
    return await brief_link(link, n_sentences, fetcher=fetcher, cache=cache, run=in_a_thread, brief_fn=brief)


async def test_brief_link_answers_a_second_time_from_the_cache(
    fetcher: Fetcher, news: NewsServer, tmp_path
) -> None:
    async with BriefingCache(tmp_path / "cache.sqlite3") as cache:
        stages: list[str] = []
        first = await brief_link(
            news.base + "/news/cable?utm_source=chat#top",
            None,
            fetcher=fetcher,
            cache=cache,
            run=in_a_thread,
            brief_fn=brief,
            lap=stages.append,
        )
        assert stages == ["fetch", "engine"]
        assert news.hits["/news/cable"] == 1
        summary = first.briefing.summary
        assert summary and all(s.text in " ".join(_paragraphs()) for s in summary)
        stages.clear()
        again = await brief_link(
            news.base + "/news/cable",
            None,
            fetcher=fetcher,
            cache=cache,
            run=in_a_thread,
            brief_fn=brief,
            lap=stages.append,
        )
        assert stages == ["cache"]
        assert news.hits["/news/cable"] == 1  # not fetched again
        assert again.briefing == first.briefing
        # a redirect to the same article fetches (the link differs) and is cached under its own link too
        await brief_via_bot_path(fetcher, cache, news.base + "/r/1")
        await brief_via_bot_path(fetcher, cache, news.base + "/r/1")
        assert news.hits["/r/1"] == 1


async def test_a_page_cannot_plant_its_briefing_under_another_sites_link(
    fetcher: Fetcher, news: NewsServer, tmp_path
) -> None:
    async with BriefingCache(tmp_path / "cache.sqlite3") as cache:
        b = (await brief_via_bot_path(fetcher, cache, news.base + "/news/copied")).briefing
        assert b.source.url == "https://other-site.example/news/cable"  # what the page claims, shown as is
        assert await cache.get("https://other-site.example/news/cable") is None
        assert await cache.get(normalize_url(news.base + "/news/copied")) == b


async def test_a_same_site_canonical_link_is_cached_too(fetcher: Fetcher, news: NewsServer, tmp_path) -> None:
    async with BriefingCache(tmp_path / "cache.sqlite3") as cache:
        b = (await brief_via_bot_path(fetcher, cache, news.base + "/amp/cable")).briefing
        assert b.source.url == news.base + "/news/cable"
        assert await cache.get(normalize_url(news.base + "/news/cable")) == b
        await brief_via_bot_path(fetcher, cache, news.base + "/news/cable")
        assert news.hits["/news/cable"] == 0


async def test_brief_link_works_without_a_cache(fetcher: Fetcher, news: NewsServer) -> None:
    b = (await brief_via_bot_path(fetcher, None, news.base + "/news/cable", n_sentences=2)).briefing
    assert len(b.summary) == 2
    assert b.source.title == ARTICLE_TITLE


async def test_a_fetch_refusal_reaches_the_caller_and_nothing_is_cached(
    fetcher: Fetcher, news: NewsServer, tmp_path
) -> None:
    async with BriefingCache(tmp_path / "cache.sqlite3") as cache:
        with pytest.raises(PageWithoutArticle):
            await brief_via_bot_path(fetcher, cache, news.base + "/home")
        assert await cache.get(normalize_url(news.base + "/home")) is None


def test_fetch_page_blocking_reads_the_article_for_the_cli() -> None:
    async def serve_and_fetch() -> FetchedPage:
        server = await start_server(NewsServer())
        try:
            policy = FetchPolicy(exempt_endpoints=frozenset({("127.0.0.1", server.port)}))
            return await asyncio.to_thread(fetch_page_blocking, server.base + "/news/cable", policy)
        finally:
            await server.runner.cleanup()

    page = asyncio.run(serve_and_fetch())
    assert page.article is not None and page.article.title == ARTICLE_TITLE


@pytest.mark.parametrize(
    ("link", "key"),
    [
        (
            "HTTPS://News.Example.com:443/a/b?utm_source=x&id=7&fbclid=y#comments",
            "https://news.example.com/a/b?id=7",
        ),
        ("https://news.example.com/a/b?z=1&a=2", "https://news.example.com/a/b?a=2&z=1"),
        ("http://news.example.com", "http://news.example.com/"),
        ("http://news.example.com:8080/x", "http://news.example.com:8080/x"),
    ],
)
def test_links_are_normalised_for_the_cache(link: str, key: str) -> None:
    assert normalize_url(link) == key


def _paragraphs() -> list[str]:
    from tests.fetch_server import ARTICLE_PARAGRAPHS

    return ARTICLE_PARAGRAPHS
