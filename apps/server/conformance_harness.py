"""The Python side of the cross-language conformance run (driven by
packages/conformance/src/runners/python.ts). One long-lived process:

    python conformance_harness.py --families FAMILIES_JSON

FAMILIES_JSON lists the families to judge, each
`{"name", "document", "dialect", "base", "remote", "serializers"}`: the JSON Schema document
(path) in its dialect ("draft-04" ... "2020-12"), the URI it is known by, the remote URIs its
`$ref`s reach (each stands for the empty schema: nothing is fetched) and the generated DRF
serializers module (path). It reads one JSON request per line on stdin and writes one JSON
answer per line on stdout, in order:

    in:  {"id": 1, "family": "CloneEvents", "fragment": "#/definitions/CloneEvent",
          "serializer": "CloneEventSerializer", "instance": {...}}
    out: {"id": 1, "jsonschema": true, "fastjsonschema": true, "drf": true,
          "drf_unchanged": true}

`jsonschema` (the validator class of the document's dialect) and `fastjsonschema` (null for
dialects after draft-07, which it does not implement) validate against the schema at `fragment`
of the document ("#" is the document itself), held to the same `format` rules as AJV and the
serializers: the module's JSON_SCHEMA_FORMATS. `drf` is the verdict of the module's class
`serializer` (a serializer, or a field class such as an enum's or an alias's);
`drf_unchanged` says whether a valid instance's validated data equals the input as JSON (no
coercion, no defaults). An engine that cannot compile one of the document's patterns with
Python's `re` (`\\p{L}`, which ECMA-262 has and `re` does not) answers
{"unreadable_pattern": "<re's message>"} in its place, and the other engines still answer;
so does fastjsonschema where it refuses to compile a schema JSON Schema allows, with
{"refused_schema": "<its message>"}. A request that cannot be judged gets
{"id": ..., "error": "..."}.
"""

import argparse
import importlib.util
import json
import os
import re
import sys
import urllib.parse
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clone_server.settings")

import django

django.setup()

import fastjsonschema  # Django is set up before DRF (and its users) are imported
import fastjsonschema.draft07
import fastjsonschema.generator
import jsonschema
import referencing
import referencing.jsonschema

from recording.schema_validation import ecmascript_pattern_keyword


def annotation_only(generator) -> None:
    """Writes no check for the keyword: it is an annotation."""


# Draft-07 leaves `contentEncoding` and `contentMediaType` to each validator: it MAY assert them,
# and SHOULD then offer to switch that off; 2019-09 on make them annotations. AJV, jsonschema, the
# serializers and Swift read them as annotations, the toolkit's reading. fastjsonschema asserts
# base64 and application/json in draft-07 with no switch (and refuses "", which is base64 of
# nothing), so this harness is that switch, as its format table stands in for fastjsonschema's own.
fastjsonschema.draft07.CodeGeneratorDraft07.generate_content_encoding = annotation_only
fastjsonschema.draft07.CodeGeneratorDraft07.generate_content_media_type = (
    annotation_only
)

#: The most Python source (characters) the harness lets fastjsonschema write for one schema. Its
#: detailed errors spell the failing schema, each `$ref` in it replaced by the schema it names, into
#: every raise, so the source grows with the document's size times its refs to large schemas:
#: Renovate's 2.27 MB schema became 382 MB of source, and Python's compile() of that took more than
#: 20 GB (the run was killed). Compiling takes some 40 to 130 bytes of memory per byte of source;
#: the largest source of the schemas swept so far is Vega-Lite's root (23 MB: 0.9 GB, 3 s).
MAX_FASTJSONSCHEMA_SOURCE = 32_000_000


class TooMuchSource(ValueError):
    """fastjsonschema writing more Python source for a schema than the harness compiles."""

    def __init__(self):
        super().__init__(
            f"fastjsonschema writes more than {MAX_FASTJSONSCHEMA_SOURCE:,} characters of Python "
            "source for the schema (its detailed errors spell the schema, each $ref expanded, in every raise)"
        )


class BoundedSource(list):
    """fastjsonschema's generated lines (2.x: CodeGenerator._code, appended to line by line), which
    stop the generation once they pass MAX_FASTJSONSCHEMA_SOURCE: before compile() is asked to read
    them, and before the generation itself takes the memory."""

    def __init__(self):
        super().__init__()
        self.size = 0

    def append(self, line: str) -> None:
        self.size += len(line) + 1  # and its newline
        if self.size > MAX_FASTJSONSCHEMA_SOURCE:
            raise TooMuchSource()
        super().append(line)

    def pop(self, *args) -> str:
        # fastjsonschema takes back a line it merges with the next block's (indent.py).
        line = super().pop(*args)
        self.size -= len(line) + 1
        return line


