"""Test-wide set-up: no NLTK data may be found, ever.

NLTK_DATA points at an empty folder before nltk is imported, and the usual
places nltk searches are dropped from its path, so a test that passes here
passes on a locked-down server with no NLTK data.
"""

import os
import tempfile

_EMPTY_NLTK_DATA = tempfile.mkdtemp(prefix="newsbrief-empty-nltk-")
os.environ["NLTK_DATA"] = _EMPTY_NLTK_DATA

import nltk  # noqa: E402

nltk.data.path[:] = [_EMPTY_NLTK_DATA]
