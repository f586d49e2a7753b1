"""Errors a user should understand, worded once for the bot and the command line.

This module is the one place user-facing error wording is written: the code
that raises an error passes the facts (a status, a host, what a file is) as
fields, and the type makes its message from them here. The CLI prints
`str(err)`; the bot's tree error handler sends `err.user_message` as an
ephemeral reply.
"""

from __future__ import annotations

from newsbrief import errors as engine


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

    def __init__(self, message: str | None = None, *, on_page: bool = False) -> None:
        self.on_page = on_page
        super().__init__(message or ("No article text was found on that page." if on_page else None))


class InputTooLarge(InputError):
    """Input over one of the engine's limits: `what` is "page" (bytes of HTML), "text"
    (characters), "sentences" or "lines" (counts of a text longer than any article) or "file"
    (bytes on disk, named by `source`)."""

    default_message = "That article is too large to summarise."

    def __init__(self, what: str = "", *, size: int = 0, limit: int = 0, source: str = "") -> None:
        self.what, self.size, self.limit, self.source = what, size, limit, source
        if what == "page":
            message = f"That page is too large to read (over {limit // 1_000_000} MB of HTML)."
        elif what == "text":
            message = (
                f"That text is too long to be one article ({size:,} characters; the limit is {limit:,})."
            )
        elif what in ("sentences", "lines"):
            message = (
                f"That text is too long to be one article (more than {limit:,} {what}; "
                "the longest news articles have about a thousand sentences)."
            )
        elif what == "file":
            message = f"{source} is too large to be one article ({size:,} bytes)."
        else:
            message = None
        super().__init__(message)


class NotEnglish(InputError):
    """The article is in another language; `name` is the language's name ("German")."""

    def __init__(self, name: str = "") -> None:
        shown = f"this looks like {name}" if name else "this does not look like English"
        super().__init__(f"newsbrief reads English news; {shown}.")
        self.name = name


class UnreadableInput(InputError):
    """A file or standard input that holds no article text. `source` names it as the user
    gave it ("'notes.txt'", "Standard input"); `problem` is one of PROBLEMS."""

    PROBLEMS = {
        "empty": "{source} is empty.",
        "binary": "{source} is a binary file, not article text.",
        "missing": "{source}: no such file.",
        "folder": "{source} is a folder, not an article file.",
        "unreadable": "{source} could not be read: {detail}.",
    }

    def __init__(self, source: str, problem: str, detail: str = "") -> None:
        self.source, self.problem, self.detail = source, problem, detail
        super().__init__(self.PROBLEMS[problem].format(source=source, detail=detail))


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


def file_kinds_text(suffixes: tuple[str, ...], max_bytes: int) -> str:
    """'a .txt, .md or .html file (up to 2 MB)': the files /summarize takes, for its help and its refusal."""
    kinds = " or ".join([", ".join(suffixes[:-1]), suffixes[-1]]) if len(suffixes) > 1 else suffixes[0]
    return f"a {kinds} file (up to {max_bytes / 1_048_576:g} MB)"


