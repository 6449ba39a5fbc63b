"""Contract tests of the recording API and its generated serializers.

- every conformance vector (packages/schema/fixtures/CloneEvent) through the serializer and
  through the view: valid -> stored (and read back unchanged), invalid -> 400, nothing stored;
- every row of the response table in the README.
"""

import json
import os
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.core.exceptions import ImproperlyConfigured

from conftest import FIXTURES_DIR, SERVER_DIR, TOKEN, load_vectors
from recording.models import Event
from recording.schema_validation import load_schema
from recording.serializers import (
    CLONE_EVENT_TYPES,
    CloneEventSerializer,
    validation_issues,
)

URL = "/api/recording/events"
VECTORS = load_vectors("CloneEvent")
VALID = [v for v in VECTORS if v["valid"]]
INVALID = [v for v in VECTORS if not v["valid"]]


def ids(vectors):
    return [v["file"] for v in vectors]


def event(n: int = 1, **overrides) -> dict:
    base = {
        "id": f"evt-{n}",
        "session_id": "ses-1",
        "occurred_at": f"2026-01-31T09:30:{n % 60:02d}Z",
        "source": "desktop",
        "type": "app.focused",
        "app": "Terminal",
        "window_title": None,
    }
    base.update(overrides)
    return base


def session_url(session_id: str) -> str:
    """The session's events URL: the id percent-encoded as one path segment."""
    return f"/api/recording/sessions/{quote(session_id, safe='')}/events"


def post(client, body, **kwargs):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", **kwargs)


def test_there_are_vectors():
    assert len(VALID) >= 5 and len(INVALID) >= 5, FIXTURES_DIR


# ---------------------------------------------------------------------------------------
# Conformance vectors through the serializer


@pytest.mark.parametrize("vector", VALID, ids=ids(VALID))
def test_valid_vector_passes_serializer(vector):
    serializer = CloneEventSerializer(data=vector["instance"])
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == vector["instance"]


@pytest.mark.parametrize("vector", INVALID, ids=ids(INVALID))
def test_invalid_vector_fails_serializer_at_the_expected_pointer(vector):
    serializer = CloneEventSerializer(data=vector["instance"])
    assert not serializer.is_valid()
    issues = validation_issues(serializer.errors)
    expect = vector["expect"]
    if expect:
        pointers = [issue["pointer"] for issue in issues]
        assert expect["pointer"] in pointers, (issues, expect)
        messages = [i["message"] for i in issues if i["pointer"] == expect["pointer"]]
        # `expect.message` is a fragment of the TypeScript validators' message.
        assert any(expect["message"] in message for message in messages), (
            issues,
            expect,
        )


# ---------------------------------------------------------------------------------------
# Conformance vectors through the view


@pytest.mark.django_db
@pytest.mark.parametrize("vector", VALID, ids=ids(VALID))
def test_valid_vector_is_stored_and_reads_back(client, vector):
    instance = vector["instance"]
    response = post(client, instance)
    assert response.status_code == 201, response.json()
    assert response.json() == {"stored": [instance["id"]], "duplicates": []}
    assert Event.objects.count() == 1
    listed = client.get(session_url(instance["session_id"]))
    assert listed.status_code == 200
    assert listed.json()["results"] == [instance]


@pytest.mark.django_db
@pytest.mark.parametrize("vector", INVALID, ids=ids(INVALID))
def test_invalid_vector_is_rejected_and_nothing_stored(client, vector):
    response = post(client, vector["instance"])
    assert response.status_code == 400, response.json()
    errors = response.json()["errors"]
    assert errors and all(error["index"] == 0 for error in errors)
    if vector["expect"]:
        assert vector["expect"]["pointer"] in [error["pointer"] for error in errors]
    assert Event.objects.count() == 0


# ---------------------------------------------------------------------------------------
# The response table


@pytest.mark.django_db
def test_all_valid_and_new_is_201_with_the_stored_ids(client):
    batch = [event(1), event(2, type="session.started"), event(3)]
    for item in batch[1:2]:
        del item["app"], item["window_title"]
    response = post(client, {"events": batch})
    assert response.status_code == 201, response.json()
    assert response.json() == {"stored": ["evt-1", "evt-2", "evt-3"], "duplicates": []}
    assert Event.objects.count() == 3


@pytest.mark.django_db
def test_a_batch_is_all_or_nothing_on_an_invalid_event(client):
    batch = [event(1), event(2, source="integration"), event(3, width=1)]
    response = post(client, {"events": batch})
    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == [
        {
            "index": 1,
            "pointer": "/source_detail",
            "message": 'required when source is "integration"',
        },
        {
            "index": 2,
            "pointer": "/width",
            "message": "is not allowed (unknown property)",
        },
    ]
    assert "nothing was stored" in body["detail"]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_a_batch_is_all_or_nothing_on_a_conflict(client):
    assert post(client, event(1)).status_code == 201
    response = post(client, {"events": [event(2), event(1, app="Other")]})
    assert response.status_code == 409
    assert response.json()["conflicts"] == [{"index": 1, "id": "evt-1"}]
    assert list(Event.objects.values_list("event_id", flat=True)) == ["evt-1"]


