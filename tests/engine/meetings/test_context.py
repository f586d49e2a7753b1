"""What the sentences before tell (meetings/context.py):
who "he" and "him" are, who hosted, the story's own president.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsbrief.meetings.find import find_meetings
from newsbrief.model import Mention
from tests.engine.meetings.helpers import (
    BIDEN,
    DUVAL,
    KISHIDA,
    LINDQVIST,
    MARQUEZ,
    OKAFOR,
    PARK,
    PUTIN,
    REPORTER,
    VAN_DER_BERG,
    cast_for,
    cast_with_pronoun,
    document,
    meet,
    pair,
    pairs,
)


def test_a_pronoun_the_cast_gave_to_the_counterpart_is_read_again():
    # A Cast may resolve "he" to the last man named; a person does not hold talks with himself.
    text = (
        "Okafor pledged support for the reforms. Speaking after talks with Kishida, he said more was needed."
    )
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida", "he")}
    assert pairs(meet(text, people)) == {pair("Daniel Okafor", "Fumio Kishida")}


def test_he_after_a_list_of_guests_goes_on_with_the_host():
    # A Cast may give "he" to the last man named; in a run of meetings it is the one holding them.
    text = "Okafor held talks with Kishida and Putin. Yesterday, he held talks with Biden."
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida",), PUTIN: ("Putin", "he"), BIDEN: ("Biden",)}
    assert pairs(meet(text, people)) == {
        pair("Daniel Okafor", "Fumio Kishida"),
        pair("Daniel Okafor", "Vladimir Putin"),
        pair("Daniel Okafor", "Joe Biden"),
    }


def test_a_run_of_meetings_survives_one_sentence_without_one():
    text = (
        "Okafor held talks with Kishida and Putin. Putin is a veteran. Yesterday, he held talks with Biden."
    )
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida",), PUTIN: ("Putin", "he"), BIDEN: ("Biden",)}
    assert pair("Daniel Okafor", "Joe Biden") in pairs(meet(text, people))


def test_after_the_first_meeting_he_is_still_the_host():
    text = (
        "Okafor held a separate meeting with van der Berg and Lindqvist. He also met Chilean Foreign "
        "Minister Elena Marquez."
    )
    people = {
        OKAFOR: ("Okafor",),
        VAN_DER_BERG: ("Berg",),
        LINDQVIST: ("Lindqvist",),
        MARQUEZ: ("Elena Marquez",),
    }
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", LINDQVIST))
    assert pairs(found) == {
        pair("Daniel Okafor", "Lena van der Berg"),
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Daniel Okafor", "Elena Marquez"),
    }


def test_him_received_at_the_palace_is_the_subject_of_the_same_sentence():
    # The Cast may give "him" to the host named last; the one welcomed is the sentence's subject.
    text = (
        "Okafor arrived in Warsaw on Monday. Hale said the visit went well. Okafor was given a guard of "
        "honour at the palace, where Lindqvist received him."
    )
    people = {OKAFOR: ("Okafor",), REPORTER: ("Hale",), LINDQVIST: ("Lindqvist",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "him", LINDQVIST))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Anna Lindqvist", "Daniel Okafor")}


@pytest.mark.parametrize(
    "reception", ["Lindqvist received him at noon.", "Later, Lindqvist hosted a dinner for him."]
)
def test_him_received_after_a_visit_is_the_visitor_not_the_last_named(reception):
    text = "Okafor arrived in Warsaw on Monday. Hale said the visit went well. " + reception
    people = {OKAFOR: ("Okafor",), REPORTER: ("Hale",), LINDQVIST: ("Lindqvist",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "him", LINDQVIST))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Anna Lindqvist", "Daniel Okafor")}


def test_a_past_visit_does_not_make_the_visitor_the_one_received():
    text = (
        "Lindqvist has long backed the reforms, and Okafor's 2019 visit to Warsaw was a turning point. "
        "Marquez received her on Monday."
    )
    people = {LINDQVIST: ("Lindqvist",), OKAFOR: ("Okafor",), MARQUEZ: ("Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "her", MARQUEZ))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "Anna Lindqvist")}


def test_only_a_reception_looks_for_the_visitor():
    text = "Okafor arrived in Warsaw on Monday. Lindqvist praised the reforms. Marquez met with her at noon."
    people = {OKAFOR: ("Okafor",), LINDQVIST: ("Lindqvist",), MARQUEZ: ("Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "her", MARQUEZ))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "Anna Lindqvist")}


def test_he_opening_a_sentence_goes_on_with_the_subject_before():
    # A Cast may give "He" to the last man named; news writing means the subject before.
    text = "Okafor thanked Park for the support. Later, he met Chilean Foreign Minister Elena Marquez."
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Daniel Okafor", "Elena Marquez")}


def test_he_is_not_the_subject_before_when_she_is_a_woman():
    text = "Mrs. Lindqvist thanked Park for the support. He also met Chilean Foreign Minister Elena Marquez."
    # the Cast reads "Mrs." as her gender (Person.gender, people.py); meetings take it from there
    lindqvist = dataclasses.replace(LINDQVIST, gender="female")
    people = {lindqvist: ("Lindqvist",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


def test_he_in_the_middle_of_a_sentence_is_left_to_the_cast():
    text = (
        "Okafor thanked Park for the support. Officials said he met Chilean Foreign Minister Elena Marquez."
    )
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


@pytest.mark.parametrize(
    "first",
    ['"We trust Okafor," Park said.', "Okafor's office thanked Park for the support."],
)
def test_he_goes_on_with_no_name_in_a_quotation_or_a_possessive(first):
    text = first + " He also met Chilean Foreign Minister Elena Marquez."
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


def test_a_bare_the_president_is_the_storys_own_president():
    # The Cast gave "the president" to Park, the president named last; the story is Okafor's.
    text = (
        "Okafor opened the port in Lagos. Okafor, who spoke with Park on Monday, said the deal was done. "
        "Critics of Okafor were muted. Okafor left for the north. On Friday, the president will receive "
        "Duval in Abuja."
    )
    people = {OKAFOR: ("Okafor",), PARK: ("Park", "the president"), DUVAL: ("Duval",)}
    cast = cast_for(text, people)
    mentions = tuple(
        Mention(m.start, m.end, m.person, "title") if text[m.start : m.end] == "the president" else m
        for m in cast.mentions
    )
    found = pairs(find_meetings(document(text), dataclasses.replace(cast, mentions=mentions)))
    assert pair("Daniel Okafor", "Claire Duval") in found
    assert pair("Park Min-jae", "Claire Duval") not in found
