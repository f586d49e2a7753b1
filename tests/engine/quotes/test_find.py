"""quotes/find.py: the steps run together (empty texts, a quotation repeated in a caption)."""

from __future__ import annotations

from newsbrief import build_document
from newsbrief.model import Cast
from newsbrief.quotes.find import find_quotes
from tests.engine.quotes.helpers import BERG, SAAR, quotes_of


def test_empty_and_quote_free_texts():
    doc = build_document("Nothing here is quoted at all, only plain reporting of the day's events.")
    assert find_quotes(doc, Cast()) == ()


def test_a_quotation_repeated_in_a_caption_is_listed_once_with_its_speaker():
    _, found = quotes_of(
        'Saar called for "an end to the shelling of the river towns" before the winter.\n\n'
        'Viktor Saar, pictured at the talks, called for "an end to the shelling of the river towns" '
        "before the winter.\n\n"
        'Berg said the two sides would "meet again within the month to sign the text."',
        SAAR,
        BERG,
    )
    assert [(q.text, q.speaker) for q in sorted(found, key=lambda q: q.start)] == [
        ("an end to the shelling of the river towns", "Viktor Saar"),
        ("meet again within the month to sign the text.", "Anna Berg"),
    ]
