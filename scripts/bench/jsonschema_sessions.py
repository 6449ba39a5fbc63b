"""Seed 003's own way of validating Claude Code session lines, for the validate bench's baseline.

Python jsonschema's Draft202012Validator with a session schema, each line parsed with json.loads and
checked with list(validator.iter_errors(record)), as seed 003's validate.py does. It reads the first
lines of the file until --max-lines or --max-seconds, and prints what it did as one JSON object:

    python scripts/bench/jsonschema_sessions.py SCHEMA.json FILE.jsonl [--max-lines N] [--max-seconds S]
"""

import argparse
import json
import time

from jsonschema import Draft202012Validator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("schema")
    parser.add_argument("jsonl")
    parser.add_argument("--max-lines", type=int, default=20000)
    parser.add_argument("--max-seconds", type=float, default=20.0)
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as handle:
        validator = Draft202012Validator(json.load(handle))
    lines = 0
    valid = 0
    size = 0
    started = time.perf_counter()
    with open(args.jsonl, "rb") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            record = json.loads(raw)
            if not list(validator.iter_errors(record)):
                valid += 1
            lines += 1
            size += len(raw)
            if (
                lines >= args.max_lines
                or time.perf_counter() - started > args.max_seconds
            ):
                break
    seconds = time.perf_counter() - started
    print(
        json.dumps({"lines": lines, "valid": valid, "bytes": size, "seconds": seconds})
    )


if __name__ == "__main__":
    main()
