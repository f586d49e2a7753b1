"""When and where a meeting took place, and whether it is past (background) rather than current news."""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.calendar import MONTH_NAME
from newsbrief.meetings.gaps import gap_clean, gap_ok, word_tokens
from newsbrief.meetings.items import Item
from newsbrief.meetings.tables import MONTHS_DAYS, tables
from newsbrief.model import Sentence

_WHERE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+((?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*)"
)
# "talks at the prime minister's office in Tokyo", "met at a resort in Florida": a building, then the place.
_BUILDING = re.compile(
    r"\A\s+(?:at|inside)\s+(?:the|a|an|his|her|their)\s+(?:(?!of\b)[a-z][\w'’\-]*\s+){1,4}\Z"
)
# "their June summit", "the 2019 talks": a month or year worn as an adjective names a past meeting
# ("the Dec. 28 meeting", with its day, is usually one to come).
_ATTRIBUTIVE_PAST = re.compile(
    r"(?:\b(?:their|his|her|its|the)|['’]s?)\s+(?:" + MONTH_NAME + r"|(?:19|20)\d\d)\s+(?:[a-z\-]+\s+)?\Z"
)

# "in April", "last March": a month with no day or year.
_MONTH_ONLY = re.compile(
    r"(?:(?:in|last|early|late|mid-)\s*)?" + MONTH_NAME,
    re.I,
)

_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:met|visited|held|hosted|spoken|talked)\b")
# "Downing Street said the prime minister had spoken to X on Monday": reported speech moves a
# recent past back to "had"; with a time of the story given, it is not background.
_REPORTED = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced|confirmed|reported)\s+(?:that\s+)?(?:[\w.'’\-]+\s+){0,6}\Z"
)


# A time after the meeting word stands within its clause of 60 tokens, at most this far.
_AFTER_CHARS = 1200


@lru_cache(maxsize=4)
def _sentence_times(text: str, start: int, end: int) -> tuple[tuple[int, int, str, str], ...]:
    """Every time expression of a sentence (start, end, words, tense), found once per sentence
    however many meeting words it holds (a str hashes once, so the key costs nothing)."""
    return tuple(
        (m.start(), m.end(), m.group(0), tense)
        for pattern, tense in tables().times
        for m in pattern.finditer(text, start, end)
    )


def meeting_when(
    text: str, sentence: Sentence, anchor: int, *, before_ok: bool = True
) -> tuple[str | None, bool]:
    """The time expression of the meeting's own clause, and whether it is background: the nearest
    after the meeting word, or one shortly before it with no comma between ("on Tuesday, X met Y"
    is the one exception: a time that opens the sentence). A planned meeting's time comes after
    it (`before_ok` False): "met Y on Monday ahead of a planned visit" gives the visit no date."""
    best: tuple[int, str, str] | None = None
    for m_start, m_end, words, tense in _sentence_times(text, sentence.start, sentence.end):
        if m_start >= anchor:
            if m_start - anchor > _AFTER_CHARS or not gap_clean(text[anchor:m_start], 60):
                continue  # "..., the first summit since relations thawed last year": another clause
            distance = m_start - anchor
        elif before_ok and anchor - m_end <= 40 and "," not in text[m_end:anchor]:
            distance = anchor - m_end + 1
        elif not re.search(r"[^\W\d_]", text[sentence.start : m_start]):
            distance = 200  # "Yesterday, he held talks with ..."
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, words, tense)
    if best is None:
        return None, False
    return re.sub(r"\s+", " ", best[1]), best[2] == "background"


# "... will fly to Paris on Friday, where he is expected to meet Y": the clause "where" opens.
_WHERE_CLAUSE = re.compile(r",\s+where\s+")


def relative_clause_when(text: str, sentence: Sentence, anchor: int) -> tuple[str | None, bool]:
    """The time of a journey whose "where" clause holds the meeting: "will fly on to Paris on
    Friday, where he is expected to meet Y" meets on Friday. Only a time standing just before the
    comma, and only when nothing but the clause's subject and verb lie between it and the meeting."""
    opened = [m for m in _WHERE_CLAUSE.finditer(text, sentence.start, anchor)]
    if not opened or not gap_clean(text[opened[-1].end() : anchor], 8):
        return None, False
    comma = opened[-1].start()
    for pattern, tense in tables().times:
        for m in pattern.finditer(text, sentence.start, comma):
            if m.end() == comma:
                return re.sub(r"\s+", " ", m.group(0)), tense == "background"
    return None, False


def meeting_where(
    text: str, sentence: Sentence, trigger: int, list_end: int, place: Item | None
) -> str | None:
    """The place named next to the meeting: "in Downing Street" just after the participants, or
    "In Hangzhou, X met Y" just before the meeting word; not "the war in Ukraine" further on."""
    if place is not None:
        return text[place.start : place.end]
    candidates = []
    for m in _WHERE.finditer(text, sentence.start, sentence.end):
        name = m.group(1).rstrip(".,;:")
        words = [w for w in name.split() if w != "the"]
        if not words or words[0].rstrip(".") in MONTHS_DAYS:
            continue
        gap = text[list_end : m.start()]
        if list_end <= m.start() <= list_end + 40 and (
            gap_ok(gap, ("light", "list")) or _BUILDING.match(gap)
        ):
            candidates.append((0, m.start() - list_end, name))
        elif trigger <= m.start() < list_end or 0 <= trigger - m.end() <= 60:
            candidates.append((1, abs(trigger - m.start()), name))
    return re.sub(r"\s+", " ", min(candidates)[2]) if candidates else None


def is_past(text: str, sentence: Sentence, start: int, end: int, when: str | None = None) -> bool:
    """A meeting told as past, so background: "had met", "last year's talks", "their June summit",
    "who visited Manila in April" (a month with no day, and a verb in the past: not this week's news)."""
    lead = text[max(sentence.start, start - 40) : start]
    pluperfect = _PLUPERFECT.search(text, sentence.start, end)
    reported = (
        pluperfect is not None
        and when is not None
        and _REPORTED.search(text, sentence.start, pluperfect.start()) is not None
    )
    return bool(
        (pluperfect and not reported)
        or _past_word(word_tokens(lead)[-3:])
        or _ATTRIBUTIVE_PAST.search(lead)
        or (when is not None and _MONTH_ONLY.fullmatch(when) and _told_in_past(text, sentence, start, end))
    )


def _past_word(tokens: list[str]) -> bool:
    """ "their last meeting", "the previous talks": a word that puts the meeting in the past; not
    "the last of the talks", a place in a series (which may be next week)."""
    return any(
        tables().has(w.lower(), "past") and (k + 1 >= len(tokens) or tokens[k + 1].lower() != "of")
        for k, w in enumerate(tokens)
    )


def _told_in_past(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """ "met", "visited", "held talks", "made a visit": the meeting's verb is in the simple past."""
    verb = word_tokens(text[start:end])[:1]
    before = word_tokens(text[max(sentence.start, start - 30) : start])[-3:]
    t = tables()
    return any(w.lower().endswith("ed") or t.has(w.lower(), "past_form") for w in verb) or any(
        t.has(w.lower(), "past_form") for w in before
    )