class UnsupportedFile(InputError):
    """An attachment /summarize does not take: `suffixes` and `max_bytes` are what it does take."""

    def __init__(self, suffixes: tuple[str, ...], max_bytes: int) -> None:
        super().__init__(f"That file cannot be briefed: attach {file_kinds_text(suffixes, max_bytes)}.")
        self.suffixes, self.max_bytes = suffixes, max_bytes


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
    """A setting (environment or .env) is missing or wrong; `problem` says how (a key of MESSAGES).

    Raised by bot/config.py and, for what Discord refuses at start, by bot/__main__.py.
    """

    default_message = "A setting is missing or wrong."
    MESSAGES = {
        "not_bool": "{name} must be true or false, not {raw!r}.",
        "not_number": "{name} must be a number, not {raw!r}.",
        "not_finite": "{name} must be a finite number, not {raw!r}.",
        "too_small": "{name} must be at least {minimum}.",
        "not_one_of": "{name} must be one of {choices}, not {raw!r}.",
        "not_sync": "{name} must be global, off or a comma list of server ids, not {raw!r}.",
        "not_shard_ids": "{name} must be shard numbers such as 0-3 or 0,2,4, not {raw!r}.",
        "shard_ids_alone": "{name} needs SHARD_COUNT, the number of shards of all processes together.",
        "shard_ids_past_count": "{name} names a shard past SHARD_COUNT ({minimum:g}): shards start at 0.",
        "not_redis_url": "{name} must be a redis://, rediss:// or unix:// address.",
        "redis_unreachable": (
            "REDIS_URL is set but Redis does not answer there ({raw}): start Redis, fix the address, "
            "or leave REDIS_URL empty to keep everything on this machine."
        ),
        "token_missing": "DISCORD_TOKEN is not set: put your bot's token in .env or the environment.",
        "token_prefix": "DISCORD_TOKEN should be the token alone, without the 'Bot ' prefix.",
        "token_shape": (
            "DISCORD_TOKEN does not look like a bot token (three parts separated by dots): "
            "copy it again from the Bot page of the developer portal."
        ),
        "token_refused": (
            "Discord refused DISCORD_TOKEN: copy the token again from the Bot page of the developer portal."
        ),
    }

    def __init__(
        self,
        problem: str = "",
        *,
        name: str = "",
        raw: str = "",
        minimum: float = 0,
        choices: tuple[str, ...] = (),
    ) -> None:
        message = None
        if problem:
            message = self.MESSAGES[problem].format(
                name=name, raw=raw, minimum=minimum, choices=", ".join(choices)
            )
        super().__init__(message)
        self.problem, self.name, self.raw, self.minimum, self.choices = problem, name, raw, minimum, choices


class GatewayRefused(SettingsError):
    """Discord closed the gateway with a code that means the token or shard setup is wrong."""

    # Gateway close codes that mean the setup is wrong, not the network.
    REASONS = {
        4004: "Discord refused DISCORD_TOKEN",
        4010: "SHARD_COUNT is invalid",
        4011: "more shards needed",
    }

    def __init__(self, code: int) -> None:
        NewsbriefError.__init__(
            self, f"{self.REASONS.get(code, 'Discord refused the connection')} (gateway close code {code})."
        )
        self.problem, self.name, self.raw, self.minimum, self.choices = "gateway", "", "", 0, ()
        self.code = code


class CommandFailed(NewsbriefError):
    """discord.py refused a command without saying why (a check or an option it could not read)."""

    default_message = "That command could not run."


class NothingBriefed(InputError):
    """A digest none of whose links could be briefed; the message names each and why."""

    default_message = "None of those links could be briefed."


class NeedsManageServer(NewsbriefError):
    """Checked by the bot as well as by Discord's default permissions, which a server can override."""

    default_message = "Only members with the Manage Server permission can change newsbrief's settings."


class WorkTimedOut(NewsbriefError):
    default_message = "That article took too long to brief, so I stopped. Try a shorter text, or try later."


# --- fetching a link (bot/web/fetch.py), the project's security boundary ---------


class FetchError(NewsbriefError):
    """A link could not be turned into a web page."""

    default_message = "That link could not be fetched."


class BadUrl(FetchError):
    """A link newsbrief will not request; `problem` says why (a key of MESSAGES)."""

    MESSAGES = {
        "invalid": "That is not a web link newsbrief can open: give a full http:// or https:// address.",
        "too_long": "That link is too long ({length:,} characters).",
        "scheme": "{shown}: newsbrief opens only http:// and https:// links.",
        "no_host": "That link has no site name in it.",
        "credentials": "Links with a user name or password in them are not opened.",
        "port": "That link's port number is not valid.",
        "invalid_on_the_way": "That link (or a page it redirects to) is not a valid web address.",
        "bad_redirect": "That link redirects to an address that is not valid.",
    }

    def __init__(self, problem: str = "invalid", *, length: int = 0, scheme: str = "") -> None:
        shown = f"{scheme}:// links are not supported" if scheme else "That is not a full web address"
        super().__init__(self.MESSAGES[problem].format(length=length, shown=shown))
        self.problem, self.length, self.scheme = problem, length, scheme