@pytest.mark.django_db
def test_the_same_id_with_the_same_body_is_a_200_no_op(client):
    assert post(client, event(1)).status_code == 201
    again = post(client, event(1))
    assert again.status_code == 200
    assert again.json() == {"stored": [], "duplicates": ["evt-1"]}
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_a_repeat_inside_one_batch_is_stored_once(client):
    response = post(client, {"events": [event(1), event(1)]})
    assert response.status_code == 201
    assert response.json() == {"stored": ["evt-1"], "duplicates": ["evt-1"]}
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_the_same_id_with_a_different_body_is_409(client):
    assert post(client, event(1)).status_code == 201
    response = post(client, event(1, window_title="changed"))
    assert response.status_code == 409
    assert Event.objects.count() == 1
    assert Event.objects.get().as_event() == event(1)


@pytest.mark.django_db
def test_a_body_over_the_size_limit_is_413(client, settings):
    settings.CLONE_INGEST_MAX_BODY_BYTES = 2000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000
    response = post(client, {"events": [event(n) for n in range(1, 40)]})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_more_events_than_the_batch_limit_is_413(client, settings):
    settings.CLONE_INGEST_MAX_EVENTS = 3
    response = post(client, {"events": [event(n) for n in range(1, 5)]})
    assert response.status_code == 413
    assert Event.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("body", ['{"id": ', "not json", "", b"\xff\xff"])
def test_malformed_json_is_400(client, body):
    response = post(client, body)
    assert response.status_code == 400
    assert response.json()["detail"].startswith("malformed JSON")


@pytest.mark.django_db
@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_400_at_their_pointer(client, constant):
    response = post(client, f'{{"events": [{{"id": {constant}}}]}}')
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"index": 0, "pointer": "/id", "message": f"{constant} is not JSON"}
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body", [{"events": {}}, {"events": []}, {"events": [], "x": 1}]
)
def test_a_malformed_batch_is_400(client, body):
    assert post(client, body).status_code == 400


@pytest.mark.django_db
def test_an_unknown_type_names_the_allowed_types(client):
    response = post(client, event(1, type="screen.recorded"))
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["pointer"] == "/type"
    for allowed in CLONE_EVENT_TYPES:
        assert json.dumps(allowed) in error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong-token", f"Token {TOKEN}", "Bearer", f"Basic {TOKEN}"],
)
def test_no_or_a_wrong_bearer_token_is_401(anonymous_client, header):
    kwargs = {} if header is None else {"HTTP_AUTHORIZATION": header}
    response = post(anonymous_client, event(1), **kwargs)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    listed = anonymous_client.get("/api/recording/sessions/ses-1/events", **kwargs)
    assert listed.status_code == 401
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_an_unset_ingest_token_authorizes_nobody(settings, anonymous_client):
    settings.CLONE_INGEST_TOKEN = ""
    response = post(anonymous_client, event(1), HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 401


@pytest.mark.django_db
def test_session_events_are_in_occurred_at_order_and_paginated(client):
    batch = [
        event(1, occurred_at="2026-01-31T10:00:00+02:00"),  # 08:00Z
        event(2, occurred_at="2026-01-31T07:00:00Z"),
        event(3, occurred_at="2026-01-31t09:00:00.5z"),
        event(4, session_id="other"),
    ]
    assert post(client, {"events": batch}).status_code == 201
    page = client.get("/api/recording/sessions/ses-1/events?page_size=2").json()
    assert [e["id"] for e in page["results"]] == ["evt-2", "evt-1"]
    assert set(page) == {"results", "next"} and page["next"]
    second = client.get(page["next"]).json()
    assert [e["id"] for e in second["results"]] == ["evt-3"]
    assert second["next"] is None
    assert second["results"][0]["occurred_at"] == "2026-01-31t09:00:00.5z"


@pytest.mark.django_db
def test_responses_split_time_in_server_timing_when_enabled(client, settings):
    settings.CLONE_SERVER_TIMING = True
    response = post(client, event(1))
    timing = response["Server-Timing"]
    for part in ("parse;dur=", "schema;dur=", "serializer;dur=", "db;dur="):
        assert part in timing


def test_a_missing_schema_fails_fast_with_a_clear_message(tmp_path):
    with pytest.raises(ImproperlyConfigured, match="pnpm protocol:gen"):
        load_schema(tmp_path / "events.schema.json")
    # and the server itself refuses to start
    env = {**os.environ, "CLONE_EVENTS_SCHEMA": str(tmp_path / "missing.json")}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); import recording.views"],
        cwd=SERVER_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "clone_server.settings"},
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "events JSON Schema is missing" in result.stderr
