"""Countries named in the article: names, variants, demonyms, capitals as governments.

Every country word is found in one pass over the text (all names, demonyms,
capitals, seats of government and blocking phrases, longest first, looked up in
one dict: newsbrief.phrases), so the cost grows with the article's length only.

Kinds of `CountryMention`:
- "name": "Japan", "the U.S.", "Republic of Korea", "Czechia"
- "demonym": "Japanese", "Dutch", "Emirati"
- "capital": a capital or seat of government standing for the state
  ("Beijing said", "Moscow and Pyongyang's partnership", "the Kremlin")
- "place": a capital that only names where something happens ("in Seoul");
  kept for callers that want places, but it never adds a country by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from newsbrief.cast.title_table import title_phrases
from newsbrief.model import Country, CountryMention, Document
from newsbrief.phrases import PhraseSet
from newsbrief.tables import not_names, read_lines, read_table

STATE_COLUMNS = ("code", "name", "variants", "demonyms", "capitals")
US_STATES_COLUMNS = ("name", "postal", "ap")

COUNTING_KINDS = frozenset({"name", "demonym", "capital"})


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    variants: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    until: int | None = None  # a former state's last year
    successor: str | None = None  # a former state's seat of government is now this state's


@dataclass(frozen=True)
class Surface:
    """What a matched word is: a country word of some kind, or a blocking phrase."""

    code: str  # "" for a blocker; two codes, space-separated, for a pair
    kind: str  # "name", "demonym", "capital", "seat", "blocker", "pair"


def _cells(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _entries(file: str) -> tuple[CountryEntry, ...]:
    entries = []
    historic = file == "historic_states.tsv"
    columns = STATE_COLUMNS + (("until", "successor") if historic else ())
    for row in read_table(file, columns, optional=1 if historic else 0):
        code, name, variants, demonyms, capitals, until, successor = (row + ("", ""))[:7]
        entries.append(
            CountryEntry(
                code,
                name,
                (name, *_cells(variants)),
                _cells(demonyms),
                _cells(capitals),
                int(until) if until.strip().isdigit() else None,
                successor.strip() or None,
            )
        )
    return tuple(entries)


@cache
def country_table() -> tuple[CountryEntry, ...]:
    """Today's states: the 193 UN members, the two observers, Taiwan and Kosovo."""
    return _entries("countries.tsv")


@cache
def all_states() -> tuple[CountryEntry, ...]:
    """Today's states and former ones (Soviet Union, Yugoslavia, Czechoslovakia)."""
    return country_table() + _entries("historic_states.tsv")


@cache
def _names_by_code() -> dict[str, str]:
    return {e.code: e.name for e in all_states()}


def country_name(code: str) -> str:
    """The common short English name for an ISO code ("KR" -> "South Korea")."""
    name = _names_by_code().get(code)
    if name:
        return name
    import pycountry  # only for codes outside our table

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or getattr(found, "name", code) if found else code


@cache
def seats() -> frozenset[str]:
    """Seats of government ("Kremlin", "White House"): they speak for the state."""
    return frozenset(phrase for phrase, _ in read_table("seats.tsv", ("phrase", "code")))


def is_country_code(code: str) -> bool:
    return code in _names_by_code()


@cache
def news_sources() -> dict[str, str]:
    """News outlets named in a dateline or credit -> the state they report from (news_sources.tsv)."""
    return {name: code for name, code in read_table("news_sources.tsv", ("source", "code"))}


