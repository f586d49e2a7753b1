"""clean.bylines: bylines, tabloid datelines, wire bylines and reporters' addresses in a paste."""

from __future__ import annotations

from newsbrief.clean import page as clean
from tests.engine.clean.common import body_sentences, load


def test_tabloid_dateline_and_scroll_prompt_are_cut_out_of_the_paragraph() -> None:
    cleaned = clean.clean_text(load("clean_tabloid_dateline.txt"))
    assert cleaned.author == "Jane Holloway"
    assert "PUBLISHED" not in cleaned.text and "Scroll down" not in cleaned.text
    body = body_sentences(cleaned)
    assert body[0].startswith("The mayor of a small coastal town")
    assert body[1].startswith("Volunteers at the station said")
    assert body[2].startswith("The council said the lines")
    assert {r.reason for r in cleaned.removed} == {"dateline", "interface"}


def test_wire_byline_glued_before_the_dateline_is_removed() -> None:
    raw = (
        "Ghana signs cocoa deal(UPDATES with minister quotes)By Kofi Mensah ACCRA, June 3 (Reuters) - "
        "Ghana signed a three-year cocoa supply deal with a group of European buyers on Tuesday, the "
        "agriculture minister said. The deal covers about a fifth of the country's annual harvest."
    )
    cleaned = clean.clean_text(raw)
    assert cleaned.text.startswith("ACCRA, June 3 (Reuters) - Ghana signed")
    assert cleaned.author == "Kofi Mensah"
    assert cleaned.removed[0].reason == "byline"


def test_reporter_email_line_is_removed() -> None:
    raw = (
        "The city council voted on Monday to close the old market hall for repairs that will take a year.\n\n"
        "Traders will move to a temporary site beside the bus station, the council said.\n\n"
        "Contact the reporter: jroe@example.com"
    )
    cleaned = clean.clean_text(raw)
    assert "jroe@example.com" not in cleaned.text
    assert "e-mail" in cleaned.removed[-1].reason
