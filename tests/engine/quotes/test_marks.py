"""quotes/marks.py: quote marks read as opening or closing, paired into quotations, and what counts
as a quotation."""

from __future__ import annotations

import re

import pytest

from newsbrief import build_document, sentences
from newsbrief.model import Cast, Mention, Person
from newsbrief.quotes import marks
from newsbrief.quotes.find import find_quotes, is_quotation
from tests.engine.quotes.helpers import BERG, KISHIDA, LEE, SAAR, YOON, by_text, cast_for, quotes_of


def test_curly_and_straight_marks_with_speaker_and_cue():
    doc, found = quotes_of(
        "“We will not accept any attempt to change the status quo by force,” Yoon said.\n\n"
        '"We stand with our allies in every region," said Kishida.',
        YOON,
        KISHIDA,
    )
    yoon = by_text(found, "We will not accept")
    assert yoon.text == "We will not accept any attempt to change the status quo by force,"
    assert (yoon.speaker, yoon.cue) == ("Yoon Suk Yeol", "said")
    kishida = by_text(found, "We stand with")
    assert (kishida.speaker, kishida.cue) == ("Fumio Kishida", "said")
    for q in found:
        assert doc.text[q.start : q.end] == q.text


def test_wrongly_oriented_curly_marks_and_tex_pairs():
    _, found = quotes_of(
        "”This is a grave mistake by the government,” Berg said.\n\n"
        "``We must act before the winter comes,'' Kishida told reporters.",
        BERG,
        KISHIDA,
    )
    assert by_text(found, "This is a grave").text == "This is a grave mistake by the government,"
    assert by_text(found, "This is a grave").speaker == "Anna Berg"
    tex = by_text(found, "We must act")
    assert tex.text == "We must act before the winter comes,"
    assert (tex.speaker, tex.cue) == ("Fumio Kishida", "told")


def test_apostrophes_are_not_quote_marks():
    _, found = quotes_of(
        "The leaders' summit, the first since the '90s, was called 'a turning point for everyone involved' "
        "by Lee, who didn't attend.",
        LEE,
    )
    assert [q.text for q in found] == ["a turning point for everyone involved"]


def test_nested_single_quotes_inside_double():
    _, found = quotes_of(
        "\"He looked at me and said, 'We are not going to back down on this,' and I believed him,\" "
        "Lee said.",
        LEE,
    )
    outer = by_text(found, "He looked at me")
    assert outer.speaker == "Lee Min-ho"
    inner = by_text(found, "We are not going")
    assert inner.text == "We are not going to back down on this,"


def test_single_quotes_nested_with_outer_left_open():
    # Tabloid style: the outer quotation is never closed before the paragraph ends.
    _, found = quotes_of(
        "'Our leader just stated that the 'nuclear button is on his desk at all times.'\n\n"
        "The statement was published late on Tuesday.",
    )
    texts = {q.text for q in found}
    assert "Our leader just stated that the 'nuclear button is on his desk at all times." in texts
    assert "nuclear button is on his desk at all times." in texts


def test_quotation_over_hard_line_breaks():
    doc = build_document(
        "The U.K. Government hopes for a\n"
        "breakthrough on trade, political sources said.\n"
        '    Howard said "I am not sure it is correct to regard\n'
        "the letter as a rejection of our request - and it says\n"
        'he is taking a personal interest in this problem."\n'
        "    He leaves for Tokyo tomorrow.\n"
    )
    howard = Person("Michael Howard", aliases=("Howard",))
    (q,) = find_quotes(doc, cast_for(doc, howard))
    # clean may join the wrapped lines or keep them; the quotation is whole either way
    assert re.fullmatch(
        r"I am not sure it is correct to regard\sthe letter .* in this problem\.", q.text, re.S
    )
    assert doc.text[q.start : q.end] == q.text
    assert (q.speaker, q.cue) == ("Michael Howard", "said")


def test_scare_quotes_and_titles_are_left_out():
    _, found = quotes_of(
        'The minister called the plan "desperate" and said the "Freedom Shield" drills would go ahead. '
        'He quoted from "The Art of the Deal" at length.',
    )
    assert found == ()


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("desperate", False),
        ("a sort of state of denial", True),
        ("The Art of the Deal", False),
        ("Collapse: How Societies Choose to Fail or Succeed", False),
        ("DEATH TO THE DICTATOR NOW", True),
        ("matters of mutual interest", True),
        ("Death to Israel. Death to the United States.", True),
    ],
)
def test_is_quotation(fragment, expected):
    assert is_quotation(fragment) is expected


