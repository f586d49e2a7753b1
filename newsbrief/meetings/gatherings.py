"""Gatherings: a summit, conference or ministers' meeting of many, told over the whole story.

News rarely writes "A met B and C" of a summit. It says the gathering happened ("leaders gathered
in Bergen", "the Venice summit on June 8-10", "yesterday's meetings of leading industrial
nations", "the gathering was the first since ..."), lists who came as states ("delegations from
A, B and C", "ministers from A, B and C will be on hand", "C will also attend") and names those
who took part only as they act in it ("X told the meeting", "after hosting the session, Y said",
"the main goal at the summit is ..., Z added"). So the story is read as a whole: once a gathering
is found, its attendees are collected from every sentence that names it, absentees ("stayed away",
"did not attend") are left out, and one meeting of all of them is written, with the gathering's
place and time.

A named person counts as an attendee when a sentence naming the gathering says so ("attended",
"told the summit", "hosted", "at the summit"), or when that sentence is about them (its subject,
by the sentence record) and their state is among those listed as taking part or is the host (the
gathering's place). Words in data/meeting_gatherings.tsv."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsbrief.meetings.items import can_meet, country_mentions_in
from newsbrief.meetings.tables import MONTHS_DAYS
from newsbrief.meetings.when_where import is_past, meeting_when
from newsbrief.model import Cast, Document, Meeting, Participant, Reading, Sentence
from newsbrief.tables import read_table

# A gathering is looked for in the story's first sentences (its news), not in a passing mention.
_OPENING_SENTENCES = 4
# A list of states that names a gathering's members holds at least this many.
_FEWEST_MEMBERS = 3


@dataclass(frozen=True)
class Words:
    nouns: re.Pattern[str]  # "summit", "conference", "meeting", ...
    many: re.Pattern[str]  # "meeting of ... nations", "ministers ... gather", "the gathering"
    members: re.Pattern[str]  # "delegations from", "ministers from", "will also attend"
    attends: re.Pattern[str]  # "attended", "told the", "hosting", "at the"
    absent: re.Pattern[str]  # "stayed away", "did not attend", "boycotted"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def words() -> Words:
    rows = read_table("meeting_gatherings.tsv", ("words", "role"))
    by: dict[str, list[str]] = {}
    for phrase, role in rows:
        by.setdefault(role, []).append(phrase)
    nouns = _alternation(by["noun"])
    groups = _alternation(by["group"])
    return Words(
        nouns=re.compile(r"(?<![\w-])(?:" + nouns + r")(?![\w-])", re.I),
        many=re.compile(
            r"(?<![\w-])(?:(?:" + nouns + r")\s+of\s+(?:[\w\-]+\s+){0,4}?(?:" + groups + r")"
            r"|(?:" + groups + r")\s+(?:[\w\-]+\s+){0,2}?(?:" + _alternation(by["gather"]) + r")"
            r"|(?:" + groups + r")\s+(?:of|from)\s+(?:[\w\-()]+\s+){1,7}?(?:(?:have|has|had|will)\s+)?"
            r"(?:(?:" + _alternation(by["hold"]) + r")\s+(?:[\w\-]+\s+){0,3}?(?:" + nouns + r")"
            r"|" + _alternation(by["gather"]) + r")"
            r"|(?:" + _alternation(by["many"]) + r"))(?![\w-])",
            re.I,
        ),
        members=re.compile(r"(?<![\w-])(?:" + _alternation(by["members"]) + r")(?![\w-])", re.I),
        attends=re.compile(r"(?<![\w-])(?:" + _alternation(by["attends"]) + r")(?![\w-])", re.I),
        absent=re.compile(r"(?<![\w-])(?:" + _alternation(by["absent"]) + r")(?![\w-])", re.I),
    )


@dataclass(frozen=True)
class Gathering:
    sentence: Sentence
    kind: str
    where: str | None
    when: str | None
    planned: bool


_KINDS = (("summit", "summit"), ("conference", "conference"))
# "the G-7 meeting", "a NATO summit", "Group of Seven talks": a group's own meeting.
_GROUP_NAMED = re.compile(
    r"\b(?:[A-Z][A-Z0-9]+(?:-[0-9A-Z]+)?|[A-Z]-?\d+|Group\s+of\s+[A-Z]\w+)\s+(?:[Ss]ummit|[Mm]eetings?|[Cc]onference|[Tt]alks)\b"
)
# "the Venice summit": a place's name (checked to name no state or person) before "summit".
_PLACE_NAMED = re.compile(r"\b([A-Z][a-z]+)\s+(?:[Ss]ummit|[Cc]onference)\b")
# "the two leaders met", "both ministers": two sides, not a gathering.
_TWO_BEFORE = re.compile(r"\b(?:two|both)\s+(?:[\w\-]+\s+)?\Z", re.I)
_IN_PLACE = re.compile(r"\b(?i:in|at)\s+((?:[A-Z][\w'’\-]+\s*){1,3})")
_MODIFIER_THE = re.compile(r"\b[Tt]he\s+\Z")
_NAMED_BEFORE = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w'’\-]+\s+){1,2})(?:summit|conference)\b")


def _names_a_party(doc: Document, cast: Cast, start: int, end: int) -> bool:
    """ "the Korea-China summit", "the Trump summit": a state or a person names a side, not a place."""
    return bool(cast.mentions_in(start, end) or country_mentions_in(cast, start, end))


def _find_gathering(doc: Document, cast: Cast) -> Gathering | None:
    """The story's gathering: a multilateral meeting told in its first sentences, not as past."""
    w = words()
    body = [s for s in doc.sentences if s.kind in ("body", "headline") or s.text == doc.title]
    for sentence in body[: _OPENING_SENTENCES + 1]:
        many = next(
            (
                m
                for pattern in (w.many, _GROUP_NAMED, _PLACE_NAMED)
                for m in pattern.finditer(doc.text, sentence.start, sentence.end)
                if not _TWO_BEFORE.search(doc.text, max(sentence.start, m.start() - 12), m.start())
                and not (pattern is _PLACE_NAMED and _names_a_party(doc, cast, m.start(1), m.end(1)))
            ),
            None,
        )
        if many is None:
            continue
        noun = w.nouns.search(doc.text, sentence.start, sentence.end) or many
        if is_past(doc.text, sentence, noun.start(), noun.end()):
            continue
        kind = next((k for word, k in _KINDS if word in noun.group(0).lower()), "meeting")
        when, background = meeting_when(doc.text, sentence, noun.start())
        if background:
            continue
        place = _IN_PLACE.search(doc.text, sentence.start, sentence.end) or _NAMED_BEFORE.search(
            doc.text, sentence.start, sentence.end
        )
        if place and place.group(1).split()[0] in MONTHS_DAYS:
            place = None  # "since the realignment in January": a time
        where = re.sub(r"\A(?:The|A)\s+", "", place.group(1).strip()) if place else None
        planned = bool(re.search(r"\b(?:will|to\s+be\s+held|expected|scheduled)\b", sentence.text))
        return Gathering(sentence, kind, where, when, planned)
    return None