def with_bounded_source(generator_init):
    """fastjsonschema.compile makes its generator itself; every generator class (draft-04 on) sets
    its lines in CodeGenerator.__init__, so they are bounded there."""

    def init(self, *args, **kwargs):
        generator_init(self, *args, **kwargs)
        self._code = BoundedSource()

    return init


#: The schemas (by URI) whose own validation function passes MAX_FASTJSONSCHEMA_SOURCE: a later
#: schema that needs one is refused as the function is asked for, not after writing up to the bound
#: again (some 10 s each). Renovate's ~290 manager definitions are each `$ref: "#"` beside keywords
#: of their own, so each compile needed the root's function (190 MB of source alone).
FUNCTIONS_OF_TOO_MUCH_SOURCE: set[str] = set()


def with_functions_of_too_much_source_refused(generate_validation_function):
    """A function's source depends only on its schema (fastjsonschema writes one per URI, from the
    schema the URI resolves to), so one that passed the bound alone passes it in every compile."""

    def generate(self, uri, name):
        if uri in FUNCTIONS_OF_TOO_MUCH_SOURCE:
            raise TooMuchSource()
        start = self._code.size
        try:
            generate_validation_function(self, uri, name)
        except TooMuchSource:
            if self._code.size - start > MAX_FASTJSONSCHEMA_SOURCE:
                FUNCTIONS_OF_TOO_MUCH_SOURCE.add(uri)
            raise

    return generate


fastjsonschema.generator.CodeGenerator.__init__ = with_bounded_source(
    fastjsonschema.generator.CodeGenerator.__init__
)
fastjsonschema.generator.CodeGenerator.generate_validation_function = (
    with_functions_of_too_much_source_refused(
        fastjsonschema.generator.CodeGenerator.generate_validation_function
    )
)

VALIDATORS = {
    "draft-04": jsonschema.Draft4Validator,
    "draft-06": jsonschema.Draft6Validator,
    "draft-07": jsonschema.Draft7Validator,
    "2019-09": jsonschema.Draft201909Validator,
    "2020-12": jsonschema.Draft202012Validator,
}
#: The dialects fastjsonschema implements, by the `$schema` it reads them from.
FASTJSONSCHEMA_DIALECTS = {
    "draft-04": "http://json-schema.org/draft-04/schema#",
    "draft-06": "http://json-schema.org/draft-06/schema#",
    "draft-07": "http://json-schema.org/draft-07/schema#",
}


def load_module(name: str, path: str):
    spec = importlib.util.spec_from_file_location(f"conformance_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def format_names(schema) -> set[str]:
    """Every `format` the document names (a string under a `format` key, at any depth)."""
    if isinstance(schema, list):
        return set().union(*(format_names(item) for item in schema))
    if not isinstance(schema, dict):
        return set()
    names = {schema["format"]} if isinstance(schema.get("format"), str) else set()
    return names.union(*(format_names(value) for value in schema.values()))


def accept_any(value) -> bool:
    return True


def without_key(schema, key: str):
    """`schema` without `key` at its top (a schema that is not an object as it is)."""
    if not isinstance(schema, dict):
        return schema
    return {name: value for name, value in schema.items() if name != key}


def without_fragment(uri: str) -> str:
    return urlunsplit(urlsplit(uri)._replace(fragment=""))


def ref_values(schema) -> set[str]:
    """Every `$ref` string of the document, at any depth (inside values too: fastjsonschema compiles those as well)."""
    if isinstance(schema, list):
        return set().union(*(ref_values(item) for item in schema))
    if not isinstance(schema, dict):
        return set()
    refs = {schema["$ref"]} if isinstance(schema.get("$ref"), str) else set()
    return refs.union(*(ref_values(value) for value in schema.values()))


def refs_by_place(schema, specification) -> tuple[set[str], set[str]]:
    """The document's `$ref` strings in its schemas, and those it holds elsewhere: inside a value
    (`examples`, `default`…) or an annotation's (a keyword the dialect does not define, Stripe's
    `x-expansionResources: {oneOf: [{$ref: …}]}`), data a `$ref` there is part of. Its schemas are
    the places the dialect's specification says hold one (referencing's subresources_of), not every
    key's value."""
    in_schemas: set[str] = set()
    pending = [schema]
    while pending:
        node = pending.pop()
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("$ref"), str):
            in_schemas.add(node["$ref"])
        try:
            pending.extend(specification.subresources_of(node))
        except (AttributeError, TypeError):
            # A keyword of schemas holding no schema where the specification expects a map or a list
            # (referencing reads `dependencies` by its first value): the rest of the node is data.
            continue
    return in_schemas, ref_values(schema) - in_schemas


