// One self-contained document from an input that spans files. Every `$ref` is resolved by JSON
// Schema's rules (jsonSchema/references.ts); then:
// - a ref into another local file (`other.json#/definitions/X`, `./dir/x.json`, or a URL under the
//   input's own `$id` whose file sits beside it, or the `$id` of a JSON file in the input's folder or,
//   for an absolute `$id`, elsewhere in the schemas' tree: schemaTreeFolders)
//   brings the schema it names into this document's definitions (`X`, or the file's name for its
//   root) and points there; refs inside that schema are
//   rewritten the same way, so the result needs no other file (AJV compiles it alone). What comes
//   is what is reachable from the place named, and no more: a root comes without its definitions,
//   and a place below a definition or a root (`b.json#/properties/x`) comes alone, beside the
//   definitions (BUNDLED_PLACES_KEYWORD), unless a ref names what holds it too (unitFor);
// - a ref to one of JSON Schema's own meta-schemas (`http://json-schema.org/draft-07/schema#`) brings
//   in the built-in copy (metaSchemas.ts), unless a file of the input's own (beside it) has that `$id`:
//   the wider search of the schemas' tree is not asked for these;
// - a ref to anything else (http, https, urn…) is never fetched: it becomes `REMOTE_REF_KEYWORD`,
//   which the model reports as an untyped place (a Fallback naming the pointer and the URL), and which
//   validators read as an annotation;
// - a ref that the document resolves itself stays as written, unless the document had to change, in
//   which case every ref becomes a plain pointer (`#/…`) and nested `$id`s are dropped, since they
//   would change what those pointers mean.
// An `id`/`$id` beside a `$ref` below the root in draft-07 or earlier is ignored by those drafts (and by the index),
// but AJV reads it as a base for the ref: it goes, so every validator reads the ref the same way.
// A document with no refs to other files and no such id comes out unchanged (the same object).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { childPointer, CodegenError } from "../errors.ts";
import type { ApiDescriptionReadings, Draft03Readings } from "./document.ts";
import type { JsonValue } from "../json/types.ts";
import type { KeywordWithoutEffect } from "../model/types.ts";
import { documentSchemas, idKeyword, isIdIgnoredBesideRef, isUnder, pointerTokens, reachedByKeywords, resolveUri, SchemaIndex, splitFragment, valueAt, walkDocumentSchemas, type IndexedDocument, type RefTarget, type ResourceClaimedAgain, type Tokens } from "../jsonSchema/references.ts";
import { REMOTE_REF_KEYWORD, BUNDLED_FROM_KEYWORD, BUNDLED_PLACES_KEYWORD, DYNAMIC_SCOPE_REF_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { convertDialect } from "../jsonSchema/dialects.ts";
import { checkKeywordValuesAt } from "../jsonSchema/keywordValues.ts";
import { builtInMetaSchemaPath } from "./metaSchemas.ts";
import { schemaFileStem } from "../naming/modelName.ts";
import { pascalCase } from "../naming/words.ts";
import { DEFINITION_CONTAINERS, editSchemas, forEachSubschema, REFERENCE_KEYWORDS, placeTokens, setAt, subschemaFormsOf, walkSchemas, type Dialect, type SchemaPlace, type SubschemaForm } from "../jsonSchema/vocabulary.ts";

type SchemaObject = { [key: string]: JsonValue };

/** A document read from a file: where it came from and what it holds. */
export interface FileDocument extends IndexedDocument {
  /** Absolute file path. */
  readonly path: string;
  /** How messages name the file (the path as given). */
  readonly location: string;
  /** Its integer literals a double may not hold, as written (JSON.parse read them as doubles): longIntegerLiteralsOf. */
  readonly longIntegerLiterals: readonly string[];
  /** What the file's reading as an API description kept beside `json` (where it keeps what `json` holds as definitions, its example values beside schemas). */
  readonly apiDescription?: ApiDescriptionReadings;
  /** What the file's reading as draft-04, where it declares draft-03, kept beside `json` (input/draft03.ts). */
  readonly draft03?: Draft03Readings;
}

/** How `x-clone-bundled-from` names a file (its location, with `/` between folders on every system). */
export function bundledLocation(document: Pick<FileDocument, "location">): string {
  return document.location.split("\\").join("/");
}

export type ReadDocument = (path: string, location: string) => FileDocument;

/** The bundle, and the refs it read as their author meant though no file is where they point (Bundler.refsReadByName), and the `$id`s two files both have (Bundler.idsOfTwoFiles). */
export interface Bundled {
  readonly schema: SchemaObject;
  readonly refsReadByName: readonly KeywordWithoutEffect[];
  readonly idsOfTwoFiles: readonly KeywordWithoutEffect[];
}

export function bundleReferences(main: FileDocument, read: ReadDocument): Bundled {
  if (refersOnlyWithinItself(main)) return { schema: main.json, refsReadByName: [], idsOfTwoFiles: [] };
  // A bundle that met a ref naming a place around a unit it had hoisted already (unitFor) is made
  // again knowing that place from the start: each try knows more, so it ends.
  // Each file is read once however many tries there are.
  const referenced: ReferencedPlaces = new Map();
  // A bundle that met a second file claiming an `$id` another file claims is made again too, knowing
  // the claims from the start (IdClaims): the file that answers is read before any ref to it resolves.
  const claims: IdClaims = new Map();
  const files = new Map<string, FileDocument>();
  const readOnce: ReadDocument = (path, location) => {
    const key = `${path}\n${location}`;
    let document = files.get(key);
    if (document === undefined) files.set(key, (document = read(path, location)));
    return document;
  };
  for (;;) {
    try {
      const bundler = new Bundler(main, readOnce, referenced, claims);
      return { schema: bundler.bundle(), refsReadByName: bundler.refsReadByName, idsOfTwoFiles: idsOfTwoFiles(claims, main) };
    } catch (error) {
      if (!(error instanceof UnitsGrew) && !(error instanceof IdClaimsGrew)) throw error;
    }
  }
}

/** The places of other files that refs name (JSON pointers), by the file's URI. */
type ReferencedPlaces = Map<string, Set<string>>;

/**
 * The files whose `$id`s name one resource that another file's `$id` names too (OCSF's
 * reference.schema.json and references.schema.json both say observable.schema.json's), each with
 * where its `$id` sits, by the resource: found by every try of one bundle (bundleReferences).
 */
type IdClaims = Map<string, Map<FileDocument, Tokens>>;

/** Thrown when a file claims an `$id` another file claims, which no try knew of: the bundle is made again (bundleReferences). */
class IdClaimsGrew extends Error {}

/**
 * The order in which files claiming one `$id` answer a ref to it (JSON Schema leaves it undefined):
 * the input itself first, then the file whose folder is fewer steps from the input's, then the first
 * by path. It is the same whichever file a bundle reads first.
 */
function claimantOrder(main: FileDocument): (a: FileDocument, b: FileDocument) => number {
  const stepsFromInput = (file: FileDocument) => relative(dirname(main.path), dirname(file.path)).split(/[\\/]/).filter((step) => step !== "").length;
  const rank = (file: FileDocument) => (file === main ? -1 : stepsFromInput(file));
  return (a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * Gen's word at the `$id` of each file that claims one another file answers (IdClaims, claimantOrder):
 * JSON Schema leaves a ref to it undefined, so gen says which file it names, and `--strict` refuses it.
 */
function idsOfTwoFiles(claims: IdClaims, main: FileDocument): KeywordWithoutEffect[] {
  const order = claimantOrder(main);
  return [...claims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([resource, claimants]) => {
    const [answering, ...others] = [...claimants.keys()].sort(order);
    return others.map((other) => {
      const keyword = idKeyword(other.dialect);
      return {
        pointer: childPointer(pointerOf(claimants.get(other)!), keyword),
        reason: `${bundledLocation(other)} and ${bundledLocation(answering!)} both have ${keyword} "${resource}": a $ref to it names ${bundledLocation(answering!)} (of the files claiming it, the input first, then the one nearest the input's folder, then the first by path)`,
        placedAsWritten: true,
        location: bundledLocation(other),
      };
    });
  });
}

/** What a file's root holds that its schema, hoisted as a definition of the bundle, does not: its definitions, and its dialect (the bundle's is the main document's). */
const ROOT_ONLY_KEYWORDS: readonly string[] = [...DEFINITION_CONTAINERS, "$schema"];

/** Thrown when a ref names a place around a unit already hoisted: the bundle is made again (bundleReferences). */
class UnitsGrew extends Error {}

/** True when every ref is a plain pointer from the root (`#/…`) and no nested `$id` changes that: nothing to do. */
function refersOnlyWithinItself(document: FileDocument): boolean {
  const id = idKeyword(document.dialect);
  // The walk stops at the first schema that refers elsewhere or opens a resource of its own.
  const elsewhere = walkDocumentSchemas(document.json, document.dialect, (schema, place) => {
    if (place !== undefined && typeof schema[id] === "string") return true;
    for (const keyword of REFERENCE_KEYWORDS) {
      const ref = schema[keyword];
      if (typeof ref === "string" && ref !== "#" && !ref.startsWith("#/")) return true;
    }
    return false;
  });
  return !elsewhere;
}

class Bundler {
  /** The resources and bases of the files read; of files claiming one `$id`, the first by claimantOrder answers. */
  private readonly index: SchemaIndex;
  private readonly documents = new Map<string, FileDocument>();
  private readonly documentSchemas = new Map<FileDocument, readonly [Tokens, SchemaObject][]>();
  /** Hoisted schemas by their key in the main document's definitions. */
  private readonly hoisted = new Map<string, JsonValue>();
  /** Hoisted places (unitFor: a schema below another file's definition or root) by their key under BUNDLED_PLACES_KEYWORD. */
  private readonly hoistedPlaces = new Map<string, JsonValue>();
  /** Key of each hoisted unit, by "document uri|unit pointer". */
  private readonly unitKeys = new Map<string, string>();
  private readonly pending: { document: FileDocument; unit: Tokens; key: string; place: boolean }[] = [];
  private readonly definitionsKey: "definitions" | "$defs";
  /** The files of a folder that may have a given `$id` (neighbourWithId), by the kind of URI and the folder (`kind:folder`), read when first asked. */
  private readonly neighbourCandidates = new Map<string, Map<string, string[]>>();
  private changed = false;
  /**
   * Each relative ref that names no file and no `$id` but was read as the file of its name elsewhere in
   * the schemas' tree (namesakeInTree): a guess at what its author's loader does, so gen says so at
   * the ref, and `--strict` refuses it.
   */
  readonly refsReadByName: KeywordWithoutEffect[] = [];
  /** The places of the main document that refs name, in the order met: each is a schema, walked where no keyword leads to it (bundle). */
  private readonly mainTargets: Tokens[] = [];
  private readonly mainTargetPointers = new Set<string>();
  /** The schema objects `copy` has walked, as written. */
  private readonly walked = new Set<object>();
  /** firstDeclaringResources' walks of the bundle, by the anchor they follow. */
  private readonly declaringWalks = new Map<string, Map<object, Set<string>>>();
  /**
   * The `$dynamicAnchor` the main document's root declares, if any. Evaluation starts at the root, so
   * a `$dynamicRef` to that name resolves to the root wherever it is written; a hoisted schema's own
   * anchor of that name (each vocabulary file of the 2020-12 meta-schema has `$dynamicAnchor: "meta"`)
   * changes nothing but would name a second schema in the bundle's one resource, which validators refuse.
   */
  private readonly rootDynamicAnchors: ReadonlySet<string>;

  /** The units below a unit of unitOf's (placeUnits), by the file's URI: each with the unit of unitOf's around it. */
  private readonly placeUnits = new Map<string, { unit: Tokens; around: Tokens }[]>();

  constructor(
    private readonly main: FileDocument,
    private readonly read: ReadDocument,
    /** Shared by every try of one bundle (bundleReferences). */
    private readonly referenced: ReferencedPlaces,
    /** Shared by every try of one bundle (bundleReferences). */
    private readonly claims: IdClaims,
  ) {
    const order = claimantOrder(main);
    this.index = new SchemaIndex((claimant, holder) => order(this.documents.get(claimant.uri)!, this.documents.get(holder.uri)!) < 0);
    this.documents.set(main.uri, main);
    this.index.add(main);
    this.rootDynamicAnchors = new Set(typeof main.json.$dynamicAnchor === "string" ? [main.json.$dynamicAnchor] : []);
    this.definitionsKey = "$defs" in main.json && !("definitions" in main.json) ? "$defs" : main.dialect === "2020-12" && !("definitions" in main.json) ? "$defs" : "definitions";
  }

  bundle(): SchemaObject {
    let rewritten = this.copy(this.main, this.main.json, [], undefined);
    // What a ref names is a schema wherever it sits: a place of the main document that no keyword
    // leads to (a schema filed in a plain object of the author's under `definitions`,
    // `#/definitions/Group/Leaf`) is walked from there, its copy put back in place. Another file's
    // such place is a unit of its own (unitOf), walked when hoisted.
    // A place found walked stays so: each is looked at once.
    const copiedTargets: [Tokens, JsonValue][] = [];
    for (let nextTarget = 0; ; ) {
      const next = this.pending.shift();
      if (next !== undefined) {
        (next.place ? this.hoistedPlaces : this.hoisted).set(next.key, this.hoist(next.document, next.unit));
        continue;
      }
      if (nextTarget === this.mainTargets.length) break;
      const tokens = this.mainTargets[nextTarget++]!;
      const target = this.unwalkedSchemaAt(tokens);
      if (target === undefined) continue;
      const copied = this.copy(this.main, target, tokens, undefined);
      if (copied !== target) copiedTargets.push([tokens, copied]);
    }
    if (!this.changed) return this.main.json;
    // A place inside another is put back after it (it was walked first when named first).
    for (const [tokens, copied] of copiedTargets.sort(([a], [b]) => a.length - b.length)) rewritten = withValueAt(rewritten, tokens, copied);
    // Refs were rewritten to plain pointers from the root: nested `$id`s would change what they
    // mean, so they go, and the hoisted schemas join the definitions.
    const stripped = (this.index.nestedResourcesOf(this.main).length > 0 ? withoutNestedIds(rewritten, this.main, this.schemasOf(this.main), [], true) : rewritten) as SchemaObject;
    const existing = (stripped[this.definitionsKey] ?? {}) as SchemaObject;
    const bundled: SchemaObject = { ...stripped, [this.definitionsKey]: { ...existing, ...Object.fromEntries(this.hoisted) } };
    if (this.hoistedPlaces.size > 0) bundled[BUNDLED_PLACES_KEYWORD] = Object.fromEntries(this.hoistedPlaces);
    return bundled;
  }

  /**
   * A copy of `schema` (at `place` below `unit` in `document`) with every `$ref` pointing into the
   * bundle; a schema in which nothing changes is returned as is.
   */
  private copy(document: FileDocument, schema: JsonValue, unit: Tokens, place: SchemaPlace | undefined): JsonValue {
    if (!isJsonObject(schema)) return schema;
    this.walked.add(schema);
    // The copy, made when the first change is.
    let out: SchemaObject | undefined;
    if (isIdIgnoredBesideRef(schema, unit.length > 0 || place !== undefined, document.dialect)) delete (out ??= { ...schema })[idKeyword(document.dialect)];
    // A keyword's pointer, for messages: spelled only for one.
    const pointerTo = (keyword: string) => () => childPointer(pointerOf(placeTokens(place, unit)), keyword);
    const ref = schema.$ref;
    if (typeof ref === "string") {
      const replaced = this.rewriteRef(document, schema, ref, pointerTo("$ref"));
      if (replaced.remote !== undefined) {
        out ??= { ...schema };
        delete out.$ref;
        out[REMOTE_REF_KEYWORD] = replaced.remote;
      } else if (replaced.ref !== undefined && replaced.ref !== ref) (out ??= { ...schema }).$ref = replaced.ref;
    }
    // A dynamic ref becomes the plain pointer it means in the bundle, where the resources that scoped
    // it are gone; one whose meaning depends on the path taken is left for the model to report,
    // untyped, rather than read as one path's.
    const dynamicRefs = [
      { keyword: "$dynamicRef", dialect: "2020-12", rewrite: this.rewriteDynamicRef },
      { keyword: "$recursiveRef", dialect: "2019-09", rewrite: this.rewriteRecursiveRef },
    ] as const;
    for (const { keyword, dialect, rewrite } of dynamicRefs) {
      const dynamicRef = schema[keyword];
      if (typeof dynamicRef !== "string" || document.dialect !== dialect || !this.pointersOnly(document)) continue;
      const at = rewrite.call(this, document, schema, dynamicRef, pointerTo(keyword));
      if (at === undefined) continue;
      out ??= { ...schema };
      delete out[keyword];
      if (at === DEPENDS_ON_DYNAMIC_SCOPE) out[DYNAMIC_SCOPE_REF_KEYWORD] = dynamicRef;
      else if (out.$ref === undefined) out.$ref = at;
      else out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { $ref: at }];
    }
    forEachSubschema(schema, (child, keyword, inner) => {
      const copied = this.copy(document, child, unit, { up: place, keyword, inner });
      if (copied !== child) setAt((out ??= { ...schema }), schema, keyword, inner, copied);
    });
    if (out !== undefined) this.changed = true;
    return out ?? schema;
  }

  /** The ref as the bundle spells it: a pointer into the main document, or a remote URL it will not fetch. */
  private rewriteRef(document: FileDocument, schema: SchemaObject, ref: string, pointer: () => string): { ref?: string; remote?: string } {
    // A plain pointer in the main document, where no nested `$id` changes what it means, stays.
    if (document === this.main && (ref === "#" || ref.startsWith("#/")) && this.index.nestedResourcesOf(this.main).length === 0) {
      this.noteMainTarget(pointerTokens(ref.slice(1))!);
      return { ref };
    }
    const base = this.index.baseOf(schema, document.uri);
    this.readAnsweringClaimant(resolveUri(ref, base));
    let resolved = this.index.resolve(ref, base);
    if (resolved === undefined) throw new CodegenError(pointer(), `$ref "${ref}" is not a URI reference`, document.location);
    if (!resolved.target) {
      const loaded = this.load(resolved.uri, document, pointer, ref);
      if (!loaded) return { remote: resolved.uri };
      resolved = this.index.resolve(ref, base)!;
    }
    const target = resolved.target;
    if (!target) throw new CodegenError(pointer(), `$ref "${ref}" does not resolve: ${resolved.uri} has no such anchor`, document.location);
    // A place another file does not have is named as the ref writes it: hoisted, it became a pointer
    // into the bundle (#/definitions/other/definitions/missing) that the model then reported, a place
    // neither file has (CSAF 2.0's aggregator schema refers to the provider schema's
    // #/definitions/url_t, which files it under $defs).
    if (target.document.uri !== this.main.uri && valueAt(target.document.json, target.tokens) === undefined) {
      throw new CodegenError(pointer(), `$ref "${ref}" does not resolve: ${this.documents.get(target.document.uri)!.location} has nothing at #${pointerOf(target.tokens)}`, document.location);
    }
    const at = this.bundlePointer(target);
    if (at === undefined) return { ref };
    // A plain pointer the main document already resolves the same way stays byte for byte.
    return document === this.main && ref === `#${at}` ? { ref } : { ref: `#${at}` };
  }

  /**
   * Whether `document`'s refs all become plain pointers in the bundle: a hoisted file's, and the main
   * document's when it has nested resources (whose `$id`s the bundle drops).
   */
  private pointersOnly(document: FileDocument): boolean {
    return document !== this.main || this.index.nestedResourcesOf(this.main).length > 0;
  }

  /**
   * A `$dynamicRef` as the plain pointer it resolves to, for the bundle. Evaluation starts at the main
   * document's root, the outermost dynamic scope: when the static target is a `$dynamicAnchor` (the
   * "bookend") and the root's resource declares one of that name, that is the target wherever the ref
   * is written; otherwise the anchor of that name in the resource declaring one that every path from
   * the root entered first (scopedMeaning), or the static target when that is the bookend's own.
   * DEPENDS_ON_DYNAMIC_SCOPE when paths enter different such resources first; undefined for a ref to
   * a document not read (left for the model to report).
   */
  private rewriteDynamicRef(document: FileDocument, schema: SchemaObject, ref: string, pointer: () => string): string | typeof DEPENDS_ON_DYNAMIC_SCOPE | undefined {
    const base = this.index.baseOf(schema, document.uri);
    const name = splitFragment(resolveUri(ref, base) ?? "")[1];
    const statically = this.rewriteRef(document, schema, ref, pointer).ref;
    if (statically === undefined || name === "" || name.startsWith("/")) return statically;
    const target = this.index.resolve(ref, base)?.target;
    if (target === undefined || dynamicAnchorAt(target) !== name) return statically;
    const anchorIn = (resource: string) => {
      const anchor = this.index.resolve(`#${name}`, resource)?.target;
      return anchor !== undefined && dynamicAnchorAt(anchor) === name ? anchor : undefined;
    };
    const outermost = anchorIn(this.index.baseOf(this.main.json, this.main.uri));
    const declaring = this.index.resourcesDeclaringDynamicAnchor(name);
    const meaning = outermost ?? this.scopedMeaning(schema, `$dynamicAnchor ${name}`, (resource) => declaring.has(resource), this.resourceOf(valueAt(target.document.json, target.tokens) as object, target.document), anchorIn);
    if (meaning === DEPENDS_ON_DYNAMIC_SCOPE || meaning === undefined) return meaning ?? statically;
    const at = this.bundlePointer(meaning);
    return at === undefined ? statically : `#${at}`;
  }

  /**
   * What a dynamic ref whose static target is the anchor of its own resource (`bookend`) means, when
   * the main document's root does not settle it: the target `targetIn` finds in the resource that
   * `declares` and that evaluation from the root entered first on every path reaching `holder` (a
   * schema that refers to the 2020-12 meta-schema enters its root, which declares `meta`, before any
   * vocabulary file, which declares `meta` too: every `$dynamicRef: "#meta"` there means the root);
   * undefined for the static target (no path reaches it, or every path entered the bookend first);
   * DEPENDS_ON_DYNAMIC_SCOPE when paths enter different resources first.
   */
  private scopedMeaning(holder: SchemaObject, anchor: string, declares: (resource: string) => boolean, bookend: string, targetIn: (resource: string) => RefTarget | undefined): RefTarget | typeof DEPENDS_ON_DYNAMIC_SCOPE | undefined {
    const firsts = this.firstDeclaringResources(holder, anchor, declares);
    if (firsts.size > 1) return DEPENDS_ON_DYNAMIC_SCOPE;
    const [first] = firsts;
    if (first === undefined || first === bookend) return undefined;
    return targetIn(first) ?? DEPENDS_ON_DYNAMIC_SCOPE;
  }

  /**
   * The first resource that `declares` (the outermost of its dynamic scope to) on each path by which
   * evaluation from the main document's root reaches `holder`, following subschemas in place and refs
   * to their static targets. Empty when no path reaches it. `anchor` names what `declares` tests (an
   * anchor's name, or the recursive anchor): one walk serves every ref of that anchor until another
   * document is read (load), where each ref walked the whole bundle again.
   */
  private firstDeclaringResources(holder: SchemaObject, anchor: string, declares: (resource: string) => boolean): Set<string> {
    let reached = this.declaringWalks.get(anchor);
    if (reached === undefined) this.declaringWalks.set(anchor, (reached = this.walkFirstDeclaring(declares)));
    return new Set([...(reached.get(holder) ?? [])].filter((first) => first !== ""));
  }

  /** Every schema evaluation from the main document's root reaches, with the first resource that `declares` on each path to it ("" for none yet). */
  private walkFirstDeclaring(declares: (resource: string) => boolean): Map<object, Set<string>> {
    // Each schema is walked once per first declaring resource it is reached with.
    const seen = new Map<object, Set<string>>();
    const pending: { schema: JsonValue | undefined; document: IndexedDocument; first: string }[] = [{ schema: this.main.json, document: this.main, first: "" }];
    while (pending.length > 0) {
      const { schema, document, first: before } = pending.pop()!;
      if (typeof schema !== "object" || schema === null || Array.isArray(schema)) continue;
      const resource = this.resourceOf(schema, document);
      const first = before !== "" ? before : declares(resource) ? resource : "";
      const reachedWith = seen.get(schema) ?? new Set<string>();
      if (reachedWith.has(first)) continue;
      seen.set(schema, reachedWith.add(first));
      for (const keyword of ["$ref", "$dynamicRef"]) {
        const ref = schema[keyword];
        const target = typeof ref === "string" ? this.index.resolve(ref, this.index.baseOf(schema, document.uri))?.target : undefined;
        if (target !== undefined) pending.push({ schema: valueAt(target.document.json, target.tokens), document: target.document, first });
      }
      // Definitions are evaluated only where something refers to them.
      forEachSubschema(schema, (child, keyword) => {
        if (!DEFINITION_CONTAINERS.some((container) => container === keyword)) pending.push({ schema: child, document, first });
      });
    }
    return seen;
  }

  /** The URI of the resource `schema` lies in. */
  private resourceOf(schema: object, document: IndexedDocument): string {
    return splitFragment(this.index.baseOf(schema, document.uri))[0];
  }

  /**
   * A 2019-09 `$recursiveRef` as the plain pointer it resolves to, for the bundle, where "#" would
   * otherwise mean the bundle's root instead of the resource the ref is written in. When that
   * resource and the main document's root both declare `$recursiveAnchor: true`, the ref means the
   * root (the outermost such resource, on every path); otherwise the root of the anchored resource
   * every path entered first (scopedMeaning), or its static target.
   */
  private rewriteRecursiveRef(document: FileDocument, schema: SchemaObject, ref: string, pointer: () => string): string | typeof DEPENDS_ON_DYNAMIC_SCOPE | undefined {
    const target = this.index.resolve(ref, this.index.baseOf(schema, document.uri))?.target;
    const anchored = (value: JsonValue | undefined) => typeof value === "object" && value !== null && !Array.isArray(value) && value.$recursiveAnchor === true;
    if (target !== undefined && anchored(valueAt(target.document.json, target.tokens))) {
      if (anchored(this.main.json)) return "#";
      const anchoredRoot = (resource: string) => {
        const root = this.index.resolve(resource, resource)?.target;
        return root !== undefined && anchored(valueAt(root.document.json, root.tokens)) ? root : undefined;
      };
      const bookend = this.resourceOf(valueAt(target.document.json, target.tokens) as object, target.document);
      const meaning = this.scopedMeaning(schema, "$recursiveAnchor", (resource) => anchoredRoot(resource) !== undefined, bookend, anchoredRoot);
      if (meaning === DEPENDS_ON_DYNAMIC_SCOPE) return meaning;
      const at = meaning === undefined ? undefined : this.bundlePointer(meaning);
      if (at !== undefined) return `#${at}`;
    }
    return this.rewriteRef(document, schema, ref, pointer).ref;
  }

  /** Where `target` sits in the bundle (a JSON pointer), hoisting it first when it is in another file. */
  private bundlePointer(target: RefTarget): string | undefined {
    if (target.document.uri === this.main.uri) {
      this.noteMainTarget(target.tokens);
      return pointerOf(target.tokens);
    }
    const document = this.documents.get(target.document.uri)!;
    const { unit, around, names } = this.unitFor(document, target.tokens);
    const rest = target.tokens.slice(unit.length);
    const place = unit.length > around.length;
    return pointerOf([place ? BUNDLED_PLACES_KEYWORD : this.definitionsKey, this.unitKey(document, unit, around, names), ...rest]);
  }

  /**
   * The unit of another file a place is hoisted in: the outermost place that refs name (the place
   * itself, or one around it) inside the unit of unitOf's holding it (`around`). A ref into another
   * file brings what is reachable from the place it names, and no more: hoisted with the file's root
   * (or the definition holding it), `b.json#/properties/x` brought every other property of the root
   * and every definition they name, each a type the input never uses. A place that is no schema (a
   * `properties` map) is reached in `around`, as the whole unit. A ref naming a place around a unit
   * hoisted already (the root, after its property) makes the bundle again (UnitsGrew), knowing it.
   */
  private unitFor(document: FileDocument, tokens: Tokens): { unit: Tokens; around: Tokens; names: string[] } {
    const { unit: around, schemaDepths, names: namesAlong } = unitOf(document.json, tokens);
    let referenced = this.referenced.get(document.uri);
    if (referenced === undefined) this.referenced.set(document.uri, (referenced = new Set()));
    referenced.add(pointerOf(tokens));
    const depth = schemaDepths.find((depth) => depth >= around.length && referenced.has(pointerOf(tokens.slice(0, depth))));
    const unit = depth === undefined ? around : tokens.slice(0, depth);
    referenced.add(pointerOf(unit));
    const units = this.placeUnits.get(document.uri) ?? [];
    const inside = (inner: Tokens, outer: Tokens) => inner.length > outer.length && outer.every((token, index) => String(inner[index]) === String(token));
    if (units.some((known) => known.around.length <= unit.length && inside(known.unit, unit))) throw new UnitsGrew();
    if (unit.length > around.length && !units.some((known) => pointerOf(known.unit) === pointerOf(unit))) this.placeUnits.set(document.uri, [...units, { unit, around }]);
    // The names between the unit of unitOf's and this one, or the last keyword where there is none (`items`).
    const between = namesAlong.filter(({ depth }) => depth > around.length && depth <= unit.length).map(({ name }) => name);
    return { unit, around, names: unit.length > around.length && between.length === 0 ? [String(unit[unit.length - 1])] : between };
  }

  private noteMainTarget(tokens: Tokens): void {
    const pointer = pointerOf(tokens);
    if (this.mainTargetPointers.has(pointer)) return;
    this.mainTargetPointers.add(pointer);
    this.mainTargets.push(tokens);
  }

  /**
   * The schema object at `tokens` in the main document, unless `copy` has walked it, or it is the map
   * of a walked schema's keyword (`#/definitions`, `#/properties`), whose entries it walked: copied
   * from the file as written, their copies would be lost.
   */
  private unwalkedSchemaAt(tokens: Tokens): SchemaObject | undefined {
    const value = valueAt(this.main.json, tokens);
    if (!isJsonObject(value) || this.walked.has(value)) return undefined;
    const holder = valueAt(this.main.json, tokens.slice(0, -1));
    const keyword = tokens[tokens.length - 1];
    const keywordMap = tokens.length > 0 && isJsonObject(holder) && this.walked.has(holder) && subschemaFormsOf(String(keyword))?.includes("map") === true;
    return keywordMap ? undefined : value;
  }

  private unitKey(document: FileDocument, unit: Tokens, around: Tokens, names: readonly string[]): string {
    const id = `${document.uri}|${pointerOf(unit)}`;
    const known = this.unitKeys.get(id);
    if (known !== undefined) return known;
    const standIn = unit.length === 0 ? this.definitionOnlyReferringTo(document) : undefined;
    if (standIn !== undefined) return this.keyUnit(id, document, unit, standIn);
    const stem = schemaFileStem(document.path) || "external";
    const taken = (key: string) => this.hoisted.has(key) || [...this.unitKeys.values()].includes(key) || Object.hasOwn((this.main.json[this.definitionsKey] ?? {}) as object, key);
    // A definition whose name another has already is named after its file too (CycloneDX's
    // `signature`, a reference to jsf-0.82's: `jsf-0.82-signature`, its type Jsf082Signature, where
    // `signature_2` told a reader nothing), unless that only repeats it (catalog.json's `catalog`),
    // and numbered only if that is taken as well.
    // A place below a definition (or the root) is named after it and the names on the way (`Foo-bar`
    // for /definitions/Foo/properties/bar, `b-x` for b.json's /properties/x), as the model names
    // such a place where it sits.
    const aroundName = around.length === 0 ? this.rootKeyOf(document, stem) : String(around[around.length - 1]);
    const wanted = [aroundName, ...names].join("-");
    const fileNamed = unit.length === 0 || !taken(wanted) || pascalCase(stem) === pascalCase(wanted) ? wanted : `${stem}-${wanted}`;
    let key = fileNamed;
    for (let n = 2; taken(key); n++) key = `${fileNamed}_${n}`;
    return this.keyUnit(id, document, unit, key, unit.length > around.length);
  }

  /**
   * The name a file's root (and the places below it) are keyed after: its stem, or where the file, or
   * the main document, has a definition named like the stem, `<stem>-document`, as the model names the
   * main document's own type where a definition has the model's name (HelmfileDocument). step.json's
   * root beside its definition `Step` made the types Step and Step2 (keyed `step` and `Step`, or `Step`
   * and `Step_2` for Step.json), whichever was met first taking the plain name; now StepDocument and Step.
   */
  private rootKeyOf(document: FileDocument, stem: string): string {
    const namedLikeStem = (json: SchemaObject) =>
      DEFINITION_CONTAINERS.some((container) => {
        const definitions = json[container];
        return isJsonObject(definitions) && Object.keys(definitions).some((key) => pascalCase(key) === pascalCase(stem));
      });
    return namedLikeStem(document.json) || namedLikeStem(this.main.json) ? `${stem}-document` : stem;
  }

  private keyUnit(id: string, document: FileDocument, unit: Tokens, key: string, place = false): string {
    this.unitKeys.set(id, key);
    this.pending.push({ document, unit, key, place });
    this.changed = true;
    return key;
  }

  /**
   * The key of a definition of the main document that is nothing but a `$ref` to `document`'s root
   * (OpenTelemetry's configuration schema lists `$defs: {Propagator: {$ref: propagator.yaml}}`): the
   * file's schema takes that definition's place, as what it names. Hoisted under a key of its own, the
   * file was a second definition of one type, named from the file (`propagator`) and so numbered
   * beside the author's: Swift's `typealias Propagator = Propagator2`.
   */
  private definitionOnlyReferringTo(document: FileDocument): string | undefined {
    const definitions = this.main.json[this.definitionsKey];
    if (!isJsonObject(definitions)) return undefined;
    const keyed = new Set(this.unitKeys.values());
    for (const [key, definition] of Object.entries(definitions)) {
      if (!isJsonObject(definition) || Object.keys(definition).length !== 1 || typeof definition.$ref !== "string" || keyed.has(key)) continue;
      const target = this.index.resolve(definition.$ref, this.index.baseOf(definition, this.main.uri))?.target;
      if (target?.document.uri === document.uri && target.tokens.length === 0) return key;
    }
    return undefined;
  }

  /** Every schema of `document` as written (documentSchemas), walked once per document. */
  private schemasOf(document: FileDocument): readonly [Tokens, SchemaObject][] {
    let schemas = this.documentSchemas.get(document);
    if (schemas === undefined) this.documentSchemas.set(document, (schemas = documentSchemas(document.json, document.dialect)));
    return schemas;
  }

  /** The schema of a unit of another file (one of its definitions, or its root without them), with refs rewritten. */
  private hoist(document: FileDocument, unit: Tokens): JsonValue {
    const written = valueAt(document.json, unit);
    // A file's root is hoisted without its definitions, which refs bring each as a unit of its own:
    // walked with the root, every definition another one names came along, reached or not.
    const schema = unit.length === 0 && isJsonObject(written) ? Object.fromEntries(Object.entries(written).filter(([key]) => !ROOT_ONLY_KEYWORDS.includes(key))) : written;
    // The file's keyword values were checked as it was read, in the schemas its own walk reaches; a
    // unit under a key of the author's (a schema in a group, named from another file) may be none of them.
    if (!reachedByKeywords(document.json, unit)) checkKeywordValuesAt(document.json, unit, document.dialect, document.location);
    const copied = withoutDynamicAnchors(withoutNestedIds(this.copy(document, schema ?? {}, unit, undefined), document, this.schemasOf(document), unit, false), this.rootDynamicAnchors);
    if (typeof copied !== "object" || copied === null || Array.isArray(copied)) return copied;
    const out: SchemaObject = { ...copied };
    out[BUNDLED_FROM_KEYWORD] = `${bundledLocation(document)}#${pointerOf(unit)}`;
    return convertDialect(out, document.dialect, this.main.dialect as Dialect);
  }

  /**
   * Reads the file a ref names, when it is local: a file: URL, or a URL under the `$id` of a document
   * already read whose file sits at the same relative place. Returns false for anything remote.
   */
  private load(uri: string, from: FileDocument, pointer: () => string, ref: string): boolean {
    const [resource] = splitFragment(uri);
    // A file of the input's own (beside it, or laid out as its `$id` says) wins over the built-in copy
    // of a meta-schema of that URL; the wider search of the schemas' tree answers only a URL the tool
    // does not already know (fileWithAbsoluteIdInTree).
    const builtIn = builtInMetaSchemaPath(resource);
    const local = this.localPath(resource) ?? (builtIn === undefined ? this.fileWithAbsoluteIdInTree(resource) : undefined);
    let path = local ?? builtIn;
    if (path === undefined) return false;
    const namesake = resource.startsWith("file:") && !isFile(path) ? this.namesakeInTree(path) : undefined;
    if (namesake !== undefined) {
      const shown = (file: string) => relative(dirname(this.main.path), file) || file;
      const where = from === this.main ? pointer() : "";
      const inFile = from === this.main ? "" : ` (in ${from.location} at ${pointer()})`;
      this.refsReadByName.push({ pointer: where, reason: `$ref "${ref}"${inFile} names no file (${shown(path)}) and no $id: read as ${shown(namesake)}, the file of that name nearest in the schemas' folders` });
      path = namesake;
    }
    if (!isFile(path)) {
      if (resource.startsWith("file:")) throw new CodegenError(pointer(), `$ref "${ref}" does not resolve: no file ${path}, and no file beside the input has that $id`, from.location);
      return false;
    }
    const known = [...this.documents.values()].find((document) => document.path === path);
    if (known) {
      this.noteIdsOfTwoFiles(known, this.index.add(known, [resource]));
      this.declaringWalks.clear();
      return true;
    }
    // Messages name a built-in meta-schema by its URL, and an input's file by its path from the input's folder.
    const document = this.read(path, local === undefined ? resource : relative(dirname(this.main.path), path) || path);
    this.documents.set(document.uri, document);
    this.noteIdsOfTwoFiles(document, this.index.add(document, resource === document.uri ? [] : [resource]));
    // The walks followed the refs the index resolved then: this document's may lead further.
    this.declaringWalks.clear();
    return true;
  }

  /**
   * Notes (claims) each resource an `$id` of `document`, just indexed, names that another file's `$id`
   * named before; where no try knew of that claim, the bundle is made again knowing it (IdClaimsGrew).
   */
  private noteIdsOfTwoFiles(document: FileDocument, claimedAgain: readonly ResourceClaimedAgain[]): void {
    let grew = false;
    for (const { resource, before, beforeTokens, tokens } of claimedAgain) {
      const claimants = this.claims.get(resource) ?? new Map<FileDocument, Tokens>();
      this.claims.set(resource, claimants);
      for (const [claimant, at] of [[this.documents.get(before.uri)!, beforeTokens], [document, tokens]] as const) {
        if (claimants.has(claimant)) continue;
        claimants.set(claimant, at);
        grew = true;
      }
    }
    if (grew) throw new IdClaimsGrew();
  }

  /**
   * Reads the file that answers a ref to `uri`'s resource (claimantOrder) where a try found several
   * files claiming it, before the ref resolves: read later, refs resolved before it named another.
   */
  private readAnsweringClaimant(uri: string | undefined): void {
    const claimants = uri === undefined ? undefined : this.claims.get(splitFragment(uri)[0]);
    if (claimants === undefined) return;
    const answering = [...claimants.keys()].sort(claimantOrder(this.main))[0]!;
    if (this.documents.has(answering.uri)) return;
    this.documents.set(answering.uri, answering);
    this.noteIdsOfTwoFiles(answering, this.index.add(answering));
    this.declaringWalks.clear();
  }

  private localPath(resource: string): string | undefined {
    // A file: URL names its file, or, where there is none, a file beside the input whose own `$id`
    // resolves to it: Backstage's catalog schemas are Entity.schema.json with `$id: "Entity"`, each
    // referring to the others as `$ref: "EntityMeta"`, relative to the file's own URL.
    if (resource.startsWith("file:")) {
      const path = fileURLToPath(resource);
      return isFile(path) ? path : (this.neighbourWithId(resource) ?? path);
    }
    // A URL under the `$id` of a document read from a file: its neighbour on disk, if there is one,
    // named as the URL names it or, when the document's own file adds an extension to the last
    // segment of its `$id` (schema.json for `.../2019-09/schema`, as the meta-schemas' repository
    // lays them out), with that extension too (`meta/core` → meta/core.json). Where neither is a
    // file, the folder it would be in is searched by `$id` too (CDEvents: schemas/buildfinished.json,
    // `$id` .../schema/build-finished-event, refers to `links/embeddedlinksarray`, the `$id` of
    // schemas/links/embeddedlinksarray.json).
    const laidOutFolders: string[] = [];
    for (const document of this.documents.values()) {
      const id = document.json[idKeyword(document.dialect)];
      if (typeof id !== "string") continue;
      const [ownUri] = splitFragment(new URL(id, document.uri).href);
      const directory = ownUri.slice(0, ownUri.lastIndexOf("/") + 1);
      const below = directory === "" || ownUri.startsWith("file:") ? undefined : pathFromFolder(directory, resource);
      if (below === undefined) continue;
      const path = resolve(dirname(document.path), decodeURIComponent(below));
      const ownName = decodeURIComponent(ownUri.slice(directory.length));
      const fileName = basename(document.path);
      const extension = ownName !== "" && fileName.startsWith(ownName) ? fileName.slice(ownName.length) : "";
      const laidOut = !isFile(path) && /^\.[A-Za-z0-9]+$/.test(extension) && isFile(path + extension) ? path + extension : path;
      if (isFile(laidOut)) return laidOut;
      laidOutFolders.push(dirname(laidOut));
    }
    return this.neighbourWithId(resource, laidOutFolders);
  }

  /**
   * A JSON file in the input's folder (or one of `otherFolders`) whose own `$id` (or `id`) is `resource`: files laid flat whose
   * `$id`s say another layout (kubernetes-json-schema's *-strict folders: deployment-apps-v1.json,
   * `$id` .../api/deployment/apps/v1, refers to /api/_definitions.json, the `$id` of the file beside
   * it), or a file: URI no file has (Backstage's Entity.schema.json with `$id: "Entity"`, beside
   * another file's `$ref: "Entity"`). Asked only when a ref names no file by the rules above.
   *
   * The folder may hold anything beside the schema (recorded data, other large schemas), so a file is
   * parsed only when its text has an `$id`/`id` member whose value resolves to `resource`
   * (neighbourIdCandidates), and then to confirm that it is the root's; the texts are read once.
   */
  private neighbourWithId(resource: string, otherFolders: readonly string[] = []): string | undefined {
    const kind: NeighbourIdKind = resource.startsWith("file:") ? "file" : "remote";
    const folders = [...new Set([dirname(this.main.path), ...otherFolders])].filter((folder) => existsSync(folder));
    const found = this.fileWithIdIn(folders, kind, () => resource);
    if (found !== undefined || kind === "remote") return found;
    // A relative `$id` is a name in one space to the tools that load a folder tree of schemas by
    // `$id` (Backstage's catalog: kinds/Component.v1alpha1.schema.json, `$id: "ComponentV1alpha1"`,
    // refers to `Entity`, the `$id` of Entity.schema.json in the folder above, which refers to
    // `common#relation`, the `$id` of shared/common.schema.json): a file elsewhere in that tree whose
    // `$id` names the same last segment where it sits is what the ref names.
    // The input's folder is searched again: there the name is asked where it sits, not where the ref points.
    const name = resource.slice(resource.lastIndexOf("/") + 1);
    const tree = schemaTreeFolders([...this.documents.values()].map((document) => dirname(document.path)));
    return this.fileWithIdIn(tree, kind, (folder) => `${pathToFileURL(folder).href.replace(/\/?$/, "/")}${name}`);
  }

  /**
   * The file elsewhere in the schemas' tree (schemaTreeFolders, nearest first) whose own absolute `$id`
   * is `resource`, for a URL no file beside the input or laid out by an `$id` answers (a file: URI is
   * always answered by localPath, whose tree search is by name). An absolute `$id`
   * names one schema wherever its file sits: OpenLineage keeps its facets in spec/facets/, each `$id`
   * https://openlineage.io/spec/facets/1-0-1/<Facet>.json, referring to
   * https://openlineage.io/spec/1-0-2/OpenLineage.json, the `$id` of spec/OpenLineage.json in the folder
   * above, which no layout of the URLs puts beside them.
   *
   * Asked only for a URL that is not one of JSON Schema's meta-schemas (load): the tree is searched by
   * guess, one level each way, and holds whatever sits around the schemas (a test corpus's copy of a
   * meta-schema, a vendored or edited one), while the built-in copy is the schema that URL names. A
   * file of the input's own with that `$id`, beside it, still wins over the built-in copy (localPath):
   * there the author put it on purpose.
   */
  private fileWithAbsoluteIdInTree(resource: string): string | undefined {
    const tree = schemaTreeFolders([...this.documents.values()].map((document) => dirname(document.path)));
    return this.fileWithIdIn(tree, "remote", () => resource);
  }

  /**
   * The file of the name `path` ends in, elsewhere in the schemas' tree (schemaTreeFolders, nearest
   * first), for a relative ref that names no file and no `$id`: Airbyte's connectors write a stream's
   * schema as schemas/reviews.json with `$ref: "user.json"`, which the Airbyte CDK reads from
   * schemas/shared/user.json, and no file has an `$id`.
   */
  private namesakeInTree(path: string): string | undefined {
    const name = basename(path);
    const folders = schemaTreeFolders([...this.documents.values()].map((document) => dirname(document.path)));
    return folders.map((folder) => join(folder, name)).find((candidate) => candidate !== path && isFile(candidate));
  }

  /** The first file of `folders` whose own `$id` (or `id`) resolves to `resourceIn(folder)`: neighbourWithId's search. */
  private fileWithIdIn(folders: readonly string[], kind: NeighbourIdKind, resourceIn: (folder: string) => string): string | undefined {
    for (const folder of folders) {
      const resource = resourceIn(folder);
      for (const path of this.neighbourIdCandidatesOf(folder, kind).get(resource) ?? []) {
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(path, "utf8"));
        } catch {
          continue; // not JSON (or not readable): no schema of this input
        }
        if (typeof json !== "object" || json === null || Array.isArray(json)) continue;
        const id = (json as SchemaObject).$id ?? (json as SchemaObject).id;
        if (typeof id === "string" && resolvedId(id, path) === resource) return path;
      }
    }
    return undefined;
  }

  private neighbourIdCandidatesOf(folder: string, kind: NeighbourIdKind): Map<string, string[]> {
    const key = `${kind}:${folder}`;
    let candidates = this.neighbourCandidates.get(key);
    if (candidates === undefined) this.neighbourCandidates.set(key, (candidates = neighbourIdCandidates(folder, kind)));
    return candidates;
  }
}

