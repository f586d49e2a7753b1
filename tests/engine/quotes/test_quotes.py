"""Quotations and their speakers, one construction at a time, on short texts written for the rule.

The Cast here is built by hand (every occurrence of each name is a mention), so
these tests pin down quotes.py alone, whatever people.py finds.
"""

from __future__ import annotations

import re

import pytest

from newsbrief import brief, build_document
from newsbrief.model import Cast, Country, CountryMention, Document, Mention, Person, Quote
from newsbrief.quotes import marks
from newsbrief.quotes.find import find_quotes, is_quotation

LEAD = "Officials from both governments met in the capital on Monday for a second round of talks.\n\n"


def cast_for(doc: Document, *people: Person) -> Cast:
    """A Cast that knows `people`: each full name and alias in the text is a mention."""
    spans: list[Mention] = []
    taken: set[int] = set()
    forms = sorted(
        ((form, i) for i, p in enumerate(people) for form in (p.name, *p.aliases)),
        key=lambda f: -len(f[0]),
    )
    for form, i in forms:
        for m in re.finditer(r"\b" + re.escape(form) + r"\b", doc.text):
            if taken.isdisjoint(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                spans.append(Mention(m.start(), m.end(), i))
    spans.sort(key=lambda m: m.start)
    return Cast(people=tuple(people), mentions=tuple(spans))


def quotes_of(body: str, *people: Person) -> tuple[Document, tuple[Quote, ...]]:
    doc = build_document(LEAD + body)
    return doc, find_quotes(doc, cast_for(doc, *people))


def by_text(found: tuple[Quote, ...], start: str) -> Quote:
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in found]
    return matches[0]


YOON = Person("Yoon Suk Yeol", aliases=("Yoon",), title="President", country="KR", is_leader=True)
KISHIDA = Person("Fumio Kishida", aliases=("Kishida",), title="Prime Minister", country="JP", is_leader=True)
BERG = Person("Anna Berg", aliases=("Berg",), title="Foreign Minister", is_leader=True)
SAAR = Person("Viktor Saar", aliases=("Saar",))
LEE = Person("Lee Min-ho", aliases=("Lee",))
PARK = Person("Park Ji-won", aliases=("Park",))
BAER = Person("Kenneth Baer", aliases=("Baer",))
DECLARATION = Person("Washington Summit Declaration", kind="body")


# --- marks ------------------------------------------------------------------------


def test_curly_and_straight_marks_with_speaker_and_cue():
    doc, found = quotes_of(
        "“We will not accept any attempt to change the status quo by force,” Yoon said.\n\n"
        '"We stand with our allies in every region," said Kishida.',
        YOON,
        KISHIDA,
    )
    yoon = by_text(found, "We will not accept")
    assert yoon.text == "We will not accept any attempt to change the status quo by force,"
    assert (yoon.speaker, yoon.cue) == ("Yoon Suk Yeol", "said")
    kishida = by_text(found, "We stand with")
    assert (kishida.speaker, kishida.cue) == ("Fumio Kishida", "said")
    for q in found:
        assert doc.text[q.start : q.end] == q.text


def test_wrongly_oriented_curly_marks_and_tex_pairs():
    _, found = quotes_of(
        "”This is a grave mistake by the government,” Berg said.\n\n"
        "``We must act before the winter comes,'' Kishida told reporters.",
        BERG,
        KISHIDA,
    )
    assert by_text(found, "This is a grave").text == "This is a grave mistake by the government,"
    assert by_text(found, "This is a grave").speaker == "Anna Berg"
    tex = by_text(found, "We must act")
    assert tex.text == "We must act before the winter comes,"
    assert (tex.speaker, tex.cue) == ("Fumio Kishida", "told")


def test_apostrophes_are_not_quote_marks():
    _, found = quotes_of(
        "The leaders' summit, the first since the '90s, was called 'a turning point for everyone involved' "
        "by Lee, who didn't attend.",
        LEE,
    )
    assert [q.text for q in found] == ["a turning point for everyone involved"]


def test_nested_single_quotes_inside_double():
    _, found = quotes_of(
        "\"He looked at me and said, 'We are not going to back down on this,' and I believed him,\" "
        "Lee said.",
        LEE,
    )
    outer = by_text(found, "He looked at me")
    assert outer.speaker == "Lee Min-ho"
    inner = by_text(found, "We are not going")
    assert inner.text == "We are not going to back down on this,"


def test_single_quotes_nested_with_outer_left_open():
    # Tabloid style: the outer quotation is never closed before the paragraph ends.
    _, found = quotes_of(
        "'Our leader just stated that the 'nuclear button is on his desk at all times.'\n\n"
        "The statement was published late on Tuesday.",
    )
    texts = {q.text for q in found}
    assert "Our leader just stated that the 'nuclear button is on his desk at all times." in texts
    assert "nuclear button is on his desk at all times." in texts


