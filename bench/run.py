"""The benchmark: throughput, memory, time to first result and stage shares, in one run.

    python bench/run.py --shared ../shared --out docs/performance.md   # what `make bench` runs
    python bench/run.py --articles 3 --out /tmp/perf.md                # a quick check

It generates the corpus (``bench/corpus.py``, fixed seed) into ``bench/corpus/``,
then, each in fresh spawned worker processes:

1. one process: build the pipeline, extract every article (time to first
   result, articles/s, words/s, time per stage), then parse the same texts
   with bare spaCy ``nlp.pipe`` (same model object, same batch size);
2. two processes: the corpus split in halves over a ``multiprocessing`` pool,
   each worker building the pipeline once.

Results go to a Markdown file with the machine description and the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_SEED, generate, word_count, write  # noqa: E402

#: Targets of issue 8, to reach over the coming work.
TARGET_RATE = 10.0       # articles/s end to end on 2 cores
TARGET_PEAK_GB = 1.5     # peak memory, all processes
TARGET_RATIO = 0.67      # our throughput / bare spaCy's
BATCH_NOTE = "`batch_size` articles"


# -- worker side (runs in spawned processes) --------------------------------

class _Timed:
    """Wraps a stage to add the seconds it takes to a shared tally."""

    def __init__(self, name: str, stage: Any, totals: dict[str, float]) -> None:
        self.name, self.stage, self.totals = name, stage, totals

    def __call__(self, article: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.stage(article)
        finally:
            self.totals[self.name] += time.perf_counter() - start


class _TimedPipe(_Timed):
    def pipe(self, articles: Any) -> Any:
        start = time.perf_counter()
        try:
            return iter(list(self.stage.pipe(articles)))
        finally:
            self.totals[self.name] += time.perf_counter() - start


def _peak_rss() -> int:
    """This process's peak resident memory in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


#: Articles per chunk when our pipeline and bare spaCy take turns (1-process run).
CHUNK = 50


