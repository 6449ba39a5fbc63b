"""The ingest path's cheaper steps keep today's verdicts and words.

- One validation path: where the JSON Schema engine has no gap (nothing in the schema it may
  accept that the serializer refuses), its "valid" settles an event and the serializer only
  words the errors of refused ones; with a gap, the serializer judges every event too.
- The engine's cheaper equivalent schema (anyOf of constants as an enum, anyOf of types as
  a type list, a tag `if` as a plain test, patterns as their Python translation) gives the
  verdicts of the reference validator, jsonschema, on the same schema.
- The store's fast SQLite datetime text is the text Django's own adaptation makes.
"""

import json
import os
import random
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from django.conf import settings
from django.db import connection

from recording import views
from recording.schema_validation import (
    FastJsonSchemaEngine,
    JsonSchemaEngine,
    fastjsonschema_gaps,
    load_schema,
    make_engine,
)
from recording.serializers import (
    JSON_SCHEMA_FORMATS,
    JSON_SCHEMA_PATTERNS,
    CloneEventSerializer,
)
from recording.store import (
    canonical_json,
    datetime_adapter,
    parse_occurred_at,
    parse_occurred_at_by_syntax,
)
from recording.tests import event

# ---------------------------------------------------------------------------------------
# Gaps


def test_the_events_schema_leaves_fastjsonschema_no_gap():
    """So the server runs one validation path on it (the bench's figures depend on it)."""
    schema = load_schema(settings.CLONE_EVENTS_SCHEMA)
    assert make_engine("fastjsonschema", schema).gaps == ()
    assert views.SCHEMA_ENGINE.gaps == ()


@pytest.mark.parametrize(
    ("schema", "gap"),
    [
        ({"type": "integer", "format": "int32"}, "format-off-strings"),
        ({"properties": {"n": {"format": "date-time"}}}, "format-off-strings"),
        ({"type": "array", "uniqueItems": True}, "unique-items"),
        ({"type": "string", "pattern": "^untranslated$"}, "untranslatable-pattern"),
        ({"patternProperties": {"^x-": {}}}, "untranslatable-pattern"),
        ({"type": "string", "pattern": "^a$"}, "untranslatable-pattern"),
    ],
)
def test_constructs_fastjsonschema_judges_more_leniently_are_gaps(schema, gap):
    patterns = {
        "^a$": "^a$"
    }  # a translation holding `$`, which fastjsonschema rewrites
    assert gap in fastjsonschema_gaps(schema, patterns)


def test_strings_with_formats_and_translated_patterns_are_no_gap():
    schema = {
        "properties": {
            "at": {"type": "string", "format": "date-time"},
            "id": {"type": "string", "pattern": "^[a-z]+$"},
        }
    }
    assert fastjsonschema_gaps(schema, {"^[a-z]+$": "^[a-z]+\\Z"}) == ()
    assert JsonSchemaEngine(schema, {"^[a-z]+$": "^[a-z]+\\Z"}).gaps == ()


# ---------------------------------------------------------------------------------------
# One validation path


class AcceptsAll:
    """An engine that accepts everything, with the gaps it is given."""

    def __init__(self, gaps=()):
        self.gaps = gaps

    def is_valid(self, instance) -> bool:
        return True

    def issues(self, instance) -> list[dict]:
        return []


class NeverCalled:
    def run_validation(self, data):
        raise AssertionError("the serializer ran on an event the engine accepted")


def timings() -> dict:
    return {"schema": 0.0, "serializer": 0.0}


def test_without_a_gap_the_serializer_never_runs_on_accepted_events():
    errors, invalid, total = views.validate_events(
        [event(1), event(2)], AcceptsAll(), NeverCalled(), timings()
    )
    assert (errors, invalid, total) == ([], 0, 0)


def test_with_a_gap_the_serializer_still_judges_every_event():
    bad = event(2, window_title=7)
    errors, invalid, total = views.validate_events(
        [event(1), bad],
        AcceptsAll(gaps=("format-off-strings",)),
        views.EVENT_SERIALIZER,
        timings(),
    )
    assert invalid == 1 and total == 1
    assert errors == [
        {"index": 1, "pointer": "/window_title", "message": "expected string or null"}
    ]