def test_quotation_over_hard_line_breaks():
    doc = build_document(
        "The U.K. Government hopes for a\n"
        "breakthrough on trade, political sources said.\n"
        '    Howard said "I am not sure it is correct to regard\n'
        "the letter as a rejection of our request - and it says\n"
        'he is taking a personal interest in this problem."\n'
        "    He leaves for Tokyo tomorrow.\n"
    )
    howard = Person("Michael Howard", aliases=("Howard",))
    (q,) = find_quotes(doc, cast_for(doc, howard))
    # clean may join the wrapped lines or keep them; the quotation is whole either way
    assert re.fullmatch(
        r"I am not sure it is correct to regard\sthe letter .* in this problem\.", q.text, re.S
    )
    assert doc.text[q.start : q.end] == q.text
    assert (q.speaker, q.cue) == ("Michael Howard", "said")


# --- what counts as a quotation --------------------------------------------------------


def test_scare_quotes_and_titles_are_left_out():
    _, found = quotes_of(
        'The minister called the plan "desperate" and said the "Freedom Shield" drills would go ahead. '
        'He quoted from "The Art of the Deal" at length.',
    )
    assert found == ()


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("desperate", False),
        ("a sort of state of denial", True),
        ("The Art of the Deal", False),
        ("Collapse: How Societies Choose to Fail or Succeed", False),
        ("DEATH TO THE DICTATOR NOW", True),
        ("matters of mutual interest", True),
        ("Death to Israel. Death to the United States.", True),
    ],
)
def test_is_quotation(fragment, expected):
    assert is_quotation(fragment) is expected


def test_unclosed_quote_mark_ends_at_its_paragraph():
    doc, found = quotes_of(
        'Berg said "we will see what happens next week and then decide\n\n'
        "The talks resume on Friday in Geneva, officials said.",
        BERG,
    )
    (q,) = found
    assert q.text == "we will see what happens next week and then decide"
    assert q.speaker == "Anna Berg"
    assert doc.text[q.start : q.end] == q.text


def test_quotation_split_by_its_attribution_names_the_declaration():
    _, found = quotes_of(
        "The leaders adopted the Washington Summit Declaration on Wednesday.\n\n"
        '"We strongly condemn the launch of ballistic missiles," the statement added, '
        '"and note that it violates several Security Council resolutions."',
        DECLARATION,
    )
    first = by_text(found, "We strongly condemn")
    second = by_text(found, "and note that")
    assert first.speaker == second.speaker == "Washington Summit Declaration"
    assert first.cue == second.cue == "added"


def test_paragraphs_that_continue_a_quotation():
    _, found = quotes_of(
        '"The talks were frank and useful," Kishida said. "We agreed to meet again in the spring.\n\n'
        '"We will also set up a hotline between our two offices before the summer."\n\n'
        "The next round is due in April.",
        KISHIDA,
    )
    assert by_text(found, "We agreed to meet").text == "We agreed to meet again in the spring."
    for start in ("The talks were", "We agreed to meet", "We will also set up"):
        assert by_text(found, start).speaker == "Fumio Kishida"


# --- speakers ----------------------------------------------------------------------


def test_pronoun_goes_to_the_subject_not_the_nearest_name():
    _, found = quotes_of(
        "Berg recalled the arrest of Viktor Saar in 2019 during her visit.\n\n"
        '"We have no quarrel with our neighbours and never had one," she told reporters.',
        BERG,
        SAAR,
    )
    (q,) = found
    assert (q.speaker, q.cue) == ("Anna Berg", "told")


def test_according_to_before_and_after():
    _, found = quotes_of(
        'According to Berg, "the border will stay open for trade and for families."\n\n'
        '"No decision has been taken on the new sanctions," according to Lee.',
        BERG,
        LEE,
    )
    first = by_text(found, "the border will")
    assert (first.speaker, first.cue) == ("Anna Berg", "According to")
    second = by_text(found, "No decision")
    assert (second.speaker, second.cue) == ("Lee Min-ho", "according to")


def test_quote_with_no_speaker_keeps_none():
    _, found = quotes_of(
        'The crowd chanted "down with the new tax law" for an hour outside the parliament.\n\n'
        'Banners across the square read simply: "No more war in our time."',
        BERG,
    )
    assert [q.speaker for q in found] == [None, None]


def test_appositives_around_the_speaker():
    _, found = quotes_of(
        '"The deal is not finished yet," said Kenneth Baer, a former adviser to President Yoon.\n\n'
        'Baer, a former adviser to President Yoon, said "the hard part is only beginning now."',
        BAER,
        YOON,
    )
    assert by_text(found, "The deal is").speaker == "Kenneth Baer"
    assert by_text(found, "the hard part").speaker == "Kenneth Baer"


def test_colon_and_dash_attributions():
    _, found = quotes_of(
        'Lee: "We will rebuild every school that the floods destroyed."\n\n'
        "“Maybe we can finally build a better road to the north.” ― Park Ji-won",
        LEE,
        PARK,
    )
    assert by_text(found, "We will rebuild").speaker == "Lee Min-ho"
    assert by_text(found, "Maybe we can").speaker == "Park Ji-won"


