"""What the sentences before tell the meeting reader: who hosted and who was received, whom "he" and
"the two leaders" mean."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsbrief import model
from newsbrief.meetings.gaps import NAME_LEAD
from newsbrief.meetings.items import MeetingReading, can_meet
from newsbrief.model import Cast, Document, Sentence

# "He" or "she" opening a sentence, after at most a short opener ("Later,", "On Monday,").
_OPENING_PRONOUN = re.compile(r"\A(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,2},\s+)?\Z")
# What may come before a sentence's subject: titles, names, "On Monday,", "The".
_GENDER_OF_PRONOUN = {"he": "male", "she": "female"}


def _gender_of(doc: Document, cast: Cast, person: int) -> set[str]:
    """What the article tells of a person's gender: Person.gender (an honorific, a title, a given
    name) and the pronouns the Cast gave them. Empty when nothing tells."""
    found = {cast.people[person].gender} - {""}
    for m in cast.mentions:
        if m.person == person and m.kind == "pronoun":
            word = doc.text[m.start : m.end].lower()
            if word in ("he", "him", "his", "she", "her"):
                found.add("female" if word in ("she", "her") else "male")
    return found


def keep_sentence_subject(
    doc: Document, cast: Cast, sentence: Sentence, reading: MeetingReading, previous: model.Reading | None
) -> MeetingReading:
    """ "Zelensky thanked Costa for the support. He also met Frederiksen": a "he" opening a sentence
    goes on with the subject of the sentence before, not the last man named in it, as news writing
    does, unless the article tells their genders apart. (A Cast may pick the last person named.)
    The subject is the sentence record's (`previous`, newsbrief/readings.py), when it opens the
    sentence or its clause after a leading phrase, and is a person named, not an owner."""
    if not reading.star or sentence.index == 0 or previous is None or previous.subject is None:
        return reading
    subject = previous.subject_person
    named = list(cast.mentions_in(previous.start, previous.end))
    if (
        subject is None
        or not can_meet(cast.people[subject])
        or re.match(r"['’]s?\b", doc.text[previous.subject.end : previous.subject.end + 3])
        or any(m.kind == "possessive" and m.start == previous.subject.start for m in named)
    ):
        return reading  # "Zelensky's office thanked Costa": the subject is no person
    if not NAME_LEAD.match(doc.text[max(previous.start, previous.lead_end) : previous.subject.start]):
        return reading  # "Officials said Trump ...": the record's subject is not the clause's opener
    parties = list(reading.parties)
    for k in range(reading.hub):
        item = parties[k]
        gender = _GENDER_OF_PRONOUN.get(doc.text[item.start : item.end].lower())
        if (
            item.kind != "pronoun"
            or gender is None
            or item.person == subject
            or item.person not in {m.person for m in named[1:]}
            or not _OPENING_PRONOUN.match(doc.text[sentence.start : item.start])
            or any(p.person == subject for p in parties)
            or _gender_of(doc, cast, subject) - {gender}
        ):
            continue
        parties[k] = replace(item, person=subject, country=cast.people[subject].country)
    return replace(reading, parties=tuple(parties))


def mention_counts(cast: Cast) -> Counter[int]:
    """How often the article names each person (by index): counted once per article."""
    return Counter(m.person for m in cast.mentions)


def prefer_protagonist(
    doc: Document, cast: Cast, reading: MeetingReading, counts: Counter[int]
) -> MeetingReading:
    """ "Milei spoke to Orsi. ... The president will receive Paz": a bare "the president" is the
    story's own president, the holder of that title the article names far most often (`counts`, from
    mention_counts), not the one named last (a Cast may pick the latest)."""
    parties = list(reading.parties)
    for k, item in enumerate(parties):
        if item.kind != "title" or item.person is None:
            continue
        surface = doc.text[item.start : item.end]
        bare = re.fullmatch(r"[Tt]he\s+[a-z][a-z \-]*", surface) or (
            re.fullmatch(r"[a-z][a-z \-]*", surface)
            and re.search(r"\b[Tt]he\s+\Z", doc.text[max(0, item.start - 4) : item.start])
        )
        if not bare:
            continue  # "the Uruguayan president" says whose
        title = (cast.people[item.person].title or "").lower()
        holders = [
            i
            for i, p in enumerate(cast.people)
            if (p.title or "").lower() == title and can_meet(p) and i not in {q.person for q in parties}
        ]
        best = max(holders, key=lambda i: counts[i], default=None)
        if best is not None and counts[best] >= 2 * counts[item.person] and counts[best] >= 3:
            parties[k] = replace(item, person=best, country=cast.people[best].country)
    return replace(reading, parties=tuple(parties))


# "The two leaders" looks this many sentences back for the two.
_HISTORY_SENTENCES = 3
# ... and this many when fewer than two were named in those (quotes of one leader in between).
_PAIR_REACH = 8


def _antecedent(
    doc: Document, cast: Cast, sentence: Sentence, before: int, exclude: set[int], visitors: tuple[int, ...]
) -> int | None:
    """Who a stray "he" or "him" most likely is: the first person named earlier in the same sentence
    ("X was welcomed at the palace, where Y received him"), else one who just came (`visitors`: "X
    arrived in Delhi. ... Y received him"), else the first named in the one or two sentences before."""

    def first_named(start: int, end: int) -> int | None:
        for m in cast.mentions_in(start, end):
            if m.kind == "name" and cast.people[m.person].kind == "person" and m.person not in exclude:
                return m.person
        return None

    found = first_named(sentence.start, before)
    if found is None:
        found = next((v for v in visitors if v not in exclude), None)
    for k in (sentence.index - 1, sentence.index - 2):
        if found is None and 0 <= k < len(doc.sentences):
            found = first_named(doc.sentences[k].start, doc.sentences[k].end)
    return found


def unmirror(
    doc: Document, cast: Cast, sentence: Sentence, reading: MeetingReading, context: Context, received: bool
) -> MeetingReading:
    """Nobody meets themselves: a pronoun the Cast gave to the other party is read again; the one
    `received` ("Y received him", "welcomed her") may be who just came."""
    parties = list(reading.parties)
    for k, item in enumerate(parties):
        others = {p.person for j, p in enumerate(parties) if j != k and p.person is not None}
        if item.kind not in ("pronoun", "title") or item.person not in others:
            continue
        # Only a guest is someone who came: "Y received him", not "he received Y".
        visitors = context.visitors if received and reading.star and k >= reading.hub else ()
        person = _antecedent(doc, cast, sentence, item.start, others, visitors)
        if person is not None:
            parties[k] = replace(item, person=person, country=cast.people[person].country)
    return replace(reading, parties=tuple(parties))


@dataclass(frozen=True)
class Context:
    """Who led and who was received in the previous sentence's meetings."""

    hosts: tuple[int, ...] = ()
    guests: tuple[int, ...] = ()
    recent: tuple[int, ...] = ()  # the people named in the previous sentence, in order
    age: int = 0  # sentences since hosts and guests were read
    # The people named in each of the last few sentences: whom "the two leaders" may mean.
    history: tuple[tuple[int, ...], ...] = ()
    # Who arrived or visited somewhere in the last few sentences, latest first, and when.
    visits: tuple[tuple[int, int], ...] = ()
    # The countries the previous sentence said are represented ("X will represent the UK").
    represented: tuple[str, ...] = ()
    # The index of the last sentence that told a meeting: "Yoon and Kishida agreed ..." just after.
    last_meeting: int | None = None
    # The people of that sentence's meetings: whom "the meeting, also attended by X" adds X to.
    last_parties: tuple[int, ...] = ()

    @property
    def visitors(self) -> tuple[int, ...]:
        return tuple(person for person, _ in self.visits)

    @property
    def named(self) -> tuple[int, ...]:
        return tuple(p for people in self.history[-_HISTORY_SENTENCES:] for p in people)

    @property
    def named_farther(self) -> tuple[int, ...]:
        return tuple(p for people in self.history for p in people)


def keep_subject(reading: MeetingReading, context: Context) -> MeetingReading:
    """ "Clark held talks with Baker and Mitchell. Yesterday, he held talks with Bush": a "he" that a
    Cast gave to the last guest named goes on with the one who held the talks."""
    if not reading.star or not context.hosts:
        return reading
    parties = list(reading.parties)
    for k in range(reading.hub):
        item = parties[k]
        if item.kind == "pronoun" and item.person in context.guests and item.person not in context.hosts:
            parties[k] = replace(item, person=context.hosts[0])
    return replace(reading, parties=tuple(parties))


def next_context(
    cast: Cast, sentence: Sentence, readings: Sequence[MeetingReading], previous: Context
) -> Context:
    hosts = tuple(i.person for r in readings if r.star for i in r.parties[: r.hub] if i.person is not None)
    guests = tuple(i.person for r in readings if r.star for i in r.parties[r.hub :] if i.person is not None)
    recent = tuple(
        m.person for m in cast.mentions_in(sentence.start, sentence.end) if can_meet(cast.people[m.person])
    )
    history = (*previous.history, recent)[-_PAIR_REACH:]
    came = [
        (i.person, sentence.index)
        for r in readings
        if r.star and r.place is not None and not r.background
        for i in r.parties[: r.hub]
        if i.person is not None
    ]
    visits: dict[int, int] = {}
    for person, index in [*came, *previous.visits]:
        if sentence.index - index < _HISTORY_SENTENCES:
            visits.setdefault(person, index)  # latest first
    last_meeting = sentence.index if readings else previous.last_meeting
    held = [i.person for r in readings if not r.background for i in r.parties if i.person is not None]
    parties = tuple(dict.fromkeys(held))
    last_parties = parties if readings else previous.last_parties
    if not readings and previous.age == 0:
        # One sentence without a meeting ("Dodd is a Democrat.") does not end a run of meetings.
        return Context(
            previous.hosts,
            previous.guests,
            recent,
            age=1,
            history=history,
            visits=tuple(visits.items()),
            last_meeting=last_meeting,
            last_parties=last_parties,
        )
    return Context(
        hosts,
        guests,
        recent,
        history=history,
        visits=tuple(visits.items()),
        last_meeting=last_meeting,
        last_parties=last_parties,
    )
