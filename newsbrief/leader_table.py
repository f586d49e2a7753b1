"""Who held which office when: the world-leaders table (data/world_leaders.tsv).

An article often names a leader without saying the office ("Putin and Erdogan
spoke by phone", "Evo Morales"). This module answers, for a full name and a
date, whether that person was then a head of state or government, a foreign
minister or the head of a major international organisation, and which one.
The table's header names its sources (Wikidata facts kept in public
repositories) and their dates.

API
    find_leader(full_name, on) -> TableLeader | None
        `full_name` is a name the text gives in full (given name and family
        name, as written: "Recep Tayyip Erdogan", "Moon Jae-in"); `on` is the
        article's date (Document.published), or today when it has none.
        Returns the term that `on` falls in, or None.
    find_leader_published(full_name, published, today=None) -> TableLeader | None
        The same with the article's date as Document.published holds it (an
        ISO 8601 string, possibly only "1987" or "1987-06"): a full date is
        that day, a month its 15th, a year its 1 July; no date, or one that
        does not parse, is `today` (date.today() unless given).
    terms_of(full_name) -> tuple[TableLeader, ...]
        Every term the table gives `full_name`, whatever its date ("Prime
        Minister Yasuhiro Nakasone" in an undated wire: which state's).
    holders(surname, office, first, last) -> tuple[TableLeader, ...]
        The terms of `office` ("President") meeting the days from `first` to
        `last` whose holder's last name is `surname` ("President Obama" in
        2015: Barack Obama's), or first name when it is a family name written
        first (data/family_name_first.txt: "President Xi", "Prime Minister Lee").
    name_key(name) -> str
        The folded form both sides are compared in.

How a name matches: case, accents, spaces, hyphens and apostrophes are
folded, doubled letters are single, and a few transliteration endings are
one ("Zelenskyy" = "Zelensky" = "Zelenskiy", "Dmitri" = "Dmitry"), so
"Recep Tayyip Erdogan" finds "Recep Tayyip Erdoğan" and "Moon Jae In" finds
"Moon Jae-in". A name not found as written is looked up once more without
its initials ("Vladimir V. Putin", "John F. Kerry"); the date then tells
"George Bush" the father from the son. The table's aliases carry the other spellings. Only names of
two words or more are keys: a bare surname ("Xi", "Erdogan") never matches,
nor does a one-word name ("Suharto", "Naruhito"), and the caller passes a
name only when the text gives it in full at least once.

When a term matches: `on` lies between the term's start and end (a date the
source gives only as a year counts from the year's first day to its last), with
GRACE_DAYS of slack at both edges (the sources' dates may be a day off
across time zones, and an article written on a leader's last day is often
dated the next). A term still open in the source counts until OPEN_TERM_DAYS
after the day the source last saw the person in office (`as_of`): the table
does not claim that someone still holds an office long after its source
said so. When one name has several terms on that day (a king and prime
minister, two offices at once), heads of state and government come first,
then heads of organisations, then foreign ministers.

The lookup is one or two dict accesses per name on an index of the names built once per
process; a term's dates are read only when a lookup returns it.

Wiring (engineer `core`): a Cast step runs after the office-from-text steps;
for each person the text names in full whose title the text does not give,
`find_leader(name, date)` fills title, country, organization and is_leader,
and the JSON marks such a person with "office_from": "table" so a reader
knows the text did not say it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from newsbrief.tables import read_table

TABLE = "world_leaders.tsv"
COLUMNS = ("name", "aliases", "office", "country", "org", "start", "end", "as_of")
GRACE_DAYS = 3
OPEN_TERM_DAYS = 548  # about 18 months

FOREIGN_OFFICES = frozenset({"Foreign Minister", "Foreign Secretary", "Secretary of State"})


@dataclass(frozen=True)
class TableLeader:
    """One term of one office-holder, as the table gives it."""

    name: str  # the table's canonical spelling
    office: str  # in the words of titles.tsv ("President", "Prime Minister", "Secretary General")
    country: str | None  # ISO 3166-1 alpha-2 of the state, None for an organisation's office
    organization: str | None  # organisations.tsv name ("United Nations"), None for a state's office
    start: dt.date
    end: dt.date | None  # None: still in office on `as_of`
    as_of: dt.date | None  # the day the source last saw an open term; None for a closed one

    def covers(self, on: dt.date) -> bool:
        grace = dt.timedelta(days=GRACE_DAYS)
        if on < self.start - grace:
            return False
        if self.end is not None:
            return on <= self.end + grace
        return self.as_of is None or on <= self.as_of + dt.timedelta(days=OPEN_TERM_DAYS)

    def meets(self, first: dt.date, last: dt.date) -> bool:
        """Does the term (with the same slack as `covers`) share a day with [first, last]?"""
        grace = dt.timedelta(days=GRACE_DAYS)
        if last < self.start - grace:
            return False
        if self.end is not None:
            return first <= self.end + grace
        return self.as_of is None or first <= self.as_of + dt.timedelta(days=OPEN_TERM_DAYS)

    @property
    def rank(self) -> int:
        """0 for heads of state and government, 1 for organisations' heads, 2 for foreign ministers."""
        if self.office in FOREIGN_OFFICES:
            return 2
        return 1 if self.organization else 0


