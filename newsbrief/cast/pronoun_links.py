"""Step 13 of the Cast: pronouns linked to people: "he", "she", "his", "her", "him" -> a person of the Cast.

No model; the salience rules of centering theory, as news writing follows them:

- A pronoun means a person (kind "person"), never a body, a law or a place, and one whose
  gender does not clash: an honorific or a title (data/honorific_genders.tsv,
  data/title_genders.tsv), a given name of one gender in every language (given_name_genders.tsv)
  or an earlier pronoun linked to them tells it; nothing else is guessed.
- "He"/"She" (or "His"/"Her") opening a sentence goes on with the subject of the sentence before
  ("Blair met Bush. He said ..." is Blair), then an earlier subject, then the most recent person.
- "he"/"she" inside a sentence goes on with the subject of its own sentence named before it
  ("Blair said he ..."), then as above; "his", "her" and "him" there take the most recent person.
- Within the sentence and the two before it; a linked pronoun counts as a mention, so a run of
  "He said ... He added ..." stays with its person.
- A pronoun inside a quotation ("He lied," she said) is left alone: whom a speaker means is not
  what the narration around it is about. Names inside a quotation are no antecedent for a
  pronoun outside it.

What makes a sentence's subject is the engine's one subject rule, readings.subject_mention
(past the leading phrase readings.leading_phrase_end), read here on the Cast being built.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from newsbrief import lexicon
from newsbrief.cast.drafts import CastDraft, PersonDraft
from newsbrief.cast.names import female_pronouns, pronoun_pattern
from newsbrief.model import Document, Sentence
from newsbrief.readings import QuotedText, leading_phrase_end, pronoun_words, subject_mention

# How many sentences before the pronoun's own it looks back.
_WINDOW = 2

# A pronoun opens its sentence after at most a short phrase and its comma ("On Monday, she", "Later,
# he") or a connective ("But he"; data/pronoun_words.tsv).
_OPENING = re.compile(
    r"[\s\"“”'‘’(\-–—]*(?:([A-Za-z]+)[ \t]+|[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3},[ \t]+)?\Z"
)
_OPENING_WINDOW = 80
_RELATIVE_BEFORE = re.compile(r",[ \t]+who[ \t]+(?:[a-z]+[ \t]+){1,3}\Z")
_RELATIVE_WINDOW = 120
_STYLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
# The people of one sentence a pronoun may mean, nearest first, are at most this many.
_PER_SENTENCE = 30

Mention = tuple[int, int, int, str]  # start, end, person, kind


def _words(kind: str) -> frozenset[str]:
    return pronoun_words(kind)


class _Linker:
    def __init__(self, doc: Document, people: list[PersonDraft], mentions: list[Mention], quoted: QuotedText):
        self.doc = doc
        self.text = doc.text
        self.people = people
        self._lower_words = set(re.findall(r"(?<![\w])[a-z][\w'’-]*", self.text))
        self.quoted = quoted
        self._lead_ends: dict[int, int] = {}
        self._subjects: dict[int, int | None] = {}  # of whole sentences before the one being read
        # Person mentions outside quotation marks, per sentence, in text order.
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in sorted(mentions):
            if people[m[2]].kind != "person" or m[3] == "pronoun" or self._in_quote(m[0]):
                continue
            s = doc.sentence_at(m[0])
            if s is not None:
                self.by_sentence.setdefault(s.index, []).append(m)
        self.linked_gender: dict[int, str] = {}

    def _in_quote(self, at: int) -> bool:
        return self.quoted.around(at) is not None

    def _fits(self, idx: int, gender: str) -> bool:
        p = self.people[idx]
        known = p.gender or self.linked_gender.get(idx, "") or p.known_gender()
        return p.kind == "person" and (not known or known == gender) and not self._thing(p)

    def _thing(self, p: PersonDraft) -> bool:
        """A "person" the Cast holds on no evidence whose last word the article also writes in lower
        case ("Patriot Coal", "Tate Gallery", "Clean Power"), or only initials ("N. C."): a thing."""
        if all(t.endswith(".") for t in p.tokens):
            return True
        last = p.tokens[-1]
        return (
            p.title is None
            and p.evidence == 0
            and not p.gender
            and last.lower() in self._lower_words
            and last not in lexicon.word_set(lexicon.NAME_WORDS, "month_surname")
        )

    def subject(self, sentence: Sentence, limit: int | None = None) -> int | None:
        """The person the sentence (up to `limit`) is about: readings.subject_mention on the people
        linked so far. A whole sentence before the one being read is final: read once."""
        if limit is None and sentence.index in self._subjects:
            return self._subjects[sentence.index]
        lead_end = self._lead_ends.get(sentence.index)
        if lead_end is None:
            lead_end = self._lead_ends[sentence.index] = leading_phrase_end(self.text, sentence, self.quoted)
        found = subject_mention(
            self.text, sentence, self.by_sentence.get(sentence.index, []), lead_end, limit
        )
        return found[2] if found else None

    def _relative_subject(self, sentence: Sentence, start: int) -> int | None:
        """ "Cruz endorses Trump, who says he is honored": "he" in a relative clause is whom "who" means,
        the person named right before it."""
        who = _RELATIVE_BEFORE.search(self.text, max(sentence.start, start - _RELATIVE_WINDOW), start)
        if not who:
            return None
        named = [m for m in self.by_sentence.get(sentence.index, []) if m[1] == who.start()]
        return named[0][2] if named else None

    def link(self, start: int, end: int) -> tuple[int | None, bool]:
        """The person a pronoun means, and whether they are the subject it goes on with."""
        word = self.text[start:end].lower()
        if self._in_quote(start):
            return None, False
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return None, False
        gender = "female" if word in female_pronouns() else "male"
        lead = (
            _OPENING.match(self.text, sentence.start, start)
            if start - sentence.start < _OPENING_WINDOW
            else None
        )
        opening = bool(lead) and (not lead.group(1) or lead.group(1).lower() in _words("connective"))
        by_subject = opening or word in _words("subject")
        for idx, is_subject in self._ranked(sentence, start, word, opening, by_subject):
            if idx is not None and self._fits(idx, gender):
                return idx, is_subject
        return None, False

    def _ranked(
        self, sentence: Sentence, start: int, word: str, opening: bool, by_subject: bool
    ) -> Iterator[tuple[int | None, bool]]:
        """Each sentence's people in the order centering ranks them: its subject, then the others
        from the nearest back; this sentence's own only before the pronoun and only when the
        pronoun does not open it. Read lazily: the first that fits is taken."""
        if word in _words("subject") and not opening:
            yield self._relative_subject(sentence, start), True
        for k in range(sentence.index, max(0, sentence.index - _WINDOW) - 1, -1):
            here = k == sentence.index
            if by_subject and not (here and opening):
                if here:
                    yield self.subject(sentence, start), True
                else:
                    if k not in self._subjects:
                        self._subjects[k] = self.subject(self.doc.sentences[k])
                    yield self._subjects[k], True
            named = self.by_sentence.get(k, [])
            end = bisect_left(named, (start,)) if here else len(named)
            for m in reversed(named[max(0, end - _PER_SENTENCE) : end]):
                yield m[2], False

    def run(self) -> list[Mention]:
        out: list[Mention] = []
        for m in pronoun_pattern().finditer(self.text):
            style = _STYLE_AFTER.match(self.text, m.end())
            if style and style.group(1) in _words("style_noun"):
                continue  # "His Highness Sheikh X", "Her Excellency": a form of address
            idx, is_subject = self.link(m.start(), m.end())
            if idx is None:
                continue
            word = m.group(1).lower()
            if is_subject and word in _words("subject") and not self.people[idx].gender:
                # Only "he"/"she" going on with a subject tells a gender: "her" may be anyone's.
                self.linked_gender.setdefault(idx, "female" if word in female_pronouns() else "male")
            mention = (m.start(), m.end(), idx, "pronoun")
            out.append(mention)
            s = self.doc.sentence_at(m.start())
            if s is not None:
                self.by_sentence.setdefault(s.index, []).append(mention)
                self.by_sentence[s.index].sort()
        return out


def link_pronouns(
    doc: Document, people: list[PersonDraft], mentions: list[Mention], quoted: QuotedText
) -> list[Mention]:
    """Pronoun mentions ("pronoun" kind) for the people of a Cast being built; `quoted` is where
    the article's quotations are."""
    return _Linker(doc, people, mentions, quoted).run()


def link(draft: CastDraft) -> None:
    """Step 13 of the Cast: the pronoun mentions join the draft's mentions."""
    draft.mentions += link_pronouns(draft.doc, draft.people, draft.mentions, draft.quoted)
