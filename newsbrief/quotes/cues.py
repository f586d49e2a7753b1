"""Token-level tests the attribution reader makes around a quotation: is this token a reporting
cue, is the speaker after it, where the pieces between commas are, where a subject ends."""

from __future__ import annotations

import re
from functools import cache

from newsbrief.quotes.tokens import Token, tokens_in
from newsbrief.quotes.word_lists import (
    body_heads,
    cue_forms,
    cue_nouns,
    cue_phrases,
    honorifics,
    skip_words,
    speaker_pronouns,
    word_class,
)

# "D-Va.", "R-Utah": a US lawmaker's party and state, set off by commas.
_AFFILIATION = re.compile(r"\s*[DRI]-[A-Z][\w.]*\.?\s*$")


def cue_at(tokens: list[Token], i: int) -> int:
    """How many tokens from i form a cue (0 if none)."""
    tok = tokens[i]
    for phrase in _phrases_by_first_word().get(tok.lower, ()):
        n = len(phrase)
        if tuple(t.lower for t in tokens[i : i + n]) == phrase:
            return n
    if tok.lower in cue_forms() and tok.text[:1].islower():
        if i > 0 and tokens[i - 1].lower in word_class("determiner"):
            return 0  # "the report", "a call": a noun
        if tok.lower in cue_nouns() and any(
            t.lower in word_class("determiner") for t in tokens[max(0, i - 3) : i]
        ):
            return 0  # "made the following comment", "his angry tweets"
        if tok.lower in cue_nouns() and i > 0 and _possessive(tokens, i - 1):
            return 0  # "impressed with Dunn's comments", "Sanders' remarks": a noun
        if i > 0 and tokens[i - 1].lower == "to" and tok.lower not in {"say", "tell"}:
            return 0
        return 1
    return 0


def _possessive(tokens: list[Token], i: int) -> bool:
    """Token i ends a possessive: "Dunn's", or the mark of "Sanders'" (its own token)."""
    tok = tokens[i]
    if tok.lower.endswith(("'s", "’s")):
        return True
    before = tokens[i - 1] if i > 0 else None
    return (
        tok.text in ("'", "’")
        and before is not None
        and before.end == tok.start
        and before.lower.endswith("s")
    )


@cache
def _phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The cue phrases by their first word, in the table's order (the first that matches counts)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cue_phrases():
        found.setdefault(phrase[0], []).append(phrase)
    return found


def spoken_to(tokens: list[Token], i: int) -> bool:
    """ "she was told", "he had been asked": the subject heard the words; someone unnamed spoke them."""
    return (
        i > 0
        and tokens[i].lower in word_class("spoken_to")
        and tokens[i - 1].lower in word_class("passive_aux")
    )


def speaker_follows(tokens: list[Token], i: int, n: int) -> bool:
    """True for a cue phrase whose speaker comes after it ("according to X")."""
    return n > 1 and cue_phrases().get(tuple(t.lower for t in tokens[i : i + n])) == "after"


def names_body(before_of: Token, after_of: Token) -> bool:
    """ "Party of Korea", "Ministry of the Interior": "of" inside a body's name."""
    return before_of.text in body_heads() and (after_of.text[:1].isupper() or after_of.lower == "the")


def abbreviation(word: str) -> bool:
    """An initial or a short title that a full stop follows without ending the sentence."""
    return bool(re.fullmatch(r"[A-Z]|[A-Z][a-z]{1,3}", word)) and word not in {"The", "It", "He", "She", "We"}


def comma_pieces(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of masked[start:end] (appositives, asides)."""
    pieces = []
    cut = start
    for m in re.finditer(r"\([^()]*\)|[,;:()\u2014\u2013]| - ", masked[start:end]):
        pieces.append((cut, start + m.start()))
        cut = start + m.end()
    pieces.append((cut, end))
    # Asides that name no one: "(R-Utah)", "D-Va.", "25".
    return [
        (s, e)
        for s, e in pieces
        if re.search(r"[^\W\d_]", masked[s:e]) and not _AFFILIATION.match(masked[s:e])
    ]


def strip_skips(masked: str, start: int, end: int) -> int:
    """End of the subject once trailing adverbs and times are dropped ("Moon on Tuesday" -> "Moon")."""
    toks = tokens_in(masked, start, end)
    while toks and (
        toks[-1].lower in skip_words()
        or not any(c.isalnum() for c in toks[-1].text)
        or _adverb_after_subject(toks)
    ):
        toks.pop()
    return toks[-1].end if toks else start


def _adverb_after_subject(toks: list[Token]) -> bool:
    """ "Gingrich cynically (dismissed)", "he angrily (replied)": a lower-case word in -ly after a name
    or a pronoun is an adverb of the verb, not part of the subject ("the family", "an ally" are
    nouns: quote_words.tsv `ly_noun`)."""
    if len(toks) < 2:
        return False
    last, before = toks[-1], toks[-2]
    if not (last.text.islower() and last.lower.endswith("ly") and last.lower not in word_class("ly_noun")):
        return False
    owner = before.lower.endswith(("'s", "’s"))
    return before.text[:1].isupper() and not owner or before.lower in speaker_pronouns()


@cache
def verb_chain() -> re.Pattern[str]:
    chains = sorted(word_class("verb_chain"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in chains) + r")\s*$", re.I)


def descriptor(masked: str, start: int, end: int) -> bool:
    """An appositive or aside: "a former adviser", "who runs ...", "in a statement"."""
    toks = tokens_in(masked, start, end)
    return bool(toks) and toks[0].text[:1].islower() and toks[0].lower not in speaker_pronouns()


def noun_phrase_tail(masked: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase at the end of a piece: from its last clause word on."""
    toks = tokens_in(masked, start, end)
    cut, stop = 0, len(toks)
    for i, t in enumerate(toks):
        if t.lower == "of" and 0 < i < len(toks) - 1 and names_body(toks[i - 1], toks[i + 1]):
            continue  # "the Democratic Party of Korea", "the Ministry of Foreign Affairs": one name
        # A cue's form as the piece's last word is its head noun: "the IMF report stated".
        cue_verb = t.lower in cue_forms() and t.text[:1].islower() and i < len(toks) - 1
        if t.lower in word_class("phrase_ender") and not t.text.isupper() or cue_verb:  # "WHO" is a body
            if t.lower == "of" and _name_of_place(toks, cut, i):
                stop = i  # "Lindsey Graham of South Carolina": the name before "of"
                break
            if t.lower == "in" and _name_in_place(toks, cut, i):
                stop = i  # "The Foreign Ministry in Beijing": the name before "in"
                break
            cut = i + 1
    toks = toks[cut:stop]
    if not toks:
        return start, start
    return toks[0].start, toks[-1].end


def _name_in_place(toks: list[Token], cut: int, at: int) -> bool:
    """ "The Foreign Ministry in Beijing", "the U.S. Embassy in Seoul": a name, then where it sits
    (capitalised words to the end of the phrase)."""
    before = toks[cut:at]
    after = [t for t in toks[at + 1 :] if t.lower != "the"]
    named = any(t.text[:1].isupper() and t.text not in honorifics() for t in before)
    return named and bool(after) and all(t.text[:1].isupper() or t.text == "." for t in after)


def _name_of_place(toks: list[Token], cut: int, of: int) -> bool:
    """ "Graham of South Carolina", not "Secretary of State" nor "Trump of showering praise"."""
    before = toks[cut:of]
    after = toks[of + 1 : of + 3]
    named = any(t.text[:1].isupper() and t.text not in honorifics() for t in before)
    place = bool(after) and (after[0].text[:1].isupper() or after[0].lower == "the")
    return named and place