@cache
def surfaces() -> dict[str, Surface]:
    """Every surface form -> what it is. Blockers and longer forms take precedence."""
    table: dict[str, Surface] = {}
    for e in all_states():
        for c in e.capitals:
            table.setdefault(c, Surface(e.code, "capital"))
        for d in e.demonyms:
            table[d] = Surface(e.code, "demonym")
        for v in e.variants:
            table[v] = Surface(e.code, "name")
    for phrase, code in read_table("seats.tsv", ("phrase", "code")):
        table[phrase] = Surface(code, "seat")
    for phrase in read_lines("country_blockers.txt"):
        table[phrase] = Surface("", "blocker")
    for outlet in news_sources():
        # "Times of India", "Bangkok Post": an outlet is no mention of its country. Only outlets
        # with a country word are blockers, so "Dawn" stays a possible given name.
        words = outlet.split()
        grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        if any(g in table and table[g].kind != "blocker" for g in grams):
            table[outlet] = Surface("", "blocker")
    for phrase, codes in read_table("country_pairs.tsv", ("phrase", "codes")):
        table[phrase] = Surface(codes, "pair")
    return table


def trie_alternation(forms: list[str] | tuple[str, ...] | set[str]) -> str:
    """One regex alternation for many phrases, shaped as a trie so the engine never
    re-tries a shared prefix ("South Korea", "South Korean", "South Sudan").
    Longer phrases win over their prefixes.

    Built from the sorted phrases, a run of phrases with one prefix at a time (the prefix
    they all share written at once), not a dict node per character: the same string, in a
    fraction of the time a process's first article spent building its tables' patterns."""
    ordered = sorted(set(forms))
    escape = re.escape

    def emit(lo: int, hi: int, depth: int) -> str:
        # ordered[lo:hi] share their first `depth` characters; a phrase that ends there sorts first
        ends = len(ordered[lo]) == depth
        if ends:
            lo += 1
        if lo == hi:
            return ""
        first, last = ordered[lo], ordered[hi - 1]
        shared = depth
        while shared < len(first) and shared < len(last) and first[shared] == last[shared]:
            shared += 1
        if shared > depth:  # one path down the trie until the phrases part or one ends
            body = escape(first[depth:shared]) + emit(lo, hi, shared)
        else:
            branches = []
            start = lo
            while start < hi:
                ch = ordered[start][depth]
                stop = start + 1
                while stop < hi and ordered[stop][depth] == ch:
                    stop += 1
                branches.append(escape(ch) + emit(start, stop, depth + 1))
                start = stop
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(0, len(ordered), 0) if ordered else ""


@cache
def _surface_set() -> PhraseSet:
    """Every surface form, found longest first where no word character touches it (a hyphen
    may: "U.S.-Canada", "Sino-Brazilian"); a dict lookup, not one regex of them all, which took
    tens of milliseconds to compile on a process's first article."""
    return PhraseSet(surfaces())


@cache
def _ambiguity() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    person_like: set[str] = set()
    needs: dict[str, tuple[str, ...]] = {}
    for word, rule in read_table("ambiguous_countries.tsv", ("word", "rule")):
        if rule == "person":
            person_like.add(word)
        elif rule.startswith("needs:"):
            needs[word] = _cells(rule[len("needs:") :])
    return frozenset(person_like), needs


@cache
def _government_verbs() -> frozenset[str]:
    return frozenset(read_lines("government_verbs.txt"))


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(read_lines("place_nouns.txt"))


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


@cache
def _capital_context(kind: str) -> tuple[str, ...]:
    return tuple(word for k, word in read_table("capital_context.tsv", ("kind", "word")) if k == kind)


@cache
def _adverb() -> re.Pattern[str]:
    """Adverbs and auxiliaries between a capital and its verb: "Beijing has also strongly warned"."""
    return re.compile(rf"\s*(?:{trie_alternation(_capital_context('between_word'))}|\w+ly)\b")


_PREV_WORD = re.compile(r"([\w.'’-]+)\W*$")
_LINK = re.compile(r"\s*(?:,\s*|\s+and\s+|-|–|/)\s*$")


