// What a target throws for a construct the model contract has but the target does not spell yet.
// buildModel refuses every such construct (with a CodegenError naming the input), so this is an
// internal error: reaching it means the builder started producing something a target was not taught.
// Grep for `notRenderedYet(` to find every place a new construct still has to be rendered.
export class NotRenderedYetError extends Error {
  constructor(
    readonly target: string,
    readonly construct: string,
  ) {
    super(`${target}: ${construct} is not rendered yet (internal error: the model has it, this target cannot spell it)`);
    this.name = "NotRenderedYetError";
  }
}

export function notRenderedYet(target: string, construct: string): never {
  throw new NotRenderedYetError(target, construct);
}