/**
 * Whether `path` is a file a ref could name. A URL under a document's `$id` that names the folder
 * above it is a folder on disk, not the document: JSON:API's request schemas (`$id` .../v1.0/draft/
 * create/resource) refer to the core's `$id`, .../v1.0/draft, whose place beside them is `..`; read
 * as a file it failed with "cannot read file: EISDIR" (found by sweep AF), where the core's file,
 * schema.json beside them, has that `$id`.
 */
function isFile(path: string): boolean {
  // A place the tree search guesses may vanish or be closed to this user (another process's temp
  // folder beside the input's): no file of this input, never an error.
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * The folders of the schema tree the files read so far sit in, nearest first: their own folders, the
 * folders inside those, the folder above each, and the folders beside each. One level each way keeps
 * the search to the schemas' own tree (Backstage's src/schema with kinds/ and shared/ in it) however
 * large the folders around it are; a folder whose name starts with a dot, and node_modules, are no
 * part of it. Nor is a folder that is or holds a tree boundary (treeBoundaries), nor what is inside
 * it beside the input's: the walk stops short of it.
 */
function schemaTreeFolders(readFolders: readonly string[], boundaries: readonly string[] = treeBoundaries()): string[] {
  const inTree = (folder: string) => !holdsABoundary(folder, boundaries);
  const own = [...new Set(readFolders)].filter(inTree);
  const above = [...new Set(own.map((folder) => dirname(folder)))].filter(inTree);
  return [...new Set([...own, ...own.flatMap(subfolders), ...above, ...above.flatMap(subfolders)])];
}

