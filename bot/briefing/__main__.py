"""`python -m bot.briefing`: the same as the `newsbrief` command."""

import sys

from .cli import main

sys.exit(main())
