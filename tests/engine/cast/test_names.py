"""Name runs (cast/names.py): which capitalised words make one person's name."""

from tests.engine.cast.reading import leaders


def test_a_leaders_surname_that_is_also_a_city_stays_in_the_name():
    # "Lagos" is a city, never a name word, but the world-leaders table has a Ricardo Lagos.
    text = "Summit\n\nChilean President Ricardo Lagos will sign the charter on Wednesday, officials said.\n"
    assert leaders(text)["Ricardo Lagos"] == ("President", "CL", None)


def test_a_city_after_a_given_name_no_leader_has_stays_a_city():
    text = "Summit\n\nPresident Ricardo Lagos arrived, while Chilean envoy Ricardo Hamburg stayed.\n"
    found = leaders(text)
    assert "Ricardo Lagos" in found
    assert not any("Hamburg" in name for name in found)


def test_sentence_starters_are_not_names_and_are_written_down_once():
    from newsbrief.tables import not_names, read_lines, sentence_starters

    capitalised = {w[:1].upper() + w[1:] for w in sentence_starters()}
    assert {"The", "However", "Meanwhile"} <= capitalised <= not_names()
    assert not capitalised & set(read_lines("not_names.txt"))  # one fact in one place
