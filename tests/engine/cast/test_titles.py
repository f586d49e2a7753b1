"""Titles read in the text (cast/titles.py): the office, its state or body, its modifiers."""

import pytest

from tests.engine.cast.reading import leaders


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a role stacked before the office ends at a lower-case "chief"
        ("Serbian delegation chief Finance Minister Marko Petrovic signed the deal.", "Finance Minister"),
        ("Serbian Chief Finance Secretary Marko Petrovic signed the deal.", "Chief Finance Secretary"),
    ],
)
def test_a_lower_case_chief_before_a_capitalised_office_is_another_role(sentence, title):
    found = leaders(f"Deal\n\n{sentence} Petrovic said so.\n")
    assert found["Marko Petrovic"][:2] == (title, "RS")


def test_a_hyphenated_adjective_between_a_states_possessive_and_the_office_keeps_the_state():
    text = (
        "Summit\n\n"
        "The first summit was called by Argentine President Elena Ruiz (2001-2005).\n"
        "Argentina's left-leaning President Tomas Duarte is one of its driving forces, along with "
        "Chile, Guyana and Suriname.\n"
    )
    assert leaders(text)["Tomas Duarte"][:2] == ("President", "AR")