# Letters that NFKD does not split into a base letter and an accent.
_PLAIN_LETTERS = {
    "ß": "ss",
    "æ": "ae",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "œ": "oe",
}
_PLAIN = str.maketrans(_PLAIN_LETTERS)
# Transliteration endings that spell one sound ("-skyy", "-skiy", "-ski"; "Dmitri", "Dmitriy").
_ENDING = re.compile(r"(?:iy|ij|yy|yi|ii|y)$")


def name_key(name: str, initials: bool = True) -> str:
    """The form two spellings of one full name share: see the module docstring.

    With initials=False, one-letter words are left out ("George W. Bush" -> "George Bush").
    """
    tokens = _folded_tokens(name)
    if not initials:
        return "".join(folded for token, folded in tokens if len(token) > 1)
    return "".join(folded for _, folded in tokens)


_TOKEN = re.compile(r"[a-z0-9]+")
_REPEAT = re.compile(r"(.)\1+")


_UMLAUT_SPELLING = re.compile(r"([aou])e")


def _vowel(spelled: re.Match[str]) -> str:
    return spelled.group(1)


def _single(repeat: re.Match[str]) -> str:
    return repeat.group(1)


@lru_cache(maxsize=8192)
def _folded_tokens(name: str) -> tuple[tuple[str, str], ...]:
    """Each word of a name (lower case, accents off) and its folded form. Cached: the table's
    index folds each of its 3,000 names twice (with and without initials)."""
    text = name.lower().translate(_PLAIN)
    if not text.isascii():  # ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # "Weizsaecker" is "Weizsäcker": the German spelling of an umlaut is its vowel (both sides).
    if "e" in text:
        text = _UMLAUT_SPELLING.sub(_vowel, text)
    if "'" in text or "\u2019" in text:
        text = text.replace("'", "").replace("\u2019", "")
    out = []
    for token in _TOKEN.findall(text):
        single = _REPEAT.sub(_single, token)
        # every ending _ENDING knows ends in "i", "j" or "y": most words need no look
        if len(single) > 3 and single[-1] in "ijy":
            single = _ENDING.sub("i", single)
        out.append((token, single))
    return tuple(out)


_NOT_TOKEN = re.compile(r"[^a-z0-9\n]+")
_ONE_LETTER = re.compile(r"(?<![a-z0-9])[a-z0-9](?![a-z0-9])")
_TOKEN_REPEAT = re.compile(r"([a-z0-9])\1+")
# _ENDING on every word of four letters or more at once: the longest ending that ends the word
_WORD_ENDING = re.compile(r"(?:[iy][iy]|ij|y)(?![a-z0-9])(?<=[a-z0-9]{4})")


