// Schema facts (familiesOf, passesOtherTypes) are worked out once per shape while a model is built.
// Walked again for every caller, a chain of unions each naming the next (`d0 = anyOf [integer, d1]`,
// `d1 = anyOf [integer, d2]`…) cost the cube of its length: 300 links took 88 s to model.
import { describe, expect, it } from "vitest";
import { SchemaFactsMemo } from "../src/model/schemaFacts.ts";

describe("SchemaFactsMemo.recall", () => {
  it("works out a shape's answer once, however many callers ask", () => {
    const memo = new SchemaFactsMemo();
    const table = new WeakMap<object, string>();
    const shape = {};
    let computed = 0;
    const ask = () => memo.recall(table, shape, undefined, "cut", () => `answer ${++computed}`);
    expect([ask(), ask(), ask()]).toEqual(["answer 1", "answer 1", "answer 1"]);
    expect(computed).toBe(1);
  });

  it("keeps down a chain every answer no recursion cut: each link is worked out once", () => {
    const memo = new SchemaFactsMemo();
    const table = new WeakMap<object, number>();
    const links = Array.from({ length: 50 }, () => ({}));
    let computed = 0;
    // Each link's answer is one more than the next one's, as a union's families are its variants'.
    const depth = (index: number, seen?: Set<unknown>): number =>
      memo.recall(table, links[index]!, seen, 0, () => {
        computed += 1;
        return index + 1 === links.length ? 1 : 1 + depth(index + 1, (seen ?? new Set()).add(links[index]!));
      });
    for (let index = links.length - 1; index >= 0; index--) expect(depth(index)).toBe(links.length - index);
    for (let index = 0; index < links.length; index++) expect(depth(index)).toBe(links.length - index);
    expect(computed).toBe(links.length);
  });

  it("keeps no answer that a recursion cut below it: that answer is the path's, not the shape's", () => {
    const memo = new SchemaFactsMemo();
    const table = new WeakMap<object, string>();
    const [a, b] = [{}, {}];
    let computed = 0;
    // a refers to b and b to a: entered at a, b meets a again (cut) and answers for that path only.
    const of = (shape: object, seen: Set<unknown>): string =>
      memo.recall(table, shape, seen, "cut", () => {
        computed += 1;
        return `${shape === a ? "a" : "b"}(${of(shape === a ? b : a, new Set(seen).add(shape))})`;
      });
    expect(of(a, new Set())).toBe("a(b(cut))");
    expect(of(b, new Set())).toBe("b(a(cut))");
    expect(computed).toBe(4);
    expect(table.has(a) || table.has(b)).toBe(false);
  });
});
