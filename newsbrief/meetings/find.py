"""Who met whom: meetings read from sentences, participants from the Cast.

Like the event coders built on the CAMEO "consult" verbs (meet, host, visit,
telephone, negotiate), a reading starts at a meeting word from
data/meeting_verbs.tsv and looks for its participants around it. Unlike them,
it never guesses names: participants are the Cast's mentions (names, short
names, "the president", pronouns) and the country mentions ("Japanese
officials", "a visit to Tokyo"), so "he" or "Yoon's" resolve to the full leader.

A participant list is read only across words a list may hold (titles,
capitalised words, "and", "the leaders of", data/meeting_words.tsv): any other
word ends it, which is what keeps "his words met a cool reception from X" out.
Refusals, calls and offers (data/meeting_negations.tsv) report nothing;
announced meetings are kept with their `when` and marked planned
(data/meeting_future.tsv); past ones become background.

The parts, by job: meeting_tables (the data files), meeting_items (the people
and countries a sentence holds), meeting_gaps (which words may stand in a
list), meeting_participants (lists and subjects), meeting_reading (the verb and
noun constructions), meeting_negation (refusals and plans), meeting_when_where
(time, tense and place), meeting_groups (readings to participants),
meeting_future (announced, not held), meeting_context (the sentences before),
meeting_merge (one entry per pair), meeting_delegations (countries represented at talks).
This module reads each sentence: `find_meetings(doc, cast)`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from newsbrief import model
from newsbrief.meetings.context import (
    Context,
    keep_sentence_subject,
    keep_subject,
    mention_counts,
    next_context,
    prefer_protagonist,
    unmirror,
)
from newsbrief.meetings.delegations import (
    delegation_heads,
    delegation_meeting,
    represented,
    with_delegation_heads,
    with_represented,
)
from newsbrief.meetings.future import is_planned
from newsbrief.meetings.gatherings import gathering_meeting
from newsbrief.meetings.groups import participant_groups
from newsbrief.meetings.items import Item, MeetingReading, sentence_items
from newsbrief.meetings.merge import merge_meetings
from newsbrief.meetings.negation import is_negated, negation_start, only_planned
from newsbrief.meetings.participants import read_list
from newsbrief.meetings.reading import read_meeting
from newsbrief.meetings.subjects import told_subject
from newsbrief.meetings.tables import KIND_ORDER, MeetingWord, tables
from newsbrief.meetings.when_where import is_past, meeting_when, meeting_where, relative_clause_when
from newsbrief.model import Cast, Document, Meeting, Participant, Sentence
from newsbrief.readings import read_sentences

__all__ = ["KIND_ORDER", "find_meetings"]

# "X met Y before flying to Rome": the participle goes on with the last meeting's host.
_PARTICIPLE = re.compile(r"\b(?:before|after|while|then)\s+(?:\w+ly\s+)?[a-z]+ing\b")


@dataclass(frozen=True)
class Article:
    """What every sentence's reading asks of the whole article, worked out once per find_meetings."""

    leaders: frozenset[str]  # the names of the people the Cast calls leaders
    counts: Counter[int]  # how often each person is named (meeting_context.mention_counts)
    records: dict[int, model.Reading]  # the sentence record (newsbrief/readings.py) by sentence index


@dataclass(frozen=True)
class SentenceReading:
    """What one sentence told: its meetings, the readings behind them (the next sentence's context)
    and the countries it says are represented ("X will represent the UK")."""

    meetings: tuple[Meeting, ...]
    readings: tuple[MeetingReading, ...]
    represented: tuple[str, ...]


# "Yoon and Kishida agreed": at most this many sentences after the last that told a meeting.
_ACCORD_REACH = 2
_ACCORD = MeetingWord(re.compile("accord"), "talks", "accord", False, True, None)


