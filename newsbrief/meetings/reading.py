"""The constructions around a meeting word: a verb ("X met Y", "X and Y met", "X visited Tokyo")
or a noun ("talks between X and Y", "X's visit to Seoul", "X told Y in a phone call")."""

from __future__ import annotations

import itertools
import re
from functools import cache

from newsbrief.meetings.gaps import SUBJECT_LEAD, gap_clean, gap_ok, word_tokens
from newsbrief.meetings.items import PLACE_KINDS, Item, MeetingReading
from newsbrief.meetings.participants import read_list, read_subjects
from newsbrief.meetings.tables import KIND_ORDER, MeetingWord, tables
from newsbrief.model import Sentence

_BY_PHONE = re.compile(r"\s+(?:\w+\s+)?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b", re.I)
# "X told Y in a phone call", "X assured Y during their meeting": the meeting word comes after both.
_IN_MEETING = re.compile(
    r"\s*,?\s*(?:(?:in|during)\s+(?:a|an|their|his|her)|at\s+their)\s+(?:[\w\-]+\s+){0,2}\Z", re.I
)
# "X and Y agreed ... during talks in Tokyo", "... at their meeting", "During their talks, X and Y
# confirmed": the meeting word in a phrase of time or place, the sentence's subjects its parties.
_AROUND_MEETING = re.compile(
    r"\b(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter|[Oo]ver)\s+(?:(?:a|an|their)\s+)?((?:[\w\-]+\s+){0,2})\Z"
)
_DETERMINERS = frozenset(
    ["the", "this", "that", "these", "those", "his", "her", "its", "our", "next", "last"]
)
# "A and B were at the meeting", "were also present at the talks": a meeting already told.
_PRESENT_AT = re.compile(
    r"\b(?:were|was|are|is)\s+(?:also\s+|both\s+)?(?:present\s+)?(?:at|in|inside)\s+the\s+\Z", re.I
)
# "his annual meeting, on April 5-6 in Ottawa, with Y": a phrase of time or place between commas.
_TIMED_LINK = re.compile(
    r"\s*,\s*(?:on|in|at|next|last|this|earlier|later|set\s+for|scheduled\s+for|due)\b[^,;:]{1,50},\s*(with)\s+"
)
# "A and B told a joint press conference", "gave a joint news conference": the verb before it.
_JOINT_EVENT = re.compile(
    r"\b(?:told|tell|tells|gave|give|gives|held|hold|holds|addressed|at)\s+(?:a|the|their)\s+\Z"
)
# "are meeting", "were today meeting": a form of "be" and at most two adverbs, no determiner.
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|am)\s+(?:(?!a\b|an\b|the\b|their\b|his\b|her\b|its\b)[a-z]+\s+){0,2}\Z",
    re.I,
)
_PASSIVE_BE = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?\Z", re.I)
_AFTER_DOING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince)\s+\Z")


@cache
def _remote() -> re.Pattern[str]:
    """ "by video link", "via videoconference", "over the phone": taking part from afar."""
    ways = sorted(tables().roles.get("remote", ()), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ways)
    return re.compile(
        r"\s*,?\s*(?:by|via|over|through|on)\s+(?:a\s+|the\s+)?(?:" + alternation + r")\b", re.I
    )


def _purpose_all(text: str, end: int) -> bool:
    """ "for a trilateral summit", "for three-way talks": the purpose names one meeting of all."""
    m = tables().purpose.match(text[end : end + 60])
    return bool(m) and any(tables().has(w.lower(), "all") for w in word_tokens(m.group(0)))


def _purpose_kind(text: str, end: int) -> str | None:
    m = tables().purpose.match(text[end : end + 60])
    if not m:
        return None
    for w in tables().words:
        if w.frame == "noun" and w.pattern.fullmatch(m.group(1)):
            return w.kind
    return None


# ", including A and B", ", among them A": the people named out of a group met.
_INCLUDING = re.compile(r",\s+(?:including|among\s+them|notably|such\s+as)\s+")
# The group's description before it: "House leaders pressing for a tough trade bill".
_INCLUDING_REACH = 160


