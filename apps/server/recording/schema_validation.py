"""JSON Schema validation of events with the Python validators, held to the same `format`
and `pattern` rules as the TypeScript (AJV) validators through the generated
JSON_SCHEMA_FORMATS and JSON_SCHEMA_PATTERNS tables.

Two engines: ``fastjsonschema`` (compiles the schema to Python code; the default, see the
bench numbers in README) and ``jsonschema`` (the reference implementation, reports every
error with its location). Both answer the same question, `is_valid(instance)`.

Each engine also says where it may accept what the generated serializers refuse (`gaps`,
named entries of FASTJSONSCHEMA_GAPS found in the schema): the ingest view trusts an engine's
"valid" alone only when it has none, and otherwise asks the serializer about every event too.
"""

import functools
import json
import re
from pathlib import Path

import fastjsonschema
import jsonschema
from django.core.exceptions import ImproperlyConfigured
from fastjsonschema.ref_resolver import RefResolver

from .serializers import JSON_SCHEMA_FORMATS, JSON_SCHEMA_PATTERNS, json_pointer

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
    #: Formats judged on every JSON type, patterns through their translation: none.
    gaps: tuple[str, ...] = ()

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
            {"pointer": json_pointer(error.absolute_path), "message": error.message}
            for error in self._validator.iter_errors(instance)
        ]


class FastJsonSchemaEngine:
    name = "fastjsonschema"

    def __init__(self, schema: dict, patterns: dict = JSON_SCHEMA_PATTERNS):
        formats = dict(JSON_SCHEMA_FORMATS)
        # Verdicts come from an equivalent schema that compiles to cheaper code and reads
        # each pattern as the serializers do; issues (the words of a rejection) come from
        # the schema as written.
        self._check = compile_without_trials(
            cheaper_equivalent(schema, patterns), formats
        )
        # fastjsonschema reads `$` as the end of the string by itself.
        self._validate = fastjsonschema.compile(
            schema, formats=formats, use_default=False
        )
        self.gaps = fastjsonschema_gaps(schema, patterns)

    def is_valid(self, instance) -> bool:
        try:
            self._check(instance)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    def issues(self, instance) -> list[dict]:
        try:
            self._validate(instance)
        except fastjsonschema.JsonSchemaValueException as exc:
            path = exc.path[1:] if exc.path and exc.path[0] == "data" else exc.path
            return [{"pointer": json_pointer(path), "message": exc.message}]
        return []


# ---------------------------------------------------------------------------------------
# Where fastjsonschema may accept what the serializers refuse, found in a schema: each
# entry tells whether a subschema (a dict) holds the construct.


def _format_off_strings(node: dict, patterns: dict) -> bool:
    """fastjsonschema calls a format check for strings only (the conformance run's known
    limitation `fastjsonschema-checks-formats-on-strings-only`): a `format` that can meet
    another JSON type (a number's `int32`) goes unchecked there."""
    return "format" in node and node.get("type") != "string"


def _unique_items(node: dict, patterns: dict) -> bool:
    """fastjsonschema compares items with Python's ==, so `[1, true]` or `[1, 1.0]` are
    judged as repeats or not other than JSON means them."""
    return node.get("uniqueItems") is True


def _untranslatable_pattern(node: dict, patterns: dict) -> bool:
    """A pattern read as the serializers read it (its Python translation, ASCII classes)
    unless the translation is missing or holds a `$`, which fastjsonschema rewrites
    wherever it stands (inside a character class too)."""
    found = []
    if isinstance(node.get("pattern"), str):
        found.append(node["pattern"])
    if isinstance(node.get("patternProperties"), dict):
        found.extend(node["patternProperties"])
    return any(_python_pattern(pattern, patterns) is None for pattern in found)


FASTJSONSCHEMA_GAPS = {
    "format-off-strings": _format_off_strings,
    "unique-items": _unique_items,
    "untranslatable-pattern": _untranslatable_pattern,
}


def fastjsonschema_gaps(schema: dict, patterns: dict) -> tuple[str, ...]:
    """The FASTJSONSCHEMA_GAPS entries that `schema` holds somewhere, sorted."""
    found = set()
    for node in _subschemas(schema):
        found.update(
            name for name, holds in FASTJSONSCHEMA_GAPS.items() if holds(node, patterns)
        )
    return tuple(sorted(found))