def resolves_in(document, fragment: str) -> bool:
    """Whether a JSON pointer fragment (`/components/schemas/Pet`) names a place in `document`."""
    node = document
    for part in fragment.split("/")[1:]:
        part = unquote(part).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def unresolved_value_ref(
    document, base: str, specification, message: str
) -> str | None:
    """The `$ref` inside a value that fastjsonschema failed to resolve ("Unresolvable ref: PART"),
    where only a value names it: one pointing into this document at a place that is not there
    (AsyncAPI's examples of `{"$ref": "#/components/schemas/Pet"}`), none of its schemas' refs."""
    prefix = "Unresolvable ref: "
    if not message.startswith(prefix):
        return None
    part = message[len(prefix) :]
    in_schemas, in_values = refs_by_place(document, specification)
    for ref in sorted(in_values - in_schemas):
        uri = urljoin(base, ref)
        fragment = urlsplit(uri).fragment
        if without_fragment(uri) != base or resolves_in(document, fragment):
            continue
        if part in (fragment, *(unquote(p) for p in fragment.split("/"))):
            return uri
    return None


def join_references_under(uris) -> None:
    """Python's urljoin resolves a reference against a base only under the schemes it lists
    (urllib.parse.uses_relative, uses_netloc); RFC 3986, which JSON Schema resolves `$ref`s by, does
    under any. Under `ng-cli://config/schema.json` (Angular's workspace schema) `#/definitions/x`
    stayed unjoined, and fastjsonschema refused the document ("Unresolvable ref: definitions"). Each
    scheme of the document's own URIs is listed as relative (urljoin reads the lists on every call),
    and as one with an authority only where such a URI has one (`scheme://`): urljoin writes `//`
    after every scheme of uses_netloc, so a URN listed there (OCPP 2.0.1's
    `urn:OCPP:Cp:2:2020:3:BootNotificationRequest`) became `urn:///OCPP:…`, a document neither
    validator has, and both refused every instance."""
    for uri in uris:
        scheme = urlsplit(uri).scheme
        if not scheme:
            continue
        lists = [urllib.parse.uses_relative]
        if uri.startswith(f"{scheme}://"):
            lists.append(urllib.parse.uses_netloc)
        for listed in lists:
            if scheme not in listed:
                listed.append(scheme)


def fastjsonschema_function_name(uri: str) -> str:
    """The name fastjsonschema (2.x, RefResolver.get_scope_name) gives the function it compiles for
    the schema at `uri`: every character but letters and digits an underscore, lower-cased."""
    name = "validate_" + unquote(uri).replace("~1", "_").replace("~0", "_").replace(
        '"', ""
    )
    return re.sub(r"($[^a-zA-Z]|[^a-zA-Z0-9])", "_", name).lower().rstrip("_")


class SharedFunctionName(ValueError):
    """fastjsonschema compiles one function per name and calls it for every schema of that name, so
    two refs whose targets differ only in case or punctuation (Vega-Lite's `MarkPropDef<number>` and
    `MarkPropDef<number[]>`) are both checked by the first one's schema."""

    def __init__(self, first: str, second: str):
        super().__init__(
            f"the refs {first} and {second} share one function name in its generated code"
        )


def shared_function_name(document, base: str) -> SharedFunctionName | None:
    """Two `$ref` targets of the document (resolved against its base; nested `$id`s aside) that
    fastjsonschema would check with one function, if any."""
    targets: dict[str, str] = {}
    for ref in sorted(ref_values(document)):
        uri = urljoin(base, ref)
        first = targets.setdefault(fastjsonschema_function_name(uri), uri)
        if first != uri:
            return SharedFunctionName(first, uri)
    return None


