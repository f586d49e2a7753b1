"""From a reading to meetings: its participants (a person, or a country's people, named when the article
names the office holder), grouped as one meeting of all or the hub with each guest."""

from __future__ import annotations

import re

from newsbrief.meetings.gaps import LIST_JOINERS, word_tokens
from newsbrief.meetings.items import PLACE_KINDS, Item, MeetingReading
from newsbrief.meetings.tables import tables
from newsbrief.model import Cast, Participant, Person


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
            or modifier in LIST_JOINERS
            or t.has(modifier, "list")
            and not t.has(modifier, "portfolio")
        ):
            return (single,)
        # "the foreign ministers": that office; "business leaders", "party leaders": no office at all.
        return (modifier, single) if t.has(modifier, "portfolio") else ()

    before = word_tokens(text[max(0, item.start - 200) : item.start])[-24:]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w[0].isupper() or w.isdigit() or w in LIST_JOINERS:
            continue
        found = office([x.lower() for x in before[max(0, k - 1) : k + 1]])
        if found:
            return found
        break
    after = word_tokens(text[item.end : item.end + 80])[:12]
    for k, w in enumerate(after):
        if w[0].isupper() or w in LIST_JOINERS:
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


def participant_key(p: Participant) -> str:
    return f"p:{p.name}" if p.name else f"c:{p.country}"


def participant_groups(
    cast: Cast, reading: MeetingReading, text: str
) -> list[tuple[tuple[Participant, ...], str | None]]:
    """The meetings a reading stands for: one of all parties, or the hub with each other party;
    with the place a guest stands for when the guest is a place ("departs the UK for Germany")."""
    parties = [_participant(cast, i, text) for i in reading.parties]
    groups: list[tuple[tuple[Participant, ...], str | None]]
    if reading.star:
        hub, rest = parties[: reading.hub], parties[reading.hub :]
        # "met the Japanese prime minister, Fumio Kishida": Japan is already there in Kishida.
        named = {p.country for p in rest if p.name}
        # "A and B met separately with C", "A and B each held talks with C": two meetings, A-C and B-C.
        between = word_tokens(text[reading.parties[reading.hub - 1].end : reading.parties[reading.hub].start])
        after = word_tokens(text[reading.end : reading.end + 20])[:1]  # "met C separately"
        apart = reading.hub >= 2 and (
            any(tables().has(w.lower(), "apart") for w in between)
            or any(w.endswith("ly") and tables().has(w.lower(), "apart") for w in after)
        )
        # "Secretary A and Representative B met Chinese Vice Premier C": one side's delegation meets
        # the guest; A and B, of one country, did not meet each other.
        hub_countries = {h.country for h in hub}
        delegation = len(hub) >= 2 and len(hub_countries) == 1 and None not in hub_countries
        groups = []
        for r, i in zip(rest, reading.parties[reading.hub :], strict=True):
            if not r.name and r.country in named:
                continue
            # Only for a word that takes places: "hosted the ministers of Armenia" is not in Armenia.
            place = reading.place is not None and i.person is None and i.kind in PLACE_KINDS
            if place:
                # "X and Y arrived in Kyiv": each visits; travelling together is no meeting of the two.
                groups += [((h, r), text[i.start : i.end]) for h in hub]
            elif apart or (delegation and r.country not in hub_countries):
                groups += [((h, r), None) for h in hub]
            else:
                groups.append((tuple(hub) + (r,), None))
    else:
        groups = [(tuple(parties), None)]
    out = []
    for group, place in groups:
        unique: dict[str, Participant] = {}
        for p in group:
            unique.setdefault(participant_key(p), p)
        named_countries = {p.country for p in unique.values() if p.name}
        # A country beside one of its own people adds nothing ("X met her and other Burmese leaders").
        kept = tuple(p for p in unique.values() if p.name or p.country not in named_countries)
        if len(kept) >= 2:
            out.append((kept, place))
    return out
