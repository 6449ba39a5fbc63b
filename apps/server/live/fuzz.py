"""Hostile requests against a live server: random byte-level and structure-level mutations
of valid bodies, wrong encodings and headers, and hostile URLs. Every mutation is a named
entry of MUTATIONS; input i of a run uses mutation i mod len(MUTATIONS), with parameters
drawn from Random(seed, i), so any input can be rebuilt from (seed, i) alone.

The rule it checks: every answer is 2xx or 4xx, never 5xx and never no answer at all, and
only 2xx answers store anything (the caller compares the database with `stored`).
"""

import gzip
import http.client
import json
import os
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from .events import make_event
from .server import TOKEN, LiveServer

EVENTS_PATH = "/api/recording/events"
JSON = "application/json"


@dataclass
class Request:
    method: str
    path: str
    body: bytes | None
    headers: dict
    chunked: bool = False


@dataclass
class Seed:
    """What a mutation starts from: one valid body (a batch or a single event)."""

    rng: random.Random
    events: list[dict]
    batch: bool

    def value(self):
        return {"events": self.events} if self.batch else self.events[0]

    def text(self) -> str:
        return json.dumps(self.value(), ensure_ascii=self.rng.random() < 0.5)

    def target(self) -> dict:
        return self.rng.choice(self.events)


def post(body: bytes | str, content_type: str | None = JSON, **headers) -> Request:
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    sent = {"Authorization": f"Bearer {TOKEN}", **headers}
    if content_type is not None:
        sent["Content-Type"] = content_type
    return Request("POST", EVENTS_PATH, data, sent)


def _put_raw(seed: Seed, key: str, raw: str) -> str:
    """The body text with `key` of one event set to the JSON text `raw`."""
    event = seed.target()
    event[key] = "\x00@RAW@\x00"
    return seed.text().replace(json.dumps("\x00@RAW@\x00"), raw, 1)


# ---------------------------------------------------------------------------------------
# Byte level


def flip_byte(seed: Seed) -> Request:
    data = bytearray(seed.text().encode())
    i = seed.rng.randrange(len(data))
    data[i] ^= 1 << seed.rng.randrange(8)
    return post(bytes(data))


def insert_bytes(seed: Seed) -> Request:
    data = seed.text().encode()
    i = seed.rng.randrange(len(data) + 1)
    noise = bytes(seed.rng.randrange(256) for _ in range(seed.rng.randint(1, 8)))
    return post(data[:i] + noise + data[i:])


def delete_range(seed: Seed) -> Request:
    data = seed.text().encode()
    i = seed.rng.randrange(len(data))
    return post(data[:i] + data[i + seed.rng.randint(1, 16) :])


def truncate(seed: Seed) -> Request:
    data = seed.text().encode()
    return post(data[: seed.rng.randrange(len(data))])


def duplicate_range(seed: Seed) -> Request:
    data = seed.text().encode()
    i = seed.rng.randrange(len(data))
    j = min(len(data), i + seed.rng.randint(1, 40))
    return post(data[:j] + data[i:j] + data[j:])


BAD_UTF8 = [
    b"\xff",
    b"\x80",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xed\xbf\xbf",
    b"\xf4\x90\x80\x80",
    b"\xe2\x82",
]


def invalid_utf8(seed: Seed) -> Request:
    data = seed.text().encode()
    bad = seed.rng.choice(BAD_UTF8)
    if seed.rng.random() < 0.7:  # inside a string, where only UTF-8 is wrong
        marker = b'"' + seed.rng.choice([b"Terminal", b"claude", b"desktop", b"github"])
        at = data.find(marker)
        if at >= 0:
            return post(data[: at + 2] + bad + data[at + 2 :])
    i = seed.rng.randrange(len(data) + 1)
    return post(data[:i] + bad + data[i:])


def raw_control(seed: Seed) -> Request:
    data = seed.text().encode()
    i = seed.rng.randrange(len(data) + 1)
    return post(
        data[:i] + bytes([seed.rng.choice([0, 1, 8, 10, 13, 27, 127])]) + data[i:]
    )


