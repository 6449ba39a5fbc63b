// A validation-only rule of a `constrained` type → the support.py object that checks it (`_Not`,
// `_IfThenElse`, `_Contains`, …), one entry per Assertion kind. `_Constrained` asks each for its
// `violation` of the value after the value's own field has accepted it.
import type { Assertion } from "../../model/types.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { arg, atom, call, kwarg, pyNumber, pyString, tuple, type PyArg, type PyExpr } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

type Translate<K extends Assertion["kind"]> = (assertion: Extract<Assertion, { kind: K }>, field: (ref: Parameters<typeof translateField>[0]) => PyExpr) => PyExpr;

const number = (value: number) => atom(pyNumber(value));
const optionalNumber = (name: string, value: number | undefined): PyArg[] => (value === undefined ? [] : [kwarg(name, number(value))]);

const ASSERTIONS: { readonly [K in Assertion["kind"]]: Translate<K> } = {
  not: (assertion, field) => call("_Not", [arg(field(assertion.type))]),
  allOf: (assertion, field) => call("_AllOf", [arg(field(assertion.type))]),
  conditional: (assertion, field) =>
    call("_IfThenElse", [
      arg(field(assertion.if)),
      ...(assertion.then ? [kwarg("then", field(assertion.then))] : []),
      ...(assertion.else ? [kwarg("otherwise", field(assertion.else))] : []),
    ]),
  contains: (assertion, field) => call("_Contains", [arg(field(assertion.type)), kwarg("minimum", number(assertion.min)), ...optionalNumber("maximum", assertion.max)]),
  propertyNames: (assertion, field) => call("_PropertyNames", [arg(field(assertion.type))]),
  propertyCount: (assertion) => call("_PropertyCount", [...optionalNumber("minimum", assertion.min), ...optionalNumber("maximum", assertion.max)]),
  dependentRequired: (assertion) =>
    call("_DependentRequired", [arg(atom(pyString(assertion.property))), arg(tuple(assertion.require.map((key) => atom(pyString(key)))))]),
  dependentSchema: (assertion, field) => call("_DependentSchema", [arg(atom(pyString(assertion.property))), arg(field(assertion.type))]),
};

export function translateAssertion(assertion: Assertion, context: SerializerModuleContext): PyExpr {
  const field = (ref: Parameters<typeof translateField>[0]) => translateField(ref, {}, context);
  return (ASSERTIONS[assertion.kind] as Translate<Assertion["kind"]>)(assertion as never, field);
}