def test_unclosed_quote_mark_ends_at_its_paragraph():
    doc, found = quotes_of(
        'Berg said "we will see what happens next week and then decide\n\n'
        "The talks resume on Friday in Geneva, officials said.",
        BERG,
    )
    (q,) = found
    assert q.text == "we will see what happens next week and then decide"
    assert q.speaker == "Anna Berg"
    assert doc.text[q.start : q.end] == q.text


def test_paragraphs_that_continue_a_quotation():
    _, found = quotes_of(
        '"The talks were frank and useful," Kishida said. "We agreed to meet again in the spring.\n\n'
        '"We will also set up a hotline between our two offices before the summer."\n\n'
        "The next round is due in April.",
        KISHIDA,
    )
    assert by_text(found, "We agreed to meet").text == "We agreed to meet again in the spring."
    for start in ("The talks were", "We agreed to meet", "We will also set up"):
        assert by_text(found, start).speaker == "Fumio Kishida"


def test_repeated_opening_mark_closes_the_quotation_left_open():
    _, found = quotes_of(
        'Berg told reporters: "Europe needs to reinforce its unity and its dynamism. '
        '"That is the goal of the treaty in a world that is more divided than ever."',
        BERG,
    )
    assert by_text(found, "Europe needs").text == "Europe needs to reinforce its unity and its dynamism."
    assert by_text(found, "That is the goal").speaker == "Anna Berg"


def test_guillemets_and_low_high_marks():
    _, found = quotes_of(
        "« Nous sommes prêts à négocier avec tous nos partenaires », a déclaré Berg.\n\n"
        "„Wir werden die Grenze für den Handel offen halten“, sagte Lee.",
    )
    assert {q.text for q in found} == {
        "Nous sommes prêts à négocier avec tous nos partenaires",
        "Wir werden die Grenze für den Handel offen halten",
    }


def test_no_crash_and_exact_text_on_broken_marks():
    bodies = [
        '"', "''", "``", '“ ” “', "He said 'yes and \"no", '"a" "b" "c d e f g', "''' ``` ”“‘’",
        '"We will act now," he said, "and', "Obama: \"", "‘ ’ ‘ ’ ' ' \" \"",
    ]  # fmt: skip
    for body in bodies:
        doc, found = quotes_of(body + " The session ended late.", LEE)
        for q in found:
            assert doc.text[q.start : q.end] == q.text
            assert 0.0 <= q.score <= 1.0


def test_a_thousand_quotations_each_found_whole_with_its_speaker():
    # A long text: every quotation comes out once, exact, with the speaker its "he"
    # means (the person named just before). Speed is the benchmark's job
    # (python -m tests.bench.engine), not a timed test's.
    # Three sentences a quotation: within the sentences a document keeps, too.
    count = min(marks.MARKS_READ // 2, sentences.MAX_SENTENCES // 3) - 100
    lines = [
        f'Officials met in room {i} on Monday. "We will finish plan number {i} this year," he said. '
        f"Mr. King{i % 40} agreed."
        for i in range(count)
    ]
    doc = build_document("\n".join(lines))
    people = tuple(Person(f"Bob King{j}", aliases=(f"King{j}",)) for j in range(40))
    mentions = tuple(
        Mention(m.start(), m.end(), int(m.group(1))) for m in re.finditer(r"King(\d+)", doc.text)
    )
    found = find_quotes(doc, Cast(people=people, mentions=mentions))
    assert len(found) == count
    by_number = {int(re.search(r"number (\d+) ", q.text).group(1)): q for q in found}
    assert sorted(by_number) == list(range(count))
    for i, q in by_number.items():
        assert q.text == f"We will finish plan number {i} this year,"
        assert doc.text[q.start : q.end] == q.text
        assert q.cue == "said"
        assert q.speaker == (f"Bob King{(i - 1) % 40}" if i else None)


def test_a_quotation_broken_over_two_lines_runs_to_its_closing_mark():
    doc, found = quotes_of(
        '"Some countries have tried to fix their exchange rates.\n'
        'I do not wish to judge any of them," Mr Saar said.\n'
        '"We will float the currency."\n'
        '"And we will not look back," he added.',
        SAAR,
    )
    q = by_text(found, "Some countries")
    assert q.text.endswith("judge any of them,") and q.speaker == "Viktor Saar"
    assert doc.text[q.start : q.end] == q.text
    # a new paragraph of quotation opens with its own mark: never joined
    assert by_text(found, "We will float").text == "We will float the currency."


def test_an_inch_mark_after_a_number_opens_no_quotation():
    _, found = quotes_of(
        'This will be the cheapest 70"+ TV of the sales season and it has streaming built in. '
        'The 65" model is also on sale.\n\n'
        '"We sold out in the first hour of the sale," said the manager, who had a 55" set.'
    )
    assert [q.text for q in found] == ["We sold out in the first hour of the sale,"]
