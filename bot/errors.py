"""Errors a user should understand, worded once for the bot and the command line.

Each type carries its own message; the CLI prints `str(err)` and the bot's
tree error handler sends it as an ephemeral reply.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base for every error whose message is fit to show a user."""

    default_message = "Something went wrong while reading the article."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def user_message(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple:
        # The bot runs the engine in worker processes, so errors are pickled back.
        # Rebuild from the final message and attributes: subclasses' __init__ take
        # other arguments (a status, a list of sources) than the message.
        return (_rebuild, (type(self), str(self), dict(self.__dict__)))


def _rebuild(cls: type[NewsbriefError], message: str, state: dict) -> NewsbriefError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class InputError(NewsbriefError):
    """The input given cannot be read as an article (missing, binary, ...)."""

    default_message = "That input could not be read as an article."


class NoArticleText(InputError):
    default_message = "No article text was found: there are no sentences to summarise."


class InputTooLarge(InputError):
    default_message = "That article is too large to summarise."


# --- the Discord bot's own refusals (worded here with the others) ------------


class TooManySources(InputError):
    """More than one of link / text / file was given to /summarize."""

    NAMES = {"link": "a link", "text": "pasted text", "file": "a file"}

    def __init__(self, given: list[str]) -> None:
        named = [self.NAMES.get(g, g) for g in given]
        gave = " and ".join([", ".join(named[:-1]), named[-1]])
        keep = " or only the ".join([", only the ".join(given[:-1]), given[-1]])
        super().__init__(
            f"You gave {gave}, and /summarize briefs one article at a time. "
            f"Run it again with only the {keep}."
        )


class UnsupportedFile(InputError):
    default_message = "That file cannot be briefed: attach a .txt, .md or .html file of up to 2 MB."


class NothingToBrief(InputError):
    default_message = "That message has no link, text file or text to brief."


class TryLater(NewsbriefError):
    """A limit says no for now; `retry_after` is in seconds."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OnCooldown(TryLater):
    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"You are briefing quickly: try again in {max(1, round(retry_after))} s.", retry_after
        )


class ServerBusy(TryLater):
    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"This server has several briefings running: try again in {max(1, round(retry_after))} s.",
            retry_after,
        )


class SettingsError(NewsbriefError):
    """A setting (environment or .env) is missing or wrong; raised by bot/config.py."""

    default_message = "A setting is missing or wrong."


class WorkTimedOut(NewsbriefError):
    default_message = "That article took too long to brief, so I stopped. Try a shorter text, or try later."


# --- fetching a link (bot/fetch.py), the project's security boundary ---------


class FetchError(NewsbriefError):
    """A link could not be turned into a web page."""

    default_message = "That link could not be fetched."


class BadUrl(FetchError):
    default_message = "That is not a web link newsbrief can open: give a full http:// or https:// address."


class AddressRefused(FetchError):
    """The link points inside a private network (server-side request forgery guard)."""

    default_message = (
        "That link points to a private or local network address, which newsbrief does not fetch: "
        "only public web pages."
    )


class DnsFailure(FetchError):
    default_message = "That site's name could not be found: check the link for typos."


class ConnectionFailed(FetchError):
    default_message = "The site could not be reached: it refused the connection or it broke off."


class FetchTimeout(FetchError):
    default_message = "The site took too long to answer, so I gave up. Try again later."


class TooManyRedirects(FetchError):
    default_message = "That link redirects too many times, so I stopped following it."


class HttpStatusError(FetchError):
    """The site answered with an HTTP error (4xx or 5xx); `status` keeps the code."""

    def __init__(self, status: int, message: str | None = None) -> None:
        super().__init__(message or f"The site answered with an error (HTTP {status}).")
        self.status = status


class PageTooLarge(FetchError):
    default_message = "That page is too large to read."


class NotAWebPage(FetchError):
    """The link is a PDF, an image, a video ...; `what` names it ("a PDF document")."""

    def __init__(self, what: str, message: str | None = None) -> None:
        super().__init__(
            message or f"That link is {what}, not a web page: newsbrief reads articles on web pages."
        )
        self.what = what


class PageWithoutArticle(NoArticleText):
    """A page that holds no article: a home page, an error page, a cookie or login wall."""

    default_message = (
        "That page has no article text to brief (it looks like a home page, a list of links or a notice)."
    )


class JavaScriptOnlyPage(PageWithoutArticle):
    default_message = (
        "That page builds its text with JavaScript, which newsbrief does not run: "
        "paste the article's text instead."
    )


class PaywallTeaser(PageWithoutArticle):
    default_message = (
        "That page shows only the start of the article (it is behind a paywall or a sign-up wall): "
        "paste the full text instead."
    )


class UnexpectedError(NewsbriefError):
    """A bug on our side; the id lets a user's report be matched to the logged traceback."""

    def __init__(self, error_id: str, support: str = "") -> None:
        how = f" {support}" if support else ""
        super().__init__(
            f"Something went wrong on my side (error id `{error_id}`). "
            f"If it keeps happening, please report it with that id.{how}"
        )
        self.error_id = error_id
