"""The engine's own failures: facts, not wording.

Each error carries what went wrong as fields (a size and a limit, what a page
shows instead of an article); the application words them for a person
(bot/errors.py). They pickle with their fields, so the bot's worker
processes can send them back.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""

    def __reduce__(self) -> tuple:
        # Subclasses take keyword facts, not the message: rebuild from the fields.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[EngineError], args: tuple, state: dict) -> EngineError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class InputTooLarge(EngineError):
    """Over one of the engine's limits: `what` is "page" (characters of HTML), "text"
    (characters), "sentences" or "lines" (of a text longer than any article: `size` is then
    the count read when the engine stopped, one over `limit`)."""

    def __init__(self, what: str, *, size: int, limit: int) -> None:
        self.what, self.size, self.limit = what, size, limit
        unit = what if what in ("sentences", "lines") else "characters"
        super().__init__(f"{what}: {size:,} {unit} is over the limit of {limit:,}")


class PageTooComplex(EngineError):
    """An HTML page with more than `limit` tags: far more than one article page has."""

    def __init__(self, *, limit: int) -> None:
        self.limit = limit
        super().__init__(f"page of over {limit:,} tags")


class NoArticleText(EngineError):
    """No sentence of article text: in pasted text, or (`on_page`) in an HTML page."""

    def __init__(self, *, on_page: bool = False) -> None:
        self.on_page = on_page
        super().__init__("no article text on the page" if on_page else "no article text")


class PageWithoutArticle(NoArticleText):
    """An HTML page that holds no article. `shows` says what it shows instead:
    "error_page" (with its `title`), "cookie_notice", "sign_in", or "" (a home
    page, a list of links, a notice)."""

    def __init__(self, shows: str = "", *, title: str = "") -> None:
        super().__init__(on_page=True)
        self.shows, self.title = shows, title.strip()[:80]
        self.args = (f"page without an article ({shows or 'no article text'})",)


class JavaScriptOnlyPage(PageWithoutArticle):
    """The page builds its text with JavaScript, which the engine does not run."""

    def __init__(self) -> None:
        super().__init__("javascript")


class PaywallTeaser(PageWithoutArticle):
    """Only the start of the article is on the page. `sign` is what gave it away:
    "not_free", "word_count" (with `shown_words` of `promised_words`),
    "paywall_markup", or "" (paywall markup on a short page)."""

    def __init__(self, sign: str = "", *, shown_words: int = 0, promised_words: int = 0) -> None:
        super().__init__("paywall")
        self.sign, self.shown_words, self.promised_words = sign, shown_words, promised_words


class NotEnglish(EngineError):
    """The article is not in English; `language` is its ISO 639 code, `name` the language's name."""

    def __init__(self, language: str, name: str) -> None:
        self.language, self.name = language, name
        super().__init__(f"the article is in {name} ({language}), not English")
