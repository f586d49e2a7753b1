"""States for leaders the text does not place (cast/leader_states.py): datelines, travel, home."""

import pytest

from tests.engine.cast.reading import cast_of, leaders


def test_leader_without_a_country_takes_it_from_the_article():
    text = (
        "President Yoon Suk Yeol will attend the summit, his office said on Monday. "
        "It will be the second time the South Korean president has joined such a meeting."
    )
    assert leaders(text)["Yoon Suk Yeol"] == ("President", "KR", None)


def test_no_prime_minister_in_the_united_states():
    text = (
        "Prime Minister Brian Mulroney will host a summit in Ottawa with President Ronald Reagan. "
        "Canada wants the United States to act on acid rain."
    )
    found = leaders(text)
    assert found["Brian Mulroney"][1] == "CA"
    assert found["Ronald Reagan"][1] == "US"


def test_an_unplaced_president_in_a_story_about_american_politics_is_american():
    text = (
        "WASHINGTON (AP) — The Senate passed a $95 billion aid package for Ukraine, Israel and Taiwan "
        "early Tuesday after President Joe Biden urged lawmakers to act. Senate Majority Leader Chuck "
        "Schumer called it a down payment on democracy. Republicans in the House were split."
    )
    found = leaders(text)
    assert found["Joe Biden"] == ("President", "US", None)
    assert found["Chuck Schumer"][1] == "US"


def test_a_wire_from_seoul_places_its_unplaced_foreign_minister_at_home():
    text = (
        "SEOUL, Jan. 14 (Yonhap) -- President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi on "
        "Wednesday. Foreign Minister Cho Hyun accompanied him, while Chinese Foreign Ministry spokesperson "
        "Mao Ning said in Beijing that China hoped the two neighbours would work together. "
        "Premier Li Qiang will visit Tokyo next month."
    )
    found = leaders(text)
    assert found["Lee Jae-myung"][1] == "KR"
    assert found["Cho Hyun"][1] == "KR"
    assert found["Li Qiang"] == ("Premier", "CN", None)
    assert "Mao Ning" not in found


def test_host_at_home_and_traveller_abroad():
    text = (
        "Ukrainian President Volodymyr Zelensky is due to travel to Washington next week to meet "
        "President Donald Trump. The U.K. Government hopes for progress during next week's visit to "
        "Tokyo by Trade Minister Alan Price, who leaves for Japan tomorrow."
    )
    found = leaders(text)
    assert found["Donald Trump"][1] == "US"
    assert found["Alan Price"][1] == "GB"


def test_someone_elses_trip_says_nothing_about_a_leader():
    text = (
        "Prime Minister Yasuhiro Nakasone leaves on his visit to the United States on Wednesday, only weeks "
        "after President Reagan imposed tariffs on Japanese goods. He will discuss U.S.-Soviet arms control."
    )
    found = leaders(text)
    assert found["Reagan"][1] == "US"
    assert found["Yasuhiro Nakasone"][1] == "JP"


def test_two_presidents_at_one_summit_in_a_wire_from_home():
    text = (
        "GYEONGJU, Nov. 1 (Yonhap) -- President Lee Jae-myung held summit talks with President Xi Jinping "
        "on Saturday. Lee said the talks were productive. Xi invited Lee to visit Beijing."
    )
    found = leaders(text)
    assert found["Lee Jae-myung"][1] == "KR"
    assert found["Xi Jinping"][1] == "CN"


def test_cabinet_secretaries_of_one_state_are_not_forced_apart():
    text = (
        "Yesterday, Canadian Foreign Secretary Joe Clark held talks in Washington with Vice President "
        "George Bush, Secretary of State George Shultz and Commerce Secretary Malcolm Baldrige, and "
        "Education Secretary Rod Paige joined later. The United States promised action."
    )
    found = leaders(text)
    assert found["Malcolm Baldrige"][1] == "US"
    assert found["Rod Paige"][1] == "US"


