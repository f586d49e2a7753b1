"""quotes/subjects.py: who a sentence is about (a description, a document's owner, a short name's
whole name)."""

from __future__ import annotations

from newsbrief import brief, build_document
from newsbrief.model import Cast, Mention, Person
from newsbrief.quotes.find import find_quotes
from tests.engine.quotes.helpers import KISHIDA, LEAD, by_text, cast_for, quotes_of


def test_a_document_speaks_for_its_author():
    _, found = quotes_of(
        "Kishida's resignation letter to the party was dated last Friday. "
        '"Now that the budget has passed," the letter reads, "the time has come for me to step aside."',
        KISHIDA,
    )
    assert by_text(found, "Now that the budget").speaker == "Fumio Kishida"
    assert by_text(found, "the time has come").speaker == "Fumio Kishida"


def test_a_short_name_takes_the_whole_name_written_before_it():
    _, found = quotes_of(
        "The Daily Herald first reported the deal.\n\n"
        '"The two ministers agreed on the text late on Friday," the Herald wrote.'
    )
    assert by_text(found, "The two ministers").speaker == "Daily Herald"


def test_a_description_subject_is_the_one_person_just_named():
    hart = Person("Jason Hart", aliases=("Hart",))
    _, found = quotes_of(
        "Britain's Jason Hart shook off an upset stomach to win the 60m on Sunday.\n"
        "Hart clocked 6.56 seconds to equal the meeting record.\n"
        'The world indoor champion said: "I got to the airport and my stomach was upset."',
        hart,
    )
    assert [q.speaker for q in found] == ["Jason Hart"]
    _, found = quotes_of(
        "Jason Hart beat Tom Kerr in the 60m final on Sunday.\n"
        'The world indoor champion said: "I got to the airport and my stomach was upset."',
        hart,
        Person("Tom Kerr", aliases=("Kerr",)),
    )
    assert [q.speaker for q in found] == [None]


def test_descriptions_come_from_role_titles_and_demonyms():
    # "novelist" is a role row of titles.tsv, "Nigerian" a demonym of countries.tsv: neither is
    # listed in speaker_descriptions.txt, yet both stand for the one person just named.
    for description in ("The Nigerian", "The novelist"):
        found = brief(
            LEAD + "Chidi Okafor finished his third book in a rented room in Lagos.\n"
            f'{description} said: "I wrote every night until the birds woke up."'
        ).quotes
        assert [q.speaker for q in found] == ["Chidi Okafor"], description
    # "the French" is the nation, not one person
    found = brief(
        LEAD + "Chidi Okafor finished his third book in a rented room in Lagos.\n"
        'The French said: "We welcome every writer who comes here."'
    ).quotes
    assert [q.speaker for q in found] == [None]


def test_in_it_he_said_speaks_for_the_one_whose_document_it_is():
    carr = Person("Alan Carr", aliases=("Mr Carr", "Carr"))
    banks = Person("Trevor Banks", aliases=("Banks",))
    text = (
        "Former spin doctor Alan Carr is at the centre of a new row.\n"
        "Mr Carr's e-mail, which was meant for a party official, suggested they should get Trevor Banks, "
        "the agency boss, to issue a statement.\n"
        'In it, he said: "Just spoke to the agency about the posters today."'
    )
    doc = build_document(LEAD + text)
    cast = cast_for(doc, carr, banks)
    at = doc.text.index("he said")
    linked = Cast(cast.people, (*cast.mentions, Mention(at, at + 2, 1, "pronoun")))  # the Cast's guess: Banks
    assert [q.speaker for q in find_quotes(doc, linked)] == ["Alan Carr"]


def test_a_description_subject_is_the_person_every_sentence_before_opens_with():
    hart, blume = Person("Jason Hart", aliases=("Hart",)), Person("Marc Blume", aliases=("Blume",))
    said = 'The world indoor champion said: "I got to the airport and my stomach was upset."'
    _, found = quotes_of(
        "Britain's Jason Hart shook off an upset stomach to win the 60m on Sunday.\n"
        "Hart clocked 6.56 seconds, well ahead of Germany's Marc Blume, who ran 6.67.\n" + said,
        hart,
        blume,
    )
    assert [q.speaker for q in found] == ["Jason Hart"]
    _, found = quotes_of(
        "The 60m final was run on Sunday.\nJason Hart beat Marc Blume by a tenth.\n" + said, hart, blume
    )
    assert [q.speaker for q in found] == [None]


def test_the_message_speaks_for_the_one_who_spoke_in_it():
    ruiz = Person("Elena Ruiz", aliases=("Ruiz",), title="former President")
    _, found = quotes_of(
        "Former president Elena Ruiz, who is under house arrest, attacked the talks in a message read "
        "out at a rally in the capital.\n\n"
        '"Every time they go to Washington, they come back with more debt," the message said.',
        ruiz,
    )
    (q,) = found
    assert q.speaker == "Elena Ruiz"


def test_the_letter_speaks_for_the_subject_past_the_leading_phrase_that_names_it():
    moreau = Person("Paul Moreau", aliases=("Moreau",), title="President")
    _, found = quotes_of(
        "In a letter to the regional bloc, seen late on Wednesday, Moreau wrote that he hoped any "
        "operation would be short.\n\n"
        '"I trust that within two weeks a solution will be found for our troops," said the letter.',
        moreau,
    )
    (q,) = found
    assert q.speaker == "Paul Moreau"
