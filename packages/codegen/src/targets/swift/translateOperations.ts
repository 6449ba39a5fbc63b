// The typed layer over a protocol's frames, from the model's operations (model/types.ts `Operations`):
// - `<Model>Method`: every method by wire name, with the Swift types of its params and result;
// - request builders on the request frame, one per method (`RequestFrame.connect(id:params:)`), which
//   put the params into the frame through the JSONValue bridge (support.ts), no bytes in between;
// - `payload(as:)` on the response frame, and `method.resultType` naming what to decode;
// - `<Model>ServerEvent`: a case per event with its payload typed, plus a case for an event this
//   version does not know, which decodes and never throws (a newer server may push more events).
import { typeNamed } from "../../model/schemaModel.ts";
import type { Method, ObjectType, Operations, ServerEvent, TypeRef } from "../../model/types.ts";
import type { SwiftContext } from "./context.ts";
import { escapeIdentifier, fallbackCaseName, methodEnumName, operationCaseNames, serverEventEnumName, stringLiteral, typeIdentifier } from "./naming.ts";
import { definitionMetatype } from "./registry.ts";
import { structMembers } from "./structMembers.ts";
import { I1, I2, I3, unknownToThisVersionMember } from "./swiftSyntax.ts";
import { swiftType } from "./swiftTypes.ts";

export function translateOperations(operations: Operations, ctx: SwiftContext): string[] {
  return [
    "// MARK: - Operations",
    "",
    ...translateMethodEnum(operations, ctx),
    "",
    ...translateRequestBuilders(operations, ctx),
    "",
    ...translateResponsePayload(operations, ctx),
    "",
    ...translateServerEventEnum(operations, ctx),
  ];
}

/**
 * The frame type a frame reference names, with the Swift member of each of its wire keys. The key
 * holding the value (`params`, `payload`) must be any JSON value: the bridge fills and reads it.
 */
function frame(ctx: SwiftContext, ref: Operations["frames"]["request"], valueKey: string): { type: string; member: (wireName: string) => string } {
  // validateModel guarantees the frames are object types with the keys used below.
  const object = typeNamed(ctx.model, ref.name) as ObjectType;
  const value = object.properties.find((property) => property.name === valueKey)!;
  if (swiftType(value.type, ctx.model) !== "JSONValue") {
    throw ctx.fail(value.pointer, `"${valueKey}" of ${object.name} must be any JSON value for the typed operations, not ${swiftType(value.type, ctx.model)}`);
  }
  const members = structMembers(object);
  return { type: typeIdentifier(object.name), member: (wireName) => escapeIdentifier(members.properties.get(wireName)!) };
}

function describeType(ref: TypeRef | undefined, absent: string, ctx: SwiftContext): string {
  return ref ? swiftType(ref, ctx.model) : absent;
}

function translateMethodEnum(operations: Operations, ctx: SwiftContext): string[] {
  const name = methodEnumName(ctx.model.name);
  const cases = operationCaseNames(operations.methods.map((method) => method.name));
  const metatype = (pick: (method: Method) => TypeRef | undefined, what: string) => [
    `${I1}public var ${what}Type: (${definitionMetatype()})? {`,
    `${I2}switch self {`,
    ...operations.methods.map((method, index) => {
      const type = pick(method);
      return `${I2}case .${escapeIdentifier(cases[index]!)}: return ${type ? `${swiftType(type, ctx.model)}.self` : "nil"}`;
    }),
    `${I2}}`,
    `${I1}}`,
  ];
  return [
    `/// Every method ${ctx.model.name} declares, by wire name, with the types of its params and result.`,
    `public enum ${name}: String, Codable, Sendable, Equatable, Hashable, CaseIterable {`,
    ...operations.methods.map((method, index) => `${I1}case ${escapeIdentifier(cases[index]!)} = ${stringLiteral(method.name)}`),
    "",
    `${I1}/// The type of the params; nil when the method takes none.`,
    ...metatype((method) => method.params, "params"),
    "",
    `${I1}/// The type of the result; nil when the protocol does not type it.`,
    ...metatype((method) => method.result, "result"),
    "}",
  ];
}