def test_the_dateline_places_a_local_office_named_without_a_state():
    text = (
        "Ministers meet on water and refugees\n\n"
        "VALLETTA - Foreign Minister Ian Borg met his Greek counterpart Nikos Dendias in Valletta on "
        "Friday to discuss Libya's coastguard.\n"
    )
    assert leaders(text)["Ian Borg"][1] == "MT"
    assert leaders(text)["Nikos Dendias"][1] == "GR"


def test_a_dateline_with_no_date_or_agency_counts():
    text = (
        "Talks on the border\n\n"
        "HANOI -- Chinese Premier Li Qiang held talks with Laotian officials in Vientiane on Friday. "
        "Prime Minister Pham Minh Chinh said on Sunday he hoped to visit Laos soon.\n"
    )
    assert leaders(text)["Pham Minh Chinh"][1] == "VN"


def test_a_dateline_abroad_does_not_outweigh_a_story_about_home_politics():
    text = (
        "Candidate to visit Israel\n\n"
        "JERUSALEM - The Republican front-runner will arrive in Israel this month, officials said. "
        "Israeli Prime Minister Benjamin Netanyahu will meet him. Republicans in the Senate and "
        "Democrats in the House have criticised the trip, and Republican donors are split.\n\n"
        "The candidate has said the Obama administration was bad for Israel. President Obama has not "
        "commented on the trip.\n"
    )
    assert leaders(text)["Obama"][1] == "US"


def test_the_leader_met_at_the_end_of_a_trip_is_the_host():
    text = (
        "State visit ends\n\n"
        "NEW DELHI: The Indonesian president will travel to Malaysia after India for talks with Prime "
        "Minister Anwar Ibrahim.\n"
    )
    assert leaders(text)["Anwar Ibrahim"][1] == "MY"


def test_us_states_are_not_countries_and_place_their_officials_in_the_united_states():
    text = (
        "Trade missions\n\n"
        "Georgian Prime Minister Irakli Kobakhidze visited Baku on Sunday. In Atlanta, Georgia Governor "
        "Brian Kemp announced a trade mission, and Senator Lindsey Graham of South Carolina met Foreign "
        "Minister Ahmed Attaf of Algeria. Texas Gov. Greg Abbott did not attend.\n"
    )
    cast = cast_of(text)
    found = {p.name: p.country for p in cast.leaders}
    assert found["Brian Kemp"] == "US"
    assert found["Lindsey Graham"] == "US"
    assert found["Ahmed Attaf"] == "DZ"
    assert found["Greg Abbott"] == "US"
    assert {c.code: c.mentions for c in cast.countries}["GE"] == 1


def test_who_sends_someone_gives_them_a_state():
    text = (
        "Summit opens\n\n"
        "LIMA, May 3 - Peruvian President Jose Jeri opened the summit on Thursday. Chilean President "
        "Gabriel Boric attended. Ecuador, which joined the bloc last year, sent Foreign Minister Gabriela "
        "Sommerfeld to the summit.\n"
    )
    assert leaders(text)["Gabriela Sommerfeld"][1] == "EC"


def test_a_state_talked_about_is_weaker_than_the_dateline():
    text = (
        "Ministers meet\n\n"
        "AMMAN (Reuters) - Foreign Minister Ayman Safadi met his Turkish counterpart Hakan Fidan on "
        "Sunday to discuss Syria's reconstruction.\n"
    )
    assert leaders(text)["Ayman Safadi"][1] == "JO"


def test_a_states_possessive_before_a_full_name_in_an_article_about_leaders():
    text = (
        "Regional summit\n\n"
        "Angolan President Joao Lourenco opened the summit on Saturday. Kenya's William Ruto and "
        "Tanzania's Samia Suluhu Hassan met on the sidelines. Hungary's Viktor Orban said the summit "
        "was useful. Japan's Toyota Motor said it would invest in the region. Brazil's Marta Silva "
        "scored twice in the friendly.\n"
    )
    found = leaders(text)
    assert found["William Ruto"][1] == "KE"
    assert found["Samia Suluhu Hassan"][1] == "TZ"
    assert found["Viktor Orban"][1] == "HU"
    assert "Toyota Motor" not in found
    assert "Marta Silva" not in found


