"""Bare titles resolved to people: "the president", "the foreign secretary's house" -> a person.

Step 6 of the Cast (people.py lists the steps). The rules:

- A bare title ("the prime minister") or one with a state or body ("the Brazilian president",
  "the WHO's director-general") goes to the person last named before it who holds a title it
  refers to (titles.refers_to), of that state or body if one is given; the nearest wins, then
  the one most often named in full.
- Nobody named yet with the office: with "the" and a head of government's title, an untitled
  person may hold it, only where the text leaves no doubt (_untitled_in_focus):
  - the title is its sentence's subject ("The prime minister stepped up ...", '"...," the
    premier said', "She occupies ... as the attorney general") or an owner ("the foreign
    secretary's house"), never an object;
  - the person is the subject of the sentence before (or the one before that, past a quotation
    without names), named by a full name more than once, with nobody else named after them; or,
    as an owner, the one person that sentence names; someone named once counts only when named
    bare ("Tony Blair told ...", not "local resident John Smith, 45,") and nobody in the
    article holds the office;
  - else the subject of the next sentence ("The Prime Minister has promised ... Sir Keir
    Starmer said").
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import cache

from newsbrief import lexicon
from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.leader_states import near_and_not_a_counterpart
from newsbrief.cast.names import reporting_after
from newsbrief.cast.offices import give_title
from newsbrief.cast.title_compare import refers_to
from newsbrief.cast.titles import TitleHit
from newsbrief.model import Sentence
from newsbrief.readings import leading_phrase_end, subject_mention


def bare_titles(draft: CastDraft) -> None:
    """ "the president" -> the person in focus with that title (and country, if given).

    With nobody of that title yet, "the prime minister" right after "Tony Blair
    is urging ..." names the untitled person in focus.
    """
    resolved = []
    draft.starts_by_person: dict[int, list[int]] = {}
    for start, _, i, _ in sorted(draft.mentions):
        draft.starts_by_person.setdefault(i, []).append(start)
    for t, _ in draft.title_refs:
        if not (t.info.bare or t.country or t.organization) or t.info.plural:
            continue
        before = draft.text[max(0, t.start - 6) : t.start].lower()
        has_the = bool(re.search(r"\bthe\s+$", before))
        if not (has_the or t.country or t.organization):
            continue
        if re.search(r"\ban?\s+$", before):
            continue  # "the son-in-law of a former Ukrainian president": someone not named, not a known one
        if draft.text[t.title_start].isupper() and not has_the and not t.country:
            continue
        cand = [
            (i, p)
            for i, p in enumerate(draft.people)
            if p.kind == "person"
            and p.title
            and refers_to(t.title, p.title)
            and (t.organization is None or p.organization in (None, t.organization))
            and (
                t.country is None
                or p.country == t.country
                or (not p.country_from_text and near_and_not_a_counterpart(draft, p, t))
            )
        ]
        if _latest_mention_before(draft, {i for i, _ in cand}, t.start)[0] < 0:
            # Nobody with this office is named yet: an untitled person in focus holds it.
            i = _untitled_in_focus(draft, t, held=bool(cand)) if has_the and t.info.kind == "head" else None
            if i is not None:
                give_title(draft, draft.people[i], t)
                cand = [(i, draft.people[i])]
        if not cand:
            resolved.append((t, None))
            continue
        if t.country and any(p.country == t.country for _, p in cand):
            cand = [(i, p) for i, p in cand if p.country == t.country]

        # The one named last before the title; between equals (or nobody named yet), the one most
        # often named in full.
        latest, there = _latest_mention_before(draft, {i for i, _ in cand}, t.start)
        i, p = max((ip for ip in cand if latest < 0 or ip[0] in there), key=lambda ip: ip[1].full_mentions)
        if t.country and not p.country_from_text:
            p.country, p.country_from_text = t.country, True
        draft.mentions.append((t.start, t.title_end, i, "title"))
        insort(draft.starts_by_person.setdefault(i, []), t.start)
        resolved.append((t, i))
    draft.title_refs = resolved


def _latest_mention_before(draft: CastDraft, people: set[int], at: int) -> tuple[int, set[int]]:
    """Where the last mention before `at` of any of `people` starts (-1 if none), and which of
    them are named there: a walk back from `at`, not a look at each person's mentions."""
    mentions = draft.mentions_by_start()
    k = bisect_left(mentions, (at,)) - 1
    while k >= 0 and mentions[k][2] not in people:
        k -= 1
    if k < 0:
        return -1, set()
    start, there = mentions[k][0], set()
    while k >= 0 and mentions[k][0] == start:
        if mentions[k][2] in people:
            there.add(mentions[k][2])
        k -= 1
    return start, there


