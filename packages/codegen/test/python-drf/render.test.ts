// The python-drf target on small hand-built models: what it names, how it maps each construct, and
// that its line breaking matches ruff format. (The generated code is imported, ruff-checked and run
// against every conformance vector by the Python suite: apps/server, scripts/python/test.sh.)
import { describe, expect, it } from "vitest";
import { GENERATED_MARKER } from "../../src/generate/marker.ts";
import { createSchemaModel } from "../../src/model/schemaModel.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { pythonDrfTarget } from "../../src/targets/python-drf/index.ts";
import { atom, call, kwarg, layout, pyString } from "../../src/targets/python-drf/pyexpr.ts";
import { docstringLines } from "../../src/targets/python-drf/comments.ts";
import { pythonPattern } from "../../src/targets/python-drf/pythonPattern.ts";
import { sharedVariantFields } from "../../src/targets/python-drf/shared.ts";
import { moduleFileName } from "../../src/targets/python-drf/naming.ts";
import { draft07, modelOf } from "../helpers/model.ts";

const str = { kind: "string", constraints: {} } as const;
const model: SchemaModel = createSchemaModel({
  name: "Demo",
  source: { location: "test", dialect: "draft-07", definitionsKey: "definitions", integerSpellings: new Map(), integersRoundedTogether: new Map(), document: {} },
  constants: [{ name: "PROTOCOL_VERSION", value: 3 }],
  fallbacks: [],
  root: { kind: "named", name: "Thing" },
  types: [
    {
      kind: "object",
      name: "A",
      pointer: "/definitions/A",
      definitionName: "A",
      bases: [],
      patternProperties: [],
      description: "An A.\n\nIts id is a `pattern`-checked string.",
      additionalProperties: false,
      requiredWhen: [{ property: "kind", equals: "x", require: ["detail"], pointer: "/definitions/A" }],
      properties: [
        { name: "id", type: { kind: "string", constraints: { minLength: 1 } }, required: true, pointer: "" },
        { name: "tag", type: { kind: "literal", value: "a" }, required: true, pointer: "" },
        { name: "code", type: { kind: "string", constraints: { pattern: "^[a-z]+$" } }, required: false, pointer: "" },
        { name: "kind", type: { kind: "named", name: "Kind" }, required: true, pointer: "" },
        { name: "detail", type: str, required: false, pointer: "" },
        { name: "from", type: { kind: "nullable", type: str }, required: true, pointer: "" },
        { name: "next", type: { kind: "named", name: "Thing" }, required: false, pointer: "" },
        { name: "via", type: { kind: "named", name: "Via" }, required: false, pointer: "" },
        { name: "nothing", type: { kind: "null" }, required: true, pointer: "" },
        { name: "shape", type: { kind: "literal", value: { x: [1, true] } }, required: false, pointer: "" },
      ],
    },
    {
      kind: "object",
      name: "B",
      pointer: "/definitions/B",
      definitionName: "B",
      bases: [],
      patternProperties: [],
      additionalProperties: { kind: "unknown" },
      requiredWhen: [{ property: "kind", equals: "x", require: ["detail"], pointer: "/definitions/B" }],
      properties: [
        { name: "id", type: { kind: "string", constraints: { minLength: 1 } }, required: true, pointer: "" },
        { name: "tag", type: { kind: "literal", value: "b" }, required: true, pointer: "" },
        { name: "kind", type: { kind: "named", name: "Kind" }, required: true, pointer: "" },
        { name: "detail", type: str, required: false, pointer: "" },
        { name: "n", type: { kind: "integer", constraints: { minimum: 0 } }, required: true, pointer: "" },
        { name: "tags", type: { kind: "array", items: str, constraints: {} }, required: true, pointer: "" },
        { name: "meta", type: { kind: "record", values: { kind: "unknown" } }, required: false, pointer: "" },
      ],
    },
    {
      kind: "union",
      name: "Thing",
      pointer: "/definitions/Thing",
      definitionName: "Thing",
      keyword: "oneOf",
      rule: "tag",
      property: "tag",
      variants: [
        { name: "A", tag: "a", type: { kind: "named", name: "A" } },
        { name: "B", tag: "b", type: { kind: "named", name: "B" } },
      ],
    },
    { kind: "enum", name: "Kind", pointer: "/definitions/Kind", definitionName: "Kind", valueType: "string", values: ["x", "y"] },
    {
      kind: "enum",
      name: "Via",
      pointer: "/definitions/Via",
      definitionName: "Via",
      valueType: "string",
      values: ["last"],
      otherValues: { kind: "string", constraints: { minLength: 1 } },
    },
  ],
});

