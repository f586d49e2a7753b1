"""Participant lists and subjects (meetings/participants.py)."""

from __future__ import annotations

import pytest

from tests.engine.meetings.helpers import APPOSED, OKAFOR, WIDER, meet, pair, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lindqvist toured the port. Daniel Okafor, the Nigerian president, met Elena Marquez on Friday.",
            {pair("Daniel Okafor", "Elena Marquez")},
        ),
        (
            "Lindqvist toured the harbour. Marquez met Daniel Okafor, the Nigerian president, on Friday.",
            {pair("Daniel Okafor", "Elena Marquez")},
        ),
    ],
)
def test_a_name_and_its_appositive_title_are_one_party(text, expected):
    # The title is the same person told twice, never someone else "met" by the name.
    assert pairs(meet(text, APPOSED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor was accompanied by Foreign Minister Elena Marquez and Anna Lindqvist, who also met "
            "Kishida separately.",
            {pair("Anna Lindqvist", "Fumio Kishida")},
        ),
        (
            "Later in the day, Okafor and Lindqvist, who met Kishida on Monday, signed the accord.",
            {
                pair("Daniel Okafor", "Fumio Kishida"),
                pair("Anna Lindqvist", "Fumio Kishida"),
                pair("Daniel Okafor", "Anna Lindqvist"),
            },
        ),
    ],
)
def test_who_after_an_object_list_is_its_last_person(text, expected):
    assert pairs(meet(text, WIDER)) == expected


def test_and_was_expected_to_meet_goes_on_with_the_sentences_subject():
    text = (
        "Okafor arrived in Warsaw on Monday for talks with his Chilean counterpart, Elena Marquez, and was "
        "expected to meet Lindqvist later in the day."
    )
    people = {**WIDER, OKAFOR: ("Daniel Okafor", "Okafor", "his")}
    found = meet(text, people)
    assert pairs(found) == {
        pair("Daniel Okafor", "PL"),
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Anna Lindqvist"),
    }
    assert [m.planned for m in found if "Anna Lindqvist" in {p.name for p in m.participants}] == [True]


def test_a_list_closed_by_its_and_does_not_take_the_next_clauses_subject():
    text = "After a day of talks with Marquez, Lindqvist and Kishida, Okafor told reporters he was pleased."
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Daniel Okafor", "Fumio Kishida"),
    }


def test_the_person_an_apposition_describes_met_not_the_one_named_inside_it():
    text = "Okafor, a close ally of President Yoon, on Monday met Kishida in Tokyo."
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "Fumio Kishida") in found
    assert pair("Yoon Suk Yeol", "Fumio Kishida") not in found


def test_an_apposition_of_someone_unknown_gives_no_meeting_to_the_one_inside_it():
    text = "Mensah, a close ally of President Yoon, earlier this week met Kishida in Tokyo."
    assert pair("Yoon Suk Yeol", "Fumio Kishida") not in pairs(meet(text, WIDER))


def test_a_pair_whose_second_is_described_before_the_name_met():
    text = "Last week, Okafor and the head of the central bank of Chile, Marquez, met in Santiago."
    assert pair("Daniel Okafor", "Elena Marquez") in pairs(meet(text, WIDER))


def test_a_verb_joined_after_an_objects_relative_clause_goes_on_with_the_subject():
    text = (
        "On Tuesday, Okafor is to have a luncheon meeting with Marquez, who runs the economy, "
        "and meet with Kishida, the head of the legislature."
    )
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "Fumio Kishida") in found
    assert pair("Elena Marquez", "Fumio Kishida") not in found


def test_a_list_of_countries_whose_and_joins_a_body_is_one_list():
    text = (
        "Okafor told reporters at a briefing following informal talks with the Chilean, Japanese and "
        "European Union (EU) trade ministers here."
    )
    assert pairs(meet(text, WIDER)) >= {pair("Daniel Okafor", "CL"), pair("Daniel Okafor", "JP")}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor thanked Marquez for her support and later met Kishida.",
        "Okafor praised Marquez and held talks with Kishida in Tokyo.",
    ],
)
def test_the_object_of_a_first_verb_does_not_meet_the_second_verbs_guest(text):
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "Fumio Kishida") in found
    assert pair("Elena Marquez", "Fumio Kishida") not in found


def _briefed_pairs(text: str) -> set[frozenset[str]]:
    from newsbrief import brief

    return {frozenset(p.name or p.country for p in m.participants) for m in brief(text).meetings}


def test_people_named_out_of_a_noun_that_is_no_group_the_verb_met_did_not_meet_the_subject():
    text = (
        "OTTAWA, May 7, 2025 - Prime Minister Mark Carney met fierce opposition from provincial "
        "premiers, including Alberta Premier Danielle Smith, over the pipeline plan on Wednesday."
    )
    assert frozenset({"Mark Carney", "Danielle Smith"}) not in _briefed_pairs(text)
    grouped = (
        "OTTAWA, May 7, 2025 - Prime Minister Mark Carney met provincial premiers, including "
        "Alberta Premier Danielle Smith, on Wednesday."
    )
    assert frozenset({"Mark Carney", "Danielle Smith"}) in _briefed_pairs(grouped)


def test_diplomats_posted_in_a_capital_are_not_that_capital_s_country():
    text = (
        "HANOI, May 7, 2025 - European diplomats in Hanoi held talks with the visiting Philippine "
        "Foreign Secretary Enrique Manalo on Tuesday, officials said."
    )
    assert not any("VN" in pair for pair in _briefed_pairs(text))


def test_the_one_an_envoy_acts_for_is_no_party_to_the_envoy_s_meeting():
    text = (
        "BRASILIA, May 7, 2025 - President Luiz Inacio Lula da Silva met the special envoy of "
        "President Emmanuel Macron, Jean-Yves Le Drian, at the Planalto Palace on Tuesday."
    )
    found = _briefed_pairs(text)
    assert frozenset({"Luiz Inacio Lula da Silva", "Emmanuel Macron"}) not in found
    assert frozenset({"Luiz Inacio Lula da Silva", "Jean-Yves Le Drian"}) in found
