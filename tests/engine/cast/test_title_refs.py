"""Bare titles resolved to people (cast/title_refs.py): "the president", "the prime minister's house"."""

import pytest

from tests.engine.cast.reading import cast_of, leaders, person


def test_title_only_reference_resolves_to_the_person_in_focus():
    text = "German Chancellor Olaf Scholz arrived in Paris on Monday. The chancellor said Europe must act."
    cast = cast_of(text)
    at = text.index("chancellor said")
    assert cast.person_at(at).name == "Olaf Scholz"
    assert person(cast, "Olaf Scholz").mentions == 2


def test_untitled_person_then_the_prime_minister_gets_the_office():
    text = (
        "Tony Blair is urging Europe to act. The prime minister said in Britain that time was short. "
        "Mr Blair will fly to Brussels on Friday."
    )
    found = leaders(text)
    assert found["Tony Blair"][0] == "Prime Minister"
    assert found["Tony Blair"][1] == "GB"


def test_a_passer_by_named_once_does_not_take_the_office():
    text = (
        "Anna Kowalska waited for hours outside the hall. The president arrived at noon. "
        "President Andrzej Duda of Poland thanked the crowd."
    )
    cast = cast_of(text)
    assert person(cast, "Anna Kowalska").title is None
    assert [p.name for p in cast.leaders] == ["Andrzej Duda"]


def test_the_president_said_keeps_its_reference():
    text = "French President Emmanuel Macron arrived on Monday. The president insisted that Europe must act."
    cast = cast_of(text)
    at = text.index("president insisted")
    assert cast.person_at(at).name == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            'Tom Hadley told party members the opposition had "no plan".\n'
            "The prime minister stepped up campaigning at the weekend with a tour of the north.",
            "Tom Hadley",
            "Prime Minister",
        ),
        (
            "Talks on the border begin at Peter Crane's country residence on Wednesday.\n"
            "Officials at the foreign secretary's house will plan a new forum.",
            "Peter Crane",
            "Foreign Secretary",
        ),
    ],
)
def test_a_bare_title_right_after_an_untitled_subject_is_that_person(text, name, title):
    assert leaders(text)[name][0] == title


@pytest.mark.parametrize(
    "text",
    [
        # the title is the object of the subject's verb
        "Party co-chairman Liam Fordyce said the party was not afraid of scrutiny.\n"
        'Mr Fordyce responded by accusing the prime minister of "hiding away".',
        # the person is introduced by a description, not named bare
        "Local resident John Smithers lost his home in the floods.\nThe prime minister visited on Tuesday.",
        "John Smithers, 45, lost his home in the floods.\nThe prime minister visited on Tuesday.",
        # someone else is named in between
        "Tom Hadley spoke in Leeds.\nHis rival Ann Cole replied.\nThe prime minister left at noon.",
        # a title inside a reported clause about someone else
        'TV presenter Jane Rossiter said as home secretary he gave the impression he would "kick the cat".',
    ],
)
def test_a_bare_title_is_not_given_to_someone_it_may_not_mean(text):
    assert leaders(text) == {}


def test_she_occupies_a_post_as_the_title_after_a_leading_phrase():
    # A narrow rule (title_refs._PRONOUN_AS_TITLE), tuned to one sentence shape: "He/She ... as/is/was the
    # <title>" opening a sentence binds the bare title to the subject going on from the sentence before.
    text = (
        'Maria Lopez said she was asked to give a talk. "It was hard," Lopez said.\n'
        "Now the highest-ranking prosecutor in the country, Lopez rose to prominence despite obstacles. "
        "She occupies one of the key posts in Washington as the attorney general."
    )
    assert leaders(text)["Maria Lopez"][0] == "Attorney General"


def test_a_bare_title_is_not_the_subject_of_the_next_sentence_after_a_long_leading_phrase():
    text = (
        "Talks\n\n"
        '"She is fair game," Anna Berg told reporters on Monday.\n'
        "The former secretary of state will play the gender card, Berg said.\n"
        "On the claim that voters would back Clara Holm to make history, Berg set out a plan of "
        "her own. Berg spoke for an hour.\n"
    )
    assert "Anna Berg" not in leaders(text)


def test_an_indefinite_title_with_a_state_is_someone_not_named():
    text = (
        "Donors\n\nFormer President Jack Morrow spoke on Monday. The son-in-law of a former Ukrainian "
        "president also gave money, Morrow said.\n"
    )
    assert leaders(text)["Jack Morrow"][:2] == ("former President", None)
