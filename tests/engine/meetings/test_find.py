"""The whole reading of an article (meetings/find.py), end to end with the real Cast too."""

from __future__ import annotations

import dataclasses
import itertools

from newsbrief.meetings.find import find_meetings, sentence_pieces
from newsbrief.model import Cast
from tests.engine.meetings.helpers import (
    LEADERS,
    OKAFOR,
    REED,
    REPORTER,
    WIDER,
    cast_for,
    document,
    meet,
    pair,
    pairs,
)


def test_evidence_is_the_sentence_verbatim():
    text = "Shares rose. Yoon met  Kishida on Tuesday, aides said. Markets closed."
    (found,) = meet(text, LEADERS)
    assert found.evidence == "Yoon met  Kishida on Tuesday, aides said."
    assert found.evidence in text


def test_no_cast_no_meetings():
    assert find_meetings(document("Yoon met Kishida."), Cast()) == ()


def test_a_participle_clause_keeps_the_subject():
    text = "Okafor met Marquez before flying to Stockholm for talks with Lindqvist."
    assert pairs(meet(text, WIDER)) == {
        pair("Daniel Okafor", "Elena Marquez"),
        pair("Daniel Okafor", "Anna Lindqvist"),
    }


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


def test_an_overlong_sentence_is_read_in_pieces_cut_at_spaces():
    text = "word " * 4000 + "Yoon met Kishida"
    doc = document(text)
    (sentence,) = doc.sentences
    pieces = sentence_pieces(text, sentence)
    assert len(pieces) > 10
    assert pieces[0].start == sentence.start and pieces[-1].end == sentence.end
    assert all(a.end == b.start for a, b in itertools.pairwise(pieces))
    assert all(p.end - p.start <= 1000 and p.text == text[p.start : p.end] for p in pieces)
    assert all(text[p.end] == " " for p in pieces[:-1])
    assert sentence_pieces(text, dataclasses.replace(sentence, end=200)) == [
        dataclasses.replace(sentence, end=200)
    ]


def test_a_meeting_at_the_end_of_a_paste_with_no_full_stop_is_found():
    text = "the talks with and the summit of the leaders " * 400 + "where Yoon met Kishida in Tokyo"
    assert pairs(meet(text, LEADERS)) == {pair("Yoon Suk Yeol", "Fumio Kishida")}


def test_a_sentence_of_nothing_but_meeting_words_reads_only_its_first_few():
    # "met" 3000 times: no news sentence has more than four meeting words; the first are read.
    text = "Yoon met Kishida and " + "met " * 3000 + "Putin."
    found = meet(text, LEADERS)
    assert pair("Yoon Suk Yeol", "Fumio Kishida") in pairs(found)


def test_the_headlines_meeting_comes_first_with_the_place_its_guest_came_to():
    text = (
        "Okafor and Marquez agree on shipping route. "
        "Okafor held talks with Lindqvist on Monday. "
        "Okafor, who arrived in Santiago on Tuesday, raised the route during talks with Marquez."
    )
    doc = document(text)
    doc = dataclasses.replace(
        doc, sentences=(dataclasses.replace(doc.sentences[0], kind="headline"), *doc.sentences[1:])
    )
    found = find_meetings(doc, cast_for(text, WIDER))
    first = found[0]
    assert {p.name for p in first.participants} == {"Daniel Okafor", "Elena Marquez"}
    assert first.where == "Santiago"
    assert {p.name for p in found[1].participants} == {"Daniel Okafor", "Anna Lindqvist"}


def test_a_run_of_words_past_twenty_thousand_characters_is_left_unread():
    # The bound on an overlong "sentence" (a transcript with no full stops): its first pieces only.
    text = "the talks with and the summit of the leaders " * 700 + "where Yoon met Kishida in Tokyo"
    assert pairs(meet(text, LEADERS)) == set()


def test_thousands_of_meeting_sentences_are_read_up_to_the_bound_and_merged():
    text = " ".join(["Yoon met Kishida in Tokyo.", "Kishida met Yoon in Tokyo."] * 400)
    assert pairs(meet(text, LEADERS)) == {pair("Yoon Suk Yeol", "Fumio Kishida")}