def _including(text: str, items: list[Item], sentence: Sentence, end: int) -> tuple[list[Item], int]:
    """The people a meeting verb's object group names after ", including" ("met House leaders
    pressing for a tough trade bill, including Congressman Y"), when no one else is named and no
    clause opens between; else nothing."""
    m = _INCLUDING.search(text, end, min(sentence.end, end + _INCLUDING_REACH))
    if not m or not gap_clean(text[end : m.start()], 14):
        return [], end
    # The group is the verb's own object ("met House leaders", "met senior party officials"), not
    # a noun further on ("met stiff resistance from provincial premiers, including ..."): its
    # group word comes among the first three words.
    head = word_tokens(text[end : m.start()])[:3]
    if not any(tables().has(w.lower(), "group") for w in head):
        return [], end
    if any(end <= i.start < m.start() and i.person is not None for i in items):
        return [], end
    listed, list_end = read_list(text, items, m.end(), sentence.end, places=False, lead_roles=("list",))
    named = [i for i in listed if i.person is not None]
    return (named, list_end) if named else ([], end)


# What follows "X and Y met": an adverb in -ly, then perhaps "with", then a lower-case word.
_AFTER_TOGETHER = re.compile(r"\s+(?:[a-z]+ly\s+)?(with\s+)?([a-z][\w\-]*)")
# "met three times", "met for the first time", "met several times": how often, no object.
_HOW_OFTEN = re.compile(
    r"\s+(?:two|three|four|five|six|several|many|\d+)\s+(?:times|hours|days|rounds)\b", re.I
)


def met_someone_else(text: str, end: int, stop: int, *, verb: bool) -> bool:
    """ "X and Y met bankers", "X and Y met with reporters", "X and Y held talks with local
    officials": the two met someone the text does not name, together, and not each other. Only a
    word the table lets stand after a meeting ("met in Geneva", "met privately", "met to discuss":
    data/meeting_words.tsv untied) keeps it their meeting; after a noun only a "with" object counts
    ("held talks on trade" is theirs)."""
    m = _AFTER_TOGETHER.match(text, end, stop)
    if not m or _HOW_OFTEN.match(text, end, stop):
        return False
    word = m.group(2).lower()
    if m.group(1):
        return word not in ("each", "one")  # "met with each other", "with one another"
    if not verb:
        return False
    return not (word.endswith("ly") or tables().has(word, "untied"))


def _together(
    text: str, items: list[Item], sentence: Sentence, start: int, end: int, kind: str, *, possessive: bool
) -> MeetingReading | None:
    """ "X and Y met", "X and Y held talks", "X and Y's summit" (`possessive`): two or more people
    joined before the meeting word, with only light words between, met one another."""
    mutual = read_subjects(text, items, start, sentence, strict=True, possessive=possessive)
    return MeetingReading(tuple(mutual), False, 0, kind, end) if len(mutual) >= 2 else None


_NOUN_OF = re.compile(r"\s+of\b")


