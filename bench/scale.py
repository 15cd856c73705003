"""Scale-out measurements for docs/scaling.md: peak memory against input size, and speed-up.

    python bench/scale.py memory            # ingest 10k and 100k synthetic articles, peak RSS
    python bench/scale.py extract-memory    # the full pipeline on two input sizes, peak RSS
    python bench/scale.py speedup           # 1 and 2 local workers, per-article cost

Each measurement runs in a fresh subprocess, so its peak RSS (ru_maxrss) is its own.
Synthetic inputs are written under bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"

INGEST_PROBE = """
import resource, sys, time
from communique.ingest import read_inputs
from communique.run import RunOptions
from communique.scale import ingest_partition, plan, write_resumable
t = time.perf_counter()
if sys.argv[2] == "read_inputs":
    n = sum(1 for _ in read_inputs([sys.argv[1]]))
else:  # the extract code path (partitions, checkpointed output) without the pipeline
    parts = plan([sys.argv[1]])
    write_resumable(parts, RunOptions(), sys.argv[3], task=ingest_partition)
    n = sum(1 for _ in open(sys.argv[3], "rb"))
import re
hwm = re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read())
print(n, round(time.perf_counter() - t, 2), int(hwm.group(1)) // 1024 if hwm else
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def corpus(n: int, seed: int = 1) -> Path:
    from communique.scale.synthetic import write_corpus

    OUT.mkdir(exist_ok=True)
    path = OUT / f"synthetic-{n}.jsonl"
    if not path.exists():
        write_corpus(path, n, seed=seed)
    return path


def memory(sizes: list[int]) -> list[dict]:
    rows = []
    for n in sizes:
        path = corpus(n)
        for mode in ("read_inputs", "extract-path"):
            proc = subprocess.run([sys.executable, "-c", INGEST_PROBE, str(path), mode,
                                   str(OUT / f"ingest-{n}.jsonl")], capture_output=True, text=True,
                                  check=True)
            count, seconds, peak = proc.stdout.split()
            rows.append({"articles": n, "mode": mode, "records": int(count), "seconds": float(seconds),
                         "bytes": path.stat().st_size, "peak_rss_mb": int(peak)})
            print(rows[-1], flush=True)
    return rows


def extract(n: int, workers: int, extra: tuple[str, ...] = ()) -> dict:
    """One `communique extract` run in a child process: wall time and the children's peak RSS."""
    path = corpus(n, seed=7)
    out = OUT / f"extract-{n}-{workers}.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "communique", "extract", str(path), "-o", str(out),
                    "--no-progress", "--workers", str(workers), "--partition-size", "25", *extra],
                   check=True, capture_output=True)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"articles": n, "workers": workers, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
            "load": round(os.getloadavg()[0], 1),
            "words": sum(len(json.loads(x)["text"].split()) for x in path.open(encoding="utf-8")),
            "largest_child_peak_rss_mb": peak // 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["memory", "extract-memory", "speedup"])
    parser.add_argument("--sizes", type=int, nargs="+", default=None)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()}, {os.cpu_count()} cores", flush=True)
    if args.what == "memory":
        rows = memory(args.sizes or [10_000, 100_000])
    elif args.what == "extract-memory":
        rows = [extract(n, 1) for n in (args.sizes or [200, 800])]
    else:
        sizes = args.sizes or [100, 500]
        rows = [extract(n, w) for w in (1, 2) for n in sizes]
        for w in (1, 2):
            small, big = [r for r in rows if r["workers"] == w]
            span = big["articles"] - small["articles"]
            per = (big["seconds"] - small["seconds"]) / span
            cpu = (big["cpu_seconds"] - small["cpu_seconds"]) / span
            print(f"workers={w}: {per * 1000:.0f} ms wall and {cpu * 1000:.0f} ms CPU per article after "
                  f"start-up ({big['words'] / big['articles']:.0f} words per article)")
    for row in rows:
        print(json.dumps(row))
    print(f"load average {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
