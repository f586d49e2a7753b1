"""Which words may stand between a meeting word and its participants (meetings/gaps.py)."""

from __future__ import annotations

import pytest

from newsbrief.meetings.gaps import gap_clean, gap_ok
from tests.engine.meetings.helpers import WIDER, meet, pair, pairs


@pytest.mark.parametrize("qualifier", ["interim", "acting", "outgoing", "caretaker"])
def test_a_lower_case_qualifier_before_a_title(qualifier):
    text = f"Okafor held talks with Chile's {qualifier} President Elena Marquez on Monday."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Elena Marquez")}


@pytest.mark.parametrize("modifier", ["delegation-level", "wide-ranging", "restricted", "fruitful"])
def test_talks_with_a_modifier(modifier):
    found = meet(f"Okafor and Lindqvist held {modifier} talks in Abuja on Sunday.", WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert (found[0].kind, found[0].where) == ("talks", "Abuja")


def test_a_gap_far_longer_than_its_limit_is_refused_without_reading_it_all():
    # A paste with no punctuation: thousands of words between a name and a meeting word.
    long_gap = " and the minister" * 5000
    assert not gap_clean(long_gap)
    assert not gap_ok(long_gap, ("list",))
    assert gap_clean(" on Tuesday ")
    assert not gap_clean(" " + "very " * 17)  # 17 tokens: one over the subject's limit


def test_a_scare_quote_does_not_count_its_marks():
    assert gap_clean(' will travel "soon" to ', 4)
