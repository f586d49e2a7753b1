"""Speakers named other than by a person's name: a state or its capital ("Beijing said"), a
headline's label ("Greenland premier: ..."), a calling ("the doctor said")."""

from __future__ import annotations

import re

from newsbrief import brief, build_document
from newsbrief.model import Cast, CountryMention, Mention, Person
from newsbrief.quotes.find import find_quotes

LEAD = "Officials from both governments met in the capital on Monday for a second round of talks.\n\n"


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
        "As he has done before, Walsh on Friday played down the idea that he had struck a major deal "
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
        "Nora Blake, the well-known campaigner, endorsed Dunnes’ plan Saturday, saying she hadn’t "
        'yet called for a resignation because she believed "we need to focus all of our energy on them."'
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
