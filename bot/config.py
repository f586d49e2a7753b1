"""One typed settings object, read from the environment or `.env`.

Every setting is listed, with a comment, in `.env.example`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import find_dotenv, load_dotenv

from bot.errors import SettingsError

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = ""  # empty: ask Discord (GET /gateway/bot) as usual


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _account_home() -> Path:
    """The user's home folder from the account database, for when HOME is not set."""
    import pwd

    return Path(pwd.getpwuid(os.getuid()).pw_dir)


def _data_dir(env: Mapping[str, str]) -> Path:
    """Where the bot keeps its files: $XDG_DATA_HOME/newsbrief, else ~/.local/share/newsbrief."""
    base = env.get("XDG_DATA_HOME", "").strip()
    if base:
        return _expand_home(base, env) / "newsbrief"
    return _home(env) / ".local" / "share" / "newsbrief"


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME", "").strip()
    return Path(home) if home else _account_home()


def _expand_home(raw: str, env: Mapping[str, str]) -> Path:
    """`raw` as a path, a leading ~ meaning the HOME of `env` (Path.expanduser reads os.environ)."""
    if raw == "~" or raw.startswith("~/"):
        return _home(env) / raw[2:]
    return Path(raw)


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("", "0", "false", "no", "off"):
        return False
    raise SettingsError("not_bool", name=name, raw=raw)


def _number(name: str, raw: str, kind: type = int, minimum: float = 0):
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError("not_number", name=name, raw=raw) from None
    # float() reads "nan", "inf" and "-inf"; none is a usable limit (nan even passes every comparison).
    if not math.isfinite(value):
        raise SettingsError("not_finite", name=name, raw=raw)
    if value < minimum:
        raise SettingsError("too_small", name=name, raw=raw, minimum=minimum)
    return value


@dataclass(frozen=True)
class Settings:
    discord_token: str = field(default="", repr=False)  # never in logs
    discord_api_base: str = DISCORD_API_BASE
    discord_gateway_url: str = DISCORD_GATEWAY_URL
    sync_commands: str = "global"  # "global", comma list of guild ids, or "off"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None  # the shards this process runs; None: all of SHARD_COUNT
    log_level: str = "INFO"
    # fetching links
    fetch_allow_private: bool = False  # DANGEROUS outside tests and intranets
    fetch_max_bytes: int = 5_000_000
    fetch_connect_timeout: float = 5.0
    fetch_total_timeout: float = 15.0
    fetch_max_redirects: int = 5
    # the link cache
    data_dir: Path | None = None  # None: ~/.local/share/newsbrief of the account
    cache_path: Path | None = None  # None: <data dir>/cache.sqlite3
    cache_ttl_seconds: int = 6 * 3600
    cache_max_entries: int = 2000
    # the bot's own limits
    brief_workers: int = 2  # engine runs at once (worker processes, off the event loop)
    worker_niceness: int = 10  # added to the workers' niceness: the event loop (heartbeats) goes first
    brief_timeout_seconds: float = 60.0  # a whole request: fetch, engine, reply
    user_cooldown_seconds: float = 10.0  # one briefing per user per this many seconds; 0: none
    guild_concurrency: int = 3  # briefings running at once in one server
    support_text: str = ""  # how to report a problem, shown by /about and with error ids
    # auto-brief: links posted in the channels a server manager chose
    autobrief: bool = True  # ask for the message content intent (privileged) to read links in messages
    autobrief_per_minute: int = 6  # auto-briefs in one channel per minute at most
    # many processes: link cache, cooldowns and server settings in this Redis (empty: this machine)
    redis_url: str = field(default="", repr=False)  # may hold a password

    @property
    def sync_guild_ids(self) -> tuple[int, ...]:
        """The guilds to sync commands to; empty for "global" and "off"."""
        if self.sync_commands in ("global", "off"):
            return ()
        return tuple(int(part) for part in self.sync_commands.split(",") if part.strip())

    @property
    def cache_file(self) -> Path:
        if self.cache_path is not None:
            return self.cache_path
        return (self.data_dir or _data_dir({})) / "cache.sqlite3"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, dotenv: bool = True, require_token: bool = True
    ) -> Settings:
        if environ is None:
            if dotenv:
                # The .env of the directory the bot is run from (or above), not of the
                # installed package: find_dotenv() alone starts from this file.
                load_dotenv(find_dotenv(usecwd=True), override=False)
            environ = os.environ
        env = {k: v for k, v in environ.items() if v is not None}
        token = env.get("DISCORD_TOKEN", "").strip()
        if require_token:
            _check_token(token)
        shards = env.get("SHARD_COUNT", "").strip()
        cache_path = env.get("CACHE_PATH", "").strip()
        return cls(
            discord_token=token,
            discord_api_base=env.get("DISCORD_API_BASE", "").strip().rstrip("/") or DISCORD_API_BASE,
            discord_gateway_url=env.get("DISCORD_GATEWAY_URL", "").strip() or DISCORD_GATEWAY_URL,
            sync_commands=_sync_commands(env.get("SYNC_COMMANDS", "global")),
            shard_count=_number("SHARD_COUNT", shards, int, 1) if shards else None,
            shard_ids=_shard_ids(env.get("SHARD_IDS", ""), shards),
            log_level=_log_level(env.get("LOG_LEVEL", "INFO")),
            fetch_allow_private=_bool("FETCH_ALLOW_PRIVATE", env.get("FETCH_ALLOW_PRIVATE", "")),
            fetch_max_bytes=_number("FETCH_MAX_BYTES", env.get("FETCH_MAX_BYTES", "5000000"), int, 1024),
            fetch_connect_timeout=_number(
                "FETCH_CONNECT_TIMEOUT", env.get("FETCH_CONNECT_TIMEOUT", "5"), float, 0.1
            ),
            fetch_total_timeout=_number(
                "FETCH_TOTAL_TIMEOUT", env.get("FETCH_TOTAL_TIMEOUT", "15"), float, 0.1
            ),
            fetch_max_redirects=_number("FETCH_MAX_REDIRECTS", env.get("FETCH_MAX_REDIRECTS", "5"), int, 0),
            data_dir=_data_dir(env),
            cache_path=_expand_home(cache_path, env) if cache_path else None,
            cache_ttl_seconds=_number("CACHE_TTL_SECONDS", env.get("CACHE_TTL_SECONDS", "21600"), int, 0),
            cache_max_entries=_number("CACHE_MAX_ENTRIES", env.get("CACHE_MAX_ENTRIES", "2000"), int, 0),
            brief_workers=_number(
                "BRIEF_WORKERS", env.get("BRIEF_WORKERS", "") or _default_workers(), int, 1
            ),
            worker_niceness=_number("WORKER_NICENESS", env.get("WORKER_NICENESS", "10"), int, 0),
            brief_timeout_seconds=_number(
                "BRIEF_TIMEOUT_SECONDS", env.get("BRIEF_TIMEOUT_SECONDS", "60"), float, 1
            ),
            user_cooldown_seconds=_number(
                "USER_COOLDOWN_SECONDS", env.get("USER_COOLDOWN_SECONDS", "10"), float, 0
            ),
            guild_concurrency=_number("GUILD_CONCURRENCY", env.get("GUILD_CONCURRENCY", "3"), int, 1),
            support_text=env.get("SUPPORT_TEXT", "").strip(),
            autobrief=_bool("AUTOBRIEF", env.get("AUTOBRIEF", "on")),
            autobrief_per_minute=_number(
                "AUTOBRIEF_PER_MINUTE", env.get("AUTOBRIEF_PER_MINUTE", "6"), int, 1
            ),
            redis_url=_redis_url(env.get("REDIS_URL", "")),
        )


