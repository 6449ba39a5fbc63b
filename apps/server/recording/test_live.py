"""The recording server for real: the production command (clone_server.gunicorn_conf) on a
loopback port, with a database of its own on the engine this suite runs on (SQLite, or the
PostgreSQL server DATABASE_URL names). The fuzz run, the concurrency run, slow and oversize
clients, and memory. Findings 5-8 and 11 of issue 10."""

import json
import os
import random
import socket
import subprocess
import threading
import time
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings

from live.events import make_event
from live.fuzz import MUTATIONS, record_inputs, run_fuzz
from live.load import LoadResult, batch_body, read_session, run_clients
from live.server import (
    PRODUCTION_COMMAND,
    SERVER_DIR,
    live_database,
    live_server,
    peak_memory_kib,
    server_env,
)

FUZZ_INPUTS = 2_015  # 65 rounds of the 31 mutations
CONCURRENCY_SECONDS = 20
MIB = 1024 * 1024


def postgres_url() -> str | None:
    """The PostgreSQL server this suite runs on, or None on SQLite."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return os.environ["DATABASE_URL"]
    return None


@pytest.fixture
def database():
    with live_database(postgres_url()) as db:
        yield db


@pytest.fixture
def server(database):
    with live_server(database.url) as live:
        yield live
        log = live.log()
    assert "Traceback" not in log, log[-5000:]


# ---------------------------------------------------------------------------------------
# The fuzz run


def test_fuzz_every_hostile_input_gets_an_answer_below_500_and_only_2xx_store(
    server, database
):
    result = run_fuzz(
        server, count=FUZZ_INPUTS, seed=int(os.environ.get("CLONE_FUZZ_SEED", "1"))
    )
    summary = f"{result.inputs} inputs: {dict(result.classes)}"
    engine = database.url.split(":")[0]
    print(f"\nfuzz ({engine}): {summary} in {result.seconds:.1f}s")
    record_inputs(
        f"hostile requests ({engine})",
        result.inputs - len(result.failures),
        len(result.failures),
    )
    assert not result.failures, "\n".join([summary, *result.failures[:30]])
    assert result.inputs >= 2000 and result.classes["5xx"] == 0
    assert set(result.by_mutation) == set(MUTATIONS)
    # Both kinds of answer happen: the run is not all rejections or all acceptances.
    assert result.classes["4xx"] > 1000 and result.classes["2xx"] > 50, summary
    assert sorted(database.event_ids()) == sorted(result.stored)
    assert result.largest_answer < 64 * 1024


# ---------------------------------------------------------------------------------------
# Concurrency: 16 clients, overlapping batches, 20 seconds


def test_16_clients_posting_overlapping_batches_lose_and_duplicate_nothing(
    server, database
):
    run, pool, sessions = "conc", 30_000, 8

    def batch_for(client: int, k: int) -> bytes:
        rng = random.Random(client * 100_003 + k)
        # Half of each batch is drawn from ids every client uses: heavy overlap.
        hot = rng.sample(range(2_000), 50)
        cold = rng.sample(range(2_000, pool), 50)
        return batch_body([make_event(n, run, sessions) for n in hot + cold])

    result = LoadResult()
    reads: list[str] = []
    done = threading.Event()

    def reader() -> None:
        # Pages are followed while ingest runs: each pass must serve what was acknowledged
        # before it started, each event once.
        while not done.is_set():
            with result.lock:
                before = set(result.acknowledged)
            seen = []
            for s in range(sessions):
                seen += [
                    e["id"] for e in read_session(server, f"{run}-session-{s}", 250)
                ]
            if len(seen) != len(set(seen)):
                reads.append(
                    f"an event was served twice ({len(seen) - len(set(seen))})"
                )
            if missing := before - set(seen):
                reads.append(f"{len(missing)} acknowledged events were not served")

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        run_clients(
            server, batch_for, clients=16, seconds=CONCURRENCY_SECONDS, result=result
        )
    finally:
        done.set()
        thread.join()
    print(
        f"\nconcurrency: {sum(result.statuses.values())} batches, {dict(result.statuses)},"
        f" {len(result.acknowledged)} unique ids, {result.events_per_second:,.0f} events/s"
    )
    assert not result.failures, result.failures[:5]
    assert result.server_errors == 0, dict(result.statuses)
    assert set(result.statuses) <= {200, 201}, dict(result.statuses)
    assert sum(result.statuses.values()) >= 16
    assert not reads, reads[:5]
    stored = database.event_ids()
    assert len(stored) == len(set(stored)) == len(result.acknowledged)
    assert set(stored) == result.acknowledged
    served = []
    for s in range(sessions):
        served += [e["id"] for e in read_session(server, f"{run}-session-{s}")]
    assert sorted(served) == sorted(result.acknowledged)


# ---------------------------------------------------------------------------------------
# The production command: slow clients, oversize and chunked bodies, headers


def trickle(port: int, stop: threading.Event) -> None:
    """Sends a request's headers one byte a second, until told to stop."""
    head = (
        b"POST /api/recording/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
        + b"s" * 60
    )
    with socket.create_connection(("127.0.0.1", port)) as sock:
        for byte in head:
            if stop.wait(1.0):
                return
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return


