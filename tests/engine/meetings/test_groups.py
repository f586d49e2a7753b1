"""From a reading to meetings: one of all, or the hub with each guest; countries as their people
(meetings/groups.py).
"""

from __future__ import annotations

import pytest

from newsbrief.model import Person
from tests.engine.meetings.helpers import BIDEN, LEADERS, MARQUEZ, OKAFOR, ROJAS, WIDER, meet, pair, pairs


def test_bilateral_meetings_with_the_leaders_of_six_countries():
    text = (
        "Yoon held bilateral meetings with the leaders of six countries — Germany, Canada, "
        "the Netherlands, Sweden, the Czech Republic and Finland."
    )
    found = meet(text, LEADERS)
    assert {m.participants[1].country for m in found} == {"DE", "CA", "NL", "SE", "CZ", "FI"}
    assert all(m.participants[0].name == "Yoon Suk Yeol" and m.participants[1].name is None for m in found)
    assert {m.kind for m in found} == {"bilateral meeting"}


def test_leaders_of_three_countries_met():
    found = meet("The leaders of Germany, Canada and Sweden met in Berlin on Monday.", LEADERS)
    assert pairs(found) == {pair("DE", "CA"), pair("DE", "SE"), pair("CA", "SE")}


def test_guests_standing_for_countries_are_not_the_place():
    found = meet("Okafor hosted the foreign ministers of Chile and Brazil in Abuja on Tuesday.", WIDER)
    assert {(m.participants[1].country, m.where) for m in found} == {("CL", "Abuja"), ("BR", "Abuja")}


def test_leaders_of_countries_without_a_named_leader_are_countries():
    text = "The leaders of Japan and South Korea met on the sidelines of the forum."
    found = meet(text, {BIDEN: ("Biden",)})
    assert pairs(found) == {pair("JP", "KR")}


def test_the_foreign_ministers_of_two_countries_are_the_ones_named():
    people = {
        OKAFOR: ("Daniel Okafor", "Okafor"),
        MARQUEZ: ("Elena Marquez", "Marquez"),
        Person("Paulo Reis", ("Reis",), "Foreign Minister", "BR"): ("Paulo Reis", "Reis"),
    }
    text = (
        "Okafor hosted the foreign ministers of Chile and Brazil in Abuja on Tuesday. "
        "Chilean Foreign Minister Elena Marquez and Brazilian Foreign Minister Paulo Reis met for an hour."
    )
    assert pairs(meet(text, people)) == {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Paulo Reis"),
        pair("Elena Marquez", "Paulo Reis"),
    }
    # Two Chilean ministers of another office do not make one of them the foreign minister.
    trade = Person("Rosa Diaz", ("Diaz",), "Trade Minister", "CL")
    text = "Okafor hosted the foreign ministers of Chile and Brazil."
    found = meet(text, {OKAFOR: ("Okafor",), trade: ("Diaz",)})
    assert pairs(found) == {pair("Daniel Okafor", "CL"), pair("Daniel Okafor", "BR")}


def test_business_leaders_of_a_country_are_not_its_leader():
    found = meet("Yoon is scheduled to meet Japanese business leaders on Sunday.", LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "JP")}


def test_two_who_travel_together_each_visit_and_do_not_meet_each_other():
    text = "Okafor and Chile's foreign policy chief Elena Marquez arrived in Warsaw on Monday."
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "PL")}
    assert {m.where for m in found} == {"Warsaw"}


@pytest.mark.parametrize(
    "text",
    [
        "Yoon and Biden met separately with Kishida on Monday.",
        "Yoon and Biden separately met Kishida on Monday.",
        "Yoon and Biden each held talks with Kishida on Monday.",
        "Yoon and Biden held separate talks with Kishida on Monday.",
        "Yoon and Biden met Kishida separately on Monday.",
    ],
)
def test_met_separately_gives_one_meeting_per_subject(text):
    found = meet(text, LEADERS)
    assert sorted(len(m.participants) for m in found) == [2, 2]
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida"), pair("Joe Biden", "Fumio Kishida")}


@pytest.mark.parametrize(
    "text",
    ["Yoon and Biden met with Kishida on Monday.", "Separately, Yoon and Biden met Kishida on Monday."],
)
def test_met_together_is_one_meeting_of_all(text):
    # "Separately," opening a sentence is another piece of news, not how they met.
    (found,) = meet(text, LEADERS)
    assert len(found.participants) == 3


def test_separate_meetings_with_two_guests_stay_two_pairs():
    text = "Okafor held meetings with Lindqvist and Kishida on Friday."
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Daniel Okafor", "Fumio Kishida"),
    }


def test_one_countrys_delegation_meets_the_guest_not_each_other():
    text = "Foreign Minister Elena Marquez and Finance Minister Pablo Rojas met Kishida in Tokyo on Friday."
    assert pairs(meet(text, {**WIDER, ROJAS: ("Pablo Rojas", "Rojas")})) == {
        pair("Elena Marquez", "Fumio Kishida"),
        pair("Pablo Rojas", "Fumio Kishida"),
    }