def test_wrote_and_coordinated_cues():
    _, found = quotes_of(
        'Yoon wrote on X: "Our alliance has never been stronger than it is today."\n\n'
        'Kishida said the visit went well and added: "We will keep working on the supply chains."',
        YOON,
        KISHIDA,
    )
    wrote = by_text(found, "Our alliance")
    assert (wrote.speaker, wrote.cue) == ("Yoon Suk Yeol", "wrote")
    added = by_text(found, "We will keep")
    assert (added.speaker, added.cue) == ("Fumio Kishida", "added")


def test_floating_quote_takes_the_previous_speaker_only_when_the_text_carries_on():
    _, found = quotes_of(
        '"Our economy grew faster than anyone expected," Lee said. "Exports were up in every sector."\n\n'
        "Park, the opposition leader, disputed the figures.\n\n"
        '"The numbers hide a very weak domestic market this year."',
        LEE,
        PARK,
    )
    assert by_text(found, "Exports were up").speaker == "Lee Min-ho"
    assert by_text(found, "The numbers hide").speaker is None


def test_names_in_object_position_are_not_speakers():
    _, found = quotes_of(
        'A senior State Department official described the meeting this way: "It was a productive exchange."',
    )
    (q,) = found
    assert q.speaker is None


# --- ranking -----------------------------------------------------------------------


def test_leaders_positions_rank_above_logistics():
    _, found = quotes_of(
        '"The bus will leave the hotel at nine o\'clock for the venue," said Park.\n\n'
        '"We will never accept a nuclear threat against our people," Yoon said.',
        YOON,
        PARK,
    )
    assert found[0].speaker == "Yoon Suk Yeol"
    assert all(0.0 <= q.score <= 1.0 for q in found)
    assert found[0].score > found[1].score


def test_empty_and_quote_free_texts():
    doc = build_document("Nothing here is quoted at all, only plain reporting of the day's events.")
    assert find_quotes(doc, Cast()) == ()


# --- constructions found on real pages -------------------------------------------------


def test_participle_cues_belong_to_the_main_clause():
    _, found = quotes_of(
        "Like Lee, Berg also rejected the new tariffs on Tuesday, arguing that there is "
        '"no economic case for them at all."\n\n'
        'Berg rallied supporters by warning that "the border towns will suffer first," she said.',
        BERG,
        LEE,
    )
    assert by_text(found, "no economic case").speaker == "Anna Berg"
    assert by_text(found, "the border towns").speaker == "Anna Berg"


def test_first_person_inside_a_quotation_is_its_speaker():
    _, found = quotes_of(
        "\"I'm saying to our neighbours and to the whole world, "
        "'Now is the time to be serious about peace,'\" Lee said.",
        LEE,
    )
    assert by_text(found, "Now is the time").speaker == "Lee Min-ho"


def test_a_document_speaks_for_its_author():
    _, found = quotes_of(
        "Kishida's resignation letter to the party was dated last Friday. "
        '"Now that the budget has passed," the letter reads, "the time has come for me to step aside."',
        KISHIDA,
    )
    assert by_text(found, "Now that the budget").speaker == "Fumio Kishida"
    assert by_text(found, "the time has come").speaker == "Fumio Kishida"


def test_attribution_in_the_sentence_before():
    _, found = quotes_of(
        "Lee spoke to reporters after the vote.\n\n"
        'It will be business as usual for now, Berg said. "We fully intend to keep every office open."',
        BERG,
        LEE,
    )
    assert by_text(found, "We fully intend").speaker == "Anna Berg"


def test_repeated_opening_mark_closes_the_quotation_left_open():
    _, found = quotes_of(
        'Berg told reporters: "Europe needs to reinforce its unity and its dynamism. '
        '"That is the goal of the treaty in a world that is more divided than ever."',
        BERG,
    )
    assert by_text(found, "Europe needs").text == "Europe needs to reinforce its unity and its dynamism."
    assert by_text(found, "That is the goal").speaker == "Anna Berg"


def test_guillemets_and_low_high_marks():
    _, found = quotes_of(
        "« Nous sommes prêts à négocier avec tous nos partenaires », a déclaré Berg.\n\n"
        "„Wir werden die Grenze für den Handel offen halten“, sagte Lee.",
    )
    assert {q.text for q in found} == {
        "Nous sommes prêts à négocier avec tous nos partenaires",
        "Wir werden die Grenze für den Handel offen halten",
    }


def test_no_crash_and_exact_text_on_broken_marks():
    bodies = [
        '"', "''", "``", '“ ” “', "He said 'yes and \"no", '"a" "b" "c d e f g', "''' ``` ”“‘’",
        '"We will act now," he said, "and', "Obama: \"", "‘ ’ ‘ ’ ' ' \" \"",
    ]  # fmt: skip
    for body in bodies:
        doc, found = quotes_of(body + " The session ended late.", LEE)
        for q in found:
            assert doc.text[q.start : q.end] == q.text
            assert 0.0 <= q.score <= 1.0


def test_a_short_quotation_passes_its_speaker_on():
    king = Person("Charlie King", aliases=("King",))
    _, found = quotes_of(
        '"It\'s heartbreaking," Mr. King said. "And this city has to find new ways of learning how to heal."',
        king,
    )
    (q,) = found
    assert q.speaker == "Charlie King"


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


