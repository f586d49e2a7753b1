"""The people and countries a sentence holds for the meeting reader (meetings/items.py)."""

from __future__ import annotations

import dataclasses

import pytest

from newsbrief.meetings.find import find_meetings
from newsbrief.model import Mention, Person
from tests.engine.meetings.helpers import (
    BIN_RASHID,
    CASA,
    GALLERY,
    LEADERS,
    LINDQVIST,
    MARQUEZ,
    OKAFOR,
    VAN_DAM,
    VAN_DER_BERG,
    VARGA,
    WIDER,
    YOON,
    cast_for,
    document,
    meet,
    pair,
    pairs,
)


def test_a_pronoun_resolved_by_the_cast():
    text = "Yoon arrived in the capital on Monday. He met Kishida hours later."
    found = meet(text, {**LEADERS, YOON: (*LEADERS[YOON], "He")})
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert found[-1].evidence == "He met Kishida hours later."


def test_the_two_leaders_are_the_last_two_named():
    text = (
        "Yoon met Kishida in Washington on Tuesday, the first summit between the two leaders in a year. "
        "The two men held talks for two hours."
    )
    (found,) = meet(text, LEADERS)
    assert pairs([found]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert (found.kind, found.where, found.when) == ("summit", "Washington", "on Tuesday")
    assert pairs(
        meet("Biden spoke first. Yoon and Kishida arrived later. The two leaders met at noon.", LEADERS)
    ) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


def test_her_before_a_noun_is_whose_not_whom():
    text = "Marquez spoke by telephone with her Nigerian counterpart Daniel Okafor on Saturday."
    people = {MARQUEZ: ("Elena Marquez", "Marquez"), OKAFOR: ("Daniel Okafor",), LINDQVIST: ("her",)}
    (found,) = meet(text, people)
    assert pairs([found]) == {pair("Elena Marquez", "Daniel Okafor")}
    assert (found.kind, found.when) == ("phone call", "on Saturday")


def test_an_open_her_at_the_start_is_the_person_before():
    text = "Lindqvist had breakfast with the cabinet. After her meeting with Okafor, aides announced a deal."
    assert pairs(meet(text, {LINDQVIST: ("Lindqvist",), OKAFOR: ("Okafor",)})) == {
        pair("Anna Lindqvist", "Daniel Okafor")
    }


def test_a_spokesperson_is_never_a_party_and_the_two_leaders_are_leaders():
    text = (
        "Okafor met Lindqvist in Stockholm on Monday. Spokesperson Ines Varga told reporters that the "
        "two leaders held talks on grain exports at the palace on Monday evening."
    )
    assert pairs(meet(text, {**WIDER, VARGA: ("Ines Varga", "Varga")})) == {
        pair("Daniel Okafor", "Anna Lindqvist")
    }


def test_the_two_leaders_named_two_sentences_before():
    text = (
        "Okafor and Lindqvist opened a trade fair in Stockholm. Okafor toured the port in the afternoon. "
        "The two leaders held a summit at the royal palace that lasted two hours."
    )
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert found[0].kind == "summit"


def test_a_building_taken_for_a_name_is_no_party():
    text = "Marquez was given a welcome at Casa Verde on Sunday at the start of a state visit to Nigeria."
    found = meet(text, {**WIDER, CASA: ("Casa Verde",)})
    assert pairs(found) == {pair("Elena Marquez", "NG")}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Okafor held a meeting with van der Berg in Lagos on Thursday.", "Lena van der Berg"),
        ("Okafor later met van der Berg and thanked her for the aid.", "Lena van der Berg"),
        ("Okafor spoke by phone with bin Rashid on Sunday.", "Omar bin Rashid"),
        ("Talks between Okafor and bin Rashid ran late into the night.", "Omar bin Rashid"),
        ("Okafor held talks with van Dam on Friday.", "Pieter Van Dam"),
    ],
)
def test_a_short_name_that_starts_with_a_lower_case_particle_is_a_participant(text, other):
    # The Cast may mark only "Berg" of "van der Berg"; the particles before it belong to the name.
    people = {OKAFOR: ("Okafor",), VAN_DER_BERG: ("Berg",), BIN_RASHID: ("Rashid",), VAN_DAM: ("Dam",)}
    assert pairs(meet(text, people)) == {pair("Daniel Okafor", other)}


