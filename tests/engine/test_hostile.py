"""Pastes no article is: refused once read as far as the longest article goes (issue 15).

A paste of a sentence every few words or a word a line is refused when the
splitter or the cleaner has read one sentence or line past its limit, so no
later stage reads it, and nobody is shown a briefing of its first part as if
of the whole. The tests count what is read (sentences, lines), never the clock.
"""

import re

import pytest

from newsbrief import brief, sentences
from newsbrief.clean import page
from newsbrief.errors import InputTooLarge
from newsbrief.model import CleanedText, Span


def _paragraphs(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))


def test_a_paste_of_more_sentences_than_any_article_is_refused(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCES", 40)
    text = "\n".join(" ".join(f"Mr. Ana Ruiz met Mr. Ivo Bel{k}." for k in range(15)) for _ in range(5))
    with pytest.raises(InputTooLarge) as info:
        sentences.split_document(CleanedText(text=text, paragraphs=_paragraphs(text)))
    assert (info.value.what, info.value.limit) == ("sentences", 40)


def test_brief_refuses_a_paste_of_more_sentences_than_any_article(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCES", 40)
    text = " ".join(f"The talks in Rome went on for day {k} of the week." for k in range(60))
    with pytest.raises(InputTooLarge):
        brief(text)


def test_an_article_within_the_limit_is_read_whole(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCES", 40)
    text = " ".join(f"The talks went on for day {k}." for k in range(40))
    doc = sentences.split_document(CleanedText(text=text, paragraphs=_paragraphs(text)))
    assert len(doc.sentences) == 40 and doc.text == text and not doc.removed


def test_a_run_of_initials_splits_only_as_far_as_the_limit():
    # The splitter gives no more sentences than are kept.
    spans = sentences.sentence_spans(" ".join(["A. B. C. D. E. F. G. H. I. J."] * 1000), most=25)
    assert len(spans) == 25


def test_a_word_a_line_past_the_line_limit_is_refused(monkeypatch):
    monkeypatch.setattr(page, "MAX_UNITS", 30)
    text = "\n".join(["Talks"] * 100) + "\nThe minister said the talks in Rome went well on Monday."
    with pytest.raises(InputTooLarge) as info:
        page.clean_text(text)
    assert (info.value.what, info.value.size, info.value.limit) == ("lines", 101, 30)
