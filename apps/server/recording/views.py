"""The recording API.

POST /api/recording/events            one event, or {"events": [...]} (at most
                                      CLONE_INGEST_MAX_EVENTS events, CLONE_INGEST_MAX_BODY_BYTES)
GET  /api/recording/sessions/<id>/events   that session's events in occurred_at order, paginated

Every event is validated twice, against packages/schema/events.schema.json (loaded here, at
import: a missing file stops the server with a message saying how to generate it) and against
the generated CloneEventSerializer; an event is stored only if both accept it. Responses carry
a `Server-Timing` header splitting the request's time between JSON Schema validation
(`schema`), serializer validation (`serializer`) and the database (`db`).
"""

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from time import perf_counter

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, transaction
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Event
from .schema_validation import load_schema, make_engine
from .serializers import (
    RECORDING_PAYLOAD_FIELDS,
    CloneEventSerializer,
    validation_issues,
)

EVENTS_SCHEMA = load_schema(settings.CLONE_EVENTS_SCHEMA)
SCHEMA_ENGINE = make_engine(settings.CLONE_SCHEMA_VALIDATOR, EVENTS_SCHEMA)

# One instance for every request: validation keeps no per-call state on the serializer.
EVENT_SERIALIZER = CloneEventSerializer()

BASE_FIELDS = ("id", "session_id", "occurred_at", "source", "source_detail", "type")

_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)


def parse_occurred_at(text: str) -> datetime:
    """The instant of a validated RFC 3339 date-time, in UTC, to the microsecond. Instants
    outside what Python represents (year 0000, or pushed past 9999 by the offset) are
    clamped; `occurred_at_text` keeps the exact string."""
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


def body_digest(event: dict) -> str:
    canonical = json.dumps(
        event, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _error(http_status: int, detail: str, **extra) -> Response:
    return Response({"detail": detail, **extra}, status=http_status)


class IngestEventsView(APIView):
    """POST /api/recording/events: see the module docstring and README for the contract."""

    def post(self, request):
        max_bytes = settings.CLONE_INGEST_MAX_BODY_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > max_bytes:
            return _error(413, f"request body over the limit of {max_bytes} bytes")
        try:
            raw = request.body
        except RequestDataTooBig:
            return _error(413, f"request body over the limit of {max_bytes} bytes")
        if len(raw) > max_bytes:
            return _error(413, f"request body over the limit of {max_bytes} bytes")
        try:
            body = json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            return _error(400, f"malformed JSON: {exc}")

        if isinstance(body, dict) and "events" in body and "type" not in body:
            if set(body) != {"events"} or not isinstance(body["events"], list):
                return _error(400, 'a batch is {"events": [...]} with no other keys')
            events = body["events"]
            if not events:
                return _error(400, "a batch needs at least one event")
        else:
            events = [body]
        max_events = settings.CLONE_INGEST_MAX_EVENTS
        if len(events) > max_events:
            return _error(
                413,
                f"{len(events)} events is over the limit of {max_events} per request",
            )

        timings = {"schema": 0.0, "serializer": 0.0, "db": 0.0}
        errors = self._validate(events, timings)
        if errors:
            invalid = len({error["index"] for error in errors})
            response = _error(
                400,
                f"{invalid} of {len(events)} events are invalid; nothing was stored",
                errors=errors,
            )
        else:
            started = perf_counter()
            try:
                response = self._store(events)
            except IntegrityError:
                # Another request stored one of these ids between our check and our insert.
                response = self._store(events)
            timings["db"] += perf_counter() - started
        response["Server-Timing"] = ", ".join(
            f"{name};dur={seconds * 1000:.3f}" for name, seconds in timings.items()
        )
        response["X-Clone-Event-Count"] = str(len(events))
        return response

    def _validate(self, events: list, timings: dict) -> list[dict]:
        errors = []
        schema_seconds = serializer_seconds = 0.0
        is_valid = SCHEMA_ENGINE.is_valid
        run_validation = EVENT_SERIALIZER.run_validation
        for index, event in enumerate(events):
            t0 = perf_counter()
            schema_ok = is_valid(event)
            t1 = perf_counter()
            try:
                run_validation(event)
                issues = None
            except ValidationError as exc:
                issues = validation_issues(exc.detail)
            t2 = perf_counter()
            schema_seconds += t1 - t0
            serializer_seconds += t2 - t1
            if issues or not schema_ok:
                if not issues:
                    issues = SCHEMA_ENGINE.issues(event)
                errors.extend({"index": index, **issue} for issue in issues)
        timings["schema"] += schema_seconds
        timings["serializer"] += serializer_seconds
        return errors

    def _store(self, events: list) -> Response:
        digests = [body_digest(event) for event in events]
        with transaction.atomic():
            ids = list(dict.fromkeys(event["id"] for event in events))
            stored = {}
            for start in range(0, len(ids), 500):
                stored.update(
                    Event.objects.filter(
                        event_id__in=ids[start : start + 500]
                    ).values_list("event_id", "body_sha256")
                )
            seen = dict(stored)
            created, duplicates, conflicts, rows = [], [], [], []
            now = datetime.now(UTC)
            for index, (event, digest) in enumerate(zip(events, digests, strict=True)):
                event_id = event["id"]
                previous = seen.get(event_id)
                if previous is not None:
                    if previous == digest:
                        duplicates.append(event_id)
                    else:
                        conflicts.append({"index": index, "id": event_id})
                    continue
                seen[event_id] = digest
                created.append(event_id)
                rows.append(self._row(event, digest, now))
            if conflicts:
                return _error(
                    409,
                    "an event id was already used for a different event; nothing was stored",
                    conflicts=conflicts,
                )
            Event.objects.bulk_create(rows)
        return Response(
            {"stored": created, "duplicates": duplicates},
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    @staticmethod
    def _row(event: dict, digest: str, now: datetime) -> Event:
        payload_fields = RECORDING_PAYLOAD_FIELDS[event["type"]]
        return Event(
            event_id=event["id"],
            session_id=event["session_id"],
            occurred_at=parse_occurred_at(event["occurred_at"]),
            occurred_at_text=event["occurred_at"],
            source=event["source"],
            source_detail=event.get("source_detail"),
            type=event["type"],
            payload={key: event[key] for key in payload_fields if key in event},
            body_sha256=digest,
            received_at=now,
        )


class EventPagination(PageNumberPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000


class SessionEventsView(generics.ListAPIView):
    """GET /api/recording/sessions/<session_id>/events: {"count", "next", "previous",
    "results": [event, ...]} with the events as they were ingested, in occurred_at order."""

    pagination_class = EventPagination

    def get_queryset(self):
        return Event.objects.filter(session_id=self.kwargs["session_id"]).order_by(
            "occurred_at", "id"
        )

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response([event.as_event() for event in page])
