// A draft-04/06/07 subschema whose `$id` is the document's URI with a plain-name fragment after it
// (`https://flagd.dev/schema/v0/flags.json#flagdImport`) names itself and keeps the document's base,
// as AJV reads it; jsonschema (4.26, referencing 0.37) takes the whole URI for its base and resolves
// `#/definitions/base` beneath it inside the subschema, throwing PointerToNowhere: no verdict. Found
// by sweep AT on flagd's flag definitions (open-feature/flagd-schemas json/flags.json, Apache-2.0):
// every instance of `flagdImport` was charged to jsonschema, 80 disagreements of 80. It is the named
// limitation jsonschema-resolves-pointers-inside-ids-with-fragments, and the other engines still
// judge. Controls: an `$id` of the fragment alone (`#imp`) jsonschema resolves (no limitation), and the
// throw is no limitation where no such `$id` is reached, the pointer is not the document's, or the
// dialect is 2019-09 or later.
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { noVerdictLimitation } from "../src/rules.ts";
import type { Verdict } from "../src/runners/types.ts";
import { documentRunWithPython } from "./documentRunWithPython.ts";

const LIMITATION = "jsonschema-resolves-pointers-inside-ids-with-fragments";
const BASE = "https://flagd.dev/schema/v0/flags.json";

/** A document whose `Import` (an `$id` of `id`) refers to `#/definitions/Base`. */
function documentWithId(id: string, $schema = "http://json-schema.org/draft-07/schema#"): JsonObject {
  return {
    $schema,
    $id: BASE,
    definitions: {
      Base: { type: "object", properties: { flags: { type: "object" } } },
      Import: { $id: id, type: "object", allOf: [{ $ref: "#/definitions/Base" }, { required: ["flags"] }] },
    },
  };
}

/** A run of a document's definitions by AJV and the Python runtimes. */
const runWithPython = documentRunWithPython("flags.json", "Flags");

describe("a subschema's $id with a fragment after the document's URI", () => {
  it("is jsonschema's named limitation alone: fastjsonschema and DRF judge every instance", { timeout: 120_000 }, async () => {
    const result = await runWithPython(documentWithId(`${BASE}#flagdImport`));
    expect(result.failedInstances).toBe(0);
    const judged = result.tallies.find((tally) => tally.schema === "Import")!;
    expect(judged.instances).toBeGreaterThan(0);
    // A value of another type fails its `type` before jsonschema resolves the allOf's reference: judged.
    expect(result.limitations.get(LIMITATION)?.count).toBeGreaterThan(judged.instances / 2);
  });

  it("is no limitation where the $id is the fragment alone, which jsonschema resolves (control)", { timeout: 120_000 }, async () => {
    const result = await runWithPython(documentWithId("#flagdImport"));
    expect(result.failedInstances).toBe(0);
    expect([...result.limitations.keys()]).toEqual([]);
  });

  it("explains the throw only for a pointer the document has, beneath such an $id, before 2019-09", () => {
    const threw = (pointer: string): Verdict => {
      const message = `_WrappedReferencingError: PointerToNowhere: '${pointer}' does not exist within {'$id': '${BASE}#flagdImport'}`;
      return { valid: false, threw: message, detail: `threw: ${message}` };
    };
    const read = (document: JsonObject, fragment = "#/definitions/Import", dialect: "draft-07" | "2019-09" = "draft-07") => ({ document, dialect, fragment });
    const withFragment = documentWithId(`${BASE}#flagdImport`);
    expect(noVerdictLimitation("jsonschema", threw("/definitions/Base"), read(withFragment))?.limitation).toBe(LIMITATION);
    expect(noVerdictLimitation("jsonschema", threw("/definitions/Base"), read(documentWithId("#flagdImport")))).toBeUndefined();
    expect(noVerdictLimitation("jsonschema", threw("/definitions/Nowhere"), read(withFragment))).toBeUndefined();
    expect(noVerdictLimitation("jsonschema", threw("/definitions/Base"), read(withFragment, "#/definitions/Base"))).toBeUndefined();
    expect(noVerdictLimitation("jsonschema", threw("/definitions/Base"), read(withFragment, "#/definitions/Import", "2019-09"))).toBeUndefined();
    expect(noVerdictLimitation("fastjsonschema", threw("/definitions/Base"), read(withFragment))).toBeUndefined();
  });
});
