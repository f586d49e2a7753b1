"""Speaker phrases resolved to who they name: a Cast mention, a pronoun, a body or a plain-text name.

`SpeakerResolver.resolve` turns the words of a speaker phrase ("Yoon", "he",
"China's foreign ministry", "the German leader") into an `Attribution`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from newsbrief.calendar import weekday_number
from newsbrief.cast.names import honorifics as cast_honorifics
from newsbrief.cast.names import sentence_starters
from newsbrief.cast.title_table import titles_by_phrase
from newsbrief.cast.titles import same_title
from newsbrief.model import Cast, Document, Mention, Person, Reading
from newsbrief.places import country_name, seats
from newsbrief.quotes.marks import reading_limit, trimmed
from newsbrief.quotes.names import (
    HONORIFIC_BEFORE,
    body_names_joined,
    capital_runs,
    described_sex,
    is_modifier,
    names_a_document,
    opens_sentence,
    other_role,
    owner_run,
)
from newsbrief.quotes.subjects import Attribution, SentenceSubjects
from newsbrief.quotes.word_lists import (
    body_head_pattern,
    body_words,
    cue_forms,
    document_nouns,
    honorifics,
    honorifics_of_calling,
    person_descriptions,
    pronoun_genders,
    speaker_pronouns,
    word_class,
)

# How far back "the last person named" and "the last speaker" are looked for: a few pages of
# news, so that each quotation's look-up is bounded however many names a text holds.
_MENTIONS_BACK = 200
_SPEAKERS_BACK = 50
# A speaker "goes on" only within this many characters (a long paragraph's length).
_GOING_ON_CHARS = 5000


class SpeakerResolver:
    """Speaker phrases -> canonical names: through the Cast first, then plain text for what it lacks.

    Who a sentence is about (its subject, the one person in view, a document's owner) it asks of
    `subjects`, which reads the sentence record; `masked` is the text with every quotation blanked."""

    def __init__(self, doc: Document, cast: Cast, readings: tuple[Reading, ...], masked: str):
        self.subjects = SentenceSubjects(doc, cast, readings, masked)
        self.doc = doc
        self.text = doc.text
        self.masked = masked
        self.cast = cast
        self.index = self.subjects.index
        self.readings = readings
        self.quoter: Attribution | None = None  # who speaks the quotation being read inside
        self.inside_quotation = False  # the words read lie inside another quotation
        # where each word stands in the capitalised runs of the whole text ("Ministry" -> runs)
        self._runs_by_word: dict[str, tuple[list[int], list[tuple[int, int]]]] | None = None
        # gender -> (starts, mentions) of the people named outside quotations
        self._people_named: dict[str, tuple[list[int], list[Mention]]] = {}
        # (offset, person, name) of the speakers resolved so far
        self.speakers: list[tuple[int, Person | None, str]] = []
        # where quotations whose cue named no one were read ("a spokeswoman said"), in text order
        self.unnamed_turns: list[int] = []
        self._groups: dict[tuple[str, str], list[Person]] | None = None
        self._short_form_index: dict[str, Person] | None = None
        # calling -> (where and who the first person so called is, where a second one is first named)
        self._called: dict[str, tuple[tuple[int, int] | None, int]] = {}

    # -- Cast look-ups

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.index.between(start, end) if not self.subjects.possessive(m)]

    # -- the Cast's people by what the phrases ask of them (built once, not searched per phrase)

    def _grouped(self) -> dict[tuple[str, str], list[Person]]:
        if self._groups is None:
            self._groups = {}
            for p in self.cast.people:
                if p.kind == "body":
                    self._groups.setdefault(("body of", p.country or ""), []).append(p)
                elif p.kind == "person":
                    self._groups.setdefault(("person of", p.country or ""), []).append(p)
                    if p.title:
                        self._groups.setdefault(("head of", p.organization or ""), []).append(p)
        return self._groups

    def _bodies_of(self, country: str) -> list[Person]:
        return self._grouped().get(("body of", country), [])

    def _people_of(self, country: str) -> list[Person]:
        return self._grouped().get(("person of", country), [])

    def _heads_of(self, body: str) -> list[Person]:
        """The titled people the Cast places in the body."""
        return self._grouped().get(("head of", body), [])

    def _short_forms(self) -> dict[str, Person]:
        """A short form -> the first person (in the Cast's order) whom it names: an alias, or the
        end of the full name ("Kirchner", "de Kirchner")."""
        if self._short_form_index is None:
            self._short_form_index = {}
            for p in self.cast.people:
                words = p.name.split(" ")
                for form in (*p.aliases, *(" ".join(words[i:]) for i in range(1, len(words)))):
                    self._short_form_index.setdefault(form, p)
        return self._short_form_index

    def _recent_mentions(self, offset: int) -> Iterator[Mention]:
        """The mentions before offset, nearest first, the last _MENTIONS_BACK of them."""
        return islice(self.index.before(offset), _MENTIONS_BACK)

    def _recent_speakers(self, offset: int) -> list[tuple[int, Person | None, str]]:
        """The speakers quoted before offset, nearest first, the last _SPEAKERS_BACK of them (they
        were found in the order of their quotations)."""
        before = bisect_left(self.speakers, offset, key=lambda entry: entry[0])
        return self.speakers[max(0, before - _SPEAKERS_BACK) : before][::-1]

    def _person_before(self, offset: int, gender: str = "") -> Person | None:
        """The person named last before offset, outside quotations, whose gender does not clash."""
        if gender not in self._people_named:
            named = [
                m
                for m in self.index.mentions
                if self.cast.people[m.person].kind == "person"
                and self.masked[m.start] != "\u2007"
                and self._fits(self.cast.people[m.person], gender)
            ]
            self._people_named[gender] = ([m.start for m in named], named)
        starts, named = self._people_named[gender]
        before = bisect_left(starts, offset)
        return self.cast.people[named[before - 1].person] if before else None

    # -- phrases

    def resolve(self, start: int, end: int, prefer_last: bool, clause: bool = False) -> Attribution | None:
        """The speaker a phrase names: a Cast mention, a pronoun, a body, or a proper name.

        A noun phrase ("a State Department official") names the head, not its
        modifiers; a `clause` ("Blige sings to Clinton") names its first person.
        """
        start, end = trimmed(self.text, start, end)
        if end <= start:
            return None
        phrase = self.text[start:end]
        if phrase.lower() in speaker_pronouns():
            return self.pronoun(phrase.lower(), start)
        mentions = [
            m
            for m in self._mentions(start, end)
            if clause or not is_modifier(self.text, self._name_end(m, end), end)
        ]
        if mentions:
            m = mentions[-1] if prefer_last else mentions[0]
            p = self.cast.people[m.person]
            name_end = self._name_end(m, end)
            if name_end != m.end:  # "People Power Party": a body, not the person "People Power"
                return Attribution(self.text[m.start : name_end], None, True)
            p = self._namesake_just_named(m) or p
            return Attribution(p.name, None, True, p)
        body = self._national_body(start, end) or self._state_speaking(start, end)
        if body:
            return body
        name = self._proper_name(start, end, prefer_last, clause)
        if name:
            return name
        return self._common_noun([w.lower().strip(".,") for w in phrase.split()], start, end)

    def _namesake_just_named(self, m: Mention) -> Person | None:
        """ "Her son, Maximo Kirchner, told the rally ... '...,' Kirchner said": a bare surname two people
        share is the one named in full in this sentence or the one before, when only one of them is."""
        word = self.text[m.start : m.end]
        if " " in word:
            return None
        sharing = self.index.by_last_word.get(word, set())
        if len(sharing) < 2 or m.person not in sharing:
            return None
        sentence = self.doc.sentence_at(m.start)
        if sentence is None:
            return None
        start = self.doc.sentences[max(0, sentence.index - 1)].start
        named = {
            x.person
            for x in self.index.between(start, m.start)
            if x.person in sharing and x.kind == "name" and " " in self.text[x.start : x.end]
        }
        if len(named) != 1:
            return None
        namesake = self.cast.people[named.pop()]
        # "Ivana Trump ... Mr. Trump, however, said": the honorific tells which of them
        titled = HONORIFIC_BEFORE.search(self.text, max(0, m.start - 8), m.start)
        sex = cast_honorifics().get(titled.group(1), "") if titled else ""
        return namesake if self._fits(namesake, sex) else None

    def _name_end(self, m: Mention, end: int) -> int:
        """Where the name at m ends: past capitalised words up to a body's head word when m is a
        person's mention cut short ("People Power" of "People Power Party"), else at m.end."""
        if self.cast.people[m.person].kind != "person":
            return m.end
        found = body_head_pattern().match(self.text, m.end, end)
        return found.end() if found else m.end

    def _national_body(self, start: int, end: int) -> Attribution | None:
        """ "China's foreign ministry", "the Japanese defence ministry": that country's body.

        The Cast's body when it has one for the country, else named as the
        issue asks ("Foreign Ministry of China").
        """
        countries = [c for c in self.index.countries_between(start, end) if start <= c.start and c.end <= end]
        if not countries:
            return None
        country = countries[-1]
        rest = self.text[country.end : end]
        m = re.fullmatch(r"(?:['’]s)?((?:\s+[a-z][\w-]*){0,2}?)\s+([a-z]+)", rest)
        if not m or m.group(2) not in body_words():
            return None
        noun = m.group(2)
        for p in self._bodies_of(country.code):
            if noun in p.name.lower():
                return Attribution(p.name, None, True, p)
        names = {c.code: c.name for c in self.cast.countries}
        if country.code not in names:
            return None
        head = " ".join(w.capitalize() for w in (m.group(1) + " " + noun).split())
        return Attribution(f"{head} of {names[country.code]}", None, True)

    def _state_speaking(self, start: int, end: int) -> Attribution | None:
        """ "Beijing said", "Russia insisted", "the United States said": a state, or its capital
        standing for it, is the phrase; its government speaks, as a body ("Government of China").
        A seat of government ("the Kremlin", "the State Department") is named as the text names it."""
        lead = re.match(r"(?:[Tt]he\s+)?", self.text[start:end])
        at = start + (lead.end() if lead else 0)
        whole = [c for c in self.index.countries_between(at, end) if c.start == at and c.end == end]
        if len(whole) != 1 or whole[0].kind not in ("name", "capital"):
            return None
        if self.text[at:end] in seats():
            return None
        name = f"Government of {country_name(whole[0].code)}"
        return Attribution(name, None, True, Person(name, kind="body", country=whole[0].code))

    def pronoun(self, pronoun: str, offset: int, linked: bool = True) -> Attribution:
        """ "he said": the subject of this or a recent sentence, else the last speaker, else the last person.

        The nearest name before a pronoun is often an object ("...the ousting of
        Saddam Hussein. 'We are...,' he told the BBC"); the subject of a sentence
        is the better guess, and a speaker already quoted the next.
        """
        if speaker_pronouns()[pronoun] == "quoter":
            # "I" inside a quotation is whoever is quoted saying it.
            return self.quoter or Attribution(None, None, True)
        if speaker_pronouns()[pronoun] != "person" or self.inside_quotation:
            # "he said" inside someone's quotation is a person of their story, not of the article's
            return Attribution(None, None, True)
        gender = pronoun_genders().get(pronoun.split()[0], "")  # "his highness": as "his"
        author = self.subjects.author_of_document_in_lead(offset)
        if author is not None and (author.person is None or self._fits(author.person, gender)):
            return author
        last = self._speaker_going_on(offset, gender)
        if last is not None:
            return last
        # "X endorsed Y's plan, saying she believed '...'": a pronoun after its own sentence's
        # subject goes on with it (the sentence record's subject, named before the pronoun).
        own = self.subjects.sentence_subject(offset, sentences_back=1)
        if own is not None and self._fits(own, gender):
            return Attribution(own.name, None, True, own)
        # The Cast's link weighs salience and gender over several sentences ("Walsh is
        # unfazed. He admitted: ..."); `linked=False` reads the text alone.
        person = self._linked_pronoun(offset) if linked else None
        if person is not None and self._fits(person, gender):
            return Attribution(person.name, None, True, person)
        p = self.subjects.sentence_subject(offset)
        if p is not None and self._fits(p, gender):
            return Attribution(p.name, None, True, p)
        for _, person, name in self._recent_speakers(offset):
            if person is None or person.kind == "person" and self._fits(person, gender):
                return Attribution(name, None, True, person)
        p = self._person_before(offset, gender=gender)
        if p is not None:
            return Attribution(p.name, None, True, p)
        return Attribution(None, None, True)

    def _speaker_going_on(self, offset: int, gender: str) -> Attribution | None:
        """'"...," Warren said. "...," she said': the speaker last quoted in the paragraph, when no one
        else is named since (outside quotations) and the pronoun's gender does not clash."""
        here = self.doc.sentence_at(offset)
        for at, person, name in self._recent_speakers(offset)[:1]:
            there = self.doc.sentence_at(at)
            if here is None or there is None or there.paragraph != here.paragraph or person is None:
                return None
            if offset - at > _GOING_ON_CHARS or person.kind != "person" or not self._fits(person, gender):
                return None
            # the quotation's own sentence is its attribution: a name there describes the speaker
            # ('"...," former Reagan aide Peter Lund wrote. He wrote that ...': he is Lund)
            said_end = there.end if there.index != here.index else at
            others = [
                m
                for m in self.index.between(said_end, offset)
                if m.kind != "pronoun"
                and self.masked[m.start] != "\u2007"
                and self.cast.people[m.person] is not person
            ]
            if others:
                return None
            return Attribution(name, None, True, person)
        return None

    def _fits(self, person: Person, gender: str) -> bool:
        """No gender the article tells of `person` (Person.gender: an honorific, a title, a given
        name; the Cast works it out once) clashes with the pronoun's."""
        return not gender or not person.gender or person.gender == gender

    def _linked_pronoun(self, offset: int) -> Person | None:
        """The person the Cast linked this pronoun to (pronoun_links.py: salience and gender), unless
        that person was last named inside a sentence's leading phrase ("At a conference hosted by
        Gordon Brown, he said ..."): there the name is no subject to go on with."""
        for m in self.index.between(offset, offset + 1):
            if m.kind == "pronoun" and m.start == offset:
                p = self.cast.people[m.person]
                if p.kind != "person":
                    return None
                named = next(
                    (
                        x
                        for x in self._recent_mentions(offset)
                        if x.person == m.person and x.kind != "pronoun"
                    ),
                    None,
                )
                return None if named is not None and self.subjects.in_leading_phrase(named.start) else p
        return None

    def _common_noun(self, words: list[str], offset: int, end: int) -> Attribution | None:
        """ "the president", "the German leader", "the ministry", "the letter": the one meant, or no one."""
        opening_country = any(c.start == offset for c in self.index.countries_between(offset, offset + 1))
        if not words or words[0] not in word_class("determiner") and not opening_country:
            # "Greenland premier:", "NATO chief:": a headline's label
            return self._label_holder(offset, end)
        joint = next(
            (i for i in range(1, len(words) - 1) if words[i] == "joint" and words[i + 1] in document_nouns()),
            None,
        )
        if joint is not None and all(w in word_class("author_participle") for w in words[joint + 2 :]):
            # "said a joint statement (issued after the talks)": the parties' words, as the text names them
            return Attribution(" ".join(self.text[offset:end].split()[joint : joint + 2]), None, True)
        if words[0] in ("a", "an", "one", "another"):
            return Attribution(None, None, True)  # "a spokesman said": someone not named
        head = words[-1]
        owner = self.subjects.owner_of(head, offset)
        if owner is not None:
            return owner
        called = self._one_called(head, offset)
        if called is not None:
            return Attribution(called.name, None, True, called)
        if head in person_descriptions():
            if self._brought_in_unnamed(head, offset):
                return Attribution(None, None, True)  # "a young woman asked ... the woman said"
            in_view = self.subjects.one_person_in_view(offset)
            if in_view.speaker or not self._next_to_cue(offset, end):
                return self._description_fits(in_view, head, offset)
            return self._speaker_described(words, offset) or in_view
        if head in word_class("head_role"):
            # "the WHO chief": the one person the Cast places at the head of the body named
            bodies = {
                self.cast.people[m.person].name
                for m in self.index.between(offset, end)
                if self.cast.people[m.person].kind == "body"
            }
            heads = {p for body in bodies for p in self._heads_of(body)}
            if len(heads) == 1:
                p = heads.pop()
                return Attribution(p.name, None, True, p)
        # "the German leader", "the French president": a person of that country, nearest
        # before, whom the noun fits; a person of another country never fits.
        codes = [
            c.code for c in self.index.countries_between(offset, end) if offset <= c.start and c.end <= end
        ]
        country = codes[-1] if codes else None
        others = {m.person for m in self.index.between(*self.subjects.leading_adjunct(offset))}
        for m in self._recent_mentions(offset):
            p = self.cast.people[m.person]
            if p.kind != "person" or self.masked[m.start] == "\u2007" or m.person in others:
                continue
            if country is not None and p.country != country and p.country is not None:
                continue
            titled = bool(p.title) and head in p.title.lower().split()
            leader = country is not None and p.country == country and head in word_class("leader_noun")
            if titled or leader and (p.is_leader or head != "leader"):
                return Attribution(p.name, None, True, p)
        if opening_country and country is not None:
            # a headline names its speaker before the story does: the one person of that country
            # the noun fits, anywhere in the article
            fits = {
                p
                for p in self._people_of(country)
                if bool(p.title) and head in p.title.lower().split() or head == "leader" and p.is_leader
            }
            if len(fits) == 1:
                p = fits.pop()
                return Attribution(p.name, None, True, p)
        names = body_words().get(head)
        if names:
            for m in self._recent_mentions(offset):
                p = self.cast.people[m.person]
                if p.kind == "body" and any(n.lower() in p.name.lower().split() for n in names):
                    return Attribution(p.name, None, True, p)
            for _, person, name in self._recent_speakers(offset):  # "the ministry" quoted before
                if any(n in name.split() for n in names):
                    return Attribution(name, None, True, person)
            body = self._named_body_before(offset, names)
            if body:
                return Attribution(body, None, True)
        return Attribution(None, None, True)

    def _speaker_described(self, words: list[str], offset: int) -> Attribution | None:
        """ "'...,' said the analyst" with several people in view: the person quoted last, within a
        long paragraph's length, is the one the description stands for, when no quotation came
        between whose speaker the text did not name ("A spokeswoman said: ..."), the text brought
        no one in as "a/another ... analyst", and the description's sex ("the man") fits."""
        head = words[-1]
        if any(w in word_class("other_one") for w in words):
            return None  # "the second official", "the other analyst"
        for at, person, name in self._recent_speakers(offset)[:1]:
            if person is None or person.kind != "person" or offset - at > _GOING_ON_CHARS:
                return None
            if bisect_left(self.unnamed_turns, offset) > bisect_left(self.unnamed_turns, at):
                return None
            if other_role(person, head):
                return None
            gender = described_sex(head)
            return Attribution(name, None, True, person) if self._fits(person, gender) else None
        return None

    def _description_fits(self, in_view: Attribution, head: str, offset: int) -> Attribution:
        """The one person in view stands for "the man", "the analyst" only when the person holds no
        other title ("the analyst" is not the Economy Minister) and the description's sex fits."""
        person = in_view.person
        if person is None:
            return in_view
        gender = described_sex(head)
        if other_role(person, head) or not self._fits(person, gender):
            return Attribution(None, None, True)
        return in_view

    def _next_to_cue(self, start: int, end: int) -> bool:
        """The phrase is the cue's own subject or object ("said the analyst", "the analyst added"),
        not an aside in a longer subject ("Nora Blake, the campaigner, praised ...")."""
        before = re.search(r"([a-z]+)\s+\Z", self.masked[max(0, start - 20) : start])
        after = re.match(r"\s+(?:also\s+)?([a-z]+)", self.masked[end : end + 30])
        return any(m is not None and m.group(1) in cue_forms() for m in (before, after))

    def _brought_in_unnamed(self, noun: str, offset: int) -> bool:
        """The text brings in someone unnamed by the noun before offset: "a young woman asked",
        "another GOP official said", "one analyst"."""
        pattern = r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}?" + re.escape(noun) + r"\b"
        return re.search(pattern, self.text[max(0, offset - _GOING_ON_CHARS) : offset], re.I) is not None

    def _one_called(self, noun: str, offset: int) -> Person | None:
        """ "the doctor said" after "Dr. Ana Torres": the one person named before offset (outside
        quotations) with the courtesy word of that calling (speaker_honorifics.tsv); no one if two are."""
        words = honorifics_of_calling().get(noun)
        if not words:
            return None
        if noun not in self._called:
            before = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\.?\s+$")
            first: tuple[int, int] | None = None  # (where, person) of the first one so called
            second_at = len(self.text) + 1  # where a second person so called is first named
            for m in self.index.mentions:
                if m.kind != "name" or self.masked[m.start] == "\u2007" or m.start >= second_at:
                    continue
                if self.cast.people[m.person].kind != "person":
                    continue
                if not before.search(self.text, max(0, m.start - 16), m.start):
                    continue
                if first is None:
                    first = (m.start, m.person)
                elif m.person != first[1]:
                    second_at = m.start
            self._called[noun] = (first, second_at)
        first, second_at = self._called[noun]
        if first is None or not first[0] < offset <= second_at:
            return None
        return self.cast.people[first[1]]

    def _label_holder(self, start: int, end: int) -> Attribution | None:
        """ "Greenland premier: '...'", "NATO chief: '...'": a label of a place or body and an office
        (a headline's). Its holder is the one person the story names right after that place or body
        ("Greenland's Prime Minister Mute Egede") whose office the label's noun fits."""
        label = re.fullmatch(
            r"((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*?)(?:['’]s)?\s+([a-z][a-z -]*)", self.text[start:end]
        )
        if not label:
            return None
        qualifier, noun = label.group(1), label.group(2).split()[-1]
        title = titles_by_phrase().get(label.group(2)) or titles_by_phrase().get(noun)
        leader_noun = noun in word_class("leader_noun") or noun in word_class("head_role")
        if title is None and not leader_noun:
            return None
        near = re.compile(r"\b" + re.escape(qualifier) + r"(?:['’]s)?\b[^.!?\n]{0,60}$")
        holders = set()
        for m in self.index.mentions:
            p = self.cast.people[m.person]
            if m.kind != "name" or p.kind != "person" or m.start < end:
                continue
            fits = (title is not None and bool(p.title) and same_title(title.title, p.title)) or (
                leader_noun and (p.is_leader or (bool(p.title) and noun in p.title.lower().split()))
            )
            if fits and near.search(self.text, max(0, m.start - 80), m.start):
                holders.add(m.person)
        if len(holders) != 1:
            return None
        p = self.cast.people[holders.pop()]
        return Attribution(p.name, None, True, p)

    def _named_body_before(self, offset: int, names: tuple[str, ...]) -> str | None:
        """Plain-text fallback: the nearest capitalised name before offset that has one of `names`."""
        if self._runs_by_word is None:
            self._runs_by_word = {}
            # quotations stop at the reading limit, and so do the offsets asked about
            limit = reading_limit(self.text)
            for run in body_names_joined(self.text, capital_runs(self.text, 0, limit)):
                for word in set(self.text[run[0] : run[1]].split()):
                    starts, runs = self._runs_by_word.setdefault(word, ([], []))
                    starts.append(run[0])
                    runs.append(run)
        nearest: tuple[int, int] | None = None
        for name in names:
            starts, runs = self._runs_by_word.get(name, ([], []))
            before = bisect_left(starts, offset)
            if before and (nearest is None or runs[before - 1] > nearest):
                nearest = runs[before - 1]
        return self.text[nearest[0] : nearest[1]] if nearest else None

    def _proper_name(
        self, start: int, end: int, prefer_last: bool, clause: bool = False
    ) -> Attribution | None:
        """A capitalised name in the phrase that the Cast has no mention for (a body, or a name it missed).

        Places are not speakers: a run the Cast knows as a country is skipped.
        """
        runs = [
            r
            for r in body_names_joined(self.text, capital_runs(self.text, start, end))
            if not (
                opens_sentence(self.text, *r) and not self.subjects.named_mid_sentence(self.text[r[0] : r[1]])
            )
            and not self._is_country(*r)
            and self.text[r[0] : r[1]].lower() not in sentence_starters()  # "It", "They", "This"
            and weekday_number(self.text[r[0] : r[1]]) is None  # "said on Monday, ..."
            and not owner_run(self.text, *r)  # "Schilling's son, Grant": the owner speaks not
            and (clause or not is_modifier(self.text, r[1], end) or names_a_document(self.text, r[1], end))
        ]
        if not runs:
            return None
        run_start, run_end = runs[-1] if prefer_last else runs[0]
        name = self.text[run_start:run_end]
        after_honorific = re.search(r"(\S+)\s+$", self.text[max(0, run_start - 8) : run_start])
        if name.lower() in titles_by_phrase() and not (
            after_honorific and after_honorific[1] in honorifics()
        ):
            # "Prime Minister said:": the one holding that title, never the title itself
            holder = self._holder_before(name, run_start)
            return Attribution(holder.name, None, True, holder) if holder else Attribution(None, None, True)
        p = self._short_forms().get(name)  # a short form of someone the Cast knows
        if p is not None:
            return Attribution(p.name, None, True, p)
        return Attribution(self.subjects.full_name(name), None, True)

    def _holder_before(self, title: str, offset: int) -> Person | None:
        """The person nearest before `offset` whose title is `title`."""
        for m in self._recent_mentions(offset):
            p = self.cast.people[m.person]
            if p.kind == "person" and p.title and same_title(title, p.title):
                return p
        return None

    def _is_country(self, start: int, end: int) -> bool:
        """The run is a place and nothing more ("Korea"; not "Democratic Party of Korea")."""
        rest = list(self.text[start:end])
        for c in self.index.countries_between(start, end):
            if c.start < end and c.end > start:
                rest[max(c.start, start) - start : min(c.end, end) - start] = " " * (
                    min(c.end, end) - max(c.start, start)
                )
        return len(rest) != end - start or not re.search(r"[^\W\d_]{2}", "".join(rest))
