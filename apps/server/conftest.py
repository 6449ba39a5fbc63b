"""Shared pytest fixtures for the recording server's tests."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SERVER_DIR = Path(__file__).resolve().parent
REPO_ROOT = SERVER_DIR.parent.parent
FIXTURES_DIR = REPO_ROOT / "packages" / "schema" / "fixtures"
TOKEN = "test-ingest-token"
# The tests run with production settings (DEBUG off), so they need a key like production.
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production")


def load_vectors(schema: str = "CloneEvent") -> list[dict]:
    """Every conformance vector of `schema`: {file, valid, instance, expect}."""
    vectors = []
    for kind in ("valid", "invalid"):
        for path in sorted((FIXTURES_DIR / schema / kind).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if kind == "valid":
                vectors.append(
                    {"file": f"{kind}/{path.name}", "valid": True, "instance": data}
                )
            else:
                vectors.append(
                    {
                        "file": f"{kind}/{path.name}",
                        "valid": False,
                        "instance": data["instance"],
                        "expect": data.get("expect"),
                        "violation": data.get("violation"),
                    }
                )
    return vectors


def codegen_command() -> list[str]:
    """How to run `pnpm codegen` from here (pnpm if it is on PATH, else tsx directly)."""
    if shutil.which("pnpm"):
        return ["pnpm", "-s", "codegen"]
    return [
        str(REPO_ROOT / "node_modules" / ".bin" / "tsx"),
        "packages/codegen/src/cli.ts",
    ]


def run_codegen(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [*codegen_command(), *args],
        cwd=REPO_ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"codegen {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


def import_file(path: Path, module_name: str):
    """Imports a generated module from any directory under a unique name."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def ingest_token(settings):
    settings.CLONE_INGEST_TOKEN = TOKEN
    return TOKEN


@pytest.fixture
def client(ingest_token):
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {ingest_token}")
    return api


@pytest.fixture
def anonymous_client(ingest_token):
    from rest_framework.test import APIClient

    return APIClient()
