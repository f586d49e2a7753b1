"""Participant lists and subjects: "with X, Y and Z" after a meeting word, "X and Y" before it."""

from __future__ import annotations

import itertools
import re

from newsbrief.lexicon import reporting_verb_forms
from newsbrief.meetings.gaps import (
    CLOSED_RELATIVE,
    LIST_JOINERS,
    SUBJECT_LEAD,
    gap_clean,
    gap_ok,
    word_tokens,
)
from newsbrief.meetings.items import PLACE_KINDS, Item
from newsbrief.meetings.tables import tables
from newsbrief.model import Sentence
from newsbrief.readings import pronoun_words

# ", and was expected to meet", ", and later met": a verb phrase with no subject of its own.
_SHARED_SUBJECT = re.compile(r"\s*,\s*and\s+(?!he\b|she\b|they\b|the\b|both\b|each\b)[a-z]")
# "X will be received by the King and meet the Prime Minister": "and" and the verb at once after
# the nearest person, who is an object; the verb goes on with the clause's subject.
_SHARED_VERB = re.compile(r"\s*,?\s+and\s+(?:(?:also|later|then|will|would|to|is\s+to)\s+)?\Z")
# "X thanked Y for his patience and later met Z", "X praised Y and held talks with Z": a second
# verb of the clause's subject after a short object phrase of the first, no comma between.
_SECOND_VERB = re.compile(
    r"(?:\s+[\w'’\-]+){0,6}?\s+and\s+(?:(?:also|later|then|will|would)\s+)?"
    r"(?:(?:held|hold|holds|had|have|has)\s+(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+)?)?\Z"
)
_RELATIVE_WHO = re.compile(r",\s*who\b")
_AND_NEXT = re.compile(r"\s*,?\s*(?:and|or)\s+[A-Z]")
_JOINER = re.compile(r"\b(?:and|or)\b|&")
# The rest of a name the Cast cut short, then an owner's 's and a common noun ("George W Bush's
# brother", "Obama's wife"): the person named owns the subject and is not it.
_OWNS_NEXT = re.compile(r"(?:\s+[A-Z][\w.\-]*){1,3}['’]s\s+[a-z]")
_AFTER_CLAUSE_TOKENS = 4
# A list's first participant comes at most this far after the meeting word.
_MAX_LEAD_CHARS = 160
# How far back a country's list is read for its group word ("the leaders of France, Germany and").
_LIST_BACK_CHARS = 400
# ... and how far ahead ("the U.S., Japanese and European Community (EC) trade ministers").
_LIST_AHEAD_CHARS = 120


def group_near(text: str, item: Item, before: str) -> bool:
    """A country stands for its people: "Japanese officials", "the leaders of Germany"."""
    t = tables()
    after = word_tokens(text[item.end : item.end + 40])[:2]
    if any(t.has(w.lower(), "group") for w in after if w[0].islower()):
        return True
    # On over the list the country opens: "the U.S., Japanese and European Community (EC) trade
    # ministers": names, joiners, brackets and portfolios, then the group word.
    for w in word_tokens(text[item.end : item.end + _LIST_AHEAD_CHARS]):
        if w[0].isupper() or w in LIST_JOINERS or w in "()" or t.has(w.lower(), "portfolio"):
            continue
        if t.has(w.lower(), "group"):
            return True
        break
    # Back over the list the country stands in: "the leaders of France, Germany and Britain".
    # The last 24 tokens are read; their characters are at most a few hundred in any news list.
    tokens = word_tokens(before[-_LIST_BACK_CHARS:])[-24:]
    if len(tokens) >= 2 and tokens[-1] == "in" and t.has(tokens[-2].lower(), "group"):
        # "officials in Hanoi": the country's people there; but "diplomats in Beijing" and
        # "Western officials in Beijing" are foreigners posted there
        described = len(tokens) >= 3 and tokens[-2][:1].islower() and tokens[-3][:1].isupper()
        foreign = tokens[-2].lower() == "diplomats" or described
        return not foreign
    for w in reversed(tokens):
        if w[0].isupper() or w.isdigit() or w in LIST_JOINERS:
            continue
        return t.has(w.lower(), "group")
    return False


def _is_party(item: Item, *, places: bool, group_context: bool, text: str, before: str) -> bool:
    if item.possessive:
        return False
    if item.person is not None or item.kind == "office":
        return True
    if places and item.kind in PLACE_KINDS:
        return True
    return group_context or group_near(text, item, before)


# "British corporate affairs minister Michael Howard": lower-case words of a portfolio the table
# does not list, right before the office noun, between a country and its minister.
_PORTFOLIO_TITLE = re.compile(
    r"\s+(?:(?!(?:by|to|with|of|and|or|for|from|the|a|an|his|her|their|its)\s)[a-z][\w\-]*\s+){1,3}"
    r"(?:minister|secretary|undersecretary|commissioner)\s+"
)


