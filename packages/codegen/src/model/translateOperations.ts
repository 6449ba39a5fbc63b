// `x-clone-operations` → the model's `Operations`: each frame, method params and result, event payload
// and the error codes is a schema, translated like any other (usually a `$ref` to a definition, so the
// definition's type). The shape of the keyword is checked here (bad input names its pointer); what
// the types must be is the contract's business (validateModel.ts).
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { pascalCase } from "../naming/words.ts";
import type { ModelBuilderContext } from "./modelBuilderContext.ts";
import { OPERATIONS_KEYWORD } from "./operationsKeyword.ts";
import type { Method, NamedTypeRef, Operations, ServerEvent, TypeRef } from "./types.ts";

type JsonObject = { readonly [key: string]: JsonValue };

const FRAMES = ["request", "response", "event"] as const;

export function translateOperations(ctx: ModelBuilderContext, document: JsonObject): Operations | undefined {
  const raw = document[OPERATIONS_KEYWORD];
  if (raw === undefined) return undefined;
  const pointer = `/${OPERATIONS_KEYWORD}`;
  const operations = objectAt(raw, pointer, "an object of frames, methods, events and errorCodes");
  const frames = objectAt(operations.frames, childPointer(pointer, "frames"), "an object of request, response and event schemas");
  const namedAt = (schema: JsonValue | undefined, at: string, nameHint: string): NamedTypeRef => {
    if (schema === undefined) throw new CodegenError(at, "is required");
    const type = ctx.translate(schema, at, nameHint);
    if (type.kind !== "named") throw new CodegenError(at, "must be a $ref to a definition");
    return type;
  };
  const frameTypes = Object.fromEntries(
    FRAMES.map((frame) => [frame, namedAt(frames[frame], childPointer(pointer, "frames", frame), `${pascalCase(frame)}Frame`)]),
  ) as Operations["frames"];
  const methods = Object.entries(objectAt(operations.methods ?? {}, childPointer(pointer, "methods"), "an object of method name → { params, result }")).map(
    ([name, entry]): Method => {
      const at = childPointer(pointer, "methods", name);
      const { params, result } = objectAt(entry, at, "an object with optional params and result schemas");
      return {
        name,
        ...optionalType(ctx, params, childPointer(at, "params"), `${pascalCase(name)}Params`, "params"),
        ...optionalType(ctx, result, childPointer(at, "result"), `${pascalCase(name)}Result`, "result"),
        pointer: at,
      };
    },
  );
  const events = Object.entries(objectAt(operations.events ?? {}, childPointer(pointer, "events"), "an object of event name → { payload }")).map(
    ([name, entry]): ServerEvent => {
      const at = childPointer(pointer, "events", name);
      const { payload } = objectAt(entry, at, "an object with an optional payload schema");
      return { name, ...optionalType(ctx, payload, childPointer(at, "payload"), `${pascalCase(name)}EventPayload`, "payload"), pointer: at };
    },
  );
  const errorCodes = operations.errorCodes === undefined ? undefined : namedAt(operations.errorCodes, childPointer(pointer, "errorCodes"), "ErrorCode");
  return { frames: frameTypes, methods, events, ...(errorCodes ? { errorCodes } : {}), pointer };
}

function optionalType<Key extends string>(ctx: ModelBuilderContext, schema: JsonValue | undefined, pointer: string, nameHint: string, key: Key): { [K in Key]?: TypeRef } {
  if (schema === undefined) return {};
  return { [key]: ctx.translate(schema, pointer, nameHint) } as { [K in Key]?: TypeRef };
}

function objectAt(value: JsonValue | undefined, pointer: string, expected: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new CodegenError(pointer, `must be ${expected}`);
  return value;
}
