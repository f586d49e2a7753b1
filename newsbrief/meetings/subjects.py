"""The sentence's own subject, from the sentence record (newsbrief/readings.py), for a meeting word
that stands far from it: "Yoon, who arrived in Washington on Tuesday for the NATO summit, shared his
concerns over the ties between Russia and North Korea during a summit with Kishida" (a relative
clause, an apposition or a participle after the subject, then the main verb and its object before
the meeting phrase). The nearest-person reader (participants.read_subjects) gives up there; the
record's subject rule (readings.subject_mention: the first person outside quotations past a
leading phrase, not an owner or an object) says whose clause it is.

Only when nothing opens another clause between the subject and the meeting word: a reporting verb
("Yoon said Kishida ..."), a clause word ("which", "because", data/meeting_words.tsv `stop`), a
quotation, or another person (an object that may be the one who meets)."""

from __future__ import annotations

import re

from newsbrief import readings
from newsbrief.meetings.gaps import gap_clean
from newsbrief.meetings.items import Item
from newsbrief.model import Cast, Reading, Sentence

# Between the subject and the meeting word, past its comma phrase: the main verb, its object and
# the phrase that opens the meeting ("shared his concerns over ... during a").
_MAX_TOKENS = 24
# ... and before a meeting verb, past its comma phrase: "also", "on Tuesday".
_VERB_TOKENS = 4
# The meeting noun opens a phrase of the clause: "during a summit with", "in talks with".
_IN_PHRASE = re.compile(
    r"\b(?:during|in|at|after|over|following|amid)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}\Z"
)
# The comma phrase right after the subject: ", who arrived ...,", ", the former diplomat,".
_COMMA_PHRASE = re.compile(r"\s*,[^,;:]{1,200},")


def _inside(spans, at: int) -> bool:
    return any(s.start <= at < s.end for s in spans)


def told_subject(
    text: str,
    cast: Cast,
    record: Reading | None,
    sentence: Sentence,
    items: list[Item],
    trigger: int,
    *,
    noun: bool,
) -> Item | None:
    """The subject of the clause the meeting word at `trigger` stands in, when only a comma phrase,
    the main verb and its object lie between a meeting noun's phrase ("during a summit with") and
    the subject, or only a comma phrase and adverbs before a meeting verb (`noun` False); else
    None (see the module docstring)."""
    if record is None or _inside(record.quotations, trigger):
        return None
    named = [
        (m.start, m.end, m.person, m.kind)
        for m in cast.mentions_in(sentence.start, trigger)
        if m.start >= sentence.start
        and cast.people[m.person].kind == "person"
        and not _inside(record.quotations, m.start)
    ]
    found = readings.subject_mention(
        text, sentence, named, max(record.lead_end, sentence.start), limit=trigger
    )
    if found is None:
        return None
    subject = next(
        (i for i in items if i.person == found[2] and i.start <= found[0] < i.end and not i.possessive), None
    )
    if subject is None or subject.end > trigger:
        return None
    if any(subject.end <= v.start and v.end <= trigger for v in record.reporting_verbs):
        return None  # "Yoon said Kishida ...": the meeting is in what was said
    phrase = _COMMA_PHRASE.match(text, subject.end, trigger)
    rest = phrase.end() if phrase else subject.end
    if any(
        i.person is not None and i.person != subject.person and not i.possessive and rest <= i.start < trigger
        for i in items
    ):
        return None  # "Yoon thanked Kishida ... during talks with X": who met X is not sure
    if not noun:
        # "Yoon, a former prosecutor who ..., met Kishida": only the verb's adverbs may follow.
        return subject if gap_clean(text[rest:trigger], _VERB_TOKENS) else None
    phrase_open = _IN_PHRASE.search(text, max(rest, trigger - 40), trigger)
    if phrase_open is None:
        return None  # the noun must open a phrase of the clause: "during a summit with", "in talks with"
    # Up to the phrase's own preposition ("spoke to reporters after talks with": "after" opens it).
    return subject if gap_clean(text[rest : phrase_open.start()], _MAX_TOKENS) else None
