"""One entry per set of participants, held meetings first (meetings/merge.py)."""

from __future__ import annotations

from tests.engine.meetings.helpers import LEADERS, TRAVELLERS, meet, pair, pairs


def test_the_same_pair_twice_is_one_entry_with_the_richest_details():
    text = (
        "Yoon met Kishida on Tuesday. "
        "The summit between Yoon and Kishida in Washington produced a chips pact. "
        "Aides said Kishida and Yoon also discussed North Korea."
    )
    (found,) = meet(text, LEADERS)
    assert (found.kind, found.where, found.when) == ("summit", "Washington", "on Tuesday")


def test_background_meetings_come_after_the_story():
    text = (
        "Putin and Kim Jong-un held a summit in 2019 in Vladivostok. "
        "Yoon will meet Kishida next week in Seoul."
    )
    found = meet(text, LEADERS)
    assert [m.background for m in found] == [False, True]
    assert pairs(found[:1]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


def test_a_past_meeting_of_the_same_pair_does_not_lend_its_place():
    text = (
        "Yoon will hold talks with Kishida on Friday. The two leaders last met at the summit in Delhi in May."
    )
    (found,) = meet(text, LEADERS)
    assert (found.kind, found.where, found.when, found.background) == ("talks", None, "on Friday", False)


def test_held_now_and_planned_again_is_listed_as_held():
    text = "Okafor met Lindqvist in Lagos on Monday. Okafor will meet Lindqvist again next month."
    (found,) = meet(text, TRAVELLERS)
    assert (found.planned, found.when, found.where) == (False, "on Monday", "Lagos")


def test_held_meetings_come_first_then_planned_then_background():
    text = (
        "Putin and Kim Jong-un held a summit in 2019 in Vladivostok. "
        "Yoon will meet Kishida next week in Seoul. "
        "Okafor met Lindqvist in Lagos on Monday."
    )
    found = meet(text, TRAVELLERS)
    assert [(m.planned, m.background) for m in found] == [(False, False), (True, False), (False, True)]
    assert pairs(found[:1]) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert pairs(found[1:2]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
