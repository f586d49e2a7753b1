"""Titles in the text: the office, and the state or body written around it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from newsbrief import lexicon, places
from newsbrief.cast.body_refs import body_named_after_of, body_named_before
from newsbrief.cast.names import honorifics, is_plain_name_word, not_names
from newsbrief.cast.title_compare import same_title  # noqa: F401 (quotes.speakers imports it from here)
from newsbrief.cast.title_table import (
    Organisation,
    TitleInfo,
    departments,
    organisations,
    political_qualifiers,
    titles_by_phrase,
)
from newsbrief.model import CountryMention, Document
from newsbrief.tables import read_lines


@cache
def _title_pattern() -> re.Pattern[str]:
    dept = places.trie_alternation(departments())
    dept_run = rf"(?:{dept})(?:\s+and\s+(?:{dept}))?"
    plain = places.trie_alternation(titles_by_phrase())
    # A lower-case "chief" before a capitalised office ends a role stacked before it: "the
    # delegation chief Finance Minister X" is a finance minister, not a "chief finance minister".
    deputy = r"(?:deputy\s+|vice\s+|vice-|(?:(?-i:chief)\s+(?-i:(?=[a-z]))|(?-i:Chief)\s+)|assistant\s+)?"
    # "Undersecretary for Management", but not "under President Bush".
    under = r"(?:deputy\s+|chief\s+|assistant\s+|under\s*)?"
    # The long official form: "Minister of Energy and Mineral Resources", "State Minister for
    # National Development Planning", "Minister of State for Foreign Trade", "Coordinating Minister
    # of Health and Social Welfare". Up to two capitalised words may come before a department word;
    # capitalised words after its "and" belong to the office only where the phrase then ends (a comma
    # or a full stop), so "Minister of Foreign Affairs Wang Yi" keeps the name out.
    cap = r"(?-i:[A-Z][a-z]+)"
    long_dept = (
        rf"(?:{cap}\s+){{0,2}}(?:{dept})"
        rf"(?:\s+and\s+{cap}(?:\s+{cap}){{0,2}}(?=[ \t]*[,.;)]))?"
    )
    long_lead = r"(?:(?-i:State|Coordinating|Senior|Deputy|Assistant)\s+)?"
    long_form = (
        rf"{long_lead}(?-i:Minister|Secretary)\s+(?:of\s+(?-i:State)\s+for|of|for)\s+(?:the\s+)?{long_dept}"
    )
    composite = (
        rf"{long_form}"
        rf"|{deputy}{dept_run}\s+(?:minister|secretary)s?"
        rf"|{under}(?:minister|secretary)s?\s+(?:of|for)\s+(?:the\s+)?{dept_run}"
    )
    return re.compile(rf"(?<![\w-])(?:{composite}|{deputy}(?:{plain}))(?![\w-])", re.IGNORECASE)


@cache
def _title_first_words() -> frozenset[str]:
    """Every word a title can start with, for a quick look before the full pattern."""
    words = {"deputy", "vice", "chief", "assistant", "under", "undersecretary", "minister", "ministers"}
    words |= {"state", "coordinating", "senior"}
    words |= {"secretary", "secretaries"}
    for phrase in (*titles_by_phrase(), *departments()):
        first = re.match(r"[A-Za-z]+", phrase)
        if first:
            words.add(first.group(0).lower())
    return frozenset(words)


_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]+")


def _title_matches(text: str, ranges: Sequence[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
    """Title phrases in the text (or in its `ranges`, in order), left to right, trying the full
    pattern only where a word could start one (most words cannot, and the pattern is long)."""
    pattern, first = _title_pattern(), _title_first_words()
    pos = 0
    for start, end in ranges if ranges is not None else ((0, len(text)),):
        for w in _WORD_START.finditer(text, max(start, pos), end):
            if w.start() < pos or w.group(0).lower() not in first:
                continue
            m = pattern.match(text, w.start())
            if m:
                yield m
                pos = m.end()


@cache
def org_pattern() -> re.Pattern[str]:
    forms = sorted(organisations(), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:the\s+)?(?:{places.trie_alternation(forms)})(?![\w])")


@dataclass(frozen=True)
class TitleHit:
    start: int  # where the whole reference starts (country word or "the" included)
    end: int
    title_start: int
    title_end: int
    info: TitleInfo
    title: str
    country: str | None
    organization: str | None
    modifier: str | None
    owner_pronoun: bool = False  # "his ambassador": the office belongs to someone's state
    named_body: bool = False  # "the Conservative leader", "the Reform UK leader": a party's office


@dataclass
class TitleContext:
    doc: Document
    country_at_end: dict[int, CountryMention]
    country_at_start: dict[int, CountryMention]
    org_at_end: dict[int, tuple[int, Organisation]]
    org_at_start: dict[int, tuple[int, Organisation]]
    body_at_end: dict[int, int] = field(default_factory=dict)  # "Foreign Ministry" end -> start
    # Filled by find_titles: starts of title words it read as a given name ("Amir Khan Muttaqi"),
    # so the name runs take the word in and nobody decides it again.
    given_name_starts: set[int] = field(default_factory=set)
    # The stretches of text read for titles (read_names.readable_ranges); None: all of it.
    ranges: tuple[tuple[int, int], ...] | None = None


def _title_info(phrase: str) -> tuple[TitleInfo, str]:
    low = re.sub(r"\s+", " ", phrase.lower())
    prefix = ""
    for p in ("deputy ", "vice-", "vice ", "chief ", "under ", "under", "assistant "):
        if low.startswith(p) and low not in titles_by_phrase():
            prefix, low = p, low[len(p) :]
            break
    info = titles_by_phrase().get(low)
    if info is None:
        # The head noun says plural: "ministers of finance", not "minister of foreign affairs".
        head = re.split(r" (?:of|for) ", low, maxsplit=1)[0]
        plural = head.endswith("s") and not head.endswith("ss")
        core = re.sub(
            r"(?:ie)?s(?= (?:of|for) |$)", lambda m: "y" if m.group(0) == "ies" else "", low, count=1
        )
        core = core if plural else low
        title = " ".join(w if w in ("of", "for", "and", "the") else w.capitalize() for w in core.split())
        info = TitleInfo(title, "head", None, True, plural)
    title = info.title
    if prefix:
        title = prefix.strip().rstrip("-").capitalize() + " " + title
        info = replace(info, title=title, kind="office" if info.kind == "head" else info.kind)
    return info, title


@cache
def _left_modifier() -> re.Pattern[str]:
    """ "former", "populist", "pro-Western" before a title."""
    words = lexicon.alternation(lexicon.TITLE_WORDS, "modifier")
    return re.compile(rf"(?:^|\s)((?:{words}|pro-[A-Z][a-z]+))\s*$", re.I)


@dataclass(frozen=True)
class _Left:
    """What is written before a title: its state or body, "former", "his"."""

    start: int
    country: str | None = None
    organization: str | None = None
    modifier: str | None = None
    owner_pronoun: bool = False
    national_body: str | None = None  # "Russian Security Council": the state's own body of that name


_PARTY_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){1,5})$")


@cache
def _party_after_of() -> re.Pattern[str]:
    ends = lexicon.alternation(lexicon.TITLE_WORDS, "party_end")
    return re.compile(
        rf"[ \t]+of[ \t]+the[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"  # "of the opposition"
        rf"((?:[A-Z][\w'’.-]*[ \t]+){{0,4}}(?:{ends}))(?![\w])"  # "Labour Party"
    )


@cache
def _party_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.TITLE_WORDS, 'party_word')})\b", re.I)


_OWNER_NAME_BEFORE = re.compile(r"(?<![\w])((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w-]*)['’]s?[ \t]+$")


POSSESSIVE_BEFORE = re.compile(r"['’]s?[ \t]+$")


# "his ambassador", and who sends someone: "Bolivia sent Foreign Minister X", "sending Prime Minister X".
@cache
def _owner_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{lexicon.alternation(lexicon.TRIP_WORDS, 'owner')})[ \t]+$", re.I)


# "former Tory " before an office: a kept modifier, then one party word.
# "former Tory", "former Social Democrat": a modifier, then a party's word or two
_PARTY_ADJECTIVE_BEFORE = re.compile(r"(?:^|\s)([A-Za-z]+-?)[ \t]+((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)[ \t]+$")


def skip_space_back(text: str, k: int) -> int:
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    return k


@cache
def _outlet_before() -> re.Pattern[str]:
    """A news outlet's name (news_sources.tsv) right before a title."""
    return re.compile(rf"(?<![\w])(?:{places.trie_alternation(places.news_sources())})[ \t]+$")


