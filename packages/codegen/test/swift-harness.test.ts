// The Swift conformance harness (scripts/swift/harness.sh, apps/macos/Sources/CloneConformanceHarness)
// answers the line protocol the cross-language runner relies on: one answer per request, in order,
// without waiting for more input; every definition of both families decodable by its wire name; the
// re-encoded JSON keeping integers as integers; exit 0 when stdin closes.
//
// Needs the Swift toolchain (helpers/swift.ts: without it, a failure under CI=true, an announced skip
// elsewhere). The first run builds the harness in release mode, which takes a minute or so.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithSwift, verdictOf } from "./helpers/swift.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";

const FIXTURES = join(REPO_ROOT, "packages/schema/fixtures");

interface Answer {
  id: number | null;
  ok: boolean;
  reencoded?: unknown;
  /** The case of each enum at each place of an accepted value. */
  cases?: unknown;
  error?: string;
  unsupported?: boolean;
}

/** The harness process, with answers read line by line and handed out in order. */
class Harness {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];
  stderr = "";

  constructor() {
    this.child = spawn("bash", [join(REPO_ROOT, "scripts/swift/harness.sh")], { cwd: REPO_ROOT });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-8000);
    });
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.lines.push(line);
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  /** The next answer line as text (raw, so number spellings can be checked). */
  nextLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      void this.exited.then((code) => reject(new Error(`harness exited (${code}) before answering:\n${this.stderr}`)));
    });
  }

  send(...requests: (string | object)[]): void {
    for (const request of requests) this.child.stdin.write(`${typeof request === "string" ? request : JSON.stringify(request)}\n`);
  }

  async ask(...requests: object[]): Promise<Answer[]> {
    this.send(...requests);
    const answers: Answer[] = [];
    for (let i = 0; i < requests.length; i += 1) answers.push(JSON.parse(await this.nextLine()) as Answer);
    return answers;
  }
}

function fixture(schema: string, kind: "valid" | "invalid", name: string): unknown {
  const value = JSON.parse(readFileSync(join(FIXTURES, schema, kind, name), "utf8")) as { instance?: unknown };
  return kind === "valid" ? value : value.instance;
}

function definitionNames(path: string): string[] {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8")) as { definitions: Record<string, unknown> };
  return Object.keys(document.definitions);
}

