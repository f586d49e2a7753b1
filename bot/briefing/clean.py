"""Pasted page text -> the article: interface lines out, captions and bylines marked.

(Minimal first version: paragraphs only. The full cleaner replaces this.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import CleanedText, Span


def clean_text(raw: str) -> CleanedText:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    return CleanedText(text=text, paragraphs=paragraphs)


def with_title(cleaned: CleanedText, title: str) -> CleanedText:
    return replace(cleaned, title=title.strip() or None)
