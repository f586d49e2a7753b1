"""Talks between delegations: "Talks on Gibraltar begin on Wednesday. Dominic Hale will represent the UK,
while Madrid is represented by Jose Luis Pons": the countries represented at talks told in the same
or the sentence before met, each as a country (its envoy is an official, not a leader).

Why a rule of its own: talks at the level of envoys (trade rounds, peace and border talks, the
EU's negotiations) are reported by who represents each side, often one side a sentence, and no
meeting verb joins the two; the meeting word ("talks") comes sentences before."""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.meetings.items import PLACE_KINDS, Item, can_meet
from newsbrief.model import Cast, Document, Meeting, Participant, Sentence

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


# How a story names who leads a delegation: "a delegation led by X", "the delegation's leader, X",
# "X, who heads the delegation", "head of the Japanese delegation, X".
_DELEGATION = r"delegation(?:['’]s)?"
_LEADS_BEFORE = re.compile(
    _DELEGATION + r"\s*,?\s+(?:(?:to\s+be|which\s+is|was|is|will\s+be)\s+)?(?:led|headed)\s+by\s+"
    r"(?:[A-Z][\w.'’\-]*\s+){0,5}\Z"
    r"|" + _DELEGATION + r"\s+(?:leader|head|chief)\s*,?\s+(?:[A-Z][\w.'’\-]*\s+){0,5}\Z"
    r"|\b(?:head|leader|chief)\s+of\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?delegation\s*,\s+"
    r"(?:[A-Z][\w.'’\-]*\s+){0,5}\Z",
    re.I,
)
_LEADS_AFTER = re.compile(
    r"\s*,\s+who\s+(?:leads|led|heads|headed|will\s+lead|will\s+head)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?"
    r"delegation\b",
    re.I,
)


_STATE_DELEGATION = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?delegations?\b")
_DELEGATION_FROM = re.compile(r"\bdelegations?\s+(?:from|of)\s+(?:the\s+)?\Z")


def delegation_heads(doc: Document, cast: Cast) -> dict[str, str]:
    """The person the story names as leading its one delegation from a state, by that state: the
    unnamed side of that state at talks is that delegation ("a 15-member Taiwan delegation left
    for Washington for talks with U.S. officials. The delegation's leader, X, said ...")."""
    text = doc.text
    # The states whose delegation the story names ("a 15-member Taiwan delegation", "the
    # delegation from Japan"): a leader the Cast gives no state leads the one delegation told.
    told = {
        c.code
        for c in cast.country_mentions
        if _STATE_DELEGATION.match(text, c.end)
        or _DELEGATION_FROM.search(text, max(0, c.start - 30), c.start)
    }
    heads: dict[str, set[str]] = {}
    for m in cast.mentions:
        person = cast.people[m.person]
        if m.kind == "pronoun" or not can_meet(person):
            continue
        country = person.country or (next(iter(told)) if len(told) == 1 else None)
        if country is None:
            continue
        if _LEADS_BEFORE.search(text, max(0, m.start - 120), m.start) or _LEADS_AFTER.match(text, m.end):
            heads.setdefault(country, set()).add(person.name)
    return {country: next(iter(names)) for country, names in heads.items() if len(names) == 1}


def with_delegation_heads(meeting: Meeting, heads: dict[str, str]) -> Meeting:
    """A meeting's unnamed side of a state whose delegation the story names a leader of is that
    leader, unless someone of that state is named in it already."""
    named = {p.country for p in meeting.participants if p.name is not None}
    parts = tuple(
        Participant(heads[p.country], p.country)
        if p.name is None
        and p.country in heads
        and p.country not in named
        and heads[p.country] not in {q.name for q in meeting.participants}
        else p
        for p in meeting.participants
    )
    return replace(meeting, participants=parts) if parts != meeting.participants else meeting