def _untitled_in_focus(draft: CastDraft, t: TitleHit, held: bool) -> int | None:
    """The person without an office that a bare "the prime minister" must mean.

    Only where the text leaves no doubt: the title is the subject of its sentence ("The
    prime minister stepped up ...") or an owner ("the foreign secretary's house"), never an
    object ("accusing the prime minister of"); the person is the subject of the sentence just
    before and nobody else is named after that sentence. Someone named only once qualifies only when
    nobody in the article (`held`: not even later) holds the office.
    Else the subject of the next sentence ("The Prime Minister has promised ... Sir Keir
    Starmer said"). Someone named in passing ("the death of Terence Crutcher") or introduced
    by a description ("local resident John Smith") is never given an office this way."""
    sentence = draft.doc.sentence_at(t.start)
    if sentence is None:
        return None
    prefix = draft.text[sentence.start : t.start]
    # "..., the Trade and Industry Secretary has said": a title before its reporting verb is its subject.
    after = re.sub(r"^[ \t]+ha[sd](?=[ \t])", "", draft.text[t.title_end : t.title_end + 40])
    subject = bool(_SUBJECT_TITLE_PREFIX.match(prefix) or reporting_after().match(after))
    # "She occupies one of the key posts as the attorney general": the office of a subject
    # pronoun that goes on with the sentence before.
    subject = subject or bool(_PRONOUN_AS_TITLE.match(prefix))
    owner = bool(re.match(r"['’]s?\b", draft.text[t.title_end : t.title_end + 2]))
    if not (subject or owner):
        return None
    for previous in draft.doc.sentences[max(0, sentence.index - 2) : sentence.index][::-1]:
        # The sentence before, or the one before that when a quotation without names stands between.
        i = _subject_of(draft, previous, bare_once=not held)
        if i is None and owner and not held:
            i = _only_person_in(draft, previous)
        if i is not None:
            # Others named after the subject in its own sentence ("... about the death of
            # Terence Crutcher") are objects; someone named later may be the one meant.
            if not draft.someone_between(i, previous.end, t.start):
                return i
            break
    if not subject:
        return None
    following = (
        draft.doc.sentences[sentence.index + 1] if sentence.index + 1 < len(draft.doc.sentences) else None
    )
    return _subject_of(draft, following) if following else None


def _named_people(draft: CastDraft, sentence: Sentence) -> list[tuple[int, int, int, str]]:
    """The sentence's mentions of people outside quotation marks, in text order: what the
    sentence record (readings) reads a subject from."""
    return [
        (s, e, idx, kind)
        for s, e, idx, kind in draft.mentions_within(sentence.start, sentence.end)
        if draft.people[idx].kind == "person" and not draft.quoted.around(s)
    ]


