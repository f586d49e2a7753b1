"""What a sentence holds for the meeting reader: its people and countries (`Item`), and what is
read from them around one meeting word (`MeetingReading`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from newsbrief.meetings.gaps import word_tokens
from newsbrief.meetings.tables import tables
from newsbrief.model import Cast, CountryMention, Document, Person, Sentence
from newsbrief.places import seats

_POSSESSIVE_END = re.compile(r"\A['’]s?\b")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Country mentions that can be where someone goes: "Poland", "Tokyo" (as a government or as a place).
PLACE_KINDS = ("name", "capital", "place")

# A lower-case word right before a name: maybe a particle of it ("von der Leyen", "bin Salman").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([a-z]+)\s+\Z")

# Between a subject and "the two leaders" it acts on: a verb and no list ("X, joined the two").
_VERB_ONLY = re.compile(r"\s*,?\s*(?:(?!and\b|or\b)[a-z]+\s+){1,3}")

# A name right after "at"/"in" is where something happened, not who: "at Rashtrapati Bhavan".
_AT_PLACE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?\Z")
_AT_PLACE_CHARS = 40  # room for "outside the " with any run of spaces a paste may hold


@dataclass(frozen=True)
class Item:
    """A person mention or a country mention inside one sentence."""

    start: int
    end: int
    person: int | None  # index into cast.people
    country: str | None
    kind: str  # mention kind for people; "name", "demonym" or "capital" for countries
    possessive: bool  # "Yoon's", "Iraq's", "her meeting": a modifier, not a subject or object


@dataclass(frozen=True)
class MeetingReading:
    """Participants read around one meeting word, before they become a Meeting."""

    parties: tuple[Item, ...]
    star: bool  # True: the first `hub` parties each met every other party separately
    hub: int
    kind: str
    end: int  # where the participant list ends (for "after" negations, purpose, place)
    place: Item | None = None
    background: bool = False  # told as past ("Obama's 2012 visit to Rangoon")


def sentence_items(
    doc: Document,
    cast: Cast,
    sentence: Sentence,
    recent: tuple[int, ...] = (),
    named: tuple[int, ...] = (),
    farther: tuple[int, ...] = (),
) -> list[Item]:
    """People and countries in the sentence; "the two leaders" stands for the last two people named
    (in this sentence, or in `named`, the people of the few sentences before, or when those hold
    fewer than two, in `farther`; `recent` are those of the sentence just before)."""
    text = doc.text
    found: list[Item] = []
    for m in cast.mentions_in(sentence.start, sentence.end):
        p = cast.people[m.person]
        if not can_meet(p):
            continue
        # Only the few characters "at the " can take: not a search from the sentence start per name.
        near = max(sentence.start, m.start - _AT_PLACE_CHARS)
        if m.kind == "name" and _AT_PLACE.search(text, near, m.start):
            continue  # "a welcome at Rashtrapati Bhavan": a building the Cast took for a name
        start = _with_particles(text, sentence.start, m.start, m.end, p.name) if m.kind == "name" else m.start
        surface = text[m.start : m.end].lower()
        possessive = (
            m.kind == "possessive"
            or _stand_in_of(text, max(sentence.start, m.start - _STAND_IN_CHARS), m.start)
            or _stands_in_for(text, m.end)
            or surface.endswith(("'s", "’s"))
            or bool(_POSSESSIVE_END.match(text[m.end : m.end + 3]))
            or (surface in _POSSESSIVE_PRONOUNS and surface != "her")
            or (surface == "her" and _determiner_her(text, m.end))
        )
        found.append(Item(start, m.end, m.person, p.country, m.kind, possessive))
    people_spans = [(i.start, i.end) for i in found]
    for c in country_mentions_in(cast, sentence.start, sentence.end):
        if any(s < c.end and c.start < e for s, e in people_spans):
            continue
        possessive = bool(_POSSESSIVE_END.match(text[c.end : c.end + 3]))
        found.append(Item(c.start, c.end, None, c.code, c.kind, possessive))
    found = _offices_of_seats(doc, cast, sentence, found)
    # "After her meeting with Obama, ...": a his/her the Cast left open, with nobody named before it
    # in the sentence, is the first person of the sentence before.
    first_person = min((i.start for i in found if i.person is not None), default=sentence.end)
    for m in re.finditer(r"\b(?:[Hh]is|[Hh]er)\b", text[sentence.start : first_person]):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if recent and not cast.mentions_in(start, end):
            word = m.group(0).lower()
            possessive = word == "his" or _determiner_her(text, end)
            found.append(Item(start, end, recent[0], cast.people[recent[0]].country, "pronoun", possessive))
    for m in _the_two().finditer(text, sentence.start, sentence.end):
        local = [i for i in found if i.person is not None and i.end <= m.start() and i.kind != "pair"]
        verb = _VERB_ONLY.fullmatch(text, local[-1].end, m.start()) if local else None
        if verb and not any(_opens_clause(w) for w in verb.group(0).replace(",", " ").split()):
            # "X joined the two leaders by video link": the verb's subject is not one of its objects.
            local = [i for i in local if i.person != local[-1].person]
        before = list(named or recent) + [i.person for i in local]
        if len(set(before)) < 2:
            before = list(farther) + [i.person for i in local]
        if tables().has(m.group(1).lower(), "head"):
            # "the two leaders": leaders, when two were named (not the minister quoted in between),
            # if need be farther back (not two business chiefs named since).
            leaders = [p for p in before if cast.people[p].is_leader]
            if len(set(leaders)) < 2:
                leaders = [p for p in (*farther, *(i.person for i in local)) if cast.people[p].is_leader]
                # Reached farther back: the last two of two states (the pair that met), not the
                # predecessor named in passing since.
                latest = leaders[-1:] or []
                if latest:
                    other = [p for p in leaders if cast.people[p].country != cast.people[latest[0]].country]
                    leaders = [*other[-1:], *latest] if other else leaders
            if len(set(leaders)) >= 2:
                before = leaders
        last_two: list[int] = []
        for person in reversed(before):
            if person not in last_two:
                last_two.insert(0, person)
            if len(last_two) == 2:
                break
        if len(last_two) == 2:
            found += [Item(m.start(), m.end(), p, cast.people[p].country, "pair", False) for p in last_two]
    found.sort(key=lambda i: (i.start, -i.end))
    return found


# "the special envoy of President X": the words before a name that make its holder the one another
# person acts for (meeting_words.tsv `stand_in`), read within this many characters.
_STAND_IN_CHARS = 60
_STAND_IN_TAIL = re.compile(r"\b([a-z]+)\s+(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}\Z")


def _stand_in_of(text: str, start: int, name_start: int) -> bool:
    """The name follows "envoy of", "an adviser to President", "the wife of": its holder is
    represented, no party ("met the special envoy of President X, Y" met Y)."""
    m = _STAND_IN_TAIL.search(text, start, name_start)
    return bool(m) and tables().has(m.group(1), "stand_in")


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _stands_in_for(text: str, end: int) -> bool:
    """ "met Thursday with Trump aides", "Obama adviser X": the name only says whom the people
    after it act for (meeting_words.tsv `stand_in`); they met, not the one named."""
    m = _NEXT_WORD.match(text, end, end + 30)
    return bool(m) and tables().has(m.group(1), "stand_in")


# No country's name, variant or demonym is longer than this (a mention may start this far before a span).
_LONGEST_COUNTRY_MENTION = 80


def country_mentions_in(cast: Cast, start: int, end: int) -> list[CountryMention]:
    """The Cast's country mentions overlapping [start, end), by binary search over the sorted mentions
    (asked once per sentence: a scan of all of them would grow with the square of the article)."""
    mentions = cast.country_mentions
    lo = bisect_left(mentions, start - _LONGEST_COUNTRY_MENTION, key=lambda c: c.start)
    hi = bisect_left(mentions, end, lo=lo, key=lambda c: c.start)
    return [c for c in mentions[lo:hi] if c.end > start]


def _offices_of_seats(doc: Document, cast: Cast, sentence: Sentence, found: list[Item]) -> list[Item]:
    """`found` with "Downing Street said the prime minister had spoken to X": an office the article
    never names, told by its seat of government, is that country's leader (a participant with no
    name)."""
    text = doc.text
    out = list(found)
    for c in country_mentions_in(cast, sentence.start, sentence.end):
        if re.sub(r"\A[Tt]he\s+", "", text[c.start : c.end]) not in seats():
            continue
        m = _seat_reports().match(text, c.end, sentence.end)
        if not m:
            continue
        inside = [i for i in out if i.start < m.end(1) and m.start(1) < i.end]
        # A Cast may give "the president" to the one named after it ("... had spoken to Turkish
        # President Erdogan"): that is the other party, not the seat's own leader.
        named_later = all(
            i.kind == "title" and any(j.person == i.person and j.start >= m.end(1) for j in out)
            for i in inside
        )
        if not named_later:
            continue
        out = [i for i in out if i not in inside]
        out.append(Item(m.start(1), m.end(1), None, c.code, "office", False))
    return out


@cache
def _seat_reports() -> re.Pattern[str]:
    titles = "|".join(sorted(tables().roles.get("head_title", ()), key=len, reverse=True))
    return re.compile(
        r"\s+(?:said|says|announced|confirmed|added|stated)\s+(?:(?:on|late|early)\s+\w+\s+)?"
        r"(?:that\s+)?(the\s+(?:" + titles + r"))\b(?!['’]|\s+of\b)",
        re.I,
    )


def _opens_clause(word: str) -> bool:
    """ "where", "when", "as": a new clause, whose subject "the two leaders" may be."""
    return tables().has(word, "stop") and word not in ("said", "says", "told", "tells", "added")


def _with_particles(text: str, floor: int, start: int, end: int, name: str) -> int:
    """Where a short name starts with the lower-case words of the full name before it: "von der" of
    "met von der Leyen", "bin" of "met bin Salman" (the Cast's mention may hold only "Leyen")."""
    surface = re.sub(r"['’]s?\Z", "", text[start:end])
    while True:
        m = _LOWER_WORD_BEFORE.search(text, max(floor, start - 12), start)
        if not m:
            return start
        longer = f"{m.group(1)} {surface}"
        if not _holds_words(name, longer):
            return start
        start, surface = m.start(), longer


def _holds_words(name: str, words: str) -> bool:
    """Are `words` in `name` as whole words, in any case? A plain search where both are ASCII:
    a pattern built for each name filled re's cache of compiled patterns (about a thousand over
    the corpora), so the engine's own patterns were compiled again and again."""
    if not (name.isascii() and words.isascii()):
        return bool(re.search(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", name, re.I))
    hay, needle = name.lower(), words.lower()
    k = hay.find(needle)
    while k >= 0:
        end = k + len(needle)
        if not (k and _is_word_char(hay[k - 1])) and not (end < len(hay) and _is_word_char(hay[end])):
            return True
        k = hay.find(needle, k + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def can_meet(person: Person) -> bool:
    """People meet; bodies and those who only speak for others ("spokesperson Kang") do not."""
    if person.kind != "person":
        return False  # a body ("the Hale Gallery": the Cast marks a name ending in a body word)
    return not _voice_title(person.title or "")


@cache
def _voice_title(title: str) -> bool:
    """ "spokesperson", "press secretary": a title of one who speaks for others (asked per mention)."""
    low = title.lower()
    return any(re.search(r"\b" + re.escape(v) + r"\b", low) for v in tables().roles.get("voice", ()))


@cache
def _the_two() -> re.Pattern[str]:
    nouns = "|".join(sorted(tables().roles.get("two", ())))
    return re.compile(r"\b[Tt]he\s+two\s+(?:[a-z]+\s+)?(" + nouns + r")\b")


def _determiner_her(text: str, end: int) -> bool:
    """ "her Philippine counterpart" (whose), not "met her and ...", "met her on Tuesday" (whom)."""
    following = word_tokens(text[end : end + 30])[:1]
    if not following or not following[0][0].isalpha():
        return False
    return not tables().has(following[0].lower(), "light", "list", "stop")
