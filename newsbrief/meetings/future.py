"""Meetings announced rather than held: "will meet", "is due to hold talks with", "next week's visit",
"Yoon to meet Kishida", or a time still to come ("meets Kishida next week"); cues in
data/meeting_future.tsv. A meeting that did not happen ("had been due to meet") never gets here:
meeting_negation drops it first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsbrief.meetings.gaps import gap_ok, word_tokens
from newsbrief.meetings.items import MeetingReading
from newsbrief.model import Sentence
from newsbrief.tables import read_table

# How far before the meeting word a governing cue is looked for: "will travel to Nigeria next
# week to meet" (only light words and names may stand between, so a longer reach is safe).
_BEFORE_CHARS = 70
# How far after the participants a time still to come is looked for, within their clause.
_AFTER_CHARS = 40
# "... was scheduled": the copula before an "after" cue ("had been" is left out: often undone).
_COPULA = re.compile(
    r"\s*,?\s*(?:(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:\w+ly\s+)?)?", re.I
)
# A modal the meeting word's own pattern holds ("will host", "to host"): cues are read before it.
_LEADING_MODAL = re.compile(r"(?:to|will|would|shall)\s+", re.I)


@dataclass(frozen=True)
class FutureCues:
    before: tuple[re.Pattern[str], ...]
    subject: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]
    cancels: tuple[re.Pattern[str], ...]
    times: tuple[re.Pattern[str], ...]
    past: frozenset[str]
    adjectives: frozenset[str]


def _cue(text: str) -> re.Pattern[str]:
    body = re.escape(text).replace("'", "['’]")
    lead = r"(?<![\w'’])" if text[0].isalnum() else ""
    return re.compile(lead + body + r"(?![\w])", re.I)


@cache
def future_cues() -> FutureCues:
    rows = read_table("meeting_future.tsv", ("cue", "where"))

    def where(kind: str) -> list[str]:
        return [cue for cue, w in rows if w == kind]

    return FutureCues(
        before=tuple(_cue(c) for c in where("before")),
        subject=tuple(_cue(c) for c in where("subject")),
        after=tuple(_cue(c) for c in where("after")),
        cancels=tuple(_cue(c) for c in where("cancels")),
        times=tuple(_cue(c) for c in where("time")),
        past=frozenset(where("past")),
        adjectives=frozenset(where("adjective")),
    )


def _governed(text: str, window_start: int, verb_start: int) -> bool:
    """A future cue stands before the meeting word with only light words between."""
    cues = future_cues()
    for pattern in cues.before:
        for m in pattern.finditer(text, window_start, verb_start):
            if any(c.match(text, m.start()) for c in cues.cancels):
                continue
            if gap_ok(text[m.end() : verb_start], ("light",), adverbs=True):
                return True
    return False


def _right_after_subject(text: str, reading: MeetingReading, verb_start: int) -> bool:
    subject_end = max((p.end for p in reading.parties if p.end <= verb_start), default=None)
    if subject_end is None:
        return False
    gap = text[subject_end:verb_start]
    return any(p.fullmatch(gap.strip()) for p in future_cues().subject)


def _announced_after(text: str, reading: MeetingReading, sentence_end: int) -> bool:
    """ "X's meeting with Y was scheduled two weeks ago": what the meeting is, after its participants."""
    copula = _COPULA.match(text, reading.end, sentence_end)
    return any(p.match(text, copula.end(), sentence_end) for p in future_cues().after)


def _time_to_come(text: str, reading: MeetingReading, when: str | None, sentence_end: int) -> bool:
    cues = future_cues()
    if when and any(p.search(when) for p in cues.times):
        return True
    after = text[reading.end : min(reading.end + _AFTER_CHARS, sentence_end)]
    after = re.split(r"[,;:]", after, maxsplit=1)[0]
    return any(p.search(after) for p in cues.times)


def _past_verb(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """The meeting word, or a verb just before it ("held talks"), is in the past tense."""
    cues = future_cues()
    words = word_tokens(text[max(sentence.start, start - 20) : end])
    head = word_tokens(text[start:end])[:1]
    near = words[-4:] if head else words
    for w in near:
        low = w.lower()
        if not w.islower():
            continue  # a name ("Ahmed meets Y"), not a verb
        if low in cues.past or (low.endswith("ed") and len(low) > 4 and low not in cues.adjectives):
            return True
    return False


def is_planned(
    text: str, sentence: Sentence, reading: MeetingReading, start: int, end: int, when: str | None
) -> bool:
    """True for a meeting announced, not yet held: a future cue governs the meeting word, or the
    meeting's time is still to come and its verb is not in the past tense."""
    lead = _LEADING_MODAL.match(text, start, end)
    verb_start = lead.end() if lead else start
    window_start = max(sentence.start, start - _BEFORE_CHARS)
    if (
        _governed(text, window_start, verb_start)
        or _right_after_subject(text, reading, verb_start)
        or _announced_after(text, reading, sentence.end)
    ):
        return True
    return _time_to_come(text, reading, when, sentence.end) and not _past_verb(text, sentence, start, end)