class Family:
    """One family: its JSON Schema document, its engines and its generated serializers."""

    def __init__(self, spec: dict):
        self.document = json.loads(Path(spec["document"]).read_text(encoding="utf-8"))
        self.dialect = spec["dialect"]
        self.base = spec["base"]
        self.remote = set(spec["remote"])
        self.module = load_module(spec["name"], spec["serializers"])
        formats = self.module.JSON_SCHEMA_FORMATS
        self.checker = jsonschema.FormatChecker(formats=())
        for name, check in formats.items():
            self.checker.checks(name)(check)
        # fastjsonschema checks some formats of its own; the module's table replaces them all. A
        # format it knows and the table does not check (iri-reference, idn-email: no rule of the
        # toolkit's, unknown to AJV) passes every string, as it does for AJV and the serializers.
        self.fast_formats = {name: accept_any for name in format_names(self.document)}
        self.fast_formats.update(formats)
        self.fast_shared_name = shared_function_name(self.document, self.base)
        self.registry = self.make_registry()
        # jsonschema runs `pattern` as the serializers do: through the module's translation of
        # each ECMAScript pattern (Python's own `$` also matches before a final newline).
        self.validator_class = jsonschema.validators.extend(
            VALIDATORS[self.dialect],
            {"pattern": ecmascript_pattern_keyword(self.module.JSON_SCHEMA_PATTERNS)},
        )
        self.engines: dict[str, dict] = {}
        self.fields: dict[str, object] = {}

    @property
    def specification(self) -> referencing.Specification:
        """The dialect's specification: which keywords hold schemas, and how `$ref`s resolve."""
        return referencing.jsonschema.specification_with(
            VALIDATORS[self.dialect].META_SCHEMA["$schema"]
        )

    def make_registry(self) -> referencing.Registry:
        specification = self.specification
        empty = referencing.Resource(contents={}, specification=specification)

        def retrieve(uri: str):
            if without_fragment(uri) in self.remote:
                return empty
            raise referencing.exceptions.NoSuchResource(ref=uri)

        # The registry holds the document without its `$schema` (the specification says the
        # dialect): jsonschema picks the validator class of a `$ref`'s target by its `$schema`,
        # so the root ("#", a file's top-level schema) was judged by the stock class, whose
        # `pattern` is Python's (`\w` matched "²"), not by the extended one below.
        document = referencing.Resource(
            contents=without_key(self.document, "$schema"), specification=specification
        )
        registry = referencing.Registry(retrieve=retrieve).with_resource(
            self.base, document
        )
        try:
            return registry.crawl()
        except AttributeError:
            # referencing (0.37) decides whether a draft-04/06/07 `dependencies` holds schemas
            # by its first value alone, and its crawl dies on a list after a schema. jsonschema
            # only crawls when a lookup misses, so it validates such a document; so does this,
            # uncrawled (a lookup that then needs the crawl fails as jsonschema's would).
            return registry

    def fetch(self, uri: str):
        """fastjsonschema's handler for absolute URIs: this document, or a remote stand-in."""
        plain = without_fragment(uri)
        if plain == self.base:
            return self.document
        if plain in self.remote:
            return {}
        raise ValueReference(uri)

    def engines_for(self, fragment: str) -> dict:
        engines = self.engines.get(fragment)
        if engines is None:
            ref = {"$ref": f"{self.base}{fragment}"}
            validator = self.validator_class(
                ref, registry=self.registry, format_checker=self.checker
            )
            engines = {"jsonschema": validator.is_valid, "fastjsonschema": None}
            dialect_uri = FASTJSONSCHEMA_DIALECTS.get(self.dialect)
            if dialect_uri is not None and self.fast_shared_name is not None:
                engines["fastjsonschema"] = refused_schema(self.fast_shared_name)
            elif dialect_uri is not None:
                uris = (self.base, *self.remote)
                schemes = {urlsplit(uri).scheme for uri in uris}
                join_references_under(uris)
                try:
                    compiled = fastjsonschema.compile(
                        {"$schema": dialect_uri, **ref},
                        handlers={scheme: self.fetch for scheme in schemes},
                        formats=self.fast_formats,
                        use_default=False,
                    )
                    engines["fastjsonschema"] = fast_verdict(compiled)
                except re.error as exc:
                    engines["fastjsonschema"] = unreadable_pattern(exc)
                except SyntaxError as exc:
                    # fastjsonschema writes a nested block per nested array or object, and Python
                    # compiles no more than 20 of them: its refusal, not the other engines'.
                    engines["fastjsonschema"] = refused_schema(exc)
                except fastjsonschema.JsonSchemaDefinitionException as exc:
                    named = unresolved_value_ref(
                        self.document, self.base, self.specification, str(exc)
                    )
                    engines["fastjsonschema"] = refused_schema(
                        exc if named is None else ValueReference(named, "resolved")
                    )
                except (ValueReference, TooMuchSource) as exc:
                    engines["fastjsonschema"] = refused_schema(exc)
            self.engines[fragment] = engines
        return engines

    def drf(self, class_name: str, instance) -> tuple[bool | dict, bool | None]:
        """The serializers' verdict, and whether they left the data unchanged; a refusal for a
        pattern Python's `re` cannot run answers as an unreadable pattern, as the engines do."""
        cls = getattr(self.module, class_name)
        if issubclass(cls, self.module._drf.Serializer):
            serializer = cls(data=instance)
            if not serializer.is_valid():
                return self.refusal(serializer.errors), None
            return True, self.module._json_equal(serializer.validated_data, instance)
        field = self.fields.get(class_name)
        if field is None:
            field = self.fields[class_name] = cls()
        try:
            data = field.run_validation(instance)
        except self.module._drf.ValidationError as exc:
            return self.refusal(exc.detail), None
        return True, self.module._json_equal(data, instance)

    def refusal(self, errors) -> bool | dict:
        unrunnable = unrunnable_pattern_message(errors, self.module._UNRUNNABLE_PATTERN)
        return False if unrunnable is None else {"unreadable_pattern": unrunnable}


