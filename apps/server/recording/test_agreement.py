"""The agreement table: on every conformance vector, AJV (the TypeScript validators),
jsonschema and fastjsonschema (against the generated events.schema.json) and the generated
DRF serializer give the same verdict, and it is the one the fixture's folder states.
Any split fails the test and prints the whole table."""

import json
import shutil
import subprocess

import pytest
from django.conf import settings

from conftest import FIXTURES_DIR, REPO_ROOT, load_vectors
from recording.schema_validation import load_schema, make_engine
from recording.serializers import CloneEventSerializer, validation_issues

SCHEMA = "CloneEvent"


def ajv_rows() -> list[dict]:
    """AJV's row per vector: {file, ajvValid, issues: [{pointer, message, keyword}]}."""
    tsx = REPO_ROOT / "node_modules" / ".bin" / "tsx"
    if not tsx.exists() and not shutil.which("pnpm"):
        pytest.fail(
            "node_modules/.bin/tsx is missing: run `pnpm install` at the repo root"
        )
    command = ([str(tsx)] if tsx.exists() else ["pnpm", "-s", "tsx"]) + [
        "scripts/python/ajv-verdicts.ts",
        SCHEMA,
    ]
    result = subprocess.run(
        command, cwd=REPO_ROOT, check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def ajv_verdicts() -> dict[str, bool]:
    return {row["file"]: row["ajvValid"] for row in ajv_rows()}


def verdict(ok: bool) -> str:
    return "valid" if ok else "invalid"


def test_ajv_jsonschema_fastjsonschema_and_drf_agree_on_every_vector():
    vectors = load_vectors(SCHEMA)
    assert vectors, f"no vectors under {FIXTURES_DIR / SCHEMA}"
    schema = load_schema(settings.CLONE_EVENTS_SCHEMA)
    engines = {
        name: make_engine(name, schema) for name in ("jsonschema", "fastjsonschema")
    }
    ajv = ajv_verdicts()
    columns = ("expected", "AJV", "jsonschema", "fastjsonschema", "DRF")
    rows, splits = [], []
    for vector in vectors:
        instance = vector["instance"]
        row = {
            "expected": vector["valid"],
            "AJV": ajv.get(vector["file"]),
            "jsonschema": engines["jsonschema"].is_valid(instance),
            "fastjsonschema": engines["fastjsonschema"].is_valid(instance),
            "DRF": CloneEventSerializer(data=instance).is_valid(),
        }
        rows.append((vector["file"], row))
        if len(set(row.values())) != 1:
            splits.append(vector["file"])
    width = max(len(name) for name, _ in rows)
    lines = [f"{'vector':<{width}}  " + "  ".join(f"{c:<14}" for c in columns)]
    for name, row in rows:
        cells = "  ".join(
            f"{(verdict(row[c]) if row[c] is not None else 'MISSING'):<14}"
            for c in columns
        )
        mark = "  <-- SPLIT" if name in splits else ""
        lines.append(f"{name:<{width}}  {cells}{mark}")
    table = "\n".join(lines)
    print(f"\nAgreement table for {SCHEMA} ({len(rows)} vectors):\n{table}")
    assert not splits, f"verdicts split on {len(splits)} vector(s):\n{table}"


def test_drf_words_every_issue_as_the_typescript_validators_do():
    """Same pointers, same messages: a DRF client and a TS client read one error text."""
    invalid = [row for row in ajv_rows() if not row["ajvValid"]]
    assert invalid, "AJV judged no vector invalid"
    instances = {vector["file"]: vector["instance"] for vector in load_vectors(SCHEMA)}
    differences = []
    for row in invalid:
        serializer = CloneEventSerializer(data=instances[row["file"]])
        assert not serializer.is_valid(), row["file"]
        drf = {
            (i["pointer"], i["message"]) for i in validation_issues(serializer.errors)
        }
        ajv = {(i["pointer"], i["message"]) for i in row["issues"]}
        if drf != ajv:
            differences.append(
                f"{row['file']}:\n  AJV {sorted(ajv)}\n  DRF {sorted(drf)}"
            )
    assert not differences, "\n".join(differences)
