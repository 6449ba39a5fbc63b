// Filtering, bounded and counted. Where a generator cannot construct a valid value directly (a value
// that must *not* match a schema, the one variant of a `oneOf` that must match alone), it makes
// candidates and keeps those the model accepts. Every candidate tried and rejected is counted by
// label, and the run prints the counts, so a filter that throws most of its candidates away (and so
// might leave a class of values unseen) is visible; one that rejects every candidate of a long run
// stops it with an error naming the label instead of looping forever.
import fc from "fast-check";

export class FilterStats {
  readonly counts = new Map<string, { tried: number; rejected: number }>();
  /** The instances a generator does not build, by why: how many times one would have been drawn. */
  readonly notDrawn = new Map<string, number>();

  /** One instance a generator could have drawn, left out for the reason `label` says. */
  leaveOut(label: string): void {
    this.notDrawn.set(label, (this.notDrawn.get(label) ?? 0) + 1);
  }

  /** One line per reason an instance was left out, most often first. */
  notDrawnLines(): string[] {
    return [...this.notDrawn].sort(([, a], [, b]) => b - a).map(([label, count]) => `${label}: left out ${count} times`);
  }

  record(label: string, accepted: boolean): void {
    const entry = this.counts.get(label) ?? { tried: 0, rejected: 0 };
    entry.tried += 1;
    if (!accepted) entry.rejected += 1;
    this.counts.set(label, entry);
  }

  /** One line per filter that rejected anything, most rejecting first. */
  lines(): string[] {
    return [...this.counts]
      .filter(([, { rejected }]) => rejected > 0)
      .sort(([, a], [, b]) => b.rejected / b.tried - a.rejected / a.tried)
      .map(([label, { tried, rejected }]) => `filter ${label}: rejected ${rejected} of ${tried} candidates (${Math.round((100 * rejected) / tried)}%)`);
  }
}

/** Candidates tried for one value before the generator gives up. */
export const MAX_CANDIDATES = 500;

/**
 * Candidates rejected, at every depth, while an outermost filter draws one value. Filters nest (a
 * `oneOf` variant whose array must contain an item of a filtered type): each level alone is bounded
 * by MAX_CANDIDATES, but their product was not, and an adversarial schema ran for hours. Past this
 * budget the draw gives up as a single filter does.
 */
export const MAX_REJECTED_PER_DRAW = 10_000;

/**
 * Wall time, in ms, that drawing one schema's instances of one kind (run.ts) may take. Candidates are
 * bounded in number, but not what each costs: a pattern's test can take seconds on a string it was
 * not drawn for (strings.ts SLOW_PATTERN_LENGTH), and the run on cfn-lint's AWS::DataZone::DataSource
 * never ended. Past the budget the draw gives up, reported with the schema's name, and the run goes on.
 * Five minutes: OpenAPI 3.1's schema, the slowest to draw of those the sweeps judge, takes one to three
 * (its invalid instances gave up at two minutes on a machine shared with other runs).
 */
export const DRAW_MILLIS = 300_000;

/** When the draw under way (drawingWithin) gives up: never, outside one. */
const clock = { deadline: Number.POSITIVE_INFINITY, millis: 0 };

/** Runs `generate` (the draw of one schema's instances) with a budget of `millis` ms of wall time. */
export function drawingWithin<T>(millis: number, generate: () => T): T {
  const outer = { ...clock };
  clock.deadline = performance.now() + millis;
  clock.millis = millis;
  try {
    return generate();
  } finally {
    Object.assign(clock, outer);
  }
}

/** Gives up the draw under way once past its wall-time budget; checked before every candidate a filter tries. */
function withinTime(label: string): void {
  if (performance.now() > clock.deadline) throw new GenerationError(`gave up after ${clock.millis / 1000} s of drawing (the budget for one schema's instances), last at ${label}`);
}

/** The rejections of the outermost draw under way (filters run one at a time, nested by call). */
const draw = { depth: 0, rejected: 0 };

