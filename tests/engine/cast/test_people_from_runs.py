"""People from the runs of name words (cast/people_from_runs.py, cast/matching.py): short forms, namesakes."""

from tests.engine.cast.reading import cast_of, leaders, person


def _alias_owner(cast, alias: str) -> list[str]:
    return [p.name for p in cast.people if alias in p.aliases]


def test_later_short_mentions_fold_into_the_same_leader():
    text = (
        "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on Monday. "
        "Yoon said the talks went well. Kishida agreed. Mr Yoon then left for Seoul."
    )
    cast = cast_of(text)
    assert [p.name for p in cast.leaders] == ["Yoon Suk Yeol", "Fumio Kishida"]
    yoon = person(cast, "Yoon Suk Yeol")
    assert yoon.mentions == 3
    assert "Yoon" in yoon.aliases and "Mr Yoon" in yoon.aliases
    assert person(cast, "Fumio Kishida").mentions == 2


def test_reporters_and_spokesmen_are_people_but_not_leaders():
    text = (
        "John Smith, a spokesman for the ministry, declined to comment. "
        '"We will see," said Maria Lopez, a reporter who covered the talks.'
    )
    cast = cast_of(text)
    assert {p.name for p in cast.people if p.kind == "person"} >= {"John Smith", "Maria Lopez"}
    assert cast.leaders == ()


def test_a_leading_part_of_a_name_is_someone_else():
    text = (
        "Aung San Suu Kyi visited Washington on Wednesday. Her father, independence leader Aung San, "
        "was killed in 1947. Suu Kyi met President Barack Obama."
    )
    cast = cast_of(text)
    assert person(cast, "Aung San Suu Kyi").mentions == 2
    assert person(cast, "Aung San").mentions == 1


def test_a_father_inside_his_sons_patronymic_name_is_another_person():
    text = (
        "His Highness Sheikh Hamad bin Saeed Al Falasi, President of the UAE, received "
        "Kenyan President William Otieno. The talks were attended by His Highness Sheikh Rashid bin "
        "Hamad bin Saeed Al Falasi, Crown Prince. Sheikh Hamad bin Saeed thanked his guest."
    )
    cast = cast_of(text)
    found = leaders(text)
    assert found["Hamad bin Saeed Al Falasi"][0] == "President"
    assert found["Rashid bin Hamad bin Saeed Al Falasi"][0] == "Crown Prince"
    assert "Hamad bin Saeed" in person(cast, "Hamad bin Saeed Al Falasi").aliases
    # "His Highness" is a form of address, not a pronoun for the last man named
    otieno = [i for i, p in enumerate(cast.people) if p.name == "William Otieno"][0]
    assert not [m for m in cast.mentions if m.person == otieno and m.kind == "pronoun"]


def test_a_bare_surname_shared_by_two_people_goes_to_the_one_in_office():
    text = (
        "Prime Minister Omar Qadir met the Saudi crown prince on Saturday. Qadir's elder brother, "
        "former prime minister Yusuf Qadir, did not travel. The IMF chief phoned Qadir on Thursday."
    )
    assert _alias_owner(cast_of(text), "Qadir") == ["Omar Qadir"]


def test_the_younger_of_two_namesakes_is_the_one_introduced_as_a_son():
    text = (
        "President Karim Ali Baloch met Uzbek President Timur Rashidov in Tashkent. His son Sami Baloch, "
        "a party chairman, is also in the delegation. The younger Baloch met the foreign minister on Friday."
    )
    cast = cast_of(text)
    sami = [i for i, p in enumerate(cast.people) if p.name == "Sami Baloch"][0]
    at = text.index("Baloch met the")
    assert [m.person for m in cast.mentions if m.start == at] == [sami]


def test_mr_with_a_surname_is_not_the_woman_of_that_surname_named_in_full():
    text = (
        "Party\n\nThe first lady, Michelle Obama, greeted the guests. Mr. Obama said the year had been "
        "hard. Mrs. Obama smiled.\n"
    )
    cast = cast_of(text)
    assert person(cast, "Michelle Obama").aliases == ("Mrs. Obama",)


def test_a_president_by_surname_is_the_tables_holder_not_his_namesake_named_in_full():
    # Written in 2015: the president called Obama then is not Michelle Obama, named in full.
    text = (
        "Party season\n\nAs President Obama faced criticism in 2015, the guests waited. The first lady, "
        "Michelle Obama, greeted them.\n"
    )
    found = leaders(text)
    assert found["Obama"][:2] == ("President", "US")
    assert "Michelle Obama" not in found


def test_a_bare_surname_is_not_the_child_the_text_introduced_as_one():
    text = (
        "Former Foreign Minister Ines Varga campaigned in Ohio on Monday. Her daughter, Lena Varga, "
        "spoke before her. A retired teacher asked Mrs. Varga about pensions, and Mrs. Varga promised to act."
    )
    assert _alias_owner(cast_of(text), "Mrs. Varga") == ["Ines Varga"]


def test_a_bare_surname_is_not_the_spouse_the_text_introduced_as_one():
    text = (
        "Senator Ines Varga won the Ohio primary on Tuesday. Her husband, former Governor Paul Varga, "
        "campaigned for her in Toledo. Varga thanked her volunteers on Wednesday."
    )
    cast = cast_of(text)
    ines = [i for i, p in enumerate(cast.people) if p.name == "Ines Varga"][0]
    at = text.index("Varga thanked")
    assert [m.person for m in cast.mentions if m.start == at] == [ines]


def test_two_names_with_different_initials_are_two_people():
    text = (
        "President John Q. Marlow met reporters on Monday. His father, former President John T. Marlow, "
        "stayed at the family ranch. John Marlow later thanked the press."
    )
    names = {p.name for p in cast_of(text).people}
    assert {"John Q. Marlow", "John T. Marlow"} <= names


def test_a_former_office_in_apposition_is_the_namesake_named_before_with_another_post():
    text = (
        "Michio Sakai, deputy secretary general of the ruling party, said the tax was dead. "
        "A new levy is the only answer, said Sakai, a former trade minister."
    )
    cast = cast_of(text)
    assert [p.name for p in cast.people if "Sakai" in p.name] == ["Michio Sakai"]
