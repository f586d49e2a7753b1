"""Settings: one typed object from the environment, every setting in .env.example."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from bot.config import DISCORD_API_BASE, Settings
from bot.errors import SettingsError
from tests import ROOT

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
ENV_EXAMPLE = ROOT / ".env.example"


def settings(**env: str) -> Settings:
    return Settings.from_env({"DISCORD_TOKEN": TOKEN, **env}, dotenv=False)


def test_defaults_are_discords_own_and_one_process():
    s = settings()
    assert s.discord_api_base == DISCORD_API_BASE
    assert s.discord_gateway_url == ""
    assert s.sync_commands == "global" and s.sync_guild_ids == ()
    assert s.shard_count is None
    assert s.fetch_allow_private is False
    assert s.user_cooldown_seconds > 0 and s.guild_concurrency >= 1 and s.brief_workers >= 1


def test_proxy_endpoints_and_sharding():
    s = settings(
        DISCORD_API_BASE="http://127.0.0.1:8080/api/v10/",
        DISCORD_GATEWAY_URL="ws://127.0.0.1:8081/",
        SHARD_COUNT="4",
    )
    assert s.discord_api_base == "http://127.0.0.1:8080/api/v10"
    assert s.discord_gateway_url == "ws://127.0.0.1:8081/"
    assert s.shard_count == 4


@pytest.mark.parametrize(
    ("raw", "value", "guilds"),
    [("global", "global", ()), ("OFF", "off", ()), ("123, 456", "123,456", (123, 456)), ("", "global", ())],
)
def test_sync_commands(raw, value, guilds):
    s = settings(SYNC_COMMANDS=raw)
    assert (s.sync_commands, s.sync_guild_ids) == (value, guilds)


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"DISCORD_TOKEN": ""}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "Bot " + TOKEN}, "without the 'Bot ' prefix"),
        ({"DISCORD_TOKEN": "0123456789abcdef0123456789abcdef"}, "does not look like a bot token"),
        ({"SYNC_COMMANDS": "everywhere"}, "SYNC_COMMANDS"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"FETCH_ALLOW_PRIVATE": "maybe"}, "FETCH_ALLOW_PRIVATE"),
        ({"GUILD_CONCURRENCY": "0"}, "GUILD_CONCURRENCY"),
        ({"USER_COOLDOWN_SECONDS": "-1"}, "USER_COOLDOWN_SECONDS"),
        ({"FETCH_TOTAL_TIMEOUT": "nan"}, "FETCH_TOTAL_TIMEOUT must be a finite number, not 'nan'"),
        ({"BRIEF_TIMEOUT_SECONDS": "inf"}, "BRIEF_TIMEOUT_SECONDS must be a finite number, not 'inf'"),
        ({"USER_COOLDOWN_SECONDS": "-inf"}, "USER_COOLDOWN_SECONDS must be a finite number"),
        ({"FETCH_CONNECT_TIMEOUT": "Infinity"}, "FETCH_CONNECT_TIMEOUT must be a finite number"),
    ],
)
def test_bad_settings_say_which_and_why(env, words):
    with pytest.raises(SettingsError, match=re.escape(words)):
        Settings.from_env({"DISCORD_TOKEN": TOKEN, **env}, dotenv=False)


def test_the_data_folder_comes_from_the_settings_environment_only(monkeypatch, tmp_path):
    # The process environment says otherwise: only the mapping given is read.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "process-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "process-home"))
    xdg = settings(XDG_DATA_HOME=str(tmp_path / "data"))
    assert xdg.cache_file == tmp_path / "data" / "newsbrief" / "cache.sqlite3"
    home = settings(HOME=str(tmp_path / "home"))
    assert home.cache_file == tmp_path / "home" / ".local" / "share" / "newsbrief" / "cache.sqlite3"
    tilde = settings(HOME=str(tmp_path / "home"), CACHE_PATH="~/briefs.sqlite3")
    assert tilde.cache_file == tmp_path / "home" / "briefs.sqlite3"
    assert "process-" not in str(settings().cache_file)


def test_no_module_reads_the_environment_but_the_settings():
    """Every environment read goes through Settings.from_env (one typed object, one place)."""
    root = ROOT
    readers = re.compile(r"os\.environ|os\.getenv|getenv\(|expanduser\(|Path\.home\(")
    found = []
    for path in [*root.joinpath("bot").rglob("*.py"), *root.joinpath("cogs").rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if readers.search(code) and not line.lstrip().startswith(('"', "'")):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    # from_env itself falls back to os.environ when given no mapping.
    assert [f for f in found if not f.startswith("bot/config.py")] == []
    assert len([f for f in found if f.startswith("bot/config.py")]) == 1


def test_token_never_shows_in_repr():
    assert TOKEN not in repr(settings())


def test_cli_needs_no_token():
    assert Settings.from_env({}, dotenv=False, require_token=False).discord_token == ""


def test_env_example_lists_every_setting_with_a_comment():
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    listed = re.findall(r"^([A-Z_]+)=", text, re.M)
    source = ROOT.joinpath("bot", "config.py").read_text(encoding="utf-8")
    # HOME is the account's own, read only to place the data folder; not a newsbrief setting.
    read = set(re.findall(r'env\.get\("([A-Z_]+)"', source)) - {"HOME"} | {"DISCORD_TOKEN"}
    assert read <= set(listed), f"missing from .env.example: {sorted(read - set(listed))}"
    assert len(listed) == len(set(listed))
    # each setting sits in a paragraph of the file that has a comment
    for block in re.split(r"\n\s*\n", text):
        names = re.findall(r"^([A-Z_]+)=", block, re.M)
        assert not names or re.search(r"^#", block, re.M), f"{names} have no comment"
    assert len(fields(Settings)) >= len(read)


@pytest.mark.parametrize(
    ("raw", "ids"), [("0-3", (0, 1, 2, 3)), ("4,6", (4, 6)), ("0-1, 6", (0, 1, 6)), ("", None)]
)
def test_shard_ids_are_ranges_and_lists(raw, ids):
    from bot.config import Settings

    s = Settings.from_env({"SHARD_COUNT": "8", "SHARD_IDS": raw}, dotenv=False, require_token=False)
    assert s.shard_ids == ids


@pytest.mark.parametrize("raw", ["3-1", "a", "0-8", "1;2"])
def test_wrong_shard_ids_are_one_clear_error(raw):
    from bot.config import Settings
    from bot.errors import SettingsError

    with pytest.raises(SettingsError) as info:
        Settings.from_env({"SHARD_COUNT": "8", "SHARD_IDS": raw}, dotenv=False, require_token=False)
    assert "SHARD_IDS" in str(info.value)
