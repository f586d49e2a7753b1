"""What a fetched body is: its kind, its text encoding, and whether it holds an article.

Pure functions on bytes and strings (no network), used by bot/fetch.py and
testable on their own. The tables live in bot/briefing/data: content_types.tsv,
file_signatures.tsv, charset_aliases.tsv, page_signals.tsv.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
from dataclasses import dataclass
from functools import cache, cached_property

from bot.briefing.model import ExtractedArticle
from bot.briefing.tables import read_tsv
from bot.errors import JavaScriptOnlyPage, NotAWebPage, PageTooLarge, PageWithoutArticle, PaywallTeaser

# Below this many words a page holds a notice or a teaser, not a news article.
MIN_ARTICLE_WORDS = 60
# A page that says it is not free (JSON-LD isAccessibleForFree: false) and
# shows fewer words than this shows a teaser.
LOCKED_PAGE_MIN_WORDS = 350
# Paywall markup on a page this short means the article is behind it.
MARKED_PAYWALL_MAX_WORDS = 200
# ... but only if the whole page (menus and all) shows fewer words than this;
# more, and the article is on the page and extraction missed part of it.
LOCKED_PAGE_MAX_SHOWN_WORDS = 800
# A page promising N words (JSON-LD wordCount) that shows fewer than this share
# of N in all its visible text cannot hold the article.
SHOWN_SHARE_OF_PROMISED = 0.8
# Error-page titles count only on pages this short (a headline may say "not found").
ERROR_PAGE_MAX_WORDS = 150
# How far into the bytes a <meta charset> is looked for.
META_SCAN_BYTES = 65_536
# How much of a page with no declared charset the detector reads.
DETECT_SAMPLE_BYTES = 200_000


# --- the kind of body ---------------------------------------------------------


@dataclass(frozen=True)
class MediaKind:
    kind: str  # "html", "text", "sniff" or "refuse"
    description: str  # "a PDF document", shown to users


def media_kind(content_type: str | None) -> MediaKind:
    """What to do with a body of this Content-Type (parameters ignored)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if not media:
        return MediaKind("sniff", "a file")
    table = _media_table()
    if media in table:
        return table[media]
    family = media.split("/", 1)[0] + "/*"
    if family in table:
        found = table[family]
        subtype = media.split("/", 1)[-1].removeprefix("x-").split("+", 1)[0].upper()
        return MediaKind(found.kind, f"{found.description} ({subtype})" if subtype else found.description)
    if media.endswith("+xml") or media.endswith("/xml"):
        return MediaKind("refuse", "an XML document")
    return MediaKind("refuse", f"a file of type {media}")


@cache
def _media_table() -> dict[str, MediaKind]:
    return {media: MediaKind(kind, description) for media, kind, description in read_tsv("content_types.tsv")}


@cache
def _signatures() -> tuple[tuple[int, bytes, str], ...]:
    return tuple(
        (int(offset), bytes.fromhex(hexbytes), what)
        for offset, hexbytes, what in read_tsv("file_signatures.tsv")
    )


