"""The wire contract of the recording API: what a request body may be, before any schema.

A body is one JSON text in UTF-8, sent as ``application/json`` (RFC 8259), and I-JSON
(RFC 7493): no duplicate keys, no lone surrogates, no integer outside ±(2^53 − 1)
(MAX_WIRE_INTEGER, generated from the schema), no number a double cannot hold. Beyond
that, limits that keep a worker's memory and stack bounded whatever the body:
CLONE_INGEST_MAX_BODY_BYTES, at most CLONE_INGEST_MAX_JSON_VALUES values and
MAX_NESTING_DEPTH levels of arrays and objects.

Every violation is a `WireError` carrying its HTTP status (400, 411, 413, 415) and, where
it has one, the JSON pointer of the offending value.

Numbers are read the way JavaScript reads them: `2560.0` is the integer 2560, so an event
means the same thing (and has the same digest) whichever way a client spells its numbers.
"""

import json
import math
import re
import time
from dataclasses import dataclass, field

from .serializers import MAX_WIRE_INTEGER, json_pointer_token

JSON_MEDIA_TYPE = "application/json"

#: Arrays and objects nested deeper than this are refused: an event needs 3 levels inside
#: a batch, and no handler of a value may run out of stack.
MAX_NESTING_DEPTH = 64

# `\ud800`-`\udfff` escapes: the only way a lone surrogate gets into strictly decoded text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile(
    "[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
)
# A complete JSON string literal, as bytes: removed to count a body's structure exactly.
_STRING_LITERAL = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)

# RFC 4627 section 3: the NUL pattern of the first four bytes tells UTF-16 and UTF-32 apart.
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)


@dataclass
class WireError(Exception):
    """A body that breaks the wire contract: `status` is the HTTP answer, `errors` lists
    `{"pointer", "message"}` (pointers into the body) where a place can be named."""

    status: int
    detail: str
    errors: list[dict] = field(default_factory=list)
    #: The parsed body, when the error was found after parsing it.
    value: object = None

    def __str__(self) -> str:
        return self.detail


# ---------------------------------------------------------------------------------------
# Headers


def check_media_type(content_type: str, content_params: dict, meta: dict) -> None:
    """415 unless the body is declared as uncompressed UTF-8 `application/json`."""
    if content_type != JSON_MEDIA_TYPE:
        shown = content_type or "none"
        raise WireError(
            415, f"Content-Type must be {JSON_MEDIA_TYPE} (UTF-8), not {shown}"
        )
    charset = content_params.get("charset")
    if charset is not None and charset.strip().lower() not in ("utf-8", "utf8"):
        raise WireError(415, f"a JSON body is UTF-8; charset={charset} is not accepted")
    encoding = meta.get("HTTP_CONTENT_ENCODING", "").strip().lower()
    if encoding not in ("", "identity"):
        raise WireError(
            415,
            f"Content-Encoding {encoding} is not accepted: send the body uncompressed",
        )


# ---------------------------------------------------------------------------------------
# Reading the body


def read_body(
    environ: dict,
    stream,
    *,
    max_bytes: int,
    drain_bytes: int,
    timeout: float,
) -> bytes:
    """The request body, at most `max_bytes`, read within `timeout` seconds (408 after).

    `stream` is the request's own stream (Content-Length framed). A chunked body (no
    Content-Length) is read from the server's input when the server ends it at the last
    chunk (`wsgi.input_terminated`, as gunicorn does); otherwise it is 411. A body over the
    limit is 413, after reading and dropping up to `drain_bytes` of it, so that a client
    that sends its whole body before reading the answer sees the 413 and not a reset.
    """
    deadline = time.monotonic() + timeout
    chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
    declared = environ.get("CONTENT_LENGTH") or ""
    if chunked and not declared:
        if not environ.get("wsgi.input_terminated"):
            raise WireError(411, "a chunked body needs Content-Length on this server")
        stream, length = environ["wsgi.input"], None
    else:
        try:
            length = int(declared or 0)
        except ValueError:
            raise WireError(
                400, f"Content-Length {declared!r} is not a number"
            ) from None
        if length < 0:
            raise WireError(400, f"Content-Length {declared!r} is not a number")
    socket = environ.get("gunicorn.socket")
    too_large = WireError(413, f"request body over the limit of {max_bytes} bytes")
    if length is not None and length > max_bytes:
        _drain(stream, socket, min(length, drain_bytes), deadline)
        raise too_large
    want = max_bytes + 1 if length is None else length
    body = _read(stream, socket, want, deadline)
    if len(body) > max_bytes:
        _drain(stream, socket, drain_bytes, deadline)
        raise too_large
    return body


