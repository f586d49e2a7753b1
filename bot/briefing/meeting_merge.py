"""One entry per set of participants: the same meeting reported twice is merged; current meetings first."""

from __future__ import annotations

from dataclasses import replace

from .meeting_groups import participant_key
from .meeting_tables import KIND_ORDER
from .model import Meeting


def merge_meetings(found: list[Meeting]) -> list[Meeting]:
    """The same pair described twice is one entry: richest kind, first place and time. A past
    meeting of the same pair adds nothing to a current one (its place and kind were another day's)."""
    merged: dict[frozenset[str], Meeting] = {}
    for m in found:
        key = frozenset(participant_key(p) for p in m.participants)
        old = merged.get(key)
        if old is None:
            merged[key] = m
        elif old.background != m.background:
            merged[key] = m if old.background else old
        else:
            merged[key] = replace(
                old,
                kind=min(old.kind, m.kind, key=KIND_ORDER.index),
                where=old.where or m.where,
                when=old.when or m.when,
            )
    meetings = list(merged.values())
    return [m for m in meetings if not m.background] + [m for m in meetings if m.background]
