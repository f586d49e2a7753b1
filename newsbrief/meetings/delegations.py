"""Talks between delegations: "Talks on Gibraltar begin on Wednesday. Dominic Hale will represent the UK,
while Madrid is represented by Jose Luis Pons": the countries represented at talks told in the same
or the sentence before met, each as a country (its envoy is an official, not a leader).

Why a rule of its own: talks at the level of envoys (trade rounds, peace and border talks, the
EU's negotiations) are reported by who represents each side, often one side a sentence, and no
meeting verb joins the two; the meeting word ("talks") comes sentences before."""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.meetings.items import PLACE_KINDS, Item
from newsbrief.model import Document, Meeting, Participant, Sentence

# "will represent the UK", "representing Spain": the country right after.
_REPRESENTS = re.compile(r"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?\Z", re.I)
# "Madrid is represented by", "with Sweden represented by": the country right before.
_REPRESENTED_BY = re.compile(
    r"\s+(?:(?:is|was|are|were|will\s+be|would\s+be)\s+(?:being\s+)?)?represented\s+by\b", re.I
)
# The talks they are represented at: told at most this many sentences before.
_TALKS_REACH = 6
_TALKS = re.compile(r"\b(?:talks|negotiations|discussions|consultations|meeting|summit)\b", re.I)


def represented(doc: Document, sentence: Sentence, items: list[Item]) -> tuple[str, ...]:
    """The countries a sentence says are represented: "will represent the UK", "Madrid is represented by"."""
    text = doc.text
    countries: list[str] = []
    for item in items:
        if item.person is not None or item.possessive or item.kind not in (*PLACE_KINDS, "demonym"):
            continue
        if item.country is None or item.country in countries:
            continue
        if _REPRESENTS.search(text, sentence.start, item.start) or _REPRESENTED_BY.match(
            text, item.end, sentence.end
        ):
            countries.append(item.country)
    return tuple(countries)


def delegation_meeting(doc: Document, sentence: Sentence, countries: tuple[str, ...]) -> Meeting | None:
    """One meeting of the countries represented in this sentence and the one before (`countries`),
    when talks were told shortly before."""
    if len(countries) < 2:
        return None
    first = doc.sentences[max(0, sentence.index - _TALKS_REACH)]
    if not _TALKS.search(doc.text, first.start, sentence.end):
        return None
    return Meeting(tuple(Participant(None, c) for c in countries), "talks", None, None, sentence.text)


def with_represented(meeting: Meeting, countries: tuple[str, ...]) -> Meeting:
    """A meeting the same sentence says a country is represented at has that country too (its
    envoy unnamed, or no leader), unless one of its people is there already."""
    present = {p.country for p in meeting.participants}
    added = tuple(Participant(None, c) for c in countries if c not in present)
    return replace(meeting, participants=meeting.participants + added) if added else meeting
