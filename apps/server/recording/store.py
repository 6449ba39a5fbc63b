"""Storing validated events: idempotent under any interleaving of requests, on SQLite and on
PostgreSQL.

A request's events go in with `INSERT … ON CONFLICT (event_id) DO NOTHING`, rows sorted by id
so that two requests never wait on each other's rows in opposite orders: on SQLite as
multi-row VALUES, on PostgreSQL from a binary COPY into a per-connection temporary table
(planning 500 rows of VALUES costs PostgreSQL more than storing them). The SQL is written here
rather than through the ORM, which spends more time preparing 500 rows than the database
spends storing them. On PostgreSQL the insert returns the new ids (RETURNING) and the same
transaction then reads the stored digest of every other id; on SQLite, where the transaction
holds the one write lock from its start, the stored digests are read first and every other id
is new. The same digest is a repeat, another is a conflict and the whole transaction is rolled
back. No IntegrityError can
come out of a race, and no answer depends on which request got there first beyond
new-versus-repeat.

SQLite has one writer at a time: writers take turns on a lock here (a thread lock within a
worker, an flock on `<database>-writer.lock` between workers) rather than on SQLite's busy
timeout, which sleeps up to 100 ms between retries while the file may have been free for long.
"""

import contextlib
import fcntl
import functools
import hashlib
import json
import sqlite3
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from django.db import OperationalError, connection, transaction

from .models import Event
from .serializers import CALENDAR_FORMATS

# Reads of ids go in slices, within every database's limit on query parameters.
ID_SLICE = 500
# A deadlock, a serialization failure or a busy SQLite file is retried this many times.
ATTEMPTS = 4

# The date-time syntax of the generated module (the one rule, @clone/schema's formats.ts); its
# named groups are the fields.
_DATE_TIME = CALENDAR_FORMATS["date-time"]


# One encoder for every event (json.dumps with these options builds a new one per call). A
# parsed body cannot hold a cycle, so the encoder keeps no record of the containers it is in.
_CANONICAL_ENCODER = json.JSONEncoder(
    check_circular=False,
    ensure_ascii=False,
    sort_keys=True,
    separators=(",", ":"),
    allow_nan=False,
)
# JSONEncoder.encode makes a new C encoder for every call, which costs more than encoding a
# small event: the same C encoder (what `encode` would make), made once. None where Python
# has no C accelerator; then `encode` itself.
_CANONICAL_C_ENCODER = (
    json.encoder.c_make_encoder(
        None,  # no cycle check
        _CANONICAL_ENCODER.default,
        json.encoder.encode_basestring,  # ensure_ascii=False
        None,  # no indent
        _CANONICAL_ENCODER.key_separator,
        _CANONICAL_ENCODER.item_separator,
        True,  # sort_keys
        False,  # skipkeys
        False,  # allow_nan
    )
    if json.encoder.c_make_encoder is not None
    else None
)


def canonical_json(event: dict) -> str:
    """The event's JSON meaning as one text: keys sorted, no spaces, numbers as the wire
    parser reads them (recording.wire: 2560.0 is 2560). Equal meanings give equal texts,
    so its digest identifies the event; NUL and other controls are escaped (\\u0000), so
    any database's text column keeps it."""
    if _CANONICAL_C_ENCODER is None:
        return _CANONICAL_ENCODER.encode(event)
    return "".join(_CANONICAL_C_ENCODER(event, 0))


_DATE_TIME_FIELDS = (
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "fraction",
    "offsetSign",
    "offsetHour",
    "offsetMinute",
)


