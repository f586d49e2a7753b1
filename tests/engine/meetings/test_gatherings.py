"""Gatherings told over the whole story: one meeting of all who took part (meetings/gatherings.py)."""

from __future__ import annotations

from newsbrief.model import Participant
from tests.engine.meetings.helpers import WIDER, meet

STORY = (
    "Regional leaders will gather in Santiago on Friday for a two-day summit on trade. "
    "Delegations from Chile, Brazil, Nigeria and Sweden will take part. "
    "Chilean Foreign Minister Elena Marquez said the summit would focus on roads and ports. "
    "Okafor stayed away from the summit, aides said."
)


def test_a_gathering_is_one_meeting_of_its_attendees_and_listed_states():
    (summit,) = [m for m in meet(STORY, WIDER) if m.kind == "summit"]
    assert set(summit.participants) == {
        Participant("Elena Marquez", "CL"),
        Participant(None, "BR"),
        Participant(None, "NG"),
        Participant(None, "SE"),
    }
    assert (summit.where, summit.when) == ("Santiago", "on Friday")


def test_an_absentee_is_left_out():
    found = meet(STORY, WIDER)
    assert not any(p.name == "Daniel Okafor" for m in found for p in m.participants)


def test_a_state_that_will_also_attend_takes_part():
    text = STORY.replace("Nigeria and Sweden", "Nigeria") + " Sweden will also attend, as an observer."
    (summit,) = [m for m in meet(text, WIDER) if m.kind == "summit"]
    assert Participant(None, "SE") in summit.participants


def test_two_leaders_who_met_are_no_gathering():
    text = "The two leaders met in Santiago on Friday. Marquez said the meeting went well."
    assert not [m for m in meet(text, WIDER) if len(m.participants) > 2]


def test_a_speaker_of_a_state_not_taking_part_is_no_attendee():
    text = STORY.replace("Nigeria and Sweden", "Nigeria").replace(
        "Okafor stayed away from", "Lindqvist criticised"
    )
    (summit,) = [m for m in meet(text, WIDER) if m.kind == "summit"]
    assert not any(p.name == "Anna Lindqvist" for p in summit.participants)


def test_ministers_of_a_body_who_ended_talks_are_a_gathering():
    text = (
        "Foreign ministers of the four-nation Southern Ports Council (SPC) have ended two days of talks "
        "after agreeing to share dredging costs. "
        "But the ministers from Chile, Brazil, Nigeria and Sweden did not agree on fees. "
        "Chilean Foreign Minister Elena Marquez told reporters after the talks that fees would wait."
    )
    (gathering,) = [m for m in meet(text, WIDER) if len(m.participants) > 2]
    assert set(gathering.participants) == {
        Participant("Elena Marquez", "CL"),
        Participant(None, "BR"),
        Participant(None, "NG"),
        Participant(None, "SE"),
    }
