"""The JSON Schema bundles (dist/bundles, written for other tools) through a third-party generator:
datamodel-code-generator (pinned in requirements.txt) makes pydantic v2 models from each bundle with
no numbered duplicate classes (`CloneEvent1`, `Schedule2`), one class per named type of the bundle,
and those models accept every valid conformance vector."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from conftest import FIXTURES_DIR, REPO_ROOT, import_file, load_vectors

DATAMODEL_CODEGEN = Path(sys.executable).parent / "datamodel-codegen"
BUNDLES = sorted((REPO_ROOT / "dist" / "bundles").glob("*.bundle.schema.json"))


def test_every_family_has_a_bundle():
    assert [bundle.name for bundle in BUNDLES] == [
        "events.bundle.schema.json",
        "gateway.bundle.schema.json",
    ]


def generate_models(bundle: Path, out: Path) -> Path:
    target = out / f"{bundle.name.split('.')[0]}_models.py"
    result = subprocess.run(
        [
            str(DATAMODEL_CODEGEN),
            "--input",
            str(bundle),
            "--input-file-type",
            "jsonschema",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--formatters",
            "black",
            "--disable-timestamp",
            "--output",
            str(target),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return target


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda path: path.name)
def test_generated_models_have_no_duplicates_and_accept_every_valid_vector(
    bundle: Path, tmp_path: Path
):
    definitions = json.loads(bundle.read_text(encoding="utf-8"))["$defs"]
    source = generate_models(bundle, tmp_path).read_text(encoding="utf-8")
    classes = re.findall(r"^class (\w+)\(", source, flags=re.MULTILINE)
    numbered = [name for name in classes if re.search(r"\d$", name)]
    assert numbered == [], f"numbered duplicates: {numbered}"
    assert len(classes) == len(set(classes))
    missing = sorted(set(definitions) - set(classes))
    assert missing == [], f"definitions without a class of their own: {missing}"

    module = import_file(
        tmp_path / f"{bundle.name.split('.')[0]}_models.py",
        f"bundle_{bundle.name.split('.')[0]}",
    )
    checked = 0
    for folder in sorted(FIXTURES_DIR.iterdir()):
        if folder.name not in definitions:
            continue
        # A TypeAdapter takes a model, a root model and an enum alike.
        adapter = TypeAdapter(getattr(module, folder.name))
        for vector in load_vectors(folder.name):
            if vector["valid"]:
                adapter.validate_python(vector["instance"])
                checked += 1
    assert checked >= 10, f"only {checked} vectors reached {bundle.name}"
