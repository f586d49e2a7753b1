"""quotes/speakers.py: speaker phrases resolved to who they name: a name, a pronoun (its gender,
the sentence record's subject, the Cast's link), a body, a state or its capital ("Beijing said"),
a headline's label ("Greenland premier: ..."), a calling ("the doctor said"), a description."""

from __future__ import annotations

import re

import pytest

from newsbrief import brief, build_document
from newsbrief.model import Cast, Country, CountryMention, Mention, Person
from newsbrief.quotes.find import find_quotes
from tests.engine.quotes.helpers import (
    BERG,
    LEAD,
    LEE,
    MALLON,
    SAAR,
    STEWART,
    by_text,
    cast_for,
    quotes_of,
    with_countries,
)


def _cast(doc, people: tuple[Person, ...] = (), places: dict[str, tuple[str, str]] | None = None) -> Cast:
    """Each name and alias of `people` is a mention; each word of `places` a country mention
    (word -> (code, kind))."""
    mentions = []
    for i, p in enumerate(people):
        for form in (p.name, *p.aliases):
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", doc.text):
                if not any(o.start <= m.start() < o.end for o in mentions):
                    mentions.append(Mention(m.start(), m.end(), i))
    countries = [
        CountryMention(code, m.start(), m.end(), kind)
        for word, (code, kind) in (places or {}).items()
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", doc.text)
    ]
    return Cast(
        people=people,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        country_mentions=tuple(sorted(countries, key=lambda c: c.start)),
    )


def _speakers(body: str, people: tuple[Person, ...] = (), places=None) -> dict[str, str | None]:
    doc = build_document(LEAD + body)
    return {q.text: q.speaker for q in find_quotes(doc, _cast(doc, people, places))}


def test_a_capital_standing_for_its_state_speaks_as_its_government():
    found = _speakers(
        '"The sale seriously harms our security interests," Beijing said in a statement.',
        places={"Beijing": ("CN", "capital")},
    )
    assert found == {"The sale seriously harms our security interests,": "Government of China"}


def test_a_state_named_as_the_subject_speaks_as_its_government():
    found = _speakers(
        'Russia insisted: "We will respond to any provocation in kind."\n\n'
        '"Our policy toward the island has not changed," the United States said.',
        places={"Russia": ("RU", "name"), "United States": ("US", "name")},
    )
    assert found == {
        "We will respond to any provocation in kind.": "Government of Russia",
        "Our policy toward the island has not changed,": "Government of United States",
    }


def test_a_seat_of_government_is_named_as_the_text_names_it():
    found = _speakers(
        '"This is a dangerous provocation by the West," the Kremlin said.',
        places={"Kremlin": ("RU", "capital")},
    )
    assert found["This is a dangerous provocation by the West,"] != "Government of Russia"


def test_a_capital_the_places_read_as_a_place_is_no_government():
    # places.py reads each capital as the state or as a place; only the state speaks
    found = _speakers(
        '"We will not accept any such deal at all," Beijing said.',
        places={"Beijing": ("CN", "place")},
    )
    assert found["We will not accept any such deal at all,"] != "Government of China"


def test_a_headline_label_names_the_holder_the_story_names_after_that_place():
    text = (
        'Greenland premier: "We are not for sale and will never be for sale"\n\n'
        "NUUK - Greenland's Prime Minister Mute Egede said on Thursday the island would decide its "
        "own future. Defence Minister Vivian Motzfeldt was at his side."
    )
    doc = build_document(text)
    people = (
        Person("Mute Egede", aliases=("Egede",), title="Prime Minister", is_leader=True),
        Person("Vivian Motzfeldt", title="Defence Minister", is_leader=True),
    )
    found = {q.text: q.speaker for q in find_quotes(doc, _cast(doc, people))}
    assert found == {"We are not for sale and will never be for sale": "Mute Egede"}