def test_a_cue_that_names_no_one_keeps_the_sentence_speaker():
    trump = Person("Donald Trump", aliases=("Trump",))
    _, found = quotes_of(
        'At a rally, Trump called the handling of the crisis "a total disgrace" and said that '
        '"this would never have happened under my watch."',
        trump,
    )
    assert by_text(found, "this would never").speaker == "Donald Trump"


def test_quoted_as_saying():
    peskov = Person("Dmitry Peskov", aliases=("Peskov",))
    lavrov = Person("Sergei Lavrov", aliases=("Lavrov",))
    _, found = quotes_of(
        '"We are open to dialogue, but not to ultimatums," Peskov was quoted as saying by Tass.\n\n'
        'The RIA news agency quoted Lavrov as saying that "the West must stop supplying weapons first."',
        peskov,
        lavrov,
    )
    assert by_text(found, "We are open").speaker == "Dmitry Peskov"
    assert by_text(found, "the West must").speaker == "Sergei Lavrov"


def test_a_thousand_quotations_each_found_whole_with_its_speaker():
    # A long text: every quotation comes out once, exact, with the speaker its "he"
    # means (the person named just before). Speed is the benchmark's job
    # (python -m tests.bench.engine), not a timed test's.
    count = marks.MARKS_READ // 2 - 100
    lines = [
        f'Officials met in room {i} on Monday. "We will finish plan number {i} this year," he said. '
        f"Mr. King{i % 40} agreed."
        for i in range(count)
    ]
    doc = build_document("\n".join(lines))
    people = tuple(Person(f"Bob King{j}", aliases=(f"King{j}",)) for j in range(40))
    mentions = tuple(
        Mention(m.start(), m.end(), int(m.group(1))) for m in re.finditer(r"King(\d+)", doc.text)
    )
    found = find_quotes(doc, Cast(people=people, mentions=mentions))
    assert len(found) == count
    by_number = {int(re.search(r"number (\d+) ", q.text).group(1)): q for q in found}
    assert sorted(by_number) == list(range(count))
    for i, q in by_number.items():
        assert q.text == f"We will finish plan number {i} this year,"
        assert doc.text[q.start : q.end] == q.text
        assert q.cue == "said"
        assert q.speaker == (f"Bob King{(i - 1) % 40}" if i else None)


def test_a_clause_after_the_quotation_is_no_attribution():
    trump = Person("Donald Trump", aliases=("Trump",))
    clinton = Person("Hillary Clinton", aliases=("Clinton",))
    _, found = quotes_of(
        'The advert ends with footage of Trump saying, "That makes me very smart indeed," when Clinton '
        "blasted him over his taxes.",
        trump,
        clinton,
    )
    (q,) = found
    assert q.speaker == "Donald Trump"


def test_a_pronoun_between_two_quotations_that_means_the_same_speaker():
    obama = Person("Barack Obama", aliases=("Obama",))
    putin = Person("Vladimir Putin", aliases=("Putin",))
    doc = build_document(
        LEAD + '"We have had problems with cyber intrusions in the past," Obama said after meeting Putin. '
        'He did not threaten retaliation. "Our goal is not to start a cycle of escalation."'
    )
    cast = cast_for(doc, obama, putin)
    he = doc.text.index("He did")
    # a Cast that reads "He" as Putin: the speaker still carries on (the sentence's subject is Obama)
    cast = Cast(people=cast.people, mentions=tuple(sorted((*cast.mentions, Mention(he, he + 2, 1, "pronoun")),
                                                          key=lambda m: m.start)))  # fmt: skip
    found = find_quotes(doc, cast)
    assert by_text(found, "Our goal").speaker == "Barack Obama"


def test_quotation_left_open_takes_the_speaker_named_in_its_continuation():
    trump = Person("Donald Trump", aliases=("Trump",))
    kim = Person("Kim Jong Un", aliases=("Kim",))
    _, found = quotes_of(
        "The remarks prompted a furious response from President Trump on social media.\n\n"
        "'North Korean leader Kim Jong Un just stated that the 'button is on his desk at all times.'\n\n"
        "'Will someone from his regime please inform him that I too have a button,' he said.",
        trump,
        kim,
    )
    assert by_text(found, "button is on his desk").speaker == "Kim Jong Un"
    assert by_text(found, "Will someone").speaker == "Donald Trump"
    assert by_text(found, "North Korean leader").speaker == "Donald Trump"


def test_an_indefinite_speaker_is_nobody_named():
    lin = Person("Lin Jian", aliases=("Lin",), title="Spokesman")
    _, found = quotes_of(
        'Spokesman Lin Jian spoke on Monday. "We will watch this closely," a spokesman said on Tuesday.',
        lin,
    )
    (q,) = found
    assert q.speaker is None


# --- constructions from the QA round ----------------------------------------------------


def with_countries(doc: Document, cast: Cast, *places: tuple[str, str, str]) -> Cast:
    """`cast` plus a country mention for every (word, code, name) in the text."""
    mentions = sorted(
        (
            CountryMention(code, m.start(), m.end(), "demonym")
            for word, code, _ in places
            for m in re.finditer(r"\b" + word + r"\b", doc.text)
        ),
        key=lambda c: c.start,
    )
    countries = tuple(Country(code, name, 1) for _, code, name in places)
    return Cast(cast.people, cast.mentions, countries=countries, country_mentions=tuple(mentions))