_COMPOUND_AFTER_POSSESSIVE = re.compile(r"['’]s?[ \t]+([a-z]+-[a-z]+)[ \t]+$")


def _left_of_title(ctx: TitleContext, start: int) -> _Left:
    """Country or organisation written just before a title, and modifiers like "former".

    "Japanese Prime Minister", "South Korea's President", "NATO Secretary General",
    "former British Prime Minister", "UK Independence Party leader", "his ambassador".
    """
    text = ctx.doc.text
    pos = start
    modifier = None

    def take_modifier(at: int) -> int:
        """Skip "former", "incumbent", "populist" ...; remember the ones that change the office."""
        nonlocal modifier
        for _ in range(3):
            m = _left_modifier().search(text[max(0, at - 24) : at])
            if not m and modifier is None:
                # "Former Tory chancellor X": a party word between "former" and the office.
                party = _PARTY_ADJECTIVE_BEFORE.search(text[max(0, at - 40) : at])
                if party and party.group(2).split()[-1].lower() in political_qualifiers():
                    word = party.group(1).lower().rstrip("-")
                    if word in lexicon.word_set(lexicon.TITLE_WORDS, "kept_modifier"):
                        modifier = word
                break
            if not m:
                break
            word = m.group(1).lower().rstrip("-")
            if word in lexicon.word_set(lexicon.TITLE_WORDS, "kept_modifier"):
                if not modifier:
                    modifier = word
                elif modifier == "shadow" and word != "shadow":
                    modifier = f"{word} shadow"  # "former shadow foreign secretary"
            at = at - len(m.group(0).lstrip())
        return at

    pos = take_modifier(pos)
    # "Brazil's left-leaning President X": a hyphenated adjective between a state's possessive
    # and the office is no modifier the table lists, but the state is still the office's.
    window = max(0, pos - 40)
    compound = _COMPOUND_AFTER_POSSESSIVE.search(text[window:pos])
    if compound:
        pos = window + compound.start(1)
    body = ctx.body_at_end.get(skip_space_back(text, pos))
    if body is not None:
        pos = body  # "Chinese Foreign Ministry spokesperson": the ministry's state
    k = skip_space_back(text, pos)
    k2 = k - 2 if text[k - 2 : k] in ("'s", "’s") else k - 1 if text[k - 1 : k] in ("'", "’") else k
    country = organization = national_body = None
    new_start = pos
    cm = ctx.country_at_end.get(k2) or ctx.country_at_end.get(k)
    org = ctx.org_at_end.get(k2) or ctx.org_at_end.get(k)
    if cm and k < pos and cm.kind != "place":
        country, new_start = cm.code, cm.start
    elif org and k < pos:
        country, organization, new_start = org[1].country, org[1].name, org[0]
        before_org = skip_space_back(text, org[0])
        own = ctx.country_at_end.get(before_org)
        if own is None and text[before_org - 2 : before_org] in ("'s", "’s"):
            own = ctx.country_at_end.get(before_org - 2)  # "Russia's UN Ambassador"
        if own is not None and own.kind in ("demonym", "name"):
            # "Russian Security Council Secretary", "the British UN ambassador": the state's own office
            country, organization, new_start = own.code, None, own.start
            national_body = " ".join(text[org[0] : k].split())
    else:
        party = _PARTY_BEFORE.search(text[max(0, pos - 80) : pos])
        if party and _party_word().search(party.group(1) + text[pos:start] + text[start : start + 12]):
            party_start = pos - (len(text[max(0, pos - 80) : pos]) - party.start(1))
            inner = [m for m in ctx.country_at_start.values() if party_start <= m.start < pos]
            if inner:
                country, new_start = inner[0].code, party_start
    new_start = take_modifier(new_start)
    owner = bool(_owner_before().search(text[max(0, new_start - 8) : new_start]))
    if not country and not organization and not owner:
        # "Lee's national security adviser": the office belongs to Lee's state.
        m = _OWNER_NAME_BEFORE.search(text[max(0, new_start - 40) : new_start])
        if m:
            owner, new_start = True, new_start - (len(text[max(0, new_start - 40) : new_start]) - m.start(1))
    return _Left(new_start, country, organization, modifier, owner, national_body)