def test_a_headline_label_with_two_holders_after_the_place_names_no_one():
    text = (
        'Greenland premier: "We are not for sale and will never be for sale"\n\n'
        "NUUK - Greenland's Prime Minister Mute Egede met Greenland's former Prime Minister Kim "
        "Kielsen on Thursday."
    )
    doc = build_document(text)
    people = (
        Person("Mute Egede", title="Prime Minister", is_leader=True),
        Person("Kim Kielsen", title="Prime Minister", is_leader=True),
    )
    found = {q.text: q.speaker for q in find_quotes(doc, _cast(doc, people))}
    assert found == {"We are not for sale and will never be for sale": None}


def test_the_doctor_is_the_one_person_named_as_a_doctor():
    body = (
        "Dr. Ana Torres, who treated the boy when he arrived, said he was dehydrated but alert. "
        "Rescuers had worked through the night.\n\n"
        "President Dina Boluarte visited the hospital on Friday. She praised the rescuers.\n\n"
        '"He is a very strong child and he will make a full recovery," the doctor said.'
    )
    people = (Person("Ana Torres", aliases=("Torres",)), Person("Dina Boluarte", title="President"))
    assert _speakers(body, people) == {
        "He is a very strong child and he will make a full recovery,": "Ana Torres"
    }


def test_the_doctor_is_no_one_when_two_doctors_were_named():
    body = (
        "Dr. Ana Torres and Dr Luis Vega treated the boy when he arrived.\n\n"
        '"He is a very strong child and he will make a full recovery," the doctor said.'
    )
    people = (Person("Ana Torres"), Person("Luis Vega"))
    assert _speakers(body, people) == {"He is a very strong child and he will make a full recovery,": None}


def test_an_adverb_between_the_name_and_the_verb_leaves_the_name_the_subject():
    body = 'In July, Gingrich cynically dismissed the plan as being "a waste of time and money."'
    assert _speakers(body, (Person("Newt Gingrich", aliases=("Gingrich",)),)) == {
        "a waste of time and money.": "Newt Gingrich"
    }


def test_a_noun_in_ly_after_a_name_stays_in_the_subject():
    body = '"We will not comment on the case today," the Kingston family said.'
    assert _speakers(body, (Person("Bob Kingston", aliases=("Kingston",)),)) == {
        "We will not comment on the case today,": None
    }


def test_a_predicate_piece_before_and_said_leaves_the_subject_before_its_aside():
    body = (
        "Ann Lee, her Labour opponent, bemoaned the unrest in Leeds and said she thought that "
        'drugs were "a very, very big factor" in the violence.'
    )
    assert _speakers(body, (Person("Ann Lee", aliases=("Lee",)),)) == {"a very, very big factor": "Ann Lee"}


def test_a_participle_after_the_object_reports_the_main_subject():
    body = (
        "Ann Lee posted a series of messages early Friday saying that her rival had shown "
        'bad judgment "in using the fund as a piggy bank."'
    )
    assert _speakers(body, (Person("Ann Lee", aliases=("Lee",)),)) == {
        "in using the fund as a piggy bank.": "Ann Lee"
    }


def test_a_leading_participle_phrase_reports_the_main_clause_subject():
    body = (
        'After saying her right foot was "so swollen I could barely walk on it," Ann Lee was '
        "taken to hospital for tests."
    )
    assert _speakers(body, (Person("Ann Lee", aliases=("Lee",)),)) == {
        "so swollen I could barely walk on it,": "Ann Lee"
    }


def test_as_someone_put_it_and_someone_went_on():
    body = (
        'As Tom Reed, a professor of law at Leeds, put it, "a compromise today may be far better '
        'than the judge they may get." Ann Lee went on: "It makes no sense at all to wait."'
    )
    people = (Person("Tom Reed", aliases=("Reed",)), Person("Ann Lee", aliases=("Lee",)))
    found = _speakers(body, people)
    assert found["a compromise today may be far better than the judge they may get."] == "Tom Reed"
    assert found["It makes no sense at all to wait."] == "Ann Lee"


def test_a_clause_after_the_quotation_then_an_inverted_cue():
    body = (
        '"To see the number of cases that could change is stunning," since so many were decided '
        "by one vote, said Lee Epstein, who teaches law."
    )
    assert _speakers(body, (Person("Lee Epstein", aliases=("Epstein",)),)) == {
        "To see the number of cases that could change is stunning,": "Lee Epstein"
    }


