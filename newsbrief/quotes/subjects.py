"""Who a sentence is about, for the speaker resolver: its subject, the phrase that opens it
before the subject, the one person in view, the owner of a document it names.

`SentenceSubjects` holds the article, the Cast and a `MentionIndex`; `quotes.speakers.SpeakerResolver`
asks it (it holds one). (The Cast's pronoun linker answers "the sentence's subject" for pronouns;
these answer it for quotation speakers: "the champion said", "the message said", "In it, he said".)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newsbrief.model import Cast, CountryMention, Document, Mention, Person, Reading, Sentence
from newsbrief.quotes.names import opens_sentence
from newsbrief.quotes.word_lists import (
    document_nouns,
    honorifics,
    skip_words,
    speaker_pronouns,
)


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


class SentenceSubjects:
    """The article's sentences read for who they are about (see the module docstring)."""

    def __init__(self, doc: Document, cast: Cast, readings: tuple[Reading, ...], masked: str):
        self.doc = doc
        self.text = doc.text
        self.masked = masked  # the text with every quotation blanked (quotes.tokens.masked_text)
        self.cast = cast
        self.index = MentionIndex(cast)
        # The sentence record (readings.py), one Reading per sentence in order: where each
        # sentence's leading phrase ends and who its subject is are read there, once.
        self.readings = readings
        self._mid_sentence: dict[str, bool] = {}
        self._full_names: dict[str, str] = {}

    def possessive(self, m: Mention) -> bool:
        """ "Dunn's", and "Sanders' approach": a name in -s and its mark alone."""
        after = self.text[m.end : m.end + 2]
        plural_mark = (
            self.text[m.end - 1 : m.end] == "s" and after[:1] in ("'", "’") and not after[1:].isalnum()
        )
        return m.kind == "possessive" or after in ("'s", "’s") or plural_mark

    def _lead_end(self, sentence: Sentence) -> int:
        return self.readings[sentence.index].lead_end

    def in_leading_phrase(self, offset: int) -> bool:
        """The offset lies in a phrase opening its sentence before the subject ("At a conference
        hosted by X, ...", "Speaking alongside X, ..."): the sentence record's leading phrase."""
        sentence = self.doc.sentence_at(offset)
        return sentence is not None and offset < self._lead_end(sentence)

    def sentence_subject(self, offset: int, sentences_back: int = 3) -> Person | None:
        """The subject of the pronoun's sentence (before it) or of one of the few before, by the
        sentence record: a person named as the subject, not a pronoun (a pronoun subject sends the
        look further back) nor a body."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return None
        for index in range(sentence.index, max(-1, sentence.index - sentences_back), -1):
            reading = self.readings[index]
            subject = reading.subject
            if subject is None or subject.start >= offset or reading.subject_person is None:
                continue
            if self.text[subject.start : subject.end].lower() in speaker_pronouns():
                continue
            person = self.cast.people[reading.subject_person]
            if person.kind == "person":
                return person
        return None

    def one_person_in_view(self, offset: int, sentences_back: int = 2) -> Attribution:
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
        """The person a sentence opens with, as its subject ("Britain's Jason Hart won", "Hart clocked"):
        the sentence record's subject, when it is a person named (not a pronoun)."""
        reading = self.readings[sentence.index]
        if reading.subject is None or reading.subject_person is None:
            return None
        if self.text[reading.subject.start : reading.subject.end].lower() in speaker_pronouns():
            return None
        return reading.subject_person if self.cast.people[reading.subject_person].kind == "person" else None

    def leading_adjunct(self, offset: int) -> tuple[int, int]:
        """The phrase opening the sentence before a subject at offset ("Speaking alongside Ishiba, the
        prime minister said"): who it names is someone else than the subject. Empty if none."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return (0, 0)
        end = min(self._lead_end(sentence), offset)
        return (sentence.start, end) if end > sentence.start else (0, 0)

    def owner_of(self, head: str, offset: int) -> Attribution | None:
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
                    best = Attribution(self.full_name(run.group(1)), None, True)
        if best is not None:
            return best
        for m in _sent_document(noun).finditer(self.masked, start, offset):
            # "In a letter to the bloc, seen on Wednesday, Moreau wrote ...": the sentence record's
            # subject, past the leading phrase that names the document
            sentence = self.doc.sentence_at(m.start())
            person = None if sentence is None else self.readings[sentence.index].subject_person
            if person is not None and self.cast.people[person].kind == "person":
                p = self.cast.people[person]
                best = Attribution(p.name, None, True, p)
        return best

    def author_of_document_in_lead(self, offset: int) -> Attribution | None:
        """ "Mr Carr's e-mail ... In it, he said:": a pronoun whose sentence opens "In it," or "In the
        letter," speaks for the owner of that document (`_owner_of`)."""
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return None
        lead = re.match(r"\s*In (it|the ([\w-]+)),\s*$", self.masked[sentence.start : offset], re.I)
        return self.owner_of((lead.group(2) or "it").lower(), offset) if lead else None

    def _opener_only(self, word: str, at: int) -> bool:
        """A capitalised word at `at` only because it opens a sentence ("Pollster Pat Caddell")."""
        return opens_sentence(self.text, at, at + len(word)) and not self.named_mid_sentence(word)

    def named_mid_sentence(self, word: str) -> bool:
        """The text capitalises `word` inside a sentence too, so it is a name, not an opener."""
        if word not in self._mid_sentence:
            found = re.search(r"[\w,;] " + re.escape(word) + r"\b", self.text)
            self._mid_sentence[word] = found is not None
        return self._mid_sentence[word]

    def full_name(self, name: str) -> str:
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
