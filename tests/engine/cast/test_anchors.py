"""Title anchors (cast/anchors.py): a title before a name, after it in apposition."""

import pytest

from tests.engine.cast.reading import cast_of, leaders


def test_an_apposition_with_also_before_its_article_names_the_office():
    text = (
        "Debt talks\n\n"
        "Marko Petrovic, also a Deputy Prime Minister, said on Monday that the creditors were patient.\n"
        "Ivana Kovac, a also-ran in the vote, said nothing.\n"
    )
    found = leaders(text)
    assert found["Marko Petrovic"][0] == "Deputy Prime Minister"
    assert "Ivana Kovac" not in found


def test_senators_listed_after_one_plural_title():
    text = (
        "Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut "
        "and Lloyd Bentsen backed it."
    )
    found = leaders(text)
    assert set(found) == {"Patrick Moynihan", "Christopher Dodd", "Lloyd Bentsen"}
    assert all(v == ("Senator", "US", None) for v in found.values())


def test_a_unnamed_source_after_a_comma_is_no_apposition():
    text = (
        "Summit\n\n"
        "Congolese Prime Minister Judith Suminwa attended the summit. Rwandan President Paul Kagame "
        "declined to meet Suminwa, a Congolese official said.\n"
    )
    cast = cast_of(text)
    assert [p.name for p in cast.people if p.name.endswith("Suminwa")] == ["Judith Suminwa"]


def test_party_leaders_in_apposition():
    text = (
        "Opposition reacts to the budget\n\n"
        "The chancellor said the budget would fix the public finances in Britain. The Conservative "
        "leader, Kemi Badenoch, called it a tax raid, while the Liberal Democrats leader, Ed Davey, "
        "called for talks. Nigel Farage, the Reform UK leader, disagreed. In Paris, Jordan Bardella, "
        "the president of France's far-right National Rally, said the plan was a warning.\n"
    )
    found = leaders(text)
    assert found["Kemi Badenoch"][0] == "Leader"  # "Conservative" is no one state's word
    assert found["Ed Davey"][:2] == ("Leader", "GB")
    assert found["Nigel Farage"][:2] == ("Leader", "GB")
    assert found["Jordan Bardella"][:2] == ("President of National Rally", "FR")
    assert "Rally" not in {p.name for p in cast_of(text).people}


def test_a_company_president_in_apposition_is_no_leader():
    text = "Deal signed\n\nThe Microsoft president, Brad Smith, said the deal was fair.\n"
    assert "Brad Smith" not in leaders(text)


def test_two_cabinet_posts_joined_by_and_share_the_state_written_before_them():
    text = (
        "State visit\n\n"
        "NEW DELHI: Indonesian Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin are part "
        "of the delegation. Japanese Foreign Minister Takeshi Iwaya and Foreign Minister Cho Hyun of "
        "South Korea met on Monday.\n"
    )
    found = leaders(text)
    assert found["Sjafrie Sjamsoeddin"][1] == "ID"
    assert found["Cho Hyun"][1] == "KR"


def test_an_office_that_closes_a_long_appositive():
    text = (
        "Talks\n\n"
        "BEIJING, Nov. 2 (Xinhua) -- Chen Ming, a member of the Political Bureau of the CPC Central "
        "Committee and Chinese foreign minister, met with Kazakh Foreign Minister Aidar Bekov on Tuesday. "
        "Jane Roe, a teacher from Leeds and the mother of two, watched. Tom Hale, a former aide and "
        "spokesman, said nothing.\n"
    )
    found = leaders(text)
    assert found["Chen Ming"] == ("Foreign Minister", "CN", None)
    assert "Jane Roe" not in found and "Tom Hale" not in found
    text = (
        "Talks\n\n"
        "BEIJING, Nov. 2 (Xinhua) -- Chen Ming, a member of the Political Bureau of the CPC Central "
        "Committee and Chinese foreign minister, met the visitor. Liu Hua, a member of the Standing "
        "Committee of the Political Bureau of the CPC Central Committee and director of the General "
        "Office of the CPC Central Committee, attended.\n"
    )
    found = leaders(text)
    assert found["Chen Ming"] == ("Foreign Minister", "CN", None)  # the higher of two offices
    cast = cast_of(text)
    at = text.index("Chinese foreign minister")
    assert cast.person_at(at + 10).name == "Chen Ming"  # the office next to "met" is him too
    assert found["Liu Hua"][0].startswith("Politburo Standing Committee Member")
    assert found["Liu Hua"][1] == "CN"


def test_two_offices_joined_then_the_name():
    text = (
        "Gaza talks\n\n"
        "Kuwait's Prime Minister and Minister of Foreign Affairs, Sheikh Ahmad bin Nasser Al Sabah, met "
        "a delegation in Kuwait City on Sunday. Minister of Foreign Affairs Ana Lopez of Chile said the "
        "talks were useful.\n"
    )
    found = leaders(text)
    assert found["Ahmad bin Nasser Al Sabah"] == ("Prime Minister", "KW", None)
    assert found["Ana Lopez"] == ("Minister of Foreign Affairs", "CL", None)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Foreign Affairs Minister, Dayo Adebayo, said on Tuesday that the border would reopen.",
            "Dayo Adebayo",
            "Foreign Affairs Minister",
        ),
        ("Senate President, Musa Ahmed, read the letter.", "Musa Ahmed", "Senate President"),
        ("Burkina Faso's leader Captain Idrissa Sawadogo arrived.", "Idrissa Sawadogo", "Leader"),
    ],
)
def test_a_capitalised_title_opening_the_sentence_with_the_name_between_commas(sentence, name, title):
    assert leaders(sentence)[name][0] == title


def test_a_title_comma_and_a_list_of_names_is_no_appositive():
    assert leaders("Vice President, Harbour Sales, Tom Hill, spoke at the plant.") == {}


def test_offices_joined_by_and_share_the_state_the_last_one_names():
    text = (
        "The president will meet His Highness Sheikh Rashid bin Saif Al Marri, Vice President and "
        "Prime Minister of the UAE and Ruler of Fujairah, on Saturday."
    )
    assert leaders(text)["Rashid bin Saif Al Marri"] == ("Vice President", "AE", None)


def test_two_offices_of_one_person_share_the_state_written_before_the_first():
    text = "Prime Minister Tariq Malik spoke with Saudi Crown Prince and Prime Minister Faisal bin Nayef."
    assert leaders(text)["Faisal bin Nayef"][1] == "SA"
    # Two people, one title each: the state before the first is not the second's.
    two = "Japanese Prime Minister Kenji Oda and President Lee Jae-won met in Busan."
    assert leaders(two)["Kenji Oda"][1] == "JP"
    assert leaders(two)["Lee Jae-won"][1] != "JP"


def test_a_name_between_commas_then_was_and_a_title_holds_the_office():
    text = (
        "Donors\n\nPetro Hrytsenko, a steel magnate whose father-in-law, Ivan Melnyk, was president of "
        "Ukraine from 1994 to 2005, gave money.\n"
    )
    assert leaders(text)["Ivan Melnyk"][:2] == ("President", "UA")


def test_a_portfolio_with_the_and_a_lower_case_demonym_before_a_comma_and_a_name():
    text = (
        "Silver\n\nLima prices fell. The peruvian energy and mines minister, Rosa Quispe, said prices "
        "were low in Peru.\n"
    )
    assert leaders(text)["Rosa Quispe"][:2] == ("Energy and Mines Minister", "PE")