def _default_workers() -> str:
    # The engine is CPU-bound: more workers than cores only queue for the CPU, and each costs memory.
    return str(max(1, min(4, os.cpu_count() or 1)))


def _check_token(token: str) -> None:
    if not token:
        raise SettingsError("token_missing")
    if token.lower().startswith("bot "):
        raise SettingsError("token_prefix")
    # A bot token is three dot-separated parts (id, timestamp, signature); anything
    # else is a paste of the wrong secret (client secret, public key).
    parts = token.split(".")
    if len(parts) != 3 or not all(parts) or any(ch.isspace() for ch in token):
        raise SettingsError("token_shape")


def _shard_ids(raw: str, shard_count: str) -> tuple[int, ...] | None:
    """SHARD_IDS as shard numbers: "0-3", "4,5,6" or "0-1,6"; each below SHARD_COUNT, which it needs."""
    value = raw.strip()
    if not value:
        return None
    if not shard_count.strip():
        raise SettingsError("shard_ids_alone", name="SHARD_IDS", raw=raw)
    ids: list[int] = []
    for part in value.split(","):
        low, _, high = part.strip().partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            raise SettingsError("not_shard_ids", name="SHARD_IDS", raw=raw)
        first, last = int(low), int(high or low)
        if last < first:
            raise SettingsError("not_shard_ids", name="SHARD_IDS", raw=raw)
        ids += range(first, last + 1)
    count = int(shard_count)
    if any(i >= count for i in ids):
        raise SettingsError("shard_ids_past_count", name="SHARD_IDS", raw=raw, minimum=count)
    return tuple(sorted(set(ids)))


def _sync_commands(raw: str) -> str:
    value = raw.strip().lower() or "global"
    if value in ("global", "off"):
        return value
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise SettingsError("not_sync", name="SYNC_COMMANDS", raw=raw)
    return ",".join(parts)


def _redis_url(raw: str) -> str:
    value = raw.strip()
    if value and not value.startswith(("redis://", "rediss://", "unix://")):
        raise SettingsError("not_redis_url", name="REDIS_URL")  # the value may hold a password: not shown
    return value


def _log_level(raw: str) -> str:
    value = raw.strip().upper() or "INFO"
    if value not in LOG_LEVELS:
        raise SettingsError("not_one_of", name="LOG_LEVEL", raw=raw, choices=LOG_LEVELS)
    return value