def test_a_stop_after_the_closing_mark_ends_the_sentence():
    # British style puts the full stop outside the mark; the next sentence is someone else's.
    _, found = quotes_of(
        'Berg said the agreement was "a turning point for the whole region". '
        "Spokesman Viktor Saar said that the two delegations talked for four hours.\n\n"
        'Lee called the deal "a victory for common sense over politics." Park said the vote would be close.',
        BERG,
        SAAR,
        LEE,
        PARK,
    )
    assert by_text(found, "a turning point").speaker == "Anna Berg"
    assert by_text(found, "a victory for").speaker == "Lee Min-ho"


def test_a_name_in_a_leading_phrase_does_not_take_the_quote_from_the_subject():
    _, found = quotes_of(
        "President Yoon Suk Yeol flew home on Friday.\n\n"
        "Speaking alongside the Japanese leader, Fumio Kishida, the president said the alliance was "
        '"stronger today than at any time in its history".\n\n'
        'Speaking after talks with Fumio Kishida, the president said: "We have turned a page."',
        YOON,
        KISHIDA,
    )
    assert by_text(found, "stronger today").speaker == "Yoon Suk Yeol"
    assert by_text(found, "We have turned").speaker == "Yoon Suk Yeol"


def test_an_aside_left_open_before_the_verb_still_belongs_to_the_name():
    # "for his part" is an aside whose closing comma the writer dropped; the name is the subject.
    _, found = quotes_of(
        'Lee, for his part has called the plan "a betrayal of every voter in the country."',
        LEE,
    )
    assert by_text(found, "a betrayal").speaker == "Lee Min-ho"


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


def test_asides_do_not_speak_for_the_subject():
    pruitt = Person("Dale Moss", aliases=("Moss",))
    _, found = quotes_of(
        'The memo, obtained by Reuters, says the plan would cost "far more than the ministry has admitted '
        'so far".\n\n'
        '"This is an overreach by the federal government," Dale Moss, the attorney general of Ohio, one of '
        "the states suing the agency, said on Monday.",
        pruitt,
    )
    assert by_text(found, "far more than").speaker is None
    assert by_text(found, "This is an overreach").speaker == "Dale Moss"


def test_so_called_terms_and_the_sentence_s_own_next_verb():
    _, found = quotes_of(
        'The ministers discussed the so-called "axis of mutual defence and trade." '
        'The two ministers "reviewed the progress of the joint working group" and agreed to meet in June.',
    )
    (q,) = found
    assert q.text == "reviewed the progress of the joint working group"
    assert (q.speaker, q.cue) == (None, None)


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


def test_a_quotation_after_a_sentence_of_reported_speech_in_the_same_paragraph():
    _, found = quotes_of(
        "Foreign Minister Anna Berg said the talks had gone well. "
        '"We are ready to open a new chapter with our neighbours". The delegations left at noon.\n\n'
        "Lee arrived later.\n\n"
        '"Nobody told us the meeting had been moved."',
        BERG,
        LEE,
    )
    assert by_text(found, "We are ready").speaker == "Anna Berg"
    assert by_text(found, "Nobody told us").speaker is None


def test_according_to_a_report_does_not_take_the_quote_from_the_sentence_s_speaker():
    agency = Person("Nordic Press Agency", kind="body")
    _, found = quotes_of(
        "On Sunday, Lee made clear the visit was private, saying that anyone who thought otherwise "
        'should "read the schedule more carefully," according to the Nordic Press Agency.\n\n'
        '"No decision has been taken on the new sanctions," according to the Nordic Press Agency.',
        LEE,
        agency,
    )
    assert by_text(found, "read the schedule").speaker == "Lee Min-ho"
    assert by_text(found, "No decision").speaker == "Nordic Press Agency"


def test_a_body_in_a_place_is_the_body():
    _, found = quotes_of(
        'The Fisheries Ministry in Oslo said the new quotas were "the lowest in more than twenty years".',
    )
    (q,) = found
    assert q.speaker == "Fisheries Ministry"


def test_a_title_subject_is_not_the_person_its_leading_phrase_names():
    dahl = Person("Ingrid Dahl", aliases=("Dahl",), title="Prime Minister", is_leader=True)
    ekman = Person("Nils Ekman", aliases=("Ekman",), title="Prime Minister", is_leader=True)
    _, found = quotes_of(
        "Prime Minister Ingrid Dahl hosted Prime Minister Nils Ekman on Monday.\n\n"
        'Standing next to Ekman, the prime minister said the two countries were "closer than at any '
        'time since the war".',
        dahl,
        ekman,
    )
    (q,) = found
    assert q.speaker == "Ingrid Dahl"


