"""The conformance harness's use of fastjsonschema (conformance_harness.py)."""

import json

import fastjsonschema

import conformance_harness


def test_fastjsonschema_code_does_not_spell_the_schema_in_every_check():
    """Only the verdict is read. With detailed errors, fastjsonschema spells the failing schema
    whole, every `$ref` expanded, in each check's code: beside a root `not`, Renovate's 2 MB schema
    made 382 MB of Python and the harness ran out of memory compiling it (found by a sweep)."""
    described = {"type": "string", "description": "words " * 2000}
    definition = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "not": {"required": ["forbidden"]},
        "properties": {
            f"p{i}": {"$ref": "#/definitions/Described"} for i in range(100)
        },
        "definitions": {"Described": described},
    }
    code = fastjsonschema.compile_to_code(
        definition, **conformance_harness.FASTJSONSCHEMA_OPTIONS
    )
    # The code grows with the schema, not with the schema times its references.
    assert len(code) < 10 * len(json.dumps(definition))
    validate = fastjsonschema.compile(
        definition, **conformance_harness.FASTJSONSCHEMA_OPTIONS
    )
    validate({"p1": "x"})
    for invalid in ({"forbidden": 1}, {"p1": 1}):
        try:
            validate(invalid)
        except fastjsonschema.JsonSchemaValueException:
            continue
        raise AssertionError(f"{invalid} passed")