class AddressRefused(FetchError):
    """The link points inside a private network (server-side request forgery guard).

    `kind` is the kind of address ("loopback address"); `host` the name it was
    resolved from, shown instead of the address, which would tell a stranger about our network.
    """

    default_message = (
        "That link points to a private or local network address, which newsbrief does not fetch: "
        "only public web pages."
    )

    def __init__(self, kind: str = "", *, host: str | None = None, address: str = "") -> None:
        message = None
        if kind:
            article = "an" if kind[0] in "aeiou" else "a"
            where = f"{host}'s address is" if host else f"{address} is"
            message = (
                f"That link is refused: {where} {article} {kind}, "
                "and newsbrief fetches public web pages only."
            )
        super().__init__(message)
        self.kind, self.host, self.address = kind, host, address


class DnsFailure(FetchError):
    """The site's name could not be looked up (`found_nothing`: the lookup answered no address)."""

    default_message = "That site's name could not be found: check the link for typos."

    def __init__(self, host: str | None = None, *, found_nothing: bool = False) -> None:
        message = None
        if host and found_nothing:
            message = f"The site name {host!r} has no address."
        elif host:
            message = f"The site name {host!r} could not be found: check the link for typos."
        super().__init__(message)
        self.host, self.found_nothing = host, found_nothing


class ConnectionFailed(FetchError):
    """The site could not be reached; `cause` is "refused", "certificate" or "broken" (mid-way)."""

    default_message = "The site could not be reached: it refused the connection or it broke off."
    MESSAGES = {
        "refused": "{host} could not be reached (the connection was refused).",
        "certificate": "{host} has an invalid security certificate, so I did not read it.",
        "broken": "The connection to {host} broke off before the page was read.",
    }

    def __init__(self, host: str | None = None, cause: str = "broken") -> None:
        super().__init__(self.MESSAGES[cause].format(host=host) if host else None)
        self.host, self.cause = host, cause


class FetchTimeout(FetchError):
    """The site was too slow: to accept a connection (`connecting`) or to send the page."""

    default_message = "The site took too long to answer, so I gave up. Try again later."

    def __init__(self, host: str | None = None, seconds: float = 0.0, *, connecting: bool = False) -> None:
        message = None
        if host and connecting:
            message = f"{host} did not accept a connection within {seconds:g} s."
        elif host:
            message = f"{host} took too long to answer (over {seconds:g} s)."
        super().__init__(message)
        self.host, self.seconds, self.connecting = host, seconds, connecting


class TooManyRedirects(FetchError):
    default_message = "That link redirects too many times, so I stopped following it."

    def __init__(self, limit: int | None = None) -> None:
        super().__init__(
            None
            if limit is None
            else f"That link redirects more than {limit} times, so I stopped following it."
        )
        self.limit = limit


class HttpStatusError(FetchError):
    """The site answered with an HTTP error, or a redirect to nowhere; `status` keeps the code."""

    # Why a site answers this status, in words a reader follows.
    WHY = {
        401: "it needs a sign-in",
        403: "it refused to show the page to a bot",
        404: "there is no such page",
        410: "the page has been removed",
        429: "it has had too many requests; try again later",
        451: "the page is unavailable for legal reasons",
    }

    def __init__(self, status: int, reason: str | None = None) -> None:
        super().__init__(self._message(status, reason))
        self.status, self.reason = status, reason

    @classmethod
    def _message(cls, status: int, reason: str | None) -> str:
        if 300 <= status < 400:
            return f"The site sent a redirect (HTTP {status}) to nowhere."
        if status < 400:
            return f"The site answered HTTP {status} instead of a page."
        why = cls.WHY.get(status)
        if why is None:
            why = "the site has a problem; try again later" if status >= 500 else (reason or "error").lower()
        return f"The site answered HTTP {status}: {why}."