def test_requests_are_served_while_two_clients_trickle_headers(server):
    stop = threading.Event()
    slow = [
        threading.Thread(target=trickle, args=(server.port, stop)) for _ in range(2)
    ]
    for thread in slow:
        thread.start()
    try:
        time.sleep(2.5)  # both slow clients are now holding a connection mid-headers
        started = time.monotonic()
        for n in range(20):
            t0 = time.monotonic()
            status, _ = server.post_json(make_event(n, "trickle"))
            assert status == 201
            assert time.monotonic() - t0 < 5
        assert time.monotonic() - started < 20
    finally:
        stop.set()
        for thread in slow:
            thread.join()


def test_an_oversize_body_sent_whole_gets_413_not_a_reset(server):
    big = b'{"events": [' + b" " * (9 * MIB) + b"]}"
    conn = server.connection(timeout=60)
    try:
        conn.request("POST", "/api/recording/events", body=big, headers=server.headers)
        response = conn.getresponse()
        assert response.status == 413
        assert "limit" in json.loads(response.read())["detail"]
    finally:
        conn.close()
    # and chunked, with no Content-Length to refuse it early
    conn = server.connection(timeout=60)
    try:
        chunks = (big[i : i + MIB] for i in range(0, len(big), MIB))
        conn.request(
            "POST",
            "/api/recording/events",
            body=chunks,
            headers=server.headers,
            encode_chunked=True,
        )
        assert conn.getresponse().status == 413
    finally:
        conn.close()


def test_a_chunked_body_is_read_like_any_other(server):
    body = json.dumps({"events": [make_event(n, "chunked") for n in range(50)]})
    conn = server.connection()
    try:
        pieces = (body[i : i + 100].encode() for i in range(0, len(body), 100))
        conn.request(
            "POST",
            "/api/recording/events",
            body=pieces,
            headers=server.headers,
            encode_chunked=True,
        )
        response = conn.getresponse()
        assert response.status == 201, response.read()
        assert len(json.loads(response.read())["stored"]) == 50
    finally:
        conn.close()


def test_answers_name_no_server_version_and_no_timing(server):
    for method, path, body in (
        ("POST", "/api/recording/events", json.dumps(make_event(1, "h")).encode()),
        ("GET", "/api/recording/sessions/x/events", None),
        ("GET", "/nowhere", None),
    ):
        _, headers, answer = server.request(method, path, body)
        assert headers.get("Server") in (None, "gunicorn"), headers
        assert "Server-Timing" not in headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in headers["Cache-Control"]
        json.loads(answer)


@pytest.mark.parametrize(
    "session_id", ["a/b", "100% sure", "why?#no", "é/中文 \U0001f600"]
)
def test_a_session_id_reads_back_at_its_percent_encoded_url(server, session_id):
    event = make_event(1, "url") | {"session_id": session_id}
    assert server.post_json(event)[0] == 201
    status, _, body = server.request(
        "GET", f"/api/recording/sessions/{quote(session_id, safe='')}/events"
    )
    assert status == 200
    assert json.loads(body)["results"] == [event]


def test_the_production_command_refuses_to_start_without_a_token(database):
    env = server_env(database.url)
    del env["CLONE_INGEST_TOKEN"]
    result = subprocess.run(
        [*PRODUCTION_COMMAND, "--bind", "127.0.0.1:0"],
        cwd=SERVER_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "CLONE_INGEST_TOKEN is not set" in result.stdout + result.stderr


# ---------------------------------------------------------------------------------------
# Memory and answer sizes stay bounded whatever the body


def hostile_bodies() -> list[bytes]:
    near = 60_000  # JSON values, just under the default limit of 64,000
    unknown = {f"k{n:06d}": n for n in range(near - 20)}
    return [
        b"[" + b"[]," * (3 * MIB) + b"[]]",  # 3M values: refused before parsing
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        json.dumps(make_event(1, "mem") | unknown).encode(),  # 60k unknown keys
        json.dumps([[[]] * 100] * 590).encode(),
        json.dumps({"events": [make_event(n, "mem") for n in range(1000)]}).encode(),
        b'"' + b"\\u0000" * (MIB + MIB // 3) + b'"',
    ]


def test_worker_memory_and_answers_stay_bounded(server):
    baseline = max(peak_memory_kib(pid) for pid in server.worker_pids())
    largest = 0
    for _ in range(3):
        for body in hostile_bodies():
            status, _, answer = server.request("POST", "/api/recording/events", body)
            assert status < 500
            largest = max(largest, len(answer))
    # five events of ~7.5 MB each, then their session page by page
    prompt = "p" * (7 * MIB + MIB // 2)
    for n in range(5):
        event = make_event(6 * n + 3, "big") | {"session_id": "big", "prompt": prompt}
        status, _, answer = server.request(
            "POST", "/api/recording/events", json.dumps(event).encode()
        )
        assert status == 201, answer[:300]
    path, pages = "/api/recording/sessions/big/events?page_size=1000", 0
    while path:
        status, _, answer = server.request("GET", path)
        assert status == 200
        assert len(answer) < 8 * MIB
        page = json.loads(answer)
        pages += 1
        path = page["next"] and "?".join(urlsplit(page["next"])[2:4])
    assert pages == 5
    peaks = [peak_memory_kib(pid) for pid in server.worker_pids()]
    print(
        f"\nworker peak memory: {baseline // 1024} MiB at start, {[p // 1024 for p in peaks]} MiB after"
    )
    assert max(peaks) < 400 * 1024, peaks
    assert largest < 64 * 1024
