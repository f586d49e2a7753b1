"""Lines shaped like nothing in the news (long runs of word characters, dots,
initials) are read once: the results of the patterns that used to backtrack on them."""

from __future__ import annotations

from newsbrief.clean.bylines import is_caption, is_credit_line, split_inline_furniture
from newsbrief.clean.units import EMAIL, make_unit


def test_an_address_is_found_and_a_long_run_without_at_is_no_address() -> None:
    assert EMAIL.search("Write to jane.roe@example.com today.").group(0) == "jane.roe@example.com"
    assert EMAIL.search("x" * 50_000 + " and " + "y" * 50_000) is None
    assert EMAIL.search("a" * 30_000 + "@" + "b" * 30_000) is None
    assert EMAIL.search("a.b.c." * 10_000) is None


def test_photo_credits_are_still_read_and_long_runs_are_none() -> None:
    assert is_credit_line(make_unit("Jane Roe / Reuters"))
    assert is_credit_line(make_unit("(AP Photo/Jane Roe)"))
    assert not is_credit_line(make_unit("w" * 100_000))
    assert is_caption(make_unit("The house in Braunau, Austria. Jane Roe / Reuters file"))
    assert not is_caption(make_unit("Photo " + "w" * 100_000))


def test_a_long_line_ends_like_a_sentence_by_its_last_characters() -> None:
    assert make_unit("word " * 50_000 + "end.").terminal
    assert not make_unit("." * 50_000 + " and so on").terminal


def test_a_run_of_capitals_after_a_byline_is_no_wire_dateline() -> None:
    text = "By Jane Roe " + "A.B." * 50_000
    pieces, removed, author = split_inline_furniture(text)
    assert pieces == [text] and not removed and author is None
    wire = "By Jane Roe SEOUL, Dec. 29 (Yonhap) -- The talks ended."
    pieces, removed, author = split_inline_furniture(wire)
    assert pieces == ["SEOUL, Dec. 29 (Yonhap) -- The talks ended."] and author == "Jane Roe"
