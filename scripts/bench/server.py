"""Ingest throughput of the Django recording server on loopback.

Starts the real server (gunicorn, apps/server, a fresh SQLite file in a temp dir) on
127.0.0.1, POSTs batches of 500 events (bounded: --batches per engine and a time cap), and
reports events/s with the server's own time split (its Server-Timing header) between JSON
Schema validation, serializer validation and the database, once per JSON Schema engine
(fastjsonschema, jsonschema). Run with the server venv's python:

    apps/server/.venv/bin/python scripts/bench/server.py [--batches 40] [--json out.json]
"""

import argparse
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER_DIR = ROOT / "apps" / "server"
BATCH = 500
TOKEN = "bench-token"
TIME_CAP_SECONDS = 120


def make_event(n: int, run: str) -> dict:
    base = {
        "id": f"{run}-{n}",
        "session_id": f"{run}-session-{n // 5000}",
        "occurred_at": f"2026-01-31T09:{(n // 60) % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z",
        "source": ("desktop", "cli", "mobile", "agent")[n % 4],
    }
    kind = n % 6
    if kind == 0:
        return {**base, "type": "session.started"}
    if kind == 1:
        return {
            **base,
            "type": "app.focused",
            "app": "Terminal",
            "window_title": "zsh — 80×24",
        }
    if kind == 2:
        return {
            **base,
            "type": "capture.frame",
            "uri": f"file:///frames/{n}.png",
            "content_hash": "sha256:" + "ab" * 32,
            "width": 2560,
            "height": 1440,
        }
    if kind == 3:
        return {
            **base,
            "type": "agent.prompt",
            "agent": "claude",
            "prompt": "Summarize the diff",
        }
    if kind == 4:
        return {
            **base,
            "source": "integration",
            "source_detail": "github",
            "type": "agent.response",
            "agent": "claude",
            "response": "The diff renames two files.",
            "in_response_to": None,
        }
    return {**base, "type": "session.stopped"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def timing(header: str) -> dict:
    return {
        m[0]: float(m[1]) / 1000 for m in re.findall(r"(\w+);dur=([0-9.]+)", header)
    }


def run_engine(engine: str, batches: int, workers: int, clients: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="clone-bench-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "CLONE_INGEST_TOKEN": TOKEN,
            "CLONE_SCHEMA_VALIDATOR": engine,
            "DJANGO_SETTINGS_MODULE": "clone_server.settings",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v", "0"],
            cwd=SERVER_DIR,
            env=env,
            check=True,
        )
        port = free_port()
        gunicorn = Path(sys.executable).parent / "gunicorn"
        proc = subprocess.Popen(
            [
                str(gunicorn),
                "clone_server.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                str(workers),
                "--log-level",
                "warning",
                "--timeout",
                "120",
            ],
            cwd=SERVER_DIR,
            env=env,
        )
        try:
            wait_for(port, proc)
            run = f"{engine}-{int(time.time())}"
            bodies = [
                json.dumps(
                    {"events": [make_event(b * BATCH + i, run) for i in range(BATCH)]}
                ).encode()
                for b in range(batches)
            ]
            headers = {
                "Authorization": f"Bearer {TOKEN}",
                "Content-Type": "application/json",
            }
            # warm-up: import, compile, open the DB
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            warm.request(
                "POST", "/api/recording/events", body=bodies[0], headers=headers
            )
            assert warm.getresponse().read() and True
            warm.close()
            split = {"schema": 0.0, "serializer": 0.0, "db": 0.0}
            server_total = [0.0]
            lock = threading.Lock()
            queue = list(range(1, batches))
            started = time.perf_counter()
            deadline = time.monotonic() + TIME_CAP_SECONDS
            sent = [0]
            failures = []

            def client() -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                while time.monotonic() < deadline:
                    with lock:
                        if not queue:
                            break
                        index = queue.pop(0)
                    t0 = time.perf_counter()
                    conn.request(
                        "POST",
                        "/api/recording/events",
                        body=bodies[index],
                        headers=headers,
                    )
                    response = conn.getresponse()
                    response.read()
                    elapsed = time.perf_counter() - t0
                    with lock:
                        if response.status != 201:
                            failures.append(response.status)
                        sent[0] += BATCH
                        server_total[0] += elapsed
                        for key, value in timing(
                            response.getheader("Server-Timing", "")
                        ).items():
                            split[key] = split.get(key, 0.0) + value
                conn.close()

            threads = [threading.Thread(target=client) for _ in range(clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if failures:
        raise RuntimeError(f"{engine}: {len(failures)} batches failed: {failures[:5]}")
    total = server_total[0]  # summed request latency across clients
    validation = split["schema"] + split["serializer"]
    return {
        "engine": engine,
        "events": sent[0],
        "batch": BATCH,
        "clients": clients,
        "workers": workers,
        "seconds": round(wall, 3),
        "events_per_second": round(sent[0] / wall, 1),
        "share": {k: round(v / total, 3) for k, v in split.items()},
        "validation_share": round(validation / total, 3),
        "per_event_us": {k: round(v / sent[0] * 1e6, 1) for k, v in split.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--batches", type=int, default=30, help="batches of 500 per engine"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--engines", default="fastjsonschema,jsonschema")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    results = [
        run_engine(engine, args.batches, args.workers, args.clients)
        for engine in args.engines.split(",")
    ]
    print(
        f"server ingest: POST batches of {BATCH} events, gunicorn on 127.0.0.1, SQLite"
    )
    for r in results:
        s = r["share"]
        print(
            f"  {r['engine']:<15} {r['events_per_second']:>9,.0f} events/s  "
            f"({r['events']} events in {r['seconds']}s, {r['clients']} clients, {r['workers']} workers)  "
            f"schema {s['schema']:.0%}  serializer {s['serializer']:.0%}  db {s['db']:.0%}  "
            f"-> validation {r['validation_share']:.0%} of request time"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(results, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