def test_a_refused_event_is_worded_by_the_serializer_as_before():
    bad = event(3, source="floppy", window_title=7)
    errors, invalid, total = views.validate_events(
        [event(1), bad], views.SCHEMA_ENGINE, views.EVENT_SERIALIZER, timings()
    )
    serializer = CloneEventSerializer(data=bad)
    assert not serializer.is_valid()
    assert invalid == 1 and total == 2
    assert {(e["pointer"], e["message"]) for e in errors} == {
        ("/source", serializer.errors["source"][0]),
        ("/window_title", serializer.errors["window_title"][0]),
    }
    assert all(e["index"] == 1 for e in errors)


# ---------------------------------------------------------------------------------------
# The cheaper equivalent schema


TAGGED = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "kind": {
            "description": "a union of string constants",
            "anyOf": [
                {"type": "string", "const": "a", "description": "A"},
                {"type": "string", "const": "b"},
            ],
        },
        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "detail": {"type": "string"},
        "code": {"type": "string", "pattern": "^\\d+$"},
    },
    "required": ["kind"],
    "if": {"properties": {"kind": {"const": "b"}}, "required": ["kind"]},
    "then": {"required": ["detail"]},
}
TAGGED_PATTERNS = {"^\\d+$": "^\\d+\\Z"}
INSTANCES = [
    {"kind": "a"},
    {"kind": "b"},
    {"kind": "b", "detail": "x"},
    {"kind": "c"},
    {"kind": 1},
    {"kind": True},
    {"kind": None},
    {},
    {"kind": "a", "note": None},
    {"kind": "a", "note": "n"},
    {"kind": "a", "note": 0},
    {"kind": "a", "note": False},
    {"kind": "a", "note": []},
    {"kind": "a", "code": "123"},
    {"kind": "a", "code": "12\n"},
    {
        "kind": "a",
        "code": "\u0663",
    },  # ARABIC-INDIC DIGIT THREE: \d only in Unicode mode
    ["kind", "b"],
    "b",
    None,
]


@pytest.mark.parametrize("instance", INSTANCES, ids=repr)
def test_the_cheaper_schema_keeps_the_reference_verdicts(instance):
    reference = JsonSchemaEngine(TAGGED, TAGGED_PATTERNS)
    engine = FastJsonSchemaEngine(TAGGED, TAGGED_PATTERNS)
    assert engine.is_valid(instance) == reference.is_valid(instance)


# A closed object (the shape of every event): required keys, known keys only, a string enum,
# a nullable key; and the same with other keys allowed by a schema or a pattern, where the
# library's own code judges them.
CLOSED = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "kind": {"enum": ["a", "b", "c{d}"]},
        "size": {"enum": [1, "1", True, None]},
        "note": {"type": ["string", "null"]},
        "n": {"type": "integer"},
    },
    "required": ["kind", "note"],
    "additionalProperties": False,
}
OPEN_BY_SCHEMA = {**CLOSED, "additionalProperties": {"type": "integer"}}
OPEN_BY_PATTERN = {**CLOSED, "patternProperties": {"^x-": {"type": "string"}}}
CLOSED_INSTANCES = [
    {"kind": "a", "note": None},
    {"kind": "c{d}", "note": "x", "n": 1},
    {"kind": "d", "note": None},
    {"kind": 1, "note": None},
    {"kind": ["a"], "note": None},
    {"kind": "a"},
    {"note": None},
    {},
    # an unknown key with a required one missing: the counts must not cancel out (issue 10)
    {"kind": "a", "other": None},
    {"kind": "a", "note": None, "other": 1},
    {"kind": "a", "note": None, "other": "s"},
    {"kind": "a", "note": None, "x-a": "s"},
    {"kind": "a", "note": None, "x-a": 1},
    {"kind": "a", "note": None, "size": 1},
    {"kind": "a", "note": None, "size": "1"},
    {"kind": "a", "note": None, "size": 1.0},
    {"kind": "a", "note": None, "size": False},
    {"kind": "a", "note": None, "size": 2},
    {"kind": "a", "note": None, "n": True},
    {"kind": "a", "note": 0},
    [],
    "a",
    None,
]