def _subject_of(draft: CastDraft, sentence: Sentence, bare_once: bool = False) -> int | None:
    """The untitled person who is the sentence's subject (readings.subject_mention, past its
    leading phrase), if the sentence opens with them: within its first words, or right after
    its leading phrase ("Now the highest-ranking prosecutor in the country, Lynch rose ...").

    Named only once, they count (`bare_once`) only with a full name that opens the sentence
    bare, with no description around it ("Tony Blair told ...", not "Resident John Smith")."""
    lead_end = leading_phrase_end(draft.text, sentence, draft.quoted)
    subject = subject_mention(draft.text, sentence, _named_people(draft, sentence), lead_end)
    if subject is None:
        return None
    s, e, idx, kind = subject
    opening = _OPENING_WORDS.match(draft.text, sentence.start, sentence.end)
    if s > (opening.end() if opening else sentence.start) and not (
        s == lead_end and len(_WORDS.findall(draft.text, sentence.start, lead_end)) <= _SHORT_LEAD_WORDS
    ):
        return None  # named later, or after a long leading phrase ("As for the notion that ..., X")
    p = draft.people[idx]
    if kind == "pronoun" or p.title is not None:
        return None
    if (len(p.tokens) > 1 or p.evidence) and sum(p.forms.values()) > 1:
        return idx
    if bare_once and len(p.tokens) > 1 and _named_bare(draft, s, e, sentence):
        return idx
    return None


def _named_bare(draft: CastDraft, start: int, end: int, sentence: Sentence) -> bool:
    """Is the name written with nothing describing it: no words before it in the sentence
    (or only a preposition: "talks at Jack Straw's residence") and no appositive after it?"""
    before = draft.text[sentence.start : start]
    if re.search(r"\w", before) and not _preposition_before().search(before):
        return False
    return not _DESCRIBED_AFTER.match(draft.text, end)


def _only_person_in(draft: CastDraft, sentence: Sentence) -> int | None:
    """The one untitled person named (bare, by a full name) in the sentence, outside its
    quotations, if only one is."""
    named = [m for m in _named_people(draft, sentence) if m[3] != "pronoun"]
    if len({idx for _, _, idx, _ in named}) != 1:
        return None
    first, end, idx, _ = named[0]
    p = draft.people[idx]
    if p.title is not None or len(p.tokens) < 2:
        return None
    return idx if _named_bare(draft, first, end, sentence) else None


# What may open a sentence before a title that is its subject: "The prime minister ...", "But the
# prime minister ...", "In a furious response, the first minister ...", and after a quotation.
_SUBJECT_TITLE_PREFIX = re.compile(
    r"[\W_]*(?:(?:But|And|Yet|So|However|Meanwhile|Now|Instead|Later|Earlier)\b,?[ \t]+"
    r"|(?:In|On|At|After|Before|During|Speaking|Asked|Since|Following|Writing)\b[^,.;:\"“”]{0,60},[ \t]+)?"
    r"[Tt]he[ \t]+$"
    r"|.*(?:[,!?][\"”’']|\b(?:said|says|added|continued))[ \t]+the[ \t]+$"  # '"...," the premier said'
)


_PRONOUN_AS_TITLE = re.compile(
    r"[\W_]*(?:He|She)[ \t]+[^.;:\"“”]{0,80}\b(?:as|is|was|remains)[ \t]+the[ \t]+$"
)


# A leading phrase this short still "opens" the sentence with its subject ("Now the highest-ranking
# prosecutor in the country, Lynch rose ..."); after a longer one the subject is too far from a
# bare title in the sentence before to be the one it means.
_SHORT_LEAD_WORDS = 11
_WORDS = re.compile(r"[\w'’-]+")

# The first words of a sentence, where its subject opens it ("Tony Blair told", "But Blair").
_OPENING_WORDS = re.compile(r"[\W_]*(?:(?:\w+[ \t]+){0,2})")


# ", a former minister,", ", who ...", ", 45,": the name is introduced by a description.
_DESCRIBED_AFTER = re.compile(r"['’]?s?,[ \t]+(?:a|an|the|who|whose|\d+)\b|[ \t]*\(")


@cache
def _preposition_before() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.TITLE_WORDS, "preposition")
    return re.compile(rf"(?<![\w])(?:{words})[ \t]+$")