@cache
def _business_roles() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(lexicon.TITLE_WORDS, 'business_role')})\b", re.I)


def _stacked_business_role(text: str, start: int) -> bool:
    """A business role stacked before this title ("chairman, CEO and president X"), with no name
    between them: in "party chairman Jiro Abe, and Finance Minister X" the chairman is another man."""
    before = text[max(0, start - 30) : start]
    found = list(_business_roles().finditer(before))
    return bool(found) and not _NAME_BETWEEN.search(before, found[-1].end())


def _body_head(text: str, start: int) -> bool:
    """Is the title starting at `start` (its state word included) a body's: after a body's noun
    ("union president", "central bank president") or a body named "of" a state ("Bank of Zambia")?"""
    before = text[max(0, start - 40) : start]
    noun = _LOWER_WORD_BEFORE.search(before)
    if noun and noun.group(1) in lexicon.word_set(lexicon.TITLE_WORDS, "body_noun"):
        return True
    return bool(_BODY_OF_STATE_BEFORE.search(before))


_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
_BODY_OF_STATE_BEFORE = re.compile(r"\b(?:Bank|University|College|Institute)[ \t]+of[ \t]+(?:the[ \t]+)?$")


_NAME_BETWEEN = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+")


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\n][\"'”’)]*\s*|^\s*)$")


