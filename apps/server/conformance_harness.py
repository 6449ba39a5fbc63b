"""The Python side of the cross-language conformance run (issue 5; driven by
packages/conformance/src/runners/python.ts). One long-lived process:

    python conformance_harness.py --family NAME SCHEMA_JSON SERIALIZERS_PY [--family ...]

reads one JSON request per line on stdin and writes one JSON answer per line on stdout, in order:

    in:  {"id": 1, "family": "CloneEvents", "schema": "CloneEvent",
          "serializer": "CloneEventSerializer", "instance": {...}}
    out: {"id": 1, "jsonschema": true, "fastjsonschema": true, "drf": true, "drf_unchanged": true}

`jsonschema` and `fastjsonschema` validate against `{"$ref": "#/definitions/<schema>"}` in the
family's generated JSON Schema document, held to the same `date-time` rule as AJV (the generated
JSON_SCHEMA_FORMATS, through recording.schema_validation). `drf` is the verdict of the generated
serializer (or enum field) class `serializer` of the family's module, null when there is none;
`drf_unchanged` says whether a valid instance's validated data equals the input as JSON (no
coercion, no defaults). A request that cannot be judged gets {"id": ..., "error": "..."}.
"""

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clone_server.settings")

import django

django.setup()

from recording.schema_validation import make_engine

ENGINES = ("jsonschema", "fastjsonschema")


def load_module(name: str, path: str):
    spec = importlib.util.spec_from_file_location(f"conformance_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Family:
    """One schema family: its JSON Schema document and its generated serializers module."""

    def __init__(self, name: str, schema_path: str, serializers_path: str):
        self.document = json.loads(Path(schema_path).read_text(encoding="utf-8"))
        self.definitions_key = "$defs" if "$defs" in self.document else "definitions"
        self.module = load_module(name, serializers_path)
        self.engines: dict[str, dict] = {}
        self.fields: dict[str, object] = {}

    def engines_for(self, schema: str) -> dict:
        engines = self.engines.get(schema)
        if engines is None:
            # Only what a `$ref` into the document needs: its dialect and its definitions.
            wrapper = {
                key: self.document[key]
                for key in ("$schema", self.definitions_key)
                if key in self.document
            }
            wrapper["$ref"] = f"#/{self.definitions_key}/{schema}"
            patterns = self.module.JSON_SCHEMA_PATTERNS
            engines = {name: make_engine(name, wrapper, patterns) for name in ENGINES}
            self.engines[schema] = engines
        return engines

    def drf(self, class_name: str | None, instance) -> tuple[bool | None, bool | None]:
        if class_name is None:
            return None, None
        cls = getattr(self.module, class_name)
        if issubclass(cls, self.module._drf.Serializer):
            serializer = cls(data=instance)
            if not serializer.is_valid():
                return False, None
            return True, self.module._json_equal(serializer.validated_data, instance)
        field = self.fields.get(class_name)
        if field is None:
            field = self.fields[class_name] = cls()
        try:
            data = field.run_validation(instance)
        except self.module._drf.ValidationError:
            return False, None
        return True, self.module._json_equal(data, instance)


def answer(families: dict[str, Family], request: dict) -> dict:
    family = families[request["family"]]
    instance = request["instance"]
    engines = family.engines_for(request["schema"])
    out = {"id": request["id"]}
    for name, engine in engines.items():
        out[name] = engine.is_valid(instance)
    out["drf"], out["drf_unchanged"] = family.drf(request.get("serializer"), instance)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--family",
        nargs=3,
        action="append",
        required=True,
        metavar=("NAME", "SCHEMA_JSON", "SERIALIZERS_PY"),
    )
    args = parser.parse_args()
    families = {name: Family(name, schema, py) for name, schema, py in args.family}
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
