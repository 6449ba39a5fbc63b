// Where a `$ref` points, by JSON Schema's rules: resolved against the base URI of the schema it sits
// in (the document's URI, changed by every `$id`, or draft-04 `id`, on the way down), then found by
// resource URI plus JSON pointer, or by plain-name anchor (`$anchor`, `$dynamicAnchor`, and the
// draft-06/07 `$id: "#name"` form). Shared by the input (which bundles other files into one
// document) and the model builder (which follows refs inside that document).
import { unescapePointerToken } from "@clone/schema/json-pointer";
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { dialectAtLeast, placeTokens, REFERENCE_KEYWORDS, subschemaFormsOf, walkSchemas, walkSchemasOnce, type Dialect, type SchemaPlace, type SchemaVisit } from "./vocabulary.ts";

export type Tokens = readonly (string | number)[];
type SchemaObject = { readonly [key: string]: JsonValue };
/** A schema object of a document (a copy), rewritten in place. */
export type WritableSchema = { [key: string]: JsonValue };

/** One JSON Schema document and the URI it was retrieved from (a file: URL for a local file). */
export interface IndexedDocument {
  readonly uri: string;
  readonly json: SchemaObject;
  readonly dialect: Dialect;
  /** How messages name the document (a file path), when it has one. */
  readonly location?: string;
}

export interface RefTarget {
  readonly document: IndexedDocument;
  readonly tokens: Tokens;
}

/** A URI without its fragment, and the fragment (without `#`; "" when there is none). */
export function splitFragment(uri: string): [string, string] {
  const hash = uri.indexOf("#");
  return hash < 0 ? [uri, ""] : [uri.slice(0, hash), uri.slice(hash + 1)];
}

