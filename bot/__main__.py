"""`python -m bot`: read settings, set up logging, run the Discord client."""

from __future__ import annotations

import sys

from bot.config import Settings, SettingsError


def main() -> int:
    try:
        Settings.from_env()
    except SettingsError as err:
        print(f"newsbrief-bot: {err}", file=sys.stderr)
        return 2
    print("newsbrief-bot: the Discord client is not built yet.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
