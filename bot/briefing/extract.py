"""HTML page -> article text and metadata, with trafilatura (no downloading)."""

from __future__ import annotations

import trafilatura

from bot.errors import NoArticleText

from .model import ExtractedArticle


def extract_article(html: str | bytes, url: str | None = None) -> ExtractedArticle:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise NoArticleText("No article text was found on that page.")
    return ExtractedArticle(
        text=doc.text,
        title=doc.title or None,
        site=doc.sitename or None,
        author=doc.author or None,
        published=doc.date or None,
        url=doc.url or url,
    )