# ---------------------------------------------------------------------------------------
# Structure level


def deep_nesting(seed: Seed) -> Request:
    depth = seed.rng.choice([10, 63, 64, 65, 200, 999, 1000, 1001, 3000, 20_000])
    opener, closer = seed.rng.choice([("[", "]"), ('{"a":', "}")])
    inner = opener * depth + "1" + closer * depth
    if seed.rng.random() < 0.5:
        return post(inner)
    key = seed.rng.choice(["prompt", "app", "nested", "window_title"])
    return post(_put_raw(seed, key, inner))


SURROGATES = ["\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "a\\ud83d"]


def lone_surrogate(seed: Seed) -> Request:
    text = f'"x{seed.rng.choice(SURROGATES)}y"'
    if seed.rng.random() < 0.2:  # in a key
        return post(seed.text().replace('"source"', text, 1))
    return post(
        _put_raw(seed, seed.rng.choice(["id", "session_id", "app", "prompt"]), text)
    )


def nul_in_strings(seed: Seed) -> Request:
    event = seed.target()
    key = seed.rng.choice(["id", "session_id", "source_detail", "app", "prompt", "x"])
    event[key] = seed.rng.choice(["\x00", "a\x00b", "\x00\x01\x1f\x7f\x85", "\u2028"])
    return post(seed.text())


HUGE_NUMBERS = [
    "1" + "0" * 400,
    "-" + "9" * 30,
    "9007199254740992",
    "-9007199254740992",
    "9007199254740991",
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "2560.0",
    "2.56e3",
    "1E+2",
    "9" * 5000,
    "0.1e1",
    "123456789012345678901234567890.5",
]


def huge_number(seed: Seed) -> Request:
    key = seed.rng.choice(["width", "height", "id", "extra"])
    return post(_put_raw(seed, key, seed.rng.choice(HUGE_NUMBERS)))


def nan_or_infinity(seed: Seed) -> Request:
    key = seed.rng.choice(["width", "id", "prompt"])
    return post(_put_raw(seed, key, seed.rng.choice(["NaN", "Infinity", "-Infinity"])))


def duplicate_key(seed: Seed) -> Request:
    text = seed.text()
    key = seed.rng.choice(['"id"', '"type"', '"session_id"', '"events"', '"source"'])
    at = text.find(key + ":")
    if at < 0:
        return post(text)
    insert = f"{key}: {json.dumps(seed.rng.choice(['x', 1, None]))}, "
    return post(text[:at] + insert + text[at:])


def long_id(seed: Seed) -> Request:
    seed.target()[seed.rng.choice(["id", "session_id"])] = seed.rng.choice(
        ["x", "\U0001f600", "é"]
    ) * seed.rng.choice([255, 256, 257, 2700, 3000, 20_000])
    return post(seed.text())


def control_in_id(seed: Seed) -> Request:
    char = chr(seed.rng.choice([0, 1, 9, 10, 13, 31, 127, 128, 133, 159]))
    field_name = seed.rng.choice(["id", "session_id"])
    event = seed.target()
    event[field_name] = event[field_name] + char if seed.rng.random() < 0.5 else char
    return post(seed.text())


def unknown_keys(seed: Seed) -> Request:
    event = seed.target()
    for n in range(seed.rng.choice([1, 10, 150, 5000])):
        event[f"unknown-{n}"] = n
    return post(seed.text())


WRONG_VALUES = [None, True, 0, -1, 1.5, "", "x", [], {}, [1], {"a": 1}]


def wrong_type(seed: Seed) -> Request:
    event = seed.target()
    event[seed.rng.choice(list(event))] = seed.rng.choice(WRONG_VALUES)
    return post(seed.text())


def drop_key(seed: Seed) -> Request:
    event = seed.target()
    del event[seed.rng.choice(list(event))]
    return post(seed.text())


def odd_top_level(seed: Seed) -> Request:
    return post(
        seed.rng.choice(
            [
                "[]",
                "1",
                '"x"',
                "null",
                "true",
                "{}",
                '{"events": []}',
                '{"events": {}}',
                '{"events": [], "x": 1}',
                '{"events": null}',
                '{"events": [1, "x", null]}',
                "",
                " ",
            ]
        )
    )


def too_many_events(seed: Seed) -> Request:
    run = f"many{seed.rng.randrange(10**9)}"
    events = [make_event(n, run) for n in range(seed.rng.choice([1000, 1001, 1500]))]
    return post(json.dumps({"events": events}))


def trailing_garbage(seed: Seed) -> Request:
    return post(seed.text() + seed.rng.choice(["x", "{}", " ,", "\x00", "//c", "]"]))


def relaxed_json(seed: Seed) -> Request:
    text = seed.text()
    kind = seed.rng.choice(["quotes", "comment", "trailing-comma", "bom", "unquoted"])
    if kind == "quotes":
        text = text.replace('"', "'")
    elif kind == "comment":
        text = "/* c */" + text
    elif kind == "trailing-comma":
        text = text[:-1] + ",}"
    elif kind == "bom":
        text = "\ufeff" + text
    else:
        text = text.replace('"id"', "id", 1)
    return post(text)


# ---------------------------------------------------------------------------------------
# Encodings and headers


def wide_encoding(seed: Seed) -> Request:
    codec = seed.rng.choice(
        ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
    )
    return post(seed.text().encode(codec))


def wrong_content_type(seed: Seed) -> Request:
    content_type = seed.rng.choice(
        [
            None,
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "application/json; charset=iso-8859-1",
            "application/json-patch+json",
            "application/jsonx",
            "application/json;;",
            "",
        ]
    )
    return post(seed.text(), content_type=content_type)


def compressed(seed: Seed) -> Request:
    body = gzip.compress(seed.text().encode())
    if seed.rng.random() < 0.5:
        return post(
            body, **{"Content-Encoding": seed.rng.choice(["gzip", "deflate", "br"])}
        )
    return post(body)  # gzip bytes, undeclared


def chunked(seed: Seed) -> Request:
    request = post(seed.text() if seed.rng.random() < 0.5 else seed.text()[:-3])
    request.chunked = True
    return request


def short_content_length(seed: Seed) -> Request:
    body = seed.text().encode()
    return post(body, **{"Content-Length": str(len(body) // 2), "Connection": "close"})


def bad_content_length(seed: Seed) -> Request:
    value = seed.rng.choice(["-1", "abc", "1e3", "+2", "0x10"])
    return post(b"{}", **{"Content-Length": value, "Connection": "close"})


def wrong_token(seed: Seed) -> Request:
    request = post(seed.text())
    value = seed.rng.choice(["", "Bearer", "Bearer x", f"Basic {TOKEN}", "bearer  x y"])
    if value:
        request.headers["Authorization"] = value
    else:
        del request.headers["Authorization"]
    return request


def other_method(seed: Seed) -> Request:
    request = post(seed.text())
    request.method = seed.rng.choice(["PUT", "PATCH", "DELETE", "GET", "OPTIONS"])
    return request


# ---------------------------------------------------------------------------------------
# URLs


def hostile_session_url(seed: Seed) -> Request:
    raw = bytes(seed.rng.randrange(256) for _ in range(seed.rng.randint(0, 40)))
    if seed.rng.random() < 0.3:
        raw = seed.rng.choice([b"\x00", b"a/b", b"..", b"%", b"x" * 3000, b"\xff\xfe"])
    path = f"/api/recording/sessions/{quote(raw, safe='/')}/events"
    query = seed.rng.choice(
        [
            "",
            "?page_size=0",
            "?page_size=1000000",
            "?page_size=-1",
            "?cursor=%00",
            "?cursor=" + quote(bytes(seed.rng.randrange(256) for _ in range(30))),
            "?cursor=WyIyMDI2LTAxLTMxIiwgMV0",
            "?page_size=2&cursor=bm9wZQ",
        ]
    )
    return Request("GET", path + query, None, {"Authorization": f"Bearer {TOKEN}"})


MUTATIONS: dict[str, Callable[[Seed], Request]] = {
    mutation.__name__.replace("_", "-"): mutation
    for mutation in (
        flip_byte,
        insert_bytes,
        delete_range,
        truncate,
        duplicate_range,
        invalid_utf8,
        raw_control,
        deep_nesting,
        lone_surrogate,
        nul_in_strings,
        huge_number,
        nan_or_infinity,
        duplicate_key,
        long_id,
        control_in_id,
        unknown_keys,
        wrong_type,
        drop_key,
        odd_top_level,
        too_many_events,
        trailing_garbage,
        relaxed_json,
        wide_encoding,
        wrong_content_type,
        compressed,
        chunked,
        short_content_length,
        bad_content_length,
        wrong_token,
        other_method,
        hostile_session_url,
    )
}


def build(seed: int, index: int) -> tuple[str, Request]:
    """Input `index` of the run `seed`: (mutation name, request)."""
    rng = random.Random(seed * 1_000_003 + index)
    name = list(MUTATIONS)[index % len(MUTATIONS)]
    run = f"fuzz{seed}-{index}"
    events = [make_event(n, run, sessions=2) for n in range(rng.randint(1, 4))]
    return name, MUTATIONS[name](Seed(rng, events, batch=rng.random() < 0.6))


# ---------------------------------------------------------------------------------------
# Running


@dataclass
class FuzzResult:
    inputs: int = 0
    classes: Counter = field(
        default_factory=Counter
    )  # "2xx", "4xx", "5xx", "no answer"
    by_mutation: dict = field(default_factory=dict)
    stored: set[str] = field(default_factory=set)
    largest_answer: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, name: str, status_class: str) -> None:
        self.classes[status_class] += 1
        self.by_mutation.setdefault(name, Counter())[status_class] += 1


def send(server: LiveServer, request: Request) -> tuple[int, bytes]:
    conn = server.connection(timeout=60)
    try:
        if request.chunked:
            body = iter(
                [request.body[i : i + 7] for i in range(0, len(request.body), 7)]
            )
            conn.request(
                request.method,
                request.path,
                body=body,
                headers=request.headers,
                encode_chunked=True,
            )
        else:
            conn.putrequest(request.method, request.path, skip_accept_encoding=True)
            headers = dict(request.headers)
            if request.body is not None and "Content-Length" not in headers:
                headers["Content-Length"] = str(len(request.body))
            for name, value in headers.items():
                conn.putheader(name, value)
            conn.endheaders(request.body)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def run_fuzz(server: LiveServer, *, count: int, seed: int) -> FuzzResult:
    result = FuzzResult()
    started = time.perf_counter()
    for index in range(count):
        name, request = build(seed, index)
        result.inputs += 1
        try:
            status, body = send(server, request)
        except (OSError, http.client.HTTPException) as exc:
            result.count(name, "no answer")
            result.failures.append(
                f"#{index} {name}: no answer ({type(exc).__name__}: {exc})"
            )
            continue
        result.largest_answer = max(result.largest_answer, len(body))
        status_class = f"{status // 100}xx"
        result.count(name, status_class)
        if status >= 500 or status < 200 or 300 <= status < 400:
            result.failures.append(f"#{index} {name}: {status} {body[:200]!r}")
        elif status in (200, 201) and request.method == "POST":
            result.stored.update(json.loads(body)["stored"])
    result.seconds = time.perf_counter() - started
    return result


def record_inputs(name: str, passed: int, failed: int) -> None:
    """Fuzz inputs get a line of their own in `pnpm test`'s summary, apart from tests: the count
    goes to the file CLONE_FUZZ_LOG names (scripts/test-all.sh sets it; scripts/test-summary.sh
    reads it, where the line's form is described). Outside test-all nothing is recorded."""
    log = os.environ.get("CLONE_FUZZ_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"fuzz: {name}: {passed} inputs passed, {failed} failed\n")
