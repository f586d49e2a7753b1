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
announced meetings are kept with their `when`; past ones become background.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from .model import Cast, Document, Meeting, Participant, Person, Sentence
from .tables import read_tsv

# Richest first: when one pair is reported twice, the more specific kind wins.
KIND_ORDER = ("summit", "bilateral meeting", "phone call", "talks", "visit", "meeting")

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\d,.:]*|[^\w\s]")
_POSSESSIVE_END = re.compile(r"\A['’]s?\b")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Country mentions that can be where someone goes: "Poland", "Tokyo" (as a government or as a place).
_PLACE_KINDS = ("name", "capital", "place")
# What a list of countries is made of, between its group word and each country.
_LIST_JOINERS = frozenset({",", "and", "&", "the", "of", "from", "-", "–", "—"})
_LIST_PUNCT = frozenset(",()&-–—")
_QUOTES = frozenset('"“”‘’«»')
_MONTHS_DAYS = frozenset(
    re.findall(
        r"\w+",
        "January February March April May June July August September October November December "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    )
)
_WHERE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+((?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*)"
)
# "their June summit", "the 2019 talks": a month or year worn as an adjective names a past meeting
# ("the Dec. 28 meeting", with its day, is usually one to come).
_ATTRIBUTIVE_PAST = re.compile(
    r"(?:\b(?:their|his|her|its|the)|['’]s?)\s+(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)|(?:19|20)\d\d)\s+(?:[a-z\-]+\s+)?\Z"
)
# A hyphenated modifier of a meeting noun: "delegation-level", "wide-ranging", "two-day".
_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")
# A name right after "at"/"in" is where something happened, not who: "at Rashtrapati Bhavan".
_AT_PLACE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?\Z")
_BY_PHONE = re.compile(r"\s+(?:\w+\s+)?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b", re.I)
# "X told Y in a phone call", "X assured Y during their meeting": the meeting word comes after both.
_IN_MEETING = re.compile(
    r"\s*,?\s*(?:(?:in|during)\s+(?:a|an|their|his|her)|at\s+their)\s+(?:[\w\-]+\s+){0,2}\Z", re.I
)
_AFTER_DOING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince)\s+\Z")
_PARTICIPLE = re.compile(r"\b(?:before|after|while|then)\s+(?:\w+ly\s+)?[a-z]+ing\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:met|visited|held|hosted|spoken|talked)\b")
# Subjects and owners are looked for at most this far before the meeting word.
_MAX_SUBJECT_TOKENS = 16
_MAX_LEAD_CHARS = 160
# How far before the meeting word a refusal or condition is looked for ("hopes for a breakthrough
# during next week's visit" is about the breakthrough).
_BEFORE_CHARS = 80
# How close a "near" negation stands to its meeting word: "had hoped to hold a summit with".
_NEAR_CHARS = 32
# "The two leaders" looks this many sentences back for the two.
_HISTORY_SENTENCES = 3


# --- tables -------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingWord:
    pattern: re.Pattern[str]
    kind: str
    frame: str  # "verb" or "noun"
    places: bool
    together: bool  # "X and Y <word>" is a meeting of X and Y
    then: re.Pattern[str] | None  # what must follow the participants, if anything


@dataclass(frozen=True)
class Tables:
    words: tuple[MeetingWord, ...]
    finder: re.Pattern[str]
    roles: dict[str, frozenset[str]]
    negations_before: tuple[re.Pattern[str], ...]
    negations_after: tuple[re.Pattern[str], ...]
    negations_near: tuple[re.Pattern[str], ...]
    undone_later: re.Pattern[str]
    plans: tuple[re.Pattern[str], ...]
    times: tuple[tuple[re.Pattern[str], str], ...]
    purpose: re.Pattern[str]

    def has(self, word: str, *roles: str) -> bool:
        bare = word.rstrip(".")  # "leaders." at a sentence end, but "sens." as written
        return any(word in self.roles.get(r, ()) or bare in self.roles.get(r, ()) for r in roles)


def _rows(name: str) -> list[tuple[str, ...]]:
    rows = list(read_tsv(name))
    return rows[1:]  # the header row


