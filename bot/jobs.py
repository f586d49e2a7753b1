"""Work the bot hands to its engine worker processes.

Module-level functions (so they can be sent to another process) that import
nothing from discord: a worker loads the engine, not the Discord client.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot import fetch
from bot.briefing.model import Briefing, Meeting, Participant, Source

MEETINGS_FOR_PICTURE = 2  # a picture of one meeting says no more than its line


@dataclass(frozen=True)
class Briefed:
    briefing: Briefing
    picture: bytes | None = None  # PNG of who met whom, when there is one


def brief_text(
    brief_fn: Callable[..., Briefing], text: str, n_sentences: int | None, html: bool | None
) -> Briefed:
    briefing = brief_fn(text, None, n_sentences=n_sentences, html=html)
    return Briefed(briefing, meetings_picture(briefing) if wants_picture(briefing) else None)


def brief_page(brief_fn: Callable[..., Briefing], page: Any, n_sentences: int | None) -> Briefed:
    """Extract the article from a fetched page and brief it."""
    article = page.article or fetch.read_article(page)
    briefing = brief_fn(page.html, page.url, n_sentences=n_sentences, html=True, article=article)
    return Briefed(briefing, meetings_picture(briefing) if wants_picture(briefing) else None)


def wants_picture(briefing: Briefing) -> bool:
    return len(briefing.meetings) >= MEETINGS_FOR_PICTURE and picture_available()


def meetings_picture(briefing: Briefing) -> bytes:
    from bot.briefing import picture

    out = io.BytesIO()
    picture.draw_meetings(briefing, out)
    return out.getvalue()


def warm_picture() -> None:
    """Draw once so a worker has matplotlib loaded before a user waits for it."""
    if picture_available():
        meet = Meeting((Participant("A", "NO"), Participant("B", "SE")), "talks", None, None, "")
        meetings_picture(Briefing(source=Source(), meetings=(meet, meet)))


def picture_available() -> bool:
    return importlib.util.find_spec("bot.briefing.picture") is not None