def _subschemas(value):
    """Every dict inside `value` (schemas and, harmlessly, `properties` maps and consts)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _python_pattern(pattern: str, patterns: dict) -> str | None:
    translated = patterns.get(pattern)
    if translated is None or "$" in translated:
        return None
    return "(?a)" + translated


# ---------------------------------------------------------------------------------------
# An equivalent schema that fastjsonschema compiles to cheaper code: it tries each branch of
# an `anyOf` under try/except, and builds an exception (with its definition) per failed
# branch, the costliest thing it does on a valid instance.


def cheaper_equivalent(schema, patterns: dict):
    """`schema` with the same verdicts: an `anyOf` of string constants is an `enum`, an
    `anyOf` of bare types is one `type` list, and each translatable `pattern` is its
    Python translation (as the serializers run it)."""
    if isinstance(schema, list):
        return [cheaper_equivalent(item, patterns) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key in ("const", "enum", "default", "examples") or key.startswith("x-"):
            out[key] = value  # data, not schemas
        elif key == "properties" and isinstance(value, dict):
            out[key] = {
                name: cheaper_equivalent(sub, patterns) for name, sub in value.items()
            }
        elif key == "patternProperties" and isinstance(value, dict):
            out[key] = {
                (_python_pattern(name, patterns) or name): cheaper_equivalent(
                    sub, patterns
                )
                for name, sub in value.items()
            }
        elif key == "pattern" and isinstance(value, str):
            out[key] = _python_pattern(value, patterns) or value
        else:
            out[key] = cheaper_equivalent(value, patterns)
    branches = out.get("anyOf")
    if isinstance(branches, list) and branches:
        if (
            "enum" not in out
            and "const" not in out
            and all(_string_constant(branch) for branch in branches)
        ):
            del out["anyOf"]
            out["enum"] = [branch["const"] for branch in branches]
        elif "type" not in out and all(_bare_type(branch) for branch in branches):
            del out["anyOf"]
            out["type"] = [branch["type"] for branch in branches]
    return out


def compile_without_trials(schema: dict, formats: dict):
    """fastjsonschema.compile(schema, formats=formats, use_default=False), with the same
    verdicts from cheaper code (its messages are never shown: `issues` words refusals with
    the schema as written):

    - an `if` that only tests one property for a string constant (`{"properties": {P:
      {"const": "v"}}, "required": [P]}`, how a tagged rule reads) is a plain test: the
      library compiles every `if` as a trial validation that raises an exception, with its
      message and definition, each time the condition is false, which is most events;
    - `required` is one subset test against a set made once (the library builds a set of
      the required keys and subtracts the object's keys, per object);
    - `properties` with `additionalProperties` false or absent (and no
      `patternProperties`) look each key up in the object itself, and "no other key" is
      one subset test (the library copies the keys into a set and removes each known one);
    - an `enum` of strings is one set lookup (the library compares with each in turn).
    """
    base = fastjsonschema._get_code_generator_class(schema)
    generator_class = type(
        "TrialFreeCodeGenerator",
        (base,),
        {
            "generate_if_then_else": _generate_if_then_else,
            "generate_required": _generate_required,
            "generate_properties": _generate_properties,
            "generate_additional_properties": _generate_additional_properties,
            "generate_enum": _generate_enum,
        },
    )
    resolver = RefResolver.from_schema(schema, handlers={}, store={})
    generator = generator_class(
        schema, resolver=resolver, formats=formats, use_default=False
    )
    state = generator.global_state
    # As fastjsonschema.compile does: the code is generated from our own schema.
    exec(generator.func_code, state)  # noqa: S102
    return functools.partial(state[resolver.get_scope_name()], custom_formats=formats)


def _generate_as_fastjsonschema(generator, method: str) -> None:
    """fastjsonschema's own code for the keyword, where the cheaper code above does not apply: the
    method of the generator class ours derives from (the next class in its MRO)."""
    getattr(type(generator).__mro__[1], method)(generator)


def _generate_if_then_else(generator):
    definition = generator._definition
    condition = _string_tag_condition(definition["if"])
    if condition is None or "else" in definition:
        return _generate_as_fastjsonschema(generator, "generate_if_then_else")
    prop, value = condition
    test = "if isinstance({variable}, dict) and isinstance({variable}.get({}), str) and {variable}[{}] == {}:"
    with generator.l(test, repr(prop), repr(prop), repr(value)):
        size = len(generator._code)
        generator.generate_func_code_block(
            definition["then"],
            generator._variable,
            generator._variable_name,
            clear_variables=True,
        )
        if len(generator._code) == size:
            generator.l("pass")


def _constant(generator, prefix: str, value) -> str:
    """The name of a constant the generated code reads (a global of the compiled module)."""
    constants = generator._extra_imports_objects
    name = f"{prefix}_{len(constants)}"
    constants[name] = value
    return name


def _generate_required(generator):
    required = generator._definition["required"]
    if not isinstance(required, list) or not all(isinstance(k, str) for k in required):
        return _generate_as_fastjsonschema(generator, "generate_required")
    keys = _constant(generator, "REQUIRED_KEYS", frozenset(required))
    test = "if isinstance({variable}, dict) and not {variable}.keys() >= " + keys + ":"
    with generator.l(test):
        generator.exc("{name} must contain {}", generator.e(required), rule="required")


def _keys_are_closed(definition: dict) -> bool:
    """Properties that need no set of the object's remaining keys: no `patternProperties`,
    and `additionalProperties` absent, true or false (not a schema the others must meet).
    """
    return "patternProperties" not in definition and definition.get(
        "additionalProperties", True
    ) in (True, False)


def _generate_properties(generator):
    definition = generator._definition
    if not _keys_are_closed(definition):
        return _generate_as_fastjsonschema(generator, "generate_properties")
    generator.create_variable_is_dict()
    with generator.l("if {variable}_is_dict:"):
        for key, prop_definition in definition["properties"].items():
            key_name = re.sub(r"($[^a-zA-Z]|[^a-zA-Z0-9])", "", key)
            with generator.l('if "{}" in {variable}:', generator.e(key)):
                generator.l(
                    '{variable}__{0} = {variable}["{1}"]', key_name, generator.e(key)
                )
                generator.generate_func_code_block(
                    prop_definition,
                    f"{generator._variable}__{key_name}",
                    "{}.{}".format(
                        generator._variable_name,
                        generator.e(key).replace("{", "{{").replace("}", "}}"),
                    ),
                    clear_variables=True,
                )


def _generate_additional_properties(generator):
    definition = generator._definition
    if definition["additionalProperties"] is not False or not _keys_are_closed(
        definition
    ):
        return _generate_as_fastjsonschema(generator, "generate_additional_properties")
    known = _constant(
        generator, "KNOWN_KEYS", frozenset(definition.get("properties", {}))
    )
    test = "if isinstance({variable}, dict) and not {variable}.keys() <= " + known + ":"
    with generator.l(test):
        generator.exc(
            "{name} must not contain other properties", rule="additionalProperties"
        )


def _generate_enum(generator):
    enum = generator._definition["enum"]
    if (
        not isinstance(enum, list)
        or not enum
        or not all(isinstance(v, str) for v in enum)
    ):
        return _generate_as_fastjsonschema(generator, "generate_enum")
    values = _constant(generator, "ENUM_STRINGS", frozenset(enum))
    with generator.l(
        "if not (isinstance({variable}, str) and {variable} in " + values + "):"
    ):
        generator.exc("{name} must be one of {}", generator.e(enum), rule="enum")


def _string_tag_condition(condition) -> tuple[str, str] | None:
    """(P, v) when `condition` holds exactly when property P is the string v."""
    if not isinstance(condition, dict) or set(condition) - _ANNOTATIONS != {
        "properties",
        "required",
    }:
        return None
    properties, required = condition["properties"], condition["required"]
    if not isinstance(properties, dict) or len(properties) != 1:
        return None
    ((prop, test),) = properties.items()
    if required != [prop] or not isinstance(test, dict):
        return None
    if set(test) - _ANNOTATIONS != {"const"} or not isinstance(test["const"], str):
        return None
    return prop, test["const"]


# Keywords that never change a verdict.
_ANNOTATIONS = frozenset(("description", "title", "$comment", "examples", "default"))
# JSON types whose fastjsonschema check is an isinstance test alone (numbers and booleans
# overlap in Python, so they stay as written).
_PLAIN_TYPES = frozenset(("string", "null", "object", "array"))


def _string_constant(branch) -> bool:
    return (
        isinstance(branch, dict)
        and isinstance(branch.get("const"), str)
        and branch.get("type", "string") == "string"
        and set(branch) - _ANNOTATIONS <= {"const", "type"}
    )


def _bare_type(branch) -> bool:
    return (
        isinstance(branch, dict)
        and branch.get("type") in _PLAIN_TYPES
        and set(branch) - _ANNOTATIONS == {"type"}
    )


class DiscriminatedEngine:
    """A document whose root is a `oneOf` with a `discriminator` mapping (OpenAPI's keyword,
    which events.schema.json writes): an instance whose tag names a variant is validated
    against that variant alone, as AJV's `discriminator` option does. Same verdicts as the
    whole `oneOf`, since every variant requires its own constant tag; without a known tag
    the whole document judges (and rejects)."""

    def __init__(self, root, tag: str, variants: dict):
        self.name = root.name
        self.gaps = root.gaps
        self._root = root
        self._tag = tag
        self._variants = variants
        # Each variant's verdict, looked up once per event (the one call an event costs here).
        self._is_valid_of = {name: engine.is_valid for name, engine in variants.items()}

    def _engine(self, instance):
        if type(instance) is dict:
            tag = instance.get(self._tag)
            if type(tag) is str and tag in self._variants:
                return self._variants[tag]
        return self._root

    def is_valid(self, instance) -> bool:
        if type(instance) is dict:
            tag = instance.get(self._tag)
            if type(tag) is str:
                is_valid = self._is_valid_of.get(tag)
                if is_valid is not None:
                    return is_valid(instance)
        return self._root.is_valid(instance)

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
