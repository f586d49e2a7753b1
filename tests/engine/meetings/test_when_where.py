"""When and where a meeting took place, and whether it is past (meetings/when_where.py)."""

from __future__ import annotations

import pytest

from newsbrief.meetings.when_where import meeting_when
from newsbrief.model import Sentence
from tests.engine.meetings.helpers import LEADERS, TRAVELLERS, WIDER, meet, pair, pairs


def test_their_earlier_summit_is_background():
    text = (
        "Putin and Kim Jong-un will meet in Moscow on Friday. "
        "Putin and Kim Jong-un built on their June summit, aides said."
    )
    (found,) = meet(text, LEADERS)
    assert (found.when, found.background) == ("on Friday", False)
    found = meet("Putin and Kim Jong-un built on their June summit, aides said.", LEADERS)
    assert [(pairs(found), found[0].kind, found[0].when, found[0].background)] == [
        ({pair("Vladimir Putin", "Kim Jong-un")}, "summit", "June", True)
    ]


def test_a_capital_named_as_a_place_is_where_someone_went():
    found = meet("Kishida's trip to Warsaw was his first to the region.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "PL")}


def test_the_place_is_the_one_next_to_the_meeting():
    (found,) = meet("Yoon and Kishida spoke by phone about the war in Ukraine.", LEADERS)
    assert found.where is None
    (found,) = meet("In Hangzhou, Yoon met Kishida on the sidelines of the forum.", LEADERS)
    assert found.where == "Hangzhou"


def test_their_tense_dinner_last_year_is_background():
    text = "Okafor and Lindqvist have clashed since their tense dinner in Paris last year."
    (found,) = meet(text, WIDER)
    assert (found.kind, found.background, found.when) == ("meeting", True, "last year")


def test_the_time_of_another_clause_is_not_the_meetings():
    text = "Yoon, who last visited Japan in 2019, is expected to meet Kishida."
    found = [m for m in meet(text, LEADERS) if m.participants[1].name]
    assert [(m.when, m.background) for m in found] == [(None, False)]


def test_a_time_after_a_clause_break_is_not_the_meetings():
    (found,) = meet("Yoon will meet Kishida, officials said Tuesday.", LEADERS)
    assert found.when is None
    (found,) = meet("Yoon held a summit with Kishida, the first since ties thawed last year.", LEADERS)
    assert (found.when, found.background) == (None, False)


def test_each_place_of_a_journey_is_its_own_visit():
    found = meet("Kishida departs Poland for Germany today after talks in Warsaw.", LEADERS)
    assert [(m.participants[1].country, m.where) for m in found] == [("PL", "Poland"), ("DE", "Germany")]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Park, who visited Warsaw in April, held talks with Lindqvist on Thursday.", True),
        ("Okafor met Lindqvist in March to discuss the pipeline.", True),
        ("Okafor will meet Lindqvist in March to discuss the pipeline.", False),
        ("Okafor met Lindqvist on March 3 to discuss the pipeline.", False),
    ],
)
def test_a_month_with_no_day_and_a_verb_in_the_past_is_background(text, background):
    found = [m for m in meet(text, TRAVELLERS) if "in April" in (m.when or "") or "March" in (m.when or "")]
    assert found and all(m.background == background for m in found)


def test_the_time_of_a_meeting_word_in_a_long_sentence_is_its_own():
    # Many time words in one long sentence: each meeting word takes the one in its own clause.
    filler = "and the talks on trade went on " * 30
    text = "On Monday Yoon met Kishida " + filler + "and Putin will meet Kim on Friday"
    sentence = Sentence(0, 0, len(text), 0, text)
    assert meeting_when(text, sentence, text.index("met"))[0] == "On Monday"
    assert meeting_when(text, sentence, text.index("meet Kim"))[0] == "on Friday"
