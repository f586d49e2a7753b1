"""A local web server (127.0.0.1 only) with the pages the fetch tests need, all written for these tests."""

from __future__ import annotations

import asyncio
import functools
import gzip
import json
from collections import Counter
from dataclasses import dataclass, field

from aiohttp import web

ARTICLE_PARAGRAPHS = [
    "LISBON, March 4 (Newswire) - Portugal and Morocco agreed on Tuesday to build a power cable under "
    "the Strait of Gibraltar, a project both governments said would carry solar electricity north within "
    "six years.",
    "Portuguese Prime Minister Ana Ferreira and Moroccan Prime Minister Karim Alaoui signed the agreement in "
    "Lisbon after two days of talks that also covered fishing rights and the price of the power.",
    '"This cable ties our grids and our futures together," Ferreira told reporters after the signing. '
    '"Cheap sun from the south will light homes in the north."',
    "Alaoui said the line would be paid for by a consortium of banks from both countries and by a loan from "
    "the European Investment Bank, which has promised about 1.2 billion euros.",
    '"We are not selling power, we are building a partnership," he said, adding that Moroccan engineers '
    "would be trained in Portugal to run the converter stations.",
    "Environmental groups welcomed the plan but asked for a study of the cable's effect on whales and "
    "dolphins that cross the strait each spring. The governments said such a study was already under way.",
    "Spain, whose waters the cable will cross, has been asked to approve the route. A spokesman for the "
    "Spanish foreign ministry said Madrid would answer within three months.",
    "Engineers expect the first of two cables to be laid in 2028, with the second following a year later, "
    "once the converter stations on both shores are finished and tested.",
]
ARTICLE_TITLE = "Portugal and Morocco agree to build power cable under Gibraltar strait"


SECOND_PARAGRAPHS = [
    "NAIROBI, March 5 (Newswire) - Kenya and Tanzania agreed on Wednesday to open a second border post on "
    "the road between Mombasa and Tanga, ending a year of queues that left lorries waiting for days.",
    "Kenyan President Samuel Kiprono met Tanzanian President Amina Msuya in Nairobi for talks that also "
    "covered fishing on Lake Victoria and the price of electricity sold across the border.",
    '"Our traders have waited long enough," Kiprono said after the meeting. "From June they will cross in '
    'hours, not days."',
    "Msuya said the two governments would share the cost of the new post and train customs officers "
    "together, so that goods cleared on one side would not be checked again on the other.",
    "Hauliers welcomed the plan but said the road itself needed repairs before the busy harvest season.",
    "The two presidents are due to meet again in Dar es Salaam in September to review the first months.",
]
SECOND_TITLE = "Kenya and Tanzania to open second border post on coast road"


