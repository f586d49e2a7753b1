"""Fixtures the bot's test modules share."""

from __future__ import annotations

import pytest_asyncio

from tests.fetch_server import NewsServer, start_server


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def news():
    """A local news site (tests/fetch_server.py) for the module's links."""
    server = await start_server(NewsServer())
    yield server
    assert server.runner is not None
    await server.runner.cleanup()