@cache
def tables() -> Tables:
    words = tuple(
        MeetingWord(
            re.compile(p, re.I),
            kind,
            frame,
            places == "yes",
            together == "yes",
            None if then == "-" else re.compile(then),
        )
        for p, kind, frame, places, together, then in _rows("meeting_verbs.tsv")
    )
    # One finder over every pattern, longest first so "bilateral meetings" beats "meetings".
    patterns = sorted({w.pattern.pattern for w in words}, key=len, reverse=True)
    finder = re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.I)
    roles: dict[str, set[str]] = {}
    for word, role in _rows("meeting_words.tsv"):
        roles.setdefault(role, set()).add(word)
    negations = _rows("meeting_negations.tsv")

    def cue(text: str) -> re.Pattern[str]:
        # "If elected, ..." at a sentence start, but "may" never as the month "May".
        flags = 0 if text.capitalize() in _MONTHS_DAYS else re.I
        return re.compile(r"(?<![\w'’])" + re.escape(text) + r"(?![\w])", flags)

    purpose_nouns = "talks|summit|meeting|meetings|discussions|negotiations|consultations|visit|state visit"
    return Tables(
        words=words,
        finder=finder,
        roles={k: frozenset(v) for k, v in roles.items()},
        negations_before=tuple(cue(c) for c, where in negations if where == "before"),
        negations_after=tuple(cue(c) for c, where in negations if where == "after"),
        negations_near=tuple(cue(c) for c, where in negations if where == "near"),
        # "..., but the meeting was cancelled": the meeting itself, named again, and what befell it.
        undone_later=re.compile(
            r"\b(?:the|that|this|their|its|his|her|a|any|such)\s+(?:[\w\-]+\s+){0,2}?"
            r"(?:" + purpose_nouns + r"|trip|call|encounter)\s+"
            r"(?:(?:was|were|is|are|has|have|had|been|be|would|will|now|later|also|then|since|"
            r"eventually|ultimately|abruptly|quietly)\s+)*(?:"
            + "|".join(re.escape(c) for c, where in negations if where == "later")
            + r")\b",
            re.I,
        ),
        plans=tuple(cue(c) for c, where in negations if where == "plan"),
        times=tuple((re.compile(r"\b(?:" + p + r")\b"), t) for p, t in _rows("meeting_times.tsv")),
        purpose=re.compile(
            r"\A\s*,?\s*(?:for|to\s+hold|to\s+attend)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?"
            r"(" + purpose_nouns + r")\b",
            re.I,
        ),
    )


# --- what the sentence holds ----------------------------------------------------


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
class Reading:
    """Participants read around one meeting word, before they become a Meeting."""

    parties: tuple[Item, ...]
    star: bool  # True: the first `hub` parties each met every other party separately
    hub: int
    kind: str
    end: int  # where the participant list ends (for "after" negations, purpose, place)
    place: Item | None = None


def _items(
    doc: Document, cast: Cast, sentence: Sentence, recent: tuple[int, ...] = (), named: tuple[int, ...] = ()
) -> list[Item]:
    """People and countries in the sentence; "the two leaders" stands for the last two people named
    (in this sentence, or in `named`, the people of the few sentences before; `recent` are those
    of the sentence just before)."""
    text = doc.text
    found: list[Item] = []
    for m in cast.mentions_in(sentence.start, sentence.end):
        p = cast.people[m.person]
        if not _can_meet(p):
            continue
        if m.kind == "name" and _AT_PLACE.search(text, sentence.start, m.start):
            continue  # "a welcome at Rashtrapati Bhavan": a building the Cast took for a name
        surface = text[m.start : m.end].lower()
        possessive = (
            m.kind == "possessive"
            or surface.endswith(("'s", "’s"))
            or bool(_POSSESSIVE_END.match(text[m.end : m.end + 3]))
            or (surface in _POSSESSIVE_PRONOUNS and surface != "her")
            or (surface == "her" and _determiner_her(text, m.end))
        )
        found.append(Item(m.start, m.end, m.person, p.country, m.kind, possessive))
    people_spans = [(i.start, i.end) for i in found]
    for c in cast.country_mentions:
        if c.end <= sentence.start or c.start >= sentence.end:
            continue
        if any(s < c.end and c.start < e for s, e in people_spans):
            continue
        possessive = bool(_POSSESSIVE_END.match(text[c.end : c.end + 3]))
        found.append(Item(c.start, c.end, None, c.code, c.kind, possessive))
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
        before = list(named or recent) + [
            i.person for i in found if i.person is not None and i.end <= m.start() and i.kind != "pair"
        ]
        if tables().has(m.group(1).lower(), "head"):
            # "the two leaders": leaders, when two were named (not the minister quoted in between).
            leaders = [p for p in before if cast.people[p].is_leader]
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


def _can_meet(person: Person) -> bool:
    """People meet; bodies and those who only speak for others ("spokesperson Kang") do not."""
    if person.kind != "person":
        return False
    title = (person.title or "").lower()
    return not any(re.search(r"\b" + re.escape(v) + r"\b", title) for v in tables().roles.get("voice", ()))


@cache
def _the_two() -> re.Pattern[str]:
    nouns = "|".join(sorted(tables().roles.get("two", ())))
    return re.compile(r"\b[Tt]he\s+two\s+(?:[a-z]+\s+)?(" + nouns + r")\b")


def _determiner_her(text: str, end: int) -> bool:
    """ "her Philippine counterpart" (whose), not "met her and ...", "met her on Tuesday" (whom)."""
    following = _tokens(text[end : end + 30])[:1]
    if not following or not following[0][0].isalpha():
        return False
    return not tables().has(following[0].lower(), "light", "list", "stop")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(re.sub(r"['’]s\b", " ", text))


