"""Matching a name to a person already in the draft: "George W. Bush" and "George Bush" are one,
"Aung San" (a leading part) is someone else; a one-word name ("Yoon", "President Obama", "the
younger Zardari") goes to the best-fitting person with that name word. People are indexed by their
name words, whole name and word set (CastDraft.by_token, by_joined, by_word_set), so a name is
matched by lookups, not by a scan of everyone before it."""

from __future__ import annotations

import re
from itertools import combinations

from newsbrief import leader_table, lexicon
from newsbrief.cast.drafts import CastDraft, PersonDraft
from newsbrief.cast.names import NameRun, family_first, fold_name, name_particles
from newsbrief.cast.table_offices import table_days
from newsbrief.cast.title_compare import compatible_titles
from newsbrief.cast.titles import TitleHit


def new_person(draft: CastDraft, run: NameRun) -> int:
    draft.people.append(PersonDraft(tokens=run.tokens))
    _index(draft, len(draft.people) - 1)
    return len(draft.people) - 1


def _index(draft: CastDraft, idx: int) -> None:
    """Remember which people carry each name word, their whole name and their set of name
    words, so matching a name is a few lookups, not a scan of everyone who shares a word."""
    p = draft.people[idx]
    for f in p.folded():
        draft.by_token.setdefault(f, set()).add(idx)
    draft.words_ever.setdefault(idx, set()).update(p.folded())
    draft.by_joined.setdefault("".join(p.name_words()), set()).add(idx)
    draft.by_word_set.setdefault(p.folded(), set()).add(idx)


def _candidates(draft: CastDraft, folded: list[str]) -> list[int]:
    found: set[int] = set()
    for f in folded:
        found |= draft.by_token.get(f, set())
    return sorted(found)


def _full_candidates(draft: CastDraft, folded: list[str]) -> list[int]:
    """Everyone `_match_full` could match, in index order: the same whole name, or a name
    whose words hold all of these or lie inside them, among those who ever shared a word."""
    mine = set(folded)
    found = set(draft.by_joined.get("".join(folded), ()))
    sets = sorted((draft.by_token.get(f, set()) for f in mine), key=len)
    if sets:
        found |= sets[0].intersection(*sets[1:])  # their words hold all of mine
    if len(mine) <= _SUBSET_WORDS:
        words = sorted(mine)
        for size in range(1, len(words) + 1):
            for part in combinations(words, size):  # their words lie inside mine
                found |= draft.by_word_set.get(frozenset(part), set())
    else:  # a run of many capitalised words is no one's name: the slow way, once
        found |= set(_candidates(draft, folded))
    return sorted(i for i in found if draft.words_ever[i] & mine)


def add_form(draft: CastDraft, idx: int, run: NameRun, kind: str = "name", form: str | None = None) -> None:
    p = draft.people[idx]
    written = form or run.text
    p.forms[written] = p.forms.get(written, 0) + 1
    if form:
        p.styled.add(form)
    if len(run.tokens) > len(p.tokens) or (
        len(run.tokens) == len(p.tokens) and len(run.text) > len(" ".join(p.tokens))
    ):
        p.tokens = run.tokens
        _index(draft, idx)
    if len(run.tokens) > 1:
        p.full_mentions += 1
    p.last_seen = run.start
    draft.mentions.append((run.start, run.end, idx, "possessive" if run.possessive else kind))


def match_full(draft: CastDraft, run: NameRun) -> int | None:
    """An existing person this multi-word name belongs to, if any."""
    core = [t for t in run.tokens if t.lower() not in name_particles() and not t.endswith(".")]
    folded = [fold_name(t) for t in core]
    if not folded:
        # Initials only ("A. B. C."): no name word to match on; every earlier such run
        # would be a candidate and none can match, which made a list of initials quadratic.
        return None
    if len(folded) == 1:
        # "Von der Leyen", "de Gaulle": one name word with its particles is a short form.
        return match_short(draft, core[0], run.start)
    joined = "".join(folded)
    mine = set(folded)
    patronymic = _patronymic(run.tokens)
    best, best_score = None, 0
    letters = _initials(run.tokens)
    for i in _full_candidates(draft, folded):
        p = draft.people[i]
        if p.kind != "person":
            continue
        theirs_letters = _initials(p.tokens)
        if letters and theirs_letters and letters != theirs_letters:
            continue  # "George W. Bush" is not "George H.W. Bush"
        pf = p.folded()
        theirs = p.name_words()
        if joined == "".join(theirs):
            return i
        if not mine or not pf:
            continue
        # Same surname and one name's words inside the other's ("George Bush" /
        # "George W. Bush", "Inacio Lula da Silva" / "Luis Inacio Lula da Silva"); a
        # leading part is someone else ("Aung San", the father of Aung San Suu Kyi).
        same_end = bool(theirs) and (
            folded[-1] == theirs[-1]
            or (folded[0] == theirs[0] and (p.tokens[0] in family_first() or len(theirs) == 1))
        )
        if patronymic and theirs and _patronymic(p.tokens):
            if folded[0] != theirs[0]:
                continue  # "Khaled bin Mohamed bin Zayed" is the son of "Mohamed bin Zayed"
            same_end = True  # "Mohamed bin Zayed" is "Mohamed bin Zayed Al Nahyan"
        if (mine <= pf or pf <= mine) and same_end:
            score = len(mine & pf)
            if score > best_score and (len(mine & pf) >= 2 or len(pf) == 1):
                best, best_score = i, score
    return best


