// assertValid: the typed value back, or one error naming every problem the way the formatter does.
import { describe, expect, it } from "vitest";
import { assertValid, SchemaValidationError, validateCloneEvent } from "@clone/schema";

const started = { id: "e1", session_id: "s1", occurred_at: "2026-01-01T00:00:00Z", source: "desktop", type: "session.started" };

describe("assertValid", () => {
  it("returns a valid value unchanged", () => {
    expect(assertValid(validateCloneEvent, started)).toBe(started);
  });

  it("throws a SchemaValidationError listing every issue, the root included", () => {
    expect(() => assertValid(validateCloneEvent, { ...started, source: "integration" })).toThrow(
      'invalid CloneEvent:\n  /source_detail: required when source is "integration"',
    );
    const error = (() => {
      try {
        assertValid(validateCloneEvent, 3);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SchemaValidationError);
    expect((error as SchemaValidationError).message).toBe("invalid CloneEvent:\n  (root): expected object");
    expect((error as SchemaValidationError).issues).toEqual([{ pointer: "", message: "expected object", keyword: "type" }]);
  });
});
