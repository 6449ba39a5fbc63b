"""Ingest throughput and latency of the recording server, as it runs in production.

For each database (SQLite, then PostgreSQL): a fresh database, the production command
(apps/server/clone_server/gunicorn_conf.py) on 127.0.0.1 with Server-Timing on, and 16
clients posting batches of 500 new events on keep-alive connections:

- saturated: back to back for --seconds: the most the server acknowledges (events/s), and
  the latency that load costs;
- paced: the target load of 10,000 events/s (each client one batch every 0.8 s) for
  --seconds: the latency at that load (p50/p99) and whether it keeps up;

each with its 5xx count and the server's own time split per batch (parse, JSON Schema,
serializer, database). Beside them, measured in the same run on the same command and clients:
the baseline, a WSGI app that only reads and json.loads the same bodies (the ceiling of HTTP
plus JSON on this machine), and the fuzz run's counts (inputs, 4xx, 5xx) on each database.
Prints figures; never fails on them. Run with the server venv's python:

    apps/server/.venv/bin/python scripts/bench/server.py [--seconds 20] [--json out.json]
        [--database sqlite|postgresql]

PostgreSQL: the cluster CLONE_TEST_POSTGRES_URL names, or else a throw-away cluster with
PostgreSQL's durable defaults started (and stopped) here by scripts/postgres/cluster.sh.
"""

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "apps" / "server"))

from live.events import make_event
from live.fuzz import run_fuzz
from live.load import LoadResult, batch_body, run_clients
from live.server import (
    PRODUCTION_COMMAND,
    children,
    cpu_seconds,
    live_database,
    live_server,
)

BATCH = 500
CLIENTS = 16
TARGET_EVENTS_PER_SECOND = 10_000
TARGET_P99_SECONDS = 0.250
FUZZ_INPUTS = 2_015
DATABASES = ("sqlite", "postgresql")
# The baseline app, served by the production command's own settings.
BASELINE_COMMAND = (
    *PRODUCTION_COMMAND[:-1],
    "--pythonpath",
    str(ROOT / "scripts" / "bench"),
    "baseline_app:application",
)


def bodies(run: str, count: int) -> list[bytes]:
    return [
        batch_body([make_event(b * BATCH + i, run) for i in range(BATCH)])
        for b in range(count)
    ]


def server_pids(server, postmaster: int | None) -> list[int]:
    """The server's processes: gunicorn's workers, and the PostgreSQL cluster's backends when
    this run owns the cluster (their CPU is the database's share of the work)."""
    backends = children(postmaster) if postmaster else []
    return [server.process.pid, *server.worker_pids(), *backends]


def load(
    server,
    prepared: list[bytes],
    seconds: float,
    pace: float | None,
    postmaster: int | None = None,
) -> tuple[LoadResult, float]:
    """16 clients over `prepared` batches, each sent once; and the server's CPU seconds."""
    next_batch = iter(range(len(prepared)))

    def body_for(client: int, k: int) -> bytes | None:
        index = next(next_batch, None)
        return None if index is None else prepared[index]

    before = cpu_seconds(server_pids(server, postmaster))
    result = run_clients(server, body_for, clients=CLIENTS, seconds=seconds, pace=pace)
    return result, cpu_seconds(server_pids(server, postmaster)) - before


def figures(mode: str, measured: tuple[LoadResult, float]) -> dict:
    result, cpu = measured
    batches = sum(result.statuses.values()) or 1
    return {
        "mode": mode,
        "events_per_second": round(result.events_per_second),
        "events": result.events_acknowledged,
        "seconds": round(result.seconds, 2),
        "p50_ms": round(result.percentile(0.50) * 1000, 1),
        "p99_ms": round(result.percentile(0.99) * 1000, 1),
        "responses": dict(sorted(result.statuses.items())),
        "server_errors": result.server_errors,
        "transport_failures": len(result.failures),
        "split_ms_per_batch": {
            name: round(total / batches * 1000, 1)
            for name, total in result.split.items()
        },
        # CPU the server spent per batch, whatever else runs on the machine: what this code
        # costs, where events/s also tells how busy the machine was.
        "server_cpu_ms_per_batch": round(cpu / batches * 1000, 1),
    }


def bench_database(
    name: str,
    postgres_url: str | None,
    seconds: float,
    fuzz: bool,
    postmaster: int | None = None,
) -> dict:
    # Enough new batches for the saturated phase at twice the target, and for the paced one.
    saturated_batches = int(2 * TARGET_EVENTS_PER_SECOND * seconds / BATCH) + CLIENTS
    paced_batches = int(TARGET_EVENTS_PER_SECOND * seconds / BATCH)
    run = f"bench{int(time.time())}"
    warm = bodies(f"{run}w", CLIENTS)
    saturated = bodies(f"{run}s", saturated_batches)
    paced = bodies(f"{run}p", paced_batches)
    out = {"database": name, "phases": []}
    with (
        live_database(postgres_url) as database,
        live_server(database.url, env={"CLONE_SERVER_TIMING": "1"}) as server,
    ):
        load(server, warm, 30, None)  # imports, compiled validators, connections
        out["phases"].append(
            figures("saturated", load(server, saturated, seconds, None, postmaster))
        )
        pace = CLIENTS * BATCH / TARGET_EVENTS_PER_SECOND
        out["phases"].append(
            figures("paced 10k/s", load(server, paced, seconds + 5, pace, postmaster))
        )
        if fuzz:
            result = run_fuzz(server, count=FUZZ_INPUTS, seed=1)
            out["fuzz"] = {
                "inputs": result.inputs,
                **{
                    k: result.classes.get(k, 0)
                    for k in ("2xx", "4xx", "5xx", "no answer")
                },
                "seconds": round(result.seconds, 1),
            }
    return out


