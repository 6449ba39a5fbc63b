"""Many clients at once against a live server: each posts batches on its own keep-alive
connection, back to back (closed loop) or at a fixed pace (open loop), until a number of
batches or a time is used up. Counts every answer by status, keeps every latency, the ids the
server acknowledged and the server's own time split (Server-Timing, when it sends one)."""

import http.client
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .server import LiveServer

_TIMING = re.compile(r"(\w+);dur=([0-9.]+)")


@dataclass
class LoadResult:
    statuses: Counter = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    acknowledged: set[str] = field(default_factory=set)
    events_acknowledged: int = 0
    split: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: Held while the fields change: a caller may read them while the clients run.
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    @property
    def events_per_second(self) -> float:
        return self.events_acknowledged / self.seconds if self.seconds else 0.0


def batch_body(events: list[dict]) -> bytes:
    return json.dumps({"events": events}).encode()


def run_clients(
    server: LiveServer,
    body_for: Callable[[int, int], bytes | None],
    *,
    clients: int,
    seconds: float,
    max_batches: int | None = None,
    pace: float | None = None,
    result: LoadResult | None = None,
) -> LoadResult:
    """`clients` threads; client c's k-th request posts `body_for(c, k)` (a batch; None
    ends that client). Stops after `seconds` or `max_batches` batches in all. With `pace`, each client sends one
    batch every `pace` seconds (its requests never overlap) instead of back to back."""
    result = LoadResult() if result is None else result
    lock = result.lock
    deadline = time.monotonic() + seconds
    sent = [0]

    def claim() -> bool:
        with lock:
            if max_batches is not None and sent[0] >= max_batches:
                return False
            sent[0] += 1
            return True

    def client(index: int) -> None:
        conn = server.connection(timeout=60)
        k = 0
        next_send = time.monotonic() + (pace * index / clients if pace else 0)
        while time.monotonic() < deadline and claim():
            if pace:
                time.sleep(max(0.0, next_send - time.monotonic()))
                next_send += pace
            body = body_for(index, k)
            if body is None:
                break
            k += 1
            started = time.perf_counter()
            try:
                conn.request(
                    "POST", "/api/recording/events", body=body, headers=server.headers
                )
                response = conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = server.connection(timeout=60)
                with lock:
                    result.failures.append(f"{type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - started
            timing = response.getheader("Server-Timing") or ""
            with lock:
                result.statuses[response.status] += 1
                result.latencies.append(elapsed)
                for name, ms in _TIMING.findall(timing):
                    result.split[name] += float(ms) / 1000
                if response.status in (200, 201):
                    answer = json.loads(payload)
                    result.acknowledged.update(answer["stored"])
                    result.acknowledged.update(answer["duplicates"])
                    result.events_acknowledged += len(answer["stored"]) + len(
                        answer["duplicates"]
                    )
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


def read_session(server: LiveServer, session_id: str, page_size: int = 1000) -> list:
    """Every event of a session, following `next` from the first page."""
    from urllib.parse import quote, urlsplit

    path = f"/api/recording/sessions/{quote(session_id, safe='')}/events?page_size={page_size}"
    events = []
    while path:
        status, _, body = server.request("GET", path)
        if status != 200:
            raise AssertionError(f"GET {path}: {status} {body[:300]!r}")
        page = json.loads(body)
        events += page["results"]
        path = None
        if page["next"]:
            parts = urlsplit(page["next"])
            path = f"{parts.path}?{parts.query}"
    return events
