"""Who met whom: meetings read from sentences, participants from the Cast."""

from __future__ import annotations

from .model import Cast, Document, Meeting


def find_meetings(doc: Document, cast: Cast) -> tuple[Meeting, ...]:
    return ()