def bench_baseline(seconds: float) -> dict:
    prepared = bodies(
        f"base{int(time.time())}", int(3 * TARGET_EVENTS_PER_SECOND * seconds / BATCH)
    )
    with (
        live_database(None) as database,
        live_server(database.url, command=BASELINE_COMMAND) as server,
    ):
        load(server, prepared[:CLIENTS], 30, None)
        return figures("saturated", load(server, prepared[CLIENTS:], seconds, None))


@contextlib.contextmanager
def postgres():
    """(URL, postmaster pid or None) of a PostgreSQL server, or (None, None)."""
    url = os.environ.get("CLONE_TEST_POSTGRES_URL")
    if url:
        yield url, None
        return
    cluster = ROOT / "scripts" / "postgres" / "cluster.sh"
    started = subprocess.run(
        ["bash", str(cluster), "start", "--durable"],
        check=False,
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        print(f"  postgresql: not run ({started.stderr.strip().splitlines()[-1:]})")
        yield None, None
        return
    directory = Path(started.stdout.strip())
    try:
        postmaster = int((directory / "data" / "postmaster.pid").read_text().split()[0])
        yield (directory / "url").read_text().strip(), postmaster
    finally:
        subprocess.run(["bash", str(cluster), "stop", directory], check=False)


def report(baseline: dict, databases: list[dict], load_average: str) -> None:
    print(
        f"server ingest: production command (gunicorn gthread), {CLIENTS} clients, "
        f"batches of {BATCH} new events, 127.0.0.1, {os.cpu_count()} cores, "
        f"load average {load_average} before the run"
    )
    print(
        f"  baseline (same command and clients; app only reads and json.loads the body): "
        f"{baseline['events_per_second']:>8,} events/s  p50 {baseline['p50_ms']} ms  "
        f"p99 {baseline['p99_ms']} ms"
    )
    header = f"  {'database':<11}{'phase':<13}{'events/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'5xx':>5}{'CPU ms':>8}  time per batch (ms)"
    print(header)
    for db in databases:
        for phase in db["phases"]:
            split = "  ".join(
                f"{k} {v}" for k, v in phase["split_ms_per_batch"].items()
            )
            print(
                f"  {db['database']:<11}{phase['mode']:<13}{phase['events_per_second']:>9,}"
                f"{phase['p50_ms']:>9}{phase['p99_ms']:>9}{phase['server_errors']:>5}"
                f"{phase['server_cpu_ms_per_batch']:>8}  {split}"
            )
    for db in databases:
        if "fuzz" in db:
            f = db["fuzz"]
            print(
                f"  fuzz ({db['database']}): {f['inputs']} hostile inputs -> {f['4xx']} 4xx, "
                f"{f['2xx']} 2xx, {f['5xx']} 5xx, {f['no answer']} unanswered ({f['seconds']} s)"
            )
    for db in databases:
        saturated, paced = db["phases"]
        met = {
            f"≥ {TARGET_EVENTS_PER_SECOND:,} events/s": saturated["events_per_second"]
            >= TARGET_EVENTS_PER_SECOND,
            "p99 ≤ 250 ms at 10k/s": paced["p99_ms"] <= TARGET_P99_SECONDS * 1000,
            "0 5xx": saturated["server_errors"] + paced["server_errors"] == 0,
        }
        verdicts = ", ".join(
            f"{k}: {'met' if v else 'NOT met'}" for k, v in met.items()
        )
        print(f"  targets ({db['database']}): {verdicts}")
        cost = saturated["server_cpu_ms_per_batch"]
        if cost > 0:
            capacity = (os.cpu_count() or 1) * 1000 / cost * BATCH
            print(
                f"    the server spends {cost} ms of CPU per batch: on {os.cpu_count()} "
                f"otherwise idle cores that caps it near {capacity:,.0f} events/s"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20, help="per phase")
    parser.add_argument("--no-fuzz", action="store_true", help="skip the fuzz counts")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument(
        "--database",
        action="append",
        choices=DATABASES,
        help="only this database (repeatable; default: every one)",
    )
    args = parser.parse_args()
    chosen = args.database or DATABASES
    load_average = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    databases = []
    if "sqlite" in chosen:
        databases.append(bench_database("sqlite", None, args.seconds, not args.no_fuzz))
    with postgres() if "postgresql" in chosen else contextlib.nullcontext(
        (None, None)
    ) as (url, postmaster):
        if url is not None:
            databases.append(
                bench_database(
                    "postgresql", url, args.seconds, not args.no_fuzz, postmaster
                )
            )
    baseline = bench_baseline(args.seconds)
    report(baseline, databases, load_average)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"baseline": baseline, "databases": databases}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
