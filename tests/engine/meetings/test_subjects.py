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