_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]*$")


_BARE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][\w'’-]*)[ \t]+$")  # not after a full stop


_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


@cache
def _noun_after_title() -> re.Pattern[str]:
    nouns = places.trie_alternation(sorted(read_lines("nouns_after_titles.txt"), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{nouns})\b")


_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w&.-]*[\w&])[ \t]+$")


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


TO_AFTER = re.compile(r"\s+to\s+(?:the\s+)?")


_OF_SOMETHING = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[\w'’]+")


def right_of(ctx: TitleContext, end: int) -> tuple[int, str | None, str | None]:
    """ "... of Japan", "... of the United Nations": the state or body after a title."""
    m = _OF_AFTER.match(ctx.doc.text, end)
    if not m:
        return end, None, None
    cm = ctx.country_at_start.get(m.end())
    if cm is None and ctx.doc.text[m.end() - 4 : m.end()] == "the ":
        cm = ctx.country_at_start.get(m.end() - 4)
    if cm and cm.kind in ("name", "capital"):
        return cm.end, cm.code, None
    org = ctx.org_at_start.get(m.end()) or ctx.org_at_start.get(m.end() - 4)
    if org:
        return org[0], org[1].country, org[1].name
    back = body_named_after_of(ctx.doc.text, m.start(), ctx.org_at_start)
    if back is not None:
        return back[0], back[1].country, back[1].name
    return end, None, None


@cache
def _us_state_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    states = places.trie_alternation(sorted(places.us_state_names(), key=len, reverse=True))
    before = re.compile(rf"(?<![\w])(?:{states})[ \t]+$")
    after = re.compile(rf"[ \t]+of[ \t]+(?:{states})(?![\w])")
    offices = frozenset(o.lower() for o in places.us_state_offices())
    return before, after, offices


def _us_state_before(text: str, start: int, phrase: str) -> int | None:
    """Where a US state's name starts right before a state office ("Texas Gov.", "New York Mayor")."""
    before, _, offices = _us_state_patterns()
    if phrase.lower() not in offices:
        return None
    m = before.search(text[max(0, start - 30) : start])
    return start - (len(text[max(0, start - 30) : start]) - m.start()) if m else None


def us_state_after(text: str, end: int, title: str) -> bool:
    """ "Senator X of South Carolina": a US state after the name of a state or Congress office."""
    _, after, offices = _us_state_patterns()
    return title.lower() in offices and bool(after.match(text, end))


# "of France's far-right National Rally": a body of the state, named after its possessive.
_BODY_AFTER_POSSESSIVE = re.compile(
    r"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}((?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
)


# "the Liberal Democrats leader": "the" and a body's capitalised name before a title.
_BODY_NAME_BEFORE = re.compile(r"(?<![\w])[Tt]he[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,4})$")


def _org_around(spans: list[tuple[int, int, Organisation]], at: int) -> tuple[int, int, Organisation] | None:
    """The body whose name runs over `at` (starts before it), if any."""
    k = bisect_left(spans, (at,))
    if k > 0 and spans[k - 1][0] < at < spans[k - 1][1]:
        return spans[k - 1]
    return None


_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]+)")


