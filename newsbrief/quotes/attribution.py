"""The attribution around one quotation: the reporting verb ("said", "according to") and its speaker phrase.

`Attributor` reads the words after a quotation, then before it, then the
sentence before, in a text with the quotations blanked so no cue is read
inside one (token tests: quote_cues); the speaker phrase it finds is resolved
by quote_speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsbrief.model import Cast, Document, Reading
from newsbrief.quotes.cues import (
    abbreviation,
    comma_pieces,
    cue_at,
    descriptor,
    noun_phrase_tail,
    speaker_follows,
    spoken_to,
    strip_skips,
    verb_chain,
)
from newsbrief.quotes.marks import Quoted, is_quotation, trimmed
from newsbrief.quotes.speakers import SpeakerResolver
from newsbrief.quotes.subjects import Attribution
from newsbrief.quotes.tokens import Token, masked_text, tokens_in
from newsbrief.quotes.word_lists import (
    skip_words,
    speaker_pronouns,
    word_class,
)
from newsbrief.readings import pronoun_words

# A sentence's main reporting verb comes within this many tokens of its start
# ("Kremlin spokesman Dmitry Peskov said ...").
_MAIN_CLAUSE_TOKENS = 10

# The words read for an attribution lie within this many characters of the quotation (or of
# the cue, for its subject): a speaker phrase with its asides is a few dozen words, and a
# sentence of thousands of words is not read again for each quotation in it.
_WINDOW_CHARS = 800

# Cues tried before a quotation, nearest first ('Obama accused Trump of showering praise ...
# "..."': the second nearest may name the speaker).
_CUES_TRIED = 4


def _window(masked: str, floor: int, at: int) -> int:
    """Where reading back from `at` starts: `floor`, or _WINDOW_CHARS back at a word's start."""
    if at - floor <= _WINDOW_CHARS:
        return floor
    space = masked.find(" ", at - _WINDOW_CHARS, at)
    return at - _WINDOW_CHARS if space < 0 else space + 1