describe("python-drf target", () => {
  const [file] = pythonDrfTarget.render([model], { fileNames: { Demo: "demo.py" } });
  const text = file!.contents;

  it("writes one self-contained file with the marker in its header", () => {
    expect(file!.path).toBe("demo.py");
    expect(text.split("\n")[0]).toBe(`# ${GENERATED_MARKER}`);
    expect(text).toContain("class _StrictSerializer(");
    expect(text.endsWith("\n")).toBe(true);
    expect(pythonDrfTarget.render([model], { fileNames: { Demo: "demo.py" } })[0]!.contents).toBe(text);
  });

  it("hoists the fields every root variant shares into a base serializer", () => {
    const shared = sharedVariantFields(model, model.types[2] as never)!;
    expect(shared.properties.map((p) => p.name)).toEqual(["id", "kind", "detail"]);
    expect(text).toContain("class ThingBaseSerializer(_StrictSerializer):");
    expect(text).toContain("class ASerializer(ThingBaseSerializer):");
    expect(text).toContain("THING_TYPES = (\"a\", \"b\")");
    expect(text).toMatch(/THING_PAYLOAD_FIELDS = \{\s*"a": \("code", "from", "next", "via", "nothing", "shape"\),\s*"b": \("n", "tags", "meta"\),?\s*\}/);
  });

  it("maps each construct to a strict field", () => {
    expect(text).toContain('    locals()["from"] = _String(allow_null=True)');
    // A → Thing → A: Thing is written first and reaches A lazily.
    expect(text).toContain("    next = ThingSerializer(required=False)");
    expect(text).toContain('("a", _Lazy(lambda: ASerializer()))');
    expect(text).toContain("    n = _Integer(minimum=0)");
    expect(text).toContain("    tags = _List(child=_String())");
    expect(text).toContain("    meta = _Record(child=_Unknown(), required=False)");
    expect(text).toContain("@_object_rules(additional=True)\nclass ");
    expect(text).toContain("class KindField(_Choice):");
    expect(text).toContain("PROTOCOL_VERSION = 3");
    // The constant null, and a constant of any JSON value.
    expect(text).toContain("    nothing = _Const(None, allow_null=True)");
    expect(text).toContain('    shape = _Const({"x": [1, True]}, required=False)');
  });

  it("renders an open enum as its values plus the field every other value must pass", () => {
    expect(text).toMatch(/class ViaField\(_Choice\):\n    """[^\n]*"""\n\n    _values = \("last",\)\n    _other = _String\(min_length=1\)\n/);
    expect(text).toContain("    via = ViaField(required=False)");
  });

  it("gives a first-match union an OpenAPI discriminator's preference: each string with the index of its variant", () => {
    const open = (petType: string) => ({ type: "object", required: ["petType"], properties: { petType: { type: "string" }, [petType]: { type: "integer" } } });
    const pets = modelOf(
      draft07({ Cat: open("lives"), Dog: open("legs"), Pet: { anyOf: [{ $ref: "#/definitions/Cat" }, { $ref: "#/definitions/Dog" }], discriminator: { propertyName: "petType", mapping: { dog: "#/definitions/Dog" } } } }),
      "Pets",
    );
    const [rendered] = pythonDrfTarget.render([pets], {});
    expect(rendered!.contents).toMatch(/class PetSerializer\(_FirstMatchUnion\):\n    """[^\n]*"""\n\n    _keyword = "anyOf"\n    _preference = \("petType", \(\("dog", 1\), \("Cat", 0\), \("Dog", 1\)\)\)\n/);
  });

  it("breaks long lines the way ruff format does", () => {
    const long = call("SomeVeryLongSerializerName", [kwarg("required", atom("False")), kwarg("allow_null", atom("True"))]);
    expect(layout("a_rather_long_attribute_name_for_testing = ", long, "", 4)).toEqual([
      "    a_rather_long_attribute_name_for_testing = SomeVeryLongSerializerName(",
      "        required=False,",
      "        allow_null=True,",
      "    )",
    ]);
    expect(pyString('say "hi"')).toBe(`'say "hi"'`);
    expect(pyString("a\\b\n")).toBe('"a\\\\b\\n"');
  });

  // pyString spells a string needing no escape as it is: the same as escaping it character by character.
  it("spells strings with and without escapes alike, whichever way it takes", () => {
    expect(pyString("plain text")).toBe('"plain text"');
    expect(pyString("it's")).toBe(`"it's"`);
    expect(pyString("both ' and \"")).toBe('"both \' and \\""');
    expect(pyString("line\u2028sep \u0085 \x7f")).toBe('"line\\u2028sep \\u0085 \\x7f"');
    expect(pyString("lone \ud800 pair \u{1f600}")).toBe('"lone \\ud800 pair \u{1f600}"');
  });

  // layout asks for each sub-expression's one-line spelling at every level it tries; an expression
  // spelled once keeps that spelling wherever it is laid out again.
  it("lays out a nested call the same however often its parts are spelled", () => {
    const inner = call("Inner", [kwarg("first_argument_name", atom(pyString("a fairly long value"))), kwarg("second", atom("None"))]);
    const outer = call("OuterSerializerWithALongName", [kwarg("child", inner), kwarg("many", atom("True"))]);
    const once = layout("field = ", outer, "", 4);
    expect(layout("field = ", outer, "", 4)).toEqual(once);
    expect(once).toEqual([
      "    field = OuterSerializerWithALongName(",
      '        child=Inner(first_argument_name="a fairly long value", second=None),',
      "        many=True,",
      "    )",
    ]);
  });

  it("gives every class a docstring, from the schema's description or else where it is defined", () => {
    expect(text).toContain('class ASerializer(ThingBaseSerializer):\n    """An A.\n\n    Its id is a `pattern`-checked string.\n    """\n\n');
    expect(text).toContain('class KindField(_Choice):\n    """Kind, as defined at /definitions/Kind of the schema."""\n\n    _values');
    expect(text).toContain('class ThingBaseSerializer(_StrictSerializer):\n    """The fields every Thing variant shares."""\n');
    expect(text).toContain('class ThingSerializer(_TaggedUnion):\n    """Thing, as defined at /definitions/Thing of the schema."""\n');
    expect(docstringLines('say """hi""" \\ "bye"')).toEqual(['    """say \\"\\"\\"hi\\"\\"\\" \\\\ "bye\\""""']);
    expect(docstringLines("a\u0000b", 0)).toEqual(['"""a\\x00b"""']);
  });

  it("lists each pattern with its Python translation, and fields keep the schema's pattern", () => {
    expect(text).toContain('JSON_SCHEMA_PATTERNS = {"^[a-z]+$": "^[a-z]+\\\\Z"}');
    expect(text).toContain('    code = _String(pattern="^[a-z]+$", required=False)');
  });

  it("translates ECMAScript patterns to Python's re", () => {
    expect(pythonPattern("^\\d{4}$")).toBe("^\\d{4}\\Z");
    expect(pythonPattern("^[$]x$")).toBe("^[$]x\\Z");
    expect(pythonPattern("(?<year>\\d+)")).toBe("(?P<year>\\d+)");
  });

  // Regression (a SchemaStore schema, found by the examples oracle): `re` refuses a lookbehind of
  // several lengths, and the module did not import. The case file lookbehinds-of-several-lengths.json
  // judges the spellings in every runtime.
  it("spells a lookbehind of several bounded lengths as lookbehinds of one length each; an unbounded one stays as written", () => {
    expect(pythonPattern("(?<=^v?)1")).toBe("(?:(?<=^)|(?<=^v))1");
    expect(pythonPattern("a(?<!\\.(?:js|json))")).toBe("a(?<!\\.(?:js))(?<!\\.(?:json))");
    expect(pythonPattern("(?<=(?<n>ab|c))x")).toBe("(?:(?<=(?:ab))|(?<=(?:c)))x");
    expect(pythonPattern("(?<=ab|cd)x")).toBe("(?<=ab|cd)x");
    expect(pythonPattern("(?<=a+)x")).toBe("(?<=a+)x");
    expect(pythonPattern("(a)(?<=\\1b?)")).toBe("(a)(?<=\\1b?)");
  });

  // Regression: `re` knows no `\p{…}`, so a pattern such as `^\p{L}+$` was copied as it is and the
  // serializer module failed when the field compiled it ("bad escape \p").
  it("spells a Unicode property as the class of the code points it holds", () => {
    // The translation read back as JavaScript (`\U0001f600` → `\u{1f600}`, `\Z` → `$`), to compare verdicts code point by code point.
    const asJavaScript = (python: string) => new RegExp(python.replace(/\\U([0-9a-f]{8})/g, (_, hex: string) => `\\u{${hex}}`).replace(/\\Z/g, "$"), "u");
    for (const pattern of ["^\\p{L}+$", "^[\\p{Lu}_][\\p{L}\\p{N}_]*$", "^\\P{Lu}$", "^[^\\P{Nd}]$", "\\p{Script=Greek}"]) {
      const translated = pythonPattern(pattern);
      expect(translated).not.toMatch(/\\[pP]\{/);
      const original = new RegExp(pattern, "u");
      const python = asJavaScript(translated);
      for (let codePoint = 0; codePoint < 0x110000; codePoint += codePoint < 0x3000 ? 1 : 61) {
        const text = String.fromCodePoint(codePoint);
        for (const value of [text, `A${text}`, `${text}_`]) expect(python.test(value), `${pattern} on U+${codePoint.toString(16)} in ${JSON.stringify(value)}`).toBe(original.test(value));
      }
    }
  });
});

// Each format's table entries are built once per process (translateFormats.ts): a module still lists
// exactly the formats its own model uses, whatever modules were rendered before it.
// Found by a sweep of CRDs: foo_v1beta1.json's module was foo_v_1beta_1_serializers.py.
describe("the module's file name", () => {
  it("keeps a version's digits with the letter before them", () => {
    expect(moduleFileName("CloneEvents")).toBe("clone_events_serializers.py");
    expect(moduleFileName("KustomizationV1")).toBe("kustomization_v1_serializers.py");
    expect(moduleFileName("FooV1beta1")).toBe("foo_v1beta1_serializers.py");
    expect(moduleFileName("SessionV2_0_76")).toBe("session_v2_0_76_serializers.py");
  });
});

describe("format tables across models", () => {
  const moduleOf = (format: string) => {
    const document = draft07({ Value: { type: "object", properties: { value: { type: "string", format } }, additionalProperties: false } }, { $ref: "#/definitions/Value" });
    return pythonDrfTarget.render([modelOf(document)], {})[0]!.contents;
  };
  const formatsTable = (text: string) => text.slice(text.indexOf("JSON_SCHEMA_FORMATS = "), text.indexOf("\n}\n", text.indexOf("JSON_SCHEMA_FORMATS = ")));

  it("lists only the model's own formats, the same however often and in whatever order modules are rendered", () => {
    const uri = moduleOf("uri");
    const date = moduleOf("date");
    expect(formatsTable(uri)).toContain('"uri": _pattern_format(');
    expect(formatsTable(uri)).not.toContain('"date"');
    expect(formatsTable(date)).toContain('"date": _calendar_format(CALENDAR_FORMATS["date"])');
    expect(formatsTable(date)).not.toContain('"uri"');
    expect(moduleOf("uri")).toBe(uri);
    expect(moduleOf("date")).toBe(date);
  });
});
