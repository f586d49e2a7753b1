"""Who met whom, on short news texts written for each construction.

The Cast is built by hand here (names, pronouns and country words marked by
their surface forms), so these tests exercise meetings.py alone.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from newsbrief.meetings.find import find_meetings
from newsbrief.model import (
    Cast,
    CountryMention,
    Document,
    Meeting,
    Mention,
    Participant,
    Person,
    Sentence,
    Span,
)

YOON = Person("Yoon Suk Yeol", ("Yoon",), "President", "KR", is_leader=True)
KISHIDA = Person("Fumio Kishida", ("Kishida",), "Prime Minister", "JP", is_leader=True)
PUTIN = Person("Vladimir Putin", ("Putin",), "President", "RU", is_leader=True)
KIM = Person("Kim Jong-un", ("Kim",), "leader", "KP", is_leader=True)
BIDEN = Person("Joe Biden", ("Biden",), "President", "US", is_leader=True)
MARQUEZ = Person("Elena Marquez", ("Marquez",), "Foreign Minister", "CL", is_leader=True)
OKAFOR = Person("Daniel Okafor", ("Okafor",), "President", "NG", is_leader=True)
LINDQVIST = Person("Anna Lindqvist", ("Lindqvist",), "Prime Minister", "SE", is_leader=True)
REPORTER = Person("Tom Hale", ("Hale",), None, None)
YOON_P = Participant("Yoon Suk Yeol", "KR")

COUNTRIES = {
    "South Korea": "KR",
    "South Korean": "KR",
    "Japan": "JP",
    "Japanese": "JP",
    "Tokyo": "JP",
    "Russia": "RU",
    "North Korea": "KP",
    "Germany": "DE",
    "Canada": "CA",
    "the Netherlands": "NL",
    "Sweden": "SE",
    "the Czech Republic": "CZ",
    "Finland": "FI",
    "Poland": "PL",
    "Chile": "CL",
    "Chilean": "CL",
    "Nigeria": "NG",
    "Nigerian": "NG",
    "Washington": "US",
    "Beijing": "CN",
    "China": "CN",
    "Chinese": "CN",
    "Brazil": "BR",
    "Brazilian": "BR",
    "Palestinian": "PS",
    "Egypt": "EG",
    "Britain": "GB",
    "British": "GB",
    "Warsaw": "PL",
    "Santiago": "CL",
    "Downing Street": "GB",
    "Kremlin": "RU",
}
_KINDS = {
    "Warsaw": "place",
    "Santiago": "place",
    "Downing Street": "capital",
    "Kremlin": "capital",
    "Japanese": "demonym",
    "South Korean": "demonym",
    "Chilean": "demonym",
    "Nigerian": "demonym",
    "Chinese": "demonym",
    "Brazilian": "demonym",
    "Palestinian": "demonym",
    "British": "demonym",
    "Tokyo": "capital",
    "Washington": "capital",
    "Beijing": "capital",
}


def cast_for(text: str, people: dict[Person, tuple[str, ...]]) -> Cast:
    """Mark every surface form of each person, and every country word, in `text`."""
    mentions = []
    taken: list[tuple[int, int]] = []
    forms = [(form, k) for k, p in enumerate(people) for form in people[p]]
    ordered = sorted(forms, key=lambda f: -len(f[0]))
    for form, k in ordered:
        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            kind = "pronoun" if form.islower() else "title" if form.startswith("the ") else "name"
            mentions.append(Mention(m.start(), m.end(), k, kind))
    countries = []
    for name in sorted(COUNTRIES, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            countries.append(CountryMention(COUNTRIES[name], m.start(), m.end(), _KINDS.get(name, "name")))
    return Cast(
        people=tuple(people),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        country_mentions=tuple(sorted(countries, key=lambda c: c.start)),
    )


def document(text: str) -> Document:
    """Sentences split at a full stop before a capital: enough for these texts, and independent
    of the cleaner and splitter, which have their own tests."""
    sentences = []
    start = 0
    for m in re.finditer(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|$", text):
        if m.start() > start:
            sentences.append(Sentence(len(sentences), start, m.start(), 0, text[start : m.start()]))
        start = m.end()
    return Document(text, tuple(sentences), (Span(0, len(text)),))


def meet(text: str, people: dict[Person, tuple[str, ...]]) -> tuple[Meeting, ...]:
    return find_meetings(document(text), cast_for(text, people))


def pairs(meetings) -> set[frozenset[str]]:
    out = set()
    for m in meetings:
        names = [p.name or p.country for p in m.participants]
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                out.add(frozenset((a, b)))
    return out


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


LEADERS = {
    YOON: ("Yoon Suk Yeol", "Yoon", "the South Korean president", "The South Korean president"),
    KISHIDA: ("Fumio Kishida", "Kishida"),
    PUTIN: ("Vladimir Putin", "Putin"),
    KIM: ("Kim Jong-un", "Kim"),
    BIDEN: ("Joe Biden", "Biden"),
}


# --- the constructions ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Washington.",
        "Yoon Suk Yeol met with Fumio Kishida on the sidelines of the meeting.",
        "Yoon met privately with Kishida for nearly two hours, aides said.",
        "Yoon and Kishida met in Washington on Tuesday, their first encounter since the election.",
        "Yoon is to meet Kishida in Tokyo next month, officials said.",
        "Yoon will host Kishida at the presidential office next week.",
        "Yoon hosted Kishida for dinner at his residence.",
        "Yoon visited Kishida at his official residence on Sunday.",
        "The South Korean president met Kishida later in the day.",
        "Yoon will travel to Tokyo ``soon'' to meet Kishida, his office said.",
        "On Sunday, Yoon received a phone call from Kishida, who urged him to act.",
        "Yoon took a call from Kishida on Tuesday.",
        "Yoon and Kishida held a closed-door session on Saturday.",
        "Yoon held a private session with Kishida before the dinner.",
        "Yoon will travel to Tokyo \u201cvery soon\u201d to meet Kishida, his office said.",
    ],
)
def test_verb_constructions_give_the_pair(text):
    assert pairs(meet(text, LEADERS)) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Yoon held talks with Kishida in Washington on Tuesday.", "talks"),
        ("Yoon held a summit with Kishida at Camp David.", "summit"),
        ("Yoon held a bilateral meeting with Kishida on the sidelines of the summit.", "bilateral meeting"),
        ("Talks between Yoon and Kishida lasted three hours.", "talks"),
        ("Yoon and Kishida's summit produced a joint statement on supply chains.", "summit"),
        ("Yoon spoke by phone with Kishida on Monday night.", "phone call"),
        ("Yoon and Kishida shake hands during their meeting in Washington.", "meeting"),
        ("The two sides traded proposals during Yoon's meeting with Kishida.", "meeting"),
        ("Yoon raised the issue of supply chains during a summit with Kishida.", "summit"),
    ],
)
def test_noun_constructions_give_the_pair_and_kind(text, kind):
    found = meet(text, LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert found[0].kind == kind


def test_meetings_with_two_people_give_two_pairs():
    text = "During Yoon's meetings with Kishida and Biden, he pressed for a common line on chips."
    assert pairs(meet(text, LEADERS)) == {
        pair("Yoon Suk Yeol", "Fumio Kishida"),
        pair("Yoon Suk Yeol", "Joe Biden"),
    }


def test_bilateral_meetings_with_the_leaders_of_six_countries():
    text = (
        "Yoon held bilateral meetings with the leaders of six countries — Germany, Canada, "
        "the Netherlands, Sweden, the Czech Republic and Finland."
    )
    found = meet(text, LEADERS)
    assert {m.participants[1].country for m in found} == {"DE", "CA", "NL", "SE", "CZ", "FI"}
    assert all(m.participants[0].name == "Yoon Suk Yeol" and m.participants[1].name is None for m in found)
    assert {m.kind for m in found} == {"bilateral meeting"}


def test_a_visit_to_a_capital_gives_the_country():
    found = meet("Yoon's visit to Tokyo was the first by a South Korean leader in a decade.", LEADERS)
    assert [(m.participants, m.kind, m.where) for m in found] == [
        ((YOON_P, Participant(None, "JP")), "visit", "Tokyo")
    ]


def test_visited_a_country():
    found = meet("Kishida visited Poland on Thursday to sign a reconstruction pact.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "PL")}
    assert found[0].kind == "visit"
    assert found[0].when == "on Thursday"


def test_a_visit_home_is_not_a_meeting():
    assert meet("Kishida returned to Tokyo and then visited Japan's northern coast.", LEADERS) == ()


def test_talks_with_officials_of_a_country():
    found = meet("Yoon said his talks with Japanese officials would continue next week.", LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "JP")}


def test_a_pronoun_resolved_by_the_cast():
    text = "Yoon arrived in the capital on Monday. He met Kishida hours later."
    found = meet(text, {**LEADERS, YOON: (*LEADERS[YOON], "He")})
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert found[-1].evidence == "He met Kishida hours later."


def test_a_summit_between_two_named_later_with_place_and_time():
    text = "Aides are laying the groundwork for a summit in Ottawa next month between Yoon and Kishida."
    (found,) = meet(text, LEADERS)
    assert (found.kind, found.where, found.when, found.background) == (
        "summit",
        "Ottawa",
        "next month",
        False,
    )


def test_joining_a_group_for_talks_is_one_meeting_of_everyone():
    text = (
        "Later Kishida will join ministers from 20 countries, including Biden and Yoon, for talks on trade."
    )
    assert pairs(meet(text, LEADERS)) == {
        pair("Fumio Kishida", "Joe Biden"),
        pair("Fumio Kishida", "Yoon Suk Yeol"),
        pair("Joe Biden", "Yoon Suk Yeol"),
    }


def test_a_list_of_people_met_one_by_one():
    text = "Yesterday, Kishida held talks with President Joe Biden, President Yoon Suk Yeol and Putin."
    assert pairs(meet(text, LEADERS)) == {
        pair("Fumio Kishida", "Joe Biden"),
        pair("Fumio Kishida", "Yoon Suk Yeol"),
        pair("Fumio Kishida", "Vladimir Putin"),
    }


# --- what is not a meeting ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yoon declined to meet Kishida during the forum.",
        "Yoon has no plans to meet Kishida, his office said.",
        "Yoon called for talks with Kishida on the disputed islands.",
        "Yoon condemned Kishida over the textbook dispute.",
        "Yoon and Kishida signed a joint declaration on supply chains.",
        "Yoon praised Kishida for his courage on the issue.",
        "His words met a cool reception from Kishida.",
        "Yoon refused to hold talks with Kishida until the apology was made.",
        "Yoon said he would be happy to meet Kishida if invited.",
        "Yoon rejected an offer of talks with Kishida.",
        "Kishida's proposal for a summit with Yoon was turned down.",
        "Yoon wants to meet Kishida before the end of the year.",
        "The talks between Yoon and Kishida were cancelled after the missile launch.",
        "Yoon met reporters in Seoul before Kishida spoke in Tokyo.",
        "Yoon told Kishida's envoy that the visit was premature.",
        "The meeting room was empty when Yoon and Kishida's aides arrived.",
    ],
)
def test_not_meetings(text):
    assert meet(text, LEADERS) == ()


def test_one_person_is_not_a_meeting():
    assert meet("Yoon met Yoon Suk Yeol's advisers on Friday.", LEADERS) == ()


# --- plans, duplicates, background -------------------------------------------------


def test_an_announced_meeting_is_kept_with_its_time():
    (found,) = meet("Putin will meet Kim Jong-un next week in Vladivostok, the Kremlin said.", LEADERS)
    assert (found.when, found.where, found.background) == ("next week", "Vladivostok", False)


def test_the_same_pair_twice_is_one_entry_with_the_richest_details():
    text = (
        "Yoon met Kishida on Tuesday. "
        "The summit between Yoon and Kishida in Washington produced a chips pact. "
        "Aides said Kishida and Yoon also discussed North Korea."
    )
    (found,) = meet(text, LEADERS)
    assert (found.kind, found.where, found.when) == ("summit", "Washington", "on Tuesday")


def test_background_meetings_come_after_the_story():
    text = (
        "Putin and Kim Jong-un held a summit in 2019 in Vladivostok. "
        "Yoon will meet Kishida next week in Seoul."
    )
    found = meet(text, LEADERS)
    assert [m.background for m in found] == [False, True]
    assert pairs(found[:1]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


def test_evidence_is_the_sentence_verbatim():
    text = "Shares rose. Yoon met  Kishida on Tuesday, aides said. Markets closed."
    (found,) = meet(text, LEADERS)
    assert found.evidence == "Yoon met  Kishida on Tuesday, aides said."
    assert found.evidence in text


def test_no_cast_no_meetings():
    assert find_meetings(document("Yoon met Kishida."), Cast()) == ()


def test_their_earlier_summit_is_background():
    text = (
        "Putin and Kim Jong-un will meet in Moscow on Friday. "
        "Putin and Kim Jong-un built on their June summit, aides said."
    )
    (found,) = meet(text, LEADERS)
    assert (found.when, found.background) == ("on Friday", False)
    found = meet("Putin and Kim Jong-un built on their June summit, aides said.", LEADERS)
    assert [(pairs(found), found[0].kind, found[0].when, found[0].background)] == [
        ({pair("Vladimir Putin", "Kim Jong-un")}, "summit", "June", True)
    ]


def test_his_talks_with_an_unresolved_pronoun_go_to_the_nearest_person():
    found = meet("Kishida said his talks with Biden had been frank.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "Joe Biden")}


# --- more ways news tells of a meeting ----------------------------------------------

WIDER = {
    **LEADERS,
    MARQUEZ: ("Elena Marquez", "Marquez", "she", "her"),
    OKAFOR: ("Daniel Okafor", "Okafor"),
    LINDQVIST: ("Anna Lindqvist", "Lindqvist"),
}


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "Okafor met his Chilean counterpart Elena Marquez in Abuja.",
            {("Daniel Okafor", "Elena Marquez")},
            None,
        ),
        (
            "Okafor spoke with Lindqvist by phone on Monday.",
            {("Daniel Okafor", "Anna Lindqvist")},
            "phone call",
        ),
        (
            "Okafor held a phone call with Lindqvist on Monday.",
            {("Daniel Okafor", "Anna Lindqvist")},
            "phone call",
        ),
        (
            "Okafor told Lindqvist in a phone call that the deal was close.",
            {("Daniel Okafor", "Anna Lindqvist")},
            "phone call",
        ),
        (
            "Lindqvist was received by Okafor at the presidential villa.",
            {("Anna Lindqvist", "Daniel Okafor")},
            None,
        ),
        ("Okafor, Lindqvist hold talks on grain exports.", {("Daniel Okafor", "Anna Lindqvist")}, "talks"),
        (
            "Lindqvist and Okafor are scheduled to meet on Friday.",
            {("Anna Lindqvist", "Daniel Okafor")},
            None,
        ),
        (
            "Marquez flew to Nigeria on Sunday for talks with Okafor.",
            {("Elena Marquez", "Daniel Okafor")},  # the visit to Nigeria is the meeting with Okafor
            None,
        ),
        (
            "Marquez will travel to Nigeria next week to meet Okafor.",
            {("Elena Marquez", "Daniel Okafor")},  # the visit to Nigeria is the meeting with Okafor
            None,
        ),
        ("Marquez is in Nigeria on a three-day official visit.", {("Elena Marquez", "NG")}, "visit"),
        ("Okafor's two-day visit to Chile ends on Friday.", {("Daniel Okafor", "CL")}, "visit"),
        ("Okafor is hosting Lindqvist for a state visit.", {("Daniel Okafor", "Anna Lindqvist")}, "visit"),
        ("Okafor welcomed Marquez to the presidential villa.", {("Daniel Okafor", "Elena Marquez")}, None),
        ("The Okafor-Lindqvist summit opened in Stockholm.", {("Daniel Okafor", "Anna Lindqvist")}, "summit"),
        (
            "Okafor and Lindqvist agreed to cut tariffs at their meeting in Lagos.",
            {("Daniel Okafor", "Anna Lindqvist")},
            None,
        ),
    ],
)
def test_more_constructions(text, expected, kind):
    found = meet(text, WIDER)
    assert pairs(found) == {pair(*p) for p in expected}
    if kind:
        assert found[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said he met with Lindqvist's family during the funeral.",
        "Okafor met with protesters outside the parliament.",
        "Okafor's remarks met with criticism from Lindqvist.",
        "The plan met with approval from Lindqvist and Marquez.",
        "Okafor has never met Lindqvist.",
        "Okafor will not meet Lindqvist during the trip.",
        "Okafor refused to shake hands with Lindqvist.",
        "Okafor urged Lindqvist to hold talks with Marquez.",
        "Okafor invited Lindqvist to visit Nigeria.",
        "Okafor warned Lindqvist against visiting Chile.",
        "Okafor accused Lindqvist of wrecking the talks.",
        "Okafor praised Lindqvist at the summit.",
        "Okafor attended a summit with leaders from 20 countries.",
        "Okafor met the deadline set by Lindqvist.",
        "Okafor and Lindqvist have not spoken since the election.",
        "Okafor criticised the summit, which Lindqvist chaired.",
        "Lindqvist said Okafor was welcome to visit but no date had been set.",
    ],
)
def test_more_negatives(text):
    assert meet(text, WIDER) == ()


def test_a_pronoun_the_cast_gave_to_the_counterpart_is_read_again():
    # A Cast may resolve "he" to the last man named; a person does not hold talks with himself.
    text = (
        "Okafor pledged support for the reforms. Speaking after talks with Kishida, he said more was needed."
    )
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida", "he")}
    assert pairs(meet(text, people)) == {pair("Daniel Okafor", "Fumio Kishida")}


def test_he_after_a_list_of_guests_goes_on_with_the_host():
    # A Cast may give "he" to the last man named; in a run of meetings it is the one holding them.
    text = "Okafor held talks with Kishida and Putin. Yesterday, he held talks with Biden."
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida",), PUTIN: ("Putin", "he"), BIDEN: ("Biden",)}
    assert pairs(meet(text, people)) == {
        pair("Daniel Okafor", "Fumio Kishida"),
        pair("Daniel Okafor", "Vladimir Putin"),
        pair("Daniel Okafor", "Joe Biden"),
    }


def test_a_capital_named_as_a_place_is_where_someone_went():
    found = meet("Kishida's trip to Warsaw was his first to the region.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "PL")}


@pytest.mark.parametrize(
    "text",
    [
        "Republicans asked who besides Okafor and Lindqvist had received legal protection.",
        "Okafor and Lindqvist spoke to reporters after the vote.",
        "Lindqvist told the radio host Okafor that she was tired.",
        "Lindqvist wrote about it after she left Nigeria.",
        "Lindqvist starred in Notes on Falling Leaves with Okafor.",
        "Okafor and Lindqvist welcomed the decision.",
    ],
)
def test_words_that_only_look_like_meetings(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "Putin held talks with visiting South Korean President Yoon Suk Yeol in Moscow.",
            {("Vladimir Putin", "Yoon Suk Yeol")},
            "talks",
        ),
        (
            "In a call with Putin, Biden warned of severe costs.",
            {("Joe Biden", "Vladimir Putin")},
            "phone call",
        ),
        (
            "Biden called Putin on Tuesday to discuss the crisis.",
            {("Joe Biden", "Vladimir Putin")},
            "phone call",
        ),
        ("Biden hosted a state dinner for Yoon at the White House.", {("Joe Biden", "Yoon Suk Yeol")}, None),
        (
            "Kishida held talks on the nuclear issue with Yoon in Tokyo.",
            {("Fumio Kishida", "Yoon Suk Yeol")},
            "talks",
        ),
        (
            "The leaders of Japan and South Korea met on the sidelines of the forum.",
            {("Fumio Kishida", "Yoon Suk Yeol")},
            None,
        ),
        (
            "Biden met the Japanese prime minister, Fumio Kishida, at Camp David.",
            {("Joe Biden", "Fumio Kishida")},
            None,
        ),
        ("Kishida paid a state visit to China last month.", {("Fumio Kishida", "CN")}, "visit"),
        ("Yoon wrapped up a visit to Beijing on Sunday.", {("Yoon Suk Yeol", "CN")}, "visit"),
        ("Erdogan and Putin discussed Syria in a phone call.", set(), None),
    ],
)
def test_diplomatic_phrasings(text, expected, kind):
    found = meet(text, LEADERS)
    assert pairs(found) == {pair(*p) for p in expected}
    if kind:
        assert found[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Biden called Putin a killer in an interview.",
        "Biden called on Putin to withdraw his troops.",
        "Biden called Putin's remarks reckless.",
        "Yoon calls for talks with Kishida on the islands.",
        "Kishida said the call for a summit with Yoon was premature.",
    ],
)
def test_called_is_a_phone_call_only_as_one(text):
    assert meet(text, LEADERS) == ()


def test_the_two_leaders_are_the_last_two_named():
    text = (
        "Yoon met Kishida in Washington on Tuesday, the first summit between the two leaders in a year. "
        "The two men held talks for two hours."
    )
    (found,) = meet(text, LEADERS)
    assert pairs([found]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert (found.kind, found.where, found.when) == ("summit", "Washington", "on Tuesday")
    assert pairs(
        meet("Biden spoke first. Yoon and Kishida arrived later. The two leaders met at noon.", LEADERS)
    ) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


def test_a_participle_clause_keeps_the_subject():
    text = "Okafor met Marquez before flying to Stockholm for talks with Lindqvist."
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Anna Lindqvist"),
    }


def test_the_place_is_the_one_next_to_the_meeting():
    (found,) = meet("Yoon and Kishida spoke by phone about the war in Ukraine.", LEADERS)
    assert found.where is None
    (found,) = meet("In Hangzhou, Yoon met Kishida on the sidelines of the forum.", LEADERS)
    assert found.where == "Hangzhou"


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist, who chairs the forum, personally invited him to visit her in Stockholm.",
        "If elected, Okafor will meet Lindqvist in Stockholm.",
    ],
)
def test_cues_just_before_the_parties(text):
    assert meet(text, {**WIDER, OKAFOR: ("Okafor", "him"), LINDQVIST: ("Lindqvist", "her")}) == ()


def test_their_tense_dinner_last_year_is_background():
    text = "Okafor and Lindqvist have clashed since their tense dinner in Paris last year."
    (found,) = meet(text, WIDER)
    assert (found.kind, found.background, found.when) == ("meeting", True, "last year")


def test_her_before_a_noun_is_whose_not_whom():
    text = "Marquez spoke by telephone with her Nigerian counterpart Daniel Okafor on Saturday."
    people = {MARQUEZ: ("Elena Marquez", "Marquez"), OKAFOR: ("Daniel Okafor",), LINDQVIST: ("her",)}
    (found,) = meet(text, people)
    assert pairs([found]) == {pair("Elena Marquez", "Daniel Okafor")}
    assert (found.kind, found.when) == ("phone call", "on Saturday")


def test_a_past_meeting_of_the_same_pair_does_not_lend_its_place():
    text = (
        "Yoon will hold talks with Kishida on Friday. The two leaders last met at the summit in Delhi in May."
    )
    (found,) = meet(text, LEADERS)
    assert (found.kind, found.where, found.when, found.background) == ("talks", None, "on Friday", False)


def test_the_time_of_another_clause_is_not_the_meetings():
    text = "Yoon, who last visited Japan in 2019, is expected to meet Kishida."
    found = [m for m in meet(text, LEADERS) if m.participants[1].name]
    assert [(m.when, m.background) for m in found] == [(None, False)]


def test_a_run_of_meetings_survives_one_sentence_without_one():
    text = (
        "Okafor held talks with Kishida and Putin. Putin is a veteran. Yesterday, he held talks with Biden."
    )
    people = {OKAFOR: ("Okafor",), KISHIDA: ("Kishida",), PUTIN: ("Putin", "he"), BIDEN: ("Biden",)}
    assert pair("Daniel Okafor", "Joe Biden") in pairs(meet(text, people))


def test_a_condition_after_the_parties():
    assert meet("Biden said he would meet Putin if the fighting stopped.", LEADERS) == ()
    assert meet("Biden will meet Putin unless talks collapse.", LEADERS) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Yoon held summit talks with Kishida in Seoul.", "summit"),
        ("Yoon and Kishida held summit talks in Seoul.", "summit"),
        ("Kishida paid a courtesy call on Yoon at the presidential office.", "meeting"),
        ("Yoon received a courtesy call from Kishida on Monday.", "meeting"),
        ("Yoon exchanged views with Kishida on regional security.", "talks"),
        ("Yoon discussed the chip export rules with Kishida.", "talks"),
        ("Yoon had a meeting with Kishida before the dinner.", "meeting"),
    ],
)
def test_wire_service_phrasings(text, kind):
    found = meet(text, LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert found[0].kind == kind


def test_discussing_with_nobody_named_is_not_a_meeting():
    assert meet("Yoon discussed Kishida's proposal with aides on Monday.", LEADERS) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kishida told reporters after meeting Yoon that ties were improving.",
            {("Fumio Kishida", "Yoon Suk Yeol")},
        ),
        ("After meeting Yoon in Seoul, Kishida flew to Jakarta.", {("Fumio Kishida", "Yoon Suk Yeol")}),
        ("Yoon will sit down with Kishida on Friday.", {("Yoon Suk Yeol", "Fumio Kishida")}),
    ],
)
def test_gerunds_and_sitting_down(text, expected):
    assert pairs(meet(text, LEADERS)) == {pair(*p) for p in expected}


@pytest.mark.parametrize(
    "text",
    [
        "Yoon boycotted the summit with Kishida.",
        "Yoon broke off talks with Kishida last week.",
        "Yoon walked out of talks with Kishida.",
        "Yoon threatened to cancel his visit to Tokyo.",
        "Yoon and Kishida's planned summit was scrapped.",
        "Yoon's meeting with Kishida fell through.",
    ],
)
def test_meetings_called_off(text):
    assert meet(text, LEADERS) == ()


def test_a_time_after_a_clause_break_is_not_the_meetings():
    (found,) = meet("Yoon will meet Kishida, officials said Tuesday.", LEADERS)
    assert found.when is None
    (found,) = meet("Yoon held a summit with Kishida, the first since ties thawed last year.", LEADERS)
    assert (found.when, found.background) == (None, False)


def test_meeting_in_a_final_is_a_match():
    assert meet("Okafor and Lindqvist will meet in the final on Sunday.", WIDER) == ()
    assert meet("Okafor met Lindqvist in the second round last year.", WIDER) == ()


def test_a_visit_by_someone_to_somewhere():
    found = meet("A visit by Japanese Prime Minister Fumio Kishida to Beijing is planned for May.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "CN")}
    found = meet("Officials prepared for next week's visit to Tokyo by President Yoon Suk Yeol.", LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "JP")}


# --- end to end, with the real Cast ------------------------------------------------

ARTICLE = """Yoon and Kishida pledge closer ties at Washington summit

