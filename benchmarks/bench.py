#!/usr/bin/env python3
"""Benchmark dtextract: throughput, batch scaling, cold start, memory.

    .venv/bin/python benchmarks/bench.py                 # 20 MB corpus, --jobs 1 vs 2
    .venv/bin/python benchmarks/bench.py --quick         # 2 MB corpus, fewer runs: a minute or so
    .venv/bin/python benchmarks/bench.py --json out.json # the numbers as JSON too
    .venv/bin/python benchmarks/bench.py --profile       # where the time goes (cProfile, -X importtime)
    .venv/bin/python benchmarks/bench.py --tables-only   # the table-heavy corpus alone (see --tables)

The corpus is the 35 development articles (``../shared/articles/h*.txt`` and
``../shared/seeds/*.txt``, real articles from some 30 sites) copied again and
again, shuffled (``--seed``), one file per article copy, into a temporary
folder, until it holds at least ``--size-mb``; without ``../shared`` it falls
back to ``samples/*.txt``, saying so. ``samples/`` alone is measured too, as a
second line (those five articles run faster per MB than real ones). Each
measurement runs in a fresh process, so that its peak resident memory is its own:

* **library, 1 worker**: ``api.parse_file`` + the JSONL writer over the whole
  corpus in one process (imports and pattern loading timed apart);
* **batch**: ``dtextract batch DIR --jobs 1`` and ``--jobs N`` wall time, the
  scaling factor, peak RSS per process (skipped, saying so, while the
  ``batch`` command does not exist);
* **cold parse**: ``dtextract parse <real article> --format json``, median of
  ``--cold-runs`` runs (each on the next article of the corpus), beside the bare
  interpreter and ``import dtextract.cli``, with modules read from bytecode caches
  as in an installed package (a private ``PYTHONPYCACHEPREFIX`` filled by one
  warm-up run) and compiled patterns from dtextract's cache (a private
  ``DTEXTRACT_CACHE_DIR``, filled by one run over the chosen articles); a second
  line gives the very first run, with that cache empty, and a third the same runs
  in the environment as it is (under ``PYTHONDONTWRITEBYTECODE=1`` an editable
  install compiles dtextract's modules from source at every start, some 0.07 s);
* **one big file**: ``dtextract parse BIG.txt --format jsonl`` of one file of
  ``--big-mb`` (10) MB of the articles one after the other: wall, CPU, peak RSS;
* **memory growth**: peak RSS on a tenth of the corpus (1×) against the whole
  corpus (10×), for the library worker and for ``batch --jobs N``.

With ``--tables`` (or ``--tables-only``) a second corpus of table-heavy
articles (``--table-files``, by default the development set's two table
articles ``../shared/articles/h23.txt`` and ``h24.txt``: a table written one
cell per line and one flattened into label-and-numbers lines) is built the same
way to ``--size-mb`` and run through the library worker: one more line,
"library, tables", in MB/s and MB per CPU-second.

Copies of the same 35 articles repeat sentences, so caches keyed on text
(``segment.py``'s lru_cache) hit more often than on a real corpus: read the
throughput as an upper bound. The machine may be shared: every line gives CPU
seconds beside wall time, and the load average is printed. Prints a table (and ``--json FILE``); exits 0
whatever the numbers, marking each against the targets of the issue.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"

#: The targets of the issue: (key in the results, comparison, bound, unit).
TARGETS = {
    "library_mb_per_cpu_s": (">=", 1.0, "MB per CPU-second"),
    "batch_scaling": (">=", 1.8, "×"),
    "cold_parse_s": ("<=", 0.5, "s"),
    "peak_rss_mb": ("<=", 150.0, "MB"),
    "big_file_rss_mb": ("<=", 300.0, "MB"),
    "rss_growth": ("<=", 1.2, "×"),  # "flat": 10× the corpus may cost at most 20 % more memory
}

#: How often the processes of a batch are sampled for memory and CPU time (with psutil).
POLL_S = 0.1

try:
    import psutil
except ImportError:  # optional: without it, a batch's peak RSS is the largest of its processes
    psutil = None


# -- the corpus ----------------------------------------------------------------------------

#: The table-heavy articles of the development set (outside the repository; --table-files overrides).
TABLE_FILES = [SHARED / "articles" / "h23.txt", SHARED / "articles" / "h24.txt"]


def real_articles() -> list[Path]:
    """The development articles: ../shared/articles/h*.txt and ../shared/seeds/*.txt (empty without them)."""
    return sorted((SHARED / "articles").glob("h*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))


def sample_articles() -> list[Path]:
    samples = sorted(SAMPLES.glob("*.txt"))
    if not samples:
        sys.exit(f"bench: no samples in {SAMPLES}")
    return samples


def build_corpus(dest: Path, size_bytes: int, seed: int, sources: list[Path]) -> list[Path]:
    """Copies of ``sources``, shuffled, one file each, until ``size_bytes`` is reached."""
    missing = [p for p in sources if not p.is_file()]
    if missing:
        sys.exit(f"bench: {missing[0]}: no such file")
    texts = [(p.stem, p.read_bytes()) for p in sources]
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    total = 0
    while total < size_bytes:
        batch = texts[:]
        rng.shuffle(batch)
        for stem, data in batch:
            path = dest / f"{len(paths):06d}_{stem}.txt"
            path.write_bytes(data)
            paths.append(path)
            total += len(data)
            if total >= size_bytes:
                break
    return paths


def link_subset(paths: list[Path], dest: Path) -> list[Path]:
    """The files ``paths`` again in the folder ``dest`` (hard links where the file system allows)."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for p in paths:
        target = dest / p.name
        try:
            os.link(p, target)
        except OSError:
            shutil.copyfile(p, target)
        out.append(target)
    return out


def size_of(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


# -- the library worker (runs in its own process) --------------------------------------------

def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def worker(list_file: Path, profile_out: Path | None) -> dict[str, Any]:
    """Read, extract and write (JSONL, to /dev/null) every file named in ``list_file``; time it."""
    t0 = time.perf_counter()
    from dtextract import api, output

    patterns = api.load_patterns()
    t1 = time.perf_counter()
    c1 = time.process_time()
    rss_setup = _peak_rss_mb()
    paths = list_file.read_text(encoding="utf-8").splitlines()
    figures = nbytes = 0
    profiler = None
    if profile_out is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for path in paths:
            doc = api.parse_file(path, patterns=patterns)
            output.write(doc, "jsonl", sink)
            figures += len(doc.figures)
            nbytes += os.path.getsize(path)
    t2 = time.perf_counter()
    c2 = time.process_time()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile_out))
    return {"articles": len(paths), "bytes": nbytes, "figures": figures, "setup_s": t1 - t0,
            "run_s": t2 - t1, "cpu_s": c2 - c1, "rss_setup_mb": rss_setup, "peak_rss_mb": _peak_rss_mb()}


def run_worker(paths: list[Path], work: Path, tag: str, profile_out: Path | None = None) -> dict[str, Any]:
    list_file = work / f"{tag}.list"
    list_file.write_text("\n".join(str(p) for p in paths) + "\n", encoding="utf-8")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_worker", str(list_file)]
    if profile_out is not None:
        cmd += ["--_profile-out", str(profile_out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench: the library worker failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- commands ------------------------------------------------------------------------------

def dtextract_cmd() -> list[str]:
    """The ``dtextract`` script beside this interpreter, else ``python -m dtextract``."""
    script = Path(sys.executable).parent / "dtextract"
    return [str(script)] if script.exists() else [sys.executable, "-m", "dtextract"]


def has_batch() -> tuple[bool, str]:
    done = subprocess.run([*dtextract_cmd(), "batch", "--help"], capture_output=True, text=True, check=False)
    if done.returncode == 0:
        return True, ""
    # the reason, without the frame rich draws around usage errors
    lines = [line.strip(" │╭╮╰╯─") for line in (done.stderr + "\n" + done.stdout).splitlines()]
    reason = [line for line in lines if any(ch.isalpha() for ch in line) and line != "Error"
              and not line.startswith(("Usage:", "Try "))]
    return False, reason[0] if reason else f"exit code {done.returncode}"


_RUSAGE_WRAPPER = (
    "import resource, subprocess, sys, json\n"
    "r = subprocess.run(sys.argv[1:])\n"
    "print(json.dumps({'rc': r.returncode, 'maxrss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}),"
    " file=sys.stderr)\n"
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(cmd: list[str]) -> dict[str, Any]:
    """Run ``cmd``; its wall time, CPU time, exit code, stderr, and peak RSS (per process with psutil, else the largest)."""
    cpu0 = _children_cpu()
    result = _timed_run(cmd)
    if result.get("cpu_s") is None:  # the tree's processes that were waited for (a pool's workers may not be)
        result["cpu_s"] = _children_cpu() - cpu0
    return result


def _timed_run(cmd: list[str]) -> dict[str, Any]:
    if psutil is None:
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _RUSAGE_WRAPPER, *cmd], capture_output=True, text=True,
                              check=False)
        wall = time.perf_counter() - t0
        lines = done.stderr.strip().splitlines()
        info = json.loads(lines[-1]) if lines else {"rc": done.returncode, "maxrss_kb": 0}
        return {"wall_s": wall, "rc": info["rc"], "stderr": "\n".join(lines[:-1]),
                "main_rss_mb": info["maxrss_kb"] / 1024, "worker_rss_mb": None, "workers": None}
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}  # the last CPU time seen of each process of the tree
    t0 = time.perf_counter()
    err = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # a file, not a pipe nobody reads while it runs
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            for p in [parent, *parent.children(recursive=True)]:
                try:
                    peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / 2**20)
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        time.sleep(POLL_S)
    wall = time.perf_counter() - t0
    err.seek(0)
    stderr = err.read()
    err.close()
    main = peaks.pop(proc.pid, 0.0)
    return {"wall_s": wall, "rc": proc.returncode, "stderr": stderr.strip(), "main_rss_mb": main,
            "worker_rss_mb": max(peaks.values()) if peaks else None, "workers": len(peaks),
            "cpu_s": sum(cpu.values()) or None}


def run_batch(folder: Path, jobs: int, out: Path) -> dict[str, Any]:
    cmd = [*dtextract_cmd(), "batch", str(folder), "--jobs", str(jobs), "-o", str(out), "--format", "jsonl",
           "--quiet"]
    result = timed_run(cmd)
    if result["rc"] != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed (exit {result['rc']}):\n{result['stderr']}")
    with open(out, encoding="utf-8") as fh:
        result["records"] = sum(1 for _ in fh)
    return result


def cold_runs(runs: int, articles: list[Path]) -> dict[str, Any]:
    """Median wall time of a bare interpreter, of importing the CLI, and of a real parse (run ``i`` parses
    the ``i``-th of ``articles``, spread over the list, so that no one article decides)."""
    step = max(1, len(articles) // runs)
    chosen = [articles[(i * step) % len(articles)] for i in range(runs)]

    def median(cmds: list[list[str]], env: dict[str, str] | None = None) -> tuple[float, list[float], list[float]]:
        times, cpus = [], []
        for cmd in cmds:
            c0 = _children_cpu()
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
            times.append(time.perf_counter() - t0)
            cpus.append(_children_cpu() - c0)
        return statistics.median(times), times, cpus

    parse_cmds = [[*dtextract_cmd(), "parse", str(a), "--format", "json"] for a in chosen]
    # As installed, a package's modules are read from bytecode caches (pip compiles them); an editable
    # install run under PYTHONDONTWRITEBYTECODE=1 compiles dtextract's modules from source at every start.
    # Both are measured: the installed case with a private cache (PYTHONPYCACHEPREFIX, filled by one
    # warm-up run), and the environment as it is. dtextract's own cache (compiled patterns, parsed pattern
    # files: rxcache) lives in a private DTEXTRACT_CACHE_DIR: the first run of all starts with it empty,
    # and a run over the chosen articles fills it before the runs that are timed, as a user's earlier runs
    # would have.
    with tempfile.TemporaryDirectory(prefix="dtextract-pyc-") as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        cached["DTEXTRACT_CACHE_DIR"] = os.path.join(cache, "dtextract")
        subprocess.run([sys.executable, "-c", "import dtextract.cli"], check=True, env=cached)
        first, _, first_cpus = median(parse_cmds[:1], cached)
        for cmd in parse_cmds:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=cached)
        interp, _, _ = median([[sys.executable, "-c", "pass"]] * runs, cached)
        imports, _, _ = median([[sys.executable, "-c", "import dtextract.cli"]] * runs, cached)
        parse, times, cpus = median(parse_cmds, cached)
        raw, _, raw_cpus = median(parse_cmds, {**os.environ, "DTEXTRACT_CACHE_DIR": cached["DTEXTRACT_CACHE_DIR"]})
    return {"samples": [a.name for a in chosen], "interpreter_s": interp, "import_cli_s": imports,
            "cold_parse_s": parse, "cold_parse_max_s": max(times), "cold_parse_runs_s": times,
            "cold_parse_cpu_s": statistics.median(cpus), "cold_parse_no_bytecode_s": raw,
            "cold_parse_no_bytecode_cpu_s": statistics.median(raw_cpus), "first_parse_s": first,
            "first_parse_cpu_s": first_cpus[0]}


def big_file(sources: list[Path], dest: Path, size_bytes: int, seed: int) -> dict[str, Any]:
    """``dtextract parse`` of one file of ``size_bytes``: the articles one after the other, a blank line apart."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sources]
    rng = random.Random(seed)
    total = 0
    with open(dest, "w", encoding="utf-8") as fh:
        while total < size_bytes:
            rng.shuffle(texts)
            for t in texts:
                data = t + "\n\n"
                fh.write(data)
                total += len(data.encode("utf-8"))
                if total >= size_bytes:
                    break
    cmd = [*dtextract_cmd(), "parse", str(dest), "--format", "jsonl"]
    result = timed_run(cmd)
    if result["rc"] != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed (exit {result['rc']}):\n{result['stderr']}")
    result["bytes"] = dest.stat().st_size
    dest.unlink()
    return result


# -- profiling -----------------------------------------------------------------------------

def profile(paths: list[Path], work: Path, top: int) -> dict[str, Any]:
    """cProfile of the library worker over ``paths``, and ``-X importtime`` of the CLI's imports."""
    import pstats

    prof = work / "worker.prof"
    run_worker(paths, work, "profile", profile_out=prof)
    stats = pstats.Stats(str(prof))
    total = stats.total_tt  # type: ignore[attr-defined]

    def rows(key: int) -> list[dict[str, Any]]:
        entries = []
        for (file, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            entries.append({"function": f"{_short(file)}:{line}({name})", "calls": ncalls,
                            "tottime_s": tottime, "cumtime_s": cumtime})
        entries.sort(key=lambda e: e["tottime_s" if key == 0 else "cumtime_s"], reverse=True)
        return entries[:top]

    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import dtextract.cli"],
                          capture_output=True, text=True, check=True)
    imports = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        self_us, cum_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2  # one space after the bar, two per level
        imports.append({"module": name.strip(), "depth": depth,
                        "self_ms": int(self_us) / 1000, "cumulative_ms": int(cum_us) / 1000})
    top_level = sorted((i for i in imports if i["depth"] <= 2), key=lambda i: i["cumulative_ms"], reverse=True)
    by_self = sorted(imports, key=lambda i: i["self_ms"], reverse=True)
    return {"profile_file": str(prof), "profiled_s": total, "by_tottime": rows(0), "by_cumtime": rows(1),
            "imports_by_cumulative": top_level[:top], "imports_by_self": by_self[:top]}


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/src/", "/lib/python"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# -- report --------------------------------------------------------------------------------

def verdict(key: str, value: float | None) -> str:
    if value is None:
        return ""
    op, bound, unit = TARGETS[key]
    ok = value >= bound if op == ">=" else value <= bound
    return f"{'ok  ' if ok else 'MISS'} (target {op} {bound:g} {unit})"


def report(res: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str]] = []
    c = res["corpus"]
    rows.append(("corpus", f"{c['articles']} copies of {c['sources']}, {c['bytes'] / 1e6:.1f} MB (1× subset: "
                 f"{c['subset_articles']} articles, {c['subset_bytes'] / 1e6:.1f} MB)", ""))
    lib = res["library"]
    rows.append(("library, 1 worker", f"{lib['mb_per_cpu_s']:.3f} MB per CPU-second, {lib['mb_per_s']:.3f} MB/s wall, "
                 f"{lib['articles_per_s']:.1f} articles/s ({lib['figures']} figures in {lib['run_s']:.1f} s, "
                 f"{lib['cpu_s']:.1f} CPU-s; 1× subset {lib['mb_per_s_1x']:.3f} MB/s; "
                 f"setup {lib['setup_s']:.2f} s)",
                 verdict("library_mb_per_cpu_s", lib["mb_per_cpu_s"])))
    if res.get("samples_library"):
        sl = res["samples_library"]
        rows.append(("library, samples/ only", f"{sl['mb_per_cpu_s']:.3f} MB per CPU-second, {sl['mb_per_s']:.3f} MB/s "
                     f"wall ({sl['bytes'] / 1e6:.1f} MB of copies of samples/*.txt)", ""))
    rows.append(("library peak RSS", f"{lib['rss_1x_mb']:.0f} MB at 1×, {lib['peak_rss_mb']:.0f} MB at 10× "
                 f"(after imports {lib['rss_setup_mb']:.0f} MB)", verdict("peak_rss_mb", lib["peak_rss_mb"])))
    rows.append(("library RSS growth 1×→10×", f"{lib['rss_growth']:.2f}×", verdict("rss_growth", lib["rss_growth"])))
    b = res["batch"]
    if b.get("skipped"):
        rows.append(("batch", f"skipped: {b['skipped']}", ""))
    else:
        j = b["jobs"]
        for key, name in (("jobs1", "batch --jobs 1"), ("jobsN", f"batch --jobs {j}")):
            r = b[key]
            rows.append((name, f"{r['wall_s']:.1f} s ({r['mb_per_s']:.3f} MB/s wall, {r['cpu_s']:.1f} CPU-s = "
                         f"{r['mb_per_cpu_s']:.3f} MB per CPU-second, {r['records']} records)", ""))
        rows.append((f"scaling 1→{j} jobs ({res['machine']['cpus']} CPUs)", f"{b['scaling']:.2f}×",
                     verdict("batch_scaling", b["scaling"] if j == 2 else None)))
        rss = b["rss"]
        rows.append((f"batch --jobs {j} peak RSS", f"per worker {_mb(rss['worker_10x_mb'])} at 10×, "
                     f"{_mb(rss['worker_1x_mb'])} at 1×; main process {_mb(rss['main_10x_mb'])}",
                     verdict("peak_rss_mb", rss["worker_10x_mb"] or rss["main_10x_mb"])))
        if rss.get("growth") is not None:
            rows.append(("batch RSS growth 1×→10×", f"{rss['growth']:.2f}×", verdict("rss_growth", rss["growth"])))
    cold = res["cold"]
    rows.append(("cold `parse --format json`", f"{cold['cold_parse_s']:.3f} s median of {len(cold['cold_parse_runs_s'])} "
                 f"articles, max {cold['cold_parse_max_s']:.3f} s, {cold['cold_parse_cpu_s']:.3f} CPU-s "
                 f"(interpreter {cold['interpreter_s']:.3f} s, import dtextract.cli {cold['import_cli_s']:.3f} s; "
                 f"modules from bytecode caches, as installed)",
                 verdict("cold_parse_s", cold["cold_parse_s"])))
    if cold.get("first_parse_s") is not None:
        rows.append(("  first run, empty cache", f"{cold['first_parse_s']:.3f} s, {cold['first_parse_cpu_s']:.3f} CPU-s "
                     "(no compiled patterns kept yet: the first run after installing, or with DTEXTRACT_CACHE_DIR=)",
                     ""))
    if cold.get("cold_parse_no_bytecode_s") is not None:
        dont = "PYTHONDONTWRITEBYTECODE=1: modules without a cache compiled at every start" \
            if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode caches as they are"
        rows.append(("  in this environment", f"{cold['cold_parse_no_bytecode_s']:.3f} s median, "
                     f"{cold['cold_parse_no_bytecode_cpu_s']:.3f} CPU-s ({dont})", ""))
    big = res.get("big")
    if big:
        rows.append((f"one {big['bytes'] / 1e6:.0f} MB file, parse", f"peak RSS {big['main_rss_mb']:.0f} MB, "
                     f"{big['wall_s']:.1f} s wall, {big['cpu_s']:.1f} CPU-s",
                     verdict("big_file_rss_mb", big["main_rss_mb"])))
    m = res["machine"]
    if m.get("load_before") is not None:
        rows.append(("machine", f"{m['cpus']} CPUs, {m['platform']}, load average {m['load_before']:.2f} before, "
                     f"{m['load_after']:.2f} after (the run itself adds up to ~1-2)", ""))
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, mark in rows:
        print(f"{name:<{width}}  {value}{'  ' + mark if mark else ''}")


def _load() -> float | None:
    """The one-minute load average (other processes on the machine skew every number here)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def print_profile(prof: dict[str, Any]) -> None:
    print(f"\ncProfile of the library worker ({prof['profiled_s']:.1f} s profiled; {prof['profile_file']}):")
    print(f"  {'tottime':>8} {'cumtime':>8} {'calls':>9}  function   (by own time)")
    for e in prof["by_tottime"]:
        print(f"  {e['tottime_s']:8.2f} {e['cumtime_s']:8.2f} {e['calls']:9d}  {e['function']}")
    print(f"  {'tottime':>8} {'cumtime':>8} {'calls':>9}  function   (by cumulative time)")
    for e in prof["by_cumtime"]:
        print(f"  {e['tottime_s']:8.2f} {e['cumtime_s']:8.2f} {e['calls']:9d}  {e['function']}")
    print("\n-X importtime of `import dtextract.cli` (top-level and second-level packages, cumulative ms):")
    for i in prof["imports_by_cumulative"]:
        print(f"  {i['cumulative_ms']:8.1f} {i['self_ms']:8.1f}  {'  ' * i['depth']}{i['module']}")
    print("  by own time (ms):")
    for i in prof["imports_by_self"]:
        print(f"  {i['self_ms']:8.1f}  {i['module']}")


# -- main ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=None, help="corpus size (default 20; 2 with --quick)")
    ap.add_argument("--jobs", type=int, default=2, help="the jobs compared with --jobs 1 (default 2)")
    ap.add_argument("--cold-runs", type=int, default=None, help="runs of the cold parse (default 7; 3 with --quick)")
    ap.add_argument("--quick", action="store_true", help="a small corpus and fewer runs")
    ap.add_argument("--seed", type=int, default=20230715, help="shuffle seed")
    ap.add_argument("--no-batch", action="store_true", help="skip the dtextract batch runs")
    ap.add_argument("--samples", action="store_true", help="the corpus from samples/ only, not the real articles")
    ap.add_argument("--samples-mb", type=float, default=None,
                    help="size of the second, samples-only library line (default 4; 1 with --quick; 0 skips it)")
    ap.add_argument("--big-mb", type=float, default=None,
                    help="size of the one big file parsed for peak RSS (default 10; 2 with --quick; 0 skips it)")
    ap.add_argument("--profile", action="store_true", help="also profile the library worker and the imports")
    ap.add_argument("--profile-mb", type=float, default=2.0, help="how much of the corpus to profile (default 2)")
    ap.add_argument("--top", type=int, default=20, help="rows of each profile listing")
    ap.add_argument("--tables", action="store_true", help="also run the table-heavy corpus (--table-files)")
    ap.add_argument("--tables-only", action="store_true", help="run only the table-heavy corpus")
    ap.add_argument("--table-files", nargs="+", type=Path, default=TABLE_FILES,
                    help="the table articles the table corpus repeats (default: ../shared/articles/h23.txt h24.txt)")
    ap.add_argument("--json", metavar="FILE", type=Path, help="also write the results as JSON")
    ap.add_argument("--keep", metavar="DIR", type=Path, help="build the corpus in DIR and keep it")
    ap.add_argument("--_worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_profile-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._worker is not None:
        print(json.dumps(worker(args._worker, args._profile_out)))
        return 0

    size_mb = args.size_mb if args.size_mb is not None else (2.0 if args.quick else 20.0)
    cold_n = args.cold_runs if args.cold_runs is not None else (3 if args.quick else 7)
    work = args.keep or Path(tempfile.mkdtemp(prefix="dtextract-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    say = lambda msg: print(f"bench: {msg}", file=sys.stderr, flush=True)  # noqa: E731
    try:
        res: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                           "platform": platform.platform(), "psutil": psutil is not None,
                                           "load_before": _load()}}
        if res["machine"]["load_before"] is not None and res["machine"]["load_before"] > 0.5:
            say(f"warning: the machine is busy (load average {res['machine']['load_before']:.2f}); "
                "timings will be low and scaling unreliable")
        if args.tables or args.tables_only:
            say(f"building a {size_mb:g} MB table corpus in {work}")
            tpaths = build_corpus(work / "tables", int(size_mb * 1e6), args.seed, sorted(args.table_files))
            say("library, one worker: table corpus")
            tab = run_worker(tpaths, work, "tables")
            tab.update(mb_per_s=tab["bytes"] / 1e6 / tab["run_s"], mb_per_cpu_s=tab["bytes"] / 1e6 / tab["cpu_s"])
            res["tables"] = tab
            print(f"library, tables, 1 worker  {tab['articles']} articles, {tab['bytes'] / 1e6:.1f} MB: "
                  f"{tab['mb_per_s']:.3f} MB/s ({tab['mb_per_cpu_s']:.3f} MB per CPU-second; {tab['figures']} figures "
                  f"in {tab['run_s']:.1f} s, {tab['cpu_s']:.1f} CPU-s)  "
                  f"{verdict('library_mb_per_cpu_s', tab['mb_per_cpu_s'])}", flush=True)
            if args.tables_only:
                if args.json:
                    args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
                return 0
        sources = [] if args.samples else real_articles()
        if sources:
            kind = f"the {len(sources)} development articles of {SHARED}"
        else:
            if not args.samples:
                say(f"no development articles in {SHARED}/articles or {SHARED}/seeds: "
                    f"falling back to {SAMPLES} (faster per MB than real articles)")
            sources = sample_articles()
            kind = f"the {len(sources)} articles of {SAMPLES}"
        say(f"building a {size_mb:g} MB corpus of {kind} in {work}")
        paths = build_corpus(work / "corpus", int(size_mb * 1e6), args.seed, sources)
        subset = link_subset(paths[: max(1, len(paths) // 10)], work / "corpus-1x")
        res["corpus"] = {"dir": str(work / "corpus"), "sources": kind, "articles": len(paths), "bytes": size_of(paths),
                         "subset_articles": len(subset), "subset_bytes": size_of(subset), "seed": args.seed}

        say("library, one worker: 1× subset")
        lib1 = run_worker(subset, work, "x1")
        say("library, one worker: whole corpus (10×)")
        lib = run_worker(paths, work, "x10")
        lib.update(articles_per_s=lib["articles"] / lib["run_s"], mb_per_s=lib["bytes"] / 1e6 / lib["run_s"],
                   mb_per_cpu_s=lib["bytes"] / 1e6 / lib["cpu_s"], mb_per_s_1x=lib1["bytes"] / 1e6 / lib1["run_s"],
                   rss_1x_mb=lib1["peak_rss_mb"], rss_growth=lib["peak_rss_mb"] / lib1["peak_rss_mb"])
        res["library"] = lib
        samples_mb = args.samples_mb if args.samples_mb is not None else (1.0 if args.quick else 4.0)
        if samples_mb > 0 and not args.samples:
            say(f"library, one worker: {samples_mb:g} MB of samples/ only")
            spaths = build_corpus(work / "corpus-samples", int(samples_mb * 1e6), args.seed, sample_articles())
            sl = run_worker(spaths, work, "samples")
            sl.update(mb_per_s=sl["bytes"] / 1e6 / sl["run_s"], mb_per_cpu_s=sl["bytes"] / 1e6 / sl["cpu_s"])
            res["samples_library"] = sl

        ok, why = (False, "--no-batch") if args.no_batch else has_batch()
        if not ok:
            say(f"skipping dtextract batch: {why}")
            res["batch"] = {"skipped": f"`dtextract batch` is not available ({why})"}
        else:
            b: dict[str, Any] = {"jobs": args.jobs}
            for key, jobs in (("jobs1", 1), ("jobsN", args.jobs)):
                say(f"dtextract batch --jobs {jobs}: whole corpus")
                r = run_batch(work / "corpus", jobs, work / f"batch-{jobs}.jsonl")
                r["mb_per_s"] = res["corpus"]["bytes"] / 1e6 / r["wall_s"]
                r["mb_per_cpu_s"] = res["corpus"]["bytes"] / 1e6 / r["cpu_s"] if r["cpu_s"] else float("nan")
                b[key] = r
            say(f"dtextract batch --jobs {args.jobs}: 1× subset")
            small = run_batch(work / "corpus-1x", args.jobs, work / "batch-1x.jsonl")
            b["scaling"] = b["jobs1"]["wall_s"] / b["jobsN"]["wall_s"]
            w10, w1 = b["jobsN"]["worker_rss_mb"], small["worker_rss_mb"]
            b["rss"] = {"worker_10x_mb": w10, "worker_1x_mb": w1, "main_10x_mb": b["jobsN"]["main_rss_mb"],
                        "main_1x_mb": small["main_rss_mb"],
                        "growth": (w10 / w1) if w10 and w1 else (b["jobsN"]["main_rss_mb"] / small["main_rss_mb"]
                                                                  if small["main_rss_mb"] else None)}
            if b["jobs1"]["records"] != b["jobsN"]["records"]:
                say(f"warning: --jobs 1 wrote {b['jobs1']['records']} records, --jobs {args.jobs} "
                    f"{b['jobsN']['records']}")
            res["batch"] = b

        say(f"cold parse, {cold_n} runs")
        res["cold"] = cold_runs(cold_n, sources)
        big_mb = args.big_mb if args.big_mb is not None else (2.0 if args.quick else 10.0)
        if big_mb > 0:
            say(f"one {big_mb:g} MB file: dtextract parse")
            res["big"] = big_file(sources, work / "big.txt", int(big_mb * 1e6), args.seed)

        if args.profile:
            say(f"profiling {args.profile_mb:g} MB of the corpus and the imports")
            budget, chosen = int(args.profile_mb * 1e6), []
            for p in paths:
                if budget <= 0:
                    break
                chosen.append(p)
                budget -= p.stat().st_size
            res["profile"] = profile(chosen, work, args.top)

        res["machine"]["load_after"] = _load()
        report(res)
        if args.profile:
            print_profile(res["profile"])
        if args.json:
            args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            say(f"results written to {args.json}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
