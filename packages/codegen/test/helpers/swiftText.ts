// Generated Swift read back from its text alone, without the model: what tests compare with the model
// (or the JSON Schema document) to check the target independently. Knows the target's layout (one
// declaration per top-level block, four-space members, `CodingKeys` naming the wire keys), nothing more.

export interface StoredMember {
  /** The key on the wire, from CodingKeys. */
  readonly wireName: string;
  /** The declared Swift type, `?` included. */
  readonly type: string;
  /** A constant: a `let` with its value, or an optional one the decoder checks against its value. */
  readonly constant: boolean;
}

export type SwiftDeclaration =
  | {
      readonly kind: "struct";
      readonly members: readonly StoredMember[];
      /** The types of the stored members CodingKeys does not name: the maps of extra keys (`patternProperties`, `additionalProperties`). */
      readonly extraKeyMaps: readonly string[];
    }
  | { readonly kind: "enum"; readonly payloads: readonly string[] }
  | { readonly kind: "alias"; readonly type: string };

/** The top-level declarations of generated Swift, read from its text. */
export function swiftDeclarations(swift: string): Map<string, SwiftDeclaration> {
  const declarations = new Map<string, SwiftDeclaration>();
  for (const [, name, type] of swift.matchAll(/^public typealias (\w+) = (.+)$/gm)) declarations.set(name!, { kind: "alias", type: type! });
  for (const [, kind, name, body] of swift.matchAll(/^public (?:indirect )?(struct|enum) (\w+)[^\n]*\{\n([\s\S]*?)^\}$/gm)) {
    if (kind === "enum") {
      const payloads = [...body!.matchAll(/^ {4}case `?(\w+)`?\((.+)\)$/gm)].filter(([, caseName]) => caseName !== "unknown").map(([, , payload]) => payload!);
      declarations.set(name!, { kind: "enum", payloads });
      continue;
    }
    const stored = new Map(
      [...body!.matchAll(/^ {4}(?:@Indirect )?public (var|let) `?(\w+)`?: ([^=\n]+?)( = .*)?$/gm)].map(([, binding, member, type, value]) => [
        member!,
        { type: type!.trim(), constant: binding === "let" && value !== undefined },
      ]),
    );
    const checked = new Set([...body!.matchAll(/^ {8}if let value = self\.`?(\w+)`?(?: \?\? nil)?, !isSameWireValue\(value, /gm)].map(([, member]) => member!));
    const codingKeys = /^ {4}enum CodingKeys: String, CodingKey \{\n([\s\S]*?)^ {4}\}$/m.exec(body!)?.[1] ?? "";
    const members = [...codingKeys.matchAll(/^ {8}case `?(\w+)`?(?: = ("(?:[^"\\]|\\.)*"))?$/gm)].map(([, member, wire]) => {
      const declared = stored.get(member!);
      return {
        wireName: wire === undefined ? member! : (JSON.parse(wire) as string),
        type: declared?.type ?? "<missing>",
        constant: (declared?.constant ?? false) || checked.has(member!),
      };
    });
    const named = new Set([...codingKeys.matchAll(/^ {8}case `?(\w+)`?/gm)].map(([, member]) => member!));
    const extraKeyMaps = [...stored].filter(([member, { constant }]) => !named.has(member) && !constant).map(([, { type }]) => type);
    declarations.set(name!, { kind: "struct", members, extraKeyMaps });
  }
  return declarations;
}

/** A type with typealiases followed to what they name (`Foo?` → `JSONValue?` when `Foo = JSONValue`). */
export function resolveAliases(declarations: ReadonlyMap<string, SwiftDeclaration>, type: string): string {
  const optional = type.endsWith("?");
  let base = optional ? type.slice(0, -1) : type;
  const seen = new Set<string>();
  for (let declaration = declarations.get(base); declaration?.kind === "alias" && !seen.has(base); declaration = declarations.get(base)) {
    seen.add(base);
    base = declaration.type;
  }
  return optional && !base.endsWith("?") ? `${base}?` : base;
}

/**
 * Whether a member holds any JSON at all: no constant, and its type (typealiases followed, `?`
 * aside) is JSONValue, or an array or dictionary of such (`[JSONValue]`, `[String: [JSONValue]]`).
 */
export function isUntyped(declarations: ReadonlyMap<string, SwiftDeclaration>, member: StoredMember): boolean {
  return !member.constant && isOpenType(declarations, member.type);
}

function isOpenType(declarations: ReadonlyMap<string, SwiftDeclaration>, type: string): boolean {
  const resolved = resolveAliases(declarations, type.trim()).replace(/\?$/, "");
  if (resolved === "JSONValue") return true;
  const dictionary = /^\[String: (.+)\]$/.exec(resolved);
  if (dictionary) return isOpenType(declarations, dictionary[1]!);
  const array = /^\[(.+)\]$/.exec(resolved);
  return array !== null && isOpenType(declarations, array[1]!);
}

/** The `"wire": Type.self` entries of the definition registries in Swift text, in order. */
export function registryEntries(swift: string): [string, string][] {
  return [...swift.matchAll(/^public enum \w+Definitions \{\n([\s\S]*?)^\}$/gm)].flatMap(([, body]) =>
    [...body!.matchAll(/^ {8}("(?:[^"\\]|\\.)*"): (\w+)\.self,/gm)].map(([, wire, type]): [string, string] => [JSON.parse(wire!) as string, type!]),
  );
}

/** Every struct's schema properties (its CodingKeys), each struct once: how many there are, and how many are untyped. */
export function countSchemaProperties(swift: string): { readonly properties: number; readonly untyped: number } {
  const declarations = swiftDeclarations(swift);
  let properties = 0;
  let untyped = 0;
  for (const declaration of declarations.values()) {
    if (declaration.kind !== "struct") continue;
    properties += declaration.members.length;
    untyped += declaration.members.filter((member) => isUntyped(declarations, member)).length;
  }
  return { properties, untyped };
}
