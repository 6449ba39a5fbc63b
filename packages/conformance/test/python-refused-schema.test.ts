// fastjsonschema refuses to compile some schemas JSON Schema allows:
// - one whose `required` keys its `additionalProperties: false` forbids ("required but not allowed");
// - one with a `$ref` inside a value (`{"const": {"$ref": "a"}}`), which it fetches as a reference, or
//   resolves in the document, where the place it names is not (`{"examples": [{"$ref": "#/components/x"}]}`),
//   and so inside an annotation's value (`{"x-expansionResources": {"oneOf": [{"$ref": …}]}}`).
// The Python harness answered an error for every one of its columns, so jsonschema and DRF went
// unjudged and all three were charged with disagreements (both found by random schemas judged by
// every runtime). Now fastjsonschema alone gives no verdict, under its named limitation, and the
// others are judged. The run is given the document as written (where the json-schema target spells
// the same rules otherwise). So with an engine's crash: jsonschema (4.26) raises on a 2019-09
// `items: true` beside `unevaluatedItems` ("TypeError: object of type 'bool' has no len()", its legacy
// reading of evaluated items), which the harness answered as an error of all three columns too
// (found by random schemas, seed 31707).
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import type { KnownLimitation } from "../src/rules.ts";
import { documentRunWithPython } from "./documentRunWithPython.ts";


const REFUSED: readonly { readonly limitation: KnownLimitation; readonly definition: string; readonly schema: JsonObject }[] = [
  {
    limitation: "fastjsonschema-refuses-required-keys-it-forbids",
    definition: "Closed",
    schema: { type: ["object", "string"], required: ["a"], properties: {}, additionalProperties: false },
  },
  {
    limitation: "fastjsonschema-fetches-refs-inside-values",
    definition: "Spelled",
    schema: { anyOf: [{ const: { type: true, $ref: "a" } }, { type: "integer" }] },
  },
  {
    // AsyncAPI 3.0's Reference object: its example points into an AsyncAPI document, at a place
    // this schema does not have ("Unresolvable ref: components"; the run counted every instance).
    limitation: "fastjsonschema-fetches-refs-inside-values",
    definition: "Exemplified",
    schema: { type: "object", properties: { $ref: { type: "string" } }, examples: [{ $ref: "#/components/schemas/Pet" }] },
  },
  {
    // Stripe's OpenAPI description: an expandable field names the component it expands to in an
    // extension, `x-expansionResources: {oneOf: [{$ref: "#/components/schemas/file"}]}`, whose value
    // is no schema (a keyword JSON Schema does not define), a place the document as read does not
    // have. The harness took every key but the value keywords for a schema, so the refusal went
    // unexplained: 200 disagreements of 400 (found by sweep AD).
    limitation: "fastjsonschema-fetches-refs-inside-values",
    definition: "Expandable",
    schema: { type: "object", properties: { icon: { type: "string", "x-expansionResources": { oneOf: [{ $ref: "#/components/schemas/file" }] } } } },
  },
];

/** A run of a document's definitions by AJV and the Python runtimes. */
const runWithPython = documentRunWithPython("refused.json", "Refused");

describe("fastjsonschema refusing a schema JSON Schema allows", () => {
  for (const { limitation, definition, schema } of REFUSED) {
    it(`is its named limitation alone (${limitation}, ${definition}): jsonschema and DRF still judge every instance`, { timeout: 120_000 }, async () => {
      const result = await runWithPython({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { [definition]: schema } });
      expect(result.failedInstances).toBe(0);
      const [tally] = result.tallies;
      expect(tally!.schema).toBe(definition);
      expect(tally!.instances).toBeGreaterThan(0);
      const limited = result.limitations.get(limitation);
      expect(limited?.count).toBe(tally!.instances);
    });
  }
});

it("a jsonschema crash is its named limitation alone: fastjsonschema and DRF still judge every instance", { timeout: 120_000 }, async () => {
  const result = await runWithPython({ $schema: "https://json-schema.org/draft/2019-09/schema", $defs: { Open: { type: "array", items: true, unevaluatedItems: false } } });
  expect(result.failedInstances).toBe(0);
  expect(result.tallies[0]!.instances).toBeGreaterThan(0);
  // Every array crashes it; a value of another type it judges.
  expect(result.limitations.get("jsonschema-crashes-on-boolean-items-in-2019-09")?.count).toBeGreaterThan(0);
});

// Found by sweep O on ASP.NET Core's appsettings schema (draft-04), which writes `propertyNames` for
// NLog's variables: jsonschema and fastjsonschema ignore it, as draft-04 defines no such keyword, and
// accepted every invalid key AJV and the model refuse (27 of 430 instances counted as disagreements).
it("a draft-04 document's propertyNames, const and if, which the Python engines ignore, are their named limitation", { timeout: 120_000 }, async () => {
  const result = await runWithPython({
    $schema: "http://json-schema.org/draft-04/schema#",
    definitions: {
      Variables: { type: "object", propertyNames: { pattern: "^[a-z]+$" }, additionalProperties: { type: "string" } },
      Fixed: { type: "object", properties: { kind: { const: "a" } }, if: { required: ["n"] }, then: { properties: { n: { type: "integer" } } } },
    },
  });
  expect(result.failedInstances).toBe(0);
  expect(result.tallies.every((tally) => tally.instances > 0)).toBe(true);
  expect(result.limitations.get("python-validators-ignore-keywords-of-later-drafts")?.count).toBeGreaterThan(0);
});

// Documents whose `$id` has a scheme urljoin does not list. Found by the sweep on Angular's workspace
// schema (SchemaStore's angular.json, `$id: "ng-cli://config/schema.json"`): Python's urljoin joins a
// reference to a base only under the schemes it lists, so `#/definitions/fileVersion` stayed unjoined
// and fastjsonschema refused the document ("Unresolvable ref: definitions"), 200 disagreements. The
// harness lists the document's own schemes. Found by sweep Z on OCPP 2.0.1's message schemas (`$id:
// "urn:OCPP:Cp:2:2020:3:SetChargingProfileRequest"`): listing a URN's scheme among those urljoin
// writes an authority for made it join `#/definitions/x` to `urn:///OCPP:…`, a document neither Python
// engine had: jsonschema refused every valid instance ("Unresolvable"), fastjsonschema every instance,
// 200 disagreements of 400.
it.each([
  ["ng-cli://config/schema.json", "http://json-schema.org/draft-07/schema#"],
  ["urn:OCPP:Cp:2:2020:3:HeartbeatResponse", "http://json-schema.org/draft-06/schema#"],
])("a document whose $id is %s is judged by jsonschema and fastjsonschema: every engine judges", { timeout: 120_000 }, async ($id, $schema) => {
  const result = await runWithPython({
    $schema,
    $id,
    definitions: { Version: { type: "integer", minimum: 1 }, Workspace: { type: "object", properties: { version: { $ref: "#/definitions/Version" } }, required: ["version"] } },
  });
  expect(result.failedInstances).toBe(0);
  expect(result.tallies.every((tally) => tally.instances > 0)).toBe(true);
  expect([...result.limitations.keys()]).toEqual([]);
});
