"""JSON Schema validation of events with the Python validators, held to the same `format`
and `pattern` rules as the TypeScript (AJV) validators through the generated
JSON_SCHEMA_FORMATS and JSON_SCHEMA_PATTERNS tables.

Two engines: ``fastjsonschema`` (compiles the schema to Python code; the default, see the
bench numbers in README) and ``jsonschema`` (the reference implementation, reports every
error with its location). Both answer the same question, `is_valid(instance)`.
"""

import functools
import json
import re
from pathlib import Path

import fastjsonschema
import jsonschema
from django.core.exceptions import ImproperlyConfigured

from .serializers import JSON_SCHEMA_FORMATS, JSON_SCHEMA_PATTERNS

ENGINES = ("fastjsonschema", "jsonschema")


def load_schema(path: Path) -> dict:
    """The events JSON Schema, or ImproperlyConfigured saying how to produce it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImproperlyConfigured(
            f"The recording server cannot start: the events JSON Schema is missing at {path}. "
            "It is generated from packages/schema/src/events.ts: run `pnpm protocol:gen` at the "
            "repository root (or point CLONE_EVENTS_SCHEMA at an events.schema.json)."
        ) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{path} is not valid JSON: {exc}") from None


def _pointer(path) -> str:
    return "".join(
        "/" + str(token).replace("~", "~0").replace("/", "~1") for token in path
    )


def ecmascript_pattern_keyword(patterns: dict):
    """jsonschema's `pattern` keyword, run as the serializers run it: through the generated
    translation of each ECMAScript pattern (Python's bare `re.search` lets `$` match before a
    final newline, so "abc\\n" would pass `^[a-z]*$`)."""

    @functools.cache
    def compiled(pattern: str) -> re.Pattern:
        return re.compile(patterns.get(pattern, pattern), re.ASCII)

    def pattern(validator, pattern, instance, schema):
        if validator.is_type(instance, "string") and not compiled(pattern).search(
            instance
        ):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")

    return pattern


class JsonSchemaEngine:
    name = "jsonschema"

    def __init__(self, schema: dict, patterns: dict = JSON_SCHEMA_PATTERNS):
        checker = jsonschema.FormatChecker(formats=())
        for format_name, check in JSON_SCHEMA_FORMATS.items():
            checker.checks(format_name)(check)
        cls = jsonschema.validators.validator_for(
            schema, default=jsonschema.Draft7Validator
        )
        cls.check_schema(schema)
        cls = jsonschema.validators.extend(
            cls, {"pattern": ecmascript_pattern_keyword(patterns)}
        )
        self._validator = cls(schema, format_checker=checker)

    def is_valid(self, instance) -> bool:
        return self._validator.is_valid(instance)

    def issues(self, instance) -> list[dict]:
        return [
            {"pointer": _pointer(error.absolute_path), "message": error.message}
            for error in self._validator.iter_errors(instance)
        ]


class FastJsonSchemaEngine:
    name = "fastjsonschema"

    def __init__(self, schema: dict, patterns: dict = JSON_SCHEMA_PATTERNS):
        # fastjsonschema reads `$` as the end of the string by itself.
        self._validate = fastjsonschema.compile(
            schema, formats=dict(JSON_SCHEMA_FORMATS), use_default=False
        )

    def is_valid(self, instance) -> bool:
        try:
            self._validate(instance)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    def issues(self, instance) -> list[dict]:
        try:
            self._validate(instance)
        except fastjsonschema.JsonSchemaValueException as exc:
            path = exc.path[1:] if exc.path and exc.path[0] == "data" else exc.path
            return [{"pointer": _pointer(path), "message": exc.message}]
        return []


class DiscriminatedEngine:
    """A document whose root is a `oneOf` with a `discriminator` mapping (OpenAPI's keyword,
    which events.schema.json writes): an instance whose tag names a variant is validated
    against that variant alone, as AJV's `discriminator` option does. Same verdicts as the
    whole `oneOf`, since every variant requires its own constant tag; without a known tag
    the whole document judges (and rejects)."""

    def __init__(self, root, tag: str, variants: dict):
        self.name = root.name
        self._root = root
        self._tag = tag
        self._variants = variants

    def _engine(self, instance):
        if type(instance) is dict:
            tag = instance.get(self._tag)
            if type(tag) is str and tag in self._variants:
                return self._variants[tag]
        return self._root

    def is_valid(self, instance) -> bool:
        return self._engine(instance).is_valid(instance)

    def issues(self, instance) -> list[dict]:
        return self._engine(instance).issues(instance)


def make_engine(name: str, schema: dict, patterns: dict = JSON_SCHEMA_PATTERNS):
    """`patterns`: the JSON_SCHEMA_PATTERNS of the serializers generated for `schema`."""
    engines = {"fastjsonschema": FastJsonSchemaEngine, "jsonschema": JsonSchemaEngine}
    if name not in engines:
        raise ImproperlyConfigured(
            f"CLONE_SCHEMA_VALIDATOR must be one of {', '.join(ENGINES)}, not {name!r}"
        )
    engine = engines[name]
    root = engine(schema, patterns)
    discriminator = schema.get("discriminator")
    if "oneOf" not in schema or not isinstance(discriminator, dict):
        return root
    context = {
        key: schema[key] for key in ("$schema", "definitions", "$defs") if key in schema
    }
    variants = {
        tag: engine({**context, "$ref": ref}, patterns)
        for tag, ref in discriminator.get("mapping", {}).items()
    }
    return DiscriminatedEngine(root, discriminator["propertyName"], variants)
