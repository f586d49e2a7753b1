"""Pronouns linked to people (cast/pronoun_links.py): "he", "she", "his" -> a person of the Cast."""

from tests.engine.cast.reading import cast_of, pronoun_owner


def test_pronouns_point_to_the_most_recent_person():
    text = "Japanese Prime Minister Fumio Kishida arrived on Monday. He said the talks would be hard."
    cast = cast_of(text)
    at = text.index("He said")
    mention = [m for m in cast.mentions if m.start == at]
    assert mention and mention[0].kind == "pronoun"
    assert cast.people[mention[0].person].name == "Fumio Kishida"


def test_an_opening_pronoun_goes_on_with_the_previous_subject():
    text = "Prime Minister Tom Halvorsen met President Erik Lund in Oslo. He said the talks were useful."
    assert pronoun_owner(text, "He said") == "Tom Halvorsen"


def test_a_pronoun_inside_a_sentence_goes_on_with_its_subject():
    text = "Tom Halvorsen spoke in Oslo. Mr. Halvorsen told Erik Lund on Tuesday that he would resign."
    assert pronoun_owner(text, "he would") == "Tom Halvorsen"


def test_a_chain_of_pronouns_stays_with_its_person():
    text = (
        "Tom Halvorsen arrived in Oslo on Monday. He met Erik Lund at the palace. "
        "He said the meeting went well. He added that trade came first."
    )
    assert pronoun_owner(text, "He said") == "Tom Halvorsen"
    assert pronoun_owner(text, "He added") == "Tom Halvorsen"


def test_he_in_a_relative_clause_is_whom_who_means():
    text = "Tom Halvorsen endorsed Erik Lund, who said he was honoured."
    assert pronoun_owner(text, "he was") == "Erik Lund"


def test_an_opening_pronoun_goes_on_with_the_subject_of_the_last_clause():
    text = (
        "Erik Lund won the first stage in Bergen and claimed the race was over, but Tom Halvorsen "
        "is unfazed. He said the hills would decide it."
    )
    assert pronoun_owner(text, "He said") == "Tom Halvorsen"


def test_a_name_after_an_object_taking_verb_is_no_subject():
    text = (
        "A film starring Erik Lund is being staged in Oslo by producer Tom Halvorsen. He said it would tour."
    )
    assert pronoun_owner(text, "He said") == "Tom Halvorsen"


def test_an_opening_possessive_goes_on_with_the_previous_subject():
    text = "Tom Halvorsen met Erik Lund in Oslo on Monday. His aides said the talks were useful."
    assert pronoun_owner(text, "His aides") == "Tom Halvorsen"


def test_a_leading_phrase_holds_no_subject():
    text = "After meeting Erik Lund, Tom Halvorsen thanked Anders Berg. He said the visit was a success."
    assert pronoun_owner(text, "He said") == "Tom Halvorsen"


def test_the_gender_an_earlier_pronoun_tells():
    text = "Lars Dahl arrived in Bergen on Monday. He met Ingrid Moen at the port. She said it was welcome."
    assert pronoun_owner(text, "She said") == "Ingrid Moen"


def test_a_pronoun_means_a_person_not_a_body_or_a_firm():
    text = (
        "Tom Clarke bought Lakeside Coal in 2019, when coal prices fell. "
        "The Foreign Ministry and workers at Lakeside Coal were not told. He now runs three mines."
    )
    assert pronoun_owner(text, "He now") == "Tom Clarke"


def test_a_pronoun_in_a_quotation_is_left_alone():
    text = 'Mr. Piotr Nowak spoke on Monday. "He will not last the year," Ms. Ana Kowal said of him.'
    assert pronoun_owner(text, "He will") is None


def test_a_name_in_a_quotation_is_no_antecedent_outside_it():
    text = 'Tom Halvorsen spoke in Oslo on Monday. "We told Erik Lund that the deal was off," he said.'
    assert pronoun_owner(text, "he said") == "Tom Halvorsen"


def test_a_pronoun_fits_the_gender_a_given_name_tells():
    text = "Foreign Minister Anna Lindgren met President Jonas Brekke in Bergen. Later he flew home."
    cast = cast_of(text)
    at = text.index("he flew")
    linked = [cast.people[m.person].name for m in cast.mentions if m.start == at and m.kind == "pronoun"]
    assert linked == ["Jonas Brekke"]