def test_an_aside_that_names_a_document_s_author():
    ministry = Person("Ministry of Fisheries", aliases=("Fisheries Ministry",), kind="body")
    _, found = quotes_of(
        'The statement, issued by the Fisheries Ministry, said the quotas were "the lowest in more than '
        'twenty years".\n\n'
        'The memo, seen by the Fisheries Ministry, says the fleet is "far too large for the stocks left".',
        ministry,
    )
    assert by_text(found, "the lowest in").speaker == "Ministry of Fisheries"
    assert by_text(found, "far too large").speaker is None


def test_a_quotation_repeated_in_a_caption_is_listed_once_with_its_speaker():
    _, found = quotes_of(
        'Saar called for "an end to the shelling of the river towns" before the winter.\n\n'
        'Viktor Saar, pictured at the talks, called for "an end to the shelling of the river towns" '
        "before the winter.\n\n"
        'Berg said the two sides would "meet again within the month to sign the text."',
        SAAR,
        BERG,
    )
    assert [(q.text, q.speaker) for q in sorted(found, key=lambda q: q.start)] == [
        ("an end to the shelling of the river towns", "Viktor Saar"),
        ("meet again within the month to sign the text.", "Anna Berg"),
    ]


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


def test_a_short_name_takes_the_whole_name_written_before_it():
    _, found = quotes_of(
        "The Daily Herald first reported the deal.\n\n"
        '"The two ministers agreed on the text late on Friday," the Herald wrote.'
    )
    assert by_text(found, "The two ministers").speaker == "Daily Herald"


# --- fix-up round: real-text QA ----------------------------------------------------------

MALLON = Person("Jack Mallon", aliases=("Mallon",), gender="male")
# The Cast tells a person's gender (Person.gender: "Ms", "Mr", a title or a given name; people.py);
# the speaker resolver only reads it.
STEWART = Person(
    "Nina Stewart", aliases=("Stewart",), title="Opposition Leader", is_leader=True, gender="female"
)


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


def test_a_quotation_nested_inside_the_one_before_does_not_break_the_speaker_s_turn():
    _, found = quotes_of(
        "\u201cI can say with confidence that the navy does not \u2018run\u2019 any of those boats,\u201d "
        "Saar said. \u201cFrom what I have seen, every patrol there answers to the coast guard.\u201d",
        SAAR,
    )
    assert by_text(found, "From what I").speaker == "Viktor Saar"


@pytest.mark.parametrize(
    "sentence",
    [
        'Mark Dunn, Harbour Traders Association said: "We have worked very hard to win the visitors back."',
        '"We have worked very hard to win the visitors back," Mark Dunn, Northway\'s chief, told the paper.',
        '"We have worked very hard to win the visitors back," Mark Dunn, a fellow at an institute in '
        "Lyon, France, said in a statement.",
        '"We have worked very hard to win the visitors back," Mark Dunn, an analyst at the Council on '
        "Trade told reporters.",
    ],
)
def test_a_name_then_asides_that_name_no_one_else_is_the_speaker(sentence):
    dunn = Person("Mark Dunn", aliases=("Dunn",))
    _, found = quotes_of(sentence, dunn)
    (q,) = found
    assert q.speaker == "Mark Dunn"


def test_a_name_s_subject_survives_a_so_called_term_and_a_relative_clause():
    fell, bell = Person("Barbara Fell", aliases=("Fell",)), Person("Tom Bell", aliases=("Bell",))
    _, found = quotes_of(
        'Barbara Fell, one of the so-called "Class of 97" elected that year, told researchers: '
        '"I remember some members would jeer whenever a woman got up to speak."\n\n'
        "Mr Bell, who stepped down from his post to stand in the election, had suggested that the "
        'minister would meet his targets - "with a margin to spare".\n\n'
        'Ms Rowe, a friend of the party leader, also revealed that as a student he was "much loved by '
        'everyone and rather a dashing figure".',
        fell,
        bell,
        Person("Ann Rowe", aliases=("Rowe",)),
    )
    assert by_text(found, "I remember").speaker == "Barbara Fell"
    assert by_text(found, "with a margin").speaker == "Tom Bell"
    assert by_text(found, "much loved").speaker == "Ann Rowe"


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


def test_a_description_subject_is_the_one_person_just_named():
    hart = Person("Jason Hart", aliases=("Hart",))
    _, found = quotes_of(
        "Britain's Jason Hart shook off an upset stomach to win the 60m on Sunday.\n"
        "Hart clocked 6.56 seconds to equal the meeting record.\n"
        'The world indoor champion said: "I got to the airport and my stomach was upset."',
        hart,
    )
    assert [q.speaker for q in found] == ["Jason Hart"]
    _, found = quotes_of(
        "Jason Hart beat Tom Kerr in the 60m final on Sunday.\n"
        'The world indoor champion said: "I got to the airport and my stomach was upset."',
        hart,
        Person("Tom Kerr", aliases=("Kerr",)),
    )
    assert [q.speaker for q in found] == [None]