def test_a_lower_case_word_that_is_not_part_of_the_name_still_ends_the_list():
    people = {OKAFOR: ("Okafor",), VAN_DER_BERG: ("Berg",)}
    assert meet("Okafor met reporters before Berg arrived.", people) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Downing Street said the prime minister had spoken to Okafor on Monday evening.",
            {pair("GB", "Daniel Okafor")},
        ),
        (
            "Downing Street said the president of Chile had spoken to Okafor on Monday evening.",
            {pair("CL", "Daniel Okafor")},
        ),
    ],
)
def test_an_unnamed_office_told_by_its_seat_of_government_is_that_country(text, expected):
    found = meet(text, WIDER)
    assert pairs(found) == expected
    assert all(not m.background for m in found)


def test_the_two_leaders_after_a_clause_opener_may_include_the_last_person():
    text = "Okafor hosted Lindqvist at the palace, where the two leaders held talks on Tuesday."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


def test_a_body_taken_for_a_person_makes_no_visit():
    text = "The Hale Gallery bought the painting last year. He arrived in Warsaw from Tahiti in May."
    assert meet(text, {GALLERY: ("Hale Gallery", "He")}) == ()
    from newsbrief import brief

    assert brief(text).meetings == ()  # the whole engine: the Cast's body never visits


def test_the_two_leaders_reach_past_quotes_of_one_of_them():
    text = (
        "Okafor and Lindqvist met in Abuja on Tuesday. Okafor said the pact would help. "
        '"It ends today," Okafor said. "We are ready," Okafor added. The foreign minister of Chile, Elena '
        "Marquez, joined the two leaders by video link."
    )
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Elena Marquez", "Daniel Okafor"),
        pair("Elena Marquez", "Anna Lindqvist"),
    }


def test_the_seats_own_leader_is_not_the_one_the_cast_named_after_the_title():
    # A Cast may give "the president" to Okafor, named after it: he is the other party.
    text = "The Kremlin said the president had spoken to Nigerian President Daniel Okafor on Monday."
    cast = cast_for(text, {OKAFOR: ("Daniel Okafor", "the president")})
    mentions = tuple(
        Mention(m.start, m.end, m.person, "title" if m.kind == "pronoun" else m.kind) for m in cast.mentions
    )
    found = find_meetings(document(text), dataclasses.replace(cast, mentions=mentions))
    assert pairs(found) == {pair("RU", "Daniel Okafor")}


@pytest.mark.parametrize(
    ("name", "words", "held"),
    [
        ("Ursula von der Leyen", "der Leyen", True),
        ("Ursula von der Leyen", "VON DER LEYEN", True),
        ("Ursula von der Leyen", "der Ley", False),  # a word's start is no word
        ("Haider al-Abadi", "al-Abadi", True),
        ("Haider al-Abadi", "Abadi", False),  # inside a hyphenated word
        ("Mohammed bin Salman", "bin Salman", True),
        ("Mohammed bin Salmanov", "bin Salman", False),
        ("Jürgen von Lindqvist", "von Lindqvist", True),  # not ASCII: the pattern reads it
    ],
)
def test_a_name_holds_words_only_as_whole_words(name, words, held):
    from newsbrief.meetings.items import _holds_words

    assert _holds_words(name, words) is held


def test_the_two_leaders_are_leaders_from_farther_back_not_two_business_chiefs():
    chief = Person("Tom Hale", ("Hale",), "chairman", "KR")
    other = Person("Ines Varga", ("Varga",), "chief executive", "KR")
    text = (
        "Yoon will visit Tokyo for a summit with Kishida next week. "
        "The trip will be his first to Japan. It marks a new start. Ties were cold. Trade fell. "
        "Hale and Varga will join the business delegation. "
        "The two leaders will meet again in May, officials said."
    )
    people = {**LEADERS, chief: ("Tom Hale", "Hale"), other: ("Ines Varga", "Varga")}
    found = pairs(meet(text, people))
    assert pair("Tom Hale", "Ines Varga") not in found
    assert pair("Yoon Suk Yeol", "Fumio Kishida") in found
