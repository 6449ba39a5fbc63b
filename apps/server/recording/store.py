"""Storing validated events: idempotent under any interleaving of requests, on SQLite and on
PostgreSQL.

A request's events go in with one `INSERT … ON CONFLICT DO NOTHING` (SQLite: `INSERT OR
IGNORE`), rows sorted by id so that two requests never wait on each other's rows in opposite
orders. Then the same transaction reads back every id it sent: rows stamped with this
request's `ingest_batch` are new, rows with the same digest are repeats, any other digest is a
conflict and the whole transaction is rolled back. No IntegrityError can come out of a race,
and no answer depends on which request got there first beyond new-versus-repeat.
"""

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from django.db import OperationalError, transaction

from .models import Event

# Reads of ids go in slices, within every database's limit on query parameters.
ID_SLICE = 500
# A deadlock, a serialization failure or a busy SQLite file is retried this many times.
ATTEMPTS = 4

_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)


def canonical_json(event: dict) -> str:
    """The event's JSON meaning as one text: keys sorted, no spaces, numbers as the wire
    parser reads them (recording.wire: 2560.0 is 2560). Equal meanings give equal texts,
    so its digest identifies the event; NUL and other controls are escaped (\\u0000), so
    any database's text column keeps it."""
    return json.dumps(
        event,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )


def parse_occurred_at(text: str) -> datetime:
    """The instant of a validated RFC 3339 date-time, in UTC, to the microsecond. Instants
    outside what Python represents (year 0000, or pushed past 9999 by the offset) are
    clamped; the body keeps the exact string."""
    match = _DATE_TIME.fullmatch(text)
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction, sign, off_hour, off_minute = match.groups()[6:]
    micros = int((fraction or "0")[:6].ljust(6, "0"))
    offset = timedelta(hours=int(off_hour or 0), minutes=int(off_minute or 0))
    if sign == "-":
        offset = -offset
    if year < 1:
        return datetime.min.replace(tzinfo=UTC)
    local = datetime(
        year, month, day, hour, minute, second, micros, tzinfo=timezone(offset)
    )
    try:
        return local.astimezone(UTC)
    except OverflowError:
        return (datetime.min if year == 1 else datetime.max).replace(tzinfo=UTC)


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


def store_events(events: list[dict], timings: dict | None = None) -> Stored:
    """Stores valid events all or nothing; raises Conflict or Busy."""
    rows, order, conflicts = {}, [], []
    now = datetime.now(UTC)
    for index, event in enumerate(events):
        text = canonical_json(event)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        event_id = event["id"]
        order.append((event_id, digest))
        first = rows.get(event_id)
        if first is None:
            rows[event_id] = _row(event, text, digest, now)
        elif first.body_sha256 != digest:
            conflicts.append({"index": index, "id": event_id})
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


def _insert(rows: dict[str, Event], order: list[tuple[str, str]]) -> Stored:
    batch = uuid.uuid4()
    ids = sorted(rows)
    with transaction.atomic():
        for event_id in ids:
            rows[event_id].ingest_batch = batch
        Event.objects.bulk_create(
            [rows[event_id] for event_id in ids], ignore_conflicts=True
        )
        found = {}
        for start in range(0, len(ids), ID_SLICE):
            found.update(
                (event_id, (digest, stamp))
                for event_id, digest, stamp in Event.objects.filter(
                    event_id__in=ids[start : start + ID_SLICE]
                ).values_list("event_id", "body_sha256", "ingest_batch")
            )
        created, duplicates, conflicts, seen = [], [], [], set()
        for index, (event_id, digest) in enumerate(order):
            stored_digest, stamp = found[event_id]
            if stored_digest != digest:
                conflicts.append({"index": index, "id": event_id})
            elif stamp == batch and event_id not in seen:
                created.append(event_id)
            else:
                duplicates.append(event_id)
            seen.add(event_id)
        if conflicts:
            raise Conflict(conflicts)  # rolls the transaction back
    return Stored(created, duplicates)


def _row(event: dict, text: str, digest: str, now: datetime) -> Event:
    return Event(
        event_id=event["id"],
        session_id=event["session_id"],
        occurred_at=parse_occurred_at(event["occurred_at"]),
        type=event["type"],
        source=event["source"],
        body=text,
        body_sha256=digest,
        body_bytes=len(text.encode("utf-8")),
        received_at=now,
    )
