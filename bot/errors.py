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

    def __init__(self, given: list[str]) -> None:
        names = " and a ".join(given)
        super().__init__(
            f"Give one article at a time: you gave a {names}. Keep one and run /summarize again."
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


class WorkTimedOut(NewsbriefError):
    default_message = "That article took too long to brief, so I stopped. Try a shorter text, or try later."
