"""The Cast while its steps build it: `CastDraft`, plain data each step (people.py lists them)
reads and adds to, and `PersonDraft`, a person or body in it. Its methods only look things up
(mentions in a span, a person's last mention); the steps change it."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from newsbrief import lexicon
from newsbrief.cast.credits import credit_spans
from newsbrief.cast.names import (
    NameRun,
    family_first,
    fold_name,
    given_name_genders,
    hyphen_particle,
    name_particles,
)
from newsbrief.cast.title_table import Organisation
from newsbrief.cast.titles import TitleContext, TitleHit
from newsbrief.model import Country, CountryMention, Document
from newsbrief.readings import QuotedText

# start, end, person (an index into CastDraft.people), kind ("name", "title", "pronoun", "possessive")
MentionTuple = tuple[int, int, int, str]


@dataclass
class PersonDraft:
    """A person or body as the builder gathers them; becomes a model.Person at the end."""

    tokens: tuple[str, ...]
    forms: dict[str, int] = field(default_factory=dict)  # name as written -> count
    title: str | None = None
    title_kind: str | None = None
    country: str | None = None
    organization: str | None = None
    gender: str = ""
    evidence: int = 0  # title or honorific or reporting verb: a one-word name is a person
    last_seen: int = 0
    full_mentions: int = 0
    kind: str = "person"
    country_from_text: bool = False
    owner_at: int = -1  # "his ambassador": where the office was said to be someone's
    placed_at: int = -1  # "Kenya's William Ruto": where a state's possessive placed the person
    styled: set[str] = field(default_factory=set)  # forms with "Mr" or a title: aliases, never the name
    office_from: str = ""  # "table": the office is the world-leaders table's (table_offices.py)
    # The folded name words, worked out once per name form (tokens change only when a longer
    # form is read): matching a name against earlier people asks for them again and again.
    _folded_for: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _name_words: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    _folded: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _surname_keys: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The longest form the article uses, without "Mr" or "Mrs"."""
        plain = [f for f in self.forms if f not in self.styled]
        if not plain:
            return " ".join(self.tokens)
        return max(plain, key=lambda f: (len(f.split()), len(f), self.forms[f]))

    def known_gender(self) -> str:
        """The gender the article tells: an honorific or title (`gender`), else a given name of one
        gender ("Anna Berg"). A body has none."""
        if self.kind != "person":
            return ""
        return self.gender or given_name_genders().get(self.tokens[0], "")

    def _fold(self) -> None:
        if self._folded_for is self.tokens:
            return
        words = [t for t in self.tokens if t.lower() not in name_particles() and not t.endswith(".")]
        keys = set()
        for t in words:
            keys.add(fold_name(t))
            if hyphen_particle().match(t):
                keys.add(fold_name(t.split("-", 1)[1]))  # "al-Abadi" is also "Abadi"
        self._name_words = tuple(fold_name(t) for t in words)
        self._folded = frozenset(keys)
        self._surname_keys = tuple(
            fold_name(t.split("-", 1)[1] if hyphen_particle().match(t) else t) for t in self._surname_tokens()
        )
        self._folded_for = self.tokens

    def name_words(self) -> tuple[str, ...]:
        """The folded name words in order, particles and initials left out ("Lula da Silva" ->
        "lula", "silva")."""
        self._fold()
        return self._name_words

    def folded(self) -> frozenset[str]:
        """The folded name words as a set, with "abadi" for "al-Abadi"."""
        self._fold()
        return self._folded

    def surname_keys(self) -> tuple[str, ...]:
        """The surname tokens folded, "al-Abadi" as "abadi"."""
        self._fold()
        return self._surname_keys

    def _surname_tokens(self) -> tuple[str, ...]:
        toks = [
            t
            for t in self.tokens
            if t.lower() not in name_particles()
            and not t.endswith(".")
            and t not in lexicon.word_set(lexicon.NAME_WORDS, "suffix")
        ]
        if not toks:
            return ()
        if len(toks) > 1 and toks[0] in family_first():
            return (toks[0], toks[-1])
        return (toks[-1], toks[0]) if len(toks) > 1 else (toks[0],)