def read_verb(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    if _NOUN_OF.match(text, end, sentence.end):
        return None  # "the April 29-May 2 visit of Prime Minister X": a noun whose "of" names the visitor
    subjects = subject or read_subjects(text, items, start, sentence, strict=False, possessive=False)
    objects, list_end = read_list(
        text, items, end, sentence.end, places=word.places, lead_roles=("list", "light", "group")
    )
    if not any(o.person is not None for o in objects):
        # "X met House leaders pressing for a tough bill, including Congressman Y": the people named.
        named, named_end = _including(text, items, sentence, end)
        if named:
            objects, list_end = named, named_end
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
            extra, extra_end = read_list(
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
        # "X will join A, including B and C, for talks": one meeting of everyone; "X joined the two
        # leaders by video link": so is taking part from afar.
        remote = _remote().match(text, list_end, sentence.end)
        if remote and purpose is None:
            purpose = "phone call" if re.search(r"phone", remote.group(0), re.I) else "meeting"
        if (
            purpose is None
            and _PASSIVE_BE.search(text, sentence.start, start)
            and re.match(r"\s+by\b", text[end:])
        ):
            purpose = "meeting"  # "X was joined by A and B in Kyiv": they came to X
        if purpose is None or not subjects or not objects:
            return None
        return MeetingReading(tuple(subjects + objects), False, 0, purpose, list_end)
    if purpose and KIND_ORDER.index(purpose) < KIND_ORDER.index(kind):
        kind = purpose
    if objects and subjects:
        place = next((o for o in objects if o.person is None and word.places), None)
        if purpose and place is None and _purpose_all(text, list_end):
            # "X hosted A and B for a trilateral summit": one meeting of all three.
            return MeetingReading(tuple(subjects + objects), False, 0, kind, list_end)
        return MeetingReading(tuple(subjects + objects), True, len(subjects), kind, list_end, place)
    if not objects and word.together and not met_someone_else(text, end, sentence.end, verb=True):
        return _together(text, items, sentence, start, end, kind, possessive=False)  # "X and Y met"
    return None


_OWNER_PRONOUN = re.compile(r"\b(his|her|their)\s+((?:[\w.'’\-]+\s+){0,3})\Z", re.I)


def _pronoun_owners(text: str, items: list[Item], sentence: Sentence, start: int) -> list[Item]:
    """ "his talks with Y" when the Cast left "his" unresolved: the nearest person before it."""
    m = _OWNER_PRONOUN.search(text, sentence.start, start)
    if not m or any(i.start < m.end(1) and m.start(1) < i.end for i in items):
        return []
    if not gap_clean(m.group(2), 3):
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
        if not gap_clean(gap, 4):
            return []  # "Yoon's long-awaited first visit", but not "Yoon's plan to ... visit"
        if item.person is None:
            return []
        owners = [item]
        for prev in reversed([i for i in items if i.end <= item.start]):
            g = text[prev.end : owners[0].start]
            if prev.person is None or not re.search(r"\band\b", g) or not gap_ok(g, ("list",), max_tokens=8):
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
    if len(people) < 2 or len(word_tokens(text[people[-1].end : m.start()])) > 3:
        return []
    a, b = people[-2], people[-1]
    verb = word_tokens(text[a.end : b.start])
    t = tables()
    if not 1 <= len(verb) <= 2 or any(
        not w.isalpha()
        or not w.islower()
        or w in ("and", "or")  # "X and Y both spoke during a meeting of ...": two subjects, no verb
        or (t.has(w, "stop") and w not in ("told", "tells"))
        for w in verb
    ):
        return []
    return [a, b]


def _around_meeting(
    text: str, items: list[Item], sentence: Sentence, start: int, end: int, subjects: list[Item]
) -> list[Item]:
    """ "X and Y agreed on Friday ... during talks in Tokyo", "During their talks at the palace, X and
    Y confirmed ...": two or more people who open the sentence (or the clause after the phrase) and
    whose talks the phrase names. Not "during a meeting of NATO ministers": a gathering of others."""
    m = _AROUND_MEETING.search(text, sentence.start, start)
    if not m or not gap_clean(m.group(1), 2) or re.match(r"\s+of\b", text[end : end + 4]):
        return []
    places = [i for i in items if i.person is None and i.kind in PLACE_KINDS]
    for w in re.finditer(r"\S+", m.group(1)):
        at = m.start(1) + w.start()
        if w.group(0).lower() in _DETERMINERS or (
            not w.group(0).islower() and not any(p.start <= at < p.end for p in places)
        ):
            return []  # "at the summit in Delhi", "during an ASEAN meeting", "a G20 summit": a gathering
    if m.group(0)[:2].lower() == "at" and re.match(r"at\s+(?:a|an)\b", m.group(0), re.I):
        return []  # "spoke at a summit in Rome" is a speech; "at their meeting", "at Tokyo summit" are theirs
    people = [i for i in items if i.person is not None and not i.possessive]
    if len(subjects) >= 2 and not any(p.start < subjects[0].start for p in people):
        return subjects  # the first people of the sentence, or "the leaders of Japan and the Philippines"
    if re.search(r"[^\W\d_]", text[sentence.start : m.start()]):
        return []
    # "During their talks ..., X and Y confirmed", "In talks in Tokyo, X and Y agreed": the pair
    # that opens the main clause.
    comma = text.find(",", end, sentence.end)
    if comma < 0:
        return []
    after, _ = read_list(text, items, comma + 1, sentence.end, places=False, lead_roles=("list",))
    return after if len(after) >= 2 and (not people or after[0] == people[0]) else []


# "the summit in Manila, which was attended by A and B", "a meeting chaired by X": those named
# after "by" sit in the meeting with its owner.
_ATTENDED_BY = re.compile(
    r"((?:\s+[\w.'’\-]+){0,5}?)\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|has\s+been|had\s+been)\s+|"
    r"and\s+(?:was\s+)?)?(?:also\s+)?(?:attended|chaired|co-chaired|hosted|co-hosted|convened)\s*"
    r"(?:,?\s*(?:among|amongst)\s+others\s*,?\s*)?\s+by\s+",
    re.I,
)


def _attended_by(
    text: str, items: list[Item], sentence: Sentence, start: int, end: int, kind: str
) -> tuple[tuple[Item, ...], int] | None:
    """ "X chaired the summit, which was attended by A and B": X, A and B all met; "A and B attended
    the summit, which was chaired by X" likewise."""
    m = _ATTENDED_BY.match(text, end, sentence.end)
    if not m or not gap_clean(m.group(1), 6):
        return None
    listed, list_end = read_list(text, items, m.end(), sentence.end, places=False, lead_roles=("list",))
    listed = [i for i in listed if i.person is not None]
    if not listed:
        return None
    owners = _owners(text, items, sentence, start) or read_subjects(
        text, items, start, sentence, strict=False, possessive=False
    )
    if not owners and kind != "summit" and re.search(r"\b[Tt]he\s+\Z", text[sentence.start : start]):
        # "The talks were attended by A and B": those who sat in on talks told before (often one
        # side's delegation), not a meeting of A and B; a summit is everyone's.
        return None
    parties: list[Item] = []
    for item in [*owners, *listed]:
        if item.person is None or all(p.person != item.person for p in parties):
            parties.append(item)
    return (tuple(parties), list_end) if len(parties) >= 2 else None


def _all_together(text: str, sentence: Sentence, start: int) -> bool:
    """A word just before the meeting noun makes it one meeting of all: "a trilateral meeting"."""
    before = word_tokens(text[max(sentence.start, start - 30) : start])[-2:]
    return any(tables().has(w.lower(), "all") for w in before)


# "a Dutch-Belgian parley", "the U.S.-Japan trade talks", "a Japan/U.S. summit": two countries
# joined by a hyphen or a slash, then at most two words, then the meeting noun.
_PAIR_JOINT = re.compile(r"\s*[-/–]\s*")
_PAIR_TO_NOUN = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}")


def _paired_sides(text: str, items: list[Item], sentence: Sentence, start: int) -> tuple[Item, ...] | None:
    """The two sides of a meeting named as a pair of countries before its noun, when the sentence
    names a person of each ("a Dutch-Belgian parley ... with Dutch Prime Minister X and Belgian
    Prime Minister Y agreeing"): the first person of each country."""
    places = [i for i in items if i.person is None and i.kind in (*PLACE_KINDS, "demonym") and i.end <= start]
    for a, b in itertools.pairwise(places):
        if (
            a.country
            and b.country
            and a.country != b.country
            and _PAIR_JOINT.fullmatch(text, a.end, b.start)
            and _PAIR_TO_NOUN.fullmatch(text, b.end, start)
        ):
            people = [i for i in items if i.person is not None and not i.possessive and i.kind != "pair"]
            sides = [next((i for i in people if i.country == side.country), None) for side in (a, b)]
            # Both sides named, or nothing: "Lyng, asked about a U.S./Soviet summit, said" names one
            # American who is no party, and two unnamed sides tell a reader nothing.
            return (sides[0], sides[1]) if sides[0] is not None and sides[1] is not None else None
    return None


def read_noun(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    if text[start:end].lower().endswith("ing") and _PROGRESSIVE.search(text, sentence.start, start):
        objects, _ = read_list(text, items, end, sentence.end, places=False, lead_roles=("list",))
        if any(o.person is not None for o in objects):
            return None  # "A and B are today meeting X": a verb with its object, read as one
    rest = text[end : sentence.end]
    # "talks between X and Y", "a summit in Ottawa next month between X and Y"
    # ("The last of the talks leading up to the visit will be in Washington next Wednesday between
    # X and Y": a longer stretch, still with no clause break.)
    between = re.match(r"(?:\s+[\w.'’\-]+){0,12}?\s+between\s+", rest)
    if between and gap_clean(rest[: between.start() + between.end() - len("between ")], 14):
        parties, list_end = read_list(
            text, items, end + between.end(), sentence.end, places=False, lead_roles=("list",)
        )
        if len(parties) >= 2:
            return MeetingReading(tuple(parties), False, 0, word.kind, list_end)
    attended = _attended_by(text, items, sentence, start, end, word.kind)
    if attended is not None:
        return MeetingReading(attended[0], False, 0, word.kind, attended[1])
    owners = _owners(text, items, sentence, start)
    owner_is_subject = False
    if not owners:
        owners = subject or read_subjects(text, items, start, sentence, strict=False, possessive=False)
        owner_is_subject = bool(owners)
    # "his British trip", "her Tokyo visit": the place is the modifier before the noun.
    if word.places and owners:
        last = [i for i in items if owners[-1].end <= i.start and i.end <= start and i.person is None]
        if last and gap_ok(text[last[-1].end : start], ("light", "list"), max_tokens=2):
            return MeetingReading(tuple(owners) + (last[-1],), True, len(owners), word.kind, end, last[-1])
    link = re.match(r"\s+(?:[\w.'’\-]+\s+){0,4}?(with|to|by)\s+", rest)
    timed = None if link else _TIMED_LINK.match(rest)
    link = link or timed
    if link and not gap_clean(rest[: link.start(1)], 14 if timed else 5):
        link = None  # "talks on the nuclear issue with X", but not across a clause
    if link and link.group(1) == "with":
        parties, list_end = read_list(
            text, items, end + link.end(), sentence.end, places=False, lead_roles=("list", "group")
        )
        if not owners:
            # "After talks with Y, he said": the subject comes after.
            follow = [i for i in items if i.start >= list_end and i.person is not None and not i.possessive]
            if follow and len(word_tokens(text[list_end : follow[0].start])) <= 2:
                owners = [follow[0]]
        if parties and owners:
            # "held a trilateral meeting with A and B": one meeting of all, not the host with each.
            star = not _all_together(text, sentence, start)
            return MeetingReading(
                tuple(owners + parties), star, len(owners) if star else 0, word.kind, list_end
            )
        return None
    if link and word.places and link.group(1) == "by" and not owners:
        # "a visit by Japanese Prime Minister X to Seoul"
        visitors, list_end = read_list(
            text, items, end + link.end(), sentence.end, places=False, lead_roles=("list", "light")
        )
        to = re.match(r"\s+to\s+", text[list_end : sentence.end])
        if visitors and to:
            found, list_end = read_list(
                text, items, list_end + to.end(), sentence.end, places=True, lead_roles=("list",)
            )
            places = [p for p in found if p.person is None]
            if places:
                return MeetingReading(
                    (*visitors, places[0]), True, len(visitors), word.kind, list_end, places[0]
                )
        return None
    if link and word.places and link.group(1) in ("to", "by"):
        after_link = end + link.end() - len(link.group(1)) - 1
        found, list_end = read_list(text, items, after_link, sentence.end, places=True, lead_roles=("list",))
        places = [p for p in found if p.person is None]
        if link.group(1) == "to" and places:
            # "next week's visit to Tokyo by Minister X"
            by = re.match(r"\s+by\s+", text[list_end : sentence.end])
            if by and not owners:
                owners, list_end = read_list(
                    text, items, list_end + by.end(), sentence.end, places=False, lead_roles=("list",)
                )
            if owners:
                parties = (*owners, places[0])
                return MeetingReading(parties, True, len(owners), word.kind, list_end, places[0])
        return None
    if word.places and owners and not link:
        # "X is in China on a three-day visit"
        inside = [
            i
            for i in items
            if owners[-1].end <= i.start and i.end <= start and i.person is None and i.kind in PLACE_KINDS
        ]
        if inside and re.search(r"\b(?:in|to)\s+(?:the\s+)?\Z", text[owners[-1].end : inside[0].start]):
            return MeetingReading((*owners, inside[0]), True, len(owners), word.kind, end, inside[0])
    told = _told_in(text, items, sentence, start)
    if told:
        return MeetingReading(tuple(told), False, 0, word.kind, end)
    if not word.places:
        # Any talks, even a call ("agreed in a video call"); not "during a visit", which one makes.
        around = _around_meeting(text, items, sentence, start, end, owners if owner_is_subject else [])
        if around:
            return MeetingReading(tuple(around), False, 0, word.kind, end)
    sides = _paired_sides(text, items, sentence, start) if not word.places else None
    if sides is not None:
        return MeetingReading(sides, False, 0, word.kind, end)
    joint = _JOINT_EVENT.search(text, sentence.start, start)
    if joint and re.match(r"joint\b", text[start:end], re.I):
        # "A and B told a joint press conference", "A and B spoke at a joint news conference": the
        # two who spoke side by side met, when they speak for different states: two ministers of
        # one government side by side at home held no meeting.
        pair = read_subjects(text, items, joint.start(), sentence, strict=False, possessive=False)
        if len(pair) >= 2 and len({i.country for i in pair if i.country is not None}) >= 2:
            return MeetingReading(tuple(pair), False, 0, word.kind, end)
    if not word.together or met_someone_else(text, end, sentence.end, verb=False):
        return None
    if _PRESENT_AT.search(text, sentence.start, start):
        return None  # "A and B were at the meeting": they sat in on one told before, not theirs
    # "X and Y's summit", "X and Y held talks"
    if len(owners) >= 2 and not owner_is_subject:
        return MeetingReading(tuple(owners), False, 0, word.kind, end)
    return _together(text, items, sentence, start, end, word.kind, possessive=True)


# "X and his Spanish counterpart": what stands between X and the word.
_AND_COUNTERPART = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w.\-]*\s+){0,3}\Z")
_TITLES_ONLY = re.compile(r",?\s*(?:[A-Z][\w.'’\-]*\s+){0,4}")
# "Y agreed", "Y, also signed", "Y on Monday agreed": the verb the two share.
_JOINT_VERB = re.compile(r"\s*,?\s*(?:(?:also|later|then|jointly|today|yesterday)\s+)?([a-z\-]+)\b")


