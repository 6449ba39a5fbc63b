// Regression: a suite made while a test runs (most construct tests draw inside `it`) registered its
// disposal with afterAll, which vitest ignores once tests run, so every such suite left its folder
// (the document and the DRF module the Python runtimes read) in the temp dir: five per CI run from
// conditional-closed-branch-leading-back alone. Each test's folders are now gone when it finishes; a
// suite made while the file is collected lives until the file's tests are done.
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = { $schema: "http://json-schema.org/draft-07/schema#", definitions: { Item: { type: "object", properties: { id: { type: "string" } } } } };

const folderOf = (made: ReturnType<typeof suiteOfDocument>) => dirname(made.suite.families[0]!.documentPath);

const collected = suiteOfDocument(document, "test:suite-folders-removed-collected", "Collected");
let folderMadeInATest: string | undefined;

it("a suite made while a test runs has its folder while the test runs", () => {
  folderMadeInATest = folderOf(suiteOfDocument(document, "test:suite-folders-removed-in-a-test", "InATest"));
  expect(existsSync(folderMadeInATest)).toBe(true);
});

it("and not after that test", () => {
  expect(folderMadeInATest).toBeDefined();
  expect(existsSync(folderMadeInATest!)).toBe(false);
});

it("a suite made while the file is collected keeps its folder for the file's tests", () => {
  expect(existsSync(folderOf(collected))).toBe(true);
});

