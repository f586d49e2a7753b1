"""HTML page -> article text and metadata, with trafilatura (no downloading).

trafilatura finds the main text block and reads the page's metadata (title,
site name, author, date, canonical link). It is given the HTML we already
have; it never fetches anything. What it returns still goes through
`clean.clean_text`, which drops the furniture it lets through (sign-up boxes,
"Also on ..." links, bios).
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from newsbrief.article_check import MIN_ARTICLE_WORDS, check_article, count_words, page_title
from newsbrief.clean.page import clean_text
from newsbrief.errors import NoArticleText
from newsbrief.model import ExtractedArticle

# Title separators: "Section | Headline", "Headline - Site Name".
_BAR = re.compile(r"\s+(?:\||::|·|•)\s+")
_DASH_TAIL = re.compile(r"\s+(?:-|–|—)\s+(?P<tail>[^-–—]{2,60})$")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co|uk|in|news|info|io)\b", re.I)


def extract_article(html: str | bytes, url: str | None = None) -> ExtractedArticle:
    """The article text and metadata of a page; NoArticleText if trafilatura finds no text.

    This only extracts: whether the text is a real article and not a teaser,
    a home page or a notice is for `read_html_article` (and bot.web.fetch) to say.
    """
    # No `deduplicate`: trafilatura keeps its seen-text cache across calls, so
    # the same page read twice would come back empty. clean.py collapses repeats.
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text or "") if doc is not None else ""
    if isinstance(html, bytes):
        # the fallback and the title read text; trafilatura above read the bytes itself
        html = html.decode("utf-8", "replace")
    if count_words(text) < MIN_ARTICLE_WORDS:
        # trafilatura drops a story it takes for page furniture (a body inside a
        # <footer>, an unusual template): the page read as a paste is cleaned instead.
        fallback = _article_run_of_page(html)
        if count_words(fallback) > count_words(text):
            text, doc = fallback, None
    if not text.strip():
        raise NoArticleText(on_page=True)
    if doc is None:
        return ExtractedArticle(text=text, title=clean_title(page_title(html)), url=url)
    site = _clean(doc.sitename)
    return ExtractedArticle(
        text=text,
        title=clean_title(doc.title, site),
        site=site,
        author=_clean(doc.author),
        published=_clean(doc.date),
        url=_clean(doc.url) or url,
    )


# Elements whose text a reader never sees as the page's text.
_UNSEEN = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
# Elements that start a new line in a browser's text of the page.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
        *("p", "pre", "section", "table", "td", "th", "tr", "ul"),
    }
)


def page_lines(html: str) -> str:
    """The page's text as a browser's select-all copy gives it: one line per block."""
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(tree, *_UNSEEN, with_tail=False)
    pieces: list[str] = []
    # An explicit stack, not recursion: a hostile page can nest thousands of elements.
    stack: list[tuple[etree._Element, bool]] = [(tree, False)]
    while stack:
        element, closing = stack.pop()
        block = isinstance(element.tag, str) and element.tag in _BLOCKS
        if closing:
            pieces.append("\n" if block else "")
            pieces.append(element.tail or "")
            continue
        pieces.append("\n" if block else "")
        if isinstance(element.tag, str):
            pieces.append(element.text or "")
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _article_run_of_page(html: str) -> str:
    """The article of a page read as a paste: its run of prose, or "" if it has too little."""
    cleaned = clean_text(page_lines(html))
    prose = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    if len(prose) < 2 or sum(len(p.split()) for p in prose) < MIN_ARTICLE_WORDS:
        return ""
    return cleaned.text


def read_html_article(html: str, url: str | None = None) -> ExtractedArticle:
    """`extract_article`, then refuse a page that holds no article.

    Home pages and link lists, error pages, JavaScript-only shells, sign-in
    and cookie walls and paywall teasers raise a `PageWithoutArticle`
    subclass (newsbrief.article_check), so no summary is ever made of them.
    """
    try:
        article = extract_article(html, url)
    except NoArticleText:
        article = None
    check_article(html, article)
    assert article is not None  # check_article raises when there is no text
    return article


def clean_title(title: str | None, site: str | None = None) -> str | None:
    """The headline without the site name or section glued to it by the page's <title>.

    "Opinion | Republicans Are Following Trump" -> "Republicans Are Following Trump";
    "Rail link agreed - Example News" -> "Rail link agreed" when the site is "Example News".
    A dash inside a headline ("Trump - Putin summit") is left alone.
    """
    title = _clean(title)
    if not title:
        return None
    site_key = _key(site or "")
    parts = _BAR.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if not (site_key and _key(p) == site_key)] or parts
        longest = max(kept, key=len)
        if all(len(p.split()) <= 4 for p in kept if p is not longest):
            title = longest
    dash = _DASH_TAIL.search(title)
    if dash and (_key(dash.group("tail")) == site_key or _DOMAIN.search(dash.group("tail"))):
        title = title[: dash.start()]
    return title.strip() or None


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
