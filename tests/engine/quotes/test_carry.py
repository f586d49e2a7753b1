"""quotes/carry.py: a quotation with no cue of its own keeps the speaker of the one before it only
when the text carries that speaker on."""

from __future__ import annotations

from newsbrief import build_document
from newsbrief.model import Cast, Mention, Person
from newsbrief.quotes.find import find_quotes
from tests.engine.quotes.helpers import LEAD, LEE, PARK, SAAR, by_text, cast_for, quotes_of


def test_floating_quote_takes_the_previous_speaker_only_when_the_text_carries_on():
    _, found = quotes_of(
        '"Our economy grew faster than anyone expected," Lee said. "Exports were up in every sector."\n\n'
        "Park, the opposition leader, disputed the figures.\n\n"
        '"The numbers hide a very weak domestic market this year."',
        LEE,
        PARK,
    )
    assert by_text(found, "Exports were up").speaker == "Lee Min-ho"
    assert by_text(found, "The numbers hide").speaker is None


def test_a_short_quotation_passes_its_speaker_on():
    king = Person("Charlie King", aliases=("King",))
    _, found = quotes_of(
        '"It\'s heartbreaking," Mr. King said. "And this city has to find new ways of learning how to heal."',
        king,
    )
    (q,) = found
    assert q.speaker == "Charlie King"


def test_a_cue_that_names_no_one_keeps_the_sentence_speaker():
    trump = Person("Donald Trump", aliases=("Trump",))
    _, found = quotes_of(
        'At a rally, Trump called the handling of the crisis "a total disgrace" and said that '
        '"this would never have happened under my watch."',
        trump,
    )
    assert by_text(found, "this would never").speaker == "Donald Trump"


def test_a_pronoun_between_two_quotations_that_means_the_same_speaker():
    obama = Person("Barack Obama", aliases=("Obama",))
    putin = Person("Vladimir Putin", aliases=("Putin",))
    doc = build_document(
        LEAD + '"We have had problems with cyber intrusions in the past," Obama said after meeting Putin. '
        'He did not threaten retaliation. "Our goal is not to start a cycle of escalation."'
    )
    cast = cast_for(doc, obama, putin)
    he = doc.text.index("He did")
    # a Cast that reads "He" as Putin: the speaker still carries on (the sentence's subject is Obama)
    cast = Cast(people=cast.people, mentions=tuple(sorted((*cast.mentions, Mention(he, he + 2, 1, "pronoun")),
                                                          key=lambda m: m.start)))  # fmt: skip
    found = find_quotes(doc, cast)
    assert by_text(found, "Our goal").speaker == "Barack Obama"


def test_quotation_left_open_takes_the_speaker_named_in_its_continuation():
    trump = Person("Donald Trump", aliases=("Trump",))
    kim = Person("Kim Jong Un", aliases=("Kim",))
    _, found = quotes_of(
        "The remarks prompted a furious response from President Trump on social media.\n\n"
        "'North Korean leader Kim Jong Un just stated that the 'button is on his desk at all times.'\n\n"
        "'Will someone from his regime please inform him that I too have a button,' he said.",
        trump,
        kim,
    )
    assert by_text(found, "button is on his desk").speaker == "Kim Jong Un"
    assert by_text(found, "Will someone").speaker == "Donald Trump"
    assert by_text(found, "North Korean leader").speaker == "Donald Trump"


def test_a_quotation_nested_inside_the_one_before_does_not_break_the_speaker_s_turn():
    _, found = quotes_of(
        "\u201cI can say with confidence that the navy does not \u2018run\u2019 any of those boats,\u201d "
        "Saar said. \u201cFrom what I have seen, every patrol there answers to the coast guard.\u201d",
        SAAR,
    )
    assert by_text(found, "From what I").speaker == "Viktor Saar"


def test_a_paragraph_of_quotation_after_a_paragraph_of_reported_speech():
    dalton = Person("Mary Dalton", aliases=("Dalton",), title="Health Secretary")
    greer = Person("Tom Greer", aliases=("Greer",))
    _, found = quotes_of(
        "Health Secretary Mary Dalton said hospitals would get more money next year.\n\n"
        "She said waiting lists had already fallen by a third since 2002.\n\n"
        '"We will keep cutting waiting times until every patient is seen within a month."\n\n'
        "Runner Tom Greer believes he lost the race in the semi-finals.\n\n"
        '"In my semi-final I should have won the race but I was saving energy."\n\n'
        "The crowd left early.\n\n"
        '"Nobody told us the meeting had been moved."',
        dalton,
        greer,
    )
    assert by_text(found, "We will keep").speaker == "Mary Dalton"
    assert by_text(found, "In my semi-final").speaker == "Tom Greer"
    assert by_text(found, "Nobody told").speaker is None


def test_paragraphs_of_quotation_before_the_one_that_names_its_speaker():
    greer = Person("Tom Greer", aliases=("Greer",))
    _, found = quotes_of(
        "Tom Greer finished fourth in the final.\n\n"
        '"It really hurts to look at that medal."\n\n'
        '"It was my own mistake."\n\n'
        '"I lost because of the things I did," said Greer.\n\n'
        "The winner, Viktor Saar, was already celebrating.\n\n"
        '"This is the best day of my whole life."\n\n'
        '"I will never forget it," he said.',
        greer,
        SAAR,
    )
    assert by_text(found, "It really hurts").speaker == "Tom Greer"
    assert by_text(found, "It was my own").speaker == "Tom Greer"
    # a speaker named only by a pronoun is not carried backwards
    assert by_text(found, "This is the best").speaker is None