def _fold_lines(text: str) -> list[str]:
    """name_key of each line of `text` (folded up to the umlauts, apostrophes gone) at once:
    the steps of _folded_tokens on the whole text give each line what they give it alone, since
    none looks across a line break or outside a word."""
    text = _WORD_ENDING.sub("i", _TOKEN_REPEAT.sub(_single, text))
    return _NOT_TOKEN.sub("", text).split("\n")


def _keys_of(names: list[str]) -> tuple[list[str], list[str]]:
    """(name_key(name), name_key(name, initials=False)) of many names, folded in a few passes
    over them all: the table's 6,000 names and aliases cost a few milliseconds, not fifty."""
    text = "\n".join(names).lower()
    if not text.isascii():
        # str.replace of the few letters and marks present: str.translate is slower on a long text
        for letter, plain in _PLAIN_LETTERS.items():
            if letter in text:
                text = text.replace(letter, plain)
        text = unicodedata.normalize("NFKD", text)
        for mark in {ch for ch in set(text) if unicodedata.combining(ch)}:
            text = text.replace(mark, "")
    text = _UMLAUT_SPELLING.sub(_vowel, text).replace("'", "").replace("\u2019", "")
    keys = _fold_lines(text)
    # without initials: only the few names with a one-letter word fold again
    lines, bare_lines = text.split("\n"), _ONE_LETTER.sub(" ", text).split("\n")
    changed = [i for i, (line, bare) in enumerate(zip(lines, bare_lines, strict=True)) if line != bare]
    bare_keys = list(keys)
    if changed:
        for i, key in zip(changed, _fold_lines("\n".join(bare_lines[i] for i in changed)), strict=True):
            bare_keys[i] = key
    return keys, bare_keys


def _words(name: str, initials: bool = True) -> int:
    """How many words a name has ("Moon Jae-in": 3, "Charles III": 2, "Suharto": 1), initials too or not."""
    return sum(1 for word in _LETTERS.findall(name) if initials or len(word) > 1)


_LETTERS = re.compile(r"[^\W\d_]+")


_BARE = "~"  # marks the keys of names read without their initials


def _first_day(text: str) -> dt.date:
    """An ISO date, or a year ("2026") the source gives no day for: its first day."""
    return dt.date(int(text), 1, 1) if len(text) == 4 else dt.date.fromisoformat(text)


def _last_day(text: str) -> dt.date | None:
    """An ISO date, or a year: its last day (a term ending some day that year may run to its end)."""
    if not text:
        return None
    return dt.date(int(text), 12, 31) if len(text) == 4 else dt.date.fromisoformat(text)


@cache
def _rows() -> tuple[tuple[str, ...], ...]:
    return read_table(TABLE, COLUMNS, optional=1)


@cache
def _term(row: int) -> TableLeader:
    """The term of one row of the table, made when a lookup first returns it."""
    name, _, office, country, org, start, end, as_of = _rows()[row]
    return TableLeader(
        name=name,
        office=office,
        country=None if country in ("", "-") else country,
        organization=org or None,
        start=_first_day(start),
        end=_last_day(end),
        as_of=dt.date.fromisoformat(as_of) if as_of else None,
    )


def _order(row: int) -> tuple[int, int]:
    """Where a row's term comes among a name's terms: by rank, then the latest start first."""
    _, _, office, _, org, start, *_ = _rows()[row]
    rank = 2 if office in FOREIGN_OFFICES else 1 if org else 0
    return rank, -_first_day(start).toordinal()


_ONE_LETTER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_COUNTED = re.compile(r"[^ab\n]+")


def _word_counts(names: list[str]) -> list[tuple[int, int]]:
    """(_words(name), _words(name, initials=False)) of many names, in three passes over them all."""
    text = _ONE_LETTER_WORD.sub("a", "\n".join(names))
    text = _NOT_COUNTED.sub("", _LONG_WORD.sub("b", text))
    return [(len(line), line.count("b")) for line in text.split("\n")]