def test_a_states_possessive_alone_makes_no_leader_in_a_story_without_leaders():
    text = "Transfer news\n\nBrazil's Marta Silva said she would stay at the club next season.\n"
    assert leaders(text) == {}


def test_an_opposition_leader_is_not_american_and_a_double_dateline_counts_its_first_city():
    text = (
        "Talks offer rejected\n\n"
        "CARACAS/WASHINGTON, Oct 8 - Venezuelan President Nicolas Maduro called for talks with "
        "Washington. The White House said no talks were planned, and Republicans in the Senate agreed; "
        "Republican and Democrat lawmakers said the U.S. would keep its warships in the Caribbean.\n\n"
        "Opposition leader Maria Corina Machado said any talks were pointless.\n"
    )
    assert leaders(text)["Maria Corina Machado"][1] == "VE"


def test_the_capital_a_minister_meets_a_visitor_in_places_the_minister():
    text = (
        "Ministers meet\n\n"
        "Separately, Foreign Minister Ayman Safadi met his Turkish counterpart Hakan Fidan in Amman to "
        "discuss Syria's reconstruction.\n"
    )
    assert leaders(text)["Ayman Safadi"][1] == "JO"
    visiting = "Talks\n\nForeign Minister Ian Borg arrived in Athens to discuss Libya's coastguard.\n"
    assert leaders(visiting)["Ian Borg"][1] != "GR"


def test_a_president_no_state_in_the_article_fits_has_no_state_and_adds_none():
    text = (
        "Summit in Beijing\n\n"
        "BEIJING (Reuters) - President Daniel Moreau arrived in Beijing on Wednesday for talks with "
        "Chinese President Xi Jinping. Moreau said the talks would be good.\n"
    )
    assert leaders(text)["Daniel Moreau"][1] is None
    assert {c.code for c in cast_of(text).countries} == {"CN"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nPresident Samuel Okafor said on Monday that the talks with the delegation went well.\n",
        "Visit\n\nPresident Miriam Osei received the visiting leader at the state house on Friday.\n",
        # A state named only in passing is no tie: the United States has a president, but so
        # have others, and nothing says this one is American.
        "Gaza call\n\nSaudi Arabia has long relied on the United States. Crown Prince Faisal bin Nasser "
        "spoke by phone with President Karim el-Masri on Saturday about Gaza.\n",
    ],
)
def test_a_bare_president_with_nothing_tying_them_to_a_state_has_none(text):
    cast = cast_of(text)
    bare = [p for p in cast.leaders if p.title == "President"]
    assert len(bare) == 1 and bare[0].country is None
    named = {m.code for m in cast.country_mentions}
    assert {c.code for c in cast.countries} <= named


def test_what_ties_a_bare_office_to_a_state():
    # The dateline.
    assert (
        leaders("Visit\n\nNAIROBI, March 3 - President Samuel Okafor received the envoy.\n")["Samuel Okafor"][
            1
        ]
        == "KE"
    )
    # A story about one state.
    text = (
        "Reform\n\nMyanmar's parliament met on Monday. Myanmar's army and Myanmar's courts disagreed, "
        "and Myanmar's neighbours watched. The reform was signed by President Htin Lwin.\n"
    )
    assert leaders(text)["Htin Lwin"][1] == "MM"
    # By elimination: of the states in the story, only one has a president.
    text = (
        "Summit\n\nPrime Minister Brian Mulroney will host a summit in Ottawa with President Ronald "
        "Reagan. Canada wants the United States to act.\n"
    )
    assert leaders(text)["Ronald Reagan"][1] == "US"
    # The host of someone else's visit.
    text = "Visit\n\nPresident Samuel Okafor welcomed a Ghanaian minister on a state visit to Kenya.\n"
    assert leaders(text)["Samuel Okafor"][1] == "KE"
    # A state's own party in the title.
    assert (
        leaders("Budget\n\nTory leader Michael Howard said the budget was a con. Germany agreed.\n")[
            "Michael Howard"
        ][1]
        == "GB"
    )
    # An office only one state has.
    text = 'Coast guard\n\nChief Cabinet Secretary Minoru Kihara said Tokyo was "closely watching" China.\n'
    assert leaders(text)["Minoru Kihara"][1] == "JP"