describeWithSwift("Swift conformance harness", () => {
  let harness: Harness;
  let nextId = 1;
  const request = (schema: string, instance: unknown) => ({ id: nextId++, schema, instance });

  beforeAll(async () => {
    harness = new Harness();
    // Wait for the build: the first answer only comes once the process runs.
    const [answer] = await harness.ask(request("CloneEvent", fixture("CloneEvent", "valid", readdirSync(join(FIXTURES, "CloneEvent", "valid"))[0]!)));
    expect(answer?.ok, harness.stderr).toBe(true);
  }, 900_000);

  afterAll(() => {
    if (harness && harness.child.exitCode === null) harness.child.kill();
  });

  it("answers each request before the next is sent", async () => {
    for (const schema of ["CloneEvent", "GatewayFrame"]) {
      for (const name of readdirSync(join(FIXTURES, schema, "valid")).filter((n) => n.endsWith(".json")).sort()) {
        const instance = fixture(schema, "valid", name);
        const sent = request(schema, instance);
        const [answer] = await harness.ask(sent);
        expect(verdictOf(answer), `${schema}/valid/${name}`).toEqual({ id: sent.id, ok: true, reencoded: instance });
      }
    }
  });

  it("rejects missing required keys and wrong JSON types with a short DecodingError", async () => {
    const cases: [string, string, RegExp][] = [
      ["CloneEvent", "missing-session-id.json", /^keyNotFound at \/: "session_id"$/],
      ["CloneEvent", "null-id.json", /^valueNotFound at \/id: /],
      ["CloneEvent", "integration-without-source-detail.json", /^keyNotFound at \/: "source_detail": .*required when "source" is "integration"/],
      ["GatewayFrame", "req-missing-method.json", /^keyNotFound at \/: "method"$/],
      ["GatewayFrame", "res-ok-string.json", /^typeMismatch at \/ok: expected Bool/],
      ["GatewayFrame", "not-an-object.json", /^typeMismatch at \/: /],
    ];
    const sent = cases.map(([schema, name]) => request(schema, fixture(schema, "invalid", name)));
    const answers = await harness.ask(...sent);
    answers.forEach((answer, i) => {
      const [schema, name, error] = cases[i]!;
      expect(answer.id, name).toBe(sent[i]!.id);
      expect(answer.ok, `${schema}/invalid/${name}`).toBe(false);
      expect(answer.unsupported, name).toBeUndefined();
      expect(answer.error, name).toMatch(error);
      expect(answer.error!.length, name).toBeLessThanOrEqual(301);
    });
  });

  it("accepts an unknown tag into the unknown case and re-encodes it unchanged", async () => {
    const instance = fixture("GatewayFrame", "invalid", "unknown-frame-type.json");
    const [answer] = await harness.ask(request("GatewayFrame", instance));
    expect(answer).toMatchObject({ ok: true, reencoded: instance });
  });

  it("says unsupported for a schema name it does not know, and keeps going", async () => {
    const answers = await harness.ask(request("NoSuchDefinition", {}), request("ErrorCode", "NOT_LINKED"));
    expect(answers[0]).toMatchObject({ ok: false, unsupported: true });
    expect(answers[0]!.error).toContain("NoSuchDefinition");
    expect(answers[1]).toMatchObject({ ok: true, reencoded: "NOT_LINKED" });
  });

  it("answers a malformed line under its id when it has one, else null", async () => {
    harness.send("not json", '{"id": 77, "schema": 5}');
    expect(JSON.parse(await harness.nextLine())).toMatchObject({ id: null, ok: false, error: expect.stringMatching(/^bad request: /) });
    expect(JSON.parse(await harness.nextLine())).toMatchObject({ id: 77, ok: false, error: expect.stringMatching(/^bad request: /) });
  });

  it("decodes every definition of both families by its wire name", async () => {
    const names = [...definitionNames("dist/protocol.schema.json"), ...definitionNames("packages/schema/events.schema.json")];
    expect(names.length).toBeGreaterThan(40);
    // Whether null decodes does not matter here, only that each name is known.
    const answers = await harness.ask(...names.map((name) => request(name, null)));
    expect(answers.flatMap((a, i) => (a.unsupported ? [`${names[i]}: ${a.error}`] : []))).toEqual([]);
  });

  it("keeps integers integers, beyond 2^53 too, and floats as numbers", async () => {
    const id = nextId++;
    // Raw text: JSON.parse would round 9007199254740993 before we could look at it.
    harness.send(
      `{"id":${id},"schema":"GatewayFrame","instance":{"type":"req","id":"r","method":"m","params":{"big":9007199254740993,"neg":-42,"f":1.5,"list":[0,1,2]}}}`,
    );
    const line = await harness.nextLine();
    expect(line).toContain('"big":9007199254740993');
    expect(line).toContain('"neg":-42');
    expect(line).toContain('"f":1.5');
    expect(line).toContain('"list":[0,1,2]');
    expect(JSON.parse(line)).toMatchObject({ id, ok: true });
  });

  // Found by a sweep's recorded data (an OSV record's "\ud800"): Foundation's JSONDecoder ends the
  // process on a key holding an unpaired surrogate escape (a try! inside it traps), so the harness
  // died and the whole run was lost. It answers as JSONInput.decode does, and keeps going.
  it("refuses an unpaired surrogate, in a key or a value, as JSONInput.decode does, and keeps going", async () => {
    const [keyId, valueId, pairId] = [nextId++, nextId++, nextId++];
    harness.send(
      `{"id":${keyId},"schema":"GatewayFrame","instance":{"type":"req","id":"r","method":"m","params":{"\\ud800":1}}}`,
      `{"id":${valueId},"schema":"GatewayFrame","instance":{"type":"req","id":"r","method":"m","params":{"a":"x\\udc00"}}}`,
      `{"id":${pairId},"schema":"GatewayFrame","instance":{"type":"req","id":"r","method":"m","params":{"\\ud83d\\ude00":1}}}`,
    );
    const refusal = { ok: false, error: "unpaired UTF-16 surrogate escape (not I-JSON)" };
    expect(JSON.parse(await harness.nextLine())).toEqual({ id: keyId, ...refusal });
    expect(JSON.parse(await harness.nextLine())).toEqual({ id: valueId, ...refusal });
    expect(JSON.parse(await harness.nextLine())).toMatchObject({ id: pairId, ok: true, reencoded: { params: { "\u{1F600}": 1 } } });
  });

  it("exits 0 when stdin closes", async () => {
    harness.child.stdin.end();
    expect(await harness.exited).toBe(0);
  });
});

// `harness.sh --input FILE`: the same harness over the Swift generated from any JSON Schema file, which
// `pnpm test:conformance --input FILE` relies on. Debug build, to keep the test's compile short.
describeWithSwift("Swift conformance harness for any input (--input FILE)", () => {
  const input = "packages/codegen/test/fixtures/mixed-union.schema.json";

  function runHarness(args: readonly string[], requests: readonly object[]) {
    return spawnSync("bash", [join(REPO_ROOT, "scripts/swift/harness.sh"), ...args], {
      cwd: REPO_ROOT,
      input: requests.map((request) => `${JSON.stringify(request)}\n`).join(""),
      encoding: "utf8",
      env: { ...process.env, CLONE_HARNESS_CONFIG: "debug" },
    });
  }

  it("decodes every definition of that file by its name, and nothing else", () => {
    const message = { role: "user", content: ["hi", { type: "text", text: "t" }, { type: "image", url: "u" }], note: 3 };
    const run = runHarness(["--input", input], [
      { id: 1, schema: "Message", instance: message },
      { id: 2, schema: "ContentItem", instance: { type: "image", url: "u" } },
      { id: 3, schema: "ContentItem", instance: 5 },
      { id: 4, schema: "CloneEvent", instance: {} },
    ]);
    expect(run.status, run.stderr).toBe(0);
    const answers = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Answer);
    expect(verdictOf(answers[0])).toEqual({ id: 1, ok: true, reencoded: message });
    // And the case each union's value went into, at its place: ContentItem's object case, then the case
    // of the tagged union it holds.
    expect(answers[1]).toEqual({ id: 2, ok: true, reencoded: { type: "image", url: "u" }, cases: [{ at: [], cases: ["object", "image"] }] });
    expect(answers[2]).toMatchObject({ id: 3, ok: false });
    // The Clone families are not in this package: only the input's definitions are.
    expect(answers[3]).toMatchObject({ id: 4, ok: false, unsupported: true });
  }, 1_200_000);

  it("exits 2, naming the problem, on an input the generator refuses or a bad argument", () => {
    const missing = runHarness(["--input", "no/such/file.json"], []);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no/such/file.json");
    const bad = runHarness(["--nope"], []);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown argument --nope");
  });
});