@cache
def _index() -> dict[str, tuple[int, ...]]:
    """Each name key -> the rows of its terms, in _order. Built once per process from the names
    and aliases alone; a row's term is made (_term) only when a lookup returns it."""
    rows, spellings = [], []
    for row, (name, aliases, *_) in enumerate(_rows()):
        for spelling in (name, *aliases.split("|")) if aliases else (name,):
            rows.append(row)
            spellings.append(spelling)
    counts = _word_counts(spellings)
    keys, bare_keys = _keys_of(spellings)
    index: dict[str, list[int]] = {}
    for row, (words, long_words), key, bare in zip(rows, counts, keys, bare_keys, strict=True):
        if words < 2:
            continue
        found = index.setdefault(key, [])
        if not found or found[-1] != row:
            found.append(row)
        if long_words >= 2:
            found = index.setdefault(_BARE + bare, [])
            if not found or found[-1] != row:
                found.append(row)
    index.pop("", None)
    return {
        key: tuple(sorted(rows, key=_order)) if len(rows) > 1 else (rows[0],) for key, rows in index.items()
    }


def _terms(key: str) -> tuple[TableLeader, ...]:
    return tuple(_term(row) for row in _index().get(key, ()))


def find_leader(full_name: str, on: dt.date) -> TableLeader | None:
    """The office `full_name` held on `on`, or None (see the module docstring)."""
    if _words(full_name) < 2:
        return None
    for term in _terms(name_key(full_name)):
        if term.covers(on):
            return term
    # without initials: "Vladimir V. Putin" is "Vladimir Putin"; "George Bush" is the Bush in office that day
    if _words(full_name, False) >= 2:
        for term in _terms(_BARE + name_key(full_name, initials=False)):
            if term.covers(on):
                return term
    return None


def article_day(published: str | None, today: dt.date | None = None) -> dt.date:
    """The day find_leader_published looks at for `published` (see the module docstring)."""
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (published or "").strip())
    if match:
        year, month, day = match.groups()
        try:
            return dt.date(int(year), int(month or 7), int(day or (15 if month else 1)))
        except ValueError:
            pass
    return today or dt.date.today()


def find_leader_published(
    full_name: str, published: str | None, today: dt.date | None = None
) -> TableLeader | None:
    """find_leader on the article's date as Document.published gives it, else today."""
    return find_leader(full_name, article_day(published, today))


def terms_of(full_name: str) -> tuple[TableLeader, ...]:
    """Every term of `full_name` (matched as find_leader matches it), whatever its date."""
    if _words(full_name) < 2:
        return ()
    terms = _terms(name_key(full_name))
    if not terms and _words(full_name, False) >= 2:
        terms = _terms(_BARE + name_key(full_name, initials=False))
    return terms


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _by_surname() -> dict[tuple[str, str], tuple[int, ...]]:
    """(folded last name, office in lower case) -> the rows of the terms of that office held
    by someone of that last name, for the rows of names of two words or more."""
    indexed = {row for rows in _index().values() for row in rows}
    found = []  # (row, last name, office)
    for row, (name, _, office, *_) in enumerate(_rows()):
        words = _NAME_WORD.findall(name)
        if len(words) > 1 and row in indexed:
            found.append((row, words[-1], office.lower()))
            if words[0] in _family_first():  # "Xi Jinping", "Lee Hae-chan": the family name first
                found.append((row, words[0], office.lower()))
    keys, _ = _keys_of([surname for _, surname, _ in found])
    index: dict[tuple[str, str], list[int]] = {}
    for (row, _, office), key in zip(found, keys, strict=True):
        index.setdefault((key, office), []).append(row)
    return {key: tuple(rows) for key, rows in index.items()}


@cache
def _family_first() -> frozenset[str]:
    """Family names written first (data/family_name_first.txt: "Xi", "Kim", "Lee")."""
    return frozenset(name for name, _ in read_table("family_name_first.txt", ("name", "codes"), optional=1))


def holders(surname: str, office: str, first: dt.date, last: dt.date) -> tuple[TableLeader, ...]:
    """The terms of `office` meeting [first, last] held by someone whose last name is `surname`."""
    rows = _by_surname().get((name_key(surname), office.lower()), ())
    return tuple(term for term in map(_term, rows) if term.meets(first, last))
