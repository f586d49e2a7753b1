"""One entry per set of participants: the same meeting reported twice is merged; held meetings of the
current story first, then announced ones, then background."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from newsbrief.meetings.groups import participant_key
from newsbrief.meetings.tables import KIND_ORDER
from newsbrief.model import Meeting


def _standing(m: Meeting) -> int:
    """Held now, announced, past: the order of the list, and which report of a pair wins."""
    return 2 if m.background else 1 if m.planned else 0


def merge_meetings(found: list[Meeting], headlined: Collection[str] = ()) -> list[Meeting]:
    """The same pair described twice is one entry: richest kind, first place and time. A meeting held
    wins over the same pair's announced or past one (their place and kind were another day's): the
    pair that met now and plans to meet again is listed as met. Within each standing, the meetings
    of more people the headline names (`headlined`) come first, then in the order told."""
    merged: dict[frozenset[str], Meeting] = {}
    for m in found:
        key = frozenset(participant_key(p) for p in m.participants)
        old = merged.get(key)
        if old is None:
            merged[key] = m
        elif _standing(old) != _standing(m):
            merged[key] = min(old, m, key=_standing)
        else:
            merged[key] = replace(
                old,
                kind=min(old.kind, m.kind, key=KIND_ORDER.index),
                where=old.where or m.where,
                when=old.when or m.when,
            )
    kept = [m for m in merged.values() if not _named_elsewhere(m, merged.values())]
    return sorted(kept, key=lambda m: (_standing(m), -sum(p.name in headlined for p in m.participants)))


def _named_elsewhere(meeting: Meeting, meetings) -> bool:
    """'Yoon travelled to Tokyo to meet Kishida': the visit to Japan is the meeting with Japan's
    Kishida, listed once under his name (a country stands in only where nobody is named)."""
    places = [p for p in meeting.participants if not p.name and p.country]
    if len(places) != 1 or len(meeting.participants) != 2:
        return False
    place = places[0]
    other = next(p for p in meeting.participants if p is not place)
    return any(
        other in m.participants
        and any(p.name and p.country == place.country for p in m.participants)
        and _standing(m) <= _standing(meeting)
        for m in meetings
        if m is not meeting and len(m.participants) == 2
    )
