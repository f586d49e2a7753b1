"""One typed settings object, read from the environment or `.env`."""

from __future__ import annotations

import os
from dataclasses import dataclass

from dotenv import load_dotenv

from bot.errors import NewsbriefError


class SettingsError(NewsbriefError):
    default_message = "A setting is missing or wrong."


@dataclass(frozen=True)
class Settings:
    discord_token: str

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        if environ is None:
            if dotenv:
                load_dotenv(override=False)
            environ = dict(os.environ)
        token = environ.get("DISCORD_TOKEN", "").strip()
        if not token:
            raise SettingsError("DISCORD_TOKEN is not set: put your bot's token in .env or the environment.")
        return cls(discord_token=token)