@cache
def _accord_verbs() -> re.Pattern[str]:
    words = sorted(tables().roles.get("accord", ()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")


@lru_cache(maxsize=512)
def _words_of(matched: str) -> list[MeetingWord]:
    """The table's words a matched stretch may be, nouns first: "visit" is a noun in "her visit to
    Tokyo" and a verb in "will visit Tokyo" (asked once per spelling, not per meeting word)."""
    found = [w for w in tables().words if w.pattern.fullmatch(matched)]
    return sorted(found, key=lambda w: w.frame != "noun")


def _where_they_came(meetings: list[Meeting]) -> list[Meeting]:
    """ "X, who arrived in Washington on Tuesday, ... during a summit with Y": a meeting with no place
    of its own, in the sentence that tells one of its people came somewhere, took place there (not
    a phone call, made from anywhere)."""
    came = {
        p.name: m.where
        for m in meetings
        if m.kind == "visit" and m.where and not m.background
        for p in m.participants
        if p.name
    }
    return [
        replace(m, where=next((came[p.name] for p in m.participants if p.name in came), None))
        if m.where is None and m.kind != "phone call"
        else m
        for m in meetings
    ]


def _opens_sentence(text: str, sentence: Sentence, start: int) -> bool:
    return not re.search(r"[^\W\d_]", text[sentence.start : start])


def _read_sentence(
    doc: Document,
    cast: Cast,
    article: Article,
    sentence: Sentence,
    context: Context,
) -> SentenceReading:
    """The meetings one sentence reports, the readings behind them and the countries it says are
    represented."""
    text = doc.text
    record = article.records.get(sentence.index)
    items = sentence_items(doc, cast, sentence, context.recent, context.named, context.named_farther)
    if not items:
        return SentenceReading((), (), ())
    t = tables()
    out: list[Meeting] = []
    readings: list[MeetingReading] = []
    hub: list[Item] = []  # who led the sentence's last meeting, and where its word ended
    hub_end = sentence.start
    # "Yoon and Kishida agreed to ...", right after a meeting: what their meeting did.
    accord_reach = context.last_meeting is not None and sentence.index - context.last_meeting <= _ACCORD_REACH

    def triggers():
        yield from itertools.islice(t.finder.finditer(text, sentence.start, sentence.end), _MOST_WORDS)
        if accord_reach and not out:
            yield from itertools.islice(_accord_verbs().finditer(text, sentence.start, sentence.end), 1)

    for m in triggers():
        matched = m.group(0)
        if (
            matched[0].isupper()
            and sentence.kind != "headline"
            and not _opens_sentence(text, sentence, m.start())
        ):
            continue  # "Notes on Falling Leaves", "The Darling Buds of May": part of a title
        candidates = _words_of(matched) if m.re is t.finder else [_ACCORD]
        # "Zelensky met Merz before flying to Rome for talks with Meloni": Zelensky goes on.
        carried = hub if hub and _PARTICIPLE.search(text, hub_end, m.start()) else []
        for word in candidates:
            reading = read_meeting(text, items, sentence, word, m.start(), m.end(), [])
            if reading is None and carried:
                reading = read_meeting(text, items, sentence, word, m.start(), m.end(), carried)
            if reading is None:
                # "Yoon, who arrived on Tuesday, shared his concerns ... during a summit with Kishida".
                told = told_subject(text, cast, record, sentence, items, m.start(), noun=word.frame == "noun")
                if told is not None:
                    reading = read_meeting(text, items, sentence, word, m.start(), m.end(), [told])
            if reading is None or (word.then and not word.then.match(text, reading.end)):
                continue
            # "Y received him": a reception, whose guest is likely the one who came.
            received = any(t.has(w.lower(), "reception") for w in matched.split())
            reading = keep_sentence_subject(
                doc, cast, sentence, keep_subject(reading, context), article.records.get(sentence.index - 1)
            )
            reading = prefer_protagonist(doc, cast, reading, article.counts)
            reading = unmirror(doc, cast, sentence, reading, context, received)
            window_start = negation_start(items, reading, m.start(), sentence)
            if is_negated(text, window_start, m.start(), reading.end, sentence):
                break
            when, background = meeting_when(text, sentence, m.start())
            if when is None:
                when, background = relative_clause_when(text, sentence, m.start())
            planned = False
            if only_planned(text, reading, m.start(), sentence.end):
                when, background = meeting_when(text, sentence, m.start(), before_ok=False)
                if when is None:
                    break  # planned, with no date yet: not a meeting to list
                planned = True
            # "X and his counterpart Y agreed": the tense is the shared verb's, which ends the reading.
            verb_start, verb_end = m.start(), m.end()
            if word.frame == "counterpart":
                verb_start, verb_end = text.rfind(" ", 0, reading.end) + 1, reading.end
            if is_past(text, sentence, verb_start, verb_end, when):
                background = True
            # Announced, not held: "will meet", "is due to hold talks with", "meets Y next week".
            planned = not background and (
                planned or is_planned(text, sentence, reading, m.start(), m.end(), when)
            )
            where = meeting_where(text, sentence, m.start(), reading.end, reading.place)
            readings.append(replace(reading, background=background))
            if reading.star:
                hub, hub_end = list(reading.parties[: reading.hub]), m.end()
            for group, place in participant_groups(cast, reading, text):
                if background and not any(p.name is None or p.name in article.leaders for p in group):
                    continue  # "he visited the financier in 2010": an old encounter of no leader
                out.append(
                    Meeting(group, reading.kind, place or where, when, sentence.text, background, planned)
                )
            break
    if not out:
        joined = _joined_last_meeting(doc, cast, sentence, items, context)
        if joined is not None:
            out.append(joined)
    out = _where_they_came(out)
    here = represented(doc, sentence, items)
    if here and out:
        # "A, B and C are meeting at the palace, with Sweden represented by its foreign minister".
        out = [with_represented(m, here) for m in out]
    elif here:
        # "X will represent the UK, while Madrid is represented by Y": the countries at the talks,
        # told in this sentence and the one before.
        countries = tuple(dict.fromkeys((*context.represented, *here)))
        delegations = delegation_meeting(doc, sentence, countries)
        if delegations is not None:
            out.append(delegations)
    return SentenceReading(tuple(out), tuple(readings), here)


# "The announcement of the meeting, also attended by X, ...": X sat in on the meeting told just
# before (at most _JOINED_REACH sentences back), so X met its people.
_ALSO_ATTENDED = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir)\s+(?:meeting|talks|session|summit|dinner|lunch|breakfast)\b[^.;:]{0,60}?"
    r",?\s+(?:which\s+was\s+|and\s+was\s+|was\s+)?also\s+attended\s+by\s+"
)
_JOINED_REACH = 3


