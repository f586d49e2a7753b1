"""Name runs (cast/names.py): which capitalised words make one person's name."""

import pytest

from tests.engine.cast.reading import cast_of, doc_of, leaders, person


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


def test_family_name_first_order_is_kept_and_the_family_name_is_the_short_form():
    text = "Chinese President Xi Jinping met Brazilian President Lula on Monday. Xi said trade would grow."
    cast = cast_of(text)
    xi = person(cast, "Xi Jinping")
    assert xi.country == "CN"
    assert xi.mentions == 2
    assert not any(p.name in ("Jinping", "Xi") for p in cast.people)


def test_particles_inside_and_at_the_start_of_a_name():
    text = (
        "European Commission President Ursula von der Leyen called the deal a signal of unity. "
        "Von der Leyen said the money would flow from January."
    )
    cast = cast_of(text)
    leader = person(cast, "Ursula von der Leyen")
    assert leader.organization == "European Commission"
    assert leader.mentions == 2


def test_capitalised_particles_of_belgian_and_dutch_names():
    text = (
        "Benelux talks\n\n"
        "Belgian Prime Minister Bart De Wever arrived in The Hague on Monday. The European Commission "
        "president, Ursula von der Leyen, was not there. De Wever said the talks were good.\n"
    )
    cast = cast_of(text)
    assert person(cast, "Bart De Wever").mentions == 2
    assert "Ursula von der Leyen" in leaders(text)
    assert not {"Bart", "Wever", "Ursula"} & {p.name for p in cast.people}


def test_dotted_honorifics_are_neither_sentence_ends_nor_names():
    text = (
        "Prime Minister Shri Arun Mehra received the President of Palau, H.E. Dr. Tomas Remeliik, "
        "in New Delhi today. Finance Minister Smt. Kavita Rao joined them. "
        "The Minister of Works, Engr. Bala Danjuma, spoke."
    )
    doc = doc_of(text)
    assert len(doc.sentences) == 3
    found = leaders(text)
    assert {"Arun Mehra", "Tomas Remeliik", "Kavita Rao"} <= set(found)
    assert not any(name.split()[0] in ("Shri", "Smt", "Smt.", "H.E.") for name in found)
    assert person(cast_of(text), "Kavita Rao").aliases == ()


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("King Haakon X will host the leaders at a dinner tonight.", "Haakon X", "King"),
        ("Chinese Vice Premier Wu He arrived in Washington for talks.", "Wu He", "Vice Premier"),
        ("US Trade Representative Karen Dole flew to Geneva.", "Karen Dole", "Trade Representative"),
        (
            "Afghanistan's acting foreign minister, Amir Khan Wardak, flew in from Kabul.",
            "Amir Khan Wardak",
            "Foreign Minister",
        ),
        ("Israeli Defence Minister Amir Golan spoke in Haifa.", "Amir Golan", "Defence Minister"),
        (
            "UAE Industry Minister Sultan Al Hamri said the talks would go on.",
            "Sultan Al Hamri",
            "Industry Minister",
        ),
        ("Kuwait's Amir Sheikh Nawaf arrived.", "Nawaf", "Emir"),
    ],
)
def test_names_keep_regnal_numbers_and_given_names_that_look_like_other_words(sentence, name, title):
    assert leaders(sentence)[name][0] == title


def test_a_given_name_that_is_also_a_noun_before_a_surname():
    text = "Former President Bill Hanley criticised the act. The Finance Bill passed on Monday."
    assert leaders(text) == {"Bill Hanley": ("former President", None, None)}


def test_a_capital_that_ends_a_leaders_name_is_his_surname_and_names_no_state():
    text = (
        "Silver\n\nPresident Garcia had spoken by telephone with Mexican President Miguel de la Madrid, "
        "the Peruvian minister said.\n"
    )
    assert leaders(text)["Miguel de la Madrid"][:2] == ("President", "MX")
    assert "ES" not in {c.code for c in cast_of(text).countries}


def test_a_middle_initial_written_without_its_stop_stays_in_the_name():
    text = "Secretary of State Ann Ruiz met President John Q Marlow's envoy in Bangkok on Monday."
    assert "John Q. Marlow" in leaders(text)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("OTTAWA - Prime Minister (Pierre) Lavoie said on Tuesday that Canada would wait.", "Pierre Lavoie"),
        (
            '"The country still lives with the system of (former President Ramon) Castillo," a banker said.',
            "Ramon Castillo",
        ),
    ],
)
def test_a_given_name_a_wire_adds_in_brackets_is_part_of_the_name(sentence, name):
    assert name in leaders(sentence)