@dataclass
class CastDraft:
    """Everything the Cast's steps know so far; `finish.finish` makes the frozen model.Cast of it."""

    doc: Document
    country_mentions: tuple[CountryMention, ...]
    quoted: QuotedText  # where the article's quotations are
    people: list[PersonDraft] = field(default_factory=list)
    mentions: list[MentionTuple] = field(default_factory=list)
    # Step 1 (read_names): what the text holds.
    orgs: list[tuple[int, int, Organisation]] = field(default_factory=list)  # start, end, body
    body_matches: list[re.Match[str]] = field(default_factory=list)  # ministries, offices, documents
    ctx: TitleContext | None = None
    titles: list[TitleHit] = field(default_factory=list)
    title_at: dict[int, TitleHit] = field(default_factory=dict)  # by start
    owned: set[int] = field(default_factory=set)  # starts of country words inside someone's title
    runs: list[NameRun] = field(default_factory=list)
    # Step 2 (anchors): run start -> the title naming it and how ("before", "apposition");
    # the titles next to no name, with whom each was resolved to (None until step 6).
    anchored: dict[int, tuple[TitleHit, str]] = field(default_factory=dict)
    title_refs: list[tuple[TitleHit, int | None]] = field(default_factory=list)
    # Step 3 (people_from_runs): first words of names inside sentences; "his counterpart X" whose
    # office is not known yet.
    mid_sentence_firsts: set[str] = field(default_factory=set)
    counterparts_pending: list[tuple[PersonDraft, TitleHit]] = field(default_factory=list)
    # Indexes of people by name (matching.py) and of bodies by name (bodies.py).
    by_token: dict[str, set[int]] = field(default_factory=dict)
    words_ever: dict[int, set[str]] = field(
        default_factory=dict
    )  # every name word a person was indexed under
    by_joined: dict[str, set[int]] = field(default_factory=dict)
    by_word_set: dict[frozenset[str], set[int]] = field(default_factory=dict)
    bodies_by_name: dict[str, int] = field(default_factory=dict)
    # Steps 8 and 9 (leader_states): the article's home state and dateline state, found when needed.
    home: str | None = None
    dateline: str | None = None
    visited: tuple[str | None] | None = None  # leader_states._visited_state once asked
    ranked_countries: tuple[Country, ...] | None = None
    placed_offices: dict[str, list[PersonDraft]] = field(default_factory=dict)  # state -> office-holders
    # Lookups kept in step with `mentions` (see _index_mentions) and `people`.
    starts_by_person: dict[int, list[int]] = field(default_factory=dict)
    sorted_mentions: list[MentionTuple] = field(default_factory=list)
    _indexed: int = 0
    # The days the world-leaders table is read on (matching.table_days), worked out once.
    table_days: tuple[dt.date, dt.date] | None = None
    _of_person: dict[int, list[MentionTuple]] = field(default_factory=dict)
    _ending_at: dict[int, list[MentionTuple]] = field(default_factory=dict)
    _person_index: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.credits = credit_spans(self.doc)  # bylines and photo credits: nobody
        self.set_country_mentions(self.country_mentions)
        # Words the article also writes in lower case are ordinary words ("Critics", "Visiting").
        self.lower_words = set(re.findall(r"(?<![\w])[a-z][\w'’-]*", self.text))

    def sentence_start(self, at: int) -> int:
        sentence = self.doc.sentence_at(at)
        return sentence.start if sentence is not None else at

    def _index_mentions(self) -> None:
        """Bring the mention indexes up to date: mentions are only ever appended, so each new one
        is filed once (a step that adds a mention and looks one up in turn stays linear)."""
        for m in self.mentions[self._indexed :]:
            insort(self.sorted_mentions, m)
            self._of_person.setdefault(m[2], []).append(m)
            self._ending_at.setdefault(m[1], []).append(m)
        self._indexed = len(self.mentions)

    def mentions_by_start(self) -> list[MentionTuple]:
        if self._indexed != len(self.mentions):
            self._index_mentions()
        return self.sorted_mentions

    def mentions_of(self, idx: int) -> list[MentionTuple]:
        """The person's mentions, in the order they were added."""
        if self._indexed != len(self.mentions):
            self._index_mentions()
        return self._of_person.get(idx, [])

    def mentions_ending_at(self, end: int) -> list[MentionTuple]:
        """The mentions that end at `end`, in the order they were added."""
        if self._indexed != len(self.mentions):
            self._index_mentions()
        return self._ending_at.get(end, [])

    def index_of(self, p: PersonDraft) -> int:
        """The person's index in `people` (people are only ever appended)."""
        if len(self._person_index) != len(self.people):
            self._person_index = {id(q): i for i, q in enumerate(self.people)}
        return self._person_index[id(p)]

    def mentions_within(self, start: int, end: int) -> list[tuple[int, int, int, str]]:
        """Mentions that start in [start, end), in text order (a bisect, not a scan)."""
        mentions = self.mentions_by_start()
        return mentions[bisect_left(mentions, (start,)) : bisect_left(mentions, (end,))]

    def someone_between(self, idx: int, start: int, end: int) -> bool:
        """Is another person named between two offsets?"""
        mentions = self.mentions_by_start()
        k = bisect_left(mentions, (start,))
        while k < len(mentions) and mentions[k][0] < end:
            if mentions[k][2] != idx and self.people[mentions[k][2]].kind == "person":
                return True
            k += 1
        return False

    def set_country_mentions(self, mentions: tuple[CountryMention, ...]) -> None:
        self.country_mentions = mentions
        self.cm_starts = [m.start for m in mentions]
        self.named_states = {m.code for m in mentions}  # capitals as places too

    def country_mentions_in(self, start: int, end: int) -> list[CountryMention]:
        starts = self.cm_starts
        i = bisect_left(starts, start)
        out = []
        while i < len(starts) and starts[i] < end:
            out.append(self.country_mentions[i])
            i += 1
        return out

    def last_mention_before(self, idx: int, at: int) -> int:
        """Offset of the person's last mention before `at` (-1 if none)."""
        starts = self.starts_by_person.get(idx, [])
        k = bisect_left(starts, at)
        return starts[k - 1] if k else -1