/** `ref` resolved against `base` (RFC 3986), or undefined when it is not a URI reference at all. */
export function resolveUri(ref: string, base: string): string | undefined {
  // A plain fragment (`#/definitions/X`, the common case) only replaces the base's.
  if (ref.startsWith("#") && !base.includes("#")) return `${base}${encodeFragment(ref)}`;
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/** A fragment (`#…`) as URL parsing would spell it (so both paths give the same string): percent-encoded where a character may not stand as it is. */
export function encodeFragment(fragment: string): string {
  return /^[#A-Za-z0-9/_.~!$&'()*+,;=:@%-]*$/.test(fragment) ? fragment : new URL(fragment, "x:/").hash || "#";
}

/** The key that changes the base URI in this dialect (`id` in draft-04, `$id` later). */
export function idKeyword(dialect: Dialect): "id" | "$id" {
  return dialectAtLeast(dialect, "draft-06") ? "$id" : "id";
}

/**
 * True when `schema`, a subschema (`belowRoot`: not a document's root), has an `id`/`$id` beside a
 * `$ref` in draft-07 or earlier, where every keyword beside a `$ref` is ignored, that one too: it
 * neither changes the base the ref resolves against nor names a resource (OCI's `{id:
 * ".../manifest/annotations", $ref: "defs-descriptor.json#/…"}` names the file beside the document,
 * not one under that id). A root's own `$id` stays the document's URI even beside a `$ref` (the
 * common `{$id, $ref: "#/definitions/Main", definitions}`): it is where the document is published.
 */
export function isIdIgnoredBesideRef(schema: { readonly [key: string]: JsonValue }, belowRoot: boolean, dialect: Dialect): boolean {
  return belowRoot && typeof schema.$ref === "string" && typeof schema[idKeyword(dialect)] === "string" && !dialectAtLeast(dialect, "2019-09");
}

/** RFC 6901 pointer tokens, decoded (`~1` → `/`, `~0` → `~`, and %-escapes of a URI fragment). */
export function pointerTokens(fragment: string): string[] | undefined {
  if (fragment === "") return [];
  if (!fragment.startsWith("/")) return undefined;
  return fragment
    .slice(1)
    .split("/")
    .map((token) => unescapePointerToken(safeDecode(token)));
}

function safeDecode(token: string): string {
  // Without a %-escape there is nothing to decode (the common case: spared the call and its try).
  if (!token.includes("%")) return token;
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/** The value at `tokens` inside `root`, or undefined when the path does not exist. */
export function valueAt(root: JsonValue, tokens: Tokens): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Array.isArray(current) ? current[Number(token)] : Object.hasOwn(current, token) ? current[String(token)] : undefined;
  }
  return current;
}

/**
 * The one walk of every schema of a document, which every reader deciding something about all its
 * schemas calls (keyword values refused, patterns given to Python, limitations noticed, rewrites):
 * `visit` gets every schema object walkSchemas reaches from the root and, past them, every one that a
 * plain pointer (`#/…`) of theirs names where no keyword leads (walked from there, each object once):
 * what a ref names is a schema wherever it sits. asl-validator files schemas in plain objects of its
 * own under `definitions` (`#/definitions/ChoiceRules/DataTest/…`), which no keyword enters. A
 * pointer written inside a schema with an `$id` of its own starts there (its resource's root). Other
 * refs name a resource, which keywords reach, or another document. A visit that returns true ends the
 * walk (which then returns true).
 */
export function walkDocumentSchemas(document: JsonValue, dialect: Dialect, visit: SchemaVisit): boolean {
  const targets = new RefTargets(dialect);
  const noting: SchemaVisit = (schema, place) => {
    targets.note(schema, place);
    return visit(schema, place);
  };
  if (walkSchemas(document, noting)) return true;
  const walked = new Set<object>();
  for (let tokens = targets.next(); tokens !== undefined; tokens = targets.next()) {
    if (!reachedByKeywords(document, tokens) && walkSchemasOnce(valueAt(document, tokens), tokens, noting, walked)) return true;
  }
  return false;
}

/** Every schema object of a document (walkDocumentSchemas) with its pointer tokens, in the walk's order. */
export function documentSchemas(document: JsonValue, dialect: Dialect): [Tokens, WritableSchema][] {
  const out: [Tokens, WritableSchema][] = [];
  walkDocumentSchemas(document, dialect, (schema, place) => {
    out.push([placeTokens(place), schema]);
  });
  return out;
}

/**
 * The places a document's plain pointers name, as walkDocumentSchemas meets them: each pointer read
 * from the root of the resource it is written in (the document's, or the nearest schema above it
 * with an `$id` of its own), each place handed out once.
 */
class RefTargets {
  private readonly id: "id" | "$id";
  /** Places of the schemas below the root that open a resource of their own. */
  private readonly resources = new Set<SchemaPlace>();
  private readonly pending: { readonly place: SchemaPlace | undefined; readonly pointer: string }[] = [];
  private readonly handedOut = new Set<string>();
  private nextPending = 0;

  constructor(private readonly dialect: Dialect) {
    this.id = idKeyword(dialect);
  }

  note(schema: SchemaObject, place: SchemaPlace | undefined): void {
    if (place !== undefined && typeof schema[this.id] === "string" && !(schema[this.id] as string).startsWith("#") && !isIdIgnoredBesideRef(schema, true, this.dialect)) this.resources.add(place);
    for (const keyword of REFERENCE_KEYWORDS) {
      const ref = schema[keyword];
      if (typeof ref === "string" && ref.startsWith("#/")) this.pending.push({ place, pointer: ref.slice(1) });
    }
  }

  /** The tokens of the next place named and not handed out yet, or undefined when none is left. */
  next(): Tokens | undefined {
    while (this.nextPending < this.pending.length) {
      const { place, pointer } = this.pending[this.nextPending++]!;
      const resource = this.resourceTokens(place);
      // Most documents name few places many times: each is spelled into tokens once.
      const key = resource.length === 0 ? pointer : `${childPointer("", ...resource)}${pointer}`;
      if (this.handedOut.has(key)) continue;
      this.handedOut.add(key);
      return [...resource, ...pointerTokens(pointer)!];
    }
    return undefined;
  }

  /** The tokens of the resource a schema at `place` lies in ([] for the document's). */
  private resourceTokens(place: SchemaPlace | undefined): Tokens {
    if (this.resources.size === 0) return [];
    for (let at = place; at !== undefined; at = at.up) if (this.resources.has(at)) return placeTokens(at);
    return [];
  }
}

/**
 * Whether the walk from a document's root by its keywords reaches `tokens` (forEachSubschema's
 * forms: a keyword's schema, or its list's or map's entry), or the list or map of a keyword it
 * reaches (`#/definitions`: no schema itself); false for a place under a key of the author's, which
 * no keyword enters.
 */
export function reachedByKeywords(document: JsonValue, tokens: Tokens): boolean {
  let value: JsonValue | undefined = document;
  for (let index = 0; index < tokens.length; ) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const keyword = String(tokens[index]);
    const forms = Object.hasOwn(value, keyword) ? subschemaFormsOf(keyword) : undefined;
    if (forms === undefined) return false;
    const held: JsonValue = value[keyword]!;
    const entry = tokens[index + 1];
    if (Array.isArray(held) ? forms.includes("list") : typeof held === "object" && held !== null && forms.includes("map")) {
      // The keyword's list or map itself is no schema (nothing to walk from there).
      if (entry === undefined) return true;
      value = valueAt(held, [entry]);
      index += 2;
    } else {
      if (!forms.includes("schema")) return false;
      value = held;
      index += 1;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The resources (by `$id`) and anchors of a set of documents, and the base URI of every schema object
 * in them, so any `$ref` met anywhere can be resolved.
 */
const ANCHOR_KEYWORDS = ["$anchor", "$dynamicAnchor"] as const;

/**
 * An `$id` of a document added to the index naming the resource an `$id` of another document named
 * first (SchemaIndex.add): the index answers refs to it with the one its `takesClaim` prefers.
 */
export interface ResourceClaimedAgain {
  /** The resource both `$id`s name (no fragment). */
  readonly resource: string;
  /** The document whose `$id` named it before, and where that `$id` sits. */
  readonly before: IndexedDocument;
  readonly beforeTokens: Tokens;
  /** Where the `$id` sits in the document added (the schema holding it). */
  readonly tokens: Tokens;
}

/**
 * Whether the `$id` of `claimant`, just added, takes the resource from `holder`, whose `$id` named it
 * before: which of two documents of one `$id` answers a ref to it (JSON Schema leaves it undefined).
 */
export type TakesClaim = (claimant: IndexedDocument, holder: IndexedDocument) => boolean;

/** The last document added takes it (the index of one document, where no other claims it). */
const LAST_ADDED_TAKES_CLAIM: TakesClaim = () => true;

export class SchemaIndex {
  private readonly resources = new Map<string, RefTarget>();
  /** The document whose `$id` (not an alias of `add`'s) holds each resource, and where that `$id` sits. */
  private readonly claimedById = new Map<string, { readonly document: IndexedDocument; readonly tokens: Tokens }>();
  private readonly anchors = new Map<string, RefTarget>();
  /** The resources declaring each `$dynamicAnchor` name. */
  private readonly dynamicAnchorResources = new Map<string, Set<string>>();
  private readonly bases = new Map<object, string>();
  /** Schema objects that open a resource of their own (a nested `$id`), by document. */
  private readonly nestedResources = new Map<IndexedDocument, Tokens[]>();

  constructor(private readonly takesClaim: TakesClaim = LAST_ADDED_TAKES_CLAIM) {}

  /** Indexes `document`, also under `aliases`; the resources its `$id`s took from another document's `$id`s. */
  add(document: IndexedDocument, aliases: readonly string[] = []): ResourceClaimedAgain[] {
    for (const alias of [document.uri, ...aliases]) this.resources.set(splitFragment(alias)[0], { document, tokens: [] });
    const claimedAgain: ResourceClaimedAgain[] = [];
    this.nestedResources.set(document, []);
    // Every schema of the document (the one walk: those a plain pointer names inside a group of the
    // author's too, whose anchors and `$id`s a `$ref` may name), each under the base of the schema
    // above it: the walk visits a schema before those inside it.
    const bases = new Map<SchemaPlace | undefined, string>();
    walkDocumentSchemas(document.json, document.dialect, (schema, place) => {
      bases.set(place, this.index(document, schema, place, place === undefined ? document.uri : this.baseAbove(document, place, bases), claimedAgain));
    });
    return claimedAgain;
  }

  /**
   * The base URI in effect above the schema at `place`: the nearest schema above it the walk visited;
   * for a schema a pointer named inside a group (its places above are no schemas), the nearest
   * resource holding it, else the document's root.
   */
  private baseAbove(document: IndexedDocument, place: SchemaPlace, bases: ReadonlyMap<SchemaPlace | undefined, string>): string {
    if (bases.has(place.up)) return bases.get(place.up)!;
    const tokens = placeTokens(place);
    const holding = this.nestedResources
      .get(document)!
      .filter((resource) => resource.length < tokens.length && isUnder(tokens, resource))
      .sort((a, b) => b.length - a.length)[0];
    return holding === undefined ? bases.get(undefined)! : this.baseOf(valueAt(document.json, holding) as object, bases.get(undefined)!);
  }

  /** The base URI `$ref`s inside `schema` resolve against (the document's URI for a schema the index has not seen). */
  baseOf(schema: object, fallback: string): string {
    return this.bases.get(schema) ?? fallback;
  }

  /** Records that `made` (a schema composed from `from`) resolves refs against `from`'s base. */
  adopt(made: object, from: unknown): void {
    const base = typeof from === "object" && from !== null ? this.bases.get(from) : undefined;
    if (base !== undefined && !this.bases.has(made)) this.bases.set(made, base);
  }

  /** Pointers (tokens) of the schemas in `document` that carry an `$id` of their own, below the root. */
  nestedResourcesOf(document: IndexedDocument): readonly Tokens[] {
    return this.nestedResources.get(document) ?? [];
  }

  /** The schema `ref` names, or undefined when no indexed document holds it. */
  resolve(ref: string, base: string): { readonly uri: string; readonly target?: RefTarget } | undefined {
    const uri = resolveUri(ref, base);
    if (uri === undefined) return undefined;
    const [resource, fragment] = splitFragment(uri);
    const tokens = pointerTokens(fragment);
    const found = this.resources.get(resource);
    if (tokens === undefined) return { uri, target: this.anchors.get(`${resource}#${fragment}`) ?? this.anchorThroughAlias(found, resource, fragment) };
    if (!found) return { uri };
    return { uri, target: { document: found.document, tokens: [...found.tokens, ...tokens] } };
  }

  /**
   * The anchor `fragment` of the document that `resource` names under another URI than its own (a file
   * found by its relative `$id` in another folder of the schema tree, Backstage's `common` for
   * shared/common.schema.json): its anchors are indexed under the document's own URI.
   */
  private anchorThroughAlias(found: RefTarget | undefined, resource: string, fragment: string): RefTarget | undefined {
    if (found === undefined || found.tokens.length > 0) return undefined;
    const [own] = splitFragment(this.baseOf(found.document.json, found.document.uri));
    return own === resource ? undefined : this.anchors.get(`${own}#${fragment}`);
  }

  /** The resources (their URIs) that declare a `$dynamicAnchor` of this name. */
  resourcesDeclaringDynamicAnchor(name: string): ReadonlySet<string> {
    return this.dynamicAnchorResources.get(name) ?? new Set();
  }

  hasResource(uri: string): boolean {
    return this.resources.has(splitFragment(uri)[0]);
  }

  /**
   * Two schemas of one document that an `$id` gives the same URI: a `$ref` to that URI (or through it,
   * `uri#/$defs/X`, and every plain `#/…` inside either) cannot tell which one it means. JSON Schema
   * says to raise an error (Core 2020-12 §8.2.1), as AJV does; the index would otherwise keep the
   * last one and a ref written inside the first would resolve into the other.
   */
  private refuseSecondSchemaFor(resource: string, document: IndexedDocument, tokens: Tokens): void {
    const first = this.resources.get(resource);
    if (first === undefined || first.document !== document || pointerOfTokens(first.tokens) === pointerOfTokens(tokens)) return;
    const idPointer = childPointer(pointerOfTokens(tokens), idKeyword(document.dialect));
    throw new CodegenError(idPointer, `${idKeyword(document.dialect)} "${resource}" names a second schema: ${pointerOfTokens(first.tokens) || "the root"} has it too, so a $ref to it (or to a pointer inside it) is ambiguous`, document.location);
  }

  /**
   * Indexes `schema` at `place` (undefined: the document's root), whose tokens are spelled only for a
   * resource or an anchor; its base. An `$id` naming a resource another document's `$id` named is
   * noted in `claimedAgain`, and takes it only where `takesClaim` says so.
   */
  private index(document: IndexedDocument, schema: SchemaObject, place: SchemaPlace | undefined, parentBase: string, claimedAgain: ResourceClaimedAgain[]): string {
    let base = parentBase;
    const id = schema[idKeyword(document.dialect)];
    if (typeof id === "string" && !isIdIgnoredBesideRef(schema, place !== undefined, document.dialect)) {
      const resolved = resolveUri(id, parentBase);
      if (resolved !== undefined) {
        const [resource, fragment] = splitFragment(resolved);
        const tokens = placeTokens(place);
        // `$id: "#name"` (draft-06/07) and draft-04 `id: "#name"` name an anchor, not a resource; so does
        // an `$id` spelling the enclosing resource's own URI with a name after its `#` (flagd's
        // `"$id": "https://flagd.dev/schema/v0/flags.json#flagdImport"` inside flags.json).
        if (id.startsWith("#") || namesAnchorOfEnclosingResource(resource, fragment, parentBase)) this.anchors.set(`${resource}#${fragment}`, { document, tokens });
        else {
          base = resource;
          this.refuseSecondSchemaFor(resource, document, tokens);
          const before = this.claimedById.get(resource);
          const contested = before !== undefined && before.document !== document;
          if (contested) claimedAgain.push({ resource, before: before.document, beforeTokens: before.tokens, tokens });
          if (!contested || this.takesClaim(document, before.document)) {
            this.claimedById.set(resource, { document, tokens });
            this.resources.set(resource, { document, tokens });
          }
          if (tokens.length > 0) this.nestedResources.get(document)!.push(tokens);
          if (fragment !== "" && !fragment.startsWith("/")) this.anchors.set(`${resource}#${fragment}`, { document, tokens });
        }
      }
    }
    for (const keyword of ANCHOR_KEYWORDS) {
      const anchor = schema[keyword];
      if (typeof anchor !== "string") continue;
      this.anchors.set(`${splitFragment(base)[0]}#${anchor}`, { document, tokens: placeTokens(place) });
      if (keyword === "$dynamicAnchor") {
        const resources = this.dynamicAnchorResources.get(anchor) ?? new Set<string>();
        this.dynamicAnchorResources.set(anchor, resources.add(splitFragment(base)[0]));
      }
    }
    this.bases.set(schema, base);
    return base;
  }
}

/** Whether an `$id` resolved to `resource#fragment` only names a place (a plain-name fragment) of the resource it sits in, whose base is `parentBase`. */
function namesAnchorOfEnclosingResource(resource: string, fragment: string, parentBase: string): boolean {
  return fragment !== "" && !fragment.startsWith("/") && resource === splitFragment(parentBase)[0];
}

/** Whether the place at `tokens` is the one at `above` or inside it. */
export function isUnder(tokens: Tokens, above: Tokens): boolean {
  return tokens.length >= above.length && above.every((token, at) => String(token) === String(tokens[at]));
}

function pointerOfTokens(tokens: Tokens): string {
  return childPointer("", ...tokens);
}