def _is_government_use(text: str, start: int, end: int) -> bool | None:
    """True: the capital acts as a state; False: a place; None: the context does not say."""
    after = text[end : end + 60]
    poss = _POSSESSIVE.match(after)
    if poss:
        nxt = re.match(r"\s*([\w-]+)", after[poss.end() :])
        # "Beijing's streets", "Beijing's Tiananmen Square" are places.
        return not (nxt and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in _place_nouns()))
    rest = after
    adverb = _adverb().match(rest)
    while adverb:
        rest = rest[adverb.end() :]
        adverb = _adverb().match(rest)
    nxt = re.match(r"\s*([A-Za-z]+)", rest)
    if nxt and nxt.group(1) in _government_verbs():
        return True  # "Beijing said", "Moscow has warned" (not "Paris has historically suffered")
    before = text[max(0, start - 40) : start]
    prev = _PREV_WORD.search(before)
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word in _capital_context("place_before"):
        return False
    if prev_word in _capital_context("government_before"):
        return True
    return None


def _next_capitalised(text: str, end: int) -> str | None:
    m = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[end : end + 40])
    return m.group(1) if m else None


def _prev_capitalised(text: str, start: int) -> str | None:
    m = re.search(r"(?:^|[^\w.])([A-Z][a-z][\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
    return m.group(1) if m else None


def _looks_like_person(text: str, start: int, end: int, sentence_start: int) -> bool:
    """ "Michael Jordan", "Jordan Peterson": a country word inside a run of name words."""
    own = surfaces()
    nxt = _next_capitalised(text, end)
    if nxt and nxt not in own and nxt not in _title_words():
        return True
    prev = _prev_capitalised(text, start)
    if not prev or prev in own or prev in _title_words() or prev in _sentence_openers():
        return False
    if start - len(prev) - 1 <= sentence_start:
        # "Michael Jordan said", but not "Visiting Jordan" or "Neighbouring Chad".
        return not re.search(r"(?:ing|ed|ly)$", prev)
    return True


def _surname_in_body(doc: Document, text: str, start: int) -> bool:
    """A one-word country or capital right after a first name, in running prose (not in a
    title-case headline, where "Putin Warns Ukraine" is common)."""
    sent = doc.sentence_at(start)
    if sent is None or sent.kind != "body":
        return False
    prev = _prev_capitalised(text, start)
    if not prev or prev in surfaces() or prev in _title_words() or prev in _sentence_openers():
        return False
    if start - len(prev) - 1 <= sent.start:
        return False  # the sentence's first word may be any capitalised word
    return not re.search(r"(?:ing|ed|ly|s)$", prev)


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for phrase in title_phrases() for w in phrase.split())