def parse_occurred_at(text: str) -> datetime:
    """The instant of a validated RFC 3339 date-time, in UTC, to the microsecond. Instants
    outside what Python represents (year 0000, or pushed past 9999 by the offset) are
    clamped; the body keeps the exact string.

    Read by datetime.fromisoformat (C) where it takes the text: on a date-time the schema
    accepted, it gives what the module's syntax gives (fraction truncated to microseconds;
    test_ingest_path holds the two readings equal). What it refuses (a lowercase `t` or
    `z`, year 0000) is read by the syntax."""
    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        return parse_occurred_at_by_syntax(text)
    if local.tzinfo is UTC:
        return local
    try:
        return local.astimezone(UTC)
    except OverflowError:
        return (datetime.min if local.year == 1 else datetime.max).replace(tzinfo=UTC)


def parse_occurred_at_by_syntax(text: str) -> datetime:
    """parse_occurred_at by the generated module's date-time syntax, field by field."""
    year, month, day, hour, minute, second, fraction, sign, off_hour, off_minute = (
        _DATE_TIME.match(text).group(*_DATE_TIME_FIELDS)
    )
    year = int(year)
    if year < 1:
        return datetime.min.replace(tzinfo=UTC)
    micros = int(fraction[:6].ljust(6, "0")) if fraction else 0
    fields = (int(month), int(day), int(hour), int(minute), int(second), micros)
    if sign is None:  # `Z`: already UTC
        return datetime(year, *fields, tzinfo=UTC)
    offset = timedelta(hours=int(off_hour), minutes=int(off_minute))
    if sign == "-":
        offset = -offset
    local = datetime(year, *fields, tzinfo=timezone(offset))
    try:
        return local.astimezone(UTC)
    except OverflowError:
        return (datetime.min if year == 1 else datetime.max).replace(tzinfo=UTC)


def datetime_adapter():
    """The connection's adaptation of a UTC datetime to a query parameter: on SQLite with a
    UTC connection, the text Django's adapt_datetimefield_value makes (the naive UTC time,
    str()), without its per-call checks; elsewhere Django's own."""
    if connection.vendor == "sqlite" and connection.timezone_name == "UTC":
        return _naive_utc_text
    return connection.ops.adapt_datetimefield_value


def _naive_utc_text(value: datetime) -> str:
    # str() of the naive value, without making one (replace() costs more than the text):
    # a UTC value's ISO text ends in "+00:00".
    return value.isoformat(" ")[:-6]


@dataclass
class Stored:
    """Ids in request order: `created` now, `duplicates` already there with this meaning."""

    created: list[str]
    duplicates: list[str]


class Conflict(Exception):
    """An id already names an event with another meaning; nothing was stored."""

    def __init__(self, conflicts: list[dict]):
        super().__init__(f"{len(conflicts)} conflicting ids")
        self.conflicts = conflicts


class Busy(Exception):
    """The database stayed locked or deadlocked through every attempt."""


# The columns one row fills, in the order store_events gives them.
COLUMNS = (
    "event_id",
    "session_id",
    "occurred_at",
    "type",
    "source",
    "body",
    "body_sha256",
    "body_bytes",
    "received_at",
)
_DIGEST = COLUMNS.index("body_sha256")
_SQLITE_WRITER = threading.Lock()
STAGING_TABLE = "recording_event_staging"


def store_events(events: list[dict], timings: dict | None = None) -> Stored:
    """Stores valid events all or nothing; raises Conflict or Busy."""
    started = time.perf_counter()
    rows, order, conflicts = {}, [], []
    adapt = datetime_adapter()
    now = adapt(datetime.now(UTC))
    sha256 = hashlib.sha256
    for index, event in enumerate(events):
        text = canonical_json(event)
        encoded = text.encode("utf-8")
        digest = sha256(encoded).hexdigest()
        event_id = event["id"]
        order.append((event_id, digest))
        first = rows.get(event_id)
        if first is None:
            rows[event_id] = [
                event_id,
                event["session_id"],
                adapt(parse_occurred_at(event["occurred_at"])),
                event["type"],
                event["source"],
                text,
                digest,
                len(encoded),
                now,
            ]
        elif first[_DIGEST] != digest:
            conflicts.append({"index": index, "id": event_id})
    if timings is not None:
        timings["rows"] = timings.get("rows", 0.0) + time.perf_counter() - started
    if conflicts:
        raise Conflict(conflicts)
    started = time.perf_counter()
    try:
        for attempt in range(ATTEMPTS):
            try:
                return _insert(rows, order)
            except OperationalError:
                if attempt == ATTEMPTS - 1:
                    raise Busy() from None
                time.sleep(0.05 * (attempt + 1))
    finally:
        if timings is not None:
            timings["db"] = timings.get("db", 0.0) + time.perf_counter() - started
    raise AssertionError("unreachable")


