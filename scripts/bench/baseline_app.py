"""The server bench's baseline (scripts/bench/server.py): a WSGI app that does only what every
ingest request must do before any validation or storage, read the body and json.loads it, and
answers 201 in the recording API's shape. Served by the production command, it measures the
ceiling of HTTP plus JSON on this machine with the same clients."""

import json


def application(environ, start_response):
    if environ["REQUEST_METHOD"] != "POST":  # the readiness probe
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'{"results": [], "next": null}']
    length = int(environ.get("CONTENT_LENGTH") or 0)
    events = json.loads(environ["wsgi.input"].read(length))["events"]
    body = json.dumps({"stored": [event["id"] for event in events], "duplicates": []})
    start_response("201 Created", [("Content-Type", "application/json")])
    return [body.encode()]