function translateRequestBuilders(operations: Operations, ctx: SwiftContext): string[] {
  const request = frame(ctx, operations.frames.request, "params");
  const enumName = methodEnumName(ctx.model.name);
  const cases = operationCaseNames(operations.methods.map((method) => method.name));
  const out = [`extension ${request.type} {`];
  operations.methods.forEach((method, index) => {
    const caseName = cases[index]!;
    const result = method.result ? `the result is ${swiftType(method.result, ctx.model)}` : "the protocol does not type the result";
    const call = `${request.type}(${request.member("id")}: id, ${request.member("method")}: ${enumName}.${escapeIdentifier(caseName)}.rawValue`;
    if (method.params) {
      out.push(
        `${I1}/// The ${stringLiteral(method.name)} request: params ${swiftType(method.params, ctx.model)}; ${result}.`,
        `${I1}public static func ${escapeIdentifier(caseName)}(id: String, params: ${swiftType(method.params, ctx.model)}) throws -> ${request.type} {`,
        `${I2}${call}, ${request.member("params")}: try JSONValue(encoding: params))`,
        `${I1}}`,
        "",
      );
    } else {
      out.push(
        `${I1}/// The ${stringLiteral(method.name)} request: no params; ${result}.`,
        `${I1}public static func ${escapeIdentifier(caseName)}(id: String) -> ${request.type} {`,
        `${I2}${call})`,
        `${I1}}`,
        "",
      );
    }
  });
  out.push(
    `${I1}/// The method this request calls, when this version knows it.`,
    `${I1}public var known${enumName}: ${enumName}? { ${enumName}(rawValue: ${request.member("method")}) }`,
    "",
    `${I1}/// The params decoded as T; nil when the request carries none.`,
    `${I1}public func params<T: Decodable>(as type: T.Type) throws -> T? {`,
    `${I2}try ${request.member("params")}.map { try $0.decode(type) }`,
    `${I1}}`,
    "}",
  );
  return out;
}

function translateResponsePayload(operations: Operations, ctx: SwiftContext): string[] {
  const response = frame(ctx, operations.frames.response, "payload");
  return [
    `extension ${response.type} {`,
    `${I1}/// The payload decoded as T (the result type of the method called: \`${methodEnumName(ctx.model.name)}.resultType\`);`,
    `${I1}/// nil when the response carries none.`,
    `${I1}public func payload<T: Decodable>(as type: T.Type) throws -> T? {`,
    `${I2}try ${response.member("payload")}.map { try $0.decode(type) }`,
    `${I1}}`,
    "}",
  ];
}

function translateServerEventEnum(operations: Operations, ctx: SwiftContext): string[] {
  const event = frame(ctx, operations.frames.event, "payload");
  const name = serverEventEnumName(ctx.model.name);
  const cases = operationCaseNames(operations.events.map((serverEvent) => serverEvent.name));
  const unknown = fallbackCaseName(cases);
  const payloadType = (serverEvent: ServerEvent) => describeType(serverEvent.payload, "JSONValue?", ctx);
  const each = (render: (serverEvent: ServerEvent, caseName: string) => string[]) => operations.events.flatMap((serverEvent, index) => render(serverEvent, escapeIdentifier(cases[index]!)));
  return [
    `/// An event the server pushes, its payload typed by the event's name. An event this version does not`,
    `/// know is \`${unknown}\`, with its name and payload as they came: decoding it never throws.`,
    `public enum ${name}: Sendable, Equatable, Hashable, UnknownValueFallback {`,
    ...each((serverEvent, caseName) => [
      `${I1}/// ${stringLiteral(serverEvent.name)}${serverEvent.payload ? "" : ": the protocol does not type its payload"}`,
      `${I1}case ${caseName}(${payloadType(serverEvent)})`,
    ]),
    `${I1}/// An event this version does not know.`,
    `${I1}case ${unknown}(event: String, payload: JSONValue?)`,
    "",
    `${I1}/// The event a frame carries. Throws only when a known event's payload does not decode as its type.`,
    `${I1}public init(frame: ${event.type}) throws {`,
    `${I2}switch frame.${event.member("event")} {`,
    ...each((serverEvent, caseName) => [
      `${I2}case ${stringLiteral(serverEvent.name)}:`,
      serverEvent.payload
        ? `${I3}self = .${caseName}(try (frame.${event.member("payload")} ?? .null).decode(${swiftType(serverEvent.payload, ctx.model)}.self))`
        : `${I3}self = .${caseName}(frame.${event.member("payload")})`,
    ]),
    `${I2}default:`,
    `${I3}self = .${unknown}(event: frame.${event.member("event")}, payload: frame.${event.member("payload")})`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}/// The event's wire name.`,
    `${I1}public var name: String {`,
    `${I2}switch self {`,
    ...each((serverEvent, caseName) => [`${I2}case .${caseName}: return ${stringLiteral(serverEvent.name)}`]),
    `${I2}case .${unknown}(let event, _): return event`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}/// The payload as JSON, as an event frame carries it.`,
    `${I1}public func payloadValue() throws -> JSONValue? {`,
    `${I2}switch self {`,
    ...each((serverEvent, caseName) => [
      serverEvent.payload ? `${I2}case .${caseName}(let payload): return try JSONValue(encoding: payload)` : `${I2}case .${caseName}(let payload): return payload`,
    ]),
    `${I2}case .${unknown}(_, let payload): return payload`,
    `${I2}}`,
    `${I1}}`,
    "",
    ...unknownToThisVersionMember(unknown, "event"),
    "}",
    "",
    `extension ${event.type} {`,
    `${I1}/// This frame's event, typed (see ${name}).`,
    `${I1}public func serverEvent() throws -> ${name} {`,
    `${I2}try ${name}(frame: self)`,
    `${I1}}`,
    "}",
  ];
}