# A client that sends nothing for this long has stalled: the read ends (408), and a drain
# (the body of a 413 answer, which no one will read) ends sooner.
READ_IDLE_SECONDS = 10.0
DRAIN_IDLE_SECONDS = 2.0


def _read(
    stream, socket, size: int, deadline: float, idle: float = READ_IDLE_SECONDS
) -> bytes:
    """Up to `size` bytes. Where the server exposes the socket, each read waits at most
    `idle` seconds and all of them end by `deadline`, so a client trickling or stalling
    its body cannot hold a thread (408)."""
    parts, left = [], size
    while left > 0:
        if socket is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WireError(408, "the request body did not arrive in time")
            socket.settimeout(min(remaining, idle))
        try:
            chunk = stream.read(min(left, 1 << 16))
        except TimeoutError:
            raise WireError(408, "the request body did not arrive in time") from None
        finally:
            if socket is not None:
                socket.settimeout(None)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _drain(stream, socket, size: int, deadline: float) -> None:
    left = size
    try:
        while left > 0:
            chunk = _read(
                stream, socket, min(left, 1 << 16), deadline, DRAIN_IDLE_SECONDS
            )
            if not chunk:
                return
            left -= len(chunk)
    except (WireError, OSError):
        return  # the answer is already decided; a stalled or vanished client ends the drain


# ---------------------------------------------------------------------------------------
# Parsing


class _Invalid:
    """Stands where the parser met a value I-JSON refuses."""

    __slots__ = ("message",)

    def __init__(self, message: str):
        self.message = message


class _DuplicateKeys(dict):
    """An object that repeats a key (the last value kept, so the body keeps its shape)."""

    __slots__ = ("duplicates",)


_DUPLICATE_KEY = "duplicate key (I-JSON allows each key once)"


def _object(pairs: list) -> dict:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    flagged, seen = _DuplicateKeys(obj), set()
    flagged.duplicates = []
    for key, _ in pairs:
        if key in seen:
            flagged.duplicates.append(key)
        seen.add(key)
    return flagged


def _integer(text: str) -> int | _Invalid:
    # 2^53 - 1 has 16 digits: a longer literal is out of range (and int() of thousands of
    # digits is slow, or refused by Python).
    if len(text.lstrip("-")) <= 16:
        value = int(text)
        if -MAX_WIRE_INTEGER <= value <= MAX_WIRE_INTEGER:
            return value
    return _Invalid(f"integer outside ±{MAX_WIRE_INTEGER} (I-JSON)")


def _number(text: str) -> int | float | _Invalid:
    value = float(text)
    if not math.isfinite(value):
        return _Invalid("number too large for a double (I-JSON)")
    if value.is_integer() and -MAX_WIRE_INTEGER <= value <= MAX_WIRE_INTEGER:
        return int(value)  # as JavaScript reads it: 2560.0 is 2560
    return value


def _constant(name: str) -> _Invalid:
    return _Invalid(f"{name} is not JSON")


def count_values(raw: bytes, limit: int) -> int:
    """The number of JSON values in `raw` when it may exceed `limit` (commas and brackets
    outside strings), else an upper bound of it (all commas and brackets, counted fast)."""
    bound = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    if bound <= limit:
        return bound
    structure = _STRING_LITERAL.sub(b'""', raw)
    return structure.count(b",") + structure.count(b"[") + structure.count(b"{") + 1