WASHINGTON, April 12 (Newswire) - South Korean President Yoon Suk Yeol met Japanese Prime Minister \
Fumio Kishida in Washington on Tuesday, their first summit since relations thawed.

Yoon later held bilateral meetings with the leaders of six countries - Germany, Canada, the Netherlands, \
Sweden, the Czech Republic and Finland - on the sidelines of the NATO summit.

Meanwhile, Russian President Vladimir Putin will host North Korean leader Kim Jong-un in Vladivostok \
next month, the Kremlin said. Yoon has called for talks with Pyongyang but has no plans to meet Kim.

Chinese Foreign Minister Wang Yi declined to meet Kishida during the forum, a spokesman said.
"""


def test_end_to_end_with_the_real_cast():
    from newsbrief import brief

    b = brief(ARTICLE)
    found = pairs(b.meetings)
    assert pair("Yoon Suk Yeol", "Fumio Kishida") in found
    assert pair("Vladimir Putin", "Kim Jong-un") in found
    assert {frozenset(("Yoon Suk Yeol", c)) for c in ("DE", "CA", "NL", "SE", "CZ", "FI")} <= found
    assert not any("Wang Yi" in p for p in found)
    assert pair("Yoon Suk Yeol", "Kim Jong-un") not in found
    assert all(m.evidence in b.summary[0].text or m.evidence in ARTICLE for m in b.meetings)


def test_each_place_of_a_journey_is_its_own_visit():
    found = meet("Kishida departs Poland for Germany today after talks in Warsaw.", LEADERS)
    assert [(m.participants[1].country, m.where) for m in found] == [("PL", "Poland"), ("DE", "Germany")]


def test_leaders_of_three_countries_met():
    found = meet("The leaders of Germany, Canada and Sweden met in Berlin on Monday.", LEADERS)
    assert pairs(found) == {pair("DE", "CA"), pair("DE", "SE"), pair("CA", "SE")}


def test_an_open_her_at_the_start_is_the_person_before():
    text = "Lindqvist had breakfast with the cabinet. After her meeting with Okafor, aides announced a deal."
    assert pairs(meet(text, {LINDQVIST: ("Lindqvist",), OKAFOR: ("Okafor",)})) == {
        pair("Anna Lindqvist", "Daniel Okafor")
    }


# --- QA round: meetings that did not happen, and who is no party -------------------------

VARGA = Person("Ines Varga", ("Varga",), "Spokesperson", "SE")
CASA = Person("Casa Verde", (), None, "NG")  # a residence a Cast mistook for a name


@pytest.mark.parametrize(
    "text",
    [
        "Okafor had hoped to meet Lindqvist in Lagos this month, but the trip was called off.",
        "Lindqvist said on Monday she hoped to meet Okafor at an early date.",
        "Okafor is hoping to hold talks with Lindqvist before the vote.",
        "Okafor was to host Lindqvist in Abuja on Friday, but the visit was postponed over security fears.",
        'Okafor has refused to call Lindqvist. A summit between the two leaders "is not under '
        'consideration," an aide said.',
        "Okafor plans to visit Chile.",
        "Lindqvist discussed grain exports ahead of a planned meeting with Okafor.",
    ],
)
def test_hoped_for_cancelled_and_undated_plans_are_not_meetings(text):
    assert meet(text, WIDER) == ()


def test_a_plan_with_a_date_is_an_announced_meeting():
    (found,) = meet("Okafor plans to visit Chile next month.", WIDER)
    assert (pairs([found]), found.when) == ({pair("Daniel Okafor", "CL")}, "next month")


def test_a_spokesperson_is_never_a_party_and_the_two_leaders_are_leaders():
    text = (
        "Okafor met Lindqvist in Stockholm on Monday. Spokesperson Ines Varga told reporters that the "
        "two leaders held talks on grain exports at the palace on Monday evening."
    )
    assert pairs(meet(text, {**WIDER, VARGA: ("Ines Varga", "Varga")})) == {
        pair("Daniel Okafor", "Anna Lindqvist")
    }


def test_the_two_leaders_named_two_sentences_before():
    text = (
        "Okafor and Lindqvist opened a trade fair in Stockholm. Okafor toured the port in the afternoon. "
        "The two leaders held a summit at the royal palace that lasted two hours."
    )
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert found[0].kind == "summit"


def test_a_building_taken_for_a_name_is_no_party():
    text = "Marquez was given a welcome at Casa Verde on Sunday at the start of a state visit to Nigeria."
    found = meet(text, {**WIDER, CASA: ("Casa Verde",)})
    assert pairs(found) == {pair("Elena Marquez", "NG")}


@pytest.mark.parametrize("qualifier", ["interim", "acting", "outgoing", "caretaker"])
def test_a_lower_case_qualifier_before_a_title(qualifier):
    text = f"Okafor held talks with Chile's {qualifier} President Elena Marquez on Monday."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Elena Marquez")}


@pytest.mark.parametrize("modifier", ["delegation-level", "wide-ranging", "restricted", "fruitful"])
def test_talks_with_a_modifier(modifier):
    found = meet(f"Okafor and Lindqvist held {modifier} talks in Abuja on Sunday.", WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert (found[0].kind, found[0].where) == ("talks", "Abuja")


def test_calling_on_someone_is_a_courtesy_call_unless_they_are_urged():
    found = meet("Marquez called on Okafor at his hotel on Monday.", WIDER)
    assert pairs(found) == {pair("Elena Marquez", "Daniel Okafor")}
    assert meet("Marquez called on Okafor to release the detained reporters.", WIDER) == ()
    assert meet("Marquez called on Okafor on Monday to drop the tariffs.", WIDER) == ()
    assert meet("Marquez called on Okafor and Lindqvist to meet without conditions.", WIDER) == ()


def test_guests_standing_for_countries_are_not_the_place():
    found = meet("Okafor hosted the foreign ministers of Chile and Brazil in Abuja on Tuesday.", WIDER)
    assert {(m.participants[1].country, m.where) for m in found} == {("CL", "Abuja"), ("BR", "Abuja")}


def test_leaders_of_countries_without_a_named_leader_are_countries():
    text = "The leaders of Japan and South Korea met on the sidelines of the forum."
    found = meet(text, {BIDEN: ("Biden",)})
    assert pairs(found) == {pair("JP", "KR")}


def test_the_foreign_ministers_of_two_countries_are_the_ones_named():
    people = {
        OKAFOR: ("Daniel Okafor", "Okafor"),
        MARQUEZ: ("Elena Marquez", "Marquez"),
        Person("Paulo Reis", ("Reis",), "Foreign Minister", "BR"): ("Paulo Reis", "Reis"),
    }
    text = (
        "Okafor hosted the foreign ministers of Chile and Brazil in Abuja on Tuesday. "
        "Chilean Foreign Minister Elena Marquez and Brazilian Foreign Minister Paulo Reis met for an hour."
    )
    assert pairs(meet(text, people)) == {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Paulo Reis"),
        pair("Elena Marquez", "Paulo Reis"),
    }
    # Two Chilean ministers of another office do not make one of them the foreign minister.
    trade = Person("Rosa Diaz", ("Diaz",), "Trade Minister", "CL")
    text = "Okafor hosted the foreign ministers of Chile and Brazil."
    found = meet(text, {OKAFOR: ("Okafor",), trade: ("Diaz",)})
    assert pairs(found) == {pair("Daniel Okafor", "CL"), pair("Daniel Okafor", "BR")}


def test_business_leaders_of_a_country_are_not_its_leader():
    found = meet("Yoon is scheduled to meet Japanese business leaders on Sunday.", LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "JP")}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor had been expected to meet Lindqvist in Lagos on Friday.",
        "Okafor and Lindqvist were supposed to meet on Friday, but the meeting was called off.",
        "Okafor said he would seek talks with Lindqvist.",
        "Okafor is considering a visit to Chile.",
        "A summit between Okafor and Lindqvist is not planned.",
    ],
)
def test_meetings_that_were_only_expected_sought_or_considered(text):
    assert meet(text, WIDER) == ()


def test_a_planned_visit_takes_no_date_from_the_clause_before():
    found = meet("Okafor met Lindqvist on Monday ahead of a planned visit to Chile.", WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of the summit, Okafor met Lindqvist in Abuja.",
        "Okafor met Lindqvist ahead of the summit.",
        "Okafor met Lindqvist in Abuja as planned.",
    ],
)
def test_ahead_of_and_as_planned_do_not_undo_a_meeting(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


def test_two_who_travel_together_each_visit_and_do_not_meet_each_other():
    text = "Okafor and Chile's foreign policy chief Elena Marquez arrived in Warsaw on Monday."
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "PL")}
    assert {m.where for m in found} == {"Warsaw"}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who hopes to win a second term, met Lindqvist on Monday.",
        "Okafor, who is considering a snap election, met Lindqvist on Monday.",
    ],
)
def test_a_hope_in_a_clause_of_its_own_does_not_undo_a_meeting(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    "text",
    [
        "Aides denied that Okafor would meet Lindqvist in Geneva on Friday.",
        "Markets rallied amid speculation that Okafor will meet Lindqvist next week.",
    ],
)
def test_denials_and_speculation_are_not_meetings(text):
    assert meet(text, WIDER) == ()


def test_a_hope_for_something_else_far_before_a_visit_does_not_undo_it():
    text = (
        "Chile hopes for a breakthrough on the long dispute over copper export quotas during next "
        "week's visit to Warsaw by Foreign Minister Elena Marquez, officials said."
    )
    found = meet(text, WIDER)
    assert pairs(found) == {pair("Elena Marquez", "PL")}
    assert found[0].when == "next week"


# --- announced meetings are marked planned ------------------------------------------------

DUVAL = Person("Claire Duval", ("Duval",), "President", "FR", is_leader=True)
PARK = Person("Park Min-jae", ("Park",), "President", "KR", is_leader=True)
TRAVELLERS = {**WIDER, PARK: ("Park Min-jae", "Park", "he"), DUVAL: ("Claire Duval", "Duval")}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Park will fly on to Paris on Friday, where he is expected to meet French President Claire"
            " Duval.",
            "on Friday",
        ),
        ("Okafor is due to meet Lindqvist next week.", "next week"),
        ("Okafor will host Lindqvist in May.", "in May"),
        ("Okafor plans to visit Lindqvist on Monday.", "on Monday"),
        ("Okafor is to meet Lindqvist in Stockholm.", None),
        ("Okafor is set to hold talks with Lindqvist later this month.", "later this month"),
        ("Okafor and Lindqvist are scheduled to meet on Friday.", "on Friday"),
        ("Okafor shall meet Lindqvist at the palace.", None),
        ("Officials said Okafor would meet Lindqvist soon.", "soon"),
        ("Okafor meets Lindqvist next week.", "next week"),
        ("Okafor to meet Lindqvist in Stockholm", None),
        ("Okafor's summit with Lindqvist is planned for May.", "May"),
        ("Okafor's Dec. 28 meeting with Lindqvist was scheduled two weeks ago.", "Dec. 28"),
        ("Talks between Okafor and Lindqvist will take place in Lagos.", None),
        ("Okafor will travel to Sweden next week to meet Lindqvist.", "next week"),
    ],
)
def test_an_announced_meeting_is_listed_as_planned(text, when):
    found = meet(text, TRAVELLERS)
    people = [m for m in found if all(p.name for p in m.participants)]
    assert len(people) == 1, found
    assert (people[0].planned, people[0].background, people[0].when) == (True, False, when)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor met Lindqvist on Tuesday.",
        "Okafor held talks with Lindqvist in Lagos.",
        "Okafor hosted Lindqvist at the palace yesterday.",
        "Okafor met Lindqvist ahead of talks next week.",
        "Okafor met Lindqvist, who will fly home on Friday.",
        "Okafor, who will step down next year, met Lindqvist on Monday.",
        "Okafor flew to Sweden to meet Lindqvist.",
        "Okafor met Lindqvist as scheduled on Friday.",
    ],
)
def test_a_meeting_held_is_not_planned(text):
    found = [m for m in meet(text, TRAVELLERS) if all(p.name for p in m.participants)]
    assert len(found) == 1 and not found[0].planned and not found[0].background


def test_a_meeting_that_had_been_due_is_not_listed():
    assert meet("Okafor had been due to meet Lindqvist on Friday.", TRAVELLERS) == ()


def test_a_past_meeting_is_background_not_planned():
    (found,) = meet("Okafor and Lindqvist last met in 2019.", TRAVELLERS)
    assert (found.background, found.planned) == (True, False)


def test_held_now_and_planned_again_is_listed_as_held():
    text = "Okafor met Lindqvist in Lagos on Monday. Okafor will meet Lindqvist again next month."
    (found,) = meet(text, TRAVELLERS)
    assert (found.planned, found.when, found.where) == (False, "on Monday", "Lagos")


def test_held_meetings_come_first_then_planned_then_background():
    text = (
        "Putin and Kim Jong-un held a summit in 2019 in Vladivostok. "
        "Yoon will meet Kishida next week in Seoul. "
        "Okafor met Lindqvist in Lagos on Monday."
    )
    found = meet(text, TRAVELLERS)
    assert [(m.planned, m.background) for m in found] == [(False, False), (True, False), (False, True)]
    assert pairs(found[:1]) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert pairs(found[1:2]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


# --- QA round 2: particles, meetings named in a phrase, "him", "separately" ------------------------

VAN_DER_BERG = Person("Lena van der Berg", ("Berg",), "President", "EU", is_leader=True)
BIN_RASHID = Person("Omar bin Rashid", ("Rashid",), "Crown Prince", "AE", is_leader=True)
VAN_DAM = Person("Pieter Van Dam", ("Dam",), "Prime Minister", "NL", is_leader=True)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Okafor held a meeting with van der Berg in Lagos on Thursday.", "Lena van der Berg"),
        ("Okafor later met van der Berg and thanked her for the aid.", "Lena van der Berg"),
        ("Okafor spoke by phone with bin Rashid on Sunday.", "Omar bin Rashid"),
        ("Talks between Okafor and bin Rashid ran late into the night.", "Omar bin Rashid"),
        ("Okafor held talks with van Dam on Friday.", "Pieter Van Dam"),
    ],
)
def test_a_short_name_that_starts_with_a_lower_case_particle_is_a_participant(text, other):
    # The Cast may mark only "Berg" of "van der Berg"; the particles before it belong to the name.
    people = {OKAFOR: ("Okafor",), VAN_DER_BERG: ("Berg",), BIN_RASHID: ("Rashid",), VAN_DAM: ("Dam",)}
    assert pairs(meet(text, people)) == {pair("Daniel Okafor", other)}


def test_a_lower_case_word_that_is_not_part_of_the_name_still_ends_the_list():
    people = {OKAFOR: ("Okafor",), VAN_DER_BERG: ("Berg",)}
    assert meet("Okafor met reporters before Berg arrived.", people) == ()


def cast_with_pronoun(text: str, people: dict[Person, tuple[str, ...]], word: str, person: Person) -> Cast:
    """A Cast whose pronoun `word` (any case) was given to `person`, as a Cast that picks the last
    person named may do."""
    cast = cast_for(text, people)
    index = list(people).index(person)
    extra = [
        Mention(m.start(), m.end(), index, "pronoun") for m in re.finditer(r"\b" + word + r"\b", text, re.I)
    ]
    return Cast(
        people=cast.people,
        mentions=tuple(sorted((*cast.mentions, *extra), key=lambda m: m.start)),
        country_mentions=cast.country_mentions,
    )


def test_after_the_first_meeting_he_is_still_the_host():
    text = (
        "Okafor held a separate meeting with van der Berg and Lindqvist. He also met Chilean Foreign "
        "Minister Elena Marquez."
    )
    people = {
        OKAFOR: ("Okafor",),
        VAN_DER_BERG: ("Berg",),
        LINDQVIST: ("Lindqvist",),
        MARQUEZ: ("Elena Marquez",),
    }
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", LINDQVIST))
    assert pairs(found) == {
        pair("Daniel Okafor", "Lena van der Berg"),
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Daniel Okafor", "Elena Marquez"),
    }


@pytest.mark.parametrize(
    ("text", "kind", "where", "when"),
    [
        (
            "Yoon and Kishida agreed on Friday to expand chip cooperation during talks in Tokyo.",
            "talks",
            "Tokyo",
            "on Friday",
        ),
        (
            "During their talks at the prime minister's office in Tokyo, Yoon and Kishida agreed to resume "
            "shuttle visits.",
            "talks",
            "Tokyo",
            None,
        ),
        (
            "Yoon and Kishida agreed to resume shuttle visits at their meeting in Washington.",
            "meeting",
            "Washington",
            None,
        ),
        (
            "Yoon and Kishida signed a pact on rare earths during a summit on Monday.",
            "summit",
            None,
            "on Monday",
        ),
        ("Yoon agreed in talks with Kishida to set up a hotline.", "talks", None, None),
        ("Yoon and Kishida agreed to set up a hotline during their Tokyo summit.", "summit", None, None),
        (
            "In talks in Tokyo on Friday, Yoon and Kishida agreed to set up a hotline.",
            "talks",
            "Tokyo",
            "on Friday",
        ),
        (
            "Yoon and Kishida agreed in a video call on Tuesday to set up a hotline.",
            "phone call",
            None,
            "on Tuesday",
        ),
    ],
)
def test_a_meeting_named_in_a_phrase_is_a_meeting_of_the_sentence_subjects(text, kind, where, when):
    (found,) = meet(text, LEADERS)
    assert pairs([found]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert (found.kind, found.where, found.when) == (kind, where, when)


@pytest.mark.parametrize(
    "text",
    [
        "Yoon and Kishida both spoke during a meeting of Asian finance ministers.",
        "Yoon and Kishida both spoke during the summit.",
        "Yoon and Kishida spoke at a summit in Rome.",
        "Yoon and Kishida clashed during an ASEAN meeting in Jakarta.",
        "Biden praised Yoon and Kishida for the progress made during talks.",
        "During their talks, officials said, aides to Yoon and Kishida drafted a statement.",
    ],
)
def test_a_meeting_phrase_without_the_pair_as_subjects_is_not_their_meeting(text):
    assert pairs(meet(text, LEADERS)) == set()


def test_him_received_at_the_palace_is_the_subject_of_the_same_sentence():
    # The Cast may give "him" to the host named last; the one welcomed is the sentence's subject.
    text = (
        "Okafor arrived in Warsaw on Monday. Hale said the visit went well. Okafor was given a guard of "
        "honour at the palace, where Lindqvist received him."
    )
    people = {OKAFOR: ("Okafor",), REPORTER: ("Hale",), LINDQVIST: ("Lindqvist",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "him", LINDQVIST))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Anna Lindqvist", "Daniel Okafor")}


@pytest.mark.parametrize(
    "reception", ["Lindqvist received him at noon.", "Later, Lindqvist hosted a dinner for him."]
)
def test_him_received_after_a_visit_is_the_visitor_not_the_last_named(reception):
    text = "Okafor arrived in Warsaw on Monday. Hale said the visit went well. " + reception
    people = {OKAFOR: ("Okafor",), REPORTER: ("Hale",), LINDQVIST: ("Lindqvist",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "him", LINDQVIST))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Anna Lindqvist", "Daniel Okafor")}


@pytest.mark.parametrize(
    "text",
    [
        "Yoon and Biden met separately with Kishida on Monday.",
        "Yoon and Biden separately met Kishida on Monday.",
        "Yoon and Biden each held talks with Kishida on Monday.",
        "Yoon and Biden held separate talks with Kishida on Monday.",
        "Yoon and Biden met Kishida separately on Monday.",
    ],
)
def test_met_separately_gives_one_meeting_per_subject(text):
    found = meet(text, LEADERS)
    assert sorted(len(m.participants) for m in found) == [2, 2]
    assert pairs(found) == {pair("Yoon Suk Yeol", "Fumio Kishida"), pair("Joe Biden", "Fumio Kishida")}


@pytest.mark.parametrize(
    "text",
    ["Yoon and Biden met with Kishida on Monday.", "Separately, Yoon and Biden met Kishida on Monday."],
)
def test_met_together_is_one_meeting_of_all(text):
    # "Separately," opening a sentence is another piece of news, not how they met.
    (found,) = meet(text, LEADERS)
    assert len(found.participants) == 3


def test_a_past_visit_does_not_make_the_visitor_the_one_received():
    text = (
        "Lindqvist has long backed the reforms, and Okafor's 2019 visit to Warsaw was a turning point. "
        "Marquez received her on Monday."
    )
    people = {LINDQVIST: ("Lindqvist",), OKAFOR: ("Okafor",), MARQUEZ: ("Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "her", MARQUEZ))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "Anna Lindqvist")}


def test_only_a_reception_looks_for_the_visitor():
    text = "Okafor arrived in Warsaw on Monday. Lindqvist praised the reforms. Marquez met with her at noon."
    people = {OKAFOR: ("Okafor",), LINDQVIST: ("Lindqvist",), MARQUEZ: ("Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "her", MARQUEZ))
    assert pairs(found) == {pair("Daniel Okafor", "PL"), pair("Elena Marquez", "Anna Lindqvist")}


def test_the_leaders_of_two_countries_during_talks():
    text = (
        "The leaders of Japan and South Korea agreed on Friday to expand chip cooperation during talks in "
        "Tokyo."
    )
    (found,) = meet(text, LEADERS)
    assert pairs([found]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert (found.kind, found.where) == ("talks", "Tokyo")


def test_he_opening_a_sentence_goes_on_with_the_subject_before():
    # A Cast may give "He" to the last man named; news writing means the subject before.
    text = "Okafor thanked Park for the support. Later, he met Chilean Foreign Minister Elena Marquez."
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Daniel Okafor", "Elena Marquez")}


def test_he_is_not_the_subject_before_when_she_is_a_woman():
    text = "Mrs. Lindqvist thanked Park for the support. He also met Chilean Foreign Minister Elena Marquez."
    # the Cast reads "Mrs." as her gender (Person.gender, people.py); meetings take it from there
    lindqvist = dataclasses.replace(LINDQVIST, gender="female")
    people = {lindqvist: ("Lindqvist",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


def test_he_in_the_middle_of_a_sentence_is_left_to_the_cast():
    text = (
        "Okafor thanked Park for the support. Officials said he met Chilean Foreign Minister Elena Marquez."
    )
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Park, who visited Warsaw in April, held talks with Lindqvist on Thursday.", True),
        ("Okafor met Lindqvist in March to discuss the pipeline.", True),
        ("Okafor will meet Lindqvist in March to discuss the pipeline.", False),
        ("Okafor met Lindqvist on March 3 to discuss the pipeline.", False),
    ],
)
def test_a_month_with_no_day_and_a_verb_in_the_past_is_background(text, background):
    found = [m for m in meet(text, TRAVELLERS) if "in April" in (m.when or "") or "March" in (m.when or "")]
    assert found and all(m.background == background for m in found)


@pytest.mark.parametrize(
    "first",
    ['"We trust Okafor," Park said.', "Okafor's office thanked Park for the support."],
)
def test_he_goes_on_with_no_name_in_a_quotation_or_a_possessive(first):
    text = first + " He also met Chilean Foreign Minister Elena Marquez."
    people = {OKAFOR: ("Okafor",), PARK: ("Park",), MARQUEZ: ("Elena Marquez",)}
    found = find_meetings(document(text), cast_with_pronoun(text, people, "he", PARK))
    assert pairs(found) == {pair("Park Min-jae", "Elena Marquez")}


# --- fix-up round: postponed, denied, N-party, remote and institutional meetings ------------------


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Okafor and Lindqvist, planned for Friday in Geneva, was postponed, aides said.",
        "Okafor's visit to Chile, planned for next week, has been postponed for security reasons.",
        "Talks between Okafor and Lindqvist have been delayed by a week, the ministry said.",
        "The summit between Okafor and Lindqvist was put off until after the vote.",
        "Aides denied a report in a Chilean newspaper that Okafor had met Lindqvist in Geneva.",
        "The ministry denied reports that President Daniel Okafor and Lindqvist had held a private meeting.",
        "Officials dismissed rumours of a meeting between Okafor and Lindqvist.",
        "Okafor denied having met Lindqvist in Geneva.",
        "Okafor delayed his visit to Chile because of the storms.",
        "Okafor has shelved his visit to Chile until after the vote.",
        "The talks between Okafor and Lindqvist had been called off by Monday.",
    ],
)
def test_postponed_delayed_and_denied_meetings_are_not_meetings(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who rejected the terms of the loan, met Lindqvist in Geneva on Friday.",
        "Okafor, who denied reports that he was ill, met Lindqvist in Geneva on Friday.",
        "Okafor, who succeeded Kishida in May, met Lindqvist in Geneva on Friday.",
        "Okafor, whose government rejected the loan, met Lindqvist in Geneva on Friday.",
        "A meeting between Okafor and Lindqvist, delayed by the storm, took place in Geneva on Friday.",
    ],
)
def test_a_rejection_or_a_delay_that_is_not_the_meetings_own_leaves_it(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


APPOSED = {
    OKAFOR: ("Daniel Okafor", "Okafor", "the Nigerian president"),
    LINDQVIST: ("Anna Lindqvist", "Lindqvist"),
    MARQUEZ: ("Elena Marquez", "Marquez"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lindqvist toured the port. Daniel Okafor, the Nigerian president, met Elena Marquez on Friday.",
            {pair("Daniel Okafor", "Elena Marquez")},
        ),
        (
            "Lindqvist toured the harbour. Marquez met Daniel Okafor, the Nigerian president, on Friday.",
            {pair("Daniel Okafor", "Elena Marquez")},
        ),
    ],
)
def test_a_name_and_its_appositive_title_are_one_party(text, expected):
    # The title is the same person told twice, never someone else "met" by the name.
    assert pairs(meet(text, APPOSED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor was accompanied by Foreign Minister Elena Marquez and Anna Lindqvist, who also met "
            "Kishida separately.",
            {pair("Anna Lindqvist", "Fumio Kishida")},
        ),
        (
            "Later in the day, Okafor and Lindqvist, who met Kishida on Monday, signed the accord.",
            {
                pair("Daniel Okafor", "Fumio Kishida"),
                pair("Anna Lindqvist", "Fumio Kishida"),
                pair("Daniel Okafor", "Anna Lindqvist"),
            },
        ),
    ],
)
def test_who_after_an_object_list_is_its_last_person(text, expected):
    assert pairs(meet(text, WIDER)) == expected


def test_and_was_expected_to_meet_goes_on_with_the_sentences_subject():
    text = (
        "Okafor arrived in Warsaw on Monday for talks with his Chilean counterpart, Elena Marquez, and was "
        "expected to meet Lindqvist later in the day."
    )
    people = {**WIDER, OKAFOR: ("Daniel Okafor", "Okafor", "his")}
    found = meet(text, people)
    assert pairs(found) == {
        pair("Daniel Okafor", "PL"),
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Anna Lindqvist"),
    }
    assert [m.planned for m in found if "Anna Lindqvist" in {p.name for p in m.participants}] == [True]


def test_two_people_at_a_meeting_told_before_did_not_meet_each_other():
    text = (
        "Okafor met Lindqvist in Abuja on Friday. Foreign Minister Elena Marquez and Kishida were also at "
        "the meeting."
    )
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


ALL_THREE = {
    pair("Daniel Okafor", "Anna Lindqvist"),
    pair("Daniel Okafor", "Fumio Kishida"),
    pair("Anna Lindqvist", "Fumio Kishida"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor chaired the summit in Abuja, which was attended by Lindqvist and Kishida.",
        "Okafor chaired the two-day meeting of the bloc, which was attended among others by Lindqvist and "
        "Kishida.",
        "Lindqvist and Kishida attended the summit in Abuja, which was chaired by Okafor.",
        "Okafor held a trilateral meeting with Lindqvist and Kishida on Friday.",
        "Okafor held three-way talks with Lindqvist and Kishida on Friday.",
        "Okafor hosted Lindqvist and Kishida for a trilateral summit in Abuja on Sunday.",
        "Okafor was joined by Lindqvist and Kishida in Abuja on Monday.",
    ],
)
def test_a_meeting_of_three_is_all_its_pairs(text):
    assert pairs(meet(text, WIDER)) == ALL_THREE


def test_separate_meetings_with_two_guests_stay_two_pairs():
    text = "Okafor held meetings with Lindqvist and Kishida on Friday."
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Daniel Okafor", "Fumio Kishida"),
    }


def test_those_who_attended_talks_told_before_did_not_meet_each_other():
    text = "Okafor received Lindqvist in Abuja on Friday. The talks were attended by Marquez and Kishida."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Downing Street said the prime minister had spoken to Okafor on Monday evening.",
            {pair("GB", "Daniel Okafor")},
        ),
        (
            "Downing Street said the president of Chile had spoken to Okafor on Monday evening.",
            {pair("CL", "Daniel Okafor")},
        ),
    ],
)
def test_an_unnamed_office_told_by_its_seat_of_government_is_that_country(text, expected):
    found = meet(text, WIDER)
    assert pairs(found) == expected
    assert all(not m.background for m in found)


def test_joining_the_two_leaders_by_video_link_is_a_meeting_of_the_three():
    text = (
        "Okafor and Lindqvist met in Abuja on Tuesday. Chile's foreign minister, Elena Marquez, joined "
        "the two leaders by video link from Santiago."
    )
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Elena Marquez", "Daniel Okafor"),
        pair("Elena Marquez", "Anna Lindqvist"),
    }


def test_the_two_leaders_after_a_clause_opener_may_include_the_last_person():
    text = "Okafor hosted Lindqvist at the palace, where the two leaders held talks on Tuesday."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


def test_will_receive_next_tuesday_is_an_announced_meeting():
    (found,) = meet("Okafor will receive Lindqvist at the presidential palace next Tuesday.", WIDER)
    assert pairs([found]) == {pair("Daniel Okafor", "Anna Lindqvist")}
    assert (found.planned, found.when) == (True, "next Tuesday")


def test_a_bare_the_president_is_the_storys_own_president():
    # The Cast gave "the president" to Park, the president named last; the story is Okafor's.
    text = (
        "Okafor opened the port in Lagos. Okafor, who spoke with Park on Monday, said the deal was done. "
        "Critics of Okafor were muted. Okafor left for the north. On Friday, the president will receive "
        "Duval in Abuja."
    )
    people = {OKAFOR: ("Okafor",), PARK: ("Park", "the president"), DUVAL: ("Duval",)}
    cast = cast_for(text, people)
    mentions = tuple(
        Mention(m.start, m.end, m.person, "title") if text[m.start : m.end] == "the president" else m
        for m in cast.mentions
    )
    found = pairs(find_meetings(document(text), dataclasses.replace(cast, mentions=mentions)))
    assert pair("Daniel Okafor", "Claire Duval") in found
    assert pair("Park Min-jae", "Claire Duval") not in found


GALLERY = Person("Hale Gallery", (), None, None, kind="body")  # the Cast makes it a body (people.py)
REED = Person("Ian Reed", ("Reed",), None, None)
ROJAS = Person("Pablo Rojas", ("Rojas",), "Finance Minister", "CL", is_leader=True)


def test_a_body_taken_for_a_person_makes_no_visit():
    text = "The Hale Gallery bought the painting last year. He arrived in Warsaw from Tahiti in May."
    assert meet(text, {GALLERY: ("Hale Gallery", "He")}) == ()
    from newsbrief import brief

    assert brief(text).meetings == ()  # the whole engine: the Cast's body never visits


def test_an_old_encounter_of_no_leader_is_left_out_but_a_leaders_is_background():
    assert (
        meet(
            "Tom Hale said he visited Ian Reed in Geneva in 2010.",
            {REPORTER: ("Tom Hale", "he"), REED: ("Ian Reed",)},
        )
        == ()
    )
    (found,) = meet(
        "Okafor said he visited Lindqvist in Geneva in 2010.", {**WIDER, OKAFOR: ("Okafor", "he")}
    )
    assert found.background


def test_one_countrys_delegation_meets_the_guest_not_each_other():
    text = "Foreign Minister Elena Marquez and Finance Minister Pablo Rojas met Kishida in Tokyo on Friday."
    assert pairs(meet(text, {**WIDER, ROJAS: ("Pablo Rojas", "Rojas")})) == {
        pair("Elena Marquez", "Fumio Kishida"),
        pair("Pablo Rojas", "Fumio Kishida"),
    }


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (
            "In October, Okafor and his Chilean counterpart Elena Marquez agreed to set up a joint forum.",
            True,
        ),
        (
            "On Monday, Okafor and his Chilean counterpart, Elena Marquez, signed a trade pact in Abuja.",
            False,
        ),
    ],
)
def test_a_minister_and_his_counterpart_acting_together_met(text, background):
    (found,) = meet(text, WIDER)
    assert pairs([found]) == {pair("Daniel Okafor", "Elena Marquez")}
    assert found.background == background


@pytest.mark.parametrize(
    "text",
    [
        "Okafor criticised his Chilean counterpart Elena Marquez on Monday.",
        "Unlike his Chilean counterpart Elena Marquez, Okafor opposed the pact.",
        "Okafor and his Chilean counterpart Elena Marquez both face elections next year.",
        # each can do these alone, from his own capital (meeting_words.tsv `joint` holds no solo verb)
        "On Monday, Okafor and his Chilean counterpart Elena Marquez announced new tariffs.",
        "On Monday, Okafor and his Chilean counterpart Elena Marquez welcomed the court ruling.",
    ],
)
def test_a_counterpart_named_without_acting_together_is_no_meeting(text):
    assert meet(text, WIDER) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Two days of talks on the fishing dispute begin in Geneva on Wednesday. Tom Hale will represent "
        "Nigeria, while Santiago is represented by its director general for Europe, Ian Reed.",
        "Two days of talks on the fishing dispute begin in Geneva on Wednesday. The quota is the main issue. "
        "Most boats are idle. Tom Hale will represent Nigeria. Santiago is being represented by Ian Reed.",
    ],
)
def test_countries_represented_at_talks_told_before_met(text):
    (found,) = meet(text, {REPORTER: ("Tom Hale",), REED: ("Ian Reed",)})
    assert (pairs([found]), found.kind) == ({pair("NG", "CL")}, "talks")


def test_representing_a_country_with_no_talks_is_no_meeting():
    text = "Tom Hale has represented Nigeria in court for years, while Chile is represented by Ian Reed."
    assert meet(text, {REPORTER: ("Tom Hale",), REED: ("Ian Reed",)}) == ()


def test_the_two_leaders_reach_past_quotes_of_one_of_them():
    text = (
        "Okafor and Lindqvist met in Abuja on Tuesday. Okafor said the pact would help. "
        '"It ends today," Okafor said. "We are ready," Okafor added. The foreign minister of Chile, Elena '
        "Marquez, joined the two leaders by video link."
    )
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Anna Lindqvist"),
        pair("Elena Marquez", "Daniel Okafor"),
        pair("Elena Marquez", "Anna Lindqvist"),
    }


def test_a_country_represented_at_a_meeting_of_leaders_is_one_more_party():
    text = "Okafor, Lindqvist and Kishida are meeting at the palace, with Chile represented by its envoy."
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "CL") in found and pair("Fumio Kishida", "Anna Lindqvist") in found


def test_the_seats_own_leader_is_not_the_one_the_cast_named_after_the_title():
    # A Cast may give "the president" to Okafor, named after it: he is the other party.
    text = "The Kremlin said the president had spoken to Nigerian President Daniel Okafor on Monday."
    cast = cast_for(text, {OKAFOR: ("Daniel Okafor", "the president")})
    mentions = tuple(
        Mention(m.start, m.end, m.person, "title" if m.kind == "pronoun" else m.kind) for m in cast.mentions
    )
    found = find_meetings(document(text), dataclasses.replace(cast, mentions=mentions))
    assert pairs(found) == {pair("RU", "Daniel Okafor")}


def test_joined_with_no_meeting_or_agent_is_no_meeting():
    assert meet("Okafor joined Lindqvist in condemning the attack on Monday.", WIDER) == ()


def test_a_session_of_parliament_is_no_meeting():
    assert meet("Yoon addressed a joint session of parliament on Saturday as Kishida watched.", LEADERS) == ()
