"""quotes/attribution.py and quotes/cues.py: the reporting verb around a quotation and the speaker
phrase next to it, one construction at a time."""

from __future__ import annotations

import pytest

from newsbrief.model import Person
from tests.engine.quotes.helpers import (
    BAER,
    BERG,
    DECLARATION,
    KISHIDA,
    LEE,
    PARK,
    SAAR,
    YOON,
    by_text,
    quotes_of,
)


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


def test_names_in_object_position_are_not_speakers():
    _, found = quotes_of(
        'A senior State Department official described the meeting this way: "It was a productive exchange."',
    )
    (q,) = found
    assert q.speaker is None


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


def test_attribution_in_the_sentence_before():
    _, found = quotes_of(
        "Lee spoke to reporters after the vote.\n\n"
        'It will be business as usual for now, Berg said. "We fully intend to keep every office open."',
        BERG,
        LEE,
    )
    assert by_text(found, "We fully intend").speaker == "Anna Berg"


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


def test_an_infinitive_cue_reports_the_main_clause_subject_unless_someone_was_asked_to():
    lamont = Person("Edward Lamont", aliases=("Lamont",), title="Chief Executive", gender="male")
    dean = Person("Rosa Dean", aliases=("Dean",), gender="female")
    _, found = quotes_of(
        "Edward Lamont said the merger would close in March.\n\n"
        'Lamont would not give details on job cuts, except to say, "There will be some changes in '
        'head count."\n\n'
        'Rosa Dean wanted him to say "We will keep every store open this year."',
        lamont,
        dean,
    )
    assert by_text(found, "There will be some changes").speaker == "Edward Lamont"
    assert by_text(found, "We will keep every store").speaker != "Rosa Dean"


def test_quoted_as_saying_names_the_one_quoted_not_the_agency():
    rossi = Person("Guido Rossi", aliases=("Rossi",), title="Defence Minister")
    _, found = quotes_of(
        'The agency said on Tuesday, quoting Defence Minister Guido Rossi as saying, "We are ready to '
        'send more ships to the region."',
        rossi,
    )
    assert [(q.speaker, q.cue) for q in found] == [("Guido Rossi", "as saying")]


def test_a_weekday_is_never_a_speaker():
    _, found = quotes_of(
        'The state news agency said on Monday, quoting officials as saying, "The new rules will take '
        'effect at the start of next month."'
    )
    assert [q.speaker for q in found] == [None]


def test_a_quotation_set_off_by_dashes_is_the_clause_before_it():
    grady = Person("Paul Grady", aliases=("Grady",))
    _, found = quotes_of(
        "And while former mayor Paul Grady lamented the council's habit of delay - \"why does every "
        'decision take a whole year?" - Democrats in the county said they mostly wanted the roads fixed.',
        grady,
    )
    assert [q.speaker for q in found] == ["Paul Grady"]


def test_an_owner_named_in_plain_text_is_not_the_speaker():
    # no Cast: "Hutton's" is read as plain text; the son named in apposition speaks
    _, found = quotes_of(
        "Fans booed Hutton on Sunday.\n\n"
        "Hutton's son, Grant, defended his father on Tuesday, saying: \"He has given his whole life "
        'to this team and he deserves better."'
    )
    assert [q.speaker for q in found] == ["Grant"]


def test_a_relative_clause_s_own_subject_speaks():
    quinn = Person("Tara Quinn", aliases=("Quinn",))
    lund = Person("Peter Lund", aliases=("Lund",))
    _, found = quotes_of(
        "A local radio host, Tara Quinn, said on Monday that she had heard a recording from a fund-raiser "
        'in Boise, in which Lund said: "Our man sells ideas. So do I. What is wrong with that?"',
        quinn,
        lund,
    )
    assert [q.speaker for q in found] == ["Peter Lund"]


def test_a_participle_cue_reports_the_subject_the_sentence_record_reads():
    # the record's subject past "But": the participle after the object reports his words
    rusk = Person("Dan Rusk", aliases=("Rusk",))
    kirk = Person("Lane Kirk", aliases=("Kirk",))
    _, found = quotes_of(
        "Union leader Lane Kirk said the bill would not be worth passing.\n\n"
        "But Rusk set the tone of the debate by saying, \"I'm not trying to write a bill to please "
        'Lane Kirk. I am trying to write one the president will sign."',
        rusk,
        kirk,
    )
    assert [q.speaker for q in found] == ["Dan Rusk"]


def test_a_clause_before_a_colon_opens_with_the_sentence_record_s_subject():
    # past a leading phrase and a title: the record's subject opens the clause, so Berg speaks
    _, found = quotes_of(
        'Speaking after the vote, Foreign Minister Anna Berg had a warning: "Nobody should expect '
        'the treaty to survive another winter like this one."',
        BERG,
    )
    assert [q.speaker for q in found] == ["Anna Berg"]


def test_attacked_and_lauded_report_their_subject_s_words():
    _, found = quotes_of(
        'In a speech in May, Saar attacked "the reckless spending of a government that has lost its '
        'way." In June, Park lauded the mayor for bringing "new and lasting ideas to the harbour."',
        SAAR,
        PARK,
    )
    assert [q.speaker for q in found] == ["Viktor Saar", "Park Ji-won"]