_LIST_GAP = re.compile(r"[\s,\-–—:]*(?:(?:and|&)\s+)?(?:the\s+)?\Z")
# "delegations - from A", "the Group of Seven -- the United States, ...": the group's own name may come first.
_LEAD_GAP = re.compile(r"\s*(?:[A-Z][a-z]+|\d+)?[\s,\-–—:]*(?:the\s+|from\s+|of\s+)*\Z")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:will|would|also|did|to|not)\s+)*\Z")


def _listed(text: str, cast: Cast, sentence: Sentence, cue_start: int, cue_end: int) -> list[str]:
    """The states a members cue names: the list right after it ("delegations - from A, B, C and D",
    "the Group of Seven -- A, B, C --"), of at least three; or the one state right before an
    attending verb ("Colombia will also attend")."""
    mentions = country_mentions_in(cast, sentence.start, sentence.end)
    before = [c for c in mentions if c.end <= cue_start]
    if (
        before
        and "attend" in text[cue_start:cue_end].lower()
        and _SUBJECT_GAP.match(text[before[-1].end : cue_start])
    ):
        return [before[-1].code]
    listed: list[str] = []
    at = cue_end
    for c in (c for c in mentions if c.start >= cue_end):
        gap = text[at : c.start]
        if not (_LEAD_GAP if not listed else _LIST_GAP).match(gap) or len(gap) > 40:
            break
        listed.append(c.code)
        at = c.end
    return listed if len(set(listed)) >= _FEWEST_MEMBERS else []


def _names_it(text: str, sentence: Sentence) -> bool:
    """The sentence names the gathering: "the summit", "yesterday's meeting", "the talks"."""
    return bool(words().nouns.search(text, sentence.start, sentence.end))


def gathering_meeting(doc: Document, cast: Cast, records: dict[int, Reading]) -> Meeting | None:
    """One meeting of everyone the story says took part in its gathering (module docstring)."""
    found = _find_gathering(doc, cast)
    if found is None:
        return None
    text = doc.text
    w = words()
    members: list[str] = []
    attendees: list[int] = []
    absent: set[int] = set()
    host = None
    if found.where:
        host = next(
            (
                c.code
                for c in country_mentions_in(cast, found.sentence.start, found.sentence.end)
                if text[c.start : c.end] in found.where
            ),
            None,
        )
    about: list[int] = []
    for sentence in doc.sentences:
        if sentence.kind == "byline":
            continue
        for cue in w.members.finditer(text, sentence.start, sentence.end):
            members += [c for c in _listed(text, cast, sentence, cue.start(), cue.end()) if c not in members]
        if not (_names_it(text, sentence) or sentence is found.sentence):
            continue
        if w.absent.search(text, sentence.start, sentence.end):
            absent.update(m.person for m in cast.mentions_in(sentence.start, sentence.end))
            continue
        cue = w.attends.search(text, sentence.start, sentence.end)
        record = records.get(sentence.index)
        subject = record.subject_person if record else None
        for m in cast.mentions_in(sentence.start, sentence.end):
            person = cast.people[m.person]
            if not can_meet(person) or not person.is_leader or m.kind == "pronoun":
                continue
            if _MODIFIER_THE.search(text, max(sentence.start, m.start - 5), m.start):
                continue  # "the Baker initiative": a name that only names a plan
            if cue and (m.person == subject or abs(cue.start() - m.end) < 60):
                attendees.append(m.person)
            elif m.person == subject and m.kind != "possessive":
                about.append(m.person)
    for person in about:
        country = cast.people[person].country
        if country and (country in members or country == host):
            attendees.append(person)
    named = [p for p in dict.fromkeys(attendees) if p not in absent]
    if not named:
        return None
    people = [cast.people[p] for p in named]
    named_states = {p.country for p in people}
    parties = [Participant(p.name, p.country) for p in people]
    parties += [Participant(None, c) for c in members if c not in named_states]
    if len(parties) < 2:
        return None
    return Meeting(
        tuple(parties), found.kind, found.where, found.when, found.sentence.text, planned=found.planned
    )
