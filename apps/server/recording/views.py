"""The recording API.

POST /api/recording/events                  one event, or {"events": [...]}
GET  /api/recording/sessions/<id>/events    that session's events in occurred_at order,
                                            cursor-paginated (`next`)

A body goes through three gates, each answering with a 4xx JSON body when it refuses:
the wire contract (recording.wire: UTF-8 application/json, I-JSON, size and shape limits),
the events JSON Schema (packages/schema/events.schema.json, loaded at import: a missing file
stops the server and says how to generate it) and the generated CloneEventSerializer. Only
events both validators accept are stored (recording.store); where the compiled schema has no
gap (validate_events), its verdict stands for both and the serializer only words the errors
of refused events. With CLONE_SERVER_TIMING on, a `Server-Timing` header splits the request's
time between parsing (`parse`), JSON Schema validation (`schema`), the serializer (`serializer`:
wording rejections), building the rows (`rows`: canonical JSON, digest, columns) and the
database (`db`).
"""

import json
from time import perf_counter
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import serializers as drf
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from . import wire
from .pagination import BadPageRequest, Cursor, page_size_of, session_page
from .schema_validation import load_schema, make_engine
from .serializers import (
    CLONE_EVENT_SERIALIZERS,
    CloneEventBaseSerializer,
    CloneEventSerializer,
    validation_issues,
)
from .store import Busy, Conflict, store_events

EVENTS_SCHEMA = load_schema(settings.CLONE_EVENTS_SCHEMA)
SCHEMA_ENGINE = make_engine(settings.CLONE_SCHEMA_VALIDATOR, EVENTS_SCHEMA)

# One instance for every request: validation keeps no per-call state on the serializer.
EVENT_SERIALIZER = CloneEventSerializer()
# The session id of a URL is held to the schema's rule for session ids.
SESSION_ID_FIELD = CloneEventBaseSerializer().fields["session_id"]

BATCH_SHAPE = 'a batch is {"events": [...]} with no other keys'
# How much of one pointer or message an error list repeats (a key may be megabytes long).
MAX_ERROR_TEXT = 300


def error_response(http_status: int, detail: str, **extra) -> Response:
    response = Response({"detail": detail, **extra}, status=http_status)
    response.rejection_reason = detail
    return response


def capped(errors: list[dict], total: int | None = None) -> dict:
    """The first CLONE_MAX_REPORTED_ERRORS errors, texts clipped, and how many there were."""
    limit = settings.CLONE_MAX_REPORTED_ERRORS
    shown = [
        {key: _clip(value) for key, value in error.items()} for error in errors[:limit]
    ]
    return {"errors": shown, "error_count": len(errors) if total is None else total}


def _clip(value):
    if isinstance(value, str) and len(value) > MAX_ERROR_TEXT:
        return f"{value[:MAX_ERROR_TEXT]}… ({len(value)} characters)"
    return value


def is_batch(body: object) -> bool:
    return isinstance(body, dict) and "events" in body and "type" not in body


def events_of(body: object) -> list:
    """The events a body carries: a batch's list, or the body itself as one event."""
    if not is_batch(body):
        return [body]
    if set(body) != {"events"} or not isinstance(body["events"], list):
        raise wire.WireError(400, BATCH_SHAPE)
    if not body["events"]:
        raise wire.WireError(400, "a batch needs at least one event")
    return body["events"]


def event_errors(body: object, errors: list[dict]) -> list[dict]:
    """Wire errors (pointers into the body) as the error list speaks of events: `index`
    and a pointer into that event, where the error lies inside one."""
    if not is_batch(body):
        return [{"index": 0, **error} for error in errors]
    located = []
    for error in errors:
        parts = error["pointer"].split("/", 3)  # "", "events", index, rest
        if len(parts) >= 3 and parts[1] == "events" and parts[2].isdigit():
            rest = f"/{parts[3]}" if len(parts) == 4 else ""
            located.append(
                {"index": int(parts[2]), "pointer": rest, "message": error["message"]}
            )
        else:
            located.append(error)
    return located


# ---------------------------------------------------------------------------------------
# POST /api/recording/events


def clone_event_schema() -> PolymorphicProxySerializer:
    """The event in the OpenAPI document: `oneOf` the generated variant serializers, told
    apart by `type` (a `discriminator` mapping each tag to its variant)."""
    return PolymorphicProxySerializer(
        component_name="CloneEvent",
        serializers=CLONE_EVENT_SERIALIZERS,
        resource_type_field_name="type",
    )


class BatchSerializer(drf.Serializer):
    """Up to CLONE_INGEST_MAX_EVENTS events, stored all or nothing."""

    events = drf.ListField(
        child=clone_event_schema(),
        min_length=1,
    )


