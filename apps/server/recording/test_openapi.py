"""The API described for its clients: the OpenAPI 3.1 document drf-spectacular generates is
committed current, validates with an OpenAPI validator, is served at /api/schema, and
describes the event body as `oneOf` the generated serializers with a `discriminator`."""

import json

import pytest
from django.conf import settings
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from recording.management.commands.openapi import render_document
from recording.serializers import CLONE_EVENT_SERIALIZERS, CLONE_EVENT_TYPES

COMMITTED = settings.CLONE_OPENAPI_DOCUMENT


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_the_committed_document_is_what_spectacular_generates_now():
    assert COMMITTED.read_text(encoding="utf-8") == render_document(), (
        "apps/server/openapi.json is stale: run `pnpm protocol:gen`"
    )


def test_the_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises on any error


def test_the_validator_rejects_a_broken_document(document):
    broken = json.loads(json.dumps(document))
    broken["paths"]["/api/recording/events"]["post"]["responses"]["201"] = {"x": 1}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_the_event_is_one_of_the_generated_serializers_by_type(document):
    schemas = document["components"]["schemas"]
    event = schemas["CloneEvent"]
    variants = {
        tag: f"#/components/schemas/{cls.__name__.removesuffix('Serializer')}"
        for tag, cls in CLONE_EVENT_SERIALIZERS.items()
    }
    assert event["discriminator"] == {"propertyName": "type", "mapping": variants}
    assert [item["$ref"] for item in event["oneOf"]] == list(variants.values())
    assert tuple(variants) == CLONE_EVENT_TYPES
    body = document["paths"]["/api/recording/events"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/IngestBody"
    }
    assert {"$ref": "#/components/schemas/CloneEvent"} in schemas["IngestBody"]["oneOf"]


def test_each_variant_says_what_the_schema_says(document):
    schemas = document["components"]["schemas"]
    frame = schemas["CaptureFrameEvent"]
    assert frame["description"].startswith("A screen frame was captured")
    assert frame["additionalProperties"] is False
    assert frame["then"] == {"required": ["source_detail"]}
    properties = frame["properties"]
    # Each field's description is the JSON Schema's (the serializers' help_text), the rest its type.
    events = json.loads(settings.CLONE_EVENTS_SCHEMA.read_text(encoding="utf-8"))
    described = events["definitions"]["CaptureFrameEvent"]["properties"]
    for name in ("id", "occurred_at", "content_hash"):
        assert properties[name].pop("description") == described[name]["description"]
    assert properties["id"] == {
        "type": "string",
        "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F]*$",
        "maxLength": 256,
        "minLength": 1,
    }
    assert properties["occurred_at"] == {"type": "string", "format": "date-time"}
    assert properties["content_hash"] == {"type": ["string", "null"]}
    assert properties["width"]["maximum"] == 2**53 - 1
    # A described reference: OpenAPI 3.1 puts the description beside an `allOf` of the one `$ref`.
    tag_property = properties["type"]
    assert tag_property["description"] == described["type"]["description"]
    (tag_ref,) = tag_property["allOf"]
    tag = schemas[tag_ref["$ref"].rsplit("/", 1)[1]]
    assert tag == {"enum": ["capture.frame"], "type": "string"}
    assert set(frame["required"]) == {
        "id", "session_id", "occurred_at", "source", "type",
        "uri", "content_hash", "width", "height",
    }  # fmt: skip


def test_every_answer_of_the_api_is_described(document):
    post = document["paths"]["/api/recording/events"]["post"]["responses"]
    assert set(post) >= {"200", "201", "400", "401", "409", "413", "415", "503"}
    get = document["paths"]["/api/recording/sessions/{session_id}/events"]["get"]
    assert {p["name"] for p in get["parameters"]} == {
        "session_id",
        "cursor",
        "page_size",
    }
    assert (
        document["components"]["securitySchemes"]["ingestToken"]["scheme"] == "bearer"
    )


def test_the_document_is_served_as_committed_without_a_token(client):
    from rest_framework.test import APIClient

    response = APIClient().get("/api/schema")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oai.openapi+json"
    assert response.content == COMMITTED.read_bytes()
