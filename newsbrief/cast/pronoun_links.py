"""Pronouns linked to people: "he", "she", "his", "her", "him" -> a person of the Cast.

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

What makes a sentence's subject: its first person named outside quotation marks, past a leading
phrase ("After talks with X, Y said": Y), not a possessive ("X's office") and not right after a
preposition, a conjunction or an object-taking verb ("with X", "and X", "told X"; data/pronoun_words.tsv).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from newsbrief import lexicon
from newsbrief.cast.drafts import PersonDraft
from newsbrief.cast.names import female_pronouns, pronoun_pattern
from newsbrief.model import Document, Sentence
from newsbrief.quotes.marks import find_quotations

PRONOUN_WORDS = "pronoun_words.tsv"

# How many sentences before the pronoun's own it looks back.
_WINDOW = 2

# A pronoun opens its sentence after at most a short phrase and its comma ("On Monday, she", "Later,
# he") or a connective ("But he"; data/pronoun_words.tsv).
_OPENING = re.compile(
    r"[\s\"“”'‘’(\-–—]*(?:([A-Za-z]+)[ \t]+|[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3},[ \t]+)?\Z"
)
_RELATIVE_BEFORE = re.compile(r",[ \t]+who[ \t]+(?:[a-z]+[ \t]+){1,3}\Z")
_JOINT_BEFORE = re.compile(r"(?:,[ \t]*([A-Za-z]+)|(;)|[ \t]+(but))[ \t]+\Z")
_VERB_AFTER = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+|is[ \t]+|was[ \t]+)?[a-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*\Z")
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_STYLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")

Mention = tuple[int, int, int, str]  # start, end, person, kind


@cache
def _words(kind: str) -> frozenset[str]:
    return lexicon.word_set(PRONOUN_WORDS, kind)


class _Linker:
    def __init__(self, doc: Document, people: list[PersonDraft], mentions: list[Mention]):
        self.doc = doc
        self.text = doc.text
        self.people = people
        self._lower_words = set(re.findall(r"(?<![\w])[a-z][\w'’-]*", self.text))
        self.quoted = sorted((q.outer_start, q.outer_end) for q in find_quotations(doc))
        self._quote_starts = [s for s, _ in self.quoted]
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
        k = bisect_right(self._quote_starts, at) - 1
        return k >= 0 and self.quoted[k][0] <= at < self.quoted[k][1]

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
        """The person the sentence (up to `limit`) is about, by the rules in the module doc; of a
        whole sentence whose last main clause opens with a person ("..., but McIlroy is unfazed"),
        that person: the clause is the utterance just before."""
        if limit is None:
            last = self._last_clause_subject(sentence)
            if last is not None:
                return last
        end = sentence.end if limit is None else limit
        text = self.text
        floor = sentence.start
        first = _FIRST_WORD.match(text, sentence.start, end)
        if first and (
            first.group(1).lower() in _words("opener")
            or (first.group(1).endswith("ing") and len(first.group(1)) > 5)
        ):
            comma = text.find(",", first.end(), end)
            if comma < 0:
                return None
            floor = comma
        owner = None
        objects: set[int] = set()
        for start, stop, idx, kind in self.by_sentence.get(sentence.index, []):
            if start < floor or start >= end:
                continue
            before = _WORD_BEFORE.search(text, max(sentence.start, start - 24), start)
            cue = (
                before is not None
                and before.group(1).lower() in _words("object_cue")
                and re.search(r"\w", text[sentence.start : before.start()]) is not None  # not "And he said"
            )
            if idx in objects or cue:
                objects.add(idx)  # and "of Aung San, the Burmese leader": the apposition too
                continue
            if (
                kind == "possessive"
                or re.match(r"['’]s?\b", text[stop : stop + 2])
                or (kind == "pronoun" and text[start:stop].lower() not in _words("subject"))
            ):
                owner = idx if owner is None else owner  # "His audio was ...", "X's office"
                continue
            return idx
        # "Mr. Obama's bet is that ...": with no person as the subject, the first owner named.
        return owner

    def _last_clause_subject(self, sentence: Sentence) -> int | None:
        found = None
        for start, stop, idx, kind in self.by_sentence.get(sentence.index, []):
            joint = _JOINT_BEFORE.search(self.text, sentence.start, start)
            if (
                joint
                and next(g for g in joint.groups() if g).lower() in _words("clause_joint") | {";"}
                and kind in ("name", "title")
                and _VERB_AFTER.match(self.text, stop)
                and not self._in_quote(start)
            ):
                found = idx
        return found

    def _relative_subject(self, sentence: Sentence, start: int) -> int | None:
        """ "Cruz endorses Trump, who says he is honored": "he" in a relative clause is whom "who" means,
        the person named right before it."""
        who = _RELATIVE_BEFORE.search(self.text, sentence.start, start)
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
        lead = _OPENING.match(self.text, sentence.start, start)
        opening = bool(lead) and (not lead.group(1) or lead.group(1).lower() in _words("connective"))
        by_subject = opening or word in _words("subject")
        first = max(0, sentence.index - _WINDOW)
        # Each sentence's people in the order centering ranks them: its subject, then the others
        # from the nearest back; this sentence's own only before the pronoun and only when the
        # pronoun does not open it.
        order: list[tuple[int | None, bool]] = []
        if word in _words("subject") and not opening:
            order.append((self._relative_subject(sentence, start), True))
        for k in range(sentence.index, first - 1, -1):
            here = k == sentence.index
            if by_subject and not (here and opening):
                order.append((self.subject(self.doc.sentences[k], start if here else None), True))
            order += [(m[2], False) for m in reversed(self.by_sentence.get(k, [])) if m[0] < start]
        for idx, is_subject in order:
            if idx is not None and self._fits(idx, gender):
                return idx, is_subject
        return None, False

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


def link_pronouns(doc: Document, people: list[PersonDraft], mentions: list[Mention]) -> list[Mention]:
    """Pronoun mentions ("pronoun" kind) for the people of a Cast being built."""
    return _Linker(doc, people, mentions).run()
