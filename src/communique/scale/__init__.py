"""Scale-out: partitioned input, local worker processes, Dask, resumable output.

The run itself is :func:`communique.run.stream` (or :func:`communique.run.batches`);
this package holds its parts:

- :mod:`.partition` splits inputs (JSONL byte ranges, groups of files, stdin chunks) and reads one.
- :mod:`.worker` runs the pipeline on one partition, in a worker.
- :mod:`.executors` runs partitions in this process, a process pool or on Dask, in order.
- :mod:`.checkpoint` keeps the manifest that makes ``--resume`` work.
"""

from __future__ import annotations

from .checkpoint import Checkpoint, manifest_path, write_resumable
from .partition import PARTITION_SIZE, Partition, fingerprint, partitions, plan, read_partition
from .worker import extract_partition, ingest_partition

__all__ = ["PARTITION_SIZE", "Checkpoint", "Partition", "extract_partition", "fingerprint", "ingest_partition",
           "manifest_path", "partitions", "plan", "read_partition", "write_resumable"]
