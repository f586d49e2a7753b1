"""newsbrief: news articles into briefings, for Discord and the command line."""

__version__ = "0.1.0"
