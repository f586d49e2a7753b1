"""Does an HTML page hold an article, or a home page, a notice, a shell or a teaser?

Pure functions on the page's HTML and what extraction found in it; the
table is data/page_signals.tsv. Raises the engine's PageWithoutArticle (or
a subclass) with the facts; the application words them.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import cache, cached_property

from newsbrief.errors import JavaScriptOnlyPage, PageWithoutArticle, PaywallTeaser
from newsbrief.model import ExtractedArticle
from newsbrief.tables import read_table

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
    for kind, text in read_table("page_signals.tsv", ("kind", "text")):
        found.setdefault(kind, []).append(text.lower())
    return {kind: tuple(texts) for kind, texts in found.items()}


def _has_signal(kind: str, lowered: str) -> str | None:
    return next((s for s in _signals().get(kind, ()) if s in lowered), None)


def _paywall_signals(lowered: str) -> int:
    """How many different paywall signs the page carries.

    One alone is often a site-wide widget (a "paywall-header" sign-in link on every
    page, short briefs included); a page behind a wall has its markup and its prompt
    ("Subscribe to continue reading"), or several pieces of markup.
    """
    return sum(1 for s in _signals().get("paywall", ()) if s in lowered)


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
        and _paywall_signals(page.lowered) >= 2
        and page.shown_words < LOCKED_PAGE_MAX_SHOWN_WORDS
    ):
        return PaywallTeaser("paywall_markup")
    return None


def check_article(html: str, article: ExtractedArticle | None) -> None:
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
    if words and _paywall_signals(page.lowered) >= 2 and page.shown_words < LOCKED_PAGE_MAX_SHOWN_WORDS:
        raise PaywallTeaser()
    if _has_signal("login", shown_lowered):
        raise PageWithoutArticle("sign_in")
    if text and _is_cookie_notice(text):
        raise PageWithoutArticle("cookie_notice")
    raise PageWithoutArticle()