def test_a_label_after_a_cue_that_names_no_one():
    body = 'Pollsters agree - Carl Bialik: "Keep on contacting voters as late as you possibly can."'
    assert _speakers(body, (Person("Carl Bialik", aliases=("Bialik",)),)) == {
        "Keep on contacting voters as late as you possibly can.": "Carl Bialik"
    }


def test_an_owned_document_telling_is_not_the_main_subject_speaking():
    body = (
        "Ann Lee did visit the state, but not until the week after the newspaper's editorial telling "
        'her to leave her "playground for the posh and well-connected" behind.'
    )
    assert _speakers(body, (Person("Ann Lee", aliases=("Lee",)),)) == {
        "playground for the posh and well-connected": None
    }


def _briefed_speakers(text: str) -> dict[str, str | None]:
    """Quotation -> speaker through the whole engine (the Cast and the sentence record read it)."""
    return {q.text: q.speaker for q in brief(text, html=False).quotes}


def test_he_after_a_leading_phrase_is_the_subject_not_the_object_named_last():
    text = (
        "Senator Ted Walsh spent Friday in Ohio with Governor John Kasey.\n\n"
        "Just as he did once before, Walsh on Friday brushed aside talk of a pact struck "
        'with Kasey. "There never was a grand alliance between us," he said.'
    )
    assert _briefed_speakers(text) == {"There never was a grand alliance between us,": "Ted Walsh"}


OLSEN = Person("Marta Olsen", aliases=("Olsen",), gender="female")
FERRO = Person("Luis Ferro", aliases=("Ferro",), title="President", gender="male")
NOOR = Person("Carl Noor", aliases=("Noor",), gender="male")


def test_a_description_after_the_cue_stands_for_the_person_quoted_last():
    found = _speakers(
        '"A common market for power could be the first step to a union," said Marta Olsen, a former '
        "ambassador.\n\nBrazil is talking to Mexico, and President Luis Ferro will attend the summit.\n\n"
        '"The plan is a real contribution to what the region has long wanted," said the analyst.',
        (OLSEN, FERRO),
    )
    assert found["The plan is a real contribution to what the region has long wanted,"] == "Marta Olsen"


def test_a_description_is_no_one_after_an_unnamed_turn_a_new_one_or_a_sex_that_does_not_fit():
    body = (
        '"A common market for power could be the first step to a union," said Marta Olsen.\n\n{between}'
        "President Luis Ferro will meet Carl Noor at the summit.\n\n"
        '"The plan is a real contribution to what the region has long wanted," said the {noun}.'
    )
    quote = "The plan is a real contribution to what the region has long wanted,"
    cases = {
        ("", "analyst"): "Marta Olsen",
        ('"We will not sign anything this week," a spokesman said.\n\n', "analyst"): None,
        ("A young analyst asked about the cost.\n\n", "analyst"): None,
        ("", "second analyst"): None,
        ("", "man"): None,  # Olsen is a woman
        ("", "woman"): "Marta Olsen",
    }
    for (between, noun), speaker in cases.items():
        found = _speakers(body.format(between=between, noun=noun), (OLSEN, FERRO, NOOR))
        assert found[quote] == speaker, noun


def test_a_cue_noun_after_a_possessive_is_no_earlier_cue_of_the_participle():
    hale = Person("Karen Hale", aliases=("Hale",), title="Mayor", gender="female")
    dunn = Person("Mark Dunn", aliases=("Dunn",), title="Governor", gender="male")
    for owner in ("Dunn's", "Dunn’s", "Dunnes'", "Dunnes’"):
        body = (
            f"Hale did not seem impressed with {owner} comments on Tuesday, telling reporters, "
            '"A lot of people have said the governor should step down."'
        )
        people = (hale, Person("Mark Dunnes", aliases=("Dunnes",))) if "nes" in owner else (hale, dunn)
        assert _speakers(body, people) == {
            "A lot of people have said the governor should step down.": "Karen Hale"
        }, owner


