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