def _joined_last_meeting(
    doc: Document, cast: Cast, sentence: Sentence, items: list[Item], context: Context
) -> Meeting | None:
    if not context.last_parties or context.last_meeting is None:
        return None
    if sentence.index - context.last_meeting > _JOINED_REACH:
        return None
    m = _ALSO_ATTENDED.search(doc.text, sentence.start, sentence.end)
    if m is None:
        return None
    listed, _ = read_list(doc.text, items, m.end(), sentence.end, places=False, lead_roles=("list",))
    added = [i.person for i in listed if i.person is not None and i.person not in context.last_parties]
    if not added:
        return None
    people = [cast.people[p] for p in dict.fromkeys((*context.last_parties, *added))]
    parties = tuple(Participant(p.name, p.country) for p in people)
    return Meeting(parties, "meeting", None, None, sentence.text)


# A sentence longer than this (no news sentence is; a paste with no full stops is) is read in pieces
# of at most _PIECE_CHARS, cut at a space: every rule looks only inside its sentence, so the work per
# meeting word stays bounded and the whole reading linear in the text.
_LONGEST_SENTENCE = 1500
_PIECE_CHARS = 1000
# No news sentence holds more than four meeting words (489 real articles of the corpus): the first
# few of a sentence are read, so a paste of nothing but them costs no more per sentence than news.
_MOST_WORDS = 6
# Of a "sentence" of tens of thousands of characters (a transcript with no full stops), its
# first pieces are read: 20,000 characters, thirty times the corpus's longest sentence.
_MOST_PIECES = 20


def sentence_pieces(text: str, sentence: Sentence) -> list[Sentence]:
    """The sentence itself, or consecutive pieces of it cut at spaces when it is overlong."""
    if sentence.end - sentence.start <= _LONGEST_SENTENCE:
        return [sentence]
    pieces = []
    start = sentence.start
    while start < sentence.end:
        end = min(sentence.end, start + _PIECE_CHARS)
        if end < sentence.end:
            space = text.rfind(" ", start + _PIECE_CHARS // 2, end)
            end = space if space > start else end
        pieces.append(replace(sentence, start=start, end=end, text=text[start:end]))
        start = end
    return pieces


# Meetings read before the rest of the text is left unread. The corpora's densest
# article tells 30; a text of thousands of meeting sentences is a transcript or a
# list, and reading every one costs seconds that no briefing needs.
MOST_MEETINGS_READ = 300


def find_meetings(
    doc: Document, cast: Cast, records: tuple[model.Reading, ...] | None = None
) -> tuple[Meeting, ...]:
    """Every meeting the article reports: the current story's held ones first, then those
    announced (planned), then background. `records` is the sentence record
    (newsbrief/readings.py), read here when not given."""
    if not cast.mentions and not cast.country_mentions:
        return ()
    if records is None:
        records = read_sentences(doc, cast)
    by_index = {r.index: r for r in records}
    found: list[Meeting] = []
    context = Context()
    article = Article(frozenset(p.name for p in cast.people if p.is_leader), mention_counts(cast), by_index)
    for sentence in doc.sentences:
        if len(found) >= MOST_MEETINGS_READ:
            break  # no news article tells this many: a transcript or a list; bound the work
        if sentence.kind == "byline":
            continue
        for piece in sentence_pieces(doc.text, sentence)[:_MOST_PIECES]:
            read = _read_sentence(doc, cast, article, piece, context)
            found.extend(read.meetings)
            context = replace(next_context(cast, piece, read.readings, context), represented=read.represented)
    gathering = gathering_meeting(doc, cast, by_index)
    if gathering is not None:
        found.append(gathering)
    heads = delegation_heads(doc, cast)
    if heads:
        found = [with_delegation_heads(m, heads) for m in found]
    # The meetings of the people the headline names come first among those held, announced or past.
    headlined = {
        cast.people[m.person].name
        for s in doc.sentences
        if s.kind == "headline"
        for m in cast.mentions_in(s.start, s.end)
    }
    return tuple(merge_meetings(found, headlined))