/**
 * The folders the tree search stops short of: the user's home and the system's temp folder (as
 * written and with links resolved), each read when asked (HOME, TMPDIR). What sits in them beside an
 * input's folder is every project of the user or every other process's temp folder, no part of the
 * input's schemas: an input directly in /tmp had gen read every temp folder on the machine for a
 * remote `$ref`. A folder holding one of them (the filesystem root, /home) is no schemas' tree either.
 */
function treeBoundaries(): string[] {
  return [...new Set([homedir(), tmpdir()].flatMap((folder) => [resolve(folder), realPathOrAsWritten(folder)]))];
}

function realPathOrAsWritten(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return resolve(folder);
  }
}

/** Whether `folder` is one of `boundaries` or holds one. */
function holdsABoundary(folder: string, boundaries: readonly string[]): boolean {
  return boundaries.some((boundary) => {
    const path = relative(folder, boundary);
    return path === "" || (path.split(/[\\/]/)[0] !== ".." && !isAbsolute(path));
  });
}

/** The folders directly inside `folder`, in name order, but for hidden ones and node_modules. */
function subfolders(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // not readable: nothing of the input's in it
  }
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** A file bigger than this is data, not a schema a ref could name: its text is not read. */
const NEIGHBOUR_SIZE_LIMIT = 32 * 1024 * 1024;
/** The end of an `"id"` or `"$id"` key, searched for in a file's bytes (Buffer.indexOf: no decoding, no pattern). */
const ID_KEY_END = Buffer.from('id"');
const [QUOTE, BACKSLASH, DOLLAR, COLON] = [0x22, 0x5c, 0x24, 0x3a];
const isJsonSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The string values of the `$id` and `id` members anywhere in a JSON text (keys spelled with escapes
 * aside), each as the contents of its string literal, escapes kept, decoded as UTF-8. Read from the
 * bytes: every byte looked for is ASCII, and no byte of a UTF-8 sequence for a character past ASCII
 * is `"` or `\`, so a value's bytes are found before anything is decoded. Decoding every neighbour
 * whole (or as latin1, for a pattern) cost more than the rest of a run on a folder of large neighbours.
 */
function idMemberValues(bytes: Buffer): string[] {
  const values: string[] = [];
  for (let at = bytes.indexOf(ID_KEY_END); at >= 0; at = bytes.indexOf(ID_KEY_END, at + 1)) {
    const keyStart = bytes[at - 1] === DOLLAR ? at - 2 : at - 1;
    if (keyStart < 0 || bytes[keyStart] !== QUOTE) continue;
    let next = at + ID_KEY_END.length;
    while (isJsonSpace(bytes[next])) next++;
    if (bytes[next] !== COLON) continue;
    next++;
    while (isJsonSpace(bytes[next])) next++;
    if (bytes[next] !== QUOTE) continue;
    const valueStart = next + 1;
    let valueEnd = valueStart;
    while (valueEnd < bytes.length && bytes[valueEnd] !== QUOTE) valueEnd += bytes[valueEnd] === BACKSLASH ? 2 : 1;
    if (valueEnd >= bytes.length) break;
    values.push(bytes.toString("utf8", valueStart, valueEnd));
    at = valueEnd;
  }
  return values;
}

/**
 * Which `$id`s of the files beside the input a lookup keeps: those with a scheme of their own other
 * than file: (a ref's remote URL), or those resolving to a file: URI (a relative `$id`, asked only for
 * a file: URI no file has).
 */
export type NeighbourIdKind = "remote" | "file";

/**
 * The JSON files of `folder` by every URI of `kind` an `$id`/`id` member in their text resolves to, in folder
 * order. A superset of the files whose root `$id` is that URI: a cheap scan of the text instead
 * of a parse of every file, which cost more than the rest of a run on a folder of large neighbours.
 *
 * Only what could name a resource asked of neighbourWithId is kept, and each test is made before the
 * costly ones, since the folder may hold recorded data with an `id` in every record (60 files of
 * 20,000 records took gen 17 s on a one-property schema with a remote `$ref`): a file whose text is
 * not an object (an array of records) has no root `$id` (mayHoldObject reads its first bytes only),
 * and an `id` without a scheme of its own resolves against the file's path to a `file:` URI, which
 * names no remote resource (such `id`s are kept only for the "file" kind, looked for far more rarely).
 */
export function neighbourIdCandidates(folder: string, kind: NeighbourIdKind): Map<string, string[]> {
  const candidates = new Map<string, string[]>();
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    // schemaTreeFolders lists the folders around the input's: one may be gone by now (another
    // process's temp folder beside it) or closed to this user. It holds no schema of this input.
    return candidates;
  }
  for (const name of names) {
    if (!name.toLowerCase().endsWith(".json")) continue;
    const path = join(folder, name);
    let bytes: Buffer;
    try {
      if (statSync(path).size > NEIGHBOUR_SIZE_LIMIT || !mayHoldObject(path)) continue;
      bytes = readFileSync(path);
    } catch {
      continue; // not readable: no schema of this input
    }
    const base = pathToFileURL(path).href;
    for (const value of idMemberValues(bytes)) {
      let id = value;
      if (value.includes("\\")) {
        try {
          id = JSON.parse(`"${value}"`) as string;
        } catch {
          continue;
        }
      }
      if (kind === "remote" && !NON_FILE_URI.test(id)) continue;
      const uri = resolvedIdFrom(id, base);
      if (uri === undefined || (kind === "file" && !uri.startsWith("file:"))) continue;
      const paths = candidates.get(uri) ?? [];
      if (!paths.includes(path)) candidates.set(uri, [...paths, path]);
    }
  }
  return candidates;
}

/** A URI with a scheme of its own other than `file:` (RFC 3986's scheme, then `:`). */
const NON_FILE_URI = /^(?!file:)[A-Za-z][A-Za-z0-9+.-]*:/i;
const [UTF8_BOM_FIRST, OPEN_BRACE] = [0xef, 0x7b];

/** How much of a file mayHoldObject reads: a JSON text's value starts within it unless white space fills it. */
const TEXT_START_BYTES = 4096;

/**
 * Whether the JSON text in the file at `path` may be an object: its first byte past white space (and
 * a UTF-8 byte order mark) is `{`, or its first bytes are all white space. Only the file's start is
 * read, so an array of records is passed over without reading it whole.
 */
function mayHoldObject(path: string): boolean {
  const start = Buffer.alloc(TEXT_START_BYTES);
  const descriptor = openSync(path, "r");
  let length: number;
  try {
    length = readSync(descriptor, start, 0, TEXT_START_BYTES, 0);
  } finally {
    closeSync(descriptor);
  }
  let at = start[0] === UTF8_BOM_FIRST ? 3 : 0;
  while (at < length && isJsonSpace(start[at])) at++;
  return at >= length || start[at] === OPEN_BRACE;
}

/** The resource an `$id` written in the file at `path` names (no fragment), or undefined for an `$id` that is no URI. */
function resolvedId(id: string, path: string): string | undefined {
  return resolvedIdFrom(id, pathToFileURL(path).href);
}

/** The resource an `$id` names, resolved against `base` (a file's URL), or undefined for an `$id` that is no URI. */
function resolvedIdFrom(id: string, base: string): string | undefined {
  try {
    return splitFragment(new URL(id, base).href)[0];
  } catch {
    return undefined;
  }
}

/**
 * `copied`, the bundle's copy of the schema at `unit` of `document` (its schemas where the document
 * has them), without the `$id`s and `$anchor`s of the schemas in it: every schema of the document as
 * written (`schemas`, its documentSchemas: one a pointer names inside a group of the author's too,
 * whose `$id` would change what the bundle's pointers inside it mean) below `unit`, and those the
 * keywords reach from the unit (a unit in a group, named from another file, is no schema of its own
 * document's walk). The unit's own `$id` stays when `keepRoot`.
 */
function withoutNestedIds(copied: JsonValue, document: FileDocument, schemas: readonly [Tokens, SchemaObject][], unit: Tokens, keepRoot: boolean): JsonValue {
  const id = idKeyword(document.dialect);
  // Anchors name places in a resource; the bundle's refs are pointers (rewriteDynamicRef too), and
  // the same name in two former resources would be one resource's name twice.
  const identifies = (schema: SchemaObject) => typeof schema[id] === "string" || Object.hasOwn(schema, "$anchor") || Object.hasOwn(schema, "$dynamicAnchor");
  const places = new Map<string, Tokens>();
  const note = (tokens: Tokens) => {
    if (tokens.length > 0 || !keepRoot) places.set(pointerOf(tokens), tokens);
  };
  for (const [tokens, schema] of schemas) if (identifies(schema) && isUnder(tokens, unit)) note(tokens.slice(unit.length));
  walkSchemas(valueAt(document.json, unit) ?? null, (schema, place) => {
    if (identifies(schema)) note(placeTokens(place));
  });
  if (places.size === 0) return copied;
  const out = structuredClone(copied);
  for (const tokens of places.values()) {
    const schema = valueAt(out, tokens);
    if (!isJsonObject(schema)) continue;
    if (typeof schema[id] === "string") delete schema[id];
    delete schema.$anchor;
    delete schema.$dynamicAnchor;
  }
  return out;
}

/** What rewriteRecursiveRef answers for a ref that means a different schema on each path to it. */
const DEPENDS_ON_DYNAMIC_SCOPE = Symbol("depends on the dynamic scope");

/** The `$dynamicAnchor` a ref's target declares, if any. */
function dynamicAnchorAt(target: RefTarget): string | undefined {
  const schema = valueAt(target.document.json, target.tokens);
  return typeof schema === "object" && schema !== null && !Array.isArray(schema) && typeof schema.$dynamicAnchor === "string" ? schema.$dynamicAnchor : undefined;
}

/** `schema` without the `$dynamicAnchor`s among `names`, at any depth. */
function withoutDynamicAnchors(schema: JsonValue, names: ReadonlySet<string>): JsonValue {
  if (names.size === 0) return schema;
  return editSchemas(schema, (each) => {
    if (typeof each.$dynamicAnchor !== "string" || !names.has(each.$dynamicAnchor)) return undefined;
    const out: SchemaObject = { ...each };
    delete out.$dynamicAnchor;
    return out;
  });
}

/** `root` with `value` at `tokens`, each object or list on the way copied (none of them is changed). */
function withValueAt(root: JsonValue, tokens: Tokens, value: JsonValue): JsonValue {
  if (tokens.length === 0) return value;
  const [token, ...rest] = tokens;
  if (Array.isArray(root)) return root.map((each, index) => (index === Number(token) ? withValueAt(each, rest, value) : each));
  const object = root as SchemaObject;
  const out: SchemaObject = { ...object };
  // defineProperty, not assignment, for a name like "__proto__".
  Object.defineProperty(out, String(token), { value: withValueAt(object[String(token)]!, rest, value), enumerable: true, writable: true, configurable: true });
  return out;
}

function isJsonObject(value: JsonValue | undefined): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerOf(tokens: Tokens): string {
  return childPointer("", ...tokens);
}

/**
 * The unit of another file that a schema at `tokens` is hoisted with: the definition holding it
 * (`/definitions/A`); else the object filed under an author's key outside every schema keyword
 * that holds it (`/components/schemas/Pet` for `/components/schemas/Pet/properties/id`: OpenAPI's
 * named schemas, which refer to each other by such pointers, each hoisted as a definition of its
 * own, its refs rewritten); else the file's root. A unit's refs are rewritten only where its walk
 * reaches, which never enters a keyword that holds no schema: hoisted with the root, a schema filed
 * there kept refs that no longer resolved.
 */
function unitOf(json: SchemaObject, tokens: Tokens): { unit: Tokens; schemaDepths: number[]; names: { depth: number; name: string }[] } {
  let unit: Tokens = [];
  // How many tokens lead to each schema on the way (the root's 0), and the author's names met (a
  // property's, a definition's, a key outside the schema keywords), each at the depth it leads to.
  const schemaDepths = [0];
  const names: { depth: number; name: string }[] = [];
  let value: JsonValue | undefined = json;
  for (let index = 0; index < tokens.length && typeof value === "object" && value !== null; ) {
    const token = tokens[index]!;
    const forms: readonly SubschemaForm[] | undefined = Array.isArray(value) ? undefined : subschemaFormsOf(String(token));
    const held: JsonValue | undefined = Array.isArray(value) ? value[Number(token)] : Object.hasOwn(value, token) ? value[token] : undefined;
    if (forms !== undefined) {
      // A schema keyword: into its schema, or its list's or map's entry.
      const entry = tokens[index + 1];
      const intoEntry: boolean = typeof held === "object" && held !== null && (Array.isArray(held) ? forms.includes("list") : forms.includes("map")) && entry !== undefined;
      value = intoEntry ? (Array.isArray(held) ? held[Number(entry)] : (held as SchemaObject)[entry as string]) : held;
      index += intoEntry ? 2 : 1;
      if (intoEntry && !Array.isArray(held)) names.push({ depth: index, name: String(entry) });
      if (intoEntry || (forms.includes("schema") && (isJsonObject(value) || typeof value === "boolean"))) schemaDepths.push(index);
      // A definition of the root's is a unit; one filed deeper is hoisted with the definition holding it.
      if (index === 2 && intoEntry && DEFINITION_CONTAINERS.some((key) => key === token) && isJsonObject(value)) unit = tokens.slice(0, 2);
      continue;
    }
    // Outside the schema keywords: an object under the author's key may be a schema of its own.
    value = held;
    index += 1;
    if (!Array.isArray(value)) names.push({ depth: index, name: String(token) });
    if (isJsonObject(value)) {
      unit = tokens.slice(0, index);
      schemaDepths.push(index);
    }
  }
  return { unit, schemaDepths, names };
}


/**
 * The path from the folder URL `directory` to `resource`, when both are on one server: below it
 * (`meta/core`), or climbing out of it (`../../item-spec/json-schema/item.json`, as STAC's extension
 * schemas refer to the core's from their own `$id`, which was read as remote though the file sits
 * there on disk). Undefined for another server or scheme, or a URL with a query.
 */
function pathFromFolder(directory: string, resource: string): string | undefined {
  if (resource.startsWith(directory)) return resource.slice(directory.length);
  let folder: URL;
  let target: URL;
  try {
    folder = new URL(directory);
    target = new URL(resource);
  } catch {
    return undefined;
  }
  if (folder.origin !== target.origin || folder.origin === "null" || target.search !== "") return undefined;
  return posix.relative(folder.pathname, target.pathname) + (target.pathname.endsWith("/") ? "/" : "");
}
