// Every schema a tool can validate against by name: the unversioned ones (`validatorsByName`) and
// the definitions of versioned families, whose version is chosen per file.
import { claudeCodeSessions } from "../claude-code/index.ts";
import type { Validator } from "./ajv.ts";
import { validatorsByName } from "./validators.ts";
import type { VersionedSchemaFamily } from "./versioned.ts";

export type RegisteredSchema =
  | { readonly kind: "plain"; readonly name: string; readonly validator: Validator<unknown> }
  | {
      readonly kind: "versioned";
      readonly name: string;
      readonly family: VersionedSchemaFamily;
      /** Whether this is the family's root (a file's records), whose version is detected per file. */
      readonly isRoot: boolean;
    };

/** Families whose data is versioned by its producer. */
export const versionedFamilies: readonly VersionedSchemaFamily[] = [claudeCodeSessions];

function versionedDefinitionNames(family: VersionedSchemaFamily): Set<string> {
  return new Set(family.versions.flatMap((version) => Object.keys(version.validators)));
}

export function findSchema(name: string): RegisteredSchema | undefined {
  const validator = validatorsByName[name];
  if (validator) return { kind: "plain", name, validator };
  const family = versionedFamilies.find((candidate) => versionedDefinitionNames(candidate).has(name));
  return family ? { kind: "versioned", name, family, isRoot: name === family.root } : undefined;
}

/** Every name `findSchema` knows: the unversioned ones, then each versioned family's. */
export function registeredSchemaNames(): string[] {
  return [...Object.keys(validatorsByName), ...versionedFamilies.flatMap((family) => [...versionedDefinitionNames(family)])];
}
