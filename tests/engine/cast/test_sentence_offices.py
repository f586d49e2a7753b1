"""Offices the sentence gives (cast/sentence_offices.py): "as", relative clauses, hypothetical offices."""

import pytest

from tests.engine.cast.reading import leaders


def test_tabloid_style_dictator_and_an_unnamed_president_in_focus():
    text = (
        "Kim warns Trump over nuclear button\n\n"
        "North Korean dictator Kim Jong-un has warned the US that he has a button on his desk. "
        "In his New Year address, the despot said the US was within range.\n\n"
        "Mr Trump tweeted that sanctions were working. The White House said the President had been briefed."
    )
    found = leaders(text)
    assert found["Kim Jong-un"][1] == "KP"
    assert found["Trump"] == ("President", "US", None)


def test_a_hypothetical_office_does_not_replace_the_stated_one():
    # A narrow rule (people._UNREAL_BECOME), tuned to one sentence shape: "could/would/to become <title>"
    # is an office someone might hold. Cheap, but it covers only that verb.
    text = (
        "Opposition leader Mark Hollby has hit back at his critics.\n"
        "Mr Hollby says the claim would mean no-one from an immigrant family could become premier."
    )
    assert leaders(text)["Mark Hollby"][0] == "Opposition Leader"


def test_an_office_given_in_a_relative_clause_or_chained_titles():
    text = (
        "On Saturday, Omar Said Farah, the Somali diplomat who chairs the African Union Commission, "
        "met Mali's ruler General Issa Kone for two hours. Lucia Prado, a former Peruvian health "
        "minister who now heads the World Health Organization, praised the talks. Tom Reede, who runs "
        "the WHO office in Lagos, agreed."
    )
    found = leaders(text)
    assert found["Omar Said Farah"] == ("Chair", None, "African Union Commission")
    assert found["Issa Kone"] == ("Ruler", "ML", None)
    assert found["Lucia Prado"] == ("Head", None, "World Health Organization")
    assert "Tom Reede" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters said Omar Haddad could stay at the fund if his wife became president.",
        "Omar Haddad said he would leave the fund once his wife becomes president.",
    ],
)
def test_an_office_someone_else_takes_under_a_condition_is_not_the_subjects(sentence):
    assert "Omar Haddad" not in leaders(f"Fund\n\n{sentence}\n")


def test_an_office_held_in_someone_elses_tenure_is_the_owners():
    text = (
        "Emails\n\nTom Reyes has seized on emails from Ana Soto's tenure as foreign minister, "
        "officials said. Soto said nothing.\n"
    )
    found = leaders(text)
    assert found["Ana Soto"][0] == "Foreign Minister"
    assert "Tom Reyes" not in found