@pytest.mark.parametrize("instance", CLOSED_INSTANCES, ids=repr)
@pytest.mark.parametrize(
    "schema",
    [CLOSED, OPEN_BY_SCHEMA, OPEN_BY_PATTERN],
    ids=["closed", "open-by-schema", "open-by-pattern"],
)
def test_cheaper_required_properties_and_enums_keep_the_reference_verdicts(
    schema, instance
):
    """`required` and "no other key" as subset tests, known keys looked up in the object,
    string enums as a set: the verdicts of jsonschema, the reference."""
    reference = JsonSchemaEngine(schema, {})
    engine = FastJsonSchemaEngine(schema, {})
    assert engine.is_valid(instance) == reference.is_valid(instance)


def test_the_closed_object_test_is_the_one_the_engine_runs():
    """So the test above exercises the cheaper code, not the library's."""
    from recording.schema_validation import compile_without_trials

    check = compile_without_trials(CLOSED, {})
    code = check.func.__globals__
    assert any(name.startswith("KNOWN_KEYS") for name in code)
    assert any(name.startswith("REQUIRED_KEYS") for name in code)
    assert any(name.startswith("ENUM_STRINGS") for name in code)


def test_patterns_are_read_as_the_serializers_read_them():
    """fastjsonschema compiled the ECMAScript pattern as Python reads it, where `\\d` is any
    Unicode digit; the serializers (and AJV) take ASCII digits only."""
    engine = FastJsonSchemaEngine(TAGGED, TAGGED_PATTERNS)
    assert not engine.is_valid({"kind": "a", "code": "\u0663"})
    assert engine.is_valid({"kind": "a", "code": "3"})


def test_the_events_schema_engine_agrees_with_its_reference_on_tags_and_sources():
    schema = load_schema(settings.CLONE_EVENTS_SCHEMA)
    fast = make_engine("fastjsonschema", schema, JSON_SCHEMA_PATTERNS)
    reference = make_engine("jsonschema", schema, JSON_SCHEMA_PATTERNS)
    variants = [
        event(1),
        event(2, source="integration"),
        event(3, source="integration", source_detail="github"),
        event(4, source="integration", source_detail=""),
        event(5, source=None),
        event(6, source=1),
        event(7, source="cli"),
        event(8, window_title=None),
        event(9, window_title=3),
    ]
    for instance in variants:
        assert fast.is_valid(instance) == reference.is_valid(instance), instance


# ---------------------------------------------------------------------------------------
# The store's instants and datetime text


