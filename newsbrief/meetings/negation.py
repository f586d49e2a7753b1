"""Meetings that did not or may not happen: refusals, calls and offers (data/meeting_negations.tsv),
a meeting undone later in its sentence, and meetings only planned."""

from __future__ import annotations

import re

from newsbrief.meetings.gaps import CLOSED_RELATIVE, gap_ok
from newsbrief.meetings.items import Item, MeetingReading
from newsbrief.meetings.tables import tables
from newsbrief.model import Sentence

# How far before the meeting word a refusal or condition is looked for ("hopes for a breakthrough
# during next week's visit" is about the breakthrough).
_BEFORE_CHARS = 80
# How close a "near" negation stands to its meeting word: "had hoped to hold a summit with".
_NEAR_CHARS = 32


def negation_start(items: list[Item], reading: MeetingReading, trigger_start: int, sentence: Sentence) -> int:
    """Where refusals and calls are looked for: from a few words before the parties that come before
    the meeting word, or from the person just before them when they are that person's object
    ("X urged Y to meet Z", "X invited Y to visit")."""
    before = [i for i in reading.parties if i.end <= trigger_start]
    if not before:
        return max(sentence.start, trigger_start - _BEFORE_CHARS)
    first = min(before, key=lambda i: i.start)
    preceding = [
        i for i in items if i.end <= first.start and i.person is not None and i not in reading.parties
    ]
    if preceding and first.start - preceding[-1].end <= 40:
        # The whole stretch from the one who urges: "X called on A and B to meet", however long A and B.
        return preceding[-1].end
    # A few words before the first party too: "invited him to visit her", "If elected, X will meet Y".
    return max(sentence.start, first.start - 22, trigger_start - _BEFORE_CHARS)


def is_negated(text: str, window_start: int, trigger_start: int, list_end: int, sentence: Sentence) -> bool:
    t = tables()
    sentence_end = sentence.end
    if _denied(text, sentence.start, trigger_start):
        return True
    # "X, who rejected the loan terms, met Y": a relative clause closed before the meeting word
    # negates only its own verb.
    window = CLOSED_RELATIVE.sub(",", text[window_start:trigger_start])
    if any(p.search(window) for p in t.negations_before):
        return True
    # A "near" cue governs the meeting word: only light words between ("had hoped to hold a summit").
    near_start = max(window_start, trigger_start - _NEAR_CHARS)
    for p in t.negations_near:
        for m in p.finditer(text, near_start, trigger_start):
            if gap_ok(text[m.end() : trigger_start], ("light",), adverbs=True):
                return True
    after = text[list_end : min(list_end + 40, sentence_end)]
    if any(p.search(after) for p in t.negations_after):
        return True
    if t.undone_after.match(text[list_end:sentence_end]):
        return True
    return bool(t.undone_later.search(text, list_end, sentence_end))


def _denied(text: str, sentence_start: int, trigger_start: int) -> bool:
    """The meeting word stands in what a denial denies: "denied reports that X had met Y", with no
    new clause ("; but", ". ") between the denial and the meeting word."""
    before = CLOSED_RELATIVE.sub(",", text[sentence_start:trigger_start])  # "X, who denied ..., met Y"
    for m in tables().denial.finditer(before):
        if not re.search(r"[;:]|\bbut\b|\band\s+(?:said|added|told)\b", before[m.end() :]):
            return True
    return False


def only_planned(text: str, reading: MeetingReading, trigger_start: int, sentence_end: int) -> bool:
    """ "plans to meet", "a planned summit", "a visit is planned": between the subject and the
    meeting word, or just after its participants ("Ahead of the summit, X met Y" is no plan)."""
    subject_end = max((p.end for p in reading.parties if p.end <= trigger_start), default=0)
    before = text[max(subject_end, trigger_start - 30) : trigger_start]
    list_end = reading.end
    after = text[list_end : min(list_end + 25, sentence_end)]
    if any(p.search(before) for p in tables().plans):
        return True
    # After the participants only as what the meeting is: "... is planned", not "met Y as planned".
    copula = re.match(r"\W*(?:is|are|was|were|has\s+been|have\s+been|being|remains?)\s+(?:\w+ly\s+)?", after)
    return bool(copula) and any(p.match(after, copula.end()) for p in tables().plans)
