"""One typed settings object, read from the environment or `.env`.

Every setting is listed, with a comment, in `.env.example`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

from bot.errors import NewsbriefError

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = ""  # empty: ask Discord (GET /gateway/bot) as usual


class SettingsError(NewsbriefError):
    default_message = "A setting is missing or wrong."


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsbrief"


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("", "0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}.")


def _number(name: str, raw: str, kind: type = int, minimum: float = 0):
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, not {raw!r}.") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}.")
    return value


@dataclass(frozen=True)
class Settings:
    discord_token: str = ""
    discord_api_base: str = DISCORD_API_BASE
    discord_gateway_url: str = DISCORD_GATEWAY_URL
    sync_commands: str = "global"  # "global", comma list of guild ids, or "off"
    shard_count: int | None = None
    log_level: str = "INFO"
    # fetching links
    fetch_allow_private: bool = False  # DANGEROUS outside tests and intranets
    fetch_max_bytes: int = 5_000_000
    fetch_connect_timeout: float = 5.0
    fetch_total_timeout: float = 15.0
    fetch_max_redirects: int = 5
    # the link cache
    cache_path: Path | None = None  # None: <data dir>/cache.sqlite3
    cache_ttl_seconds: int = 6 * 3600
    cache_max_entries: int = 2000

    @property
    def cache_file(self) -> Path:
        return self.cache_path or _default_data_dir() / "cache.sqlite3"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, dotenv: bool = True, require_token: bool = True
    ) -> Settings:
        if environ is None:
            if dotenv:
                load_dotenv(override=False)
            environ = os.environ
        env = {k: v for k, v in environ.items() if v is not None}
        token = env.get("DISCORD_TOKEN", "").strip()
        if require_token and not token:
            raise SettingsError("DISCORD_TOKEN is not set: put your bot's token in .env or the environment.")
        shards = env.get("SHARD_COUNT", "").strip()
        cache_path = env.get("CACHE_PATH", "").strip()
        return cls(
            discord_token=token,
            discord_api_base=env.get("DISCORD_API_BASE", "").strip().rstrip("/") or DISCORD_API_BASE,
            discord_gateway_url=env.get("DISCORD_GATEWAY_URL", "").strip() or DISCORD_GATEWAY_URL,
            sync_commands=env.get("SYNC_COMMANDS", "global").strip() or "global",
            shard_count=_number("SHARD_COUNT", shards, int, 1) if shards else None,
            log_level=(env.get("LOG_LEVEL", "INFO").strip() or "INFO").upper(),
            fetch_allow_private=_bool("FETCH_ALLOW_PRIVATE", env.get("FETCH_ALLOW_PRIVATE", "")),
            fetch_max_bytes=_number("FETCH_MAX_BYTES", env.get("FETCH_MAX_BYTES", "5000000"), int, 1024),
            fetch_connect_timeout=_number(
                "FETCH_CONNECT_TIMEOUT", env.get("FETCH_CONNECT_TIMEOUT", "5"), float, 0.1
            ),
            fetch_total_timeout=_number("FETCH_TOTAL_TIMEOUT", env.get("FETCH_TOTAL_TIMEOUT", "15"), float, 0.1),
            fetch_max_redirects=_number("FETCH_MAX_REDIRECTS", env.get("FETCH_MAX_REDIRECTS", "5"), int, 0),
            cache_path=Path(cache_path).expanduser() if cache_path else None,
            cache_ttl_seconds=_number("CACHE_TTL_SECONDS", env.get("CACHE_TTL_SECONDS", "21600"), int, 0),
            cache_max_entries=_number("CACHE_MAX_ENTRIES", env.get("CACHE_MAX_ENTRIES", "2000"), int, 0),
        )