@cache
def _office_of_pattern() -> re.Pattern[str]:
    titles = trie_alternation(sorted(_title_words(), key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{titles}))(?:[ \t]+[A-Z][\w.'’-]*){{0,4}}[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _office_of_before(text: str, start: int) -> bool:
    """ "Foreign Minister Maka Botchorishvili of", "the president of": an office of the state after it."""
    return bool(_office_of_pattern().search(text[max(0, start - 80) : start]))


@cache
def _sentence_openers() -> frozenset[str]:
    return not_names()


@cache
def us_state_names() -> frozenset[str]:
    """ "Georgia", "South Carolina": the states of the United States."""
    return frozenset(row[0] for row in read_table("us_states.tsv", US_STATES_COLUMNS))


@cache
def us_state_forms() -> frozenset[str]:
    """Names and AP abbreviations of the US states ("Florida", "Fla.")."""
    return frozenset(
        cell for row in read_table("us_states.tsv", US_STATES_COLUMNS) for cell in (row[0], row[2])
    )


@cache
def us_state_offices() -> frozenset[str]:
    return frozenset(read_lines("us_state_offices.txt"))


@cache
def _us_state_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What makes a name the US state: an office after it ("Georgia Governor", "Georgia
    Republicans", "Georgia governor"), or "Senator X of", "the governor of" before it."""
    offices = trie_alternation(sorted(us_state_offices(), key=len, reverse=True))
    after = re.compile(rf"[ \t]+(?i:{offices})(?![\w])")
    before = re.compile(
        rf"(?<![\w])(?i:{offices})[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){{0,4}}(?:\([^)]*\)[ \t]+)?of[ \t]+$"
    )
    return after, before


def is_us_state_here(text: str, start: int, end: int) -> bool:
    """Is this state name (also a country's, "Georgia") the US state here?"""
    after, before = _us_state_context()
    return bool(after.match(text, end) or before.search(text[max(0, start - 80) : start]))


def place_word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every country word, capital, seat and blocking phrase ("Washington Post",
    "London" in "London Stock Exchange"): never part of a person's name. Words that
    are also given names or surnames ("Jordan", "Chad") are left out."""
    person_like, _ = _ambiguity()
    return [(s, e) for s, e in _surface_set().finditer(text) if text[s:e] not in person_like]


def find_country_mentions(doc: Document) -> tuple[CountryMention, ...]:
    text = doc.text
    person_like, needs = _ambiguity()
    table = surfaces()
    raw: list[tuple[int, int, str, str]] = []
    for start, end in _surface_set().finditer(text):
        surface = table[text[start:end]]
        if surface.kind == "blocker" or text.startswith("$", end):
            continue  # "US$3.9 billion" names a currency
        if surface.kind == "pair":
            for code in surface.code.split():  # "North and South Korea": both, on the same words
                raw.append((start, end, code, "name"))
            continue
        raw.append((start, end, surface.code, surface.kind))
    if not raw:
        return ()

    present = {text[s:e] for s, e, _, _ in raw}
    out: list[CountryMention] = []
    capitals: list[int] = []  # indexes into out of capital uses still undecided
    for s, e, code, kind in raw:
        word = text[s:e]
        cued = word not in needs or any(cue in present or cue in text for cue in needs[word])
        if not cued and not _office_of_before(text, s):
            continue  # but "Foreign Minister X of Georgia" needs no other cue
        if word in us_state_names() and is_us_state_here(text, s, e):
            continue  # "Georgia Governor Brian Kemp", "Senator X of Georgia"
        if word in person_like:
            sent = doc.sentence_at(s)
            if _looks_like_person(text, s, e, sent.start if sent else 0):
                continue
        elif (
            kind in ("name", "capital")
            and " " not in word
            and not word.isupper()
            and _surname_in_body(doc, text, s)
        ):
            continue  # "Tom Holland", "Denzel Washington", "Kathy Ireland"
        if kind == "seat":
            out.append(CountryMention(code, s, e, "capital"))
        elif kind == "capital":
            if _next_capitalised(text, e) and not _POSSESSIVE.match(text[e : e + 2]):
                # "Washington Post", "Paris Hilton": part of a longer name.
                continue
            use = _is_government_use(text, s, e)
            out.append(CountryMention(code, s, e, "capital" if use else "place"))
            if use is None:
                capitals.append(len(out) - 1)
        else:
            out.append(CountryMention(code, s, e, kind))
    _settle_linked_capitals(text, out, capitals)
    return tuple(_seats_of_former_states(_former_states_in_passing(doc, out)))


_YEAR = re.compile(r"(?<![\w.,$£€-])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")


# "the collapse of the Soviet Union", "the former Yugoslavia": the state as history.
_PAST_STATE_BEFORE = re.compile(
    r"(?:\b(?:end|collapse|fall|break-?up|dissolution|demise|death)\s+(?:of|for)\s+(?:the\s+)?"
    r"|\bformer\s+(?:the\s+)?)$",
    re.I,
)


# "the Soviets' 1945 liberation", "the 1968 Soviet invasion": a dated event of the state's past.
_DATED_EVENT_AFTER = re.compile(r"['’]s?[ \t]+(?:1[89]\d\d|20\d\d)\b")
_DATED_EVENT_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d)[ \t]+$")


@cache
def _former_state_ends() -> dict[str, int]:
    return {e.code: e.until for e in all_states() if e.until is not None}


def _former_states_in_passing(doc: Document, out: list[CountryMention]) -> list[CountryMention]:
    """A former state (Soviet Union, Yugoslavia) is a country in the news only in news of its
    time; in an article that writes a later year (or is dated later), right after "the collapse
    of", or with a year on the event ("the Soviets' 1945 liberation"), it is a historical aside,
    kept as a place so no one counts it."""
    ends = _former_state_ends()
    if not any(m.code in ends for m in out):
        return out
    years = [int(y) for y in _YEAR.findall(doc.text)]
    if doc.published and _YEAR.match(doc.published[:4]):
        years.append(int(doc.published[:4]))
    latest = max(years, default=0)
    kept = []
    for m in out:
        until = ends.get(m.code)
        if until is not None and (
            latest > until
            or _PAST_STATE_BEFORE.search(doc.text[max(0, m.start - 30) : m.start])
            or _DATED_EVENT_AFTER.match(doc.text, m.end)
            or _DATED_EVENT_BEFORE.search(doc.text[max(0, m.start - 12) : m.start])
        ):
            m = CountryMention(m.code, m.start, m.end, "place")
        kept.append(m)
    return kept


def _seats_of_former_states(out: list[CountryMention]) -> list[CountryMention]:
    """ "Soviet Premier Ryzhkov ... Kremlin leader Mikhail Gorbachev": in news of the Soviet
    Union's time (a mention of it still counts, see _former_states_in_passing), its seat of
    government and capital are its own, not its successor's."""
    successors = {e.successor: e.code for e in all_states() if e.successor}
    current = {m.code for m in out if m.kind != "place" and m.code in set(successors.values())}
    back = {new: old for new, old in successors.items() if old in current}
    if not back:
        return out
    return [
        CountryMention(back[m.code], m.start, m.end, m.kind) if m.kind == "capital" and m.code in back else m
        for m in out
    ]


def _settle_linked_capitals(text: str, out: list[CountryMention], undecided: list[int]) -> None:
    """ "Moscow and Pyongyang's partnership": a capital joined by "and", "-" or ","
    to a state actor is one too; joined to a place it stays a place."""
    undecided_set = set(undecided)
    for _ in range(2):
        for i in list(undecided_set):
            m = out[i]
            for j in (i - 1, i + 1):
                if not 0 <= j < len(out) or j in undecided_set:
                    continue
                other = out[j]
                gap = text[other.end : m.start] if j < i else text[m.end : other.start]
                if len(gap) > 7 or not _LINK.match(gap + " " if not gap.endswith(" ") else gap):
                    continue
                if other.kind in COUNTING_KINDS:
                    out[i] = CountryMention(m.code, m.start, m.end, "capital")
                    undecided_set.discard(i)
                    break


def rank_countries(
    doc: Document,
    mentions: tuple[CountryMention, ...],
    required: dict[str, int] | None = None,
) -> tuple[Country, ...]:
    """Countries most important first: mentions, with a lead for the headline and opening.

    `required` maps codes that must be listed (a leader's country) to a mention
    count to use when the text itself gives none.
    """
    counts: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    lead_end = _lead_end(doc)
    place_counts: Counter[str] = Counter()
    for m in mentions:
        if m.kind in COUNTING_KINDS:
            counts[m.code] += 1
            weight[m.code] += 3 if m.start < lead_end else 1
        else:
            place_counts[m.code] += 1
    for code, n in (required or {}).items():
        if code not in counts and is_country_code(code):
            counts[code] = max(n, place_counts[code], 1)
            weight[code] += counts[code]
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.code, m.start)
    order = sorted(counts, key=lambda c: (-weight[c], first_seen.get(c, 1 << 30)))
    return tuple(Country(code, country_name(code), counts[code]) for code in order)


def _lead_end(doc: Document) -> int:
    """End offset of the headline and the first two body sentences."""
    seen = 0
    for s in doc.sentences:
        if s.kind == "body":
            seen += 1
            if seen >= 2:
                return s.end
    return doc.sentences[-1].end if doc.sentences else 0
