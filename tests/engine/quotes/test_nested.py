"""Quotations inside quotations: whose words they are (quotes.find._voiced_by_quoter)."""

from __future__ import annotations

from tests.engine.quotes.helpers import LEE, SAAR, by_text, quotes_of


def test_a_quotation_inside_with_no_cue_of_its_own_is_the_quoter_s():
    _, found = quotes_of(
        '"Voters stop me in the street every day. The question on every doorstep is, '
        "'Who will fix the roads before winter comes?'\" Lee said on Tuesday.",
        LEE,
    )
    assert by_text(found, "Who will fix the roads").speaker == "Lee Min-ho"


def test_a_notion_quoted_inside_a_quotation_is_the_quoter_s():
    _, found = quotes_of(
        "\"Managers still cling to the old habit of thinking, 'I should hire someone just like me "
        "from my own school,' and that has to stop,\" Saar told the conference.",
        SAAR,
    )
    assert by_text(found, "I should hire someone").speaker == "Viktor Saar"


def test_words_quoted_after_someone_else_acts_in_the_quotation_are_no_one_s():
    # "he goes, '...'": the words are the other man's, and no cue gives them to him
    _, found = quotes_of(
        "\"The governor walks up to our table and he goes, 'You people have done a wonderful job "
        "for this city.'\" Lee said.",
        LEE,
    )
    assert by_text(found, "You people have done").speaker is None


def test_a_cue_inside_the_quotation_keeps_its_own_reading():
    _, found = quotes_of(
        "\"Every week they march past our office shouting, 'Close the plant and send them home,' "
        'and nobody stops them," Saar said.',
        SAAR,
    )
    assert by_text(found, "Close the plant").speaker is None
