"""`python -m bot`: read settings, set up logging, run the Discord client."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import replace

from bot.config import Settings
from bot.errors import GatewayRefused, SettingsError

EXIT_SETTINGS = 2


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # discord.py's own INFO lines (gateway, shard) are useful; its DEBUG is every payload.
    logging.getLogger("discord").setLevel(max(logging.INFO, logging.getLevelName(level)))


async def run(settings: Settings) -> None:
    import discord

    from bot.client import MESSAGE_CONTENT_MISSING, create_bot

    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, task.cancel)  # type: ignore[union-attr]
    log = logging.getLogger("newsbrief.bot")
    while True:
        bot = create_bot(settings)
        bot.freeze_after_setup = True  # type: ignore[attr-defined]
        async with bot:
            try:
                await bot.start(settings.discord_token)
                return
            except asyncio.CancelledError:
                log.info("stopping on signal")
                return
            except discord.PrivilegedIntentsRequired:
                if not settings.autobrief:
                    raise
                # The owner has not turned the intent on: the rest of the bot still works.
                log.warning(MESSAGE_CONTENT_MISSING)
        settings = replace(settings, autobrief=False)


USAGE = (
    "usage: newsbrief-bot            run the bot\n"
    "       newsbrief-bot reports    list reports of wrong briefings (JSON Lines, newest first)"
)


def print_reports() -> int:
    """The reports users sent with the report button, newest first, one JSON object a line."""
    import json

    from bot.store import list_reports

    try:
        settings = Settings.from_env(require_token=False)
        if settings.redis_url:  # where every process keeps them
            from bot.redis_store import list_redis_reports

            reports = asyncio.run(list_redis_reports(settings.redis_url))
        else:
            reports = list_reports(settings.cache_file)
    except SettingsError as err:
        print(f"newsbrief-bot: {err}", file=sys.stderr)
        return EXIT_SETTINGS
    for report in reports:
        print(json.dumps(report, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["reports"]:
        return print_reports()
    if args:
        print(USAGE, file=sys.stderr)
        return EXIT_SETTINGS
    try:
        settings = Settings.from_env()
    except SettingsError as err:
        print(f"newsbrief-bot: {err}", file=sys.stderr)
        return EXIT_SETTINGS
    setup_logging(settings.log_level)
    # Imported here, not at the top: engine worker processes re-import this module
    # (multiprocessing "spawn") and need none of discord.py.
    import discord

    try:
        asyncio.run(run(settings))
    except SettingsError as err:  # found at start: Redis does not answer at REDIS_URL
        print(f"newsbrief-bot: {err}", file=sys.stderr)
        return EXIT_SETTINGS
    except discord.LoginFailure:
        print(f"newsbrief-bot: {SettingsError('token_refused')}", file=sys.stderr)
        return EXIT_SETTINGS
    except discord.ConnectionClosed as err:
        if err.code in GatewayRefused.REASONS:
            print(f"newsbrief-bot: {GatewayRefused(err.code)}", file=sys.stderr)
            return EXIT_SETTINGS
        raise
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
