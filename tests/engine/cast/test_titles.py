"""Titles read in the text (cast/titles.py): the office, its state or body, its modifiers."""

import pytest

from tests.engine.cast.reading import cast_of, leaders, person


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


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        ("Japanese Prime Minister Fumio Kishida arrived on Monday.", "Fumio Kishida", "Prime Minister", "JP"),
        (
            "Prime Minister of New Zealand Christopher Luxon arrived on Monday.",
            "Christopher Luxon",
            "Prime Minister",
            "NZ",
        ),
        (
            "President of the Republic of Korea Yoon Suk Yeol arrived on Monday.",
            "Yoon Suk Yeol",
            "President",
            "KR",
        ),
        ("U.S. President Joe Biden arrived on Monday.", "Joe Biden", "President", "US"),
        ("North Korean leader Kim Jong-un watched the launch.", "Kim Jong-un", "Leader", "KP"),
        ("German Chancellor Olaf Scholz arrived on Monday.", "Olaf Scholz", "Chancellor", "DE"),
        (
            "Foreign Minister Penny Wong of Australia arrived on Monday.",
            "Penny Wong",
            "Foreign Minister",
            "AU",
        ),
        (
            "Luiz Inacio Lula da Silva, the Brazilian president, arrived on Monday.",
            "Luiz Inacio Lula da Silva",
            "President",
            "BR",
        ),
        ("Mark Rutte, the Dutch prime minister, arrived on Monday.", "Mark Rutte", "Prime Minister", "NL"),
        ("South Korea's Foreign Minister Park Jin arrived on Monday.", "Park Jin", "Foreign Minister", "KR"),
    ],
)
def test_leader_constructions(sentence, name, title, country):
    assert leaders(sentence)[name] == (title, country, None)


def test_head_of_an_international_body_has_an_organisation_and_no_country():
    found = leaders("NATO Secretary General Jens Stoltenberg opened the summit.")
    assert found["Jens Stoltenberg"] == ("Secretary General", None, "NATO")
    found = leaders("Antonio Guterres, the secretary-general of the United Nations, spoke first.")
    assert found["Antonio Guterres"] == ("Secretary General", None, "United Nations")


def test_first_lady_is_not_an_office():
    text = "President Yoon Suk Yeol of South Korea and first lady Kim Keon Hee visited the school."
    cast = cast_of(text)
    assert "Kim Keon Hee" in [p.name for p in cast.people]
    assert [p.name for p in cast.leaders] == ["Yoon Suk Yeol"]


def test_king_as_a_surname_is_no_monarch():
    found = leaders("Sen. Angus King of Maine backed the bill. Jordanian King Abdullah II spoke later.")
    assert found["Angus King"] == ("Senator", "US", None)
    assert found["Abdullah II"] == ("King", "JO", None)


def test_his_ambassador_belongs_to_his_state():
    text = (
        "Russian President Vladimir Putin spoke on Monday. Trump's remarks came as his ambassador to the "
        "United Nations Nikki Haley dismissed Seoul's offer. U.S. President Donald Trump said nothing."
    )
    assert leaders(text)["Nikki Haley"][1] == "US"


def test_president_of_a_non_state_body_is_no_leader():
    text = "Jane Doe, the president of the Rotary Club, said the gala raised $2 million."
    assert leaders(text) == {}


def test_community_leaders_and_keynote_speakers_hold_no_office():
    text = (
        "Community leader Grace Mensah and keynote speaker Tom Reed addressed the crowd. "
        "Opposition leader Raila Odinga of Kenya spoke later, and the general manager, Ana Ruiz, "
        "thanked them."
    )
    found = leaders(text)
    assert set(found) == {"Raila Odinga"}


def test_soviet_leader():
    assert leaders("Soviet leader Mikhail Gorbachev arrived in Geneva.")["Mikhail Gorbachev"] == (
        "Leader",
        "SU",
        None,
    )


def test_a_british_chancellor_and_party_leaders():
    text = (
        "Chancellor Gordon Brown has unveiled a pre-election Budget. Mr Brown told MPs that the UK economy "
        "was stronger than Germany's. Tory leader Michael Howard said the Budget was a con."
    )
    found = leaders(text)
    assert found["Gordon Brown"] == ("Chancellor", "GB", None)
    assert found["Michael Howard"][1] == "GB"


