"""Extractive summary: sentences copied verbatim, in article order."""

from __future__ import annotations

from .model import Cast, Document, SummarySentence


def default_length(doc: Document) -> int:
    body = sum(1 for s in doc.sentences if s.kind == "body")
    return max(3, min(6, 3 + body // 15))


def summarize(doc: Document, cast: Cast, n: int | None = None) -> tuple[SummarySentence, ...]:
    n = n or default_length(doc)
    body = [s for s in doc.sentences if s.kind == "body"]
    return tuple(SummarySentence(s.text, s.index) for s in body[:n])