def test_a_pronoun_after_its_own_sentences_subject_goes_on_with_it_and_an_aside_is_no_description():
    hale = Person("Karen Hale", aliases=("Hale",), title="Mayor", gender="female")
    rudd = Person("Tom Dunnes", aliases=("Dunnes",), title="Senator", gender="male")
    blake = Person("Nora Blake", aliases=("Blake",))  # no sex the text tells
    body = (
        '"We have done everything we could for the families," Mayor Karen Hale said on Monday.\n\n'
        "Nora Blake, the well-known campaigner, backed Dunnes’ scheme Saturday, explaining that she "
        'had held back her criticism since "we need to focus all of our energy on them."'
    )
    found = _speakers(body, (hale, rudd, blake))
    assert found["we need to focus all of our energy on them."] == "Nora Blake"


def test_the_sentence_records_subject_before_the_pronoun_outweighs_the_casts_link():
    grant = Person("Paul Grant", aliases=("Grant",), gender="male")
    kerr = Person("Tom Kerr", aliases=("Kerr",), title="Governor", gender="male")
    doc = build_document(
        LEAD + "Instead, Grant urged voters to back Tom Kerr, whom he describes as having \"a judge's "
        "calm and a builder's energy.\""
    )
    cast = _cast(doc, (grant, kerr))
    he = doc.text.index(" he ") + 1
    linked = Cast(  # the Cast linked "he" to the person named last, the object
        people=cast.people,
        mentions=tuple(sorted((*cast.mentions, Mention(he, he + 2, 1, "pronoun")), key=lambda m: m.start)),
    )
    assert [q.speaker for q in find_quotes(doc, linked)] == ["Paul Grant"]


# --- names, pronouns, bodies and titles -----------------------------------------------


def test_pronoun_goes_to_the_subject_not_the_nearest_name():
    _, found = quotes_of(
        "Berg recalled the arrest of Viktor Saar in 2019 during her visit.\n\n"
        '"We have no quarrel with our neighbours and never had one," she told reporters.',
        BERG,
        SAAR,
    )
    (q,) = found
    assert (q.speaker, q.cue) == ("Anna Berg", "told")


def test_quote_with_no_speaker_keeps_none():
    _, found = quotes_of(
        'The crowd chanted "down with the new tax law" for an hour outside the parliament.\n\n'
        'Banners across the square read simply: "No more war in our time."',
        BERG,
    )
    assert [q.speaker for q in found] == [None, None]


def test_first_person_inside_a_quotation_is_its_speaker():
    _, found = quotes_of(
        "\"I'm saying to our neighbours and to the whole world, "
        "'Now is the time to be serious about peace,'\" Lee said.",
        LEE,
    )
    assert by_text(found, "Now is the time").speaker == "Lee Min-ho"


def test_honorific_and_surname_without_a_cast():
    doc = build_document(LEAD + '"We will win this seat back in November," Mr. King said.')
    (q,) = find_quotes(doc, Cast())
    assert q.speaker == "King"


def test_a_country_s_ministry_and_the_ministry_after_it():
    doc = build_document(
        LEAD + "China's foreign ministry said in a statement that \"regional defence pacts should not target "
        'any third party."\n\n"We will closely follow what happens next in the region," the ministry said.'
    )
    at = doc.text.index("China")
    cast = Cast(
        countries=(Country("CN", "China", 1),),
        country_mentions=(CountryMention("CN", at, at + len("China"), "name"),),
    )
    found = find_quotes(doc, cast)
    assert by_text(found, "regional defence").speaker == "Foreign Ministry of China"
    assert by_text(found, "We will closely").speaker == "Foreign Ministry of China"


def test_speaker_names_around_of():
    graham = Person("Lindsey Graham", aliases=("Graham",))
    baker = Person("James Baker", aliases=("Baker",))
    _, found = quotes_of(
        'Senator Lindsey Graham of South Carolina, a close ally of the president, said: "The world is on '
        'fire and this administration is asleep."\n\n'
        '"It would be a very positive step in the right direction," former Secretary of State James Baker '
        "told CNN on Friday.",
        graham,
        baker,
    )
    assert by_text(found, "The world is on fire").speaker == "Lindsey Graham"
    assert by_text(found, "It would be a very").speaker == "James Baker"