def test_heads_of_african_union_and_eu_bodies():
    text = (
        "Envoys in Kyiv\n\n"
        "African Union Commission chairperson Mahmoud Ali Youssouf, the former Djiboutian foreign "
        "minister, said the talks went well. European Council President Antonio Costa and EU foreign "
        "policy chief Kaja Kallas arrived in Kyiv.\n"
    )
    found = leaders(text)
    assert found["Mahmoud Ali Youssouf"] == ("Chairperson", None, "African Union Commission")
    assert found["Antonio Costa"] == ("President", None, "European Council")
    assert found["Kaja Kallas"] == ("Foreign Policy Chief", None, "European Union")


def test_a_national_body_named_like_an_international_one():
    text = (
        "Envoy in Pyongyang\n\n"
        "Russian Security Council Secretary Sergei Shoigu arrived in Pyongyang on Thursday. The British "
        "UN ambassador, Barbara Woodward, said the Security Council would meet.\n"
    )
    found = leaders(text)
    assert found["Sergei Shoigu"] == ("Security Council Secretary", "RU", None)
    assert found["Barbara Woodward"][1] == "GB"


def test_president_elect_house_speaker_and_the_leader_of_a_named_party():
    text = (
        "Transition\n\n"
        "President-elect Donald Trump said he would call Ukrainian President Volodymyr Zelensky. House "
        "Speaker Mike Johnson agreed. In London, the leader of the opposition Labour Party, Keir Starmer, "
        "said the call was welcome. The president of the National Union of Students, Amira Campbell, "
        "and the head of the Anti-Defamation League, Jonathan Greenblatt, did not comment.\n"
    )
    found = leaders(text)
    assert found["Donald Trump"][:2] == ("President-elect", "US")
    assert found["Mike Johnson"][:2] == ("House Speaker", "US")
    assert found["Keir Starmer"][:2] == ("Leader of Labour Party", "GB")
    assert "Amira Campbell" not in found
    assert "Jonathan Greenblatt" not in found


def test_eu_and_un_offices_named_without_their_body():
    text = (
        "Summit\n\n"
        "Commission President Helga Brandt arrived on Thursday. Council President Joao Ferreira said the "
        "talks were hard, and High Representative Liisa Tamm said Russia was stalling. Polish Prime "
        "Minister Adam Nowak later met Brandt in Brussels.\n"
    )
    found = leaders(text)
    assert found["Helga Brandt"] == ("President", None, "European Commission")
    assert found["Joao Ferreira"] == ("President", None, "European Council")
    assert found["Liisa Tamm"] == ("High Representative", None, "European Union")
    assert {c.code for c in cast_of(text).countries} == {"RU", "PL"}
    # Written with the body's full name, the office is the same.
    text = (
        "Summit\n\nEuropean Council President Joao Ferreira and European Commission president Helga "
        "Brandt met.\n"
    )
    found = leaders(text)
    assert found["Joao Ferreira"][2] == "European Council"
    assert found["Helga Brandt"][2] == "European Commission"


def test_another_bodys_commission_or_council_president_is_not_the_eus():
    text = (
        "Regional bloc\n\n"
        "ECOWAS Commission President Omar Diallo said Mali would return. City Council President Jane Doe "
        "agreed.\n"
    )
    cast = cast_of(text)
    for name in ("Omar Diallo", "Jane Doe"):
        assert person(cast, name).organization not in ("European Commission", "European Council")


def test_un_general_assembly_president_and_a_states_un_ambassador():
    text = (
        "Veto\n\n"
        "Russia's UN Ambassador Pavel Orlov told the council the text was one-sided. Russia voted "
        "against. General Assembly President Greta Lind said the veto would be debated.\n"
    )
    found = leaders(text)
    assert found["Pavel Orlov"][1] == "RU"
    assert found["Greta Lind"] == ("President", None, "United Nations")


