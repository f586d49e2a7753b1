"""Title anchors (cast/anchors.py): a title before a name, after it in apposition."""

from tests.engine.cast.reading import leaders


def test_an_apposition_with_also_before_its_article_names_the_office():
    text = (
        "Debt talks\n\n"
        "Marko Petrovic, also a Deputy Prime Minister, said on Monday that the creditors were patient.\n"
        "Ivana Kovac, a also-ran in the vote, said nothing.\n"
    )
    found = leaders(text)
    assert found["Marko Petrovic"][0] == "Deputy Prime Minister"
    assert "Ivana Kovac" not in found
