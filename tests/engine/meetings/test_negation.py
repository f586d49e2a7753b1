"""Meetings that did not or may not happen (meetings/negation.py): refusals, calls, hopes,
denials, meetings called off.
"""

from __future__ import annotations

import pytest

from tests.engine.meetings.helpers import LEADERS, LINDQVIST, OKAFOR, WIDER, meet, pair, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said he met with Lindqvist's family during the funeral.",
        "Okafor met with protesters outside the parliament.",
        "Okafor's remarks met with criticism from Lindqvist.",
        "The plan met with approval from Lindqvist and Marquez.",
        "Okafor has never met Lindqvist.",
        "Okafor will not meet Lindqvist during the trip.",
        "Okafor refused to shake hands with Lindqvist.",
        "Okafor urged Lindqvist to hold talks with Marquez.",
        "Okafor invited Lindqvist to visit Nigeria.",
        "Okafor warned Lindqvist against visiting Chile.",
        "Okafor accused Lindqvist of wrecking the talks.",
        "Okafor praised Lindqvist at the summit.",
        "Okafor attended a summit with leaders from 20 countries.",
        "Okafor met the deadline set by Lindqvist.",
        "Okafor and Lindqvist have not spoken since the election.",
        "Okafor criticised the summit, which Lindqvist chaired.",
        "Lindqvist said Okafor was welcome to visit but no date had been set.",
    ],
)
def test_more_negatives(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist, who chairs the forum, personally invited him to visit her in Stockholm.",
        "If elected, Okafor will meet Lindqvist in Stockholm.",
    ],
)
def test_cues_just_before_the_parties(text):
    assert meet(text, {**WIDER, OKAFOR: ("Okafor", "him"), LINDQVIST: ("Lindqvist", "her")}) == ()


def test_a_condition_after_the_parties():
    assert meet("Biden said he would meet Putin if the fighting stopped.", LEADERS) == ()
    assert meet("Biden will meet Putin unless talks collapse.", LEADERS) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Yoon boycotted the summit with Kishida.",
        "Yoon broke off talks with Kishida last week.",
        "Yoon walked out of talks with Kishida.",
        "Yoon threatened to cancel his visit to Tokyo.",
        "Yoon and Kishida's planned summit was scrapped.",
        "Yoon's meeting with Kishida fell through.",
    ],
)
def test_meetings_called_off(text):
    assert meet(text, LEADERS) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Okafor had hoped to meet Lindqvist in Lagos this month, but the trip was called off.",
        "Lindqvist said on Monday she hoped to meet Okafor at an early date.",
        "Okafor is hoping to hold talks with Lindqvist before the vote.",
        "Okafor was to host Lindqvist in Abuja on Friday, but the visit was postponed over security fears.",
        'Okafor has refused to call Lindqvist. A summit between the two leaders "is not under '
        'consideration," an aide said.',
        "Okafor plans to visit Chile.",
        "Lindqvist discussed grain exports ahead of a planned meeting with Okafor.",
    ],
)
def test_hoped_for_cancelled_and_undated_plans_are_not_meetings(text):
    assert meet(text, WIDER) == ()


def test_calling_on_someone_is_a_courtesy_call_unless_they_are_urged():
    found = meet("Marquez called on Okafor at his hotel on Monday.", WIDER)
    assert pairs(found) == {pair("Elena Marquez", "Daniel Okafor")}
    assert meet("Marquez called on Okafor to release the detained reporters.", WIDER) == ()
    assert meet("Marquez called on Okafor on Monday to drop the tariffs.", WIDER) == ()
    assert meet("Marquez called on Okafor and Lindqvist to meet without conditions.", WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Okafor had been expected to meet Lindqvist in Lagos on Friday.",
        "Okafor and Lindqvist were supposed to meet on Friday, but the meeting was called off.",
        "Okafor said he would seek talks with Lindqvist.",
        "Okafor is considering a visit to Chile.",
        "A summit between Okafor and Lindqvist is not planned.",
    ],
)
def test_meetings_that_were_only_expected_sought_or_considered(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of the summit, Okafor met Lindqvist in Abuja.",
        "Okafor met Lindqvist ahead of the summit.",
        "Okafor met Lindqvist in Abuja as planned.",
    ],
)
def test_ahead_of_and_as_planned_do_not_undo_a_meeting(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who hopes to win a second term, met Lindqvist on Monday.",
        "Okafor, who is considering a snap election, met Lindqvist on Monday.",
    ],
)
def test_a_hope_in_a_clause_of_its_own_does_not_undo_a_meeting(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    "text",
    [
        "Aides denied that Okafor would meet Lindqvist in Geneva on Friday.",
        "Markets rallied amid speculation that Okafor will meet Lindqvist next week.",
    ],
)
def test_denials_and_speculation_are_not_meetings(text):
    assert meet(text, WIDER) == ()


def test_a_hope_for_something_else_far_before_a_visit_does_not_undo_it():
    text = (
        "Chile hopes for a breakthrough on the long dispute over copper export quotas during next "
        "week's visit to Warsaw by Foreign Minister Elena Marquez, officials said."
    )
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Elena Marquez", "PL")}
    assert found[0].when == "next week"


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Okafor and Lindqvist, planned for Friday in Geneva, was postponed, aides said.",
        "Okafor's visit to Chile, planned for next week, has been postponed for security reasons.",
        "Talks between Okafor and Lindqvist have been delayed by a week, the ministry said.",
        "The summit between Okafor and Lindqvist was put off until after the vote.",
        "Aides denied a report in a Chilean newspaper that Okafor had met Lindqvist in Geneva.",
        "The ministry denied reports that President Daniel Okafor and Lindqvist had held a private meeting.",
        "Officials dismissed rumours of a meeting between Okafor and Lindqvist.",
        "Okafor denied having met Lindqvist in Geneva.",
        "Okafor delayed his visit to Chile because of the storms.",
        "Okafor has shelved his visit to Chile until after the vote.",
        "The talks between Okafor and Lindqvist had been called off by Monday.",
    ],
)
def test_postponed_delayed_and_denied_meetings_are_not_meetings(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who rejected the terms of the loan, met Lindqvist in Geneva on Friday.",
        "Okafor, who denied reports that he was ill, met Lindqvist in Geneva on Friday.",
        "Okafor, who succeeded Kishida in May, met Lindqvist in Geneva on Friday.",
        "Okafor, whose government rejected the loan, met Lindqvist in Geneva on Friday.",
        "A meeting between Okafor and Lindqvist, delayed by the storm, took place in Geneva on Friday.",
    ],
)
def test_a_rejection_or_a_delay_that_is_not_the_meetings_own_leaves_it(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}
