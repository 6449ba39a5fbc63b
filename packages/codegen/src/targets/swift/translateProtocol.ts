// The protocol an `allOf` base declares (analyzeModel.ts decides its requirements): the properties
// every type built on the base shares, so code can take `any RequestProtocol` and read `seq` and
// `command` whichever request it holds. The structs store the fields themselves (flattened), so a
// struct is a plain value and codes exactly as before.
import { documentationWithDeprecation } from "../../model/schemaModel.ts";
import type { BaseProtocol } from "./analyzeModel.ts";
import type { SwiftContext } from "./context.ts";
import { escapeIdentifier, typeIdentifier } from "./naming.ts";
import { structMembers } from "./structMembers.ts";
import { docComment, documentedRules, I1 } from "./swiftSyntax.ts";
import { declaredPropertyType } from "./swiftTypes.ts";

export function translateProtocol(protocol: BaseProtocol, ctx: SwiftContext): string[] {
  const { model } = ctx;
  const { base } = protocol;
  const members = structMembers(base);
  const doc = [
    `The fields every type built on ${base.name} (by \`allOf\`) shares; ${typeIdentifier(base.name)} and each of them adopt it.`,
    ...(protocol.unshared.length > 0
      ? [`Not required here, since some type narrows them: ${protocol.unshared.map((name) => `\`${name}\``).join(", ")}.`]
      : []),
  ].join("\n");
  const parents = protocol.parents.length > 0 ? protocol.parents : ["Codable", "Sendable"];
  const out = [...docComment(doc, ""), `public protocol ${protocol.name}: ${parents.join(", ")} {`];
  for (const wireName of protocol.requirements) {
    const property = base.properties.find((p) => p.name === wireName)!;
    out.push(...docComment(documentedRules(documentationWithDeprecation(property, property.type), property.type, ctx), I1));
    out.push(`${I1}var ${escapeIdentifier(members.properties.get(wireName)!)}: ${declaredPropertyType(property, model)} { get }`);
  }
  out.push("}");
  return out;
}
