"""Where partitions run: in this process, in local worker processes, or on Dask.

Every executor offers ``submit(fn, *args) -> future`` with ``future.result()``;
:func:`ordered` keeps a bounded number of partitions in flight and gives
results back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from ..errors import ConfigError, PipelineError
from ..extras import require_extra
from .worker import Failure, call

#: How long to try reaching an existing Dask scheduler before E904.
CONNECT_TIMEOUT = "15s"


class _Later:
    """A future computed when its result is asked for (the in-process executor)."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn, self.args = fn, args

    def result(self) -> Any:
        return self.fn(*self.args)


class Inline:
    """Runs each partition in this process, one at a time."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Later:
        return _Later(fn, args)


@contextmanager
def executor(workers: int = 1, dask: bool = False, scheduler: str | None = None,
             initializer: Callable[..., Any] | None = None,
             initargs: tuple[Any, ...] = ()) -> Iterator[Any]:
    """An executor for the run: Inline, a process pool, or a Dask client."""
    if dask or scheduler:
        with dask_client(workers, scheduler) as client:
            yield _DaskSubmitter(client)
        return
    if workers <= 1:
        yield Inline()
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _DaskSubmitter:
    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)


@contextmanager
def dask_client(workers: int = 1, scheduler: str | None = None) -> Iterator[Any]:
    """A Dask client: on ``scheduler`` (E904 when unreachable), or on a new LocalCluster.

    The local cluster has ``workers`` (at least 2) single-threaded processes and no dashboard.
    """
    require_extra("dask", "Running on Dask (--dask, --scheduler)")
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError("E904", address=scheduler, detail=f"{type(exc).__name__}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=max(2, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def ordered(pool: Any, fn: Callable[..., Any], items: Iterable[Any], *args: Any,
            in_flight: int = 2) -> Iterator[tuple[Any, Any]]:
    """``(item, fn(item, *args))`` in input order, with at most ``in_flight`` items submitted.

    A partition that fails as a whole (a worker crashed) raises E905.
    """
    pending: deque[tuple[Any, Any]] = deque()
    in_flight = max(1, in_flight)

    def take() -> tuple[Any, Any]:
        item, future = pending.popleft()
        try:
            result = future.result()
        except Exception as exc:
            for _, rest in pending:
                cancel = getattr(rest, "cancel", None)
                if cancel is not None:
                    cancel()
            what = item.describe() if hasattr(item, "describe") else repr(item)
            raise PipelineError("E905", index=getattr(item, "index", "?"), what=what,
                                detail=f"{type(exc).__name__}: {exc}") from exc
        if isinstance(result, Failure):
            raise result.error()
        return item, result

    for item in items:
        pending.append((item, pool.submit(call, fn, item, *args)))
        if len(pending) >= in_flight:
            yield take()
    while pending:
        yield take()