def test_descriptions_come_from_role_titles_and_demonyms():
    # "novelist" is a role row of titles.tsv, "Nigerian" a demonym of countries.tsv: neither is
    # listed in speaker_descriptions.txt, yet both stand for the one person just named.
    for description in ("The Nigerian", "The novelist"):
        found = brief(
            LEAD + "Chidi Okafor finished his third book in a rented room in Lagos.\n"
            f'{description} said: "I wrote every night until the birds woke up."'
        ).quotes
        assert [q.speaker for q in found] == ["Chidi Okafor"], description
    # "the French" is the nation, not one person
    found = brief(
        LEAD + "Chidi Okafor finished his third book in a rented room in Lagos.\n"
        'The French said: "We welcome every writer who comes here."'
    ).quotes
    assert [q.speaker for q in found] == [None]


def test_words_someone_was_told_have_no_named_speaker():
    hale = Person("Harriet Hale", aliases=("Hale",))
    _, found = quotes_of(
        'Harriet Hale told researchers of the hostility she met: "Well, you only got the job because '
        'you are a woman."\n'
        'Another member of the Cabinet says she was told: "Oh, you have risen very fast, who do you know?"\n'
        '"You will never last in this job," one minister was told by a colleague.',
        hale,
    )
    assert by_text(found, "Well, you").speaker == "Harriet Hale"
    assert by_text(found, "Oh, you").speaker is None
    assert by_text(found, "You will never").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        '"The new rules could really lift the market," added Marsh and Webb\'s Mark Dunn.',
        '"A ruling is now expected by around mid-April," said one of their lawyers, Mark Dunn.',
        '"It will be a disaster if the council cuts the budget," said the chairman of the transport '
        "committee, Labour MP Mark Dunn.",
    ],
)
def test_a_cue_s_phrase_that_a_later_name_stands_for(sentence):
    marsh = Person("Marsh", kind="person")  # a Cast that takes the firm's first word for a person
    _, found = quotes_of(sentence, Person("Mark Dunn", aliases=("Dunn",)), marsh)
    (q,) = found
    assert q.speaker == "Mark Dunn"


def test_a_later_name_in_another_clause_does_not_take_the_quotation():
    _, found = quotes_of(
        '"We will not sign this deal," said Mark Dunn, who met Viktor Saar on Monday.',
        Person("Mark Dunn", aliases=("Dunn",)),
        SAAR,
    )
    (q,) = found
    assert q.speaker == "Mark Dunn"


def test_a_quotation_broken_over_two_lines_runs_to_its_closing_mark():
    doc, found = quotes_of(
        '"Some countries have tried to fix their exchange rates.\n'
        'I do not wish to judge any of them," Mr Saar said.\n'
        '"We will float the currency."\n'
        '"And we will not look back," he added.',
        SAAR,
    )
    q = by_text(found, "Some countries")
    assert q.text.endswith("judge any of them,") and q.speaker == "Viktor Saar"
    assert doc.text[q.start : q.end] == q.text
    # a new paragraph of quotation opens with its own mark: never joined
    assert by_text(found, "We will float").text == "We will float the currency."


def test_an_adverb_before_the_verb_is_no_piece_between_the_name_and_its_asides():
    robinson = Person("Anne Robinson", aliases=("Robinson",))
    howard = Person("Mark Howard", aliases=("Howard",), title="Leader")
    _, found = quotes_of(
        "Party leader Mark Howard was asked about his past.\n"
        'Ms Robinson, a friend of the party leader, also revealed that as a student Mr Howard was "much '
        'loved by everyone and rather a dashing figure".',
        robinson,
        howard,
    )
    (q,) = found
    assert q.speaker == "Anne Robinson"


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


def test_a_paragraph_of_quotation_after_a_paragraph_of_reported_speech():
    dalton = Person("Mary Dalton", aliases=("Dalton",), title="Health Secretary")
    greer = Person("Tom Greer", aliases=("Greer",))
    _, found = quotes_of(
        "Health Secretary Mary Dalton said hospitals would get more money next year.\n\n"
        "She said waiting lists had already fallen by a third since 2002.\n\n"
        '"We will keep cutting waiting times until every patient is seen within a month."\n\n'
        "Runner Tom Greer believes he lost the race in the semi-finals.\n\n"
        '"In my semi-final I should have won the race but I was saving energy."\n\n'
        "The crowd left early.\n\n"
        '"Nobody told us the meeting had been moved."',
        dalton,
        greer,
    )
    assert by_text(found, "We will keep").speaker == "Mary Dalton"
    assert by_text(found, "In my semi-final").speaker == "Tom Greer"
    assert by_text(found, "Nobody told").speaker is None


def test_paragraphs_of_quotation_before_the_one_that_names_its_speaker():
    greer = Person("Tom Greer", aliases=("Greer",))
    _, found = quotes_of(
        "Tom Greer finished fourth in the final.\n\n"
        '"It really hurts to look at that medal."\n\n'
        '"It was my own mistake."\n\n'
        '"I lost because of the things I did," said Greer.\n\n'
        "The winner, Viktor Saar, was already celebrating.\n\n"
        '"This is the best day of my whole life."\n\n'
        '"I will never forget it," he said.',
        greer,
        SAAR,
    )
    assert by_text(found, "It really hurts").speaker == "Tom Greer"
    assert by_text(found, "It was my own").speaker == "Tom Greer"
    # a speaker named only by a pronoun is not carried backwards
    assert by_text(found, "This is the best").speaker is None


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