def _describes(gap: str) -> bool:
    """Only titles between a country and a person: "Chilean counterpart", "Iraq's Prime Minister"."""
    if _PORTFOLIO_TITLE.fullmatch(gap):
        return True
    t = tables()
    # "his Ukrainian counterpart, Andrii Sybiha": a comma may close the description of one person.
    core = re.sub(r"(?<![sS]),\s*\Z", "", gap)
    return "," not in core and all(
        w[0].isupper() or t.has(w.lower(), "group", "qualifier") or w in ("-", ".") for w in word_tokens(core)
    )


def _opens_clause(text: str, end: int) -> bool:
    """A name followed by its verb ("Clark told", "Clark said"): the subject of a new clause, not one
    more of a list ("Dodd of Connecticut", "Bentsen, Mitchell")."""
    following = word_tokens(text[end : end + 30])[:1]
    if not following or not following[0][0].islower():
        return False
    return not tables().has(following[0], "list", "group", "qualifier", "light")


def _reports(text: str, end: int) -> bool:
    """A name followed by a verb of saying ("Ito added", "Ito said"): the one who speaks."""
    following = re.match(r"\s*([a-z]+)\b", text[end : end + 30])
    return bool(following) and following.group(1) in reporting_verb_forms()


def read_list(
    text: str, items: list[Item], pos: int, limit: int, *, places: bool, lead_roles: tuple[str, ...]
) -> tuple[list[Item], int]:
    """The participants listed from `pos` on ("with X, Y and Z"), and where the list ends."""
    out: list[Item] = []
    cursor = pos
    lead = ""
    closed = False  # an "and" has joined the last party: a list goes on no further
    for item in items:
        if item.start < pos or item.end > limit:
            continue
        gap = text[cursor : item.start]
        if not out:
            if item.start - pos > _MAX_LEAD_CHARS or not gap_ok(gap, lead_roles, adverbs=True):
                break
            lead += gap
        elif not gap_ok(gap, ("list", "group")) and not (
            out[-1].person is None and item.person is not None and _PORTFOLIO_TITLE.fullmatch(gap)
        ):
            break
        elif item.kind == "pronoun" and not re.search(r"\band\b", gap):
            break  # "talks with Kishida, he said": a new clause, not one more guest
        if item.person is not None and gap.rstrip().endswith(",") and _reports(text, item.end):
            break  # "for meetings with the IMF and G-7 ministers, Ito added": the speaker, no guest
        group_context = any(tables().has(w.lower(), "group") for w in word_tokens(lead))
        before = text[pos : item.start]
        same = bool(out) and item.person is not None and item.person == out[-1].person and item.kind != "pair"
        joins = bool(_JOINER.search(gap))
        if closed and not joins and not same and item.person is not None and _opens_clause(text, item.end):
            break  # "with A, B and C, Clark told ...": the list ended at its "and"; a new clause opens
        if out and out[-1].person is None and item.person is not None and _describes(gap):
            out.pop()  # "his Chilean counterpart Elena Marquez": the country only described her
        if same:
            cursor = item.end  # "Kishida, the Japanese prime minister,": one person told twice
            continue
        if _is_party(item, places=places, group_context=group_context, text=text, before=before):
            closed = closed or (bool(out) and joins)
            out.append(item)
        cursor = item.end
    joined = any(
        a.start == b.start or re.search(r"\b(?:and|or)\b|&", text[a.end : b.start])
        for a, b in itertools.pairwise(out)
    ) or (
        # "the U.S., Japanese and European Community trade ministers": the "and" comes after the
        # last country named, before a member the Cast does not know as a country.
        bool(out) and all(i.person is None for i in out) and bool(_AND_NEXT.match(text, out[-1].end))
    )
    if len(out) >= 2 and not joined:
        out = out[:1]  # "In a call with Putin, Biden warned": a list has its "and"; this is a new clause
    return out, (out[-1].end if out else pos)


# "A and the governor of the central bank of Chile, B, met": the second of a pair, described
# before the name by an office "of" something.
_DESCRIBED_PARTNER = re.compile(r"\s*,?\s+and\s+(?:the|a|an)\s+[^,;:]{1,60}?\bof\b[^,;:]{1,60},\s*")
# "Dumas, a close aide to President X, met Y": X is named inside an apposition of Dumas.
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:a|an|the)\s+[^,;:]{1,80}\Z")
# ... and the one described opens the sentence: "Dumas, a close aide to ...".
_NAMED_APPOSITION = re.compile(
    r"\A([A-Z][\w.'’\-]*)(?:\s+[A-Z][\w.'’\-]*){0,3}\s*,\s*(?:a|an|the)\s+[^,;:]{1,80}\Z"
)
_APPOSITION_CLOSE = re.compile(r"\s*,")