class StoredSerializer(drf.Serializer):
    stored = drf.ListField(child=drf.CharField(), help_text="ids stored now")
    duplicates = drf.ListField(
        child=drf.CharField(), help_text="ids already stored with this same event"
    )


class ErrorSerializer(drf.Serializer):
    detail = drf.CharField()


class IssueSerializer(drf.Serializer):
    index = drf.IntegerField(required=False, help_text="which event of the body")
    pointer = drf.CharField(help_text="RFC 6901 pointer into that event (or the body)")
    message = drf.CharField()


class InvalidSerializer(ErrorSerializer):
    errors = IssueSerializer(many=True, help_text="the first 100 issues")
    error_count = drf.IntegerField(help_text="all issues, shown or not")


class ConflictItemSerializer(drf.Serializer):
    index = drf.IntegerField()
    id = drf.CharField()


class ConflictSerializer(ErrorSerializer):
    conflicts = ConflictItemSerializer(many=True)
    conflict_count = drf.IntegerField()


class IngestEventsView(APIView):
    """POST /api/recording/events: see the module docstring and README for the contract."""

    parser_classes = ()  # the body is read by recording.wire, never by DRF

    @extend_schema(
        operation_id="ingest_events",
        summary="Store one event or a batch of events",
        description=(
            'The body is one event or `{"events": [...]}` (1 to CLONE_INGEST_MAX_EVENTS), '
            "UTF-8 `application/json` and I-JSON (RFC 7493): no duplicate keys, no lone "
            "surrogates, integers within ±(2^53 − 1). A batch is stored all or nothing. "
            "Sending an event again is a no-op (200, listed in `duplicates`) when it means "
            "the same JSON; another event under a stored id is a 409."
        ),
        request={
            "application/json": PolymorphicProxySerializer(
                component_name="IngestBody",
                serializers=[clone_event_schema(), BatchSerializer],
                resource_type_field_name=None,
            )
        },
        responses={
            201: OpenApiResponse(StoredSerializer, "every new event stored"),
            200: OpenApiResponse(StoredSerializer, "only repeats; nothing new"),
            400: OpenApiResponse(
                InvalidSerializer, "malformed, not I-JSON or invalid; nothing stored"
            ),
            401: OpenApiResponse(ErrorSerializer, "no or a wrong bearer token"),
            408: OpenApiResponse(ErrorSerializer, "the body did not arrive in time"),
            409: OpenApiResponse(ConflictSerializer, "an id names another event"),
            411: OpenApiResponse(ErrorSerializer, "chunked body this server can't end"),
            413: OpenApiResponse(
                ErrorSerializer, "body, events or values over a limit"
            ),
            415: OpenApiResponse(ErrorSerializer, "not UTF-8 application/json"),
            503: OpenApiResponse(ErrorSerializer, "database busy; retry"),
        },
    )
    def post(self, request):
        timings = {"parse": 0.0, "schema": 0.0, "serializer": 0.0, "db": 0.0}
        started = perf_counter()
        body = None
        try:
            raw = self._read(request._request)
            body = wire.parse(raw, max_values=settings.CLONE_INGEST_MAX_JSON_VALUES)
            events = events_of(body)
        except wire.WireError as error:
            body = error.value if body is None else body
            extra = capped(event_errors(body, error.errors)) if error.errors else {}
            return error_response(error.status, error.detail, **extra)
        finally:
            timings["parse"] = perf_counter() - started
        max_events = settings.CLONE_INGEST_MAX_EVENTS
        if len(events) > max_events:
            message = (
                f"{len(events)} events is over the limit of {max_events} per request"
            )
            response = error_response(413, message)
        else:
            response = self._ingest(events, timings)
        response.event_count = len(events)
        if settings.CLONE_SERVER_TIMING:
            response["Server-Timing"] = ", ".join(
                f"{name};dur={seconds * 1000:.3f}" for name, seconds in timings.items()
            )
        return response

    @staticmethod
    def _read(http_request) -> bytes:
        wire.check_media_type(
            http_request.content_type or "",
            http_request.content_params or {},
            http_request.META,
        )
        return wire.read_body(
            http_request.META,
            http_request,
            max_bytes=settings.CLONE_INGEST_MAX_BODY_BYTES,
            drain_bytes=settings.CLONE_INGEST_DRAIN_BYTES,
            timeout=settings.CLONE_INGEST_BODY_TIMEOUT,
        )

    def _ingest(self, events: list, timings: dict) -> Response:
        errors, invalid, total = self._validate(events, timings)
        if invalid:
            return error_response(
                400,
                f"{invalid} of {len(events)} events are invalid; nothing was stored",
                **capped(errors, total),
            )
        try:
            stored = store_events(events, timings)
        except Conflict as conflict:
            limit = settings.CLONE_MAX_REPORTED_ERRORS
            return error_response(
                409,
                "an event id was already used for a different event; nothing was stored",
                conflicts=conflict.conflicts[:limit],
                conflict_count=len(conflict.conflicts),
            )
        except Busy:
            response = error_response(503, "the database is busy; retry the request")
            response["Retry-After"] = "1"
            return response
        return Response(
            {"stored": stored.created, "duplicates": stored.duplicates},
            status=201 if stored.created else 200,
        )

    @staticmethod
    def _validate(events: list, timings: dict) -> tuple[list[dict], int, int]:
        """(the first errors, the number of invalid events, the number of issues)."""
        return validate_events(events, SCHEMA_ENGINE, EVENT_SERIALIZER, timings)


