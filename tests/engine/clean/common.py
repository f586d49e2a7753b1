"""What the cleaning tests share: the fixture loader and checks on a CleanedText."""

from __future__ import annotations

from newsbrief import sentences
from newsbrief.model import CleanedText
from tests import ARTICLES


def load(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def body_sentences(cleaned: CleanedText) -> list[str]:
    return [s.text for s in sentences.split_document(cleaned).sentences if s.kind == "body"]


def assert_well_formed(cleaned: CleanedText) -> None:
    """Paragraph spans cover the text, joined by blank lines; captions are paragraphs."""
    text = cleaned.text
    assert "\n\n".join(text[p.start : p.end] for p in cleaned.paragraphs) == text
    assert all(text[p.start : p.end].strip() == text[p.start : p.end] != "" for p in cleaned.paragraphs)
    assert set(cleaned.captions) <= set(cleaned.paragraphs)