def _insert(rows: dict[str, list], order: list[tuple[str, str]]) -> Stored:
    ids = sorted(rows)
    postgres = connection.vendor == "postgresql"
    # Everything that needs no database is done outside the transaction: on SQLite it is
    # the one writer's turn, and a thread holding it competes for the GIL with the threads
    # validating other requests, so each step inside stretches every other writer's wait.
    if postgres:
        writer, store_new = nullcontext(), _store_postgres
        prepared = [rows[event_id] for event_id in ids]
    else:
        writer, store_new = sqlite_writer(), _store_sqlite
        prepared = _sqlite_statements([rows[event_id] for event_id in ids])
    with writer, transaction.atomic(), connection.cursor() as cursor:
        # The ids stored now, and the digests of those already stored (by an earlier
        # request, or by another one a moment ago).
        new, stored_digests = store_new(cursor, ids, prepared)
        if any(digest != rows[i][_DIGEST] for i, digest in stored_digests.items()):
            raise Conflict(  # rolls the transaction back
                [
                    {"index": index, "id": event_id}
                    for index, (event_id, digest) in enumerate(order)
                    if stored_digests.get(event_id, digest) != digest
                ]
            )
    created, duplicates = [], []
    for event_id, _ in order:
        if event_id in new:
            created.append(event_id)
            new.discard(event_id)  # a repeat later in the request is a duplicate
        else:
            duplicates.append(event_id)
    return Stored(created, duplicates)


def _store_postgres(cursor, ids: list[str], rows: list[list]):
    """INSERT … ON CONFLICT DO NOTHING RETURNING tells the new ids; the digests of the
    others are read after it, in the same transaction (READ COMMITTED: a row another
    request committed meanwhile is seen)."""
    new = _copy_insert(cursor, rows)
    others = [] if len(new) == len(ids) else [i for i in ids if i not in new]
    return new, _stored_digests(cursor, others)


def _store_sqlite(cursor, ids: list[str], statements: list[tuple[str, list]]):
    """The stored digests of these ids are read first, then every row is inserted (ON
    CONFLICT DO NOTHING): the transaction holds SQLite's one write lock from its start
    (BEGIN IMMEDIATE), so no other writer stores an id in between, and the new ids are
    the others. No RETURNING: sqlite3 releases and takes back the GIL for every row a
    statement returns, and each take-back waits behind the validating threads, which
    stretched the writer's turn to hundreds of milliseconds under load."""
    stored_digests = _stored_digests(cursor, ids)
    for sql, parameters in statements:
        # Straight to sqlite3 with `?` placeholders: Django's cursor rewrites every `%s` of
        # a statement with a regular expression, each time (thousands here). Its error
        # translation stays (a locked file is Django's OperationalError, retried above).
        with connection.wrap_database_errors:
            sqlite3.Cursor.execute(cursor.cursor, sql, parameters)
    return {i for i in ids if i not in stored_digests}, stored_digests


def _stored_digests(cursor, ids: list[str]) -> dict[str, str]:
    """{id: stored digest} for those of `ids` already stored."""
    found = {}
    for start in range(0, len(ids), ID_SLICE):
        chunk = ids[start : start + ID_SLICE]
        cursor.execute(_select_sql(len(chunk)), chunk)
        found.update(cursor.fetchall())
    return found


