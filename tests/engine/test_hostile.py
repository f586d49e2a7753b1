"""Pastes no article is: how much of them the engine reads (issue 15).

A paste of a sentence every few words or a word a line is read only as far as
the longest article goes, so every later stage has a bounded amount to read.
The tests count what is read (sentences, lines), never the clock.
"""

import re

from newsbrief import sentences
from newsbrief.clean import page
from newsbrief.model import CleanedText, Span


def _paragraphs(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))


def test_a_paste_of_more_sentences_than_any_article_is_read_to_the_limit(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCES", 40)
    text = "\n".join(" ".join(f"Mr. Ana Ruiz met Mr. Ivo Bel{k}." for k in range(15)) for _ in range(5))
    doc = sentences.split_document(CleanedText(text=text, paragraphs=_paragraphs(text)))
    assert len(doc.sentences) == 40
    assert doc.text == text[: doc.sentences[-1].end]
    assert all(p.end <= len(doc.text) for p in doc.paragraphs)
    assert [s.text for s in doc.sentences[:2]] == [
        "Mr. Ana Ruiz met Mr. Ivo Bel0.",
        "Mr. Ana Ruiz met Mr. Ivo Bel1.",
    ]
    assert doc.removed[-1].text.startswith("Mr. Ana Ruiz met Mr. Ivo Bel10.")


def test_an_article_within_the_limit_is_read_whole(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCES", 40)
    text = " ".join(f"The talks went on for day {k}." for k in range(40))
    doc = sentences.split_document(CleanedText(text=text, paragraphs=_paragraphs(text)))
    assert len(doc.sentences) == 40 and doc.text == text and not doc.removed


def test_a_run_of_initials_splits_only_as_far_as_the_limit():
    # The splitter gives no more sentences than are kept.
    spans = sentences.sentence_spans(" ".join(["A. B. C. D. E. F. G. H. I. J."] * 1000), most=25)
    assert len(spans) == 25


def test_a_word_a_line_is_read_for_the_first_lines_only(monkeypatch):
    monkeypatch.setattr(page, "MAX_UNITS", 30)
    text = "\n".join(["Talks"] * 100) + "\nThe minister said the talks in Rome went well on Monday."
    cleaned = page.clean_text(text)
    assert "minister" not in cleaned.text
    assert any("not read" in r.reason for r in cleaned.removed)