def sniff_binary(head: bytes) -> str | None:
    """What a body that starts with `head` is, if its first bytes say it is not text."""
    start = head.lstrip(b" \t\r\n")
    for offset, magic, what in _signatures():
        if start[offset : offset + len(magic)] == magic:
            return what
    sample = head[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "a binary file"
    return None


def refuse_unless_page(content_type: str | None, head: bytes) -> MediaKind:
    """Raise NotAWebPage for a PDF, image, video ...: by header first, then by first bytes."""
    kind = media_kind(content_type)
    if kind.kind == "refuse":
        raise NotAWebPage(kind.description)
    binary = sniff_binary(head)
    if binary:
        raise NotAWebPage(binary)
    return kind


# --- the text encoding ----------------------------------------------------------

# Bounded: an unbounded lazy run over a page of "<meta <meta ..." is quadratic.
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_WESTERN_SINGLE_BYTE = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii"})


@cache
def _charset_aliases() -> dict[str, str]:
    return {label.lower(): codec for label, codec in read_tsv("charset_aliases.tsv")}


def codec_for(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _charset_aliases().get(label, label)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # "zlib", "base64", "rot13" are codecs too, but not text encodings: a page
    # declaring one gets detection instead of a crash in bytes.decode.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def header_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", content_type or "", re.I)
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as err:
        # A body cut at the byte cap may end inside a character.
        return err.start >= len(body) - 3 and err.reason == "unexpected end of data"
    return True


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes of a page -> (text, codec used), as a browser would decode them.

    Order (WHATWG): a byte-order mark, then the HTTP header's charset, then a
    <meta charset> or http-equiv near the top, then a detector; UTF-8 with
    replacement characters if all else fails.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, "replace"), codec
    codec = codec_for(header_charset(content_type)) or codec_for(meta_charset(body))
    if codec in _WESTERN_SINGLE_BYTE and not body.isascii() and _is_utf8(body):
        # Servers that default every page to ISO-8859-1 are common; real
        # Windows-1252 text almost never forms valid multi-byte UTF-8.
        codec = "utf-8"
    if codec is None:
        codec = "utf-8" if _is_utf8(body) else _detect(body)
    return body.decode(codec, "replace"), codec


def _detect(body: bytes) -> str:
    from charset_normalizer import from_bytes  # installed with trafilatura

    sample = body[:DETECT_SAMPLE_BYTES]
    if len(body) > DETECT_SAMPLE_BYTES:
        # End the sample at a tag, not inside a multi-byte character, which
        # would rule the right encoding out.
        sample = sample[: sample.rfind(b">") + 1] or sample
    best = from_bytes(sample).best()
    return codec_for(best.encoding) if best is not None and codec_for(best.encoding) else "utf-8"


def plain_text_page(text: str) -> str:
    """A text/plain body as a minimal page, one <p> per blank-line paragraph."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "\n".join(f"<p>{html_lib.escape(p, quote=False)}</p>" for p in paragraphs)
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
    return f"{head}<body><article>\n{body}\n</article></body></html>"


# --- does the page hold an article? -------------------------------------------------

_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CHARS}]")
# A word: a run of letters or digits, inner ' ’ - . joining runs ("minister's", "so-called", "4.5");
# a Chinese or Japanese character stands alone.
_WORDS = re.compile(f"[{_CJK_CHARS}]|[^\\W{_CJK_CHARS}]+(?:['’.-][^\\W{_CJK_CHARS}]+)*")
_TITLE = re.compile(r"<title[^>]{0,512}>(.{0,2000}?)</title>", re.I | re.S)
_NOT_FREE = re.compile(r"""isAccessibleForFree["']?\s*:\s*["']?false""", re.I)
_WORD_COUNT = re.compile(r"""["']wordCount["']\s*:\s*["']?(\d+)""")
# An unclosed tag runs to the end of the page (linear); without the \Z
# alternative, a page of "<script <script ..." made this quadratic.
_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def count_words(text: str) -> int:
    """Words of running text; a Chinese or Japanese character counts as half a word."""
    tokens = _WORDS.findall(text)
    cjk = sum(1 for t in tokens if _CJK.fullmatch(t))
    return len(tokens) - cjk + cjk // 2


@cache
def _signals() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for kind, text in read_tsv("page_signals.tsv"):
        found.setdefault(kind, []).append(text.lower())
    return {kind: tuple(texts) for kind, texts in found.items()}


def _has_signal(kind: str, lowered: str) -> str | None:
    return next((s for s in _signals().get(kind, ()) if s in lowered), None)


def page_title(html: str) -> str | None:
    match = _TITLE.search(html[:200_000])
    return html_lib.unescape(" ".join(match.group(1).split())) if match else None


def visible_text(html: str) -> str:
    """A rough reading of what a browser without JavaScript shows (for diagnosis only)."""
    return " ".join(html_lib.unescape(_TAGS.sub(" ", _SCRIPTS.sub(" ", html))).split())


def _is_cookie_notice(text: str) -> bool:
    """True when most of the text is paragraphs of a cookie or consent banner."""
    total = cookie = 0
    for paragraph in text.split("\n"):
        n = count_words(paragraph)
        total += n
        lowered = paragraph.lower()
        if sum(1 for s in _signals()["cookie"] if s in lowered) >= 2:
            cookie += n
    return total > 0 and cookie / total > 0.5


class _Page:
    """One page's html with the readings the checks need, each made once and only when asked."""

    def __init__(self, html: str) -> None:
        self.html = html

    @cached_property
    def lowered(self) -> str:
        return self.html.lower()

    @cached_property
    def shown(self) -> str:
        return visible_text(self.html)

    @cached_property
    def shown_words(self) -> int:
        return count_words(self.shown)


def _teaser(page: _Page, words: int) -> PaywallTeaser | None:
    """The error for a page whose extracted text looks like a paywall teaser, if it does.

    Each sign counts only if the page as a whole also shows little text: when
    the full article is on the page, a short extraction is extraction's miss,
    not a paywall.
    """
    if (
        words < LOCKED_PAGE_MIN_WORDS
        and "isAccessibleForFree" in page.html  # schema.org names are case-sensitive
        and _NOT_FREE.search(page.html)
        and page.shown_words < LOCKED_PAGE_MAX_SHOWN_WORDS
    ):
        return PaywallTeaser("not_free")
    promised = _WORD_COUNT.search(page.html) if "wordCount" in page.html else None
    if promised:
        wanted = int(promised.group(1))
        if (
            wanted >= 150
            and words < wanted / 2
            and wanted - words >= 150
            and page.shown_words < wanted * SHOWN_SHARE_OF_PROMISED
        ):
            return PaywallTeaser("word_count", shown_words=words, promised_words=wanted)
    if (
        words < MARKED_PAYWALL_MAX_WORDS
        and _has_signal("paywall", page.lowered)
        and page.shown_words < LOCKED_PAGE_MAX_SHOWN_WORDS
    ):
        return PaywallTeaser("paywall_markup")
    return None


def check_article(html: str, article: ExtractedArticle | None, *, truncated: bool = False) -> None:
    """Raise a clear PageWithoutArticle (or subclass) unless `article` is a real article.

    `article` is None when extraction found no text at all. Catches home pages
    and lists of links, error pages served as 200, JavaScript-only shells,
    sign-in and cookie walls, and paywall teasers.
    """
    page = _Page(html)
    text = article.text if article else ""
    words = count_words(text)
    if words < ERROR_PAGE_MAX_WORDS:
        for title in (page_title(html), article.title if article else None):
            if title and _has_signal("error_title", title.lower()):
                raise PageWithoutArticle("error_page", title=title)
    teaser = _teaser(page, words) if words else None
    if teaser:
        raise teaser
    if words >= MIN_ARTICLE_WORDS:
        if _is_cookie_notice(text):
            raise PageWithoutArticle("cookie_notice")
        return
    shown_lowered = page.shown.lower()
    if _has_signal("js_shell", page.lowered) or _has_signal("js_notice", shown_lowered):
        raise JavaScriptOnlyPage()
    if "<script" in page.lowered and page.shown_words < MIN_ARTICLE_WORDS:
        raise JavaScriptOnlyPage()
    if words and _has_signal("paywall", page.lowered) and page.shown_words < LOCKED_PAGE_MAX_SHOWN_WORDS:
        raise PaywallTeaser()
    if _has_signal("login", shown_lowered):
        raise PageWithoutArticle("sign_in")
    if text and _is_cookie_notice(text):
        raise PageWithoutArticle("cookie_notice")
    if truncated:
        raise PageTooLarge()
    raise PageWithoutArticle()