@contextlib.contextmanager
def sqlite_writer():
    """The SQLite write turn: this worker's threads one at a time, then the workers."""
    name = str(connection.settings_dict["NAME"])
    in_memory = name == ":memory:" or "mode=memory" in name
    with _SQLITE_WRITER:
        if in_memory:
            yield
            return
        with open(f"{name}-writer.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            yield


def _sqlite_statements(rows: list[list]) -> list[tuple[str, list]]:
    """(SQL, parameters) of the INSERTs that store `rows`, each within SQLite's parameter
    limit (as this SQLite library was built, usually far above Django's assumed 999): few
    statements, so the writer holds its turn briefly."""
    connection.ensure_connection()
    limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per_statement = max(1, min(limit, 32766) // len(COLUMNS))
    return [
        (
            _sqlite_insert_sql(len(chunk)),
            [value for row in chunk for value in row],
        )
        for chunk in (
            rows[start : start + per_statement]
            for start in range(0, len(rows), per_statement)
        )
    ]


def _copy_insert(cursor, rows: list[list]) -> set[str]:
    """COPY into this connection's temporary table (made by the same transaction when the
    connection has none yet, emptied at every commit), then one INSERT from it. One
    statement instead (unnest of binary arrays, the stored digests read in the same CTE:
    three round trips fewer) cost the same CPU and did not lower the bench's p99
    (apps/server/README.md, "Bench")."""
    columns = ", ".join(connection.ops.quote_name(column) for column in COLUMNS)
    table = connection.ops.quote_name(Event._meta.db_table)
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {STAGING_TABLE} ON COMMIT DELETE ROWS "
        f"AS SELECT {columns} FROM {table} WITH NO DATA"
    )
    with cursor.cursor.copy(
        f"COPY {STAGING_TABLE} ({columns}) FROM STDIN (FORMAT BINARY)"
    ) as copy:
        copy.set_types(_copy_types())
        for row in rows:
            copy.write_row(row)
    event_id = connection.ops.quote_name("event_id")
    cursor.execute(
        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {STAGING_TABLE} "
        f"ORDER BY {event_id} ON CONFLICT ({event_id}) DO NOTHING RETURNING {event_id}"
    )
    return {row[0] for row in cursor.fetchall()}


# The PostgreSQL type a binary COPY sends for each kind of model field.
_POSTGRES_COPY_TYPES = {
    "TextField": "text",
    "CharField": "varchar",
    "DateTimeField": "timestamptz",
    "PositiveIntegerField": "int4",
}


@functools.cache
def _copy_types() -> tuple[str, ...]:
    """The binary COPY's type of each of COLUMNS, from the model's fields (made once: the
    model is fixed for the process, and this runs for every batch)."""
    return tuple(
        _POSTGRES_COPY_TYPES[Event._meta.get_field(column).get_internal_type()]
        for column in COLUMNS
    )


def _select_sql(ids: int) -> str:
    table = connection.ops.quote_name(Event._meta.db_table)
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * ids)
    return (
        f"SELECT {quote('event_id')}, {quote('body_sha256')} "
        f"FROM {table} WHERE {quote('event_id')} IN ({placeholders})"
    )


@functools.lru_cache(maxsize=64)
def _sqlite_insert_sql(rows: int) -> str:
    """SQLite's INSERT of `rows` rows, `?` placeholders (made once per row count; only
    ever called on a SQLite connection)."""
    quote = connection.ops.quote_name
    table = quote(Event._meta.db_table)
    columns = ", ".join(quote(column) for column in COLUMNS)
    values = ", ".join(["(" + ", ".join(["?"] * len(COLUMNS)) + ")"] * rows)
    event_id = quote("event_id")
    return (
        f"INSERT INTO {table} ({columns}) VALUES {values} "
        f"ON CONFLICT ({event_id}) DO NOTHING"
    )