def _gap_ok(text: str, roles: tuple[str, ...], *, adverbs: bool = False, max_tokens: int = 40) -> bool:
    """True when every word of `text` may stand inside a participant list."""
    t = tables()
    tokens = _tokens(text)
    if len(tokens) > max_tokens:
        return False
    for tok in tokens:
        low = tok.lower()
        if tok in _LIST_PUNCT or tok == "." or tok.isdigit():
            continue
        if t.has(low, "stop") and not t.has(low, *roles):
            return False
        if tok[0].isupper() or t.has(low, *roles, "qualifier"):
            continue
        if adverbs and low.endswith("ly") and len(low) > 4:
            continue
        if "light" in roles and _COMPOUND.fullmatch(low):
            continue  # "held delegation-level talks", "wide-ranging talks"
        return False
    return True


def _gap_clean(text: str, max_tokens: int = _MAX_SUBJECT_TOKENS) -> bool:
    """A subject may be this far from its verb: no clause break, no quote mark."""
    t = tables()
    tokens = _tokens(text)
    if len(tokens) > max_tokens:
        return False
    return not any(tok in _QUOTES or tok in ";:" or t.has(tok.lower(), "stop") for tok in tokens)


def _group_near(text: str, item: Item, before: str) -> bool:
    """A country stands for its people: "Japanese officials", "the leaders of Germany"."""
    t = tables()
    after = _tokens(text[item.end : item.end + 40])[:2]
    if any(t.has(w.lower(), "group") for w in after if w[0].islower()):
        return True
    # Back over the list the country stands in: "the leaders of France, Germany and Britain".
    for w in reversed(_tokens(before)[-24:]):
        if w[0].isupper() or w.isdigit() or w in _LIST_JOINERS:
            continue
        return t.has(w.lower(), "group")
    return False


# --- reading participants -----------------------------------------------------


def _is_party(item: Item, *, places: bool, group_context: bool, text: str, before: str) -> bool:
    if item.possessive:
        return False
    if item.person is not None:
        return True
    if places and item.kind in _PLACE_KINDS:
        return True
    return group_context or _group_near(text, item, before)


def _describes(gap: str) -> bool:
    """Only titles between a country and a person: "Chilean counterpart", "Iraq's Prime Minister"."""
    t = tables()
    return "," not in gap and all(
        w[0].isupper() or t.has(w.lower(), "group", "qualifier") or w in ("-", ".") for w in _tokens(gap)
    )


def _read_list(
    text: str, items: list[Item], pos: int, limit: int, *, places: bool, lead_roles: tuple[str, ...]
) -> tuple[list[Item], int]:
    """The participants listed from `pos` on ("with X, Y and Z"), and where the list ends."""
    out: list[Item] = []
    cursor = pos
    lead = ""
    for item in items:
        if item.start < pos or item.end > limit:
            continue
        gap = text[cursor : item.start]
        if not out:
            if item.start - pos > _MAX_LEAD_CHARS or not _gap_ok(gap, lead_roles, adverbs=True):
                break
            lead += gap
        elif not _gap_ok(gap, ("list", "group")):
            break
        elif item.kind == "pronoun" and not re.search(r"\band\b", gap):
            break  # "talks with Kishida, he said": a new clause, not one more guest
        group_context = any(tables().has(w.lower(), "group") for w in _tokens(lead))
        before = text[pos : item.start]
        if out and out[-1].person is None and item.person is not None and _describes(gap):
            out.pop()  # "his Chilean counterpart Elena Marquez": the country only described her
        if _is_party(item, places=places, group_context=group_context, text=text, before=before):
            out.append(item)
        cursor = item.end
    joined = any(
        a.start == b.start or re.search(r"\b(?:and|or)\b|&", text[a.end : b.start])
        for a, b in itertools.pairwise(out)
    )
    if len(out) >= 2 and not joined:
        out = out[:1]  # "In a call with Putin, Biden warned": a list has its "and"; this is a new clause
    return out, (out[-1].end if out else pos)