def test_press_abbreviations_for_offices():
    text = (
        "Talks\n\n"
        "NEW DELHI: PM Arvind Rao held talks with visiting Nepalese Foreign Minister Sita Thapa on Friday. "
        "EAM K. Raman and NSA Vikram Dutt also met Thapa, and CM Lakshmi Iyer hosted a dinner for her. "
        "LoP Sunil Verma said the talks ended at 3 pm.\n"
    )
    found = leaders(text)
    assert found["Arvind Rao"] == ("Prime Minister", "IN", None)
    assert found["K. Raman"] == ("External Affairs Minister", "IN", None)
    assert found["Vikram Dutt"][0] == "National Security Adviser"
    assert found["Lakshmi Iyer"][0] == "Chief Minister"
    assert found["Sunil Verma"][0] == "Leader of the Opposition"
    assert found["Sita Thapa"][1] == "NP"
    text = (
        "Talks\n\nVP Jordan Hale met Amb. Lisa Grant and UNSG Ana Ruiz on Monday, while WHO DG Ben Ode "
        "and MEP Anna Berg spoke.\n"
    )
    found = leaders(text)
    assert found["Jordan Hale"][0] == "Vice President"
    assert found["Lisa Grant"][0] == "Ambassador"
    assert found["Ana Ruiz"] == ("Secretary General", None, "United Nations")
    assert found["Ben Ode"] == ("Director General", None, "World Health Organization")
    assert found["Anna Berg"][0] == "Member of the European Parliament"


def test_an_abbreviation_is_a_title_only_as_the_press_writes_it():
    text = "Storm\n\nThe storm hit at 3 pm Monday, and by nsa Greta Holm's count, many were hurt.\n"
    assert leaders(text) == {}


def test_bangladesh_chief_adviser_heads_the_government():
    text = (
        "Election\n\nDHAKA - Bangladesh's interim government is under pressure. Chief Adviser Karim Rahman "
        "said the election would be held in February.\n"
    )
    assert leaders(text)["Karim Rahman"] == ("Chief Adviser", "BD", None)


def test_the_chair_of_a_parliament_holds_an_office_a_campaign_groups_chair_does_not():
    text = (
        "Visit\n\n"
        "Zhou Feng, chairman of the National People's Congress Standing Committee, met the visitor. "
        "Mary Jones, the chair of the Labour Movement for Europe, said the visit was welcome.\n"
    )
    found = leaders(text)
    assert found["Zhou Feng"][0].startswith("Chairman of National People's Congress")
    assert "Mary Jones" not in found


def test_a_company_named_with_a_title_word_is_no_leader():
    found = leaders("Harbour Press and the Evening Post & General Trust both announced new printing plants.")
    assert found == {}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Shadow Home Secretary Mark Dunmore said the bill would fail.",
            "Mark Dunmore",
            "Shadow Home Secretary",
        ),
        (
            "The former shadow foreign secretary, Ann Pelling, agreed.",
            "Ann Pelling",
            "former Shadow Foreign Secretary",
        ),
        ("Former Tory chancellor Ken Marlow said the plan was wrong.", "Ken Marlow", "former Chancellor"),
    ],
)
def test_shadow_and_former_stay_in_the_title(sentence, name, title):
    assert leaders(sentence)[name][0] == title


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Chile's Minister of Energy and Mining Resources, Rodrigo Fuentes, held talks on Monday.",
            "Rodrigo Fuentes",
            "Minister of Energy and Mining Resources",
        ),
        (
            'Omar Al Suwaidi, Minister of State for Foreign Trade, said: "We expect more trade."',
            "Omar Al Suwaidi",
            "Minister of State for Foreign Trade",
        ),
        (
            '"Fuel prices will rise," said Dewi Lestari, State Minister for National Development Planning.',
            "Dewi Lestari",
            "State Minister for National Development Planning",
        ),
        (
            "The Coordinating Minister of Health and Social Welfare, Prof. Musa Bello, spoke in Abuja.",
            "Musa Bello",
            "Coordinating Minister of Health and Social Welfare",
        ),
        ("Minister of Foreign Affairs Lin Hao met the press.", "Lin Hao", "Minister of Foreign Affairs"),
    ],
)
def test_long_minister_of_titles(sentence, name, title):
    assert leaders(sentence)[name][0] == title


def test_the_office_of_a_body_with_its_acronym_then_the_name():
    text = (
        "President Ade Bello on Thursday received the Director-General of the World Health "
        "Organisation (WHO), Dr Anan Mekonnen, at the villa."
    )
    assert leaders(text)["Anan Mekonnen"] == ("Director General", None, "World Health Organization")