/** Counts one rejected candidate against the draw under way; past the budget, gives up. */
function rejectOne(label: string): void {
  draw.rejected += 1;
  if (draw.rejected > MAX_REJECTED_PER_DRAW) throw new GenerationError(`cannot generate a valid value for ${label}: ${MAX_REJECTED_PER_DRAW} candidates were rejected, at every depth, while drawing one value`);
}

/** Runs one filter's draw as part of the draw under way, or as a new outermost one. */
function within<T>(generate: () => T): T {
  if (draw.depth === 0) draw.rejected = 0;
  draw.depth += 1;
  try {
    return generate();
  } finally {
    draw.depth -= 1;
  }
}

class BoundedFilter<T> extends fc.Arbitrary<T> {
  constructor(
    private readonly source: fc.Arbitrary<T>,
    private readonly accepts: (value: T) => boolean,
    private readonly label: string,
    private readonly stats: FilterStats | undefined,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    return within(() => {
      for (let attempt = 0; attempt < MAX_CANDIDATES; attempt++) {
        withinTime(this.label);
        const candidate = this.source.generate(mrng, biasFactor);
        const accepted = this.accepts(candidate.value);
        this.stats?.record(this.label, accepted);
        if (accepted) return candidate;
        rejectOne(this.label);
      }
      throw new GenerationError(`cannot generate a valid value for ${this.label}: ${MAX_CANDIDATES} candidates in a row were rejected`);
    });
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.source.canShrinkWithoutContext(value) && this.accepts(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.source.shrink(value, context).filter((candidate) => this.accepts(candidate.value));
  }
}

export function filtered<T>(source: fc.Arbitrary<T>, accepts: (value: T) => boolean, label: string, stats: FilterStats | undefined): fc.Arbitrary<T> {
  return new BoundedFilter(source, accepts, label, stats);
}

/**
 * Like `filtered`, but after `tries` rejected candidates it yields `undefined` (a mutation site with
 * nothing to offer, an optional key no candidate fits); counted under `counted.label` when given.
 */
export function attempted<T>(source: fc.Arbitrary<T>, accepts: (value: T) => boolean, tries = 40, counted?: { readonly label: string; readonly stats: FilterStats | undefined }): fc.Arbitrary<T | undefined> {
  return new Attempt(source, accepts, tries, counted);
}

class Attempt<T> extends fc.Arbitrary<T | undefined> {
  constructor(
    private readonly source: fc.Arbitrary<T>,
    private readonly accepts: (value: T) => boolean,
    private readonly tries: number,
    private readonly counted: { readonly label: string; readonly stats: FilterStats | undefined } | undefined,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | undefined> {
    return within(() => {
      for (let attempt = 0; attempt < this.tries; attempt++) {
        withinTime(this.counted?.label ?? "an attempted value");
        const candidate = this.candidate(mrng, biasFactor);
        const accepted = candidate !== undefined && this.accepts(candidate.value);
        this.counted?.stats?.record(this.counted.label, accepted);
        if (accepted) return candidate;
        rejectOne(this.counted?.label ?? "an attempted value");
      }
      return new fc.Value<T | undefined>(undefined, undefined);
    });
  }

  /**
   * One candidate, or none where the source had none to make (one of the variants it draws from is
   * unsatisfiable): a rejected attempt, since others may make one, where it ended the whole draw.
   */
  private candidate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> | undefined {
    try {
      return this.source.generate(mrng, biasFactor);
    } catch (error) {
      if (error instanceof GenerationError) return undefined;
      throw error;
    }
  }

  canShrinkWithoutContext(value: unknown): value is T | undefined {
    return value === undefined || (this.source.canShrinkWithoutContext(value) && this.accepts(value));
  }

  shrink(value: T | undefined, context: unknown): fc.Stream<fc.Value<T | undefined>> {
    if (value === undefined) return fc.Stream.nil();
    return this.source.shrink(value, context).filter((candidate) => this.accepts(candidate.value));
  }
}

/**
 * An optional place's values, or `undefined` (the place left out) once `source` gives up: a value no
 * candidate of which the model accepts (an enum beside a `format` none of its values has, which only
 * the filter can tell) may only be absent, where giving up ended the draw of the whole document
 * (renovate-schema.json's productLinks: its extra-key rule, a URI, beside every root property). The
 * place is named by `place` in `gaveUp`, shared by every arbitrary made for it (one per level of
 * nesting and recursion): after its first give-up it stays absent without trying again, where trying
 * spent 500 candidates each time and the draw's whole time budget on renovate-schema.json.
 */
export function absentOnGiveUp<T>(source: fc.Arbitrary<T>, place: string, gaveUp: Set<string>): fc.Arbitrary<T | undefined> {
  return new AbsentOnGiveUp(source, place, gaveUp);
}

class AbsentOnGiveUp<T> extends fc.Arbitrary<T | undefined> {
  constructor(
    private readonly source: fc.Arbitrary<T>,
    private readonly place: string,
    private readonly gaveUp: Set<string>,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | undefined> {
    if (!this.gaveUp.has(this.place)) {
      const rejectedBefore = draw.rejected;
      try {
        return this.source.generate(mrng, biasFactor);
      } catch (error) {
        // Past the draw's wall-time budget the draw itself gives up, as it would without this place.
        if (!(error instanceof GenerationError) || performance.now() > clock.deadline) throw error;
        this.gaveUp.add(this.place);
        // The place is never drawn again, and the draw goes on without it: what it rejected is not
        // the draw's. Charged to it, a place of no value that spent the draw's whole candidate budget
        // (MAX_REJECTED_PER_DRAW) left the draw to give up at its next rejection, though the place
        // had been put aside: one invalid instance of a root whose `not` has no value GAVE UP, the one
        // drawn when match-a-not was first tried (fuzz AU, seed 90002 2019-09 index 1).
        draw.rejected = rejectedBefore;
      }
    }
    return new fc.Value<T | undefined>(undefined, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is T | undefined {
    return value === undefined || this.source.canShrinkWithoutContext(value);
  }

  shrink(value: T | undefined, context: unknown): fc.Stream<fc.Value<T | undefined>> {
    return value === undefined ? fc.Stream.nil() : this.source.shrink(value, context);
  }
}

/** The label of a generator that could not make a value (its filter exhausted every candidate). */
export class GenerationError extends Error {}

/**
 * A generator known to have no value to make (an object that requires a property no value
 * satisfies): it throws GenerationError at once, which `oneOfSatisfiable` reports and skips, instead
 * of drawing candidates a filter is sure to reject.
 */
export function unsatisfiable<T>(label: string): fc.Arbitrary<T> {
  return new Unsatisfiable<T>(label);
}

class Unsatisfiable<T> extends fc.Arbitrary<T> {
  constructor(private readonly label: string) {
    super();
  }

  generate(): fc.Value<T> {
    throw new GenerationError(`cannot generate a valid value for ${this.label}`);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return false;
  }

  shrink(): fc.Stream<fc.Value<T>> {
    return fc.Stream.nil();
  }
}

/**
 * One of the alternatives, chosen uniformly; an alternative that cannot make a value (a union
 * variant no value satisfies, such as a string that must also be an object) is recorded under its
 * label and another is tried, so one impossible variant does not stop the run but is reported.
 */
export function oneOfSatisfiable<T>(alternatives: readonly { readonly label: string; readonly arbitrary: fc.Arbitrary<T> }[], stats: FilterStats | undefined): fc.Arbitrary<T> {
  if (alternatives.length === 1) return alternatives[0]!.arbitrary;
  return new OneOfSatisfiable(alternatives, stats);
}

const GIVE_UPS_BEFORE_SKIPPING = 2;

class OneOfSatisfiable<T> extends fc.Arbitrary<T> {
  constructor(
    private readonly alternatives: readonly { readonly label: string; readonly arbitrary: fc.Arbitrary<T> }[],
    private readonly stats: FilterStats | undefined,
  ) {
    super();
  }

  /** Alternatives that gave up twice: no longer tried while another can still make values. */
  private readonly givenUp = new Map<number, number>();

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const first = mrng.nextInt(0, this.alternatives.length - 1);
    const live = (index: number) => (this.givenUp.get(index) ?? 0) < GIVE_UPS_BEFORE_SKIPPING;
    const order = this.alternatives.map((_, offset) => (first + offset) % this.alternatives.length);
    // Each draw of a value that cannot be made costs a whole budget of candidates: once an alternative
    // has given up twice, the others are tried first, and it only when they give up too.
    let failure: unknown;
    for (const index of [...order.filter(live), ...order.filter((index) => !live(index))]) {
      const { label, arbitrary } = this.alternatives[index]!;
      try {
        const value = arbitrary.generate(mrng, biasFactor);
        return new fc.Value(value.value_, { index, context: value.context });
      } catch (error) {
        if (!(error instanceof GenerationError)) throw error;
        this.stats?.record(`${label} (no valid value found: ${error.message})`, false);
        this.givenUp.set(index, (this.givenUp.get(index) ?? 0) + 1);
        failure = error;
      }
    }
    throw failure;
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.alternatives.some(({ arbitrary }) => arbitrary.canShrinkWithoutContext(value));
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    const known = context as { index: number; context: unknown } | undefined;
    const index = known?.index ?? this.alternatives.findIndex(({ arbitrary }) => arbitrary.canShrinkWithoutContext(value));
    if (index < 0) return fc.Stream.nil();
    return this.alternatives[index]!.arbitrary.shrink(value, known?.context).map((shrunk) => new fc.Value(shrunk.value_, { index, context: shrunk.context }));
  }
}

/** A value the generator gave up on, in its place among the values drawn: why. */
export interface GaveUp {
  readonly gaveUp: string;
}

export function isGaveUp(value: unknown): value is GaveUp {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "gaveUp");
}

/**
 * Why drawing a value gave up, where `error` is a give-up (a filter or the draw past its budget, a
 * recursion past the stack); else undefined. A generator that recursed without bound (found by random
 * schemas: an array of at least one distinct object whose optional property is that array again) gives
 * up like a filter does, so the run names it and judges the rest instead of ending.
 */
export function reasonForGivingUp(error: unknown): string | undefined {
  if (error instanceof GenerationError) return error.message;
  if (error instanceof RangeError && error.message.includes("Maximum call stack size exceeded")) return "the generator recursed deeper than the stack allows";
  return undefined;
}

/**
 * Values of `source`, each draw that gives up leaving why in its place: the run keeps every value drawn
 * beside it, at the index a replay finds it at, where one give-up lost them all (OpenAPI 3.1's
 * schema, one invalid instance in two hundred past its budget: none judged, and the run failed).
 */
export function orGaveUp<T>(source: fc.Arbitrary<T>): fc.Arbitrary<T | GaveUp> {
  return new OrGaveUp(source);
}

class OrGaveUp<T> extends fc.Arbitrary<T | GaveUp> {
  constructor(private readonly source: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | GaveUp> {
    try {
      return this.source.generate(mrng, biasFactor);
    } catch (error) {
      const reason = reasonForGivingUp(error);
      if (reason === undefined) throw error;
      return new fc.Value<T | GaveUp>({ gaveUp: reason }, undefined);
    }
  }

  canShrinkWithoutContext(value: unknown): value is T | GaveUp {
    return !isGaveUp(value) && this.source.canShrinkWithoutContext(value);
  }

  shrink(value: T | GaveUp, context: unknown): fc.Stream<fc.Value<T | GaveUp>> {
    return isGaveUp(value) ? fc.Stream.nil() : this.source.shrink(value, context);
  }
}
