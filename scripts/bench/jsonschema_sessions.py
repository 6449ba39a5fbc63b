"""Seed 003's own way of validating Claude Code session lines, for the validate bench's baseline.

Python jsonschema's Draft202012Validator with a session schema, each line parsed with json.loads and
checked with list(validator.iter_errors(record)), as seed 003's validate.py does. It checks every
--every-th line of the file (a sample spread over the whole file, so it has the file's mix of
records) until --max-seconds, times only the parsing and checking, and prints one JSON object:

    python scripts/bench/jsonschema_sessions.py SCHEMA.json FILE.jsonl [--every K] [--max-seconds S]
"""

import argparse
import json
import time

from jsonschema import Draft202012Validator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("schema")
    parser.add_argument("jsonl")
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--max-seconds", type=float, default=30.0)
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as handle:
        validator = Draft202012Validator(json.load(handle))
    lines = 0
    valid = 0
    size = 0
    seconds = 0.0
    with open(args.jsonl, "rb") as handle:
        for number, raw in enumerate(handle):
            if number % args.every != 0 or not raw.strip():
                continue
            started = time.perf_counter()
            record = json.loads(raw)
            if not list(validator.iter_errors(record)):
                valid += 1
            seconds += time.perf_counter() - started
            lines += 1
            size += len(raw)
            if seconds > args.max_seconds:
                break
    print(
        json.dumps({"lines": lines, "valid": valid, "bytes": size, "seconds": seconds})
    )


if __name__ == "__main__":
    main()