def parse(raw: bytes, *, max_values: int) -> object:
    """The JSON value of a body, or WireError (400: malformed or not I-JSON; 413: more
    than `max_values` values; 415: UTF-16 or UTF-32)."""
    for bom, encoding in _WIDE_ENCODINGS:
        if raw.startswith(bom):
            raise WireError(415, f"the body is {encoding}; a JSON body is UTF-8")
    if len(raw) >= 2 and (raw[0] == 0 or raw[1] == 0):
        raise WireError(415, "the body is UTF-16 or UTF-32; a JSON body is UTF-8")
    values = count_values(raw, max_values)
    if values > max_values:
        raise WireError(
            413, f"the body holds {values} JSON values; the limit is {max_values}"
        )
    try:
        text = raw.decode("utf-8")
        # A surrogate escape starts `\ud` or `\uD`: C substring scans settle most bodies.
        suspect = ("\\ud" in text or "\\uD" in text) and _SURROGATE_ESCAPE.search(
            text
        ) is not None
    except UnicodeDecodeError:
        # Parse anyway, with each bad byte as a lone surrogate, to name where it is.
        text = raw.decode("utf-8", "surrogateescape")
        suspect = True
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_float=_number,
            parse_constant=_constant,
        )
    except RecursionError:
        raise WireError(
            400, f"JSON nested deeper than {MAX_NESTING_DEPTH} levels"
        ) from None
    except ValueError as exc:  # json.JSONDecodeError, or a str of invalid UTF-8
        message = str(exc).replace("surrogates not allowed", "bytes that are not UTF-8")
        raise WireError(400, f"malformed JSON: {message}") from None
    if suspect or not _plain(value, 0):
        problems = list(_problems(value, check_strings=suspect))
        if problems:
            raise WireError(
                400,
                "the body is not I-JSON (RFC 7493): " + problems[0]["message"],
                problems,
                value,
            )
    return value


def _plain(value: object, depth: int) -> bool:
    """No `_Invalid` anywhere and no deeper nesting than allowed: the fast path, which is
    every valid body. Recursion is bounded by MAX_NESTING_DEPTH."""
    kind = type(value)
    if kind is dict:
        items = value.values()
    elif kind is list:
        items = value
    else:
        return kind is not _Invalid and kind is not _DuplicateKeys
    if depth >= MAX_NESTING_DEPTH:
        return False
    for item in items:
        kind = type(item)
        if kind is dict or kind is list:
            if not _plain(item, depth + 1):
                return False
        elif kind is _Invalid or kind is _DuplicateKeys:
            return False
    return True


def _problems(value: object, *, check_strings: bool):
    """Every refused value with its JSON pointer, outermost first; walks iteratively."""
    stack = [(value, "", 0)]
    while stack:
        node, pointer, depth = stack.pop()
        kind = type(node)
        if kind is _Invalid:
            yield {"pointer": pointer, "message": node.message}
        elif kind is str:
            if check_strings and _LONE_SURROGATE.search(node):
                yield {"pointer": pointer, "message": _NOT_UNICODE}
        elif kind is dict or kind is list or kind is _DuplicateKeys:
            if depth >= MAX_NESTING_DEPTH:
                message = f"nested deeper than {MAX_NESTING_DEPTH} levels"
                yield {"pointer": pointer, "message": message}
                continue
            for key in getattr(node, "duplicates", ()):
                yield {"pointer": f"{pointer}/{_token(key)}", "message": _DUPLICATE_KEY}
            pairs = enumerate(node) if kind is list else node.items()
            children = []
            for key, item in pairs:
                child = f"{pointer}/{_token(key)}"
                if check_strings and kind is not list and _LONE_SURROGATE.search(key):
                    yield {"pointer": child, "message": "key " + _NOT_UNICODE}
                children.append((item, child, depth + 1))
            stack.extend(reversed(children))


_NOT_UNICODE = "holds a lone surrogate or bytes that are not UTF-8 (not Unicode text)"


def _token(key: object) -> str:
    text = str(key)
    if _LONE_SURROGATE.search(
        text
    ):  # a pointer is text: spell a bad code unit as \udxxx
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return json_pointer_token(text)
