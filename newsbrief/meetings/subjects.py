"""The sentence's own subject, from the sentence record (newsbrief/readings.py), for a meeting word
that stands far from it: "Yoon, who arrived in Washington on Tuesday for the NATO summit, shared his
concerns over the ties between Russia and North Korea during a summit with Kishida" (a relative
clause, an apposition or a participle after the subject, then the main verb and its object before
the meeting phrase). The nearest-person reader (participants.read_subjects) gives up there; the
record's subject rule (readings.subject_mention: the first person outside quotations past a
leading phrase, not an owner or an object) says whose clause it is.

Only when nothing opens another clause between the subject and the meeting word: a reporting verb
("Yoon said Kishida ..."), a clause word ("which", "because", data/meeting_words.tsv `stop`), a
quotation, or another person (an object that may be the one who meets). A reporting verb whose
own phrase of time the meeting is ("X said after a visit to Seoul that ...", "X told reporters at
a briefing following talks with Y") opens no clause: only its audience (meeting_words.tsv
`audience`) stands between it and the phrase.

A meeting word inside the sentence's leading phrase ("During a visit to Japan, X was asked ...",
"Speaking to reporters after a meeting with Y, X said ...") belongs to the main clause, whose
subject the record names (Reading.lead_end, Reading.subject)."""

from __future__ import annotations

import re

from newsbrief import readings
from newsbrief.meetings.gaps import NAME_LEAD, gap_clean, word_tokens
from newsbrief.meetings.items import Item
from newsbrief.meetings.tables import tables
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
# "the Canadian banker Peter Grant said": a short description before the name that opens a clause.
_DESCRIBED = re.compile(r"\A(?:[Tt]he|[Aa]n?)\s+(?:[\w.'’\-]+\s+){0,4}\Z")
# The comma phrase right after the subject: ", who arrived ...,", ", the former diplomat,".
_COMMA_PHRASE = re.compile(r"\s*,[^,;:]{1,200},")


def _inside(spans, at: int) -> bool:
    return any(s.start <= at < s.end for s in spans)


def _to_audience(text: str, start: int, end: int) -> bool:
    """Only a reporting verb's audience and when between `start` and `end`: "told reporters at a
    briefing", "said on Tuesday", "said" (nothing); not "said that", "said the deal ..."."""
    t = tables()
    return all(
        tok[0].isupper() or tok.isdigit() or tok == "," or t.has(tok.lower(), "audience")
        for tok in word_tokens(text[start:end])
    )


# The second verb of a compound predicate: "... and will this week visit", "... and later met".
_SECOND_VERB = re.compile(
    r"\s+and\s+(?:(?:will|would|also|later|then|is\s+to|are\s+to)\s+)?"
    r"(?:(?:this|next)\s+(?:week|month)\s+|\w+ly\s+)?\Z"
)
# ... at most this many words before it, in the first verb's phrase.
_PREDICATE_TOKENS = 24
_AND_PARTNER = re.compile(r"\s+and\s+(?:[\w.'’\-]+\s+){0,4}?\Z")


def _joined_partner(text: str, items: list[Item], subject: Item, trigger: int) -> Item | None:
    """The person joined to the subject by "and" right after it ("Funaro and central bank governor
    Gros"), who shares its verbs."""
    following = [i for i in items if subject.end <= i.start < trigger and i.person is not None]
    if not following or following[0].possessive or following[0].person == subject.person:
        return None
    nxt = following[0]
    gap = text[subject.end : nxt.start]
    return nxt if _AND_PARTNER.fullmatch(gap) and gap_clean(gap, 6) else None


def _lead_subject(text: str, record: Reading, items: list[Item], trigger: int) -> Item | None:
    """The main clause's subject, for a meeting word inside the sentence's leading phrase: the
    person who opens the clause after it (only titles before the name), not one named later in it."""
    if record.subject is None or not (record.start <= trigger < record.lead_end <= record.subject.start):
        return None
    opener = text[record.lead_end : record.subject.start]
    if not NAME_LEAD.match(opener) and not (_DESCRIBED.match(opener) and gap_clean(opener, 6)):
        return None  # "As to when it will arrive in Manila, we expect ... Motor Show": no opener
    return next(
        (
            i
            for i in items
            if i.person == record.subject_person
            and i.start <= record.subject.start < i.end
            and not i.possessive
        ),
        None,
    )


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
    if trigger < record.lead_end:
        return _lead_subject(text, record, items, trigger)
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
    verbs = [v for v in record.reporting_verbs if subject.end <= v.start and v.end <= trigger]
    phrase = _COMMA_PHRASE.match(text, subject.end, trigger)
    rest = phrase.end() if phrase else subject.end
    partner = None if phrase else _joined_partner(text, items, subject, trigger)
    if partner is not None and not noun:
        rest = partner.end  # "Funaro and central bank governor Gros spent ... and will visit ..."
    if any(
        i.person is not None and i.person != subject.person and not i.possessive and rest <= i.start < trigger
        for i in items
    ):
        return None  # "Yoon thanked Kishida ... during talks with X": who met X is not sure
    if not noun:
        # "Yoon, a former prosecutor who ..., met Kishida": only the verb's adverbs may follow.
        if phrase is None and text.startswith(",", subject.end, trigger):
            return None  # "Dumas, an aide to President X, met Y": X closes an apposition of another
        if verbs:
            return None
        if gap_clean(text[rest:trigger], _VERB_TOKENS):
            return subject
        # "A and B spent two days in Washington talking to officials and will this week visit X":
        # a second verb of the same subject, with no comma or clause word between.
        tail = _SECOND_VERB.search(text, rest, trigger)
        between = text[rest : tail.start()] if tail else ""
        return subject if tail and "," not in between and gap_clean(between, _PREDICATE_TOKENS) else None
    phrase_open = _IN_PHRASE.search(text, max(rest, trigger - 40), trigger)
    if phrase_open is None:
        return None  # the noun must open a phrase of the clause: "during a summit with", "in talks with"
    clause_end = phrase_open.start()
    if verbs:
        if len(verbs) > 1 or not _to_audience(text, verbs[0].end, clause_end):
            return None  # "Yoon said Kishida ...": the meeting is in what was said
        clause_end = verbs[0].start  # "Yoon said after talks with Kishida that ...": the verb's own phrase
    # Up to the phrase's own preposition ("spoke to reporters after talks with": "after" opens it).
    return subject if gap_clean(text[rest:clause_end], _MAX_TOKENS) else None
