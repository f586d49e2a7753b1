"""Two people told as one subject: when they met each other, and when they went somewhere or met
someone else together (meetings/reading.py met_someone_else, meetings/participants.py)."""

from __future__ import annotations

import pytest

from newsbrief.model import Person
from tests.engine.meetings.helpers import WIDER, meet, pair, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Okafor and Marquez met bankers in Lagos on Tuesday to discuss the debt crisis.",
        "Okafor and Marquez met with reporters after the signing.",
        "Okafor and Marquez met business leaders in Santiago on Monday.",
        "Okafor and Marquez held talks with local officials in Abuja on Friday.",
    ],
)
def test_two_who_met_someone_unnamed_together_did_not_meet_each_other(text):
    assert pairs(meet(text, WIDER)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Okafor and Marquez met in Lagos on Tuesday.",
        "Okafor and Marquez met privately for two hours.",
        "Okafor and Marquez met three times last month.",
        "Okafor and Marquez met to discuss the ports deal.",
        "Okafor and Marquez met with each other before the vote.",
        "Okafor and Marquez held talks on trade in Abuja.",
    ],
)
def test_two_who_met_with_no_one_else_met_each_other(text):
    assert pair("Daniel Okafor", "Elena Marquez") in pairs(meet(text, WIDER))


@pytest.mark.parametrize(
    "text",
    [
        "Okafor and Marquez are heading for Japan and Sweden to see the damage at first hand.",
        "Okafor headed to Japan and Sweden on Monday.",
    ],
)
def test_heading_for_a_country_is_a_visit(text):
    found = pairs(meet(text, WIDER))
    assert {pair("Daniel Okafor", "JP"), pair("Daniel Okafor", "SE")} <= found


def test_heading_for_no_place_is_no_visit():
    assert pairs(meet("Okafor said the bill was heading for defeat in the Senate.", WIDER)) == set()


def test_a_name_the_cast_cut_short_before_an_owners_s_is_no_traveller():
    # The Cast kept "Chinedu" of "President Chinedu A Eze's brother Obi": the subject is the brother.
    eze = Person("Chinedu", ("President Chinedu",), "President", "NG", is_leader=True)
    text = "Marquez and President Chinedu A Eze's brother Obi are heading for Japan to see the damage."
    found = pairs(meet(text, {**WIDER, eze: ("Chinedu",)}))
    assert pair("Elena Marquez", "JP") in found
    assert not any("Chinedu" in p for p in found)


def test_a_portfolio_the_table_does_not_list_stands_between_a_country_and_its_minister():
    text = "The talks were apart from those between Japanese officials and Nigerian ports minister Okafor."
    assert pairs(meet(text, WIDER)) == {pair("JP", "Daniel Okafor")}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor took questions on the quay before leaving Tokyo on Sunday at the end of his trip.",
        "Okafor left Tokyo after two days of talks.",
        "Okafor left Japan on Monday for Sweden.",
    ],
)
def test_leaving_a_foreign_place_at_the_end_of_a_stay_is_a_visit(text):
    assert pair("Daniel Okafor", "JP") in pairs(meet(text, WIDER))


@pytest.mark.parametrize(
    "text",
    [
        "Okafor left Japan in 1975 and never went back.",
        "The exiled poet Okafor left Japan after his arrest in 1985.",
        "Okafor left the Japanese team for good.",
    ],
)
def test_leaving_with_no_stay_told_is_no_visit(text):
    assert pair("Daniel Okafor", "JP") not in pairs(meet(text, WIDER))


def test_a_reception_held_for_him_by_a_host_is_a_meeting_of_the_two():
    text = (
        "Okafor, toasting his hosts at a banquet given for him by Foreign Minister Marquez, hailed the deal."
    )
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Elena Marquez")}


def test_the_speaker_after_a_list_of_bodies_is_no_guest():
    text = "It will be explained when Okafor visits Japan for meetings with the IMF and G-7, Marquez added."
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "JP") in found
    assert pair("Daniel Okafor", "Elena Marquez") not in found


def test_a_name_before_aides_only_says_whom_they_work_for():
    text = "Marquez said the vote was vital, after meeting Thursday with Okafor aides in Lagos."
    assert pairs(meet(text, WIDER)) == set()


def test_would_welcome_is_a_wish_not_a_meeting():
    assert pairs(meet("Marquez said she would welcome Okafor to Santiago.", WIDER)) == set()
    assert pair("Elena Marquez", "Daniel Okafor") in pairs(
        meet("Marquez will welcome Okafor on Friday.", WIDER)
    )


@pytest.mark.parametrize(
    "attended",
    [
        "Officials said the meeting, also attended by Lindqvist, lasted three hours.",
        "The meeting, also attended by Lindqvist, lasted three hours.",
    ],
)
def test_one_who_also_attended_the_meeting_told_before_met_its_people(attended):
    text = "A meeting between Okafor and Marquez on Monday eased fears of a dock strike. " + attended
    found = pairs(meet(text, WIDER))
    assert {pair("Anna Lindqvist", "Daniel Okafor"), pair("Anna Lindqvist", "Elena Marquez")} <= found


def test_attending_a_meeting_told_long_before_or_in_the_past_adds_no_one():
    far = (
        "Okafor met Marquez on Monday. The markets rose. The dollar fell. The yen rose. Bonds slipped. "
        "The meeting, also attended by Lindqvist, was secret."
    )
    past = "Okafor met Marquez in 2010. The meeting, also attended by Lindqvist, was secret."
    for text in (far, past):
        assert not any("Anna Lindqvist" in p for p in pairs(meet(text, WIDER)))


def test_talks_far_before_their_between_and_the_last_of_a_series_is_no_past():
    text = (
        "The last of the preparatory talks is due to take place in Santiago next Wednesday "
        "between Foreign Minister Marquez and President Okafor."
    )
    (found,) = meet(text, WIDER)
    assert pairs([found]) == {pair("Elena Marquez", "Daniel Okafor")}
    assert (found.background, found.planned) == (False, True)


def test_between_across_a_clause_is_no_meeting_of_the_two():
    text = "The talks ended, and the trade gap will stay wide, said the gulf between Okafor and Marquez."
    assert pair("Elena Marquez", "Daniel Okafor") not in pairs(meet(text, WIDER))


def test_the_visit_of_someone_names_the_visitor_not_a_host():
    text = (
        "Port workers went back to work on Tuesday as Foreign Minister Marquez, in town to prepare "
        "for the June 3-6 visit of President Okafor, toured the docks."
    )
    assert pair("Elena Marquez", "Daniel Okafor") not in pairs(meet(text, WIDER))
