"""The conformance harness's own rules (conformance_harness.py; the run itself is tested from
packages/conformance)."""

import gc
import weakref

import fastjsonschema

import conformance_harness


class Refusal(ValueError):
    pass


def refuse_deep_inside(depth: int):
    """A refusal raised under `depth` frames, each holding a large value, as a failed compile is."""
    held = bytearray(1_000_000)  # noqa: F841 -- a frame's local, kept alive by the traceback
    if depth == 0:
        raise Refusal("too much source")
    refuse_deep_inside(depth - 1)


def caught_refusal() -> Refusal:
    try:
        refuse_deep_inside(3)
    except Refusal as exc:
        return exc
    raise AssertionError("no refusal raised")


def test_a_refused_schemas_answer_keeps_no_exception():
    for make_answer, key in [
        (conformance_harness.refused_schema, "refused_schema"),
        (conformance_harness.unreadable_pattern, "unreadable_pattern"),
    ]:
        exc = caught_refusal()
        alive = weakref.ref(exc)
        answer_for = make_answer(exc)
        del exc
        gc.collect()
        assert alive() is None, (
            f"{make_answer.__name__} keeps the exception (and its frames)"
        )
        assert answer_for({"any": "instance"}) == {key: "too much source"}


def test_a_function_of_too_much_source_is_refused_without_writing_it_again(monkeypatch):
    """fastjsonschema writes one function per schema a compile needs; one whose source alone
    passed the bound is refused when the next compile asks for it (Renovate's manager
    definitions each needed the root's function, 190 MB, and each wrote up to the bound)."""
    bound = 50_000
    monkeypatch.setattr(conformance_harness, "MAX_FASTJSONSCHEMA_SOURCE", bound)
    monkeypatch.setattr(conformance_harness, "FUNCTIONS_OF_TOO_MUCH_SOURCE", set())
    # A detailed error spells its schema whole in each raise: this one's function alone passes the bound.
    big = {"type": "object", "required": ["a"], "description": "x" * (2 * bound)}
    document = {
        "definitions": {
            "Big": big,
            "First": {"$ref": "#/definitions/Big"},
            "Second": {"allOf": [{"$ref": "#/definitions/Big"}]},
        }
    }
    base = "https://harness.invalid/document.json"
    written: list[int] = []
    append = conformance_harness.BoundedSource.append

    def counted(self, line):
        written.append(self.size + len(line) + 1)
        append(self, line)

    monkeypatch.setattr(conformance_harness.BoundedSource, "append", counted)

    def compile_definition(name: str) -> int:
        written.clear()
        try:
            fastjsonschema.compile(
                {
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "$ref": f"{base}#/definitions/{name}",
                },
                handlers={"https": lambda uri: document},
            )
        except conformance_harness.TooMuchSource:
            return max(written)
        raise AssertionError(
            f"{name} compiled; its schema needs more source than the bound"
        )

    assert compile_definition("First") > bound  # wrote up to the bound, then refused
    assert (
        compile_definition("Second") < bound
    )  # refused as it asked for Big's function
