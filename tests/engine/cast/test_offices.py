"""Giving a person an office (cast/offices.py): counterparts, the higher office."""

from tests.engine.cast.reading import leaders


def test_counterparts_and_a_presidents_adviser():
    text = (
        "Secretary of State John Kerry met his Russian counterpart, Sergei Lavrov, in Geneva on Friday. "
        "President Barack Obama's national security adviser, Susan Rice, joined them. Lavrov said Moscow "
        "was ready."
    )
    found = leaders(text)
    assert found["Sergei Lavrov"][:2] == ("Foreign Minister", "RU")  # not "Secretary of State"
    # Nothing in the text says whose president Obama is (Russia has one too), but the
    # world-leaders table's only presidency of a Barack Obama is the United States'
    # (table_offices.states_from_table); his adviser's state is still not told.
    assert found["Barack Obama"][1] == "US"
    assert found["Susan Rice"][1] is None
    american = text + " The United States wants a deal, and the U.S. Senate backs the talks."
    found = leaders(american)
    assert found["Barack Obama"][1] == "US"
    assert found["Susan Rice"][1] == "US"


def test_a_counterpart_of_someone_whose_office_comes_from_a_bare_title():
    text = (
        "Talks on the border begin at Peter Crane's country residence on Wednesday.\n"
        "Officials at the foreign secretary's house will plan a new forum.\n"
        "In October, Mr Crane and his Spanish counterpart Luis Moreda agreed to set up the forum."
    )
    found = leaders(text)
    assert found["Peter Crane"][0] == "Foreign Secretary"
    # Spain's office is not called "Foreign Secretary": the counterpart holds it under the usual name.
    assert found["Luis Moreda"] == ("Foreign Minister", "ES", None)