def test_an_indefinite_speaker_is_nobody_named():
    lin = Person("Lin Jian", aliases=("Lin",), title="Spokesman")
    _, found = quotes_of(
        'Spokesman Lin Jian spoke on Monday. "We will watch this closely," a spokesman said on Tuesday.',
        lin,
    )
    (q,) = found
    assert q.speaker is None


def test_the_nationality_leader_is_that_country_s_person():
    norway = Person("Ingrid Dahl", aliases=("Dahl",), title="Prime Minister", country="NO", is_leader=True)
    sweden = Person("Nils Ekman", aliases=("Ekman",), title="Prime Minister", country="SE", is_leader=True)
    doc = build_document(
        LEAD + "Norwegian Prime Minister Ingrid Dahl met Swedish Prime Minister Nils Ekman on Monday.\n\n"
        '"We are ready to share the cost of the new bridge," the Norwegian leader told reporters.\n\n'
        'The Swedish prime minister later said: "Nothing has been signed and nothing will be rushed."\n\n'
        '"The tunnel is a better idea than the bridge," the Norwegian prime minister said.'
    )
    places = (("Norwegian", "NO", "Norway"), ("Swedish", "SE", "Sweden"))
    found = find_quotes(doc, with_countries(doc, cast_for(doc, norway, sweden), *places))
    assert by_text(found, "We are ready").speaker == "Ingrid Dahl"
    assert by_text(found, "Nothing has been").speaker == "Nils Ekman"
    # the nearest prime minister is Swedish; the Norwegian one is meant
    assert by_text(found, "The tunnel is").speaker == "Ingrid Dahl"


def test_a_body_whose_name_the_cast_cut_short_is_named_whole():
    # A Cast that took "Green Future" for a person: the speaker is still the party.
    greens = Person("Green Future")
    _, found = quotes_of(
        'The opposition Green Future Party accused the minister of "selling the forests to the highest '
        'bidder."',
        greens,
    )
    (q,) = found
    assert q.speaker == "Green Future Party"


def test_a_body_s_name_runs_on_past_of_and_a_country():
    doc = build_document(
        LEAD + 'The opposition Labour Party of Norway said the budget was "a recipe for higher prices".\n\n'
        'The Ministry of Fisheries said the quotas were "the lowest in more than twenty years".\n\n'
        'The Norway Coast Guard said the trawlers had "ignored every warning over the radio".'
    )
    found = find_quotes(doc, with_countries(doc, Cast(), ("Norway", "NO", "Norway")))
    assert by_text(found, "a recipe for").speaker == "Labour Party of Norway"
    assert by_text(found, "the lowest in").speaker == "Ministry of Fisheries"
    assert by_text(found, "ignored every").speaker == "Norway Coast Guard"


def test_a_body_in_a_place_is_the_body():
    _, found = quotes_of(
        'The Fisheries Ministry in Oslo said the new quotas were "the lowest in more than twenty years".',
    )
    (q,) = found
    assert q.speaker == "Fisheries Ministry"


def test_you_is_never_a_speaker():
    _, found = quotes_of(
        "\"You say you 'accept full responsibility for the losses,' but you blame your staff,\" Saar said.",
        SAAR,
    )
    assert by_text(found, "You say").speaker == "Viktor Saar"
    assert by_text(found, "accept full").speaker is None


def test_a_named_bodys_report_or_statement_speaks_for_the_body():
    _, found = quotes_of(
        '"The outlook for the region remains very uncertain this year," the IMF report stated.\n\n'
        '"We will study the proposal with great care," a Foreign Office statement said.'
    )
    assert by_text(found, "The outlook").speaker == "IMF"
    assert by_text(found, "We will study").speaker == "Foreign Office"