def given_name_here(ctx: TitleContext, start: int, end: int, last_title_end: int) -> bool:
    """Is a title word that is also a given name ("Amir", "Sultan") the first word of a name here?
    After another title and its comma ("acting foreign minister, Amir Khan Muttaqi"); right after
    another title before a name word ("Industry Minister Sultan Al Jaber"); or, for words that
    are mostly given names ("Amir"), with no state, body or "the" before and a name word after
    ("Amir Khan said", but not "Qatar's Amir Sheikh Tamim" or "the Amir Tamim")."""
    text = ctx.doc.text
    gap = text[last_title_end:start] if last_title_end >= 0 else None
    if gap is not None and re.fullmatch(r",[ \t]+", gap):
        return True
    after = _NAME_WORD_AFTER.match(text, end)
    if not after or after.group(1) in honorifics() or not is_plain_name_word(after.group(1)):
        return False
    if gap is not None and re.fullmatch(r"[ \t]+", gap):
        return True
    if text[start:end] not in lexicon.word_set(lexicon.TITLE_WORDS, "given_name_first"):
        return False
    k = skip_space_back(text, start)
    k2 = k - 2 if text[k - 2 : k] in ("'s", "’s") else k
    owned = k2 in ctx.country_at_end or k2 in ctx.org_at_end
    return not (owned or re.search(r"\b[Tt]he[ \t]+$", text[max(0, start - 5) : start]))