def article_html(
    paragraphs: list[str] = ARTICLE_PARAGRAPHS,
    *,
    head: str = "",
    extra_body: str = "",
    title: str = ARTICLE_TITLE,
    canonical: str = "/news/cable",
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | Newswire</title>
<meta property="og:site_name" content="Newswire">
<meta name="author" content="Rita Oliveira">
<meta property="article:published_time" content="2031-03-04T10:00:00Z">
<link rel="canonical" href="{canonical}">
{head}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{title}</h1>
<p class="byline">By Rita Oliveira</p>
{body}
</article>
{extra_body}
<footer>Copyright 2031 Newswire. All rights reserved.</footer>
</body></html>"""


KOREAN_TEXT = "서울 시민들은 봄 축제를 기다리고 있다. 시장은 올해 축제에 더 많은 나무를 심겠다고 말했다."
JAPANESE_TEXT = "東京の市民は春の祭りを待っている。市長は今年の祭りでもっと多くの木を植えると述べた。"
RUSSIAN_TEXT = "Жители Москвы ждут весеннего праздника. Мэр сказал, что в этом году посадят больше деревьев."


def local_page(text: str, meta: str) -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for _ in range(3))
    head = f"<!DOCTYPE html><html><head>{meta}<title>Local news</title></head>"
    return f"{head}<body><article>{paragraphs}</article></body></html>"


HOME_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newswire - Home</title></head><body>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<ul>
<li><a href="/news/1">Cable deal signed</a></li>
<li><a href="/news/2">Markets rise</a></li>
<li><a href="/news/3">Storm heads north</a></li>
<li><a href="/news/4">Cup final tonight</a></li>
</ul>
<footer>Newswire 2031</footer></body></html>"""

JS_SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newswire</title>
<script src="/static/js/main.3f2a.js" defer></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div></body></html>"""

TEASER = article_html(
    ARTICLE_PARAGRAPHS[:2],
    head='<script type="application/ld+json">'
    + json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": ARTICLE_TITLE,
            "wordCount": 1240,
            "isAccessibleForFree": False,
        }
    )
    + "</script>",
    extra_body='<div class="paywall-prompt"><p>Subscribe to continue reading.</p></div>',
)

COOKIE_WALL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Before you continue</title></head>
<body>
<div class="consent"><h2>We value your privacy</h2>
<p>We and our partners use cookies and similar technologies to store and access information on your device,
to show personalised ads and content, and to measure ads. With your consent we and our partners may use
precise geolocation data. You may accept all cookies, reject all, or manage preferences at any time in our
privacy policy, where you can also object to processing based on legitimate interest.</p>
<p>Accept all</p><p>Reject all</p><p>Manage preferences</p></div></body></html>"""

SOFT_404 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page not found | Newswire</title></head>
<body><h1>Sorry, we could not find that page.</h1><p>Try the home page or search for what you wanted.</p>
</body></html>"""

PLAIN_TEXT = ARTICLE_TITLE + "\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS)

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@functools.cache
def gzip_bomb_bytes() -> bytes:
    """50 MB of page once unpacked, about 50 KB as sent."""
    return gzip.compress(b"<html><body>" + b"<p>" * 16_666_666, compresslevel=1, mtime=0)


@dataclass
class NewsServer:
    """What the server was asked, for assertions; `hits` counts requests per path."""

    port: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    flaky_hits: Counter[str] = field(default_factory=Counter)  # /news/flaky, by path and query
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    huge_bytes_sent: int = 0
    huge_hung_up: asyncio.Event = field(default_factory=asyncio.Event)  # the client dropped /huge
    runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _html(text: str, content_type: str = "text/html; charset=utf-8") -> web.Response:
    return web.Response(body=text.encode("utf-8"), headers={"Content-Type": content_type})


def build_app(server: NewsServer, other_port: int = 0) -> web.Application:
    routes = web.RouteTableDef()

    @web.middleware
    async def count(request: web.Request, handler):
        server.hits[request.path] += 1
        server.headers[request.path] = dict(request.headers)
        return await handler(request)

    @routes.get("/news/cable")
    async def article(request: web.Request) -> web.Response:
        return _html(article_html())

    @routes.get("/news/flaky")
    async def flaky(request: web.Request) -> web.Response:
        # a site that is down the first time each link is asked for, then up
        server.flaky_hits[request.path_qs] += 1
        if server.flaky_hits[request.path_qs] == 1:
            return web.Response(status=503, text="<h1>Try again</h1>", content_type="text/html")
        return _html(article_html())

    @routes.get("/news/border-post")
    async def second_article(request: web.Request) -> web.Response:
        return _html(article_html(SECOND_PARAGRAPHS, title=SECOND_TITLE, canonical="/news/border-post"))

    @routes.get("/gzip")
    async def gzipped(request: web.Request) -> web.Response:
        body = gzip.compress(article_html().encode("utf-8"))
        return web.Response(body=body, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})

    @routes.get("/korean")
    async def korean(request: web.Request) -> web.Response:
        page = local_page(KOREAN_TEXT, '<meta charset="euc-kr">')
        return web.Response(body=page.encode("euc-kr"), headers={"Content-Type": "text/html"})

    @routes.get("/japanese")
    async def japanese(request: web.Request) -> web.Response:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
        page = local_page(JAPANESE_TEXT, meta)
        return web.Response(body=page.encode("shift_jis"), headers={"Content-Type": "text/html"})

    @routes.get("/russian")
    async def russian(request: web.Request) -> web.Response:
        page = local_page(RUSSIAN_TEXT, "")
        return web.Response(
            body=page.encode("cp1251"), headers={"Content-Type": "text/html; charset=windows-1251"}
        )

    @routes.get("/charset/{label}")
    async def odd_charset(request: web.Request) -> web.Response:
        # A page naming a Python codec that is no page encoding, in the header and the meta tag.
        label = request.match_info["label"]
        page = local_page(RUSSIAN_TEXT, f'<meta charset="{label}">')
        return web.Response(
            body=page.encode("cp1251"), headers={"Content-Type": f"text/html; charset={label}"}
        )

    @routes.get("/undeclared-utf8")
    async def undeclared(request: web.Request) -> web.Response:
        page = local_page(KOREAN_TEXT + " " + RUSSIAN_TEXT, "")
        return web.Response(body=page.encode("utf-8"), headers={"Content-Type": "text/html"})

    @routes.get("/r/{n}")
    async def redirect(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        target = "/news/cable" if n <= 1 else f"/r/{n - 1}"
        if n % 2:  # odd hops give an absolute Location, even ones a relative one
            target = server.base + target
        raise web.HTTPFound(target)

    @routes.get("/loop")
    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    @routes.get("/to-other-port")
    async def to_other_port(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://127.0.0.1:{other_port}/secret")

    @routes.get("/to-localhost")
    async def to_localhost(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://localhost:{other_port}/secret")

    @routes.get("/to-metadata")
    async def to_metadata(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("http://169.254.169.254/latest/meta-data/")

    @routes.get("/to-file")
    async def to_file(request: web.Request) -> web.Response:
        raise web.HTTPFound("file:///etc/passwd")

    @routes.get("/missing")
    async def missing(request: web.Request) -> web.Response:
        return web.Response(status=404, text="<h1>Not found</h1>", content_type="text/html")

    @routes.get("/broken")
    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=503, text="<h1>Service unavailable</h1>", content_type="text/html")

    @routes.get("/huge")
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
        response.content_length = 30_000_000
        await response.prepare(request)
        start = article_html().replace("</body></html>", "").encode("utf-8")
        filler = b"<div class=filler>" + b"x" * 65_000 + b"</div>\n"
        sent = 0
        try:
            await response.write(start)
            sent += len(start)
            while sent < 30_000_000:
                piece = filler[: 30_000_000 - sent]
                await response.write(piece)
                sent += len(piece)
                server.huge_bytes_sent = sent
        except (ConnectionError, asyncio.CancelledError):
            server.huge_hung_up.set()  # the client stopped reading at its cap, as it should
            raise
        return response

    @routes.get("/consent")
    async def consent(request: web.Request) -> web.Response:
        # Like sites that send a reader without their cookie round a consent check first.
        if request.cookies.get("seen") != "yes":
            response = web.HTTPFound("/consent-check")
            response.set_cookie("seen", "yes")
            raise response
        return _html(article_html())

    @routes.get("/consent-check")
    async def consent_check(request: web.Request) -> web.Response:
        raise web.HTTPFound("/consent")

    @routes.get("/bad-location")
    async def bad_location(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": "http://[not-an-address/"})

    @routes.get("/gzip-bomb")
    async def gzip_bomb(request: web.Request) -> web.Response:
        return web.Response(
            body=gzip_bomb_bytes(), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
        )

    @routes.get("/short/{code}")
    async def shortener(request: web.Request) -> web.Response:
        # Like link shorteners that answer 200 with a page that only forwards.
        target = {"a": "/news/cable", "b": f"http://127.0.0.1:{other_port}/secret"}[
            request.match_info["code"]
        ]
        return _html(
            f'<html><head><meta http-equiv="refresh" content="0; URL=\'{target}\'"></head>'
            f'<body><a href="{target}">Continue</a></body></html>'
        )

    @routes.get("/amp/cable")
    async def amp_copy(request: web.Request) -> web.Response:
        # Another address of the same article, naming the main one as canonical (absolute).
        canonical = f'href="{request.url.origin()}/news/cable"'
        return _html(article_html().replace('href="/news/cable"', canonical))

    @routes.get("/news/copied")
    async def copied(request: web.Request) -> web.Response:
        # A page that claims another site's address as its canonical link.
        html = article_html().replace('href="/news/cable"', 'href="https://other-site.example/news/cable"')
        return _html(html)

    @routes.get("/pdf")
    async def pdf(request: web.Request) -> web.Response:
        return web.Response(body=PDF_BYTES, headers={"Content-Type": "application/pdf"})

    @routes.get("/pdf-called-html")
    async def pdf_called_html(request: web.Request) -> web.Response:
        return web.Response(body=PDF_BYTES, headers={"Content-Type": "text/html"})

    @routes.get("/image")
    async def image(request: web.Request) -> web.Response:
        return web.Response(body=PNG_BYTES, headers={"Content-Type": "image/png"})

    @routes.get("/video")
    async def video(request: web.Request) -> web.Response:
        return web.Response(
            body=b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64, headers={"Content-Type": "video/mp4"}
        )

    @routes.get("/home")
    async def home(request: web.Request) -> web.Response:
        return _html(HOME_PAGE)

    @routes.get("/app")
    async def app_shell(request: web.Request) -> web.Response:
        return _html(JS_SHELL)

    @routes.get("/teaser")
    async def teaser(request: web.Request) -> web.Response:
        return _html(TEASER)

    @routes.get("/cookies")
    async def cookies(request: web.Request) -> web.Response:
        return _html(COOKIE_WALL)

    @routes.get("/soft-404")
    async def soft_404(request: web.Request) -> web.Response:
        return _html(SOFT_404)

    @routes.get("/plain")
    async def plain(request: web.Request) -> web.Response:
        return web.Response(text=PLAIN_TEXT, content_type="text/plain")

    @routes.get("/secret")
    async def secret(request: web.Request) -> web.Response:
        return _html("<p>internal admin page</p>")

    app = web.Application(middlewares=[count])
    app.add_routes(routes)
    return app


async def start_server(server: NewsServer, other_port: int = 0) -> NewsServer:
    server.runner = web.AppRunner(build_app(server, other_port), shutdown_timeout=0.2)
    await server.runner.setup()
    site = web.TCPSite(server.runner, "127.0.0.1", 0)
    await site.start()
    server.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return server


@dataclass
class SilentServer:
    """Accepts connections and never answers; `gave_up` is set when a client closes its connection."""

    server: asyncio.Server
    port: int
    gave_up: asyncio.Event


async def start_silent_server() -> SilentServer:
    gave_up = asyncio.Event()

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read()  # until the client gives up
            gave_up.set()
        finally:
            writer.close()

    silent = await asyncio.start_server(hold, "127.0.0.1", 0)
    return SilentServer(silent, silent.sockets[0].getsockname()[1], gave_up)
