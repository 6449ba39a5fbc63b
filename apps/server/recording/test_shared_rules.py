"""The rules several languages share, written once in packages/schema, against the vectors
every language's copy is held to (packages/schema/rules/): the generated module's calendar
formats (generated from @clone/schema's CALENDAR_FORMATS), its JSON pointer helper and its
`multipleOf`; and the wire contract's refusal of unpaired surrogates (I-JSON)."""

import json
from datetime import UTC, datetime

import pytest

from conftest import REPO_ROOT, import_file, run_codegen
from recording import serializers, wire
from recording.store import parse_occurred_at

RULES_DIR = REPO_ROOT / "packages" / "schema" / "rules"


def rule_vectors(name: str) -> dict:
    data = json.loads((RULES_DIR / name).read_text(encoding="utf-8"))
    data.pop("$comment", None)
    return data


CALENDAR_VECTORS = rule_vectors("calendar-formats.json")
POINTER_VECTORS = rule_vectors("json-pointer.json")["pointers"]
SURROGATE_VECTORS = rule_vectors("unpaired-surrogates.json")["vectors"]


def generated_object_module(tmp_path_factory, title: str, properties: dict):
    """The python-drf module generated from a draft-07 object schema of `properties`."""
    out = tmp_path_factory.mktemp(title.lower())
    document = out / f"{title.lower()}.schema.json"
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        "type": "object",
        "properties": properties,
    }
    document.write_text(json.dumps(schema), encoding="utf-8")
    run_codegen(
        "gen", "--input", str(document), "--target", "python-drf", "--out", str(out)
    )
    [module_path] = sorted(out.glob("*.py"))
    return import_file(module_path, f"generated_{title.lower()}_serializers")


@pytest.fixture(scope="module")
def every_calendar_format(tmp_path_factory):
    """A module generated from a schema that uses every calendar format the vectors cover."""
    properties = {
        name.replace("-", "_"): {"type": "string", "format": name}
        for name in CALENDAR_VECTORS
    }
    return generated_object_module(tmp_path_factory, "Calendar", properties)


def test_vectors_cover_the_calendar_formats(every_calendar_format):
    assert sorted(CALENDAR_VECTORS) == [
        "date",
        "date-time",
        "iso-date-time",
        "iso-time",
        "time",
    ]
    assert sorted(every_calendar_format.CALENDAR_FORMATS) == sorted(CALENDAR_VECTORS)


@pytest.mark.parametrize("format_name", sorted(CALENDAR_VECTORS))
def test_generated_calendar_format_checks_follow_the_rule(
    format_name, every_calendar_format
):
    check = every_calendar_format.JSON_SCHEMA_FORMATS[format_name]
    vectors = CALENDAR_VECTORS[format_name]
    assert vectors["valid"] and vectors["invalid"]
    wrong = [v for v in vectors["valid"] if not check(v)] + [
        v for v in vectors["invalid"] if check(v)
    ]
    assert wrong == [], f"{format_name}: wrong verdict on {wrong!r}"


def test_the_committed_module_checks_date_times_by_the_rule():
    check = serializers.JSON_SCHEMA_FORMATS["date-time"]
    vectors = CALENDAR_VECTORS["date-time"]
    assert all(check(v) for v in vectors["valid"])
    assert not any(check(v) for v in vectors["invalid"])


def test_the_store_reads_instants_with_the_modules_syntax():
    assert parse_occurred_at("2024-02-29T23:59:59.1234567+05:30") == datetime(
        2024, 2, 29, 18, 29, 59, 123456, tzinfo=UTC
    )
    assert parse_occurred_at("2026-01-31t09:30:00z") == datetime(
        2026, 1, 31, 9, 30, tzinfo=UTC
    )
    assert parse_occurred_at("2026-01-01T00:30:00-01:00") == datetime(
        2026, 1, 1, 1, 30, tzinfo=UTC
    )


def test_json_pointers_follow_the_shared_vectors():
    assert len(POINTER_VECTORS) > 10
    for vector in POINTER_VECTORS:
        assert serializers.json_pointer(vector["tokens"]) == vector["pointer"], vector


def test_validation_issues_point_with_the_helper():
    issues = serializers.validation_issues({"a/b": {"m~n": ["bad"]}})
    assert issues == [{"pointer": "/a~1b/m~0n", "message": "bad"}]


MULTIPLE_OF_VECTORS = rule_vectors("multiple-of.json")["vectors"]


@pytest.fixture(scope="module")
def numbers_module(tmp_path_factory):
    """A module generated from a schema with a number and an integer field of every divisor
    the vectors use."""
    divisors = sorted({divisor for _, divisor, _ in MULTIPLE_OF_VECTORS})
    properties = {
        f"n{index}": {"type": "number", "multipleOf": divisor}
        for index, divisor in enumerate(divisors)
    }
    properties["any"] = {"type": "number"}
    properties["count"] = {"type": "integer"}
    return generated_object_module(tmp_path_factory, "Numbers", properties), divisors


def test_generated_multiple_of_follows_the_rule(numbers_module):
    module, divisors = numbers_module
    assert any(multiple for *_, multiple in MULTIPLE_OF_VECTORS)
    assert any(not multiple for *_, multiple in MULTIPLE_OF_VECTORS)
    wrong = []
    for value, divisor, multiple in MULTIPLE_OF_VECTORS:
        serializer = module.NumbersSerializer(
            data={f"n{divisors.index(divisor)}": value}
        )
        if serializer.is_valid() != multiple:
            wrong.append((value, divisor, multiple))
    assert wrong == []


def test_numbers_beyond_the_doubles_are_no_numbers(numbers_module):
    # Python reads a JSON number of any size; JavaScript reads these as Infinity (which AJV
    # refuses) and Swift refuses them: the fields refuse them too. They used to raise
    # OverflowError out of the serializer (an int too large for a float).
    module, _ = numbers_module
    huge = json.loads("1" * 400)
    for data in ({"any": huge}, {"count": huge}, {"any": -huge}, {"n0": huge}):
        serializer = module.NumbersSerializer(data=data)
        assert not serializer.is_valid()
        [field] = data
        assert serializer.errors[field][0].code == "type", data
    assert module.NumbersSerializer(data={"any": 1.7976931348623157e308}).is_valid()


def test_there_are_surrogate_vectors_of_both_kinds():
    offsets = [offset for _, offset, _ in SURROGATE_VECTORS]
    assert any(offset is None for offset in offsets)
    assert any(offset is not None for offset in offsets)


@pytest.mark.parametrize(
    ("text", "offset", "shows"),
    SURROGATE_VECTORS,
    ids=[shows for _, _, shows in SURROGATE_VECTORS],
)
def test_the_wire_refuses_exactly_the_unpaired_surrogates(text, offset, shows):
    raw = text.encode("utf-8")
    if offset is None:
        assert wire.parse(raw, max_values=1000) == json.loads(text)
    else:
        with pytest.raises(wire.WireError) as refused:
            wire.parse(raw, max_values=1000)
        assert refused.value.status == 400
        assert "not I-JSON" in refused.value.detail
