"""The production serving set-up (README, "Production"):

    gunicorn -c python:clone_server.gunicorn_conf clone_server.wsgi --bind 0.0.0.0:8000

Threaded workers (gthread): a connection holds a thread only while its request is being
read and answered, so slow clients (headers trickling in at a byte a second) occupy a few
threads and the others keep serving; a body must arrive within CLONE_INGEST_BODY_TIMEOUT
seconds (recording.wire, 408 after). The app is loaded once before forking, so a server
missing its token or secret key stops at once with the reason (clone_server.startup).

Each setting can be changed on the command line or through GUNICORN_CMD_ARGS; the worker
and thread counts also through WEB_CONCURRENCY and CLONE_SERVER_THREADS.
"""

import gc
import os
import sys

worker_class = "gthread"


def cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container's CPU set
    narrows), else the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no sched_getaffinity on this platform
        return os.cpu_count() or 1


# One process per core: the GIL lets one thread of a process run Python at a time, so a
# process is one core's worth of validation and encoding (an ingest batch is CPU-bound: a
# few ms of database against tens of ms of Python). A process more than cores adds only
# switching and memory. On the 2-core bench machine: 2 processes.
workers = int(os.environ.get("WEB_CONCURRENCY") or cores())
# Threads overlap waiting, not computing: a thread waiting for the database (SQLite's
# writer turn, a PostgreSQL commit) or for a slow client's request releases the GIL to the
# others. Eight per process keep the core busy while a few slow clients each hold a thread
# (the slow-header test holds two); many more would only lengthen the queue for the GIL
# that a thread holding SQLite's writer turn waits in.
threads = int(os.environ.get("CLONE_SERVER_THREADS") or 8)
preload_app = True
# A worker that stops answering its heartbeat for this long is replaced.
timeout = 30
graceful_timeout = 30
# Idle kept-alive connections wait in the worker's poller, not in a thread.
keepalive = 5
# Request line and headers well under anything a client of this API sends.
limit_request_line = 4094
limit_request_fields = 64
limit_request_field_size = 8190
# Recycle workers now and then, so that no leak can grow without bound.
max_requests = 20000
max_requests_jitter = 2000


# The collector's thresholds in a worker (post_fork): generation 0 after this many net
# allocations, then 50 and 100 (the defaults are 700, 10, 10).
GC_THRESHOLDS = (100_000, 50, 100)


def post_fork(server, worker):
    # A thread back from the database waits for the GIL up to the switch interval while
    # others validate; 1 ms instead of 5 keeps a writer from holding its turn that long.
    sys.setswitchinterval(0.001)
    # A 500-event batch allocates hundreds of thousands of objects, so with the default
    # thresholds the collector ran every few hundred allocations and now and then walked the
    # whole heap (Django's, the preloaded app's) in the middle of a request: the paced bench's
    # p99 came from those pauses (A/B on the same machine and load: SQLite 349 -> 247 ms, PostgreSQL
    # 817 -> 326 ms). The preloaded heap is frozen (never scanned again; it is shared with the
    # master, so that also spares copy-on-write) and young collections run far less often.
    # Cycles are still collected: the thresholds only space the collections out.
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


# Logs to stderr; the access log is off by default (CLONE_ACCESS_LOG=1 turns it on).
errorlog = "-"
accesslog = "-" if os.environ.get("CLONE_ACCESS_LOG") == "1" else None