def unrunnable_pattern_message(errors, code: str) -> str | None:
    """The message of the first error of `code` in DRF's nested errors, if any."""
    if isinstance(errors, dict):
        errors = list(errors.values())
    if isinstance(errors, list):
        for error in errors:
            found = unrunnable_pattern_message(error, code)
            if found is not None:
                return found
        return None
    return str(errors) if getattr(errors, "code", None) == code else None


def fast_verdict(compiled):
    def is_valid(instance) -> bool:
        try:
            compiled(instance)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return is_valid


def unreadable_pattern(exc: re.error):
    """The answer of an engine that cannot compile one of the document's patterns."""
    return answer_of({"unreadable_pattern": str(exc)})


class ValueReference(LookupError):
    """fastjsonschema compiles every `$ref` it finds, a value's too (`const`, `enum`, `default`,
    `examples` and annotations hold data, not schemas): it asked for a document no schema of this one refers to
    (the remote ones it refers to are all in `remote`), or for a place in this one that is not
    there, which only a value names."""

    def __init__(self, uri: str, did: str = "fetched"):
        super().__init__(f"{did} {uri}, which only a $ref inside a value names")


def refused_schema(exc: Exception):
    """The answer of fastjsonschema where it refuses to compile a schema JSON Schema allows
    (keys `required` that `additionalProperties: false` forbids: "required but not allowed"; a
    `$ref` inside a value it cannot fetch: ValueReference; code nested deeper than Python
    compiles: SyntaxError; more code than the harness compiles: TooMuchSource)."""
    return answer_of({"refused_schema": str(exc)})


def answer_of(refusal: dict):
    """An engine's answer to every instance of a schema it refused, from the refusal's words
    alone: an engine is kept per fragment for the whole run, and one holding the exception held
    its traceback, every frame of the failed compile with it (1.1 GB per fragment of Renovate's
    schema that fastjsonschema wrote too much source for, until the harness ran out of memory)."""

    def answer_for(instance) -> dict:
        return dict(refusal)

    return answer_for


def answer(families: dict[str, Family], request: dict) -> dict:
    family = families[request["family"]]
    instance = request["instance"]
    out = {"id": request["id"]}
    for name, is_valid in family.engines_for(request["fragment"]).items():
        # jsonschema compiles a pattern when it first applies it, so its re.error comes here.
        try:
            out[name] = None if is_valid is None else is_valid(instance)
        except re.error as exc:
            out[name] = unreadable_pattern(exc)(instance)
        except Exception as exc:  # noqa: BLE001 (an engine's crash is its answer alone, not the other columns')
            out[name] = {"threw": f"{type(exc).__name__}: {exc}"}
    out["drf"], out["drf_unchanged"] = family.drf(request["serializer"], instance)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", required=True, metavar="FAMILIES_JSON")
    args = parser.parse_args()
    specs = json.loads(Path(args.families).read_text(encoding="utf-8"))
    families = {spec["name"]: Family(spec) for spec in specs}
    print(json.dumps({"ready": True}), flush=True)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply = answer(families, request)
        except Exception as exc:  # noqa: BLE001 (one bad request must not end the run)
            reply = {"id": request.get("id"), "error": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(reply) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
