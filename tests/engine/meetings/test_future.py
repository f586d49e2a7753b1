"""Meetings announced, not held (meetings/future.py): kept with their time and marked planned."""

from __future__ import annotations

import pytest

from tests.engine.meetings.helpers import LEADERS, TRAVELLERS, WIDER, meet, pair, pairs


def test_an_announced_meeting_is_kept_with_its_time():
    (found,) = meet("Putin will meet Kim Jong-un next week in Vladivostok, the Kremlin said.", LEADERS)
    assert (found.when, found.where, found.background) == ("next week", "Vladivostok", False)


def test_a_plan_with_a_date_is_an_announced_meeting():
    (found,) = meet("Okafor plans to visit Chile next month.", WIDER)
    assert (pairs([found]), found.when) == ({pair("Daniel Okafor", "CL")}, "next month")


def test_a_planned_visit_takes_no_date_from_the_clause_before():
    found = meet("Okafor met Lindqvist on Monday ahead of a planned visit to Chile.", WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Park will fly on to Paris on Friday, where he is expected to meet French President Claire"
            " Duval.",
            "on Friday",
        ),
        ("Okafor is due to meet Lindqvist next week.", "next week"),
        ("Okafor will host Lindqvist in May.", "in May"),
        ("Okafor plans to visit Lindqvist on Monday.", "on Monday"),
        ("Okafor is to meet Lindqvist in Stockholm.", None),
        ("Okafor is set to hold talks with Lindqvist later this month.", "later this month"),
        ("Okafor and Lindqvist are scheduled to meet on Friday.", "on Friday"),
        ("Okafor shall meet Lindqvist at the palace.", None),
        ("Officials said Okafor would meet Lindqvist soon.", "soon"),
        ("Okafor meets Lindqvist next week.", "next week"),
        ("Okafor to meet Lindqvist in Stockholm", None),
        ("Okafor's summit with Lindqvist is planned for May.", "May"),
        ("Okafor's Dec. 28 meeting with Lindqvist was scheduled two weeks ago.", "Dec. 28"),
        ("Talks between Okafor and Lindqvist will take place in Lagos.", None),
        ("Okafor will travel to Sweden next week to meet Lindqvist.", "next week"),
    ],
)
def test_an_announced_meeting_is_listed_as_planned(text, when):
    found = meet(text, TRAVELLERS)
    people = [m for m in found if all(p.name for p in m.participants)]
    assert len(people) == 1, found
    assert (people[0].planned, people[0].background, people[0].when) == (True, False, when)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor met Lindqvist on Tuesday.",
        "Okafor held talks with Lindqvist in Lagos.",
        "Okafor hosted Lindqvist at the palace yesterday.",
        "Okafor met Lindqvist ahead of talks next week.",
        "Okafor met Lindqvist, who will fly home on Friday.",
        "Okafor, who will step down next year, met Lindqvist on Monday.",
        "Okafor flew to Sweden to meet Lindqvist.",
        "Okafor met Lindqvist as scheduled on Friday.",
    ],
)
def test_a_meeting_held_is_not_planned(text):
    found = [m for m in meet(text, TRAVELLERS) if all(p.name for p in m.participants)]
    assert len(found) == 1 and not found[0].planned and not found[0].background


def test_a_meeting_that_had_been_due_is_not_listed():
    assert meet("Okafor had been due to meet Lindqvist on Friday.", TRAVELLERS) == ()


def test_a_past_meeting_is_background_not_planned():
    (found,) = meet("Okafor and Lindqvist last met in 2019.", TRAVELLERS)
    assert (found.background, found.planned) == (True, False)


def test_will_receive_next_tuesday_is_an_announced_meeting():
    (found,) = meet("Okafor will receive Lindqvist at the presidential palace next Tuesday.", WIDER)
    assert pairs([found]) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert (found.planned, found.when) == (True, "next Tuesday")
