"""The Cast's last stage, after its steps (people.STEPS): the frozen model.Cast from the draft.

One-word "people" with no evidence are dropped; each Person gets its gender (honorific, title,
one-gender given name) and its aliases; overlapping mentions keep the longer; countries are
ranked (a leader's state counts even if named once)."""

from __future__ import annotations

from collections import Counter

from newsbrief import places
from newsbrief.cast.drafts import CastDraft
from newsbrief.model import Cast, Mention, Person


def finish(draft: CastDraft) -> Cast:
    # Drop one-word "people" that are only ever a bare word with no evidence.
    keep: dict[int, int] = {}
    people: list[Person] = []
    counts = Counter(i for _, _, i, k in draft.mentions if k != "pronoun")
    for i, p in enumerate(draft.people):
        if p.kind == "person" and len(p.tokens) == 1 and p.evidence == 0 and sum(p.forms.values()) < 2:
            continue
        keep[i] = len(people)
        name = p.name
        aliases = tuple(sorted({f for f in p.forms if f != name}, key=lambda f: (-p.forms[f], f)))
        is_leader = p.kind == "person" and p.title_kind in ("head", "office", "org")
        country = p.country if (is_leader or p.country_from_text or p.kind == "body") else p.country
        people.append(
            Person(
                name=name,
                aliases=aliases,
                title=p.title,
                country=country,
                organization=p.organization,
                is_leader=is_leader,
                kind=p.kind,
                mentions=counts[i],
                gender=p.known_gender(),
                office_from=p.office_from,
            )
        )
    mentions = sorted(
        {Mention(s, e, keep[i], k) for s, e, i, k in draft.mentions if i in keep},
        key=lambda m: (m.start, m.end, m.person, m.kind),  # ties in a fixed order, run to run
    )
    required: dict[str, int] = {}
    for p in people:
        if p.is_leader and p.country:
            required[p.country] = 1
    countries = places.rank_countries(draft.doc, draft.country_mentions, required)
    return Cast(
        people=tuple(people),
        mentions=tuple(_drop_overlaps(mentions)),
        countries=countries,
        country_mentions=draft.country_mentions,
    )


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