def valid_date_times(count: int, seed: int = 10) -> list[str]:
    """Date-times the schema accepts, spread over what changes their reading: years at the
    ends of Python's range (0000, 0001, 9999), leap days, fractions of 1-9 digits, offsets
    that push the instant past either end, `Z`, `+00:00`, `-00:00` and lowercase letters."""
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        year = rng.choice([0, 1, 2, 1970, 2024, 2026, 9998, 9999, rng.randint(0, 9999)])
        month, day = rng.randint(1, 12), rng.choice([1, 28, 29, 30, 31])
        fraction = rng.choice(
            ["", "." + "".join(rng.choices("09", k=rng.randint(1, 9)))]
        )
        offset = rng.choice(
            [
                "Z",
                "z",
                "+00:00",
                "-00:00",
                f"{rng.choice('+-')}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            ]
        )
        text = (
            f"{year:04d}-{month:02d}-{day:02d}{rng.choice('TTTt')}{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{fraction}{offset}"
        )
        if JSON_SCHEMA_FORMATS["date-time"](text):  # the store only sees valid ones
            out.append(text)
    return out


def test_instants_read_by_fromisoformat_are_the_syntaxs_reading():
    """The store reads occurred_at with datetime.fromisoformat where it can (a C call, a
    tenth of the field-by-field reading): the same instant as the module's syntax gives,
    on every kind of valid date-time, whichever way each one was read."""
    texts = valid_date_times(3000)
    fast = 0
    for text in texts:
        assert parse_occurred_at(text) == parse_occurred_at_by_syntax(text), text
        assert parse_occurred_at(text).tzinfo is UTC
        try:
            datetime.fromisoformat(text)
            fast += 1
        except ValueError:
            pass
    assert 1000 < fast < len(texts)  # both readings were exercised


def test_instants_beyond_pythons_range_are_clamped():
    assert parse_occurred_at("9999-12-31T23:59:59-01:00") == datetime.max.replace(
        tzinfo=UTC
    )
    assert parse_occurred_at("0001-01-01T00:30:00+01:00") == datetime.min.replace(
        tzinfo=UTC
    )
    assert parse_occurred_at("0000-06-01T00:00:00Z") == datetime.min.replace(tzinfo=UTC)


@pytest.mark.django_db
def test_the_fast_datetime_text_is_djangos(settings):
    if connection.vendor != "sqlite":
        assert datetime_adapter() == connection.ops.adapt_datetimefield_value
        return
    adapt = datetime_adapter()
    assert adapt is not connection.ops.adapt_datetimefield_value
    instants = [
        datetime(2026, 1, 31, 9, 30, tzinfo=UTC),
        datetime(2026, 1, 31, 9, 30, 0, 500, tzinfo=UTC),
        parse_occurred_at("2024-02-29T23:59:59.1234567+05:30"),
        parse_occurred_at("0000-01-01T00:00:00Z"),
        parse_occurred_at("9999-12-31T23:59:59-01:00"),
        datetime(2026, 6, 1, 12, tzinfo=timezone(timedelta(0))),
        datetime(2026, 6, 1, 12, 0, 0, 1, tzinfo=UTC),
        *(parse_occurred_at(text) for text in valid_date_times(300, seed=11)),
    ]
    for instant in instants:
        assert adapt(instant) == connection.ops.adapt_datetimefield_value(instant)


# ---------------------------------------------------------------------------------------
# Canonical JSON


@pytest.mark.parametrize(
    "value",
    [
        {
            "b": 1,
            "a": [1, 2.5, -0.0, 1e300, None, True, False],
            "c": {"z": {}, "y": []},
        },
        {
            "s": 'NUL \u0000 tab \t quote " backslash \\ é 😀 \u2028',
            "n": -9007199254740991,
        },
        {"": "", "\u00e9": 1, "e\u0301": 2, "Z": 3, "a": 4},
        [],
        "text",
    ],
)
def test_canonical_json_is_json_dumps_sorted_and_compact(value):
    expected = json.dumps(
        value,
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    assert canonical_json(value) == expected
    assert json.loads(canonical_json(value)) == value


def test_canonical_json_refuses_what_json_cannot_hold():
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


# ---------------------------------------------------------------------------------------
# The production command's processes


def test_the_production_command_runs_one_worker_per_core(monkeypatch):
    import importlib

    from clone_server import gunicorn_conf

    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("CLONE_SERVER_THREADS", raising=False)
    conf = importlib.reload(gunicorn_conf)
    assert conf.workers == len(os.sched_getaffinity(0))
    assert (conf.worker_class, conf.threads) == ("gthread", 8)
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert importlib.reload(gunicorn_conf).workers == 3


def test_a_worker_spaces_out_garbage_collection_and_freezes_the_preloaded_heap():
    # Why: the collector's pauses inside requests were the paced ingest bench's p99 (see
    # gunicorn_conf.post_fork); the hook must leave the worker with those settings.
    import gc

    from clone_server import gunicorn_conf

    thresholds, interval = gc.get_threshold(), sys.getswitchinterval()
    try:
        gc.set_threshold(700, 10, 10)
        gc.unfreeze()
        gunicorn_conf.post_fork(server=None, worker=None)
        assert gc.get_threshold() == gunicorn_conf.GC_THRESHOLDS
        assert gc.get_threshold()[0] > 700
        assert gc.get_freeze_count() > 0
        assert sys.getswitchinterval() == 0.001
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        sys.setswitchinterval(interval)
