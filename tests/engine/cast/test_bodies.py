"""Bodies (cast/bodies.py): a name ending in a body's last word, bodies that speak."""

import pytest

from tests.engine.cast.reading import cast_of, person


def test_a_ministry_is_a_body_named_for_its_country():
    text = "South Korea's Foreign Ministry said the envoy would return. The Kremlin declined to comment."
    cast = cast_of(text)
    bodies = {p.name for p in cast.people if p.kind == "body"}
    assert "Foreign Ministry of South Korea" in bodies
    assert "Kremlin" in bodies
    assert cast.leaders == ()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Visitors queued outside the Hale Gallery on Sunday. Hale Gallery said it would reopen.",
            "Hale Gallery",
        ),
        ("The People Power Party said it would vote against the bill.", "People Power Party"),
        ("Shares in Kessler Motor rose after Kessler Motor said sales grew.", "Kessler Motor"),
    ],
)
def test_a_name_ending_in_a_body_word_is_a_body(text, body):
    cast = cast_of(text)
    assert body not in [p.name for p in cast.people if p.kind == "person"]


def test_a_person_whose_surname_is_a_body_word_stays_a_person():
    text = "On Sunday, Helen Band won the final in Paris. Band said she was proud. Mr. Tom Band agreed."
    cast = cast_of(text)
    assert person(cast, "Helen Band").kind == "person"
    assert person(cast, "Tom Band").kind == "person"
