"""Scale-out: local worker processes, Dask, partitioned input, resumable output.

>>> from communique.scale import run
>>> records = list(run(["corpus.jsonl"], workers=2))            # doctest: +SKIP
>>> records == list(run(["corpus.jsonl"], dask=True))           # doctest: +SKIP
True

- :mod:`.partition` splits inputs (JSONL byte ranges, groups of files, stdin chunks).
- :mod:`.worker` reads one partition and runs the pipeline on it, in a worker.
- :mod:`.executors` runs partitions in this process, a process pool or on Dask, in order.
- :mod:`.checkpoint` keeps the manifest that makes ``--resume`` work.
- :mod:`.runner` ties them together: :func:`run` and :func:`run_partitions`.
"""

from __future__ import annotations

from .checkpoint import Checkpoint, manifest_path, write_resumable
from .partition import PARTITION_SIZE, Partition, fingerprint, plan
from .runner import partitions, run, run_partitions
from .worker import Options, extract_partition, ingest_partition

__all__ = ["run", "run_partitions", "partitions", "plan", "Partition", "Options", "Checkpoint",
           "manifest_path", "write_resumable", "fingerprint", "extract_partition", "ingest_partition", "PARTITION_SIZE"]
