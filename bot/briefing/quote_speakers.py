"""Speaker phrases resolved to who they name: a Cast mention, a pronoun, a body or a plain-text name.

`SpeakerResolver.resolve` turns the words of a speaker phrase ("Yoon", "he",
"China's foreign ministry", "the German leader") into an `Attribution`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .model import Cast, CountryMention, Document, Mention, Person, Sentence
from .names import sentence_starters
from .quote_marks import trimmed
from .quote_names import body_names_joined, capital_runs, is_modifier, opens_sentence
from .quote_tokens import WORD
from .quote_word_lists import (
    body_head_pattern,
    body_words,
    document_nouns,
    honorifics,
    person_descriptions,
    phrase_openers,
    pronoun_genders,
    skip_words,
    speaker_pronouns,
    title_modifiers,
    word_class,
)
from .title_table import titles_by_phrase
from .titles import same_title


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    cue: str | None
    found: bool  # a cue or speaker phrase was read (even if it named nobody)
    person: Person | None = None


NO_ATTRIBUTION = Attribution(None, None, False)


@cache
def _owned_document(noun: str) -> re.Pattern[str]:
    """ "Powell's resignation letter": a document noun after a possessive."""
    return re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?" + re.escape(noun) + r"\b", re.I)


@cache
def _sent_document(noun: str) -> re.Pattern[str]:
    """ "in a message read out at a rally": the document someone spoke through."""
    return re.compile(
        r"\b(?:in|through|via) (?:a|an|his|her) (?:[\w-]+ ){0,2}?" + re.escape(noun) + r"\b", re.I
    )


class MentionIndex:
    """The Cast's mentions by offset: those in a span, and those before a point (nearest first)."""

    def __init__(self, cast: Cast):
        self.mentions = sorted(cast.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.countries = sorted(cast.country_mentions, key=lambda c: c.start)
        self.country_starts = [c.start for c in self.countries]
        self.longest_country = max((c.end - c.start for c in self.countries), default=0)
        # "Kirchner" -> the people whose full name ends in it (two namesakes share a surname)
        self.by_last_word: dict[str, set[int]] = {}
        for i, p in enumerate(cast.people):
            if p.kind == "person" and " " in p.name:
                self.by_last_word.setdefault(p.name.rsplit(" ", 1)[1], set()).add(i)

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def countries_between(self, start: int, end: int) -> list[CountryMention]:
        """The country mentions overlapping [start, end)."""
        lo = bisect_left(self.country_starts, start - self.longest_country)
        hi = bisect_left(self.country_starts, end)
        return [c for c in self.countries[lo:hi] if c.end > start]

    def before(self, offset: int) -> Iterator[Mention]:
        for i in range(bisect_left(self.starts, offset) - 1, -1, -1):
            yield self.mentions[i]


class SpeakerResolver:
    """Speaker phrases -> canonical names: through the Cast first, then plain text for what it lacks."""

    def __init__(self, doc: Document, cast: Cast):
        self.doc = doc
        self.text = doc.text
        self.masked = doc.text  # the text with quotations blanked (set by the attributor)
        self.quoter: Attribution | None = None  # who speaks the quotation being read inside
        self.inside_quotation = False  # the words read lie inside another quotation
        self.cast = cast
        self.index = MentionIndex(cast)
        self._all_runs: list[tuple[int, int]] | None = None  # capitalised runs of the whole text
        self._mid_sentence: dict[str, bool] = {}
        self._full_names: dict[str, str] = {}
        # (offset, person, name) of the speakers resolved so far
        self.speakers: list[tuple[int, Person | None, str]] = []

    # -- Cast look-ups

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.index.between(start, end) if not self.possessive(m)]

    def possessive(self, m: Mention) -> bool:
        return m.kind == "possessive" or self.text[m.end : m.end + 2] in ("'s", "’s")

    def _person_before(self, offset: int, kind: str = "person", gender: str = "") -> Person | None:
        for m in self.index.before(offset):
            p = self.cast.people[m.person]
            if p.kind == kind and self.masked[m.start] != "\u2007" and self._fits(p, gender):
                return p
        return None

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
        body = self._national_body(start, end)
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
        return self.cast.people[named.pop()]

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
        for p in self.cast.people:
            if p.kind == "body" and p.country == country.code and noun in p.name.lower():
                return Attribution(p.name, None, True, p)
        names = {c.code: c.name for c in self.cast.countries}
        if country.code not in names:
            return None
        head = " ".join(w.capitalize() for w in (m.group(1) + " " + noun).split())
        return Attribution(f"{head} of {names[country.code]}", None, True)

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
        author = self._author_of_document_in_lead(offset)
        if author is not None and (author.person is None or self._fits(author.person, gender)):
            return author
        last = self._speaker_going_on(offset, gender)
        if last is not None:
            return last
        # The Cast's link weighs salience and gender over several sentences ("Walsh is
        # unfazed. He admitted: ..."); `linked=False` reads the text alone.
        person = self._linked_pronoun(offset) if linked else None
        if person is not None and self._fits(person, gender):
            return Attribution(person.name, None, True, person)
        p = self._sentence_subject(offset)
        if p is not None and self._fits(p, gender):
            return Attribution(p.name, None, True, p)
        for at, person, name in reversed(self.speakers):
            if at < offset and (person is None or self._fits(person, gender)):
                return Attribution(name, None, True, person)
        p = self._person_before(offset, gender=gender)
        if p is not None:
            return Attribution(p.name, None, True, p)
        return Attribution(None, None, True)

    def _author_of_document_in_lead(self, offset: int) -> Attribution | None:
        """ "Mr Carr's e-mail ... In it, he said:": a pronoun whose sentence opens "In it," or "In the
        letter," speaks for the owner of that document (`_owner_of`)."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return None
        lead = re.match(r"\s*In (it|the ([\w-]+)),\s*$", self.masked[sentence.start : offset], re.I)
        return self._owner_of((lead.group(2) or "it").lower(), offset) if lead else None

    def _speaker_going_on(self, offset: int, gender: str) -> Attribution | None:
        """'"...," Warren said. "...," she said': the speaker last quoted in the paragraph, when no one
        else is named since (outside quotations) and the pronoun's gender does not clash."""
        here = self.doc.sentence_at(offset)
        for at, person, name in reversed(self.speakers):
            if at >= offset:
                continue
            there = self.doc.sentence_at(at)
            if here is None or there is None or there.paragraph != here.paragraph or person is None:
                return None
            others = [
                m
                for m in self.index.between(at, offset)
                if m.kind != "pronoun"
                and self.masked[m.start] != "\u2007"
                and self.cast.people[m.person] is not person
            ]
            if others or not self._fits(person, gender):
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
                    (x for x in self.index.before(offset) if x.person == m.person and x.kind != "pronoun"),
                    None,
                )
                return None if named is not None and self._in_leading_phrase(named.start) else p
        return None

    def _in_leading_phrase(self, offset: int) -> bool:
        """The offset lies in a phrase opening its sentence before the subject ("At a conference
        hosted by X, ...", "Speaking alongside X, ..."): up to the phrase's first comma."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None or not self._opens_with_phrase(sentence):
            return False
        comma = self.masked.find(",", sentence.start, sentence.end)
        return sentence.start <= offset < comma

    def _opens_with_phrase(self, sentence: Sentence) -> bool:
        """The sentence's first word opens a phrase before its subject: a preposition or adverb
        (pronoun_words.tsv `opener`: "At", "After", "Speaking") or another participle; a conjunction
        ("But Leigh, who chairs ..., warned") opens none."""
        first = re.match(r"\W*([A-Za-z]+)", self.masked[sentence.start : sentence.end])
        word = first.group(1).lower() if first else ""
        return word in phrase_openers() or word.endswith("ing")

    def _sentence_subject(self, offset: int, sentences_back: int = 3) -> Person | None:
        """The person named first, near the start, in the pronoun's sentence or one of the few before."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return None
        index = sentence.index
        for back in range(sentences_back):
            if index - back < 0:
                break
            s = self.doc.sentences[index - back]
            end = min(s.end, offset)
            words = 0
            for m in WORD.finditer(self.masked, s.start, end):
                word = m.group()
                if word.lower() in speaker_pronouns():
                    break  # the subject here is itself a pronoun: look further back
                mention = next(
                    (x for x in self.index.between(m.start(), m.end()) if x.kind != "pronoun"), None
                )
                if (
                    mention is not None
                    and not self.possessive(mention)
                    and not self._in_leading_phrase(m.start())
                ):
                    person = self.cast.people[mention.person]
                    if person.kind == "person":
                        return person
                if word[:1].isalpha():
                    words += 1
                if words > 8:
                    break
        return None

    def _common_noun(self, words: list[str], offset: int, end: int) -> Attribution | None:
        """ "the president", "the German leader", "the ministry", "the letter": the one meant, or no one."""
        opening_country = any(c.start == offset for c in self.index.countries_between(offset, offset + 1))
        if not words or words[0] not in word_class("determiner") and not opening_country:
            return None  # "Iceland's leader:", "Greenland premier:" open with their country instead
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
        owner = self._owner_of(head, offset)
        if owner is not None:
            return owner
        if head in person_descriptions():
            return self._one_person_in_view(offset)
        if head in word_class("head_role"):
            # "the WHO chief": the one person the Cast places at the head of the body named
            bodies = {
                self.cast.people[m.person].name
                for m in self.index.between(offset, end)
                if self.cast.people[m.person].kind == "body"
            }
            heads = {
                p for p in self.cast.people if p.kind == "person" and p.organization in bodies and p.title
            }
            if len(heads) == 1:
                p = heads.pop()
                return Attribution(p.name, None, True, p)
        # "the German leader", "the French president": a person of that country, nearest
        # before, whom the noun fits; a person of another country never fits.
        codes = [
            c.code for c in self.index.countries_between(offset, end) if offset <= c.start and c.end <= end
        ]
        country = codes[-1] if codes else None
        others = {m.person for m in self.index.between(*self._leading_adjunct(offset))}
        for m in self.index.before(offset):
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
                for p in self.cast.people
                if p.kind == "person"
                and p.country == country
                and (bool(p.title) and head in p.title.lower().split() or head == "leader" and p.is_leader)
            }
            if len(fits) == 1:
                p = fits.pop()
                return Attribution(p.name, None, True, p)
        names = body_words().get(head)
        if names:
            for m in self.index.before(offset):
                p = self.cast.people[m.person]
                if p.kind == "body" and any(n.lower() in p.name.lower().split() for n in names):
                    return Attribution(p.name, None, True, p)
            for at, person, name in reversed(self.speakers):  # "the ministry" quoted before
                if at < offset and any(n in name.split() for n in names):
                    return Attribution(name, None, True, person)
            body = self._named_body_before(offset, names)
            if body:
                return Attribution(body, None, True)
        return Attribution(None, None, True)

    def _one_person_in_view(self, offset: int, sentences_back: int = 2) -> Attribution:
        """ "Jason Hart won the 60m. ... The world indoor champion said": the one person named
        (outside quotations) in this sentence before `offset` and the few before it; no one if two are."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return Attribution(None, None, True)
        start = self.doc.sentences[max(0, sentence.index - sentences_back)].start
        named = {
            m.person
            for m in self.index.between(start, offset)
            if m.kind != "pronoun"
            and self.cast.people[m.person].kind == "person"
            and self.masked[m.start] != "\u2007"
        }
        if len(named) > 1:
            # others named only as objects ("finished ahead of Germany's Marc Blume") do not count:
            # the one person who is the subject of every sentence there
            subjects = {
                self.opening_person(self.doc.sentences[i])
                for i in range(max(0, sentence.index - sentences_back), sentence.index)
            }
            enough = sentence.index >= sentences_back  # as many sentences as the window holds
            named = subjects if enough and len(subjects) == 1 and None not in subjects else set()
        if len(named) != 1:
            return Attribution(None, None, True)
        p = self.cast.people[named.pop()]
        return Attribution(p.name, None, True, p)

    def opening_person(self, sentence: Sentence) -> int | None:
        """The person a sentence opens with, as its subject ("Britain's Jason Hart won", "Hart clocked")."""
        for m in self.index.between(sentence.start, sentence.end):
            if m.kind == "pronoun" or self.cast.people[m.person].kind != "person" or self.possessive(m):
                continue
            lead = self.masked[sentence.start : m.start].split()
            titled = all(  # "Britain's", "Former president"
                w[:1].isupper() or w.lower() in titles_by_phrase() or w.lower() in title_modifiers()
                for w in lead
            )
            return m.person if len(lead) <= 3 and titled else None
        return None

    def _leading_adjunct(self, offset: int) -> tuple[int, int]:
        """The phrase opening the sentence before a subject at offset ("Speaking alongside Ishiba, the
        prime minister said"): who it names is someone else than the subject. Empty if none."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None or not self._opens_with_phrase(sentence):
            return (0, 0)
        comma = self.masked.rfind(",", sentence.start, offset)
        return (sentence.start, comma) if comma >= 0 else (0, 0)

    def _owner_of(self, head: str, offset: int) -> Attribution | None:
        """The one whose document `head` is, named in the few sentences before: "the letter" after
        "Powell's resignation letter"; "the message" after "Ruiz attacked the talks in a message"
        (the subject of the sentence that says so). For "it", any document they name, when all
        those documents are one person's."""
        if head == "it":
            nouns = sorted(document_nouns())
        elif head in document_nouns():
            nouns = [head]
        else:
            return None
        sentence = self.doc.sentence_at(offset)
        start = self.doc.sentences[max(0, sentence.index - 3)].start if sentence else max(0, offset - 600)
        found = [a for a in (self._document_owner(n, start, offset) for n in nouns) if a is not None]
        return found[0] if len({a.speaker for a in found}) == 1 else None

    def _document_owner(self, noun: str, start: int, offset: int) -> Attribution | None:
        """The owner of the last `noun` named in [start, offset): the possessor ("X's letter"), else
        the subject of a sentence saying its subject spoke in one ("in a message read out")."""
        best = None
        for m in _owned_document(noun).finditer(self.masked, start, offset):
            owner = [x for x in self.index.between(m.start() - 1, m.start()) if x.end == m.start()]
            if owner:
                p = self.cast.people[owner[-1].person]
                best = Attribution(p.name, None, True, p)
            else:
                run = re.search(
                    r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)$", self.text[max(0, m.start() - 60) : m.start()]
                )
                if run:
                    best = Attribution(self._full_name(run.group(1)), None, True)
        if best is not None:
            return best
        for m in _sent_document(noun).finditer(self.masked, start, offset):
            sentence = self.doc.sentence_at(m.start())
            person = self.opening_person(sentence) if sentence else None
            if person is not None:
                p = self.cast.people[person]
                best = Attribution(p.name, None, True, p)
        return best

    def _named_body_before(self, offset: int, names: tuple[str, ...]) -> str | None:
        """Plain-text fallback: the nearest capitalised name before offset that has one of `names`."""
        if self._all_runs is None:
            self._all_runs = body_names_joined(self.text, capital_runs(self.text, 0, len(self.text)))
        for run_start, run_end in reversed(self._all_runs[: bisect_left(self._all_runs, (offset, 0))]):
            run = self.text[run_start:run_end]
            if any(n in run.split() for n in names):
                return run
        return None

    def _proper_name(
        self, start: int, end: int, prefer_last: bool, clause: bool = False
    ) -> Attribution | None:
        """A capitalised name in the phrase that the Cast has no mention for (a body, or a name it missed).

        Places are not speakers: a run the Cast knows as a country is skipped.
        """
        runs = [
            r
            for r in body_names_joined(self.text, capital_runs(self.text, start, end))
            if not (opens_sentence(self.text, *r) and not self._named_mid_sentence(self.text[r[0] : r[1]]))
            and not self._is_country(*r)
            and self.text[r[0] : r[1]].lower() not in sentence_starters()  # "It", "They", "This"
            and (clause or not is_modifier(self.text, r[1], end) or self._names_a_document(r[1], end))
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
        for p in self.cast.people:  # a short form of someone the Cast knows
            if name in p.aliases or p.name.endswith(" " + name):
                return Attribution(p.name, None, True, p)
        return Attribution(self._full_name(name), None, True)

    def _holder_before(self, title: str, offset: int) -> Person | None:
        """The person nearest before `offset` whose title is `title`."""
        for m in self.index.before(offset):
            p = self.cast.people[m.person]
            if p.kind == "person" and p.title and same_title(title, p.title):
                return p
        return None

    def _names_a_document(self, run_end: int, phrase_end: int) -> bool:
        """ "the IMF report", "a White House statement": the name is the document's author."""
        words = self.text[run_end:phrase_end].split()
        return bool(words) and words[-1].lower().strip(".,") in document_nouns()

    def _is_country(self, start: int, end: int) -> bool:
        """The run is a place and nothing more ("Korea"; not "Democratic Party of Korea")."""
        rest = list(self.text[start:end])
        for c in self.index.countries_between(start, end):
            if c.start < end and c.end > start:
                rest[max(c.start, start) - start : min(c.end, end) - start] = " " * (
                    min(c.end, end) - max(c.start, start)
                )
        return len(rest) != end - start or not re.search(r"[^\W\d_]{2}", "".join(rest))

    def _opener_only(self, word: str, at: int) -> bool:
        """A capitalised word at `at` only because it opens a sentence ("Pollster Pat Caddell")."""
        return opens_sentence(self.text, at, at + len(word)) and not self._named_mid_sentence(word)

    def _named_mid_sentence(self, word: str) -> bool:
        """The text capitalises `word` inside a sentence too, so it is a name, not an opener."""
        if word not in self._mid_sentence:
            found = re.search(r"[\w,;] " + re.escape(word) + r"\b", self.text)
            self._mid_sentence[word] = found is not None
        return self._mid_sentence[word]

    def _full_name(self, name: str) -> str:
        """ "Caddell" -> "Pat Caddell" when the text names him in full somewhere (plain-text fallback)."""
        if " " in name:
            return name
        if name not in self._full_names:
            self._full_names[name] = self._find_full_name(name)
        return self._full_names[name]

    def _find_full_name(self, name: str) -> str:
        """The first capitalised run ending in `name`: "Pat Caddell", "New York Times" (not "York
        Times"); words that only open a sentence or a title ("The", "Sen.") are not part of it."""
        for m in re.finditer(r"\b((?:[A-Z][a-z][\w'’\-]* ){1,3})" + re.escape(name) + r"\b", self.text):
            words, at = m.group(1).split(), m.start()
            while words and (
                words[0].lower() in skip_words()
                or words[0] in honorifics()
                or self._opener_only(words[0], at)
            ):
                at += len(words.pop(0)) + 1
            if words:
                return " ".join([*words, name])
        return name
