"""Bylines run into the first line of a story by a tabloid's page layout."""

from __future__ import annotations

from newsbrief import build_document
from newsbrief.clean.bylines import split_inline_furniture


def test_a_dotted_byline_without_a_date_is_removed_and_its_name_kept() -> None:
    pieces, removed, author = split_inline_furniture("By . Ann Lee Park . A storm closed the port on Monday.")
    assert pieces == ["A storm closed the port on Monday."]
    assert [r.text for r in removed] == ["By . Ann Lee Park ."]
    assert author == "Ann Lee Park"


def test_a_story_opening_with_by_is_not_a_byline() -> None:
    line = "By . the time the storm passed, the port was closed."
    assert split_inline_furniture(line)[0] == [line]


def test_the_lead_is_the_first_sentence_after_the_byline() -> None:
    doc = build_document(
        "By . Tom Reed . A storm closed the port of Dover on Monday, stranding hundreds of lorries. "
        "Officials said it would reopen on Tuesday."
    )
    assert doc.sentences[0].text.startswith("A storm closed the port")
