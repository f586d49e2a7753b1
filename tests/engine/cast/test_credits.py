"""Bylines and photo credits (cast/credits.py) name nobody in the story."""

from tests.engine.cast.reading import cast_of


def test_byline_and_photo_credit_give_no_leader_and_no_person():
    text = (
        "By Anna Park\n\n"
        "SEOUL (Reuters) -- President Lee Jae-myung of South Korea met Polish President Andrzej Duda.\n\n"
        "Photo: Kim Min-su/Yonhap\n\n"
        "Reporting by David Brunnstrom; Editing by Jane Smith\n\n"
        "anna.park@example.com"
    )
    cast = cast_of(text)
    names = {p.name for p in cast.people}
    assert {p.name for p in cast.leaders} == {"Lee Jae-myung", "Andrzej Duda"}
    assert not names & {"Anna Park", "Kim Min-su", "David Brunnstrom", "Jane Smith"}
