"""The sentence's own subject, read from the sentence record, for a meeting word far from it
(meetings/subjects.py): after a relative clause, an apposition or a participle."""

from __future__ import annotations

import pytest

from tests.engine.meetings.helpers import OKAFOR, WIDER, meet, pair, pairs

OKAFOR_MARQUEZ = {pair("Daniel Okafor", "Elena Marquez")}


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause, then the main verb and its object, then "during talks with"
        "President Okafor, who arrived in Santiago on Monday for the regional summit marking the bloc's "
        "tenth year, raised his worries over the border dispute between Chile and Brazil during talks with "
        "Elena Marquez on Tuesday.",
        # an apposition
        "Okafor, a former general who led the army for a decade, voiced support for the new pipeline "
        "during a meeting with Marquez in Santiago.",
        # a participle
        "Okafor, arriving from Brasilia after a week of talks on debt, pressed for lower tariffs in talks "
        "with Marquez.",
        # the verb after an apposition
        "Okafor, the former general who led the army for a decade, on Tuesday met Marquez.",
    ],
)
def test_the_subject_before_a_long_phrase_met_the_guest(text):
    assert pairs(meet(text, WIDER)) == OKAFOR_MARQUEZ


@pytest.mark.parametrize(
    "text",
    [
        # what was said: the meeting is the quoted person's
        "Okafor, who arrived in Santiago on Monday, said the minister raised the dispute during talks with "
        "Marquez.",
        # another person in between may be the one who met
        "Okafor, who arrived on Monday, thanked Lindqvist for her long support of the bloc's work during "
        "talks with Marquez.",
        # a long stretch before a verb is another clause
        "Okafor, who arrived on Monday, opened the new port on the coast and later in the week met Marquez.",
    ],
)
def test_no_subject_across_a_clause_or_another_person(text):
    assert pair("Daniel Okafor", "Elena Marquez") not in pairs(meet(text, WIDER))


def test_the_subject_speaking_after_talks_held_them():
    text = "Okafor arrived on Monday. He was speaking to reporters after talks with Foreign Minister Marquez."
    people = {**WIDER, OKAFOR: ("Daniel Okafor", "Okafor", "He")}
    assert pair("Daniel Okafor", "Elena Marquez") in pairs(meet(text, people))


@pytest.mark.parametrize(
    "text",
    [
        # the meeting in the leading phrase, the main clause's subject after it
        "During a visit to Chile earlier this month, Okafor was asked by bankers about the debt talks.",
        "Speaking to reporters after a meeting with Marquez in Santiago, Okafor said the pipe was built.",
        "After talks with Marquez in Santiago, the army chief Daniel Okafor said the pipe would be built.",
    ],
)
def test_a_meeting_in_the_leading_phrase_is_the_subjects(text):
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "Elena Marquez") in found or pair("Daniel Okafor", "CL") in found


@pytest.mark.parametrize(
    "text",
    [
        # the reporting verb's own phrase of time: the speaker met
        "Okafor said after talks with Marquez on Tuesday that the border would reopen.",
        "Okafor told journalists at a news conference after private talks with Marquez that it was over.",
    ],
)
def test_a_speaker_whose_verb_the_meeting_phrase_follows_met(text):
    assert pairs(meet(text, WIDER)) == OKAFOR_MARQUEZ


def test_a_meeting_told_inside_what_was_said_is_not_the_speakers():
    text = "Okafor said the ministers had settled the dispute during talks with Marquez."
    assert pair("Daniel Okafor", "Elena Marquez") not in pairs(meet(text, WIDER))


def test_a_leading_phrase_gives_no_meeting_to_a_person_named_late_in_the_clause():
    text = "After a visit to Chile next year, the new model will go on sale at a fair run by Okafor."
    assert not meet(text, WIDER)


def test_a_second_verb_of_a_two_person_subject_after_a_long_first_phrase():
    text = (
        "Okafor and Lindqvist spent two days at the end of last week in the capital talking to "
        "government officials and bankers and will this week visit Chile for discussions."
    )
    assert pair("Daniel Okafor", "CL") in pairs(meet(text, WIDER))


def test_a_second_verb_after_a_clause_word_is_not_the_subjects():
    text = "Okafor said the plan, which bankers disliked, was dead and will this week visit Chile."
    assert pair("Daniel Okafor", "CL") not in pairs(meet(text, WIDER))