def test_a_pronoun_never_means_a_person_of_the_other_gender():
    # "Ms Stewart" is a woman: "He" is the first minister, never the one he writes to.
    _, found = quotes_of(
        "Opposition leader Nina Stewart wrote to Mr Mallon on Tuesday asking him to apologise.\n"
        "In a furious response, the first minister said his remarks had been twisted.\n"
        'He told Ms Stewart: "It is a pity that you have added to this distortion of my words."',
        MALLON,
        STEWART,
    )
    (q,) = found
    assert q.speaker == "Jack Mallon"


def test_a_pronoun_the_cast_linked_names_its_person():
    text = (
        "Reporter Mark Dunn followed Mr Holm for a year.\n"
        "The party leader was asked about his critics.\n"
        'He replies: "What do they expect from a man who has lost twice?"'
    )
    doc = build_document(LEAD + text)
    dunn, holm = Person("Mark Dunn", aliases=("Dunn",)), Person("Erik Holm", aliases=("Holm",))
    cast = cast_for(doc, dunn, holm)
    he = doc.text.index("He replies")
    linked = Cast(people=cast.people, mentions=(*cast.mentions, Mention(he, he + 2, 1, "pronoun")))
    assert [q.speaker for q in find_quotes(doc, cast)] == ["Mark Dunn"]  # the old guess: the first name
    assert [q.speaker for q in find_quotes(doc, linked)] == ["Erik Holm"]


def test_a_pronoun_after_a_quoted_speaker_goes_on_with_that_speaker():
    text = (
        "Fisheries director Viktor Saar defended the quotas last week.\n\n"
        '"This just is not right," Berg said. "You cut the quotas to the bone" to please the '
        "big fleets, she said, pointing to the closed harbours."
    )
    doc = build_document(LEAD + text)
    cast = cast_for(doc, BERG, SAAR)
    she = doc.text.index("she said")
    linked = Cast(people=cast.people, mentions=(*cast.mentions, Mention(she, she + 3, 1, "pronoun")))
    assert by_text(find_quotes(doc, linked), "You cut").speaker == "Anna Berg"


def test_a_word_after_an_opening_mark_opens_a_sentence_and_a_pronoun_is_never_a_name():
    _, found = quotes_of(
        "Nina Stewart wrote to Mr Mallon on Tuesday.\n"
        'Mr Mallon told her: "It is sad that you have added to this by claiming it is shocking that I '
        "'want young people to drink more'.\"\n"
        '"That is simply untrue."\n'
        '"Perhaps you should have checked what was actually said before writing."',
        MALLON,
        STEWART,
    )
    assert all(q.speaker != "It" for q in found)
    assert by_text(found, "want young").speaker is None
    assert by_text(found, "That is simply").speaker == "Jack Mallon"
    assert by_text(found, "Perhaps you").speaker == "Jack Mallon"


def test_a_bare_title_as_subject_is_its_holder_or_no_one_never_the_title():
    kumar = Person("Ravi Kumar", aliases=("Kumar",), title="Prime Minister", country="IN", is_leader=True)
    _, found = quotes_of(
        "Prime Minister Ravi Kumar held talks in the capital.\n\n"
        'In his statement, Prime Minister said: "We will always be the first to help our neighbours."',
        kumar,
    )
    assert [q.speaker for q in found] == ["Ravi Kumar"]
    _, found = quotes_of(
        'Talks went on late.\n\nIn a statement, Prime Minister said: "We will always help our neighbours."'
    )
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize("address", ["His Highness", "His Royal Highness", "His Beatitude"])
def test_a_form_of_address_as_subject_is_the_person_just_named(address):
    # any "his"/"her" + style noun of pronoun_words.tsv, not a list of its own
    sheikh = Person("Hamad bin Khalid", aliases=("Sheikh Hamad",), title="President", is_leader=True)
    _, found = quotes_of(
        'Sheikh Hamad said the agreement had "opened a new chapter for both our peoples". '
        f'{address} added: "Our two countries share a vision of a world built on trade and peace."',
        sheikh,
    )
    assert by_text(found, "Our two countries").speaker == "Hamad bin Khalid"