def read_counterpart(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    """ "In October, Mr Strand and his Spanish counterpart Miguel Morales agreed to set up a forum":
    two ministers who act together met; "criticised his counterpart" or "unlike his counterpart"
    is no meeting."""
    people = [i for i in items if i.person is not None and not i.possessive and i.kind != "pronoun"]
    first = [i for i in people if i.end <= start and _AND_COUNTERPART.fullmatch(text, i.end, start)]
    second = [i for i in people if i.start >= end and _TITLES_ONLY.fullmatch(text, end, i.start)]
    if not first or not second or first[-1].person == second[0].person:
        return None
    verb = _JOINT_VERB.match(text, second[0].end, sentence.end)
    if not verb or not tables().has(verb.group(1), "joint"):
        return None
    # The reading ends after the shared verb, whose tense tells whether the meeting is past.
    return MeetingReading((first[-1], second[0]), False, 0, word.kind, verb.end(1))


def read_accord(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
):
    """ "Yoon and Kishida agreed to ...", "The two leaders signed ...", just after their meeting was
    told: two or more people of different states who open the sentence and act as one met. Not
    "France and Japan agreed" (states, not people) nor two of one state ("Obama and Biden agreed")."""
    mutual = read_subjects(text, items, start, sentence, strict=True, possessive=False)
    if len(mutual) < 2 or any(i.person is None for i in mutual):
        return None
    countries = [i.country for i in mutual]
    if None in countries or len(set(countries)) < len(countries):
        return None
    if not SUBJECT_LEAD.match(text[sentence.start : mutual[0].start]):
        return None  # the sentence's own subject, not "officials said A and B agreed"
    return MeetingReading(tuple(mutual), False, 0, word.kind, end)


def read_meeting(
    text: str,
    items: list[Item],
    sentence: Sentence,
    word: MeetingWord,
    start: int,
    end: int,
    subject: list[Item],
) -> MeetingReading | None:
    """The participants around one meeting word, by its frame (data/meeting_verbs.tsv): a verb, a
    noun, "his counterpart", or an accord just after a meeting; `subject` the clause's subject when
    the caller knows it better than the nearest person (meetings/subjects.py)."""
    reader = {"noun": read_noun, "counterpart": read_counterpart, "accord": read_accord}.get(
        word.frame, read_verb
    )
    return reader(text, items, sentence, word, start, end, subject)
