"""Step 5 of the Cast: offices the sentence gives rather than the words next to the name.

"X visited Washington as Burma's de facto leader", "Arafat's role as head of the PLO", "the
Obama administration" (a president), "X, the Djiboutian diplomat who chairs the African Union
Commission," (data/office_verbs.tsv)."""

from __future__ import annotations

import re
from functools import cache

from newsbrief import lexicon, places
from newsbrief.cast.drafts import CastDraft
from newsbrief.cast.offices import give_title
from newsbrief.cast.title_table import Organisation, TitleInfo
from newsbrief.cast.titles import TitleHit
from newsbrief.tables import read_table


def offices_from_sentences(draft: CastDraft) -> None:
    _titles_by_context(draft, draft.titles, draft.anchored)
    _offices_in_relative_clauses(draft, draft.orgs)


def _titles_by_context(
    draft: CastDraft, titles: list[TitleHit], anchored: dict[int, tuple[TitleHit, str]]
) -> None:
    """Titles given by the sentence rather than next to the name.

    "X visited Washington as Burma's de facto leader", "Arafat's role as head
    of the PLO", "the Obama administration" (a president).
    """
    kept = []
    for t, who in draft.title_refs:
        before = draft.text[max(0, t.start - 60) : t.start]
        m = _AS_TITLE.search(before)
        # "as president he would ...", "said as home secretary he gave ...": the office of the
        # clause's own subject; "no-one ... could become premier": no one's office.
        hypothetical = _HYPOTHETICAL.match(draft.text, t.end) or _UNREAL_BECOME.search(before)
        if not m or t.info.kind == "role" or t.info.plural or hypothetical:
            kept.append((t, who))
            continue
        at = t.start - (len(before) - m.start())
        owners = []
        role = _role_of().search(before[: m.start()])
        if role:
            owner = _person_ending_at(draft, t.start - (len(before) - role.start()))
            if owner is not None:
                owners.append(owner)
        if not owners or _takes_over().search(before):
            subject = _sentence_subject(draft, at)
            if subject is not None and subject not in owners:
                owners.append(subject)
        if not owners:
            kept.append((t, who))
            continue
        for idx in owners:
            give_title(draft, draft.people[idx], t)
            draft.people[idx].evidence += 1
    draft.title_refs = kept
    for _, end, idx, _ in list(draft.mentions):
        p = draft.people[idx]
        if p.title is None and ADMINISTRATION.match(draft.text, end):
            p.title, p.title_kind = "President", "head"


def _offices_in_relative_clauses(draft: CastDraft, orgs: list[tuple[int, int, Organisation]]) -> None:
    """ "Mahmoud Ali Youssouf, the Djiboutian diplomat who chairs the African Union Commission,"
    and "X, a former minister who now heads the WHO,": the person named before the appositive
    holds the body's office."""
    for s, e, org in orgs:
        if not re.match(r"[ \t]*(?:[,.;)]|and\b|$)", draft.text[e : e + 5]):
            continue  # "who runs the WHO office in Lagos": a branch, not the body
        window = draft.text[max(0, s - 200) : s]
        m = _office_verb_before().search(window)
        if not m:
            continue
        at = s - (len(window) - m.start())
        idx = _person_ending_at(draft, at)
        if idx is None or draft.people[idx].kind != "person":
            continue
        title = _office_verbs()[" ".join(m.group("verb").split())]
        info = TitleInfo(title, "org", None, False, organization=org.name)
        hit = TitleHit(s, s, s, s, info, title, org.country, org.name, None)
        p = draft.people[idx]
        if p.title_kind in (None, "role") or (p.title or "").startswith("former"):
            # The office now beats an earlier one, and its state ("a former Brazilian minister").
            p.title, p.title_kind = None, None
            p.country, p.country_from_text = None, False
        give_title(draft, p, hit)
        p.evidence += 1


def _person_ending_at(draft: CastDraft, end: int) -> int | None:
    for _, _, idx, _ in draft.mentions_ending_at(end):
        if draft.people[idx].kind == "person":
            return idx
    return None


def _sentence_subject(draft: CastDraft, at: int) -> int | None:
    """The person the clause before `at` is about: the nearest one named earlier in the
    sentence, skipping possessives ("After Arafat's death, Speaker X was sworn in as ...").
    Not the sentence's subject (readings.subject_mention): "Trump attacked Clinton's record as
    secretary of state" is Clinton's office; on the corpora the subject rule gave offices to
    the wrong people in 9 articles."""
    sentence = draft.doc.sentence_at(at)
    if sentence is None:
        return None
    found = [
        (s, idx)
        for s, _, idx, kind in draft.mentions_within(sentence.start, at)
        if draft.people[idx].kind == "person" and kind in ("name", "title")
    ]
    return max(found)[1] if found else None


@cache
def _office_verbs() -> dict[str, str]:
    return dict(read_table("office_verbs.tsv", ("verb", "title")))


@cache
def _office_verb_before() -> re.Pattern[str]:
    """Before a body's name: the end of a name, its appositive if any, "who", an office verb."""
    verbs = places.trie_alternation(sorted(_office_verbs(), key=len, reverse=True)).replace("\\ ", "\\s+")
    return re.compile(
        rf"(,[ \t]+(?:a|an|the)[ \t]+[^,.;:\"“”()]{{1,120}}?)?,?[ \t]+who[ \t]+(?:now[ \t]+|currently[ \t]+)?"
        rf"(?P<verb>{verbs})[ \t]+(?:the[ \t]+)?$"
    )


_AS_TITLE = re.compile(
    r"\b(?:as|became|becomes|become|becoming)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:new\s+)?$"
)


_HYPOTHETICAL = re.compile(
    r",?\s+(?:(?:he|she|they|I|we|you)\s+(?:would|will|could|might|can|'d)\b|(?-i:he|she|they|I|we)\s+[a-z]+)",
    re.I,
)


# "could become premier", "wants to become president": an office someone might hold, not one they
# hold; "if his wife became president": an office under a condition, and someone else's.
_UNREAL_BECOME = re.compile(
    r"(?:\b(?:could|would|might|may|can|cannot|can't|couldn't|should|to|never)\s+(?:not\s+)?become"
    r"|\b(?:if|unless|whether)\s+[^.;:,]{0,60}?\b(?:became|becomes|become)"
    r"|\b(?:his|her|their|its)\s+[a-z]+\s+(?:became|becomes|become|becoming))\s+"
    r"(?:(?:the|a|an)\s+)?(?:new\s+)?$",
    re.I,
)


@cache
def _role_of() -> re.Pattern[str]:
    return re.compile(rf"['’]s?\s+(?:{lexicon.alternation('title_words.tsv', 'role_noun')})\s+$")


def _takes_over() -> re.Pattern[str]:
    return lexicon.word_pattern(lexicon.TRIP_WORDS, "takes_over", re.I)


ADMINISTRATION = re.compile(r"['’]?s?\s+administration\b")
