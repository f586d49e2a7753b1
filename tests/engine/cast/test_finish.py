"""The finished Cast (cast/finish.py): genders, mentions in order, leaders' countries listed."""

import pytest

from tests.engine.cast.reading import cast_of, person, pronoun_owner


def test_the_gender_an_honorific_tells():
    text = "Mr. Piotr Nowak met Ms. Ana Kowal in Warsaw. She said the talks had gone well."
    assert pronoun_owner(text, "She said") == "Ana Kowal"


def test_the_gender_a_title_tells():
    text = "King Harald received Prime Minister Ingrid Solberg at the palace. She said the meeting was warm."
    assert pronoun_owner(text, "She said") == "Ingrid Solberg"


def test_no_gender_is_guessed_from_a_first_name_of_either_gender():
    # "Kim" and "Sasha" are men's and women's names: only one-gender names (Anna, Jonas) tell it.
    text = "Kim Moen met Sasha Dahl at the port. He said the visit was welcome."
    assert pronoun_owner(text, "He said") == "Kim Moen"


def test_possessive_mentions_are_marked():
    text = "Russian President Vladimir Putin arrived. Putin's aides said little."
    cast = cast_of(text)
    at = text.index("Putin's")
    assert cast.mentions_in(at, at + 5)[0].kind == "possessive"
    assert cast.person_at(at).name == "Vladimir Putin"


def test_leaders_countries_are_always_listed():
    text = "President Suharto received the delegation on Tuesday, Indonesia's state news agency said."
    cast = cast_of(text)
    leader_countries = {p.country for p in cast.leaders}
    assert leader_countries == {"ID"}
    assert leader_countries <= {c.code for c in cast.countries}


def test_mentions_are_sorted_and_inside_the_text():
    text = (
        "French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome. "
        "Macron said he was pleased, and Meloni agreed."
    )
    cast = cast_of(text)
    starts = [m.start for m in cast.mentions]
    assert starts == sorted(starts)
    names = {text[m.start : m.end] for m in cast.mentions if m.kind == "name"}
    assert {"Emmanuel Macron", "Giorgia Meloni", "Macron", "Meloni"} <= names


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Ms. Ana Kowal said the vote was close.", "Ana Kowal", "female"),
        ("Queen Maren of Norland opened the session.", "Maren", "female"),
        ("Anna Berg said the plan would work.", "Anna Berg", "female"),
        ("Jonas Berg said the plan would work.", "Jonas Berg", "male"),
        ("Kim Berg said the plan would work. He left.", "Kim Berg", ""),
    ],
)
def test_the_cast_exports_the_gender_the_article_tells(text, name, gender):
    # A pronoun linked to someone is the Cast's guess, not something the article tells.
    assert person(cast_of(text), name).gender == gender


def test_a_body_has_no_gender():
    cast = cast_of("The Foreign Ministry said talks would go on.")
    assert [p.gender for p in cast.people if p.kind == "body"] == [""]
