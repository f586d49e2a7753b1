"""Name words and runs of them: which capitalised words can be part of a person's name."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from newsbrief import lexicon, places, tables
from newsbrief.cast.title_table import departments, titles_by_phrase
from newsbrief.leader_table import terms_of
from newsbrief.tables import read_lines, read_table


@cache
def not_names() -> frozenset[str]:
    return tables.not_names()


@cache
def honorifics() -> dict[str, str]:
    """Honorific (without a dot) -> "female", "male" or ""."""
    gender = dict(read_table("honorific_genders.tsv", ("honorific", "gender")))
    return {h.rstrip("."): gender.get(h.rstrip("."), "") for h in read_lines("honorifics.txt")}


@cache
def given_name_genders() -> dict[str, str]:
    """Given names of one gender in every language ("Anna" -> "female", "Jonas" -> "male"), as
    written (data/given_name_genders.tsv). The one loader of that table."""
    return dict(read_table("given_name_genders.tsv", ("name", "gender")))


@cache
def honorific_gap() -> re.Pattern[str]:
    """What may stand between a title and the name: a comma, a line break, "Sheikh", "Ayatollah"."""
    words = places.trie_alternation(sorted(honorifics(), key=len, reverse=True))
    return re.compile(rf",?[ \t]*\n?[ \t]*(?:(?:{words})\.?[ \t]+)*")


@cache
def name_particles() -> frozenset[str]:
    return frozenset(read_lines("name_particles.txt"))


@cache
def company_words() -> frozenset[str]:
    return frozenset(read_lines("company_words.txt"))


@cache
def body_last_words() -> frozenset[str]:
    """Last words of a body's name, as written: "Party", "Gallery", "Committee", and the company
    words ("Motor", "Inc."). The one table of them (body_last_words.txt with company_words.txt)."""
    return frozenset(read_lines("body_last_words.txt")) | company_words()


@cache
def sentence_starters() -> frozenset[str]:
    return tables.sentence_starters()


@cache
def family_origins() -> dict[str, tuple[str, ...]]:
    """Family names written first -> the states where they are common."""
    table = {}
    for name, codes in read_table("family_name_first.txt", ("name", "codes"), optional=1):
        table[name] = tuple(codes.split())
    return table


def family_first() -> dict[str, tuple[str, ...]]:
    return family_origins()


@cache
def title_words() -> frozenset[str]:
    """Capitalised words of titles ("President", "Minister"): never part of a name."""
    words = set()
    for phrase in titles_by_phrase():
        for w in re.split(r"[\s-]+", phrase):
            w = w.rstrip(".")
            if w and w not in ("of", "the", "for", "and", "state", "general") and w not in name_particles():
                words.add(w[:1].upper() + w[1:])
    words -= lexicon.word_set(
        lexicon.TITLE_WORDS, "surname_title"
    )  # "King" is blocked where it is a title, a name word elsewhere
    for d in departments():
        for w in d.split():
            if w != "and":
                words.add(w[:1].upper() + w[1:])
    return frozenset(words)


_POSSESSIVE_TAIL = re.compile(r"['’]s?$")


@cache
def hyphen_particle() -> re.Pattern[str]:
    """ "al-Assad", "bin-Salman": a particle joined to the family name."""
    return re.compile(rf"^(?:{lexicon.alternation(lexicon.NAME_WORDS, 'hyphen_particle')})-[A-Z]")


@cache
def pronoun_pattern() -> re.Pattern[str]:
    forms = [
        *lexicon.words(lexicon.NAME_WORDS, "pronoun_male"),
        *lexicon.words(lexicon.NAME_WORDS, "pronoun_female"),
    ]
    forms += [f.capitalize() for f in forms]
    return re.compile(rf"(?<![\w])({places.trie_alternation(forms)})(?![\w])")


@cache
def female_pronouns() -> frozenset[str]:
    return lexicon.word_set(lexicon.NAME_WORDS, "pronoun_female")


@cache
def reporting_after() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:,\s*)?(?:{lexicon.alternation(lexicon.SPEECH_WORDS, 'after')})\b")


@cache
def reporting_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.SPEECH_WORDS, 'before')})\s*$")


@dataclass
class NameWord:
    start: int
    end: int
    text: str
    possessive: bool = False


@dataclass
class NameRun:
    """Consecutive name words: a full or short name as written."""

    start: int
    end: int
    tokens: tuple[str, ...]
    possessive: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@cache
def fold_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[-'’.]", "", s)


@cache
def _candidate_word() -> re.Pattern[str]:
    """Words that can be part of a name: capitalised ones, particles ("da", "bin"), "al-Abadi".
    Lower-case words are skipped by the regex itself; the gaps between the words found
    are checked later, so "Obama and Biden" still are two names."""
    particles = places.trie_alternation(sorted(name_particles(), key=len, reverse=True))
    hyphened = lexicon.alternation(lexicon.NAME_WORDS, "hyphen_particle")
    return re.compile(
        rf"(?<![\w'’-])(?:(?![a-z])[^\W\d_](?:[\w'’-]*[^\W_])?"
        rf"|(?:{hyphened})-[A-Z][\w'’-]*[^\W_]"
        rf"|(?:{particles})(?![\w'’-]))"
    )


def candidate_words(text: str, ranges: Sequence[tuple[int, int]] | None = None) -> list[NameWord]:
    """The name-word candidates of the text, or of its `ranges` (in order)."""
    out = []
    matches = (
        _candidate_word().finditer(text)
        if ranges is None
        else (m for start, end in ranges for m in _candidate_word().finditer(text, start, end))
    )
    for m in matches:
        s, e, w = m.start(), m.end(), m.group(0)
        possessive = False
        tail = _POSSESSIVE_TAIL.search(w)
        if tail and len(w) > 2:
            w, e, possessive = w[: tail.start()], s + tail.start(), True
        elif (
            e < len(text)
            and text[e] == "."
            and (
                len(w) == 1 or w in lexicon.word_set(lexicon.NAME_WORDS, "abbreviation") or w in honorifics()
            )
        ):
            w, e = w + ".", e + 1
        out.append(NameWord(s, e, w, possessive))
    return out


def is_name_word(w: NameWord) -> bool:
    t = w.text
    if hyphen_particle().match(t):
        return True
    if not t[0].isupper():
        return False
    bare = t.rstrip(".")
    if len(bare) > 1 and bare.isupper():
        return False  # NATO, UN, ALL-CAPS headline words
    if bare in not_names() or bare in honorifics() or bare in title_words():
        return False
    if _not_a_surname().search(bare):
        return False  # "Reduction", "Unionists", "Partnership": nouns, not names
    if len(t) == 2 and t.endswith("."):
        return True  # a middle initial
    return len(bare) > 1


@cache
def _not_a_surname() -> re.Pattern[str]:
    """Nouns by their ending: "Reduction", "Unionists", "Partnership"."""
    return re.compile(rf"^.{{3,}}(?:{lexicon.alternation(lexicon.NAME_WORDS, 'noun_ending')})$")


_HONORIFIC_JUST_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$")


NAME_GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")


def name_runs(text: str, words: list[NameWord], blocked: list[tuple[int, int]]) -> list[NameRun]:
    """Maximal runs of name words, broken by punctuation, blocked spans and other words."""
    starts = [b[0] for b in blocked]
    reach = list(accumulate((b[1] for b in blocked), max))  # spans may nest: the furthest end so far

    def is_blocked(w: NameWord) -> bool:
        i = bisect_left(starts, w.end)
        return i > 0 and reach[i - 1] > w.start

    runs: list[NameRun] = []
    current: list[NameWord] = []
    pending_particles: list[NameWord] = []

    def close() -> None:
        if current:
            tokens = [w.text for w in current]
            while tokens and tokens[-1] in name_particles():
                tokens.pop()
            if tokens:
                runs.append(NameRun(current[0].start, current[-1].end, tuple(tokens), current[-1].possessive))
        current.clear()
        pending_particles.clear()

    given_nouns = lexicon.word_set(lexicon.NAME_WORDS, "given_noun")
    for k, w in enumerate(words):
        last = pending_particles[-1] if pending_particles else current[-1] if current else None
        joined = (
            last is not None
            and not last.possessive
            and bool(
                NAME_GAP.fullmatch(text[last.end : w.start])
                or (last.end == w.start and last.text.endswith("."))  # "G.K. Butterfield"
                or _bracketed_given_name(text, current, last, w)
            )
        )
        if w.text in name_particles() and joined:
            pending_particles.append(w)
            continue
        if (
            joined
            and current
            and (w.text in not_names() or is_blocked(w))
            and terms_of(" ".join(c.text for c in (*current, *pending_particles, w)))
        ):
            # "Ricardo Lagos", "Miguel de la Madrid": a city or a word no name has, but a
            # leader's surname in the world-leaders table.
            current.extend(pending_particles)
            pending_particles.clear()
            current.append(w)
            continue
        if pending_particles and not (is_name_word(w) and not is_blocked(w) and joined):
            close()
        if (
            w.text in given_nouns
            and not current
            and not pending_particles
            and k + 1 < len(words)
            and re.fullmatch(r"[ \t]+", text[w.end : words[k + 1].start])
            and is_name_word(words[k + 1])
            and not is_blocked(words[k + 1])
            and not (
                k > 0
                and words[k - 1].text[:1].isupper()
                and re.fullmatch(r"[ \t]+", text[words[k - 1].end : w.start])
                and not is_blocked(words[k - 1])  # a title before it is fine: "President Bill Clinton"
            )
        ):
            current.append(w)  # "Bill Clinton", but "the Finance Bill" and "Bill of Rights" are no one
            continue
        if is_name_word(w) and not is_blocked(w):
            if current and not joined:
                close()
            current.extend(pending_particles)
            pending_particles.clear()
            current.append(w)
        elif (
            len(w.text) == 1
            and w.text.isupper()
            and current
            and joined
            and not pending_particles
            and k + 1 < len(words)
            and re.fullmatch(r"[ \t]+", text[w.end : words[k + 1].start])
            and is_name_word(words[k + 1])
            and not is_blocked(words[k + 1])
        ):
            # "George W Bush": a middle initial written without its stop, between two name words
            current.append(NameWord(w.start, w.end, w.text + ".", w.possessive))
        elif w.text in lexicon.word_set(lexicon.NAME_WORDS, "suffix") and joined:
            current.append(w)
            close()
        elif (
            w.text in lexicon.word_set(lexicon.NAME_WORDS, "inner_given")
            and current
            and not pending_particles
            and not current[-1].possessive
            and re.fullmatch(r"[ \t]+", text[current[-1].end : w.start])
        ):
            current.append(w)  # "Liu He": a given name, not the pronoun (which never follows a name)
            close()
        elif (
            w.text in lexicon.word_set(lexicon.NAME_WORDS, "month_surname")
            and not is_blocked(w)
            and (joined or _HONORIFIC_JUST_BEFORE.search(text[max(0, w.start - 6) : w.start]))
        ):
            current.append(w)  # "Theresa May", "Mrs May" (but "in May" stays a month)
        else:
            close()
    close()
    return runs


def _bracketed_given_name(text: str, current: list[NameWord], last: NameWord, w: NameWord) -> bool:
    """ "Prime Minister (Brian) Mulroney", "(former President Ferdinand) Marcos": a wire's words
    in brackets before a surname it quotes bare; the bracket opens the run and closes before it."""
    if not current or text[last.end : w.start] not in (") ", ")\n"):
        return False
    opened = text.rfind("(", max(0, current[0].start - 40), current[0].start)
    return opened >= 0 and not re.search(r"[()\n]", text[opened + 1 : last.end])


def is_plain_name_word(word: str) -> bool:
    """A capitalised word that can only be part of a name (not a country, title or opener)."""
    return not (
        word in places.surfaces() or word in not_names() or word in title_words() or word in honorifics()
    )


def after_home_state(text: str, pos: int) -> int:
    """Skip " of New York" after a name in a list of senators."""
    m = re.match(r"[ \t]+of[ \t]+(?:[A-Z][\w.'’-]*[ \t]?){1,3}", text[pos : pos + 40])
    if m:
        return pos + m.end() - (1 if m.group(0).endswith((" ", "\t")) else 0)
    return pos