def find_titles(ctx: TitleContext) -> list[TitleHit]:
    hits = []
    text = ctx.doc.text
    org_spans = sorted((s, e, o) for s, (e, o) in ctx.org_at_start.items())
    for m in _title_matches(text, ctx.ranges):
        phrase = m.group(0)
        prev = (
            _NAME_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            if phrase in lexicon.word_set(lexicon.TITLE_WORDS, "surname_title")
            else None
        )
        if prev and is_plain_name_word(prev.group(1)):
            continue  # "Martin Luther King", "Sen. Angus King": a surname, not a monarch
        if phrase[0].islower() and _noun_after_title().match(text, m.end()):
            continue  # "general manager", "president emeritus": a lower-case title modifying a noun
        if phrase[0].isupper() and re.search(r"(?<![\w])&[ \t]+$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "Daily Mail & General Trust", "Smith & Chancellor": a firm's name
        if _outlet_before().search(text, max(0, m.start() - 40), m.start()):
            continue  # "CNN President Jeff Zucker": a news outlet's office, no state's
        if phrase in lexicon.word_set(lexicon.TITLE_WORDS, "given_name_title") and given_name_here(
            ctx, m.start(), m.end(), hits[-1].end if hits else -1
        ):
            ctx.given_name_starts.add(m.start())
            continue  # "acting foreign minister, Amir Khan Muttaqi": the name's first word
        following = _CAPITALISED_AFTER.match(text, m.end())
        if (
            following
            and following.group(1) in not_names()
            and following.group(1) not in honorifics()
            and not (
                following.group(1) in lexicon.word_set(lexicon.NAME_WORDS, "given_noun")
                and _NAME_WORD_AFTER.match(text, following.end())  # "President Bill Clinton"
            )
        ):
            continue  # "General Manager", "General Assembly", "President Emeritus"
        info, title = _title_info(phrase)
        if info.exact and not phrase.endswith(info.exact):
            continue  # "3 pm", "Nsa": the abbreviation is a title only as the press writes it
        left = _left_of_title(ctx, m.start())
        inside = _org_around(org_spans, m.start())
        if inside is not None:
            # "European Council President": the title phrase "Council President" starts inside
            # the body's name, which is the office's body.
            left = _left_of_title(ctx, inside[0])
            if not (left.country or left.organization):
                left = replace(left, organization=inside[2].name, country=inside[2].country)
        if not (left.country or left.organization):
            named = body_named_before(ctx.doc.text, org_spans, left.start)
            if named is not None:
                left = replace(left, organization=named.name, country=named.country, owner_pronoun=False)
        if left.national_body:
            title = f"{left.national_body} {title}"  # "Security Council Secretary"
        body = _BODY_NAME_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        named_body = bool(body) and not left.organization and info.kind == "office"
        if named_body:
            # "the Conservative leader", "the Reform UK leader", "the White House chief of staff"
            body_start = m.start() - (len(text[max(0, m.start() - 60) : m.start()]) - body.start(1))
            left = replace(left, start=min(left.start, body_start))
        if not (left.country or left.organization):
            state = _us_state_before(text, left.start, phrase)
            if state is not None:
                left = replace(left, start=state, country="US")  # "Georgia Governor Brian Kemp"
        end, of_country, of_org = right_of(ctx, m.end())
        party = _BODY_AFTER_POSSESSIVE.match(text, end) if of_country else None
        if party:
            # "the president of France's far-right National Rally": a party's office, not the state's
            title = f"{title} of {' '.join(party.group(1).split())}"
            info, end = replace(info, kind="office", title=title), party.end()
        party_of = _party_after_of().match(text, end) if not (of_country or of_org) else None
        if party_of and re.match(
            r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z]", text[party_of.end() : party_of.end() + 12]
        ):
            party_of = None  # "the chair of the Labour Movement for Europe": a campaign group
        if party_of and (info.kind in ("head", "office") or (info.kind == "org" and not left.organization)):
            # "the leader of the opposition Labour Party, Keir Starmer,": the party's office
            title = f"{title} of {' '.join(party_of.group(1).split())}"
            info, end, named_body = replace(info, kind="office", title=title), party_of.end(), True
        corporate = info.kind in ("head", "org") or info.title == "Vice President"
        if not (of_country or of_org) and corporate and _OF_SOMETHING.match(text, m.end()):
            # "the president of IRA's political wing", "president of the company": no state office.
            info = replace(info, kind="role")
        elif (
            corporate and not (left.country or left.organization) and _stacked_business_role(text, m.start())
        ):
            info = replace(info, kind="role")  # "chairman, CEO and president Craig Menear"
        elif corporate and not left.organization and _body_head(text, left.start):
            info = replace(info, kind="role")  # "union president X", "Bank of Zambia president Y"
        elif not (left.country or left.organization) and corporate and left.start == m.start():
            named = _NAME_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            if (
                named
                and is_plain_name_word(named.group(1))
                and info.title in lexicon.word_set(lexicon.TITLE_WORDS, "corporate_head")
            ):
                # "Virginia AFL-CIO President Doris Crouse-Mays", "Microsoft President Brad Smith"
                info = replace(info, kind="role")
        if info.title == "Secretary" and phrase[0].islower() and not (left.country or left.organization):
            info = replace(info, kind="role")  # "his secretary, Jane Doe" (but "Secretary Clinton")
        if (
            info.kind == "office"
            and phrase[0].islower()
            and not (left.country or left.organization or of_country)
        ):
            word = _WORD_BEFORE.search(text[max(0, left.start - 30) : left.start])
            opens = word and _SENTENCE_START_BEFORE.search(
                text[max(0, left.start - 40) : left.start - len(word.group(0))]
            )
            qualified = word and (
                (word.group(1)[0].isupper() and not opens) or word.group(1).lower() in political_qualifiers()
            )
            if not qualified and not of_org and _CAPITALISED_AFTER.match(text, m.end()):
                # "community leader Jane Doe", "keynote speaker X": not a political office
                info = replace(info, kind="role")
        table_org = info.organization if not (left.country or left.organization or of_country) else None
        if table_org and not of_org:
            word = _BARE_WORD_BEFORE.search(text[max(0, left.start - 30) : left.start])
            if word and word.group(1)[0].isupper() and word.group(1) != "The":
                table_org = None  # "ECOWAS Commission President", "City Council President": another body
        if not (left.country or left.organization or of_country or of_org) and hits:
            # "Saudi Crown Prince and Prime Minister X": two offices of one person, written
            # with one state before the first and the name right after the second.
            prev = hits[-1]
            if (
                (prev.country or prev.organization)
                and re.fullmatch(r"[ \t]+and[ \t]+", text[prev.title_end : left.start])
                and re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
            ):
                left = replace(left, country=prev.country, organization=prev.organization)
        hits.append(
            TitleHit(
                start=left.start,
                end=end,
                title_start=m.start(),
                title_end=m.end(),
                info=info,
                title=title,
                country=left.country or of_country,
                organization=left.organization or of_org or table_org,
                modifier=left.modifier,
                owner_pronoun=left.owner_pronoun,
                named_body=named_body,
            )
        )
    return hits