def _apposition_owner(
    text: str, sentence: Sentence, before: list[Item], head: Item, trigger_start: int
) -> tuple[bool, Item | None]:
    """Whether the nearest person before the meeting word is named inside an apposition, and
    whom that apposition describes ("Dumas, a close aide to President X, earlier met Y": Dumas met
    Y, not X); (True, None) when the one described is no person the Cast knows."""
    if not _APPOSITION_CLOSE.match(text, head.end, trigger_start):
        return False, None
    earlier = [i for i in before if i.end <= head.start and i.person is not None and not i.possessive]
    if earlier and earlier[-1].person == head.person:
        return False, None  # "Al Mazrouei, the UAE energy minister, met": the name, told again
    gap = text[earlier[-1].end if earlier else sentence.start : head.start]
    if re.search(r"\band\b", gap):
        return False, None  # "A, B and C met": a list, not a description
    if earlier and _APPOSITION_OPEN.match(gap):
        return True, earlier[-1]
    opener = None if earlier else _NAMED_APPOSITION.match(gap)
    if opener and opener.group(1).lower() not in pronoun_words("opener"):
        return True, None  # "Dumas, a close aide to President X, met Y" with Dumas unknown: not X
    return False, None


def _object_of_verb(text: str, items: list[Item], sentence: Sentence, head: Item) -> bool:
    """The nearest person is the object of the clause's first verb: a person opens the sentence
    and one lower-case word (the verb) stands between them ("X thanked Y ...")."""
    opening = [i for i in items if i.start >= sentence.start and i.person is not None and not i.possessive]
    if not opening or opening[0] is head or opening[0].person == head.person:
        return False
    gap = word_tokens(text[opening[0].end : head.start])
    verb = [w for w in gap if w[0].islower()]
    return len(verb) == 1 and verb[0].isalpha() and not tables().has(verb[0], "list", "group")


def read_subjects(
    text: str, items: list[Item], trigger_start: int, sentence: Sentence, *, strict: bool, possessive: bool
) -> list[Item]:
    """Who does the meeting: the nearest person before the word, and any joined to it by "and"."""
    # "X, who succeeded Y in May, met Z": a relative clause closed before the word is neither the
    # subject nor in its way.
    clauses = [(m.start(), m.end()) for m in CLOSED_RELATIVE.finditer(text, sentence.start, trigger_start)]
    before = [i for i in items if i.end <= trigger_start and not any(s <= i.start < e for s, e in clauses)]
    head: Item | None = None
    for item in reversed(before):
        if (
            item.person is None
            and item.kind != "office"
            and not group_near(text, item, text[sentence.start : item.start])
        ):
            continue
        if item.possessive and not possessive:
            continue
        if _OWNS_NEXT.match(text, item.end, trigger_start):
            continue  # "President George W Bush's brother Jeb": the one named is the owner
        gap = text[item.end : trigger_start]
        if strict:
            ok = gap_ok(gap, ("light", "list"), adverbs=True)
        else:
            # Past the clause the verb follows at once: "X, who ..., met", "X, who ..., held talks".
            bare = CLOSED_RELATIVE.sub(",", gap)
            ok = gap_clean(gap) or (bare != gap and gap_clean(bare, _AFTER_CLAUSE_TOKENS))
        if not ok:
            return []
        head = item
        break
    if head is None:
        return []
    described, owner = _apposition_owner(text, sentence, before, head, trigger_start)
    if described:
        return [owner] if owner is not None else []
    # Past a relative clause on the object: "a lunch with Li, who runs the economy, and meet Zhao".
    after_head = CLOSED_RELATIVE.sub(",", text[head.end : trigger_start], count=1)
    if (
        _SHARED_SUBJECT.match(after_head)
        or _SHARED_VERB.fullmatch(after_head)
        or (_SECOND_VERB.fullmatch(after_head) and _object_of_verb(text, items, sentence, head))
    ):
        # "X arrived for talks with Y, and was expected to meet Z": the verb goes on with the
        # clause's subject, X, not with the object named last.
        opening = [
            i for i in items if i.start >= sentence.start and i.person is not None and not i.possessive
        ][:1]
        if not opening or not SUBJECT_LEAD.match(text[sentence.start : opening[0].start]):
            return []
        return opening
    group = [head]
    for item in reversed([i for i in before if i.end <= head.start or (i.start == head.start and i != head)]):
        if item.person is None and not (
            item.kind in PLACE_KINDS and group_near(text, item, text[sentence.start : item.start])
        ):
            continue  # a country counts only as its people: "the leaders of Japan and South Korea met"
        if item.possessive:
            continue  # "his counterpart, Y, ...": a modifier, not one more subject
        if item.start == group[0].start:
            group.insert(0, item)  # the other of "the two leaders"
            continue
        gap = text[item.end : group[0].start]
        described = item.person is not None and _DESCRIBED_PARTNER.fullmatch(gap) and gap_clean(gap, 14)
        if not described and (
            not re.search(r"\band\b|[,&/–-]", gap) or not gap_ok(gap, ("list", "group"), max_tokens=10)
        ):
            break
        if item.person is not None and item.person == group[0].person and group[0].kind != "pair":
            group[0] = item  # "Al Mazrouei, the UAE energy minister, met": the name, told again
            continue
        group.insert(0, item)
    # "accompanied by A and B, who also met C": "who" is the last of a list that is some verb's
    # object; only a list that is the sentence's subject meets as one ("A and B, who met C, agreed").
    if (
        len(group) > 1
        and _RELATIVE_WHO.search(text, head.end, trigger_start)
        and not SUBJECT_LEAD.match(text[sentence.start : group[0].start])
    ):
        return [head]
    return group
