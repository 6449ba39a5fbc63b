"""A fresh database and the production command on a loopback port.

The listening socket is bound here, to 127.0.0.1 and a port the OS picks, and handed to
gunicorn (`--bind fd://N`): no port is guessed, so servers of other runs never collide.
"""

import contextlib
import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SERVER_DIR = Path(__file__).resolve().parent.parent
TOKEN = "live-ingest-token-0123456789"
BIN = Path(sys.executable).parent

#: The production command (apps/server/README.md, "Production"); the tests add the socket.
PRODUCTION_COMMAND = (
    str(BIN / "gunicorn"),
    "-c",
    "python:clone_server.gunicorn_conf",
    "clone_server.wsgi",
)


# ---------------------------------------------------------------------------------------
# Databases


@dataclass
class LiveDatabase:
    """A database only this run uses: `url` for DATABASE_URL, plus direct reads."""

    url: str

    @property
    def is_postgres(self) -> bool:
        return self.url.startswith(("postgres://", "postgresql://"))

    def query(self, sql: str) -> list[tuple]:
        if self.is_postgres:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as conn:
                return conn.execute(sql).fetchall()
        with contextlib.closing(sqlite3.connect(urlsplit(self.url).path[1:])) as conn:
            return conn.execute(sql).fetchall()

    def event_ids(self) -> list[str]:
        return [row[0] for row in self.query("SELECT event_id FROM recording_event")]


@contextlib.contextmanager
def live_database(postgres_url: str | None = None) -> Iterator[LiveDatabase]:
    """A new, migrated database: on the PostgreSQL server `postgres_url` names (created
    and dropped here), or a new SQLite file when it is None."""
    if postgres_url is None:
        with tempfile.TemporaryDirectory(prefix="clone-live-") as tmp:
            database = LiveDatabase(f"sqlite:///{tmp}/live.sqlite3")
            migrate(database.url)
            yield database
        return
    import psycopg

    name = f"clone_live_{uuid.uuid4().hex[:12]}"
    admin = _with_database(postgres_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        database = LiveDatabase(_with_database(postgres_url, name))
        migrate(database.url)
        yield database
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def server_env(database_url: str, **extra: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CLONE_", "DJANGO_", "GUNICORN_", "WEB_CONCURRENCY"))
    }
    env.update(
        DATABASE_URL=database_url,
        CLONE_INGEST_TOKEN=TOKEN,
        DJANGO_SECRET_KEY="live-test-secret-key-0123456789abcdef",
        DJANGO_SETTINGS_MODULE="clone_server.settings",
    )
    env.update(extra)
    return env


def migrate(database_url: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v", "0"],
        cwd=SERVER_DIR,
        env=server_env(database_url),
        check=True,
    )


# ---------------------------------------------------------------------------------------
# The server


@dataclass
class LiveServer:
    port: int
    process: subprocess.Popen
    log_path: Path
    headers: dict = field(
        default_factory=lambda: {
            "Authorization": f"Bearer {TOKEN}",
            "Content-Type": "application/json",
        }
    )

    def connection(self, timeout: float = 30) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict | None = None,
        timeout: float = 30,
    ) -> tuple[int, dict, bytes]:
        """One request on a new connection: (status, headers, body)."""
        conn = self.connection(timeout)
        try:
            conn.request(method, path, body=body, headers=headers or self.headers)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def post_json(self, value) -> tuple[int, dict]:
        status, _, body = self.request(
            "POST", "/api/recording/events", json.dumps(value).encode()
        )
        return status, json.loads(body)

    def worker_pids(self) -> list[int]:
        return children(self.process.pid)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time the processes have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    with contextlib.suppress(FileNotFoundError):
        return [int(child) for child in path.read_text().split()]
    return []


def peak_memory_kib(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for {pid}")


@contextlib.contextmanager
def live_server(
    database_url: str,
    *,
    command: tuple[str, ...] = PRODUCTION_COMMAND,
    env: dict | None = None,
    ready_timeout: float = 60,
) -> Iterator[LiveServer]:
    """`command` serving on 127.0.0.1 until the block ends (SIGTERM, then SIGKILL)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    with tempfile.NamedTemporaryFile(
        prefix="clone-live-", suffix=".log", delete=False
    ) as log:
        log_path = Path(log.name)
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [*command, "--bind", f"fd://{listener.fileno()}"],
            cwd=SERVER_DIR,
            env={**server_env(database_url), **(env or {})},
            pass_fds=(listener.fileno(),),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    listener.close()  # the server holds its own copy
    server = LiveServer(port, process, log_path)
    try:
        _wait_until_ready(server, ready_timeout)
        yield server
    finally:
        stop(process)
        log_path.unlink(missing_ok=True)


def _wait_until_ready(server: LiveServer, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"the server exited with {server.process.returncode}:\n{server.log()}"
            )
        try:
            status, _, _ = server.request(
                "GET", "/api/recording/sessions/ready/events", timeout=5
            )
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer in {seconds}s:\n{server.log()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
