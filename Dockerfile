# newsbrief: the Discord bot (default) and the command line, in a slim image, as a non-root user.
#   docker build -t newsbrief .
#   docker run --rm --env-file .env -v newsbrief-data:/data newsbrief            # the bot
#   docker run --rm newsbrief newsbrief tests/articles/summit.txt                 # a briefing
#   docker run --rm newsbrief python -m pytest -q                                 # the tests
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    XDG_DATA_HOME=/data

RUN useradd --create-home --uid 10001 newsbrief \
    && mkdir -p /data && chown newsbrief:newsbrief /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY newsbrief ./newsbrief
COPY bot ./bot
COPY cogs ./cogs
COPY tests ./tests
RUN pip install '.[test]' && chown -R newsbrief:newsbrief /app

USER newsbrief
# The link cache (cache.sqlite3) is kept here: mount a volume to keep it across restarts.
VOLUME ["/data"]
CMD ["newsbrief-bot"]
