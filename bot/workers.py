"""The engine's worker processes: a fixed number, each ended alone when its job runs past the time limit.

    workers = WorkerPool(2, warm_up=(brief, WARMUP_TEXT))
    briefing = await workers.run(brief_text, brief, text, None, None)   # off the event loop
    await workers.close()

Each worker is a single-process executor, taken from a queue of idle ones for
one job and given back after it. A job cannot be stopped inside a process, so
when the awaiting request is cancelled (its time limit) while the job runs,
that one process is killed at once and a fresh worker takes its place: the
other workers' jobs go on, and the next request does not wait for a job
nobody is waiting for. A worker that dies by itself (out of memory, a crash in
C) is replaced the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

log = logging.getLogger("newsbrief.bot")

T = TypeVar("T")

WORKER_NICENESS = 10  # added to the workers' niceness (lower priority than the bot's event loop)


def _start_worker(niceness: int) -> None:
    os.nice(niceness)


class WorkerPool:
    """`size` worker processes; `run` awaits a free one, so at most `size` jobs run at once.

    `warm_up` is a module-level function and its arguments, run first in every
    new worker (a replacement too), so a user's job does not wait for imports.
    """

    def __init__(
        self, size: int, *, warm_up: tuple[Any, ...] | None = None, niceness: int = WORKER_NICENESS
    ) -> None:
        self.size, self._warm_up, self._niceness = size, warm_up, niceness
        self._idle: asyncio.Queue[ProcessPoolExecutor] = asyncio.Queue()
        self._all: set[ProcessPoolExecutor] = set()
        self.replaced = 0  # workers ended and replaced (time limits and deaths), for logs and tests
        self._closed = False
        for _ in range(size):
            self._idle.put_nowait(self._new_worker())

    def _new_worker(self) -> ProcessPoolExecutor:
        # Processes, not threads: the engine is pure Python and regex work that holds
        # the GIL; in threads it stalled the event loop (and heartbeats) past 100 ms
        # under load. "spawn" because forking a process with running threads is unsafe.
        # Workers run at a lower CPU priority: on a small machine they would
        # otherwise take every core from the process that answers heartbeats.
        worker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self._niceness,),
        )
        self._all.add(worker)
        return worker

    def _add_warm_worker(self) -> None:
        """A new worker joins the idle ones once it has warmed up, so no user waits behind its imports."""
        worker = self._new_worker()
        if self._warm_up is None:
            self._idle.put_nowait(worker)
            return
        loop = asyncio.get_running_loop()
        fn, *args = self._warm_up

        def warmed(future: Any) -> None:  # called in the executor's thread
            if not future.cancelled() and future.exception() is not None:
                log.warning("a new worker failed to warm up: %r", future.exception())
            with contextlib.suppress(RuntimeError):  # the loop has closed: the bot stopped
                loop.call_soon_threadsafe(self._join_idle, worker)

        worker.submit(fn, *args).add_done_callback(warmed)

    def _join_idle(self, worker: ProcessPoolExecutor) -> None:
        if worker in self._all:  # not ended (or closed) while warming up
            self._idle.put_nowait(worker)

    @property
    def idle(self) -> int:
        """Workers free for a job now."""
        return self._idle.qsize()

    def processes(self) -> list[BaseProcess]:
        """The live worker processes (for tests and the load benchmark)."""
        return [p for worker in self._all for p in _processes(worker) if p.is_alive()]

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run `fn(*args, **kwargs)` in a free worker: module-level functions and plain data only."""
        worker = await self._idle.get()
        try:
            job = worker.submit(functools.partial(fn, *args, **kwargs))
        except (BrokenProcessPool, RuntimeError):  # it died while idle
            self._replace(worker, "a worker process died")
            raise BrokenProcessPool("a worker process died") from None
        try:
            result = await asyncio.wrap_future(job)
        except BrokenProcessPool:
            self._replace(worker, "a worker process died")
            raise
        except asyncio.CancelledError:
            # wrap_future has cancelled the job: that works only if it had not started.
            if job.cancelled() or job.done():
                self._idle.put_nowait(worker)
            else:
                self._replace(worker, "a job outlived its time limit")
            raise
        except BaseException:
            self._idle.put_nowait(worker)  # the job raised: the worker is fine
            raise
        self._idle.put_nowait(worker)
        return result

    def _replace(self, worker: ProcessPoolExecutor, why: str) -> None:
        """End `worker`'s process now and put a fresh worker in its place."""
        self._end(worker)
        if self._closed:  # its job was ended by close()
            return
        log.warning("%s; ending it and starting a new one", why)
        self.replaced += 1
        self._add_warm_worker()

    def _end(self, worker: ProcessPoolExecutor) -> None:
        self._all.discard(worker)
        # The executor has no way to stop a running job; its process (a private
        # attribute, the only handle on it) is killed instead.
        for process in _processes(worker):
            if process.is_alive():
                process.kill()
        worker.shutdown(wait=False, cancel_futures=True)

    async def close(self) -> None:
        """End every worker, busy or not: the bot is stopping and nobody awaits their jobs."""
        self._closed = True
        for worker in list(self._all):
            self._end(worker)


def _processes(worker: ProcessPoolExecutor) -> list[BaseProcess]:
    return list((getattr(worker, "_processes", None) or {}).values())