class Attributor:
    def __init__(self, doc: Document, cast: Cast, readings: tuple[Reading, ...], quoted: list[Quoted]):
        self.doc = doc
        self.text = doc.text
        self.quoted = sorted(quoted, key=lambda o: (o.outer_start, -o.outer_end))
        self.opening_marks = [o.outer_start for o in self.quoted]
        self.top_masked = masked_text(doc.text, quoted)
        self.masked = self.top_masked
        self.resolver = SpeakerResolver(doc, cast, readings, self.top_masked)
        # The innermost quotation around each one, and how deep each lies, in one pass.
        self.outer: dict[Quoted, Quoted | None] = {}
        self.depth: dict[Quoted, int] = {}
        stack: list[Quoted] = []
        for q in sorted(quoted, key=lambda o: (o.outer_start, -o.outer_end)):
            while stack and not (stack[-1].start <= q.outer_start and q.outer_end <= stack[-1].outer_end):
                stack.pop()
            self.outer[q] = stack[-1] if stack else None
            self.depth[q] = len(stack)
            stack.append(q)
        self._masks_by_depth: dict[int, str] = {0: self.top_masked}

    def enclosing(self, q: Quoted) -> Quoted | None:
        """The innermost quotation that q is quoted inside ("X said that 'Y said "..."'")."""
        return self.outer.get(q)

    def focus(self, q: Quoted, quoter: Attribution | None = None) -> None:
        """Read around q next: the one place the state of reading one quotation is set. Inside an
        enclosing quotation only the quotations in that one are blanked, "I" there is `quoter` (the
        speaker of the enclosing one) and "he" is a person of the quoter's story, no one we name.

        The text read inside a quotation is the same for every quotation as deep, so it is built
        once per depth (quotation marks nest a few deep at most)."""
        outer = self.enclosing(q)
        depth = 0 if outer is None else self.depth[outer] + 1
        if depth not in self._masks_by_depth:
            self._masks_by_depth[depth] = masked_text(self.text, self.quoted, deeper_than=depth)
        self.masked = self._masks_by_depth[depth]
        self.resolver.quoter = quoter if outer is not None else None
        self.resolver.inside_quotation = outer is not None

    def subject_before(self, start: int, cue_start: int) -> Attribution | None:
        """The speaker phrase ending at a cue: "Yoon said", "Kenneth Baer, a former official, said"."""
        start = _window(self.masked, start, cue_start)
        chain = verb_chain().search(self.masked, start, cue_start)
        if chain:  # "He went on to say": the subject stands before the verbs
            cue_start = chain.start()
        toks = tokens_in(self.masked, start, cue_start)
        while toks and toks[-1].lower in skip_words():
            toks.pop()
        cue = tokens_in(self.masked, cue_start, cue_start + 30)[:1]
        # "He would not give details, except to say: ...": an infinitive cue, as a participle one,
        # reports the main clause's subject, unless someone was asked to ("urged him to say").
        infinitive = len(toks) > 1 and toks[-1].lower == "to" and toks[-2].text.islower()
        infinitive = infinitive and toks[-2].lower not in word_class("object_pronoun")
        if (
            toks
            and (toks[-1].text == "," or toks[-1].lower in word_class("participle_link"))
            and cue
            and cue[0].lower.endswith("ing")
        ) or infinitive:
            # '..., he said, adding: "...', 'rallied supporters by warning that "...':
            # the participle belongs to the main clause.
            toks.pop()
            earlier = next((j for j in range(len(toks) - 1, -1, -1) if cue_at(toks, j) == 1), None)
            if earlier is not None:
                found = self.subject_before(start, toks[earlier].start)
                if found and found.speaker:
                    return found
            subject = self.clause_subject(start, toks[-1].start if toks else start)
            if subject is not None:
                return subject
        if len(toks) > 1 and toks[-1].lower in word_class("coordinator"):
            # "Powell said Bush accepted it and added": the subject of the clause's first verb.
            first_cue = next((j for j in range(len(toks) - 1) if cue_at(toks, j) == 1), None)
            if first_cue is not None:
                return self.subject_before(start, toks[first_cue].start)
            clause = comma_pieces(self.masked, start, toks[-1].start)
            if len(clause) > 1 and self._opens_with_verb(*clause[-1]):
                # "Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said":
                # the last piece is the predicate; the subject stands before its asides
                found = self._subject_in_chunks(clause[:-1], clause[-1][0])
                if found and found.speaker:
                    return found
            return self.resolver.resolve(*clause[-1], False, clause=True) if clause else None
        chunks = comma_pieces(self.masked, start, cue_start)
        while chunks and strip_skips(self.masked, *chunks[-1]) <= chunks[-1][0]:
            chunks.pop()  # "X, a friend of Y, also said": "also" is no piece of its own
        found = self._subject_in_chunks(chunks, cue_start)
        if found is None or found.person is None:
            named = self._name_before_asides(chunks)
            if named is not None:
                return named
        participle = bool(cue) and cue[0].lower.endswith("ing") and bool(toks) and toks[-1].lower != "as"
        # "the newspaper's editorial telling him": the participle is the owned thing's, not the subject's
        participle = participle and not any(t.lower.endswith(("'s", "’s")) for t in toks)
        if (found is None or not found.speaker) and participle and not self.resolver.inside_quotation:
            # "Trump unleashed a series of tweets early Friday saying that ...": a participle after
            # the object reports the words of the main clause's subject, a person the Cast knows
            subject = self.clause_subject(start, cue_start)
            if subject is not None and subject.person is not None and subject.person.kind == "person":
                return subject
        return found

    def _main_clause_after(self, q: Quoted) -> Attribution | None:
        """The subject of the main clause after a leading phrase that holds q: the words after the
        first comma past q, in its sentence ("..., she was rushed" -> she)."""
        sentence = self.doc.sentence_at(q.outer_end - 1)
        if sentence is None:
            return None
        end = min(sentence.end, q.outer_end + _WINDOW_CHARS)
        if self.text[q.end - 1 : q.end] == ",":  # '"... shoe on," she was': the comma inside the marks
            comma = q.outer_end - 1
        else:
            comma = self.masked.find(",", q.outer_end, end)
        if comma < 0:
            return None
        toks = tokens_in(self.masked, comma + 1, end)
        if toks and toks[0].lower in speaker_pronouns():
            return self.resolver.resolve(toks[0].start, toks[0].end, True)
        return self.clause_subject(comma + 1, end)

    def _opens_with_verb(self, start: int, end: int) -> bool:
        """The piece opens with a lower-case word that is no determiner, pronoun or clause word:
        a predicate ("bemoaned the unrest ..."), not a subject or an aside."""
        toks = tokens_in(self.masked, start, end)
        if not toks or not toks[0].text.islower():
            return False
        first = toks[0].lower
        return not (
            first in word_class("determiner")
            or first in speaker_pronouns()
            or first in word_class("introducer")
            or first in word_class("phrase_ender")
        )

    def _name_before_asides(self, chunks: list[tuple[int, int]]) -> Attribution | None:
        """ "Tom Parker, Seaside Hotel Association said", "Tim Cook, Apple's boss, told", "Dylan Nelson,
        a fellow at an institute in Munich, Germany, said": a piece that is a person's name and nothing
        more (titles aside), then pieces that name no other person (a body, a role, a place), then
        the verb. Nothing before the name names a person either."""
        people = self.resolver.cast.people
        for k, (s, e) in enumerate(chunks):
            persons = [
                m
                for m in self.resolver.index.between(s, e)
                if m.kind == "name"
                and people[m.person].kind == "person"
                and not self.resolver.subjects.possessive(m)
            ]
            if not persons:
                continue
            if k == len(chunks) - 1 or len({m.person for m in persons}) > 1:
                return None
            m = persons[0]
            rest = (self.masked[s : m.start] + " " + self.masked[m.end : e]).split()
            if len(rest) > 3 or any(not w[:1].isupper() for w in rest):
                return None  # "Asked about Trump", "Trump's lawyer": more than a name
            later = [
                x
                for c in chunks[k + 1 :]
                for x in self.resolver.index.between(*c)
                if x.kind in ("name", "title")
                and people[x.person].kind == "person"
                and not self.resolver.subjects.possessive(x)
                and x.person != m.person
            ]
            if later:
                return None
            p = people[m.person]
            return Attribution(p.name, None, True, p)
        return None

    def _subject_in_chunks(self, chunks: list[tuple[int, int]], cue_start: int) -> Attribution | None:
        for i in range(len(chunks) - 1, -1, -1):
            s, e = chunks[i]
            e2 = strip_skips(self.masked, s, e)
            if e2 <= s:
                continue
            toks = tokens_in(self.masked, s, e2)
            last = toks[-1]
            if last.lower in speaker_pronouns():
                return self.resolver.resolve(last.start, last.end, True)
            relative = next(
                (k for k, t in enumerate(toks[:3]) if t.lower in word_class("relative_opener")), None
            )
            if relative is not None and relative + 1 < len(toks) and i == len(chunks) - 1:
                # "..., in which Lund said:": the relative clause's own subject speaks
                found = self.resolver.resolve(toks[relative + 1].start, last.end, True)
                if found and found.speaker:
                    return found
            # "Speaking alongside Micheál Martin, the prime minister said": a noun phrase
            # running into the verb with no closing comma is the subject itself.
            subject = not re.search(r"[,;:()\u2014\u2013-]", self.masked[e:cue_start]) and (
                toks[0].lower in word_class("determiner")
            )
            if descriptor(self.masked, s, e2) and i > 0 and i == len(chunks) - 1 and not subject:
                # "X, the former minister, said": X is the speaker if it is a name.
                found = self._subject_before_asides(chunks[: i + 1])
                if found:
                    return found
            return self.resolver.resolve(*noun_phrase_tail(self.masked, s, e2), True)
        return None

    def _subject_before_asides(self, chunks: list[tuple[int, int]]) -> Attribution | None:
        """The subject before one or more asides: "Scott Pruitt, the attorney general of Oklahoma,
        one of the states suing the EPA, said" -> Pruitt; "The letter, seen by the Guardian, says"
        -> the letter (no one named), not the Guardian; "The statement, issued by the ministry, said"
        -> its author. The last piece of `chunks` is the aside just before the verb."""
        asides = chunks[1:]
        chunks = chunks[:-1]
        for j in range(len(chunks) - 1, -1, -1):
            s, e = trimmed(self.masked, *chunks[j])
            head = noun_phrase_tail(self.masked, s, e)
            whole = head[0] == s  # the piece is one noun phrase, not "the attorney general of Ohio"
            if j > 0 and descriptor(self.masked, s, e) and not whole:
                continue  # another aside: the names in it are no subject
            found = self.resolver.resolve(*head, True)
            if found and found.speaker:
                return found
            opens_with_determiner = tokens_in(self.masked, s, e)[0].lower in word_class("determiner")
            if j == 0 and found and whole and opens_with_determiner:
                return self._author_in(asides) or found
            if not descriptor(self.masked, s, e):
                break
        return None

    def _author_in(self, asides: list[tuple[int, int]]) -> Attribution | None:
        """The author an aside names: "issued by the Foreign Ministry", "signed by 60 MPs"."""
        for s, e in asides:
            toks = tokens_in(self.masked, s, e)
            if len(toks) > 2 and toks[0].lower in word_class("author_participle") and toks[1].lower == "by":
                found = self.resolver.resolve(toks[2].start, toks[-1].end, True)
                if found and found.speaker:
                    return found
        return None

    def previous_sentence(self, q: Quoted) -> Attribution | None:
        """'It will be business as usual, he said. "I fully intend ..."': a sentence just before,
        in the same paragraph, that ends in its own attribution and quotes nothing."""
        sentence = self.doc.sentence_at(q.outer_start)
        if sentence is None or sentence.index == 0:
            return None
        prev = self.doc.sentences[sentence.index - 1]
        quotes_something = any(
            is_quotation(self.text[o.start : o.end]) for o in self._opening_between(prev.start, prev.end)
        )  # a word in scare quotes ('called all women "Betty"') is nobody's speech
        if quotes_something:
            return None
        if prev.paragraph != sentence.paragraph and not (
            prev.paragraph == sentence.paragraph - 1 and self._paragraph_of_quotation(q)
        ):
            return None
        toks = [t for t in tokens_in(self.masked, prev.start, prev.end) if t.text not in ".!?"]
        # Its own attribution at its end, or a main clause reporting someone's words
        # ('Peskov said the talks went well. "We are ready ..."').
        ending = range(len(toks) - 1, max(-1, len(toks) - 5), -1)
        opening = range(1, min(len(toks), _MAIN_CLAUSE_TOKENS))
        for i in (*ending, *opening):
            if (cue_at(toks, i) == 1 or toks[i].lower in word_class("belief_verb")) and i > 0:
                if toks[i - 1].text == "," and i < len(toks) - 1:
                    # '..., said Mr Thomas.': the speaker after the verb
                    found = self.object_after(toks[i].end, prev.end)
                else:
                    found = self.subject_before(prev.start, toks[i].start)
                if found and found.speaker:
                    return Attribution(found.speaker, toks[i].text, True, found.person)
        # 'Prof Joni Lovenduski, who conducted the study with ..., said she was shocked.': a long
        # aside puts the verb further on; the speaker is then the person the sentence opens with.
        opening = self.resolver.subjects.opening_person(prev)
        opener = None if opening is None else self.resolver.cast.people[opening]
        for i in range(_MAIN_CLAUSE_TOKENS, len(toks)):
            if opener is not None and cue_at(toks, i) == 1:
                found = self.subject_before(prev.start, toks[i].start)
                if found and found.person is opener:
                    return Attribution(found.speaker, toks[i].text, True, found.person)
                break
        return None

    def _opening_between(self, start: int, end: int) -> list[Quoted]:
        """The quotations whose opening mark lies in [start, end)."""
        return self.quoted[bisect_left(self.opening_marks, start) : bisect_left(self.opening_marks, end)]

    def _paragraph_of_quotation(self, q: Quoted) -> bool:
        """The quotation opens its paragraph and nothing but quotation follows in it: the words of the
        one whose speech the paragraph before reported (BBC style, a paragraph a sentence)."""
        sentence = self.doc.sentence_at(q.outer_start)
        if sentence is None or not q.opens_paragraph:
            return False
        para = (
            self.doc.paragraphs[sentence.paragraph] if sentence.paragraph < len(self.doc.paragraphs) else None
        )
        end = para.end if para else sentence.end
        return not re.search(r"\w", self.top_masked[q.outer_end : end])

    def clause_subject(self, start: int, end: int) -> Attribution | None:
        """The subject of the main clause: the sentence record's subject when it lies in [start, end)
        and is no owner ("Like Corker, Menendez also rejected ...", "But Rostenkowski set the tone
        by saying", "And he seemed to paper over ..., promising"); else, for a name the Cast does not
        know ("Band member Flea shared the news, writing"), the name opening the first piece that is
        not an aside ("Schilling's son, Grant, defended his father, saying": Grant)."""
        found = self._record_subject(start, end)
        if found is not None:
            return found
        for s, e in comma_pieces(self.masked, start, end):
            toks = [t for t in tokens_in(self.masked, s, e) if any(c.isalnum() for c in t.text)]
            if not toks or toks[0].lower in word_class("introducer"):
                continue
            head = toks[: min(len(toks), 5)]
            found = self.resolver.resolve(head[0].start, head[-1].end, False, clause=True)
            return found if found and found.speaker else None
        return None

    def _record_subject(self, start: int, end: int) -> Attribution | None:
        """The sentence record's subject of the sentence at `start` (readings.py), when it lies in
        [start, end): a person, or a pronoun resolved as a speaker pronoun is."""
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return None
        reading = self.resolver.readings[sentence.index]
        subject = reading.subject
        if subject is None or reading.subject_person is None or not start <= subject.start < end:
            return None
        word = self.text[subject.start : subject.end]
        if self.text[subject.end : subject.end + 2] in ("'s", "’s") or (
            word.islower() and word not in pronoun_words("subject")
        ):
            return None  # the record's owner, kept when no person is the subject ("X's son, Grant")
        found = self.resolver.resolve(subject.start, subject.end, True)
        return found if found and found.speaker else None

    def object_after(self, cue_end: int, end: int) -> Attribution | None:
        """The speaker phrase after a cue: "said Yoon", "according to the ministry"."""
        end = min(end, cue_end + _WINDOW_CHARS)
        toks = tokens_in(self.masked, cue_end, end)
        phrase: list[Token] = []
        last_end = cue_end
        for t in toks:
            if "\u2007" in self.masked[last_end : t.start]:
                break  # a quotation lies between: the phrase ended before it
            last_end = t.end
            if t.text == "." and phrase and abbreviation(phrase[-1].text):
                continue  # "Sen. Claire McCaskill", "Julie A. Diaz"
            if t.text in ",;:.()!?" or t.lower in word_class("phrase_ender") and not t.text.isupper():
                break
            phrase.append(t)
        if not phrase:
            return None
        later = self._name_later_in_phrase(phrase[-1].end, end)
        if later is not None:
            return later
        found = self.resolver.resolve(phrase[0].start, phrase[-1].end, True)
        if found and found.speaker is None and not found.found:
            return None
        return found

    def _name_later_in_phrase(self, phrase_end: int, end: int) -> Attribution | None:
        """A person named further on in the words after a cue, up to the sentence's end, that the
        speaker phrase stands for: "added Ernst and Young's Ravi Shah" (a company's person),
        "said the chairman of the committee, Labour MP Tom Weller." and "said one of their lawyers,
        Petros Nikolaidis." (an appositive naming the role's holder)."""
        stop = re.search(r"[.;:!?\n\u2007]", self.masked[phrase_end:end])
        limit = phrase_end + stop.start() if stop else end
        people = self.resolver.cast.people
        names = [
            m
            for m in self.resolver.index.between(phrase_end, limit)
            if m.kind == "name"
            and people[m.person].kind == "person"
            and not self.resolver.subjects.possessive(m)
        ]
        if len(names) != 1:
            return None
        m = names[0]
        lead = self.masked[phrase_end : m.start]
        owned = re.search(r"['’]s\s+$", lead) and re.fullmatch(
            r"(?:\s*(?:and|&|[A-Z][\w.&-]*))*['’]s\s+", lead
        )
        tail = self.masked[m.end : limit].strip()
        # "..., Labour MP Tom Weller." ends the sentence with the role's holder
        apposed = (
            "," in lead and not tail and all(w[:1].isupper() for w in lead[lead.rfind(",") + 1 :].split())
        )
        if not (owned or apposed):
            return None
        p = people[m.person]
        return Attribution(p.name, None, True, p)

    def after(self, q: Quoted, end: int) -> Attribution | None:
        """Attribution in the words after a quotation: '"...," Yoon said' / '"...," said Yoon'."""
        end = min(end, q.outer_end + _WINDOW_CHARS)
        dash = re.match(r"[^\S\n]*[―—–-][^\S\n]*(?=[A-Z])", self.masked[q.outer_end : q.outer_end + 8])
        if dash:  # a testimonial: '"..." ― Sonya Herridge'
            line_end = self.masked.find("\n", q.outer_end)
            stop = len(self.masked) if line_end < 0 else line_end
            found = self.object_after(q.outer_end + dash.end(), max(end, stop))
            if found and found.speaker:
                return found
        toks = tokens_in(self.masked, q.outer_end, end)
        if toks and self.text[q.start : q.end].endswith(".") and toks[0].text[:1].isupper():
            return None  # '..." Hamdallah, chairman of ...': a new sentence, not an attribution
        words = [t for t in toks if any(c.isalnum() for c in t.text)]
        if words and words[0].lower in word_class("subordinator"):
            # '"That makes me smart," when Clinton blasted him': another clause, unless an inverted
            # cue closes the sentence ('"...," since so many cases were close, said Lee Epstein')
            return self._inverted_cue_later(toks, 1, end) if len(toks) > 1 else None
        for i in range(min(len(toks), 40)):
            n = cue_at(toks, i)
            if not n:
                continue
            cue = " ".join(t.text for t in toks[i : i + n])
            if spoken_to(toks, i):
                return Attribution(None, cue, True)
            before = [t for t in toks[:i] if any(c.isalnum() for c in t.text)]
            if before and not speaker_follows(toks, i, n):
                found = self.subject_before(q.outer_end, toks[i].start)
            else:
                found = self.object_after(toks[i + n - 1].end, end)
            if found and found.speaker:
                return Attribution(found.speaker, cue, True, found.person)
            if not before and i + n < len(toks):
                # '"...bigger than the little deal" announced in May, said Derek Holt': the quotation
                # runs on into the sentence; an inverted ", said X" later names its speaker.
                later = self._inverted_cue_later(toks, i + n, end)
                if later is not None:
                    return later
            return Attribution(found.speaker if found else None, cue, True, found.person if found else None)
        return None

    def _inverted_cue_later(self, toks: list[Token], start: int, end: int) -> Attribution | None:
        """A ", said X" / ", X said" after a comma further on in the same sentence that names someone."""
        for j in range(start, min(len(toks), start + 15)):
            if toks[j - 1].text != ",":
                continue
            n = cue_at(toks, j)
            if n:
                found = self.object_after(toks[j + n - 1].end, end)
                if found and found.speaker:
                    return Attribution(
                        found.speaker, " ".join(t.text for t in toks[j : j + n]), True, found.person
                    )
        return None

    def before(self, q: Quoted, start: int) -> Attribution | None:
        """Attribution in the words before a quotation: 'Yoon said: "..."', 'according to X, "..."'."""
        start = _window(self.masked, start, q.outer_start)
        toks = tokens_in(self.masked, start, q.outer_start)
        nearest: Attribution | None = None
        tried = 0
        for i in range(len(toks) - 1, -1, -1):
            n = cue_at(toks, i)
            if not n or any(cue_at(toks, j) > i - j for j in range(max(0, i - 3), i)):
                continue  # "saying" of "quoted X as saying": the phrase is read at its first word
            tried += 1
            if tried > _CUES_TRIED:
                break
            cue = " ".join(t.text for t in toks[i : i + n])
            if spoken_to(toks, i):
                return Attribution(None, cue, True)
            if speaker_follows(toks, i, n) or not any(any(c.isalnum() for c in t.text) for t in toks[:i]):
                # 'according to X, "..."' and the second half of a split quotation: ', said X, "...'
                found = self.object_after(toks[i + n - 1].end, q.outer_start)
            elif (quoted := self._quoted_as_saying(toks, i, n)) is not None:
                found = quoted
            elif toks[i].lower.endswith("ing") and all(t.lower in word_class("introducer") for t in toks[:i]):
                # 'After saying her foot was "so swollen ...," she was rushed ...': a leading
                # participle phrase reports the words of the main clause's subject
                found = self._main_clause_after(q)
            else:
                found = self.subject_before(start, toks[i].start)
            if found and found.speaker:
                return Attribution(found.speaker, cue, True, found.person)
            # 'Obama accused Trump of showering praise ... "...": an earlier cue may name the speaker.
            nearest = nearest or Attribution(None, cue, True)
        label = self._label_before(q, start)
        if nearest:
            # 'Pollsters agree - Carl Bialik: "..."': a cue that named no one, then a label
            return label or nearest
        return label

    def _quoted_as_saying(self, toks: list[Token], i: int, n: int) -> Attribution | None:
        """ "Tass quoted Peskov as saying", "the agency said on Monday, quoting the ministry as saying":
        the one named between the quoting verb and "as saying" (in the same piece) speaks."""
        if n < 2 or (toks[i].lower, toks[i + n - 1].lower) != ("as", "saying"):
            return None
        for j in range(i - 1, max(-1, i - 12), -1):
            if toks[j].text in ",;:()":
                return None
            if toks[j].lower in word_class("quoting_verb"):
                found = self.resolver.resolve(toks[j + 1].start, toks[i - 1].end, True) if j + 1 < i else None
                return found if found and found.speaker else None
        return None

    def _label_before(self, q: Quoted, start: int) -> Attribution | None:
        """'Yoon: "..."', 'Foreign Minister Yoon:', 'Moreno had a similar experience:'."""
        lead = self.masked[start : q.outer_start].rstrip()
        if lead.endswith(":"):
            pieces = comma_pieces(self.masked, start, start + len(lead) - 1)
            if pieces:
                s, e = pieces[-1]
                if self._opens_with_subject(s, e):
                    return self._clause_subject_alone(s, e)  # a clause: "Moreno had a similar experience:"
                if len(tokens_in(self.masked, s, e)) <= 6:  # a label: "Foreign Minister Yoon:"
                    found = self.resolver.resolve(s, e, True)
                    if found and found.speaker:
                        return Attribution(found.speaker, None, True, found.person)
        return None

    def _opens_with_subject(self, start: int, end: int) -> bool:
        """The piece opens with its sentence's subject, a person named (titles aside: the sentence
        record's subject), and a lower-case word follows it: a clause, not a label."""
        start, end = trimmed(self.masked, start, end)
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return False
        reading = self.resolver.readings[sentence.index]
        subject = reading.subject
        if subject is None or reading.subject_person is None or not start <= subject.start < end:
            return False
        if self.resolver.cast.people[reading.subject_person].kind != "person":
            return False
        if self.text[subject.start : subject.end].lower() in speaker_pronouns():
            return False
        lead = self.masked[start : subject.start].split()
        after = tokens_in(self.masked, subject.end, end)[:1]
        return all(w[:1].isupper() for w in lead) and bool(after) and after[0].text[:1].islower()

    def _clause_subject_alone(self, start: int, end: int) -> Attribution | None:
        """'Moreno had a similar experience: "..."': a short clause before a colon whose subject opens
        it and is the only person it names; that person speaks."""
        start, end = trimmed(self.masked, start, end)
        if not 0 < len(tokens_in(self.masked, start, end)) <= 10 or not self._opens_with_subject(start, end):
            return None
        people = self.resolver.cast.people
        named = [
            m
            for m in self.resolver.index.between(start, end)
            if m.kind != "pronoun" and people[m.person].kind == "person"
        ]
        if len({m.person for m in named}) != 1 or self.resolver.subjects.possessive(named[0]):
            return None
        p = people[named[0].person]
        return Attribution(p.name, None, True, p)