def test_a_shared_surname_is_the_namesake_just_named_in_full():
    mother = Person("Elena Ruiz de Vargas", aliases=("Vargas",), title="former President")
    son = Person("Pablo Vargas")
    _, found = quotes_of(
        "Former president Elena Ruiz de Vargas attacked the talks on Monday.\n\n"
        "Her son, Pablo Vargas, a deputy, told the rally that his bloc would vote against the deal. "
        '"This government negotiates as if the country were a small shop," Vargas said.',
        mother,
        son,
    )
    (q,) = found
    assert q.speaker == "Pablo Vargas"


def test_a_headline_label_of_a_country_s_leader_names_that_leader():
    doc = build_document(
        LEAD + "Norway's leader: 'Small countries need rules'\n\n"
        "Norway's Prime Minister Anna Berg says her country will send ships.\n\n"
        '"Small countries need rules more than anyone," she tells reporters.'
    )
    berg = Person("Anna Berg", aliases=("Berg",), title="Prime Minister", country="NO", is_leader=True)
    cast = with_countries(doc, cast_for(doc, berg), ("Norway", "NO", "Norway"))
    found = find_quotes(doc, cast)
    assert [q.speaker for q in found] == ["Anna Berg", "Anna Berg"]


def test_the_committee_is_the_body_the_text_named_whole():
    _, found = quotes_of(
        "The Commons Science and Technology Committee published its report on Tuesday.\n\n"
        'In its report the committee said: "We are deeply concerned by the shortage of skills in science."'
    )
    (q,) = found
    assert q.speaker == "Commons Science and Technology Committee"
    _, found = quotes_of('In its report the committee said: "We are deeply concerned by the shortages."')
    assert [q.speaker for q in found] == [None]


def test_a_given_name_tells_the_gender_a_pronoun_must_fit():
    # Person.gender as the Cast gives it from the given names (people.py, given_name_genders.tsv)
    anna = Person("Anna Lind", aliases=("Lind",), title="Foreign Minister", is_leader=True, gender="female")
    jonas = Person("Jonas Berg", aliases=("Berg",), title="President", is_leader=True, gender="male")
    text = 'Foreign Minister Anna Lind met President Jonas Berg on Monday. "We agreed on quotas," {} said.'
    for pronoun, speaker in (("he", "Jonas Berg"), ("she", "Anna Lind")):
        doc = build_document(LEAD + text.format(pronoun))
        cast = cast_for(doc, anna, jonas)
        at = doc.text.index(f" {pronoun} said") + 1
        # a Cast that linked the pronoun to the wrong person: its link must fit the gender too
        wrong = 1 if pronoun == "she" else 0
        linked = Cast(cast.people, (*cast.mentions, Mention(at, at + len(pronoun), wrong, "pronoun")))
        assert [q.speaker for q in find_quotes(doc, linked)] == [speaker]


def test_the_gender_the_cast_reads_from_a_given_name_decides_the_pronoun():
    text = 'Foreign Minister Anna Lind met President Jonas Berg on Monday. "We agreed on quotas," {} said.'
    for pronoun, speaker in (("he", "Jonas Berg"), ("she", "Anna Lind")):
        assert [q.speaker for q in brief(LEAD + text.format(pronoun)).quotes] == [speaker]


def test_he_inside_a_quotation_is_a_person_of_the_speaker_s_story():
    shep = Person("Gillian Shore", aliases=("Shore",))
    _, found = quotes_of(
        'Former minister Gillian Shore remembered how one of her colleagues called all women "Betty".\n\n'
        "\"When I said, 'Look you know my name is not Betty', he said, 'ah but you are all the same, "
        "so I call you all Betty'.\"",
        shep,
    )
    assert by_text(found, "When I said").speaker == "Gillian Shore"
    assert by_text(found, "ah but").speaker is None


def test_a_cast_link_to_a_name_in_a_leading_phrase_is_not_followed():
    rao = Person("Ravi Rao", aliases=("Mr Rao", "Rao"))
    brown = Person("Gordon Braun", aliases=("Braun",), title="Finance Minister")
    text = (
        "Mr Rao is attending the meeting as part of the G20 group.\n"
        "At a conference hosted by finance minister Gordon Braun on Friday, he said he favoured "
        "floating exchange rates.\n"
        '"A flexible exchange rate is one more way of absorbing shocks," he told the conference.'
    )
    doc = build_document(LEAD + text)
    cast = cast_for(doc, rao, brown)
    at = doc.text.index("he told")
    linked = Cast(cast.people, (*cast.mentions, Mention(at, at + 2, 1, "pronoun")))
    assert [q.speaker for q in find_quotes(doc, linked)] == ["Ravi Rao"]