def test_a_clause_before_a_colon_whose_subject_is_its_only_person():
    moreno = Person("Laura Moreno", aliases=("Moreno",))
    baxter = Person("Tom Baxter", aliases=("Baxter",))
    _, found = quotes_of(
        "Director Tom Baxter and singer Laura Moreno worked on the film together.\n\n"
        'Moreno had a similar experience: "It was just that feeling that this is the song."\n\n'
        'Baxter had a warning for Moreno: "Why would anyone change the ending now?"\n\n'
        'He instead told the interviewer: "I took the call that it was the right thing to do."',
        moreno,
        baxter,
    )
    assert by_text(found, "It was just").speaker == "Laura Moreno"
    assert by_text(found, "Why would anyone").speaker is None
    assert by_text(found, "I took the call").speaker == "Tom Baxter"


def test_a_quotation_running_on_into_its_sentence_takes_a_later_inverted_attribution():
    holt = Person("Derek Holt", aliases=("Holt",))
    _, found = quotes_of(
        '"The minister wants the option of a bigger deal with Canada. Bigger than just the little deal" '
        "announced in May, said Derek Holt, a trade scholar at the institute.",
        holt,
    )
    (q,) = found
    assert q.speaker == "Derek Holt"


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


def test_an_inch_mark_after_a_number_opens_no_quotation():
    _, found = quotes_of(
        'This will be the cheapest 70"+ TV of the sales season and it has streaming built in. '
        'The 65" model is also on sale.\n\n'
        '"We sold out in the first hour of the sale," said the manager, who had a 55" set.'
    )
    assert [q.text for q in found] == ["We sold out in the first hour of the sale,"]


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


def test_the_sentence_before_names_its_speaker_after_the_verb_or_after_a_long_aside():
    thomas = Person("Richard Thomas", aliases=("Thomas",))
    lov = Person("Joni Lind", aliases=("Lind",))
    _, found = quotes_of(
        "All e-mails are subject to the law, but the content is what matters, said Mr Thomas.\n\n"
        '"If in doubt retain, that has been the principle of the civil service for years."\n\n'
        "Prof Joni Lind, who ran the study with the help of a team of reporters and two MPs, said she "
        "was shocked at the findings.\n\n"
        '"We expected a bit of this but nothing like this extent."',
        thomas,
        lov,
    )
    assert by_text(found, "If in doubt").speaker == "Richard Thomas"
    assert by_text(found, "We expected").speaker == "Joni Lind"


def test_verbs_chained_before_the_cue_are_no_part_of_the_subject():
    davis = Person("David Dale", aliases=("Dale",), title="Shadow Home Secretary")
    _, found = quotes_of(
        "Shadow Home Secretary David Dale spoke to the BBC on Monday.\n\n"
        'He went on to say: "If we do not get the changes we need, we will vote against the bill."',
        davis,
    )
    (q,) = found
    assert q.speaker == "David Dale"


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


def test_in_it_he_said_speaks_for_the_one_whose_document_it_is():
    carr = Person("Alan Carr", aliases=("Mr Carr", "Carr"))
    banks = Person("Trevor Banks", aliases=("Banks",))
    text = (
        "Former spin doctor Alan Carr is at the centre of a new row.\n"
        "Mr Carr's e-mail, which was meant for a party official, suggested they should get Trevor Banks, "
        "the agency boss, to issue a statement.\n"
        'In it, he said: "Just spoke to the agency about the posters today."'
    )
    doc = build_document(LEAD + text)
    cast = cast_for(doc, carr, banks)
    at = doc.text.index("he said")
    linked = Cast(cast.people, (*cast.mentions, Mention(at, at + 2, 1, "pronoun")))  # the Cast's guess: Banks
    assert [q.speaker for q in find_quotes(doc, linked)] == ["Alan Carr"]


def test_a_description_subject_is_the_person_every_sentence_before_opens_with():
    hart, blume = Person("Jason Hart", aliases=("Hart",)), Person("Marc Blume", aliases=("Blume",))
    said = 'The world indoor champion said: "I got to the airport and my stomach was upset."'
    _, found = quotes_of(
        "Britain's Jason Hart shook off an upset stomach to win the 60m on Sunday.\n"
        "Hart clocked 6.56 seconds, well ahead of Germany's Marc Blume, who ran 6.67.\n" + said,
        hart,
        blume,
    )
    assert [q.speaker for q in found] == ["Jason Hart"]
    _, found = quotes_of(
        "The 60m final was run on Sunday.\nJason Hart beat Marc Blume by a tenth.\n" + said, hart, blume
    )
    assert [q.speaker for q in found] == [None]


def test_the_message_speaks_for_the_one_who_spoke_in_it():
    ruiz = Person("Elena Ruiz", aliases=("Ruiz",), title="former President")
    _, found = quotes_of(
        "Former president Elena Ruiz, who is under house arrest, attacked the talks in a message read "
        "out at a rally in the capital.\n\n"
        '"Every time they go to Washington, they come back with more debt," the message said.',
        ruiz,
    )
    (q,) = found
    assert q.speaker == "Elena Ruiz"
