"""What the sentences before tell the meeting reader: who hosted and who was received, whom "he" and
"the two leaders" mean."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .meeting_items import Reading, can_meet
from .model import Cast, Document, Sentence

# "The two leaders" looks this many sentences back for the two.
_HISTORY_SENTENCES = 3


def _previous_subject(doc: Document, cast: Cast, sentence: Sentence, exclude: set[int]) -> int | None:
    """The first person named in the one or two sentences before: who a stray "he" most likely is."""
    for k in (sentence.index - 1, sentence.index - 2):
        if k < 0 or k >= len(doc.sentences):
            continue
        before = doc.sentences[k]
        for m in cast.mentions_in(before.start, before.end):
            if m.kind == "name" and cast.people[m.person].kind == "person" and m.person not in exclude:
                return m.person
    return None


def unmirror(doc: Document, cast: Cast, sentence: Sentence, reading: Reading) -> Reading:
    """Nobody meets themselves: a pronoun the Cast gave to the other party is read again."""
    parties = list(reading.parties)
    for k, item in enumerate(parties):
        others = {p.person for j, p in enumerate(parties) if j != k and p.person is not None}
        if item.kind not in ("pronoun", "title") or item.person not in others:
            continue
        person = _previous_subject(doc, cast, sentence, others)
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

    @property
    def named(self) -> tuple[int, ...]:
        return tuple(p for people in self.history for p in people)


def keep_subject(reading: Reading, context: Context) -> Reading:
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


def next_context(cast: Cast, sentence: Sentence, readings: list[Reading], previous: Context) -> Context:
    hosts = tuple(i.person for r in readings if r.star for i in r.parties[: r.hub] if i.person is not None)
    guests = tuple(i.person for r in readings if r.star for i in r.parties[r.hub :] if i.person is not None)
    recent = tuple(
        m.person for m in cast.mentions_in(sentence.start, sentence.end) if can_meet(cast.people[m.person])
    )
    history = (*previous.history, recent)[-_HISTORY_SENTENCES:]
    if not readings and previous.age == 0:
        # One sentence without a meeting ("Dodd is a Democrat.") does not end a run of meetings.
        return Context(previous.hosts, previous.guests, recent, age=1, history=history)
    return Context(hosts, guests, recent, history=history)