def test_a_dateline_in_a_us_state_is_american():
    text = (
        "Storm response\n\n"
        "ATLANTA, Georgia (AP) — Governor Brian Kemp declared an emergency on Monday, and Senator Jon "
        "Ossoff said federal help was on its way.\n"
    )
    found = leaders(text)
    assert found["Brian Kemp"][1] == "US"
    assert "GE" not in {c.code for c in cast_of(text).countries}


def test_a_domestic_story_naming_only_its_own_house_and_places_places_its_minister():
    text = (
        "The sale of the old arena in Salford, Manchester, was a fiasco, a watchdog said.\n"
        "Deputy Prime Minister Alan Pryce said a good deal had been secured.\n"
        "The Commons committee will review the deal."
    )
    assert leaders(text)["Alan Pryce"] == ("Deputy Prime Minister", "GB", None)


def test_unplaced_offices_in_a_state_visit_story_are_the_hosts():
    text = (
        "Maldives President Ahmed Shareef held talks at Hyderabad House today. "
        "President Shareef is on a State Visit to India until Friday.\n\n"
        "The two leaders reviewed the Maldives partnership and the Maldives fisheries deal.\n\n"
        "Earlier in the day, President Kavita Devi accorded a ceremonial welcome to President Shareef.\n\n"
        "External Affairs Minister Ravi Shankar called on President Shareef on Monday."
    )
    found = leaders(text)
    assert found["Ravi Shankar"] == ("External Affairs Minister", "IN", None)
    assert found["Kavita Devi"][1] == "IN"
    assert found["Ahmed Shareef"][1] == "MV"


def test_the_pages_own_outlet_in_its_furniture_places_an_unplaced_office():
    from newsbrief import brief

    body = (
        "Foreign Affairs Minister Nadia Roy called the Haiti vote a clear signal to the world.\n\n"
        "The Security Council approved the mission by 13 votes to none, with two abstentions, and "
        "Haiti's envoy thanked the members who backed it.\n\n"
        "Roy said the mission would need money from every member state to succeed in its first year."
    )
    page = (
        "CBC\n\nMenu\n\nWorld\n\nMission approved after long debate\n\n"
        "Tom Berg · CBC News · Posted: Nov 26, 2026 4:12 PM EST\n\n"
        f"{body}\n\nCBC's Journalism Standards\n\nAbout CBC News"
    )
    roy = next(p for p in brief(page).leaders if p.name == "Nadia Roy")
    assert roy.country == "CA"
    # The same words with no page around them name no state for her office but Haiti's.
    assert next(p for p in brief(body).leaders if p.name == "Nadia Roy").country != "CA"


def test_social_and_christian_democrats_are_no_cue_of_american_politics():
    # "Democrats" inside a European party's name does not make the story American.
    text = (
        "Finance Minister Erik Lindqvist presented a budget on Tuesday that the Social Democrats "
        "called too timid. The Social Democrats, in opposition since the election, and the Christian "
        "Democrats want lower taxes. Swedish exporters said the krona had risen against the currency "
        "of the United States. Sweden's growth was the best in Scandinavia, and Swedish banks lent more."
    )
    assert leaders(text)["Erik Lindqvist"][1] == "SE"


def test_the_united_states_has_no_ministers():
    text = (
        "Argentina expects to sign its debt deal with creditor banks soon, officials in Buenos Aires said. "
        "Argentina's debt talks had stalled for months. Bankers said the U.S. had pressed for a deal after "
        "Economics Minister Carlos Ferrante threatened in Washington to break off the talks. Argentina "
        "wants the same terms as Mexico."
    )
    assert leaders(text)["Carlos Ferrante"][1] == "AR"