def test_regional_bodies_heads_are_leaders_of_the_body():
    text = (
        "Pacific Islands Forum Secretary General Tavita Soli spoke. ECOWAS Commission President "
        "Omar Dialla said Mali would return."
    )
    found = leaders(text)
    assert found["Tavita Soli"] == ("Secretary General", None, "Pacific Islands Forum")
    assert found["Omar Dialla"][2] == "Economic Community of West African States"


def test_the_office_after_turned_is_the_current_one():
    text = "Josefa Vuki, the former coup leader turned Fijian prime minister, sees it differently."
    assert leaders(text)["Josefa Vuki"] == ("Prime Minister", "FJ", None)


def test_a_states_officer_named_by_rank_and_a_transitional_president():
    text = (
        "The host welcomed Mali's transitional president, General Amadou Sissoko, and Burkina Faso's "
        "Captain Ibrahim Kabore at the airport. Captain Tom Hale of the ferry said the crossing was calm."
    )
    found = leaders(text)
    assert found["Amadou Sissoko"] == ("President", "ML", None)
    assert found["Ibrahim Kabore"] == ("Captain", "BF", None)
    assert "Tom Hale" not in found


def test_compound_department_titles_keep_every_word():
    found = leaders("Health and Human Services Secretary Alan Ross met the press in Washington.")
    assert found["Alan Ross"][0] == "Health and Human Services Secretary"


def test_a_body_referred_back_to_by_its_last_word_owns_the_office():
    text = (
        "Fiji is pushing for the Pacific Islands Forum to adopt a declaration. The forum's secretary "
        "general, Tomasi Lauina, a former president of Nauru, has backed the idea. The company's "
        "president, Tom Hillary, did not."
    )
    found = leaders(text)
    assert found["Tomasi Lauina"] == ("Secretary General", None, "Pacific Islands Forum")
    assert "Tom Hillary" not in found


def test_a_given_name_that_is_also_a_title_is_no_emir():
    assert leaders("Amir Hasan said the fight was over.") == {}


def test_a_news_outlets_president_holds_no_office():
    text = "Debate\n\nCNN President Jon Weller said the network would not pay. Weller said so.\n"
    assert "Jon Weller" not in leaders(text)


def test_the_wire_name_of_the_european_commission():
    text = "Farm talks\n\nEC executive Commission President Anne Roux told the ministers. Roux said so.\n"
    assert leaders(text)["Anne Roux"] == ("President", None, "European Commission")


def test_a_body_named_before_is_referred_back_to_by_the_last_word_of_its_name():
    text = (
        "Finance ministers will meet at the International Monetary Fund next week. The new managing "
        "director of the Fund, Anna Berglund, has said debt relief is under review. The head of the "
        "Bank of Portugal, Rui Matos, said rates would stay."
    )
    found = leaders(text)
    assert found["Anna Berglund"][2] == "International Monetary Fund"
    assert found.get("Rui Matos", (None, None, None))[2] is None  # another bank, not a body named before


def test_a_business_role_before_another_persons_name_is_no_role_of_the_next_title():
    # "chairman" belongs to Kono; the Finance Minister after him is a cabinet office.
    text = (
        "Analysts named three possible successors: party secretary Taro Kono, party chairman "
        "Jiro Abe, and Finance Minister Ichiro Ozawa."
    )
    assert leaders(text)["Ichiro Ozawa"][0] == "Finance Minister"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lusaka will repay the loan early, central bank president Mwila Banda said on Monday.",
        "Lusaka will repay the loan early, Bank of Zambia president Mwila Banda said on Monday.",
        "The dock strike will go on, union president Mwila Banda said on Monday.",
    ],
)
def test_a_bodys_president_is_no_head_of_state(sentence):
    assert "Mwila Banda" not in leaders(sentence)


@pytest.mark.parametrize("qualifier", ["revolutionary", "spiritual"])
def test_a_qualified_leader_of_a_state_is_its_leader(qualifier):
    text = f"Iraq's {qualifier} leader, Ayatollah Karim Nouri, warned against dissent, state radio said."
    assert leaders(text)["Karim Nouri"][0] == "Leader"


def test_former_before_a_two_word_party_name_still_makes_the_office_a_former_one():
    text = "He was an adviser to former Social Democrat Chancellor Otto Brenner in the 1970s."
    assert leaders(text)["Otto Brenner"][0] == "former Chancellor"
