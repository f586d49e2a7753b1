"""The constructions around a meeting word (meetings/reading.py): verbs, nouns, counterparts,
and words that only look like meetings.
"""

from __future__ import annotations

import pytest

from newsbrief.model import Participant, Person
from tests.engine.meetings.helpers import ALL_THREE, LEADERS, OKAFOR, WIDER, YOON, YOON_P, meet, pair, pairs


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


def test_his_talks_with_an_unresolved_pronoun_go_to_the_nearest_person():
    found = meet("Kishida said his talks with Biden had been frank.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "Joe Biden")}


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


def test_meeting_in_a_final_is_a_match():
    assert meet("Okafor and Lindqvist will meet in the final on Sunday.", WIDER) == ()
    assert meet("Okafor met Lindqvist in the second round last year.", WIDER) == ()


def test_a_visit_by_someone_to_somewhere():
    found = meet("A visit by Japanese Prime Minister Fumio Kishida to Beijing is planned for May.", LEADERS)
    assert pairs(found) == {pair("Fumio Kishida", "CN")}
    found = meet("Officials prepared for next week's visit to Tokyo by President Yoon Suk Yeol.", LEADERS)
    assert pairs(found) == {pair("Yoon Suk Yeol", "JP")}


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


def test_the_leaders_of_two_countries_during_talks():
    text = (
        "The leaders of Japan and South Korea agreed on Friday to expand chip cooperation during talks in "
        "Tokyo."
    )
    (found,) = meet(text, LEADERS)
    assert pairs([found]) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
    assert (found.kind, found.where) == ("talks", "Tokyo")


def test_two_people_at_a_meeting_told_before_did_not_meet_each_other():
    text = (
        "Okafor met Lindqvist in Abuja on Friday. Foreign Minister Elena Marquez and Kishida were also at "
        "the meeting."
    )
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


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


def test_those_who_attended_talks_told_before_did_not_meet_each_other():
    text = "Okafor received Lindqvist in Abuja on Friday. The talks were attended by Marquez and Kishida."
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Anna Lindqvist")}


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


def test_joined_with_no_meeting_or_agent_is_no_meeting():
    assert meet("Okafor joined Lindqvist in condemning the attack on Monday.", WIDER) == ()


def test_a_session_of_parliament_is_no_meeting():
    assert meet("Yoon addressed a joint session of parliament on Saturday as Kishida watched.", LEADERS) == ()


def test_two_leaders_who_agree_just_after_their_meeting_held_talks():
    text = (
        "Okafor arrived in Santiago on Monday for a two-day visit. "
        "Okafor and Marquez agreed to open a new shipping route, officials said."
    )
    assert pair("Daniel Okafor", "Elena Marquez") in pairs(meet(text, WIDER))


@pytest.mark.parametrize(
    "text",
    [
        # no meeting told just before
        "Shares rose in Lagos. Okafor and Marquez agreed to open a new shipping route, officials said.",
        # two of one state
        "Okafor arrived in Santiago on Monday. Okafor and Aliyu agreed to open a new shipping route.",
        # not the sentence's own subject
        "Okafor arrived in Santiago on Monday. Officials said that Okafor and Marquez agreed to a route.",
    ],
)
def test_an_agreement_is_no_meeting_without_one_just_told_or_of_one_state(text):
    aliyu = Person("Musa Aliyu", ("Aliyu",), "Foreign Minister", "NG", is_leader=True)
    found = pairs(meet(text, {**WIDER, aliyu: ("Musa Aliyu", "Aliyu")}))
    assert pair("Daniel Okafor", "Elena Marquez") not in found
    assert pair("Daniel Okafor", "Musa Aliyu") not in found


def test_the_people_named_out_of_a_group_met():
    text = "Okafor also met Senate leaders pressing for a tough trade bill, including Senator Marquez."
    assert pair("Daniel Okafor", "Elena Marquez") in pairs(meet(text, WIDER))


def test_a_phrase_of_time_and_place_between_the_meeting_and_its_guest():
    text = (
        "Yoon announced new aid. Aides called it goodwill before his yearly summit, on April "
        "5-6 in Tokyo, with Prime Minister Fumio Kishida."
    )
    people = {**WIDER, YOON: ("Yoon Suk Yeol", "Yoon", "his")}
    assert pair("Yoon Suk Yeol", "Fumio Kishida") in pairs(meet(text, people))


def test_a_verb_joined_after_a_passive_goes_on_with_the_subject():
    text = "Okafor begins a visit to Chile on Tuesday, when he will be received by Marquez and meet Kishida."
    people = {**WIDER, OKAFOR: ("Daniel Okafor", "Okafor", "he")}
    found = pairs(meet(text, people))
    assert pair("Daniel Okafor", "Fumio Kishida") in found
    assert pair("Elena Marquez", "Fumio Kishida") not in found


def test_officials_in_a_capital_held_the_talks():
    text = "Officials in Beijing pushed back during talks with the visiting Chilean minister Elena Marquez."
    assert pair("CN", "Elena Marquez") in pairs(meet(text, WIDER))


@pytest.mark.parametrize(
    "text",
    [
        "Okafor and Marquez told a joint press conference in Santiago that the border would reopen.",
        "Okafor and Marquez spoke at a joint news conference in Santiago on Friday.",
        "Speaking at a joint news conference with Marquez, Okafor said the border would reopen.",
    ],
)
def test_a_joint_press_conference_is_a_meeting_of_the_two(text):
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Elena Marquez")}


def test_two_ministers_of_one_government_at_a_joint_press_conference_held_no_meeting():
    colleague = Person("Ruth Adeyemi", ("Adeyemi",), "Health Minister", "NG")
    text = "Okafor and Adeyemi told a joint press conference in Abuja that the clinics would reopen."
    assert pairs(meet(text, {**WIDER, colleague: ("Ruth Adeyemi", "Adeyemi")})) == set()


def test_one_speaker_at_a_joint_press_conference_is_no_new_pair():
    text = "Okafor, who met Marquez last year, spoke at a joint news conference in Lagos on Friday."
    meetings = meet(text, WIDER)
    assert all(m.background for m in meetings)


def test_paid_a_call_on_two_people():
    text = "Okafor paid a call in Santiago to Foreign Minister Marquez and to Prime Minister Kishida."
    assert pairs(meet(text, WIDER)) >= {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Fumio Kishida"),
    }


def test_are_meeting_with_an_object_is_the_verb():
    text = (
        "Okafor and central bank governor Lindqvist are today meeting Foreign Minister Marquez and Kishida."
    )
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "Elena Marquez") in found
    assert pair("Anna Lindqvist", "Fumio Kishida") in found


def test_a_pair_of_countries_before_the_noun_is_the_meeting_of_their_named_people():
    text = (
        "A Chilean-Nigerian parley on ports ended on Friday, with Marquez and Okafor agreeing to share costs."
    )
    assert pairs(meet(text, WIDER)) == {pair("Daniel Okafor", "Elena Marquez")}


def test_a_pair_of_countries_with_one_side_named_gives_no_meeting():
    text = "When asked about a Chilean-Nigerian summit next month, Marquez said she expected no deal."
    assert not meet(text, WIDER)