def _subjects(
    text: str, items: list[Item], trigger_start: int, sentence: Sentence, *, strict: bool, possessive: bool
) -> list[Item]:
    """Who does the meeting: the nearest person before the word, and any joined to it by "and"."""
    before = [i for i in items if i.end <= trigger_start]
    head: Item | None = None
    for item in reversed(before):
        if item.person is None and not _group_near(text, item, text[sentence.start : item.start]):
            continue
        if item.possessive and not possessive:
            continue
        gap = text[item.end : trigger_start]
        ok = _gap_ok(gap, ("light", "list"), adverbs=True) if strict else _gap_clean(gap)
        if not ok:
            return []
        head = item
        break
    if head is None:
        return []
    group = [head]
    for item in reversed([i for i in before if i.end <= head.start or (i.start == head.start and i != head)]):
        if item.person is None and not (
            item.kind in _PLACE_KINDS and _group_near(text, item, text[sentence.start : item.start])
        ):
            continue  # a country counts only as its people: "the leaders of Japan and South Korea met"
        if item.start == group[0].start:
            group.insert(0, item)  # the other of "the two leaders"
            continue
        gap = text[item.end : group[0].start]
        if not re.search(r"\band\b|[,&/–-]", gap) or not _gap_ok(gap, ("list", "group"), max_tokens=10):
            break
        group.insert(0, item)
    return group


def _negation_start(items: list[Item], reading: Reading, trigger_start: int, sentence: Sentence) -> int:
    """Where refusals and calls are looked for: from a few words before the parties that come before
    the meeting word, or from the person just before them when they are that person's object
    ("X urged Y to meet Z", "X invited Y to visit")."""
    before = [i for i in reading.parties if i.end <= trigger_start]
    if not before:
        return max(sentence.start, trigger_start - _BEFORE_CHARS)
    first = min(before, key=lambda i: i.start)
    preceding = [
        i for i in items if i.end <= first.start and i.person is not None and i not in reading.parties
    ]
    if preceding and first.start - preceding[-1].end <= 40:
        # The whole stretch from the one who urges: "X called on A and B to meet", however long A and B.
        return preceding[-1].end
    # A few words before the first party too: "invited him to visit her", "If elected, X will meet Y".
    return max(sentence.start, first.start - 22, trigger_start - _BEFORE_CHARS)


def _negated(text: str, window_start: int, trigger_start: int, list_end: int, sentence_end: int) -> bool:
    t = tables()
    window = text[window_start:trigger_start]
    if any(p.search(window) for p in t.negations_before):
        return True
    # A "near" cue governs the meeting word: only light words between ("had hoped to hold a summit").
    near_start = max(window_start, trigger_start - _NEAR_CHARS)
    for p in t.negations_near:
        for m in p.finditer(text, near_start, trigger_start):
            if _gap_ok(text[m.end() : trigger_start], ("light",), adverbs=True):
                return True
    after = text[list_end : min(list_end + 40, sentence_end)]
    if any(p.search(after) for p in t.negations_after):
        return True
    return bool(t.undone_later.search(text, list_end, sentence_end))


def _only_planned(text: str, reading: Reading, trigger_start: int, sentence_end: int) -> bool:
    """ "plans to meet", "a planned summit", "a visit is planned": between the subject and the
    meeting word, or just after its participants ("Ahead of the summit, X met Y" is no plan)."""
    subject_end = max((p.end for p in reading.parties if p.end <= trigger_start), default=0)
    before = text[max(subject_end, trigger_start - 30) : trigger_start]
    list_end = reading.end
    after = text[list_end : min(list_end + 25, sentence_end)]
    if any(p.search(before) for p in tables().plans):
        return True
    # After the participants only as what the meeting is: "... is planned", not "met Y as planned".
    copula = re.match(r"\W*(?:is|are|was|were|has\s+been|have\s+been|being|remains?)\s+(?:\w+ly\s+)?", after)
    return bool(copula) and any(p.match(after, copula.end()) for p in tables().plans)


def _purpose_kind(text: str, end: int) -> str | None:
    m = tables().purpose.match(text[end : end + 60])
    if not m:
        return None
    for w in tables().words:
        if w.frame == "noun" and w.pattern.fullmatch(m.group(1)):
            return w.kind
    return None


