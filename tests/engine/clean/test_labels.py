"""Calls to the reader inside an article: page furniture, not news."""

from __future__ import annotations

import pytest

from newsbrief.clean.labels import call_to_reader
from newsbrief.clean.units import make_unit


@pytest.mark.parametrize(
    "text",
    [
        "Follow us at @dailypost for more. We bring you the news first.",
        "Sign up for our newsletter to get the latest stories from our reporters.",
        "Have a tip? Email us at tips@example.com.",
    ],
)
def test_a_call_to_the_reader_is_furniture(text: str) -> None:
    assert call_to_reader(make_unit(text))


@pytest.mark.parametrize(
    "text",
    [
        "Share prices in Tokyo fell 3 percent on Monday after the central bank raised rates.",
        "Join talks were held in Geneva on Tuesday between the two delegations.",
        "Download speeds doubled across the region after the new cable was laid.",
        "The minister said we must protect our borders and our jobs.",
    ],
)
def test_news_that_opens_with_a_call_word_or_reports_speech_is_news(text: str) -> None:
    assert not call_to_reader(make_unit(text))