def _bare_spacy(nlp: Any, batch_size: int, texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of bare ``nlp.pipe`` over ``texts``."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def extract_job(job: dict[str, Any]) -> dict[str, Any]:
    """Build the pipeline and extract ``job['articles']``; optionally time stages and bare spaCy.

    With ``bare_spacy``, the articles go in chunks of :data:`CHUNK`, and bare
    spaCy parses each chunk's texts right after (then before, alternately) our
    pipeline extracts it, so a change in the machine's load hits both alike.
    """
    start = time.perf_counter()
    from communique.article import Article, parse_published
    from communique.run import get_pipeline

    pipeline = get_pipeline()
    built = time.perf_counter()
    totals: dict[str, float] = {name: 0.0 for name, _ in pipeline.stages}
    if job.get("time_stages"):
        pipeline.stages = [(name, (_TimedPipe if hasattr(stage, "pipe") else _Timed)(name, stage, totals))
                           for name, stage in pipeline.stages]
    rows = job["articles"]
    size = CHUNK if job.get("bare_spacy") else max(len(rows), 1)
    chunks = [rows[i:i + size] for i in range(0, len(rows), size)]
    nlp = batch = None
    if job.get("bare_spacy"):
        from communique.language import LanguageStage
        from communique.settings import load_settings

        language = LanguageStage(load_settings())
        nlp, batch = language.nlp, language.batch_size
    first = None
    first_at = time.time()
    n = events = failed = 0
    extract_s = extract_cpu = bare_s = bare_cpu = 0.0
    for i, chunk in enumerate(chunks):
        texts = [a["text"] for a in chunk]
        if nlp is not None and i % 2 == 1:
            w, c = _bare_spacy(nlp, batch or 16, texts)
            bare_s, bare_cpu = bare_s + w, bare_cpu + c
        wall, cpu = time.perf_counter(), time.process_time()
        articles = (Article(text=a["text"], id=a["id"], title=a.get("title"),
                            published=parse_published(a.get("published"))) for a in chunk)
        for article in pipeline.pipe(articles):
            if first is None:
                first = time.perf_counter()
                first_at = time.time()
            n += 1
            events += len(article.events)
            failed += article.failed
        extract_s += time.perf_counter() - wall
        extract_cpu += time.process_time() - cpu
        if nlp is not None and i % 2 == 0:
            w, c = _bare_spacy(nlp, batch or 16, texts)
            bare_s, bare_cpu = bare_s + w, bare_cpu + c
    done = time.perf_counter()
    out: dict[str, Any] = {
        "articles": n, "events": events, "failed": failed,
        "words": sum(word_count(a["text"]) for a in rows),
        "startup_s": built - start, "first_result_s": (first or done) - start,
        "first_result_at": first_at, "extract_s": extract_s, "extract_cpu_s": extract_cpu,
        "stage_s": totals if job.get("time_stages") else {}, "peak_rss": _peak_rss(),
    }
    if nlp is not None:
        out["bare_spacy_s"], out["bare_spacy_cpu_s"] = bare_s, bare_cpu
    return out


# -- parent side ------------------------------------------------------------

def run_pool(shards: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """Run one job per worker in a spawn pool; the results and the wall time.

    Each result gets ``first_result_wall_s``: from creating the pool (before the
    worker process exists) to its first extracted article.
    """
    ctx = mp.get_context("spawn")
    began = time.time()
    start = time.perf_counter()
    with ctx.Pool(processes=len(shards)) as pool:
        results = pool.map(extract_job, shards, chunksize=1)
    for r in results:
        r["first_result_wall_s"] = r["first_result_at"] - began
    return results, time.perf_counter() - start


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"nproc": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform()}
    try:
        info["usable_cpus"] = len(os.sched_getaffinity(0))
    except AttributeError:
        info["usable_cpus"] = os.cpu_count()
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []:
        if line.startswith("model name"):
            info["cpu"] = line.split(":", 1)[1].strip()
            break
    for line in Path("/proc/meminfo").read_text().splitlines() if Path("/proc/meminfo").exists() else []:
        if line.startswith("MemTotal"):
            info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    try:
        import spacy

        info["spacy"] = spacy.__version__
        from communique.language import MODEL_DIST, MODEL_VERSION

        info["model"] = f"{MODEL_DIST} {MODEL_VERSION}"
    except Exception as exc:  # the description must not stop the benchmark
        info["spacy"] = f"unknown ({exc})"
    try:
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        info["load"] = "unknown"
    return info


def git_commit() -> str:
    """The commit measured, as the quality report names it."""
    from communique.evaluate.report import git_commit as commit_of

    return commit_of(HERE.parent)


def measure(articles: list[dict[str, Any]], processes: int = 2) -> dict[str, Any]:
    """Every figure of the benchmark, as a dict."""
    one, _ = run_pool([{"articles": articles, "time_stages": True, "bare_spacy": True}])
    [single] = one
    half = (len(articles) + 1) // 2
    shards = [{"articles": articles[i * half:(i + 1) * half]} for i in range(processes)]
    shards = [s for s in shards if s["articles"]]
    many, many_wall = run_pool(shards)
    words = sum(word_count(a["text"]) for a in articles)
    n = len(articles)
    slowest = max(r["extract_s"] for r in many)
    stage_total = sum(single["stage_s"].values()) or 1.0
    return {
        "articles": n, "words": words,
        "one": {"articles_per_s": n / single["extract_s"], "words_per_s": words / single["extract_s"],
                "extract_s": single["extract_s"], "startup_s": single["startup_s"],
                "cpu_s_per_article": single["extract_cpu_s"] / n,
                "wall_s": (single["first_result_wall_s"] - single["first_result_s"]
                           + single["startup_s"] + single["extract_s"]),
                "first_result_s": single["first_result_s"],
                "first_result_wall_s": single["first_result_wall_s"], "peak_rss": single["peak_rss"],
                "events": single["events"], "failed": single["failed"]},
        "many": {"processes": len(shards), "articles_per_s": n / slowest, "words_per_s": words / slowest,
                 "wall_articles_per_s": n / many_wall, "wall_s": many_wall,
                 "peak_rss": sum(r["peak_rss"] for r in many) + _peak_rss(),
                 "worker_peak_rss": [r["peak_rss"] for r in many]},
        "bare": {"articles_per_s": n / single["bare_spacy_s"], "words_per_s": words / single["bare_spacy_s"],
                 "seconds": single["bare_spacy_s"]},
        "ratio": single["bare_spacy_s"] / single["extract_s"],
        "cpu_ratio": single["bare_spacy_cpu_s"] / single["extract_cpu_s"],
        "stages": {k: {"seconds": v, "share": v / stage_total} for k, v in single["stage_s"].items()},
        "parent_peak_rss": _peak_rss(),
    }


def _gb(value: float) -> str:
    return f"{value / 1024 ** 3:.2f} GB"


def _verdict(ok: bool) -> str:
    return "met" if ok else "not met"


def render(result: dict[str, Any], info: dict[str, Any], seed: int, commit: str, when: str) -> str:
    one, many, bare = result["one"], result["many"], result["bare"]
    peak = max(one["peak_rss"], many["peak_rss"])
    lines = [
        "# Performance", "",
        "Generated by `make bench` (`python bench/run.py`); do not edit by hand.", "",
        f"- date: {when}", f"- commit: `{commit}`",
        f"- corpus: {result['articles']} generated articles, {result['words']} words "
        f"(about {result['words'] // max(result['articles'], 1)} a piece), `bench/corpus.py` seed {seed}",
        f"- machine: {info.get('nproc')} CPUs ({info.get('usable_cpus')} usable), "
        f"{info.get('memory_gb', '?')} GB memory, {info.get('cpu', 'unknown CPU')}",
        f"- software: Python {info['python']}, spaCy {info.get('spacy')}, model {info.get('model', '?')}, "
        f"{info['platform']}",
        f"- load average when the run started: {info.get('load')} (the machine may be shared; "
        "figures are one run, not a best of several)", "",
        "## Targets", "",
        "| target | measured | status |", "|---|---|---|",
        f"| ≥ {TARGET_RATE:g} articles/s end to end on 2 cores | {many['articles_per_s']:.2f} articles/s "
        f"| {_verdict(many['articles_per_s'] >= TARGET_RATE)} |",
        f"| ≤ {TARGET_PEAK_GB} GB peak memory | {_gb(peak)} | {_verdict(peak <= TARGET_PEAK_GB * 1024 ** 3)} |",
        f"| throughput ratio to bare spaCy ≥ {TARGET_RATIO} | {result['ratio']:.2f} by wall time, "
        f"{result['cpu_ratio']:.2f} by CPU time "
        f"| {_verdict(min(result['ratio'], result['cpu_ratio']) >= TARGET_RATIO)} (the lower of the two) |", "",
        "## Figures", "",
        "| figure | 1 process | 2 processes |", "|---|---|---|",
        f"| articles/s (extraction, pipeline built) | {one['articles_per_s']:.2f} | {many['articles_per_s']:.2f} |",
        f"| words/s | {one['words_per_s']:.0f} | {many['words_per_s']:.0f} |",
        f"| articles/s including start-up (wall) | {result['articles'] / one['wall_s']:.2f} "
        f"| {many['wall_articles_per_s']:.2f} |",
        f"| wall time, process start to last article | {one['wall_s']:.1f} s | {many['wall_s']:.1f} s |",
        f"| peak memory (RSS, all processes) | {_gb(one['peak_rss'])} | {_gb(many['peak_rss'])} |", "",
        f"- time to first result: {one['first_result_wall_s']:.2f} s from starting a fresh process "
        f"(in the process: {one['first_result_s']:.2f} s for imports, pipeline build and the first batch "
        f"of {BATCH_NOTE}; {one['startup_s']:.2f} s of it imports and pipeline build)",
        f"- bare spaCy `nlp.pipe`, same texts and model, 1 process: {bare['articles_per_s']:.2f} articles/s, "
        f"{bare['words_per_s']:.0f} words/s",
        f"- ratio of our throughput to bare spaCy: {result['ratio']:.2f} by wall time, "
        f"{result['cpu_ratio']:.2f} by CPU time (the CPU-time ratio is less sensitive to other load "
        "on the machine)",
        f"- CPU time per article (1 process): {one['cpu_s_per_article'] * 1000:.0f} ms",
        f"- events extracted: {one['events']}; articles that failed: {one['failed']}", "",
        "## Time by stage (1 process)", "",
        "| stage | seconds | share |", "|---|---|---|",
    ]
    for name, row in result["stages"].items():
        lines.append(f"| {name} | {row['seconds']:.1f} | {row['share']:.1%} |")
    lines += ["", "## Method", "",
              "- Each measurement runs in fresh worker processes of a `multiprocessing` pool with the "
              "spawn start method. The 1-process worker imports Communique, builds the pipeline "
              "(`communique.run.get_pipeline`), extracts every article through `Pipeline.pipe` and then "
              "parses the same texts with bare `nlp.pipe` on the same model object and batch size. "
              "Each stage is wrapped with a timer for the stage shares.",
              "- The 2-process run splits the corpus into halves, one per worker; each worker builds the "
              "pipeline once. Its articles/s divides all articles by the slower worker's extraction time; "
              "the wall figure also counts process start, imports and pipeline builds.",
              "- Peak memory is `getrusage` maximum RSS of each worker, summed with the parent's for the "
              "2-process run.",
              f"- In the 1-process run our pipeline and bare spaCy take turns over chunks of {CHUNK} "
              "articles (pipeline first, then bare spaCy first, alternately), so changes in the load "
              "of a shared machine hit both alike. The 1-process wall time leaves out the bare passes.",
              "- Speed is not a unit test: `tests/test_bench_run.py` only checks that the script runs on "
              "three articles.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark extraction speed and memory.")
    parser.add_argument("--shared", default="../shared", help="the shared folder (not needed: the corpus is ours)")
    parser.add_argument("--out", type=Path, default=Path("docs/performance.md"))
    parser.add_argument("--articles", "--limit", dest="articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--commit", default=None,
                        help="the commit measured, when running a snapshot (default: git rev-parse here)")
    parser.add_argument("--json", dest="json_out", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    info = machine()
    articles = generate(args.articles, args.seed)
    write(articles, HERE / "corpus" / f"articles-{args.articles}-{args.seed}.jsonl")
    print(f"bench: {len(articles)} articles; measuring (this takes a while)", file=sys.stderr)
    result = measure(articles, args.processes)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(result, info, args.seed, args.commit or git_commit(), when), encoding="utf-8")
    if args.json_out:
        args.json_out.write_text(json.dumps({"machine": info, **result}, indent=1), encoding="utf-8")
    print(f"bench: wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
