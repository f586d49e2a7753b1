"""The meeting reader's data: meeting words and their frames, list words, negations, plans and times.

Read once from data/meeting_verbs.tsv, meeting_words.tsv, meeting_negations.tsv
and meeting_times.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsbrief.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from newsbrief.tables import read_table

# Richest first: when one pair is reported twice, the more specific kind wins.
KIND_ORDER = ("summit", "bilateral meeting", "phone call", "talks", "visit", "meeting")

# Month names and their short forms, and weekday names (not "Sun", "Sat": words of names and
# places): from the one calendar, data/calendar.tsv.
MONTHS_DAYS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES)

# Each table's header row, checked when it is read.
_COLUMNS = {
    "meeting_verbs.tsv": ("pattern", "kind", "frame", "places", "together", "then"),
    "meeting_words.tsv": ("word", "role"),
    "meeting_negations.tsv": ("cue", "where"),
    "meeting_times.tsv": ("pattern", "tense"),
}


@dataclass(frozen=True)
class MeetingWord:
    pattern: re.Pattern[str]
    kind: str
    frame: str  # "verb" or "noun"
    places: bool
    together: bool  # "X and Y <word>" is a meeting of X and Y
    then: re.Pattern[str] | None  # what must follow the participants, if anything


@dataclass(frozen=True)
class Tables:
    words: tuple[MeetingWord, ...]
    finder: re.Pattern[str]
    roles: dict[str, frozenset[str]]
    negations_before: tuple[re.Pattern[str], ...]
    negations_after: tuple[re.Pattern[str], ...]
    negations_near: tuple[re.Pattern[str], ...]
    undone_later: re.Pattern[str]
    undone_after: re.Pattern[str]
    denial: re.Pattern[str]
    plans: tuple[re.Pattern[str], ...]
    times: tuple[tuple[re.Pattern[str], str], ...]
    purpose: re.Pattern[str]

    def has(self, word: str, *roles: str) -> bool:
        bare = word.rstrip(".")  # "leaders." at a sentence end, but "sens." as written
        return any(word in self.roles.get(r, ()) or bare in self.roles.get(r, ()) for r in roles)


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return read_table(name, _COLUMNS[name])


@cache
def tables() -> Tables:
    words = tuple(
        MeetingWord(
            re.compile(p, re.I),
            kind,
            frame,
            places == "yes",
            together == "yes",
            None if then == "-" else re.compile(then),
        )
        for p, kind, frame, places, together, then in _rows("meeting_verbs.tsv")
    )
    # One finder over every pattern, longest first so "bilateral meetings" beats "meetings".
    patterns = sorted({w.pattern.pattern for w in words}, key=len, reverse=True)
    finder = re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.I)
    roles: dict[str, set[str]] = {}
    for word, role in _rows("meeting_words.tsv"):
        roles.setdefault(role, set()).add(word)
    negations = _rows("meeting_negations.tsv")

    def cue_words(text: str) -> str:
        # "If elected, ..." at a sentence start, but "may" never as the month "May".
        return re.escape(text) if text.capitalize() in MONTHS_DAYS else "(?i:" + re.escape(text) + ")"

    def cue(text: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w'’])" + cue_words(text) + r"(?![\w])")

    def any_cue(where: str) -> tuple[re.Pattern[str], ...]:
        """One pattern of every cue of a kind: one search per meeting word, not one per cue. The
        cues share their edges, written once around them all (a third of the compile time)."""
        bodies = sorted((cue_words(c) for c, w in negations if w == where), key=len, reverse=True)
        return (re.compile(r"(?<![\w'’])(?:" + "|".join(bodies) + r")(?![\w])"),) if bodies else ()

    later = "|".join(re.escape(c) for c, where in negations if where == "later")
    denials = "|".join(re.escape(c) for c, where in negations if where == "denial")
    purpose_nouns = "talks|summit|meeting|meetings|discussions|negotiations|consultations|visit|state visit"
    return Tables(
        words=words,
        finder=finder,
        roles={k: frozenset(v) for k, v in roles.items()},
        negations_before=any_cue("before"),
        negations_after=any_cue("after"),
        negations_near=tuple(cue(c) for c, where in negations if where == "near"),
        # "..., but the meeting was cancelled": the meeting itself, named again, and what befell it.
        undone_later=re.compile(
            r"\b(?:the|that|this|their|its|his|her|a|any|such)\s+(?:[\w\-]+\s+){0,2}?"
            r"(?:" + purpose_nouns + r"|trip|call|encounter)\s+"
            r"(?:(?:was|were|is|are|has|have|had|been|be|would|will|now|later|also|then|since|"
            r"eventually|ultimately|abruptly|quietly)\s+)*(?:" + later + r")\b",
            re.I,
        ),
        # "A meeting between X and Y, planned for Wednesday, was postponed": right after the
        # participants (and an appositive between commas), what befell the meeting they name.
        undone_after=re.compile(
            r"\A\s*(?:,[^,;:.]{1,80},\s*)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
            r"will\s+be|would\s+be|had|has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:" + later + r")\b",
            re.I,
        ),
        # "denied a report that X had met Y", "dismissed reports of a meeting": the clause denied.
        denial=re.compile(
            r"\b(?:" + denials + r")\s+(?:(?!and\b|but\b|or\b|said\b)[\w\-'’]+\s+){0,6}?"
            r"(?:that|(?:reports?|claims?|rumou?rs?|speculation|suggestions?|talk|news)\s+of)\b",
            re.I,
        ),
        plans=any_cue("plan"),
        times=tuple((re.compile(r"\b(?:" + p + r")\b"), t) for p, t in _rows("meeting_times.tsv")),
        purpose=re.compile(
            r"\A\s*,?\s*(?:for|to\s+hold|to\s+attend)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?"
            r"(" + purpose_nouns + r")\b",
            re.I,
        ),
    )
