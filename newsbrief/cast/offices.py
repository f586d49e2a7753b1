"""Giving a person an office: the higher office wins ("head" over "office" over "role"), a former
office never replaces a current one, "Shadow Home Secretary" is the opposition's; "his Brazilian
counterpart X" holds the office of the one he is the counterpart of, and, when that office came
from a bare title read after X (step 6), X takes it then (`counterparts_by_reference`, step 7)."""

from __future__ import annotations

from newsbrief.cast.drafts import CastDraft, PersonDraft
from newsbrief.cast.title_table import counterpart_title, organisations, title_genders
from newsbrief.cast.titles import TitleHit


def give_title(draft: CastDraft, p: PersonDraft, t: TitleHit) -> None:
    info = t.info
    rank = {"head": 4, "org": 3, "office": 2, "counterpart": 2, "role": 1}
    kind = info.kind
    if kind == "org" and not t.organization:
        kind = "role"
    if kind == "counterpart":
        return _counterpart(draft, p, t)
    if t.owner_pronoun and not t.country and not t.organization:
        p.owner_at = t.title_start
    title = t.title
    if not p.gender:
        p.gender = title_genders().get(t.title, "")
    modifiers = (t.modifier or "").split()
    if "shadow" in modifiers:
        # "Shadow Home Secretary X": the opposition's spokesman for the office, not its holder.
        title, kind = "Shadow " + title, "office"
    if modifiers[:1] in (["former"], ["ex"]):
        title = "former " + title
    former, had_former = title.startswith("former"), (p.title or "").startswith("former")
    if former and p.title_kind not in (None, "role") and not had_former:
        return  # "AU Commission chairperson X, the former Djiboutian foreign minister": the office now
    outranks = p.title_kind is None or rank.get(kind, 0) > rank.get(p.title_kind, 0)
    if outranks or (had_former and not former):
        p.title, p.title_kind = title, kind
        if t.organization:
            p.organization = t.organization
    country = t.country or (info.country if not t.organization else None)
    if t.organization and not t.country:
        org = organisations().get(t.organization)
        country = org.country if org else None
    if country and (p.country is None or not p.country_from_text):
        p.country = country
        p.country_from_text = bool(t.country)


def _counterpart(draft: CastDraft, p: PersonDraft, t: TitleHit) -> None:
    """ "his Brazilian counterpart X": X holds the same office in another state."""
    holders = [
        q for q in draft.people if q is not p and q.title_kind in ("head", "office") and q.last_seen < t.start
    ]
    if holders:
        other = max(holders, key=lambda q: q.last_seen)
        p.title, p.title_kind = counterpart_title(other.title), other.title_kind
    else:
        draft.counterparts_pending.append((p, t))
    if t.country:
        p.country, p.country_from_text = t.country, True


def counterparts_by_reference(draft: CastDraft) -> None:
    """ "Jack Straw's residence ... the foreign secretary's house ... Mr Straw and his Spanish
    counterpart X": the office came from a bare title, after X was read; X holds it too."""
    for p, t in draft.counterparts_pending:
        if p.title is not None:
            continue
        holders = [
            (draft.last_mention_before(i, t.start), q)
            for i, q in enumerate(draft.people)
            if q is not p and q.kind == "person" and q.title_kind in ("head", "office")
        ]
        holders = [(at, q) for at, q in holders if at >= 0]
        if holders:
            other = max(holders, key=lambda aq: aq[0])[1]
            p.title, p.title_kind = counterpart_title(other.title), other.title_kind
