"""The sentence record: one Reading per sentence with its subject, leading phrase, quotations
and reporting verbs, read once after the Cast."""

import re

from newsbrief.cast.people import build_cast
from newsbrief.model import CleanedText, Span
from newsbrief.places import find_country_mentions
from newsbrief.readings import LEAD_WINDOW, read_sentences
from newsbrief.sentences import split_document


def read(text: str):
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    doc = split_document(CleanedText(text=text, paragraphs=paragraphs))
    cast = build_cast(doc, find_country_mentions(doc))
    return doc, cast, read_sentences(doc, cast)


def subject_of(text: str, sentence: int = -1) -> str | None:
    """The subject span's text of one sentence, and check it resolves to a person of the Cast."""
    doc, cast, readings = read(text)
    reading = readings[sentence]
    if reading.subject is None:
        assert reading.subject_person is None
        return None
    assert cast.people[reading.subject_person].kind == "person"
    return doc.text[reading.subject.start : reading.subject.end]


def test_one_reading_per_sentence_in_order():
    doc, _, readings = read("Anna Berg met Tom Hill on Monday. They talked. Berg left.")
    assert [r.index for r in readings] == [s.index for s in doc.sentences]
    assert [(r.start, r.end) for r in readings] == [(s.start, s.end) for s in doc.sentences]


def test_subject_after_a_leading_phrase():
    text = "After talks with Tom Hill in Rome on Monday, Anna Berg flew home to prepare the budget."
    doc, cast, readings = read(text)
    assert subject_of(text) == "Anna Berg"
    assert (
        doc.text[readings[0].start : readings[0].lead_end] == "After talks with Tom Hill in Rome on Monday, "
    )


def test_a_participle_opens_a_leading_phrase_but_king_does_not():
    text = "Speaking alongside Tom Hill in Oslo, Anna Berg promised new talks."
    assert subject_of(text) == "Anna Berg"
    _, _, readings = read("King Olav Rask, who rules the islands, opened the session.")
    assert readings[0].lead_end == readings[0].start


def test_a_surname_in_ing_before_a_comma_is_the_subject_not_a_participle():
    assert subject_of(
        "Anna Fleming met Tom Hill. Fleming, who met Hill on Monday, said the talks failed."
    ) == ("Fleming")
    _, _, readings = read("Paul Manning met Tom Hill. Manning, a former soldier, told Hill she would appeal.")
    assert readings[1].lead_end == readings[1].start


def test_a_leading_phrase_ending_in_a_preposition_leaves_the_name_after_it_the_subject():
    # "before," ends the leading phrase: it governs no object across the comma
    assert subject_of("As she did before, Anna Berg on Friday denied a deal with Tom Hill.") == "Anna Berg"
    assert subject_of("Tom Hill waited. Before, Anna Berg had denied it.") == "Anna Berg"


def test_subject_after_a_long_relative_clause():
    text = (
        "Mina Yoon, who arrived on Tuesday after talks in Ottawa with Tom Hill that ran late into "
        "the night, met Anna Berg on Wednesday."
    )
    assert subject_of(text) == "Mina Yoon"


def test_subject_after_a_title():
    text = "Ambassadors gathered in the hall. Finnish Prime Minister Anna Berg told Tom Hill to wait."
    assert subject_of(text) == "Anna Berg"


def test_a_pronoun_subject():
    text = "Anna Berg met Tom Hill in Oslo on Monday. On Tuesday, she told reporters the talks went well."
    assert subject_of(text) == "she"
    _, cast, readings = read(text)
    assert cast.people[readings[1].subject_person].name == "Anna Berg"


def test_an_object_or_an_owner_is_not_the_subject():
    assert subject_of("The talks with Tom Hill ended when Anna Berg left.") == "Anna Berg"
    # With nobody else named, the owner: "Berg's plan".
    assert subject_of("Anna Berg met Tom Hill. Berg's plan failed badly on the day.") == "Berg"


def test_a_quotation_inside_a_sentence():
    text = 'Anna Berg said the plan was "a gift for Tom Hill and his friends, in the end" and left.'
    doc, _, readings = read(text)
    (reading,) = readings
    (quotation,) = reading.quotations
    assert doc.text[quotation.start : quotation.end] == '"a gift for Tom Hill and his friends, in the end"'
    assert [doc.text[v.start : v.end] for v in reading.reporting_verbs] == ["said"]
    assert subject_of(text) == "Anna Berg"


def test_names_inside_a_quotation_are_no_subject():
    text = '"Tom Hill will never win this fight again," Anna Berg told the crowd on Monday.'
    assert subject_of(text) == "Anna Berg"


def test_a_comma_inside_a_quotation_ends_no_leading_phrase():
    text = 'After the vote on the "late, and unfair" budget of Tom Hill, Anna Berg resigned.'
    doc, _, readings = read(text)
    assert doc.text[readings[0].lead_end :].startswith("Anna Berg")


def test_a_reporting_word_after_a_determiner_is_a_noun():
    doc, _, readings = read("Anna Berg signed the report and a note to the press, then said little.")
    assert [doc.text[v.start : v.end] for v in readings[0].reporting_verbs] == ["said"]


def test_a_leading_phrase_without_a_comma_near_its_start_is_none():
    words = " ".join(["while"] + ["the vote went on"] * (LEAD_WINDOW // 10)) + ", Anna Berg left."
    _, _, readings = read(words[0].upper() + words[1:])
    assert readings[0].lead_end == readings[0].start
    assert subject_of("After the long vote Anna Berg resigned from the board.") == "Anna Berg"


def test_one_long_sentence_of_names_is_read_whole():
    # 4,000 names and pronouns with no full stop: every rule reads a bounded window.
    names = ", ".join(f"Anna Berg{i % 7} met Tom Hill{i % 5} and he said" for i in range(800))
    _, cast, readings = read(names + ".")
    assert len(readings) == 1
    assert readings[0].subject is not None
    assert cast.people[readings[0].subject_person].kind == "person"


def test_quotations_nested_and_side_by_side():
    text = (
        '"We said \'no deal\' to Tom Hill and his friends," Anna Berg said. "And we meant it," she added. '
        '"It was late," Hill said.'
    )
    doc, _, readings = read(text)
    first = [doc.text[q.start : q.end] for q in readings[0].quotations]
    assert first[0] == "\"We said 'no deal' to Tom Hill and his friends,\""
    assert [doc.text[q.start : q.end] for q in readings[1].quotations] == ['"And we meant it,"']
    assert [subject_of(text, i) for i in range(3)] == ["Anna Berg", "she", "Hill"]


def test_a_quotation_opening_the_sentence_opens_no_leading_phrase():
    text = '"If the vote fails, we lose everything we built," Anna Berg said on Monday.'
    _, _, readings = read(text)
    assert readings[0].lead_end == readings[0].start
    assert subject_of(text) == "Anna Berg"


def test_a_name_in_s_with_a_bare_mark_before_a_noun_is_an_owner_not_the_subject():
    text = "Anna Berg met Tom Hill. Berg's wins came as Tom Hollis' campaign manager conceded."
    # Both are owners; the first named owns the sentence.
    assert subject_of(text) == "Berg"
    assert subject_of("Anna Berg met Tom Hollis. Hollis' rivals said so.") == "Hollis"


def test_a_name_after_an_object_verb_and_an_honorific_is_no_subject():
    # "asked Mrs. Clinton": the honorific stands between the verb and the name
    text = "Anna Berg spoke first. At the meeting, a young woman asked Mrs. Berg about the budget."
    assert subject_of(text) is None