def test_a_name_after_an_opening_conjunction_is_still_the_subject_a_pronoun_goes_on_with():
    leigh = Person("Edward Lee", aliases=("Lee",))
    _, found = quotes_of(
        "Deputy Prime Minister Mark Dunn said a good deal had been secured.\n"
        "But Edward Lee, who chairs the accounts committee, warned that taxpayers might lose out.\n"
        'He said: "This report also shows that the first attempt to sell the site was a fiasco."',
        Person("Mark Dunn", aliases=("Dunn",)),
        leigh,
    )
    (q,) = found
    assert q.speaker == "Edward Lee"


def test_a_joint_statement_speaks_as_the_text_names_it():
    _, found = quotes_of(
        'The two sides "stressed the depth of their historic and brotherly relations," said a joint '
        "statement issued after the talks.\n\n"
        '"We will meet again next spring to sign the accords," said an official who asked not to be named.'
    )
    assert by_text(found, "stressed").speaker == "joint statement"
    assert by_text(found, "We will meet").speaker is None


def test_the_head_of_a_named_body_is_the_one_person_the_cast_puts_there():
    tedros = Person(
        "Tedros Adhanom",
        aliases=("Tedros",),
        title="Director General",
        organization="World Health Organization",
    )
    who = Person("World Health Organization", aliases=("WHO",), kind="body")
    _, found = quotes_of(
        "Tedros, who was accompanied by a regional director, praised the health ministry.\n\n"
        '"When the government leads, the whole region benefits," the WHO chief said.\n\n'
        '"We will send more doctors next month," said a WHO spokesman.',
        tedros,
        who,
    )
    assert by_text(found, "When the government").speaker == "Tedros Adhanom"
    assert by_text(found, "We will send").speaker is None


def test_a_description_the_text_brought_in_unnamed_is_no_one_even_with_one_person_in_view():
    found = _speakers(
        "At a town hall on Monday, a young woman asked Marta Olsen about the budget.\n\n"
        '"You say that every cut was needed," the woman said.',
        (OLSEN,),
    )
    assert found == {"You say that every cut was needed,": None}


def test_a_name_in_the_quotation_s_own_attribution_does_not_stop_the_speaker_going_on():
    lund = Person("Peter Lund", aliases=("Lund",), gender="male")
    reagan = Person("Ronald Reagan", aliases=("Reagan",), gender="male")
    _, found = quotes_of(
        '"These are the worst days for donors like me," former Ronald Reagan aide Peter Lund wrote '
        'in a column this month. He wrote that the candidate "has built the nearest thing to a protest '
        'movement this country has seen in fifty years."',
        lund,
        reagan,
    )
    assert by_text(found, "has built the nearest").speaker == "Peter Lund"


def test_an_honorific_tells_which_of_two_namesakes_a_bare_surname_is():
    ivana = Person("Ivana Marsh", aliases=("Marsh",), gender="female")
    donald = Person("Donald Marsh", aliases=("Marsh",), gender="male")
    _, found = quotes_of(
        "Donald Marsh said he had stayed friends with his first wife. Ivana Marsh did not answer calls. "
        'Mr. Marsh, however, said he was "the right man because I understand life and all its turns."',
        donald,
        ivana,
    )
    assert by_text(found, "the right man").speaker == "Donald Marsh"


def test_the_developer_said_is_the_one_person_in_view():
    kemp = Person("Gordon Kemp", aliases=("Kemp",))
    _, found = quotes_of(
        "Gordon Kemp built the tower in 1998.\n\n"
        '"It is a great building, a good investment and a wonderful view," the real estate developer '
        "said of the tower.",
        kemp,
    )
    assert [q.speaker for q in found] == ["Gordon Kemp"]
