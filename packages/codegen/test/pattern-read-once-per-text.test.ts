// The python-drf target's pattern warnings read each pattern text once for a model, however many
// places check it. The backtracking reading (repeatsNestedRepetition) of a long pattern takes up to
// ~0.4 s (CVSS 3.1's vector string, CVEProject/cve-schema schema/imports/cvss/cvss-v3.1.json), and it
// ran again at every place the text recurs: AsyncAPI 3.0's runtime expression
// `^\$message\.(header|payload)#…` at three places, an identifier pattern at five (found by task AV
// on the AsyncAPI 2.6 / 3.0 schemas, asyncapi/spec-json-schemas). The answers are kept for one call,
// never in the module. Controls: each place is still warned of, and another text is read on its own.
import { describe, expect, it, vi } from "vitest";
import * as backtracking from "../src/jsonSchema/backtracking.ts";
import { patternWarnings } from "../src/targets/python-drf/patternWarnings.ts";
import { modelOf } from "./helpers/model.ts";

vi.mock("../src/jsonSchema/backtracking.ts", async (importOriginal) => {
  const original = await importOriginal<typeof backtracking>();
  return { ...original, repeatsNestedRepetition: vi.fn(original.repeatsNestedRepetition) };
});

const CVSS_3_1_VECTOR =
  "^CVSS:3[.]1/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$";
const SLOW = "^(\\w+\\s?)*$";

describe("the python-drf pattern warnings", () => {
  it("read each pattern text once, however many places check it", () => {
    const read = vi.mocked(backtracking.repeatsNestedRepetition);
    read.mockClear();
    const document = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: {
        cna: { type: "object", properties: { vector: { type: "string", pattern: CVSS_3_1_VECTOR } } },
        adp: { type: "object", properties: { vector: { type: "string", pattern: CVSS_3_1_VECTOR }, name: { type: "string", pattern: SLOW } } },
        history: { type: "array", items: { type: "string", pattern: CVSS_3_1_VECTOR } },
        aliases: { type: "string", pattern: SLOW },
      },
      patternProperties: { [SLOW]: { type: "integer" } },
    };
    const slow = patternWarnings(modelOf(document))
      .filter((warning) => warning.reason.includes("repeats a repetition"))
      .map((warning) => warning.pointer);
    expect(slow).toEqual(["/properties/adp/properties/name", "/properties/aliases", `/patternProperties/${SLOW}`]);
    expect(read.mock.calls.map(([pattern]) => pattern).sort()).toEqual([CVSS_3_1_VECTOR, SLOW].sort());
  });

  it("read a text again for another model: nothing is kept past the call", () => {
    const read = vi.mocked(backtracking.repeatsNestedRepetition);
    read.mockClear();
    const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "string", pattern: SLOW };
    patternWarnings(modelOf(document));
    patternWarnings(modelOf(document));
    expect(read).toHaveBeenCalledTimes(2);
  });
});
