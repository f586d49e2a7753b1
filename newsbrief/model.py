"""The engine's data: frozen dataclasses passed from one step to the next.

Everything downstream of `clean` works on character offsets into one text,
`Document.text`, so verbatim output is free and nothing re-splits sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

# --- the document ----------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class RemovedLine:
    """A line `clean` took out of the pasted text, and why (for --debug)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str
    # "body" for article prose; "caption", "headline" or "byline" are kept in
    # the text (quotes and names may live there) but never summarised.
    kind: str = "body"
    # Starts inside a quotation or leaves one open: it cannot stand alone.
    in_quote: bool = False


@dataclass(frozen=True)
class CleanedText:
    """What `clean` makes of a paste: the article text and what it learnt."""

    text: str
    paragraphs: tuple[Span, ...]
    captions: tuple[Span, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date, from a dateline or "Published ..." line


@dataclass(frozen=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Span, ...]
    removed: tuple[RemovedLine, ...] = ()
    title: str | None = None
    author: str | None = None
    published: str | None = None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains `offset` (binary search over offsets)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True)
class ExtractedArticle:
    """Article text and metadata pulled out of an HTML page."""

    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


# --- the cast: countries, people and bodies --------------------------------


@dataclass(frozen=True)
class CountryMention:
    code: str  # ISO 3166-1 alpha-2
    start: int
    end: int
    kind: str  # "name", "demonym", "capital"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    mentions: int


@dataclass(frozen=True)
class Person:
    """One person (or body, kind="body") with every way the article names them."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    is_leader: bool = False
    kind: str = "person"  # "person" or "body" (ministry, declaration, agency)
    mentions: int = 0
    # "male", "female" or "" as the article tells it: an honorific ("Ms."), a title ("Queen") or a
    # given name of one gender (data/given_name_genders.tsv); never a guess from pronouns.
    gender: str = ""
    # Where the office came from: "" when the article says it, "table" when only the
    # world-leaders table (newsbrief/leader_table.py) gave it for the article's date.
    office_from: str = ""


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to `cast.people[person]`.

    kind: "name" (full or short name), "title" ("the president"),
    "pronoun" ("he"), "possessive" ("Yoon's").
    """

    start: int
    end: int
    person: int
    kind: str = "name"


@dataclass(frozen=True)
class Cast:
    people: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()  # sorted by start
    countries: tuple[Country, ...] = ()  # most important first
    country_mentions: tuple[CountryMention, ...] = ()  # sorted by start

    def person_at(self, start: int, end: int | None = None) -> Person | None:
        """The person a mention overlapping [start, end) refers to, if any."""
        found = self.mentions_in(start, start + 1 if end is None else end)
        return self.people[found[0].person] if found else None

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions overlapping [start, end), in order (a binary search: long articles ask often)."""
        starts, longest = self._mention_index
        lo, hi = bisect_left(starts, start - longest), bisect_left(starts, end)
        return tuple(m for m in self.mentions[lo:hi] if m.end > start)

    @cached_property
    def _mention_index(self) -> tuple[list[int], int]:
        return [m.start for m in self.mentions], max((m.end - m.start for m in self.mentions), default=0)

    @property
    def leaders(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.is_leader and p.kind == "person")


# --- the outputs -------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What one sentence says about its own shape, read once after the Cast
    (newsbrief/readings.py) and used by quotes, meetings and pronoun links,
    so no consumer works out a sentence's subject again.

    Offsets are into Document.text; people are indexes into Cast.people.
    """

    index: int  # the sentence's index in Document.sentences
    start: int
    end: int
    lead_end: int  # where a leading phrase ends ("On Tuesday, ", "After talks in Rome, "); start if none
    subject: Span | None = None  # the subject noun phrase of the main clause
    subject_person: int | None = None  # who (person or body) the subject is, when the Cast knows
    quotations: tuple[Span, ...] = ()  # quotation spans inside the sentence, marks included
    reporting_verbs: tuple[Span, ...] = ()  # verbs of saying outside its quotations


@dataclass(frozen=True)
class Source:
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    words: int = 0


@dataclass(frozen=True)
class SummarySentence:
    text: str
    index: int


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    cue: str | None
    score: float
    start: int = 0  # offsets of `text` in Document.text
    end: int = 0

    @property
    def shown(self) -> str:
        """The words as a reader sees them quoted: on one line (a quotation may run over line
        breaks), without the comma or colon that ties them to their attribution ('"...
        together," she said'). `text` keeps them exactly as written."""
        return " ".join(self.text.split()).rstrip(" ,;:")


@dataclass(frozen=True)
class Participant:
    name: str | None
    country: str | None


@dataclass(frozen=True)
class Meeting:
    participants: tuple[Participant, ...]
    kind: str  # summit | talks | bilateral meeting | phone call | visit | meeting
    where: str | None
    when: str | None
    evidence: str
    background: bool = False  # a past meeting given only as context
    planned: bool = False  # announced, not yet held ("will meet", "is due to visit next week")


@dataclass(frozen=True)
class Briefing:
    source: Source
    summary: tuple[SummarySentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    countries: tuple[Country, ...] = ()
    leaders: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
