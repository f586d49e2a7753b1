"""A person while the Cast is being built."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbrief import lexicon
from newsbrief.cast.names import family_first, fold_name, given_name_genders, hyphen_particle, name_particles


@dataclass
class PersonDraft:
    """A person or body as the builder gathers them; becomes a model.Person at the end."""

    tokens: tuple[str, ...]
    forms: dict[str, int] = field(default_factory=dict)  # name as written -> count
    title: str | None = None
    title_kind: str | None = None
    country: str | None = None
    organization: str | None = None
    gender: str = ""
    evidence: int = 0  # title or honorific or reporting verb: a one-word name is a person
    last_seen: int = 0
    full_mentions: int = 0
    kind: str = "person"
    country_from_text: bool = False
    owner_at: int = -1  # "his ambassador": where the office was said to be someone's
    placed_at: int = -1  # "Kenya's William Ruto": where a state's possessive placed the person
    styled: set[str] = field(default_factory=set)  # forms with "Mr" or a title: aliases, never the name
    # The folded name words, worked out once per name form (tokens change only when a longer
    # form is read): matching a name against earlier people asks for them again and again.
    _folded_for: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _name_words: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    _folded: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _surname: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    _surname_keys: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The longest form the article uses, without "Mr" or "Mrs"."""
        plain = [f for f in self.forms if f not in self.styled]
        if not plain:
            return " ".join(self.tokens)
        return max(plain, key=lambda f: (len(f.split()), len(f), self.forms[f]))

    def known_gender(self) -> str:
        """The gender the article tells: an honorific or title (`gender`), else a given name of one
        gender ("Anna Berg"). A body has none."""
        if self.kind != "person":
            return ""
        return self.gender or given_name_genders().get(self.tokens[0], "")

    def _fold(self) -> None:
        if self._folded_for is self.tokens:
            return
        words = [t for t in self.tokens if t.lower() not in name_particles() and not t.endswith(".")]
        keys = set()
        for t in words:
            keys.add(fold_name(t))
            if hyphen_particle().match(t):
                keys.add(fold_name(t.split("-", 1)[1]))  # "al-Abadi" is also "Abadi"
        self._name_words = tuple(fold_name(t) for t in words)
        self._folded = frozenset(keys)
        self._surname = self._surname_tokens()
        self._surname_keys = tuple(
            fold_name(t.split("-", 1)[1] if hyphen_particle().match(t) else t) for t in self._surname
        )
        self._folded_for = self.tokens

    def name_words(self) -> tuple[str, ...]:
        """The folded name words in order, particles and initials left out ("Lula da Silva" ->
        "lula", "silva")."""
        self._fold()
        return self._name_words

    def folded(self) -> frozenset[str]:
        """The folded name words as a set, with "abadi" for "al-Abadi"."""
        self._fold()
        return self._folded

    def surname_tokens(self) -> tuple[str, ...]:
        self._fold()
        return self._surname

    def surname_keys(self) -> tuple[str, ...]:
        """The surname tokens folded, "al-Abadi" as "abadi"."""
        self._fold()
        return self._surname_keys

    def _surname_tokens(self) -> tuple[str, ...]:
        toks = [
            t
            for t in self.tokens
            if t.lower() not in name_particles()
            and not t.endswith(".")
            and t not in lexicon.word_set(lexicon.NAME_WORDS, "suffix")
        ]
        if not toks:
            return ()
        if len(toks) > 1 and toks[0] in family_first():
            return (toks[0], toks[-1])
        return (toks[-1], toks[0]) if len(toks) > 1 else (toks[0],)