class PageTooLarge(FetchError):
    default_message = "That page is too large: its first part holds no article text."


class PageTooComplex(InputError):
    """A web page with more tags than `limit`: far more than one article page has."""

    def __init__(self, limit: int = 0) -> None:
        super().__init__(
            f"That page is too large to read as one article (over {limit:,} HTML tags; "
            "an article page has a few thousand). Paste the article's text instead."
        )
        self.limit = limit


class NotAWebPage(FetchError):
    """The link is a PDF, an image, a video ...; `what` names it ("a PDF document")."""

    def __init__(self, what: str) -> None:
        super().__init__(f"That link is {what}, not a web page: newsbrief reads articles on web pages.")
        self.what = what


class PageWithoutArticle(NoArticleText):
    """A page that holds no article; `shows` says what it shows instead (a key of MESSAGES)."""

    default_message = (
        "That page has no article text to brief (it looks like a home page, a list of links or a notice)."
    )
    MESSAGES = {
        "error_page": "That page is an error page (“{title}”), not an article.",
        "cookie_notice": "That page shows only a cookie or consent notice, not an article.",
        "sign_in": "That page asks you to sign in before it shows anything: paste the article's text.",
    }

    def __init__(self, shows: str = "", *, title: str = "") -> None:
        title = title.strip()[:80]
        super().__init__(self.MESSAGES[shows].format(title=title) if shows else None)
        self.shows, self.title = shows, title


class JavaScriptOnlyPage(PageWithoutArticle):
    default_message = (
        "That page builds its text with JavaScript, which newsbrief does not run: "
        "paste the article's text instead."
    )


class PaywallTeaser(PageWithoutArticle):
    """Only the start of the article is shown; `sign` is what gave it away (a key of SIGNS)."""

    default_message = (
        "That page shows only the start of the article (it is behind a paywall or a sign-up wall): "
        "paste the full text instead."
    )
    SIGNS = {
        "not_free": "the page marks the article as not free to read",
        "word_count": "it shows {shown:,} of the article's {promised:,} words",
        "paywall_markup": "the page carries a paywall",
    }

    def __init__(self, sign: str = "", *, shown_words: int = 0, promised_words: int = 0) -> None:
        NewsbriefError.__init__(self, self._message(sign, shown_words, promised_words))
        self.shows, self.title = "", ""
        self.sign, self.shown_words, self.promised_words = sign, shown_words, promised_words

    @classmethod
    def _message(cls, sign: str, shown: int, promised: int) -> str | None:
        if not sign:
            return None
        why = cls.SIGNS[sign].format(shown=shown, promised=promised)
        return (
            f"That page shows only the start of the article ({why}): it is behind a paywall or a "
            "sign-up wall. Paste the full text instead."
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


def worded(err: engine.EngineError) -> NewsbriefError:
    """The engine's failure (facts) as the error a user reads (words)."""
    match err:
        case engine.PaywallTeaser():
            return PaywallTeaser(err.sign, shown_words=err.shown_words, promised_words=err.promised_words)
        case engine.JavaScriptOnlyPage():
            return JavaScriptOnlyPage()
        case engine.PageWithoutArticle():
            return PageWithoutArticle(err.shows, title=err.title)
        case engine.NoArticleText():
            return NoArticleText(on_page=err.on_page)
        case engine.InputTooLarge():
            return InputTooLarge(err.what, size=err.size, limit=err.limit)
        case engine.PageTooComplex():
            return PageTooComplex(err.limit)
        case engine.NotEnglish():
            return NotEnglish(err.name)
    return UnexpectedError("engine")