def _read_verb(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    subjects = subject or _subjects(text, items, start, sentence, strict=False, possessive=False)
    objects, list_end = _read_list(
        text, items, end, sentence.end, places=word.places, lead_roles=("list", "light", "group")
    )
    if not subjects and objects and _AFTER_DOING.search(text, sentence.start, start):
        # "X told reporters after meeting Y", "After visiting Seoul, X flew on": the sentence's subject.
        subjects = [
            i
            for i in items
            if i.person is not None and not i.possessive and i not in objects and i.kind != "pair"
        ][:1]
    # "departs the UK for Germany": the second place is a destination too.
    if word.places and objects:
        more = re.match(r"\s+for\s+", text[list_end : sentence.end])
        if more:
            extra, extra_end = _read_list(
                text, items, list_end + more.end(), sentence.end, places=True, lead_roles=("list",)
            )
            if extra:
                objects += extra
                list_end = extra_end
    kind = word.kind
    if _BY_PHONE.match(text, list_end):
        kind = "phone call"  # "X spoke with Y by phone"
    purpose = _purpose_kind(text, list_end)
    if kind == "purpose":
        # "X will join A, including B and C, for talks": one meeting of everyone.
        if purpose is None or not subjects or not objects:
            return None
        return Reading(tuple(subjects + objects), False, 0, purpose, list_end)
    if purpose and KIND_ORDER.index(purpose) < KIND_ORDER.index(kind):
        kind = purpose
    if objects and subjects:
        place = next((o for o in objects if o.person is None and word.places), None)
        return Reading(tuple(subjects + objects), True, len(subjects), kind, list_end, place)
    if not objects:
        # "X and Y met", "X and Y shake hands".
        mutual = _subjects(text, items, start, sentence, strict=True, possessive=False)
        if len(mutual) >= 2 and word.together:
            return Reading(tuple(mutual), False, 0, kind, end)
    return None


_OWNER_PRONOUN = re.compile(r"\b(his|her|their)\s+((?:[\w.'’\-]+\s+){0,3})\Z", re.I)


def _pronoun_owners(text: str, items: list[Item], sentence: Sentence, start: int) -> list[Item]:
    """ "his talks with Y" when the Cast left "his" unresolved: the nearest person before it."""
    m = _OWNER_PRONOUN.search(text, sentence.start, start)
    if not m or any(i.start < m.end(1) and m.start(1) < i.end for i in items):
        return []
    if not _gap_clean(m.group(2), 3):
        return []
    before = [i for i in items if i.end <= m.start() and i.person is not None and not i.possessive]
    if not before:
        return []
    if m.group(1).lower() != "their":
        return [before[-1]]
    pair = before[-2:]
    if len(pair) == 2 and re.fullmatch(
        r"\s*(?:,\s*)?and\s+(?:[A-Z][\w.'’\-]*\s+){0,4}", text[pair[0].end : pair[1].start]
    ):
        return pair
    return []


def _owners(text: str, items: list[Item], sentence: Sentence, start: int) -> list[Item]:
    """Whose meeting: "X's meeting", "her visit", "X and Y's summit"."""
    by_pronoun = _pronoun_owners(text, items, sentence, start)
    if by_pronoun:
        return by_pronoun
    for item in reversed([i for i in items if i.end <= start]):
        if not item.possessive:
            continue
        gap = text[item.end : start]
        gap = re.sub(r"\A['’]s?", "", gap)
        if not _gap_clean(gap, 4):
            return []  # "Yoon's long-awaited first visit", but not "Yoon's plan to ... visit"
        if item.person is None:
            return []
        owners = [item]
        for prev in reversed([i for i in items if i.end <= item.start]):
            g = text[prev.end : owners[0].start]
            if prev.person is None or not re.search(r"\band\b", g) or not _gap_ok(g, ("list",), max_tokens=8):
                break
            owners.insert(0, prev)
        return owners
    return []


def _told_in(text: str, items: list[Item], sentence: Sentence, start: int) -> list[Item]:
    """ "X told Y in a phone call": a person, one verb, a person, then the meeting word."""
    m = _IN_MEETING.search(text, sentence.start, start)
    if not m:
        return []
    people = [i for i in items if i.end <= m.start() and i.person is not None and not i.possessive]
    if len(people) < 2 or len(_tokens(text[people[-1].end : m.start()])) > 3:
        return []
    a, b = people[-2], people[-1]
    verb = _tokens(text[a.end : b.start])
    t = tables()
    if not 1 <= len(verb) <= 2 or any(
        not w.isalpha() or not w.islower() or (t.has(w, "stop") and w not in ("told", "tells")) for w in verb
    ):
        return []
    return [a, b]


def _read_noun(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    rest = text[end : sentence.end]
    # "talks between X and Y", "a summit in Ottawa next month between X and Y"
    between = re.match(r"(?:\s+[\w.'’\-]+){0,6}?\s+between\s+", rest)
    if between and _gap_clean(rest[: between.start() + between.end() - len("between ")], 8):
        parties, list_end = _read_list(
            text, items, end + between.end(), sentence.end, places=False, lead_roles=("list",)
        )
        if len(parties) >= 2:
            return Reading(tuple(parties), False, 0, word.kind, list_end)
    owners = _owners(text, items, sentence, start)
    owner_is_subject = False
    if not owners:
        owners = subject or _subjects(text, items, start, sentence, strict=False, possessive=False)
        owner_is_subject = bool(owners)
    # "his British trip", "her Tokyo visit": the place is the modifier before the noun.
    if word.places and owners:
        last = [i for i in items if owners[-1].end <= i.start and i.end <= start and i.person is None]
        if last and _gap_ok(text[last[-1].end : start], ("light", "list"), max_tokens=2):
            return Reading(tuple(owners) + (last[-1],), True, len(owners), word.kind, end, last[-1])
    link = re.match(r"\s+(?:[\w.'’\-]+\s+){0,4}?(with|to|by)\s+", rest)
    if link and not _gap_clean(rest[: link.start(1)], 5):
        link = None  # "talks on the nuclear issue with X", but not across a clause
    if link and link.group(1) == "with":
        parties, list_end = _read_list(
            text, items, end + link.end(), sentence.end, places=False, lead_roles=("list", "group")
        )
        if not owners:
            # "After talks with Y, he said": the subject comes after.
            follow = [i for i in items if i.start >= list_end and i.person is not None and not i.possessive]
            if follow and len(_tokens(text[list_end : follow[0].start])) <= 2:
                owners = [follow[0]]
        if parties and owners:
            return Reading(tuple(owners + parties), True, len(owners), word.kind, list_end)
        return None
    if link and word.places and link.group(1) == "by" and not owners:
        # "a visit by Japanese Prime Minister X to Seoul"
        visitors, list_end = _read_list(
            text, items, end + link.end(), sentence.end, places=False, lead_roles=("list", "light")
        )
        to = re.match(r"\s+to\s+", text[list_end : sentence.end])
        if visitors and to:
            found, list_end = _read_list(
                text, items, list_end + to.end(), sentence.end, places=True, lead_roles=("list",)
            )
            places = [p for p in found if p.person is None]
            if places:
                return Reading((*visitors, places[0]), True, len(visitors), word.kind, list_end, places[0])
        return None
    if link and word.places and link.group(1) in ("to", "by"):
        after_link = end + link.end() - len(link.group(1)) - 1
        found, list_end = _read_list(text, items, after_link, sentence.end, places=True, lead_roles=("list",))
        places = [p for p in found if p.person is None]
        if link.group(1) == "to" and places:
            # "next week's visit to Tokyo by Minister X"
            by = re.match(r"\s+by\s+", text[list_end : sentence.end])
            if by and not owners:
                owners, list_end = _read_list(
                    text, items, list_end + by.end(), sentence.end, places=False, lead_roles=("list",)
                )
            if owners:
                parties = (*owners, places[0])
                return Reading(parties, True, len(owners), word.kind, list_end, places[0])
        return None
    if word.places and owners and not link:
        # "X is in China on a three-day visit"
        inside = [
            i
            for i in items
            if owners[-1].end <= i.start and i.end <= start and i.person is None and i.kind in _PLACE_KINDS
        ]
        if inside and re.search(r"\b(?:in|to)\s+(?:the\s+)?\Z", text[owners[-1].end : inside[0].start]):
            return Reading((*owners, inside[0]), True, len(owners), word.kind, end, inside[0])
    told = _told_in(text, items, sentence, start)
    if told:
        return Reading(tuple(told), False, 0, word.kind, end)
    if not word.together:
        return None
    # "X and Y's summit", "X and Y held talks"
    if len(owners) >= 2 and not owner_is_subject:
        return Reading(tuple(owners), False, 0, word.kind, end)
    mutual = _subjects(text, items, start, sentence, strict=True, possessive=True)
    if len(mutual) >= 2:
        return Reading(tuple(mutual), False, 0, word.kind, end)
    return None


# --- from readings to meetings ------------------------------------------------


def _when(text: str, sentence: Sentence, anchor: int, *, before_ok: bool = True) -> tuple[str | None, bool]:
    """The time expression of the meeting's own clause, and whether it is background: the nearest
    after the meeting word, or one shortly before it with no comma between ("on Tuesday, X met Y"
    is the one exception: a time that opens the sentence). A planned meeting's time comes after
    it (`before_ok` False): "met Y on Monday ahead of a planned visit" gives the visit no date."""
    best: tuple[int, str, str] | None = None
    for pattern, tense in tables().times:
        for m in pattern.finditer(text, sentence.start, sentence.end):
            if m.start() >= anchor:
                if not _gap_clean(text[anchor : m.start()], 60):
                    continue  # "..., the first summit since relations thawed last year": another clause
                distance = m.start() - anchor
            elif before_ok and "," not in text[m.end() : anchor] and anchor - m.end() <= 40:
                distance = anchor - m.end() + 1
            elif not re.search(r"[^\W\d_]", text[sentence.start : m.start()]):
                distance = 200  # "Yesterday, he held talks with ..."
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, m.group(0), tense)
    if best is None:
        return None, False
    return re.sub(r"\s+", " ", best[1]), best[2] == "background"


def _where(text: str, sentence: Sentence, trigger: int, list_end: int, place: Item | None) -> str | None:
    """The place named next to the meeting: "in Downing Street" just after the participants, or
    "In Hangzhou, X met Y" just before the meeting word; not "the war in Ukraine" further on."""
    if place is not None:
        return text[place.start : place.end]
    candidates = []
    for m in _WHERE.finditer(text, sentence.start, sentence.end):
        name = m.group(1).rstrip(".,;:")
        words = [w for w in name.split() if w != "the"]
        if not words or words[0].rstrip(".") in _MONTHS_DAYS:
            continue
        if list_end <= m.start() <= list_end + 40 and _gap_ok(text[list_end : m.start()], ("light", "list")):
            candidates.append((0, m.start() - list_end, name))
        elif trigger <= m.start() < list_end or 0 <= trigger - m.end() <= 60:
            candidates.append((1, abs(trigger - m.start()), name))
    return re.sub(r"\s+", " ", min(candidates)[2]) if candidates else None


def _participant(cast: Cast, item: Item, text: str) -> Participant:
    if item.person is not None:
        p: Person = cast.people[item.person]
        return Participant(p.name, p.country)
    office = _office_of_group(text, item)
    if office:
        # "the foreign ministers of Azerbaijan and Armenia", each named elsewhere in the article.
        holders = {p.name: p for p in cast.people if p.country == item.country and _holds(p, office)}
        if len(holders) == 1:
            (p,) = holders.values()
            return Participant(p.name, p.country)
    return Participant(None, item.country)


def _office_of_group(text: str, item: Item) -> tuple[str, ...]:
    """The office a country's people hold in "the foreign ministers of A and B", "the leaders of
    A, B and C" or "A and B's foreign ministers": ("foreign", "minister"), ("leader",); or ()."""
    t = tables()

    def office(words: list[str]) -> tuple[str, ...]:
        # words: the lower-case words just before the group noun, then the noun
        noun = words[-1].rstrip(".")
        single = noun[:-1] if noun.endswith("s") else noun
        if not t.has(noun, "group") or not t.has(single, "office"):
            return ()
        modifier = words[-2] if len(words) >= 2 else None
        if (
            modifier is None
            or modifier in _LIST_JOINERS
            or t.has(modifier, "list")
            and not t.has(modifier, "portfolio")
        ):
            return (single,)
        # "the foreign ministers": that office; "business leaders", "party leaders": no office at all.
        return (modifier, single) if t.has(modifier, "portfolio") else ()

    before = _tokens(text[max(0, item.start - 200) : item.start])[-24:]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w[0].isupper() or w.isdigit() or w in _LIST_JOINERS:
            continue
        found = office([x.lower() for x in before[max(0, k - 1) : k + 1]])
        if found:
            return found
        break
    after = _tokens(text[item.end : item.end + 80])[:12]
    for k, w in enumerate(after):
        if w[0].isupper() or w in _LIST_JOINERS:
            continue
        words = [x.lower() for x in after[k : k + 2]]
        return office(words[:1]) or office(words)
    return ()


def _holds(person: Person, office: tuple[str, ...]) -> bool:
    if person.kind != "person" or not person.title:
        return False
    title = person.title.lower()
    if office[-1] in ("leader", "head"):
        return person.is_leader and tables().has(title, "head_title")
    return all(re.search(r"\b" + re.escape(w) + r"\b", title) for w in office)


def _key(p: Participant) -> str:
    return f"p:{p.name}" if p.name else f"c:{p.country}"


def _groups(cast: Cast, reading: Reading, text: str) -> list[tuple[tuple[Participant, ...], str | None]]:
    """The meetings a reading stands for: one of all parties, or the hub with each other party;
    with the place a guest stands for when the guest is a place ("departs the UK for Germany")."""
    parties = [_participant(cast, i, text) for i in reading.parties]
    groups: list[tuple[tuple[Participant, ...], str | None]]
    if reading.star:
        hub, rest = parties[: reading.hub], parties[reading.hub :]
        # "met the Japanese prime minister, Fumio Kishida": Japan is already there in Kishida.
        named = {p.country for p in rest if p.name}
        groups = []
        for r, i in zip(rest, reading.parties[reading.hub :], strict=True):
            if not r.name and r.country in named:
                continue
            # Only for a word that takes places: "hosted the ministers of Armenia" is not in Armenia.
            place = reading.place is not None and i.person is None and i.kind in _PLACE_KINDS
            if place:
                # "X and Y arrived in Kyiv": each visits; travelling together is no meeting of the two.
                groups += [((h, r), text[i.start : i.end]) for h in hub]
            else:
                groups.append((tuple(hub) + (r,), None))
    else:
        groups = [(tuple(parties), None)]
    out = []
    for group, place in groups:
        unique: dict[str, Participant] = {}
        for p in group:
            unique.setdefault(_key(p), p)
        named_countries = {p.country for p in unique.values() if p.name}
        # A country beside one of its own people adds nothing ("X met her and other Burmese leaders").
        kept = tuple(p for p in unique.values() if p.name or p.country not in named_countries)
        if len(kept) >= 2:
            out.append((kept, place))
    return out


def _merge(found: list[Meeting]) -> list[Meeting]:
    """The same pair described twice is one entry: richest kind, first place and time. A past
    meeting of the same pair adds nothing to a current one (its place and kind were another day's)."""
    merged: dict[frozenset[str], Meeting] = {}
    for m in found:
        key = frozenset(_key(p) for p in m.participants)
        old = merged.get(key)
        if old is None:
            merged[key] = m
        elif old.background != m.background:
            merged[key] = m if old.background else old
        else:
            merged[key] = replace(
                old,
                kind=min(old.kind, m.kind, key=KIND_ORDER.index),
                where=old.where or m.where,
                when=old.when or m.when,
            )
    meetings = list(merged.values())
    return [m for m in meetings if not m.background] + [m for m in meetings if m.background]


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


def _unmirror(doc: Document, cast: Cast, sentence: Sentence, reading: Reading) -> Reading:
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


def _keep_subject(reading: Reading, context: Context) -> Reading:
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


def _context(cast: Cast, sentence: Sentence, readings: list[Reading], previous: Context) -> Context:
    hosts = tuple(i.person for r in readings if r.star for i in r.parties[: r.hub] if i.person is not None)
    guests = tuple(i.person for r in readings if r.star for i in r.parties[r.hub :] if i.person is not None)
    recent = tuple(
        m.person for m in cast.mentions_in(sentence.start, sentence.end) if _can_meet(cast.people[m.person])
    )
    history = (*previous.history, recent)[-_HISTORY_SENTENCES:]
    if not readings and previous.age == 0:
        # One sentence without a meeting ("Dodd is a Democrat.") does not end a run of meetings.
        return Context(previous.hosts, previous.guests, recent, age=1, history=history)
    return Context(hosts, guests, recent, history=history)


def _opens_sentence(text: str, sentence: Sentence, start: int) -> bool:
    return not re.search(r"[^\W\d_]", text[sentence.start : start])


def _read_sentence(
    doc: Document, cast: Cast, sentence: Sentence, context: Context, readings: list[Reading]
) -> list[Meeting]:
    """The meetings one sentence reports; the readings behind them are added to `readings`."""
    text = doc.text
    items = _items(doc, cast, sentence, context.recent, context.named)
    if not items:
        return []
    t = tables()
    out: list[Meeting] = []
    hub: list[Item] = []  # who led the sentence's last meeting, and where its word ended
    hub_end = sentence.start
    for m in t.finder.finditer(text, sentence.start, sentence.end):
        matched = m.group(0)
        if (
            matched[0].isupper()
            and sentence.kind != "headline"
            and not _opens_sentence(text, sentence, m.start())
        ):
            continue  # "Notes on Falling Leaves", "The Darling Buds of May": part of a title
        candidates = [w for w in t.words if w.pattern.fullmatch(matched)]
        # "visit" is a noun in "her visit to Tokyo" and a verb in "will visit Tokyo".
        candidates.sort(key=lambda w: w.frame != "noun")
        # "Zelensky met Merz before flying to Rome for talks with Meloni": Zelensky goes on.
        carried = hub if hub and _PARTICIPLE.search(text, hub_end, m.start()) else []
        for word in candidates:
            reader = _read_noun if word.frame == "noun" else _read_verb
            reading = reader(text, items, sentence, word, m.start(), m.end(), [])
            if reading is None and carried:
                reading = reader(text, items, sentence, word, m.start(), m.end(), carried)
            if reading is None or (word.then and not word.then.match(text, reading.end)):
                continue
            reading = _unmirror(doc, cast, sentence, _keep_subject(reading, context))
            window_start = _negation_start(items, reading, m.start(), sentence)
            if _negated(text, window_start, m.start(), reading.end, sentence.end):
                break
            when, background = _when(text, sentence, m.start())
            if _only_planned(text, reading, m.start(), sentence.end):
                when, background = _when(text, sentence, m.start(), before_ok=False)
                if when is None:
                    break  # planned, with no date yet: not a meeting to list
            lead = text[max(sentence.start, m.start() - 40) : m.start()]
            if (
                _PLUPERFECT.search(text[sentence.start : m.end()])
                or any(t.has(w.lower(), "past") for w in _tokens(lead)[-3:])
                or _ATTRIBUTIVE_PAST.search(lead)
            ):
                background = True
            where = _where(text, sentence, m.start(), reading.end, reading.place)
            readings.append(reading)
            if reading.star:
                hub, hub_end = list(reading.parties[: reading.hub]), m.end()
            for group, place in _groups(cast, reading, text):
                out.append(Meeting(group, reading.kind, place or where, when, sentence.text, background))
            break
    return out


def find_meetings(doc: Document, cast: Cast) -> tuple[Meeting, ...]:
    """Every meeting the article reports: the current story's first, background after."""
    if not cast.mentions and not cast.country_mentions:
        return ()
    found: list[Meeting] = []
    context = Context()
    for sentence in doc.sentences:
        if sentence.kind == "byline":
            continue
        readings: list[Reading] = []
        found.extend(_read_sentence(doc, cast, sentence, context, readings))
        context = _context(cast, sentence, readings, context)
    return tuple(_merge(found))
