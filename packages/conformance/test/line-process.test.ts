// The child process the Python and Swift harnesses run in (LineProcess): what a caller sees when the
// child ends while answers are outstanding.
import { describe, expect, it } from "vitest";
import { LineProcess } from "../src/runners/lineProcess.ts";

/** A child that answers each request line with its id, echoing the request's `n`. */
const ECHO = "require('readline').createInterface({ input: process.stdin }).on('line', (line) => { const { id, n } = JSON.parse(line); process.stdout.write(JSON.stringify({ id, n }) + '\\n'); });";

describe("LineProcess", () => {
  // Found by sweeps of FHIR and Vega-Lite: the Swift harness's release build of a large module took
  // tens of minutes, and the run printed nothing of it; its notes now reach the person running it.
  it("passes on the child's stderr lines that begin with the notes' prefix as they come, and only those", async () => {
    // A note split across two writes, between other build output, before the child starts answering.
    const noting = `process.stderr.write("compiling a.swift\\nswift-harness: building (debug)\\n"); process.stderr.write("swift-harness: bui"); setTimeout(() => { process.stderr.write("lt\\n"); ${ECHO} }, 50);`;
    const notes: string[] = [];
    const child = new LineProcess("noting", process.execPath, ["-e", noting], { cwd: process.cwd(), notes: { prefix: "swift-harness:", print: (line) => notes.push(line) } });
    const answers = await child.requestAll([{ n: 1 }]);
    await child.close();
    expect(answers.map((answer) => answer.n)).toEqual([1]);
    expect(notes).toEqual(["swift-harness: building (debug)", "swift-harness: built"]);
  });

  it("answers every request in order", async () => {
    const child = new LineProcess("echo", process.execPath, ["-e", ECHO], { cwd: process.cwd() });
    const answers = await child.requestAll(Array.from({ length: 2000 }, (_, n) => ({ n })));
    await child.close();
    expect(answers.map((answer) => answer.n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
  });

  it("leaves no listener behind when stdin drains (they piled up over a run's batches: MaxListenersExceededWarning)", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const child = new LineProcess("echo", process.execPath, ["-e", ECHO], { cwd: process.cwd() });
      const padding = "x".repeat(4096);
      for (let batch = 0; batch < 15; batch++) await child.requestAll(Array.from({ length: 200 }, (_, n) => ({ n, padding })));
      await child.close();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((name) => name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("takes every answer of a child that exits on its own once it has answered", async () => {
    // The child answers a batch of 500 and exits on its own (once its output is flushed), not at the end of its input.
    const answerThenExit = "let left = 500; require('readline').createInterface({ input: process.stdin }).on('line', (line) => { const { id, n } = JSON.parse(line); process.stdout.write(JSON.stringify({ id, n }) + '\\n'); if (--left === 0) process.stdout.write('', () => process.exit(0)); });";
    for (let round = 0; round < 3; round++) {
      const child = new LineProcess("answer-then-exit", process.execPath, ["-e", answerThenExit], { cwd: process.cwd() });
      const answers = await child.requestAll(Array.from({ length: 500 }, (_, n) => ({ n })));
      expect(answers).toHaveLength(500);
      await child.close();
    }
  });

  it("rejects the batch, and only the batch, when the child exits without reading it (no unhandled rejection)", async () => {
    const child = new LineProcess("mute", process.execPath, ["-e", "setTimeout(() => {}, 50)"], { cwd: process.cwd() });
    const padding = "x".repeat(4096);
    await expect(child.requestAll(Array.from({ length: 4000 }, (_, n) => ({ n, padding })))).rejects.toThrow(/mute/);
    await child.close();
    // Before the fix the batch waited forever for stdin to drain.
  }, 10_000);
});