def match_short(
    draft: CastDraft,
    token: str,
    at: int,
    gender: str = "",
    title: TitleHit | None = None,
    generation: str = "",
) -> int | None:
    """The person a one-word name ("Yoon", "Hu", "Lula") refers to.

    With a title ("President Obama"), a namesake holding a different office or none
    that fits ("first lady Michelle Obama") is someone else."""
    f = fold_name(token)
    best, best_key = None, None
    for i in _candidates(draft, [f]):
        p = draft.people[i]
        if p.kind != "person":
            continue
        if title is not None and p.title and not compatible_titles(p.title, title.title):
            continue
        if title is not None and not p.title and _someone_else_held(draft, p, token, title):
            continue  # "President Obama" in 2015 is not "Michelle Obama", named in full before
        if f not in p.folded():
            continue
        sur = p.surname_keys()
        if gender and p.known_gender() and gender != p.known_gender():
            continue
        if generation and (generation == "younger") != _introduced_as_child(draft, p):
            continue  # "the younger Zardari" is the one introduced as "his son"
        rank = 2 if sur and f == sur[0] else 1 if f in sur else 0
        # A namesake in office now beats one who held an office once ("Sharif" is the prime
        # minister, not his brother the former prime minister); between equals, the nearer.
        in_office = p.title_kind in ("head", "office", "org") and not (p.title or "").startswith("former")
        # A relative the text introduced as one ("her daughter, Chelsea Clinton", "her husband,
        # former President Bill Clinton") is not who a bare surname means ("Mrs. Clinton",
        # "Clinton said"), unless it says "the younger" (above) or the relative holds office.
        principal = generation != "" or not _introduced_as_relative(draft, p)
        key = (rank, in_office, principal, p.full_mentions, -abs(at - p.last_seen))
        if best_key is None or key > best_key:
            best, best_key = i, key
    once = title is not None and "former" in (title.modifier or "", title.title.split()[0].lower())
    if best is None and once:
        # "Watanabe, a former trade minister" is the party official Michio Watanabe named before:
        # an office held once does not clash with one held now, when no namesake holds it. (One
        # known only by a former office is someone else: "former President Bill Clinton" is not
        # "former Secretary Clinton".)
        again = match_short(draft, token, at, gender, None, generation)
        if again is not None and (draft.people[again].title or "former").startswith("former"):
            return None
        return again
    return best


def _someone_else_held(draft: CastDraft, p: PersonDraft, token: str, title: TitleHit) -> bool:
    """Did the office the title names belong, when the article was written, to someone of that
    surname other than `p` (named in full without an office), by the world-leaders table?"""
    if p.full_mentions == 0 or len(p.tokens) < 2:
        return False
    found = leader_table.holders(token, title.title, *table_days(draft))
    return bool(found) and not any(
        leader_table.name_key(t.name) == leader_table.name_key(form) for t in found for form in p.forms
    )


def _initials(tokens: tuple[str, ...] | list[str]) -> str:
    """The initials a name writes ("George H.W. Bush" -> "HW"), "" for none."""
    return "".join(t.replace(".", "") for t in tokens if _INITIALS.fullmatch(t))


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _introduced_as_relative(draft: CastDraft, p: PersonDraft) -> bool:
    """Is the person's full name first written after "her husband,", "his daughter" (a title may
    stand between: "her husband, former President Bill Clinton")?"""
    full = " ".join(p.tokens)
    k = draft.text.find(full)
    return k > 0 and bool(_RELATIVE_BEFORE.search(draft.text, max(0, k - 48), k))


def generation_before(draft: CastDraft, at: int) -> str:
    """ "the younger Zardari" -> "younger", "the elder Bush" -> "elder"."""
    m = _GENERATION_BEFORE.search(draft.text, max(0, at - 16), at)
    return m.group(1).lower() if m else ""


def _introduced_as_child(draft: CastDraft, p: PersonDraft) -> bool:
    """Is the person's full name first written after "his son", "her daughter", "younger brother"?"""
    full = " ".join(p.tokens)
    k = draft.text.find(full)
    return k > 0 and bool(_CHILD_BEFORE.search(draft.text, max(0, k - 24), k))


# A name of up to this many words is matched by looking up each subset of its words.
_SUBSET_WORDS = 6


def _patronymic(tokens: tuple[str, ...]) -> bool:
    return any(t.lower() in lexicon.word_set(lexicon.NAME_WORDS, "patronymic") for t in tokens)


_GENERATION_BEFORE = re.compile(r"\b[Tt]he[ \t]+(younger|elder|older)[ \t]+$")


_CHILD_BEFORE = re.compile(
    r"\b(?:son|daughter|grandson|granddaughter|younger[ \t]+(?:brother|sister))\b,?[ \t]+(?:[a-z]+[ \t]+)?$",
    re.I,
)


_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:elder|older|younger|late)[ \t]+)?"
    r"(?:son|daughter|grandson|granddaughter|husband|wife|brother|sister|father|mother)\b,?[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?:[A-Z][\w.]*[ \t]+){0,2}$"
)