def validate_events(
    events: list, engine, serializer, timings: dict
) -> tuple[list[dict], int, int]:
    """(the first errors, the number of invalid events, the number of issues).

    An event is valid when the JSON Schema engine and the generated serializer both accept
    it. Where the engine has no gaps (recording.schema_validation: nothing in the schema it
    may accept that the serializer refuses; the conformance run holds the two to the same
    verdicts), its "valid" settles it and the serializer runs only on the events the
    engine refuses, to word their errors. Otherwise the serializer judges every event too."""
    started = perf_counter()
    is_valid = engine.is_valid
    refused = {index for index, event in enumerate(events) if not is_valid(event)}
    suspects = range(len(events)) if engine.gaps else sorted(refused)
    checked = perf_counter()
    errors, invalid, total = [], 0, 0
    keep = settings.CLONE_MAX_REPORTED_ERRORS
    run_validation = serializer.run_validation
    for index in suspects:
        event = events[index]
        try:
            run_validation(event)
            issues = None
        except ValidationError as exc:
            issues = validation_issues(exc.detail)
        if issues or index in refused:
            if not issues:
                issues = engine.issues(event)
            invalid += 1
            total += len(issues)
            for issue in issues[: max(0, keep - len(errors))]:
                errors.append({"index": index, **issue})
    timings["schema"] += checked - started
    timings["serializer"] += perf_counter() - checked
    return errors, invalid, total


# ---------------------------------------------------------------------------------------
# GET /api/recording/sessions/<session_id>/events


class SessionPageSerializer(drf.Serializer):
    results = drf.ListField(child=clone_event_schema())
    next = drf.URLField(
        allow_null=True, help_text="the next page, or null on the last one"
    )


class SessionEventsView(APIView):
    """GET /api/recording/sessions/<session_id>/events: {"results": [event, ...], "next"}
    with the events as ingested (canonical JSON), in occurred_at order."""

    @extend_schema(
        operation_id="session_events",
        summary="Read a session's events, oldest first",
        description=(
            "Events as ingested (canonical JSON: keys sorted), in `occurred_at` order. The "
            "session id is percent-encoded as one path segment (`/` as `%2F`). Follow `next` "
            "from the first page: each event comes exactly once, even while ingest runs. A "
            "page holds at most `page_size` events and stops early at its byte budget."
        ),
        parameters=[
            OpenApiParameter(
                "cursor", str, description="from the previous page's `next`"
            ),
            OpenApiParameter("page_size", int, description="events per page, 1-1000"),
        ],
        responses={
            200: SessionPageSerializer,
            400: OpenApiResponse(InvalidSerializer, "bad session id, cursor or size"),
            401: OpenApiResponse(ErrorSerializer, "no or a wrong bearer token"),
        },
    )
    def get(self, request, session_id: str):
        try:
            SESSION_ID_FIELD.run_validation(session_id)
        except ValidationError as exc:
            issues = [
                {"pointer": "/session_id", "message": issue["message"]}
                for issue in validation_issues(exc.detail)
            ]
            return error_response(400, "not a session id", **capped(issues))
        try:
            page_size = page_size_of(
                request.query_params.get("page_size"),
                settings.CLONE_READ_PAGE_SIZE,
                settings.CLONE_READ_MAX_PAGE_SIZE,
            )
            cursor = request.query_params.get("cursor")
            after = Cursor.decode(cursor) if cursor is not None else None
        except BadPageRequest as exc:
            return error_response(400, str(exc))
        page = session_page(
            session_id, after, page_size, settings.CLONE_READ_MAX_PAGE_BYTES
        )
        next_url = None
        if page.next is not None:
            path = reverse(
                "recording-session-events", kwargs={"session_id": session_id}
            )
            query = urlencode({"cursor": page.next.encode(), "page_size": page_size})
            next_url = request.build_absolute_uri(f"{path}?{query}")
        # The stored texts are the events' JSON: the page is written around them as is.
        text = (
            '{"results":['
            + ",".join(page.bodies)
            + '],"next":'
            + json.dumps(next_url)
            + "}"
        )
        return HttpResponse(text, content_type="application/json")
